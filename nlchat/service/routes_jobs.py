"""Background jobs: ``POST /api/jobs/ask``, ``POST /api/jobs/health``, poll or stream."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse

from nlchat.service.auth import Caller, Core, Metrics
from nlchat.service.core import Principal, ServiceCore
from nlchat.service.errors import NotFound
from nlchat.service.jobs import JobProgress
from nlchat.service.models import AskRequest, HealthRequest, JobOut
from nlchat.service.routes_ask import AUTH, BAD_BODY, DENIED, MISSING, answer_out

router = APIRouter(prefix="/api/jobs", tags=["jobs"], responses=BAD_BODY)

JobId = Annotated[str, Path(max_length=36)]


class EventStream(StreamingResponse):
    """Server-Sent Events."""

    media_type = "text/event-stream"


def _own(core: ServiceCore, who: Principal, job_id: str) -> dict[str, Any]:
    job = core.jobs.get(job_id)
    if job is None or not (who.admin or job["user"] == who.user):
        raise NotFound(f"No job {job_id} of yours.")
    return job


@router.post("/ask", status_code=202, response_model=JobOut,
             responses={**DENIED, **MISSING})
def ask_job(body: AskRequest, who: Caller, core: Core, metrics: Metrics) -> dict[str, Any]:
    """Run an ask in the background; follow it at ``/api/jobs/{id}`` or its ``/events``.

    The request is planned (devices resolved, access checked: 403) before the job is
    queued, in its conversation when ``conversation_id`` is given, and the job runs
    exactly that plan; with ``plan_id`` (from ``/api/plan``) it runs that plan instead.
    """
    plan_id = body.plan_id
    if not plan_id:  # plan now (403 before anything is queued), run exactly that plan later
        plan_id = core.plan(who, body.query, hosts=body.hosts, allow_write=body.allow_write,
                            conversation_id=body.conversation_id).plan_id
    hosts = core.planned_hosts(who, plan_id, body.query, conversation_id=body.conversation_id,
                               hosts=body.hosts, allow_write=body.allow_write)

    def work(progress: JobProgress) -> dict[str, Any]:
        answer, conversation_id = core.ask(
            who, body.query, hosts=body.hosts, conversation_id=body.conversation_id,
            allow_write=body.allow_write, confirm=body.confirm, processors=[progress],
            plan_id=plan_id)
        metrics.asks.labels(answer.status).inc()
        return answer_out(answer, conversation_id)

    return core.jobs.submit("ask", who.user, body.model_dump(), hosts, work)


@router.post("/health", status_code=202, response_model=JobOut, responses=DENIED)
def health_job(body: HealthRequest, who: Caller, core: Core) -> dict[str, Any]:
    """Run a health round in the background, with per-host progress."""
    planned = core.fleet.plan_health(who, body.query, body.checks)

    def work(progress: JobProgress) -> dict[str, Any]:
        return core.fleet.health(who, planned=planned, on_host=progress.host)

    return core.jobs.submit("health", who.user, body.model_dump(), planned["hosts"], work)


@router.get("", response_model=list[JobOut], responses=AUTH)
def jobs(who: Caller, core: Core,
         status: Literal["queued", "running", "done", "failed", "interrupted"] | None = None,
         limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict[str, Any]]:
    """Your jobs, newest first (admins: everyone's)."""
    return core.jobs.list(user=None if who.admin else who.user, status=status, limit=limit)


@router.get("/{job_id}", response_model=JobOut, responses={**AUTH, **MISSING})
def job(job_id: JobId, who: Caller, core: Core) -> dict[str, Any]:
    """A job: status, per-host progress and, once done, its result."""
    return _own(core, who, job_id)


_ERROR_JSON = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
_EVENT = {
    "type": "object",
    "description": "One event: `status` (the job's status changed), `host` (a host's state "
                   "changed), then `done` (the whole job, as GET /api/jobs/{id}).",
    "properties": {
        "event": {"type": "string", "enum": ["status", "host", "done"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "id": {"type": "string"},
        "retry": {"type": "integer"},
    },
    "required": ["event", "data"],
}


@router.get("/{job_id}/events", response_class=EventStream, responses={
    401: {"description": "No valid token.", "content": _ERROR_JSON},
    404: {"description": "No such job of yours.", "content": _ERROR_JSON},
    200: {"description": "Server-Sent Events until the job is done.",
          "content": {"text/event-stream": {"schema": _EVENT}}}})
def events(job_id: JobId, who: Caller, core: Core) -> EventStream:
    """Stream a job's progress until it is done."""
    _own(core, who, job_id)
    return EventStream(core.jobs.stream(job_id),
                       headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
