"""Prometheus metrics of the monitor (needs the ``metrics`` extra: prometheus-client).

Each :class:`HealthMetrics` has its own registry, so several monitors (or tests) in one
process do not collide. ``serve(port)`` exposes ``/metrics`` over HTTP.

Metrics: ``nlchat_device_cpu_percent{host,window}``, ``nlchat_device_memory_percent{host}``,
``nlchat_health_status{host,check}`` (0 ok, 1 warning, 2 critical, -1 unknown),
``nlchat_alerts_active{severity}``, ``nlchat_alert_events_total{check,severity,event}``,
``nlchat_poll_duration_seconds{platform}``, ``nlchat_polls_total{result}``,
``nlchat_poll_failures_total{host,kind}``, ``nlchat_store_failures_total``,
``nlchat_monitor_devices``, ``nlchat_loops``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from nornir_nlchat.errors import ConfigError
from nornir_nlchat.health.alerts import Alert, AlertEvent
from nornir_nlchat.health.facts import Cpu, Facts, Memory
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.verdict import Status

_STATUS_VALUE = {Status.OK: 0, Status.WARNING: 1, Status.CRITICAL: 2, Status.UNKNOWN: -1}


class HealthMetrics:
    """The monitor's metrics and, optionally, the HTTP server that exposes them."""

    def __init__(self) -> None:
        try:
            from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
        except ImportError as exc:
            raise ConfigError("prometheus-client is not installed.",
                              hint="pip install 'nornir-nlchat[metrics]'.") from exc
        self.registry = CollectorRegistry()
        r = self.registry
        self.cpu = Gauge("nlchat_device_cpu_percent", "Device CPU utilisation.",
                         ["host", "window"], registry=r)
        self.memory = Gauge("nlchat_device_memory_percent", "Device memory used.", ["host"],
                            registry=r)
        self.status = Gauge("nlchat_health_status",
                            "Check status: 0 ok, 1 warning, 2 critical, -1 unknown.",
                            ["host", "check"], registry=r)
        self.alerts_active = Gauge("nlchat_alerts_active", "Firing alerts.", ["severity"],
                                   registry=r)
        self.alert_events = Counter("nlchat_alert_events", "Alert events.",
                                    ["check", "severity", "event"], registry=r)
        self.poll_seconds = Histogram(
            "nlchat_poll_duration_seconds", "Time to poll one device (all its checks).",
            ["platform"], registry=r,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120))
        self.polls = Counter("nlchat_polls", "Device polls.", ["result"], registry=r)
        self.poll_failures = Counter("nlchat_poll_failures", "Failed device polls.",
                                     ["host", "kind"], registry=r)
        self.store_failures = Counter("nlchat_store_failures",
                                      "Failed writes to the health database.", registry=r)
        self.devices = Gauge("nlchat_monitor_devices", "Devices the monitor polls.",
                             registry=r)
        self.loops = Gauge("nlchat_loops", "Forwarding loops detected in the last round.",
                           registry=r)
        self._server: Any = None
        self._thread: Any = None

    # -- updates ---------------------------------------------------------------------------
    def observe_poll(self, host: str, platform: str, seconds: float, facts: Facts | None,
                     results: Iterable[CheckResult], error_kind: str | None = None) -> None:
        """Record one device poll."""
        self.poll_seconds.labels(platform=platform or "unknown").observe(seconds)
        if error_kind:
            self.polls.labels(result="failed").inc()
            self.poll_failures.labels(host=host, kind=error_kind).inc()
        else:
            self.polls.labels(result="ok").inc()
        if facts is not None:
            cpu = facts.first(Cpu)
            if cpu is not None:
                for window in ("five_sec", "one_min", "five_min"):
                    value = getattr(cpu, window)
                    if value is not None:
                        self.cpu.labels(host=host, window=window).set(value)
            memory = facts.get(Memory)
            if memory:
                self.memory.labels(host=host).set(max(m.percent for m in memory))
        for r in results:
            self.status.labels(host=r.host, check=r.check).set(_STATUS_VALUE[r.status])

    def observe_alerts(self, events: Iterable[AlertEvent], active: Iterable[Alert]) -> None:
        """Record alert events and the firing alerts by severity."""
        for ev in events:
            self.alert_events.labels(check=ev.alert.check, severity=ev.alert.severity.value,
                                     event=ev.kind).inc()
        counts = {"warning": 0, "critical": 0}
        for alert in active:
            counts[alert.severity.value] = counts.get(alert.severity.value, 0) + 1
        for severity, count in counts.items():
            self.alerts_active.labels(severity=severity).set(count)

    # -- exposition ------------------------------------------------------------------------
    def render(self) -> str:
        """The metrics in Prometheus text format."""
        from prometheus_client import generate_latest

        return generate_latest(self.registry).decode()

    def serve(self, port: int, address: str = "127.0.0.1") -> int:
        """Serve ``/metrics`` on ``address:port`` (0: any free port); returns the port."""
        from prometheus_client import start_http_server

        started = start_http_server(port, addr=address, registry=self.registry)
        if isinstance(started, tuple):  # prometheus-client >= 0.17
            self._server, self._thread = started
            return int(self._server.server_address[1])
        return port

    def close(self) -> None:
        """Stop the HTTP server."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
