"""Optional OpenTelemetry tracing (the ``tracing`` extra): ask → resolve → translate →
per-host execution → parse.

::

    tracer = setup_tracing("console")      # or "otlp" (OTEL_EXPORTER_OTLP_* variables), None
    with tracer.span("ask", user="alice", query="cpu on INBLRDC1RTR1"):
        ...

Span attributes are the host, platform, command, user, statuses and durations, masked with
the credential layer's :func:`~nornir_nlchat.logs.mask`; never a password, a token or device
output. Without the SDK (or with ``None``) every call is a no-op.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task

from nornir_nlchat.errors import ConfigError
from nornir_nlchat.logs import mask

EXPORTERS = ("none", "console", "otlp")


def _attrs(attributes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out[key] = [mask(str(v)) for v in value][:50]
        elif isinstance(value, (bool, int, float)):
            out[key] = value
        else:
            out[key] = mask(str(value))[:500]
    return out


class Tracer:
    """Makes spans when a tracer provider is set; does nothing otherwise.

    Args:
        provider: An ``opentelemetry.sdk.trace.TracerProvider`` (None: tracing off).
    """

    def __init__(self, provider: Any = None) -> None:
        self.provider = provider
        self._tracer = provider.get_tracer("nlchat.service") if provider is not None else None

    @property
    def enabled(self) -> bool:
        """True when spans are recorded."""
        return self._tracer is not None

    @contextmanager
    def span(self, name: str, *, parent: Any = None, **attributes: Any) -> Iterator[Any]:
        """A span around a block, child of ``parent`` (a context from :meth:`current`) or
        of the current span."""
        if self._tracer is None:
            yield None
            return
        with self._tracer.start_as_current_span(name, context=parent,
                                                attributes=_attrs(attributes)) as span:
            yield span

    def current(self) -> Any:
        """The current context, to parent spans made in other threads (None when off)."""
        if self._tracer is None:
            return None
        from opentelemetry import context

        return context.get_current()

    def host_spans(self) -> HostSpans | None:
        """A Nornir processor making one ``execute`` span per host, children of the
        current span (None when tracing is off)."""
        if self._tracer is None:
            return None
        from opentelemetry import context

        return HostSpans(self._tracer, context.get_current())

    def shutdown(self) -> None:
        """Flush and stop the exporter."""
        if self.provider is not None:
            self.provider.shutdown()


class HostSpans:
    """Nornir processor: an ``execute`` span per host with ``send`` and ``parse`` children
    laid out from the task's own timings (connect, command, parse)."""

    def __init__(self, tracer: Any, parent: Any) -> None:
        self._tracer = tracer
        self._parent = parent
        self._open: dict[str, tuple[Any, int]] = {}
        self._lock = threading.Lock()

    def task_started(self, task: Task) -> None:
        """Nothing to do per run."""

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        """End the spans of hosts that never completed (host timeouts)."""
        with self._lock:
            pending, self._open = self._open, {}
        for span, _ in pending.values():
            span.set_attribute("timed_out", True)
            span.end()

    def task_instance_started(self, task: Task, host: Host) -> None:
        """Open the host's span."""
        span = self._tracer.start_span("execute", context=self._parent, attributes=_attrs(
            {"host": host.name, "platform": host.platform or ""}))
        with self._lock:
            self._open[host.name] = (span, time.time_ns())

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """Close the host's span with its commands, outcome and parse spans."""
        with self._lock:
            opened = self._open.pop(host.name, None)
        if opened is None:
            return
        span, started = opened
        data = result[0].result if len(result) else None
        payloads = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        span.set_attributes(_attrs({
            "commands": [p.get("command", "") for p in payloads],
            "failed": bool(result.failed),
            "error_kind": next((p.get("error_kind") for p in payloads if p.get("error_kind")),
                               None),
        }))
        from opentelemetry import trace

        context = trace.set_span_in_context(span)
        at = started
        for payload in payloads:
            timings = payload.get("timings") or {}
            for name, key in (("send", "command_ms"), ("parse", "parse_ms")):
                length = int(float(timings.get(key) or 0.0) * 1_000_000)
                if name == "send":
                    at += int(float(timings.get("connect_ms") or 0.0) * 1_000_000)
                child = self._tracer.start_span(name, context=context, start_time=at,
                                                attributes=_attrs({
                                                    "host": host.name,
                                                    "platform": host.platform or "",
                                                    "command": payload.get("command", ""),
                                                    "records": len(payload.get("parsed") or [])
                                                    if name == "parse" else None}))
                at += length
                child.end(end_time=at)
        span.end()

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        """Subtasks are part of the host's span."""

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """Subtasks are part of the host's span."""


def setup_tracing(exporter: str | None, *, out: TextIO | None = None,
                  service_name: str = "nlchat") -> Tracer:
    """A :class:`Tracer` exporting to ``exporter``.

    Args:
        exporter: ``"console"`` (JSON spans on ``out``, default stdout), ``"otlp"`` (OTLP
            over HTTP; endpoint and headers from the ``OTEL_EXPORTER_OTLP_*`` variables), or
            ``None`` / ``"none"`` for no tracing.
        out: Where the console exporter writes.
        service_name: The ``service.name`` resource attribute.

    Raises:
        ConfigError: unknown exporter, or the OpenTelemetry packages are missing.
    """
    if exporter in (None, "", "none"):
        return Tracer(None)
    if exporter not in EXPORTERS:
        raise ConfigError(f"Unknown trace exporter {exporter!r}.",
                          hint="Use one of: " + ", ".join(EXPORTERS) + ".")
    try:
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import (
            BatchSpanProcessor,
            ConsoleSpanExporter,
            SimpleSpanProcessor,
        )
    except ImportError as exc:
        raise ConfigError("OpenTelemetry is not installed.",
                          hint="pip install 'nornir-nlchat[tracing]'.") from exc
    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    if exporter == "console":
        console = ConsoleSpanExporter(out=out) if out is not None else ConsoleSpanExporter()
        provider.add_span_processor(SimpleSpanProcessor(console))
    else:
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError as exc:
            raise ConfigError("The OTLP exporter is not installed.",
                              hint="pip install 'nornir-nlchat[tracing]'.") from exc
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return Tracer(provider)
