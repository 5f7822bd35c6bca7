"""Prometheus metrics of the service (``/metrics``), in a registry of its own.

``nlchat_http_requests_total{method,route,status}``,
``nlchat_http_request_duration_seconds{method,route}``, ``nlchat_http_in_flight``,
``nlchat_asks_total{status}``, ``nlchat_jobs_total{kind,status}``, ``nlchat_jobs{status}``,
``nlchat_auth_failures_total{reason}``. Routes are the path templates
(``/api/jobs/{job_id}``), so labels stay few.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ServiceMetrics:
    """The service's counters, histograms and gauges."""

    def __init__(self) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("nlchat_http_requests", "HTTP requests.",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("nlchat_http_request_duration_seconds",
                                 "Time to answer an HTTP request (streams: to the first byte).",
                                 ["method", "route"], registry=r,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
                                          10, 30))
        self.in_flight = Gauge("nlchat_http_in_flight", "Requests being answered.", registry=r)
        self.asks = Counter("nlchat_asks", "Asks answered, by answer status.", ["status"],
                            registry=r)
        self.jobs_finished = Counter("nlchat_jobs", "Jobs finished.", ["kind", "status"],
                                     registry=r)
        self.jobs_live = Gauge("nlchat_jobs_live", "Jobs queued or running.", ["status"],
                               registry=r)
        self.auth_failures = Counter("nlchat_auth_failures", "Refused credentials.",
                                     ["reason"], registry=r)

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST



class PrometheusMiddleware:
    """ASGI middleware that counts and times every HTTP request.

    Args:
        app: The wrapped application.
        metrics: Where the numbers go.
    """

    def __init__(self, app: ASGIApp, metrics: ServiceMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Count and time one request (streams are timed to their first byte)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}
        metrics = self.metrics

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
                metrics.latency.labels(scope["method"], _route(scope)).observe(
                    time.perf_counter() - started)
            await send(message)

        metrics.in_flight.inc()
        try:
            await self.app(scope, receive, sending)
        finally:
            metrics.in_flight.dec()
            metrics.requests.labels(scope["method"], _route(scope), str(status["code"])).inc()


def _route(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str):
        return path
    return "unmatched"
