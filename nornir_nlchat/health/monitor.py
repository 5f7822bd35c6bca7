"""``Monitor``: the long-running health service.

Every device is polled every ``interval_s`` on its persistent connection, on a schedule
spread over the interval and jittered, by a pool of worker threads (a slow device holds one
worker, never the schedule). Each poll is graded against the device's baseline; the alert
engine decides what to raise, repeat and clear; history, alerts and events go to the
database in batches; notifiers are called from their own thread; loops are correlated
across devices every few seconds. A failing device is just a failed poll (and a
``reachability`` alert); a failing database is retried, with writes kept in memory
meanwhile. SIGTERM and SIGINT stop it cleanly: in-flight polls finish, what is queued is
written and delivered, connections close.

::

    monitor = Monitor(nr, load_health_settings({"interval_s": 60}),
                      notifiers=[WebhookNotifier(url)])
    monitor.run()            # until SIGTERM
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import random
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import FrameType
from typing import Any

from nornir.core import Nornir

from nornir_nlchat.health.adapter import CHECKS, adapter_for
from nornir_nlchat.health.alerts import AlertEngine, AlertEvent
from nornir_nlchat.health.history import HealthHistory
from nornir_nlchat.health.loops import FLEET, LoopEvidence, loop_results
from nornir_nlchat.health.metrics import HealthMetrics
from nornir_nlchat.health.notify import Dispatcher, Notifier, WebhookNotifier
from nornir_nlchat.health.poll import HostPoll, evidence_of, poll_host
from nornir_nlchat.health.rules import Baseline, CheckResult
from nornir_nlchat.health.settings import HealthSettings
from nornir_nlchat.health.verdict import utcnow
from nornir_nlchat.logs import mask
from nornir_nlchat.platforms.registry import get_platform

log = logging.getLogger(__name__)

MAX_PENDING_SAMPLES = 200_000
MAX_PENDING_EVENTS = 20_000
SYNC_ALERTS_EVERY_S = 5.0  # re-read the store's firing alerts (API rounds change them too)


@dataclass
class MonitorStats:
    """What a monitor run did."""

    started: float = field(default_factory=time.monotonic)
    polls: int = 0
    failed_polls: int = 0
    commands: int = 0
    events: int = 0
    notified: int = 0
    store_failures: int = 0
    rounds_correlated: int = 0
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0
    last_poll: dict[str, float] = field(default_factory=dict)

    @property
    def polls_per_minute(self) -> float:
        """Device polls per minute of wall time."""
        return self.polls * 60.0 / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def cpu_percent(self) -> float:
        """CPU used by this process as a percentage of one core."""
        return 100.0 * self.cpu_seconds / self.wall_seconds if self.wall_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"polls": self.polls, "failed_polls": self.failed_polls,
                "commands": self.commands, "events": self.events, "notified": self.notified,
                "store_failures": self.store_failures,
                "rounds_correlated": self.rounds_correlated,
                "wall_seconds": round(self.wall_seconds, 2),
                "cpu_seconds": round(self.cpu_seconds, 2),
                "cpu_percent": round(self.cpu_percent, 1),
                "polls_per_minute": round(self.polls_per_minute, 1)}


class Monitor:
    """Poll a fleet on a schedule, alert, store, notify, export metrics.

    Args:
        nornir: The inventory (its hosts' connections are kept open between polls).
        settings: Health settings (thresholds, alert policy, interval, outputs).
        hosts: Poll only these hosts (default: all).
        history: A :class:`HealthHistory`, ``True`` to open one from
            ``settings.database_url`` / the environment, or ``False``/``None`` for none.
        notifiers: Extra notifiers (webhooks in ``settings.webhooks`` are added).
        metrics: Prometheus metrics (created, and served when ``settings.metrics_port`` is
            set, if None and prometheus-client is installed).
        clock: The alert engine's clock (injectable for tests).
        read_timeout: Seconds a device may take to answer one command.
        on_poll: Called (in a worker thread) with every :class:`HostPoll`.
    """

    def __init__(self, nornir: Nornir, settings: HealthSettings | None = None, *,
                 hosts: Sequence[str] | None = None,
                 history: HealthHistory | bool | None = True,
                 notifiers: Iterable[Notifier] = (), metrics: HealthMetrics | None = None,
                 clock: Callable[[], datetime] = utcnow, read_timeout: float = 30.0,
                 on_poll: Callable[[HostPoll], None] | None = None) -> None:
        self.nornir = nornir
        self.settings = settings or HealthSettings()
        self.hosts = list(hosts) if hosts is not None else list(nornir.inventory.hosts)
        self.engine = AlertEngine(self.settings.alerts, clock=clock)
        self.read_timeout = read_timeout
        self.on_poll = on_poll
        self.stats = MonitorStats()
        self.baselines: dict[str, Baseline] = {h: Baseline() for h in self.hosts}
        self.evidence: dict[str, tuple[float, LoopEvidence]] = {}
        self._poll_no: dict[str, int] = dict.fromkeys(self.hosts, 0)
        self._force: dict[str, set[str]] = {}
        webhooks = [WebhookNotifier(url, retries=self.settings.webhook_retries)
                    for url in self.settings.webhooks]
        self.dispatcher = Dispatcher([*webhooks, *notifiers])
        self._history_arg = history
        self.history: HealthHistory | None = history if isinstance(history, HealthHistory) \
            else None
        self._history_retry_at = 0.0
        self.metrics = metrics if metrics is not None else self._default_metrics()
        self.metrics_port: int | None = None
        self._done: deque[HostPoll] = deque()
        self._pending_samples: deque[CheckResult] = deque(maxlen=MAX_PENDING_SAMPLES)
        self._pending_events: deque[AlertEvent] = deque(maxlen=MAX_PENDING_EVENTS)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._inflight: set[str] = set()
        self._evidence_changed = False
        self._last_correlation = 0.0
        self._last_prune = time.monotonic()
        self._last_alert_sync = 0.0

    # -- public ----------------------------------------------------------------------------
    def stop(self) -> None:
        """Ask the monitor to stop (safe from signal handlers and other threads)."""
        self._stop.set()
        self._wake.set()

    @property
    def stopping(self) -> bool:
        """Whether a stop was requested."""
        return self._stop.is_set()

    def run(self, *, duration: float | None = None, install_signals: bool = True
            ) -> MonitorStats:
        """Run until :meth:`stop`, SIGTERM/SIGINT, or ``duration`` seconds.

        Returns:
            What the run did (polls, failures, CPU used...).
        """
        restore = self._install_signals() if install_signals else {}
        cpu0, wall0 = time.process_time(), time.monotonic()
        deadline = wall0 + duration if duration is not None else None
        self._open_history()
        if self.history is not None:
            self._restore_alerts()
        if self.metrics is not None:
            self.metrics.devices.set(len(self.hosts))
            if self.settings.metrics_port is not None and self.metrics_port is None:
                self.metrics_port = self.metrics.serve(self.settings.metrics_port,
                                                       self.settings.metrics_address)
        schedule = self._initial_schedule(wall0)
        pool = ThreadPoolExecutor(max_workers=self.settings.workers,
                                  thread_name_prefix="nlchat-monitor")
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                if deadline is not None and now >= deadline:
                    break
                while schedule and schedule[0][0] <= now:
                    due, name = heapq.heappop(schedule)
                    if name not in self._inflight:  # never two polls of a device at once
                        self._inflight.add(name)
                        pool.submit(self._poll, name)
                    heapq.heappush(schedule, (self._next_due(due, now), name))
                self._drain()
                wait = (schedule[0][0] - time.monotonic()) if schedule else 1.0
                if deadline is not None:
                    wait = min(wait, deadline - time.monotonic())
                self._wake.wait(timeout=max(0.0, min(wait, 1.0)))
                self._wake.clear()
        finally:
            self._stop.set()
            pool.shutdown(wait=True, cancel_futures=True)
            self._drain(final=True)
            self.dispatcher.close()
            self.stats.cpu_seconds = time.process_time() - cpu0
            self.stats.wall_seconds = time.monotonic() - wall0
            self.nornir.close_connections(on_good=True, on_failed=True)
            if self.metrics is not None:
                self.metrics.close()
            for sig, handler in restore.items():
                signal.signal(sig, handler)
        return self.stats

    def poll_now(self, names: Iterable[str] | None = None) -> list[HostPoll]:
        """Poll hosts once, synchronously, through the same pipeline (tests, `--once`)."""
        self._open_history()
        with ThreadPoolExecutor(max_workers=self.settings.workers) as pool:
            list(pool.map(self._poll, list(names or self.hosts)))
        polls = list(self._done)
        self._drain(force_correlation=True)
        return polls

    # -- scheduling ------------------------------------------------------------------------
    def _initial_schedule(self, start: float) -> list[tuple[float, str]]:
        """Spread first polls over the interval (stable per host), plus jitter."""
        interval = self.settings.interval_s
        schedule = []
        for name in self.hosts:
            phase = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
            schedule.append((start + phase * interval * 0.9, name))
        heapq.heapify(schedule)
        return schedule

    def _next_due(self, due: float, now: float) -> float:
        interval = self.settings.interval_s
        jitter = random.uniform(-1, 1) * self.settings.jitter * interval / 2
        nxt = due + interval + jitter
        return nxt if nxt > now else now + interval / 2  # fell behind: do not burst

    def _checks_for(self, name: str) -> list[str] | None:
        number = self._poll_no.get(name, 0)
        self._poll_no[name] = number + 1
        wanted = list(self.settings.checks) or list(CHECKS)
        if not self.settings.checks:
            host = self.nornir.inventory.hosts[name]
            try:
                adapter = adapter_for(get_platform(host.platform))
                wanted = list(adapter.checks) if adapter is not None else wanted
            except Exception:  # unknown platform: the poll reports it
                pass
        out = [c for c in wanted if number % max(1, self.settings.every.get(c, 1)) == 0]
        out += [c for c in self._force.pop(name, set()) if c not in out]
        return out

    # -- one poll (worker thread) -----------------------------------------------------------
    def _poll(self, name: str) -> None:
        try:
            host = self.nornir.inventory.hosts[name]
            poll = poll_host(self.nornir, host, self._checks_for(name),
                             thresholds=self.settings.thresholds,
                             baseline=self.baselines.setdefault(name, Baseline()),
                             read_timeout=self.read_timeout)
            if self.on_poll is not None:
                self.on_poll(poll)
            self._done.append(poll)
        except Exception:  # a bug in one poll must not kill the worker
            log.exception("health poll of %s failed", name)
        finally:
            self._inflight.discard(name)
            self._wake.set()

    # -- aggregation (scheduler thread) ------------------------------------------------------
    def _drain(self, final: bool = False, force_correlation: bool = False) -> None:
        if self._done or force_correlation:
            self._sync_alerts(force=force_correlation)
        events: list[AlertEvent] = []
        results: list[CheckResult] = []
        while self._done:
            poll = self._done.popleft()
            self.stats.polls += 1
            self.stats.commands += poll.commands
            self.stats.last_poll[poll.host] = time.monotonic()
            if not poll.ok:
                self.stats.failed_polls += 1
            events += self.engine.process(poll.results)
            results += poll.results
            self._note_evidence(poll)
            if self.metrics is not None:
                self.metrics.observe_poll(poll.host, poll.platform, poll.seconds, poll.facts,
                                          poll.results, poll.error_kind)
        now = time.monotonic()
        every = max(2.0, min(15.0, self.settings.interval_s / 4))
        if self._evidence_changed and (final or force_correlation
                                       or now - self._last_correlation >= every):
            loop_check = self._correlate()
            events += self.engine.process([loop_check], scope=FLEET)
            results.append(loop_check)
        if self.settings.history:
            self._pending_samples.extend(results)
        self._pending_events.extend(events)
        self.stats.events += len(events)
        self.stats.notified += sum(1 for e in events if e.notify)
        for event in events:
            if event.notify:
                log.warning("alert %s", event)
            else:
                log.info("alert %s", event)
        self.dispatcher.submit(events)
        if self.metrics is not None and (events or results):
            self.metrics.observe_alerts(events, self.engine.active())
        self._write(final)

    def _note_evidence(self, poll: HostPoll) -> None:
        ev = evidence_of(poll)
        if ev is None:
            return
        old = self.evidence.get(poll.host)
        if old is not None and poll.facts is not None and "topology" not in poll.facts.ran:
            ev.neighbors = old[1].neighbors
            for key, value in old[1].names.items():
                ev.names.setdefault(key, value)
        if ev.signs(self.settings.thresholds) and not ev.neighbors:
            self._force.setdefault(poll.host, set()).add("topology")
        self.evidence[poll.host] = (time.monotonic(), ev)
        self._evidence_changed = True

    def _correlate(self) -> CheckResult:
        horizon = time.monotonic() - 3 * self.settings.interval_s - 5
        fresh = {h: ev for h, (at, ev) in self.evidence.items() if at >= horizon}
        self._last_correlation = time.monotonic()
        self._evidence_changed = False
        self.stats.rounds_correlated += 1
        result = loop_results(fresh, self.settings.thresholds)
        if self.metrics is not None:
            self.metrics.loops.set(sum(1 for i in result.items if i.status.bad))
        return result

    # -- storage -----------------------------------------------------------------------------
    def _open_history(self) -> None:
        if self.history is not None or not self._history_arg:
            return
        if time.monotonic() < self._history_retry_at:
            return
        try:
            self.history = HealthHistory(self.settings.database_url)
        except Exception as exc:
            self._history_retry_at = time.monotonic() + 30.0
            self.stats.store_failures += 1
            if self.metrics is not None:
                self.metrics.store_failures.inc()
            log.warning("health database unavailable (%s); retrying in 30 s",
                        mask(str(exc).splitlines()[0] if str(exc) else type(exc).__name__))

    def _sync_alerts(self, force: bool = False) -> None:
        """Take the store's firing alerts as they are now: API health rounds of
        ``nlchat serve`` raise and clear alerts in the same store (every few seconds; not
        while this monitor's own events wait to be written)."""
        now = time.monotonic()
        if self.history is None or self._pending_events or (
                not force and now - self._last_alert_sync < SYNC_ALERTS_EVERY_S):
            return
        self._last_alert_sync = now
        try:
            self.engine.sync(self.history.open_alerts())
        except Exception as exc:
            log.warning("could not load open alerts: %s", mask(str(exc)))

    def _restore_alerts(self) -> None:
        assert self.history is not None
        try:
            self.engine.restore(self.history.open_alerts())
        except Exception as exc:
            log.warning("could not load open alerts: %s", mask(str(exc)))

    def _write(self, final: bool) -> None:
        if not self._pending_samples and not self._pending_events:
            return
        self._open_history()
        if self.history is None:
            if not self._history_arg:
                self._pending_samples.clear()
                self._pending_events.clear()
            return
        samples = list(self._pending_samples)
        events = list(self._pending_events)
        try:
            if events:
                self.history.record_events(events)
                self._pending_events.clear()
            if samples:
                self.history.record_samples(samples)
                self._pending_samples.clear()
            active = self.engine.active()
            if active and samples:
                self.history.update_active(active)
            if time.monotonic() - self._last_prune > 3600:
                self._last_prune = time.monotonic()
                self.history.prune(timedelta(days=self.settings.retention_days))
        except Exception as exc:  # database down: keep the rows, try again next time
            self.stats.store_failures += 1
            if self.metrics is not None:
                self.metrics.store_failures.inc()
            log.warning("could not write health history (%d samples, %d events kept): %s",
                        len(self._pending_samples), len(self._pending_events),
                        mask(str(exc).splitlines()[0] if str(exc) else type(exc).__name__))

    # -- plumbing ----------------------------------------------------------------------------
    def _default_metrics(self) -> HealthMetrics | None:
        try:
            return HealthMetrics()
        except Exception:  # prometheus-client not installed
            if self.settings.metrics_port is not None:
                raise
            return None

    def _install_signals(self) -> dict[int, Any]:
        if threading.current_thread() is not threading.main_thread():
            return {}

        def handler(signum: int, _frame: FrameType | None) -> None:
            log.warning("signal %d: stopping the monitor", signum)
            self.stop()

        previous: dict[int, Any] = {}
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.getsignal(sig)
            signal.signal(sig, handler)
        return previous
