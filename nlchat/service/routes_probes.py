"""Probes: ``/healthz`` (alive), ``/readyz`` (store reachable, inventory loaded),
``/metrics`` (Prometheus). No token needed."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response

from nlchat.service.auth import Core, Metrics
from nlchat.service.models import AliveOut, ReadyOut

router = APIRouter(tags=["probes"])


@router.get("/healthz", response_model=AliveOut)
async def healthz() -> dict[str, Any]:
    """The process answers."""
    from nlchat import __version__

    return {"status": "ok", "version": __version__}


@router.get("/readyz", response_model=ReadyOut,
            responses={503: {"model": ReadyOut, "description": "Not ready: see the checks."}})
async def readyz(response: Response, core: Core) -> dict[str, Any]:
    """Ready when the store answers (a fresh connection each time) and the inventory has
    devices; 503 otherwise."""
    state = await asyncio.to_thread(core.readiness)
    if not state["ready"]:
        response.status_code = 503
    return state


@router.get("/metrics", response_class=Response,
            responses={200: {"description": "Prometheus exposition format.",
                             "content": {"text/plain": {"schema": {"type": "string"}}}}})
def metrics(core: Core, metrics: Metrics) -> Response:
    """Prometheus metrics of the service."""
    counts = core.jobs.counts()
    for status in ("queued", "running"):
        metrics.jobs_live.labels(status).set(counts.get(status, 0))
    body, content_type = metrics.render()
    return Response(body, media_type=content_type)
