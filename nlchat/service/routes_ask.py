"""``/api/ask``, ``/api/plan``, ``/api/run``, ``/api/translate``, ``/api/resolve``,
``/api/me``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from nlchat.answer import Answer
from nlchat.service.auth import Caller, Core, Metrics
from nlchat.service.core import Planned
from nlchat.service.jsonable import jsonable
from nlchat.service.models import (
    AnswerOut,
    AskRequest,
    ErrorOut,
    MeOut,
    PlanOut,
    PlanRequest,
    ResolutionOut,
    ResolveRequest,
    RunRequest,
    TranslateRequest,
    TranslationOut,
)

BAD_BODY: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The body is not JSON text (UTF-8)."}}
router = APIRouter(prefix="/api", tags=["ask"], responses=BAD_BODY)

AUTH: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "No valid token."}}
DENIED: dict[int | str, dict[str, Any]] = {
    **AUTH, 403: {"model": ErrorOut, "description": "The user may not query these hosts "
                                                    "(the denial is audited)."}}
MISSING: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such resource of yours."}}


def answer_out(answer: Answer, conversation_id: str | None,
               denied: list[str] | None = None) -> dict[str, Any]:
    """An answer as the API returns it."""
    from nlchat.service.answer_view import page_fields

    data = answer.to_dict()
    if data["resolution"] is not None:
        data["resolution"]["denied"] = list(denied or [])
    data["conversation_id"] = conversation_id
    data.update(page_fields(answer))
    out: dict[str, Any] = jsonable(data)
    return out


@router.post("/ask", response_model=AnswerOut, responses={**DENIED, **MISSING})
def ask(body: AskRequest, who: Caller, core: Core, metrics: Metrics) -> dict[str, Any]:
    """Ask in words: resolve the devices, translate per platform, run (read-only unless
    write mode is on and confirmed), parse and answer.

    Unknown devices, refusals and questions back are ordinary answers (``status`` none,
    refused, clarify, ambiguous) with the reason in ``text``. Pass ``conversation_id`` from
    an earlier answer to ask a follow-up ("and on the delhi router?"), and ``plan_id``
    from ``/api/plan`` to run exactly the plan that was shown.
    """
    answer, conversation_id = core.ask(who, body.query, hosts=body.hosts,
                                       conversation_id=body.conversation_id,
                                       allow_write=body.allow_write, confirm=body.confirm,
                                       plan_id=body.plan_id)
    metrics.asks.labels(answer.status).inc()
    return answer_out(answer, conversation_id)


@router.post("/plan", response_model=PlanOut, responses={**DENIED, **MISSING})
def plan(body: PlanRequest, who: Caller, core: Core) -> dict[str, Any]:
    """What an ask would run, per host, and which commands change state (nothing runs).

    With ``conversation_id`` a follow-up ("what about memory?", "and the delhi
    switches?") is planned in the conversation's context; "only the ones that are down"
    filters the last answer (``status`` filter: nothing runs). Ask with the returned
    ``plan_id`` to run exactly this plan.
    """
    planned = core.plan(who, body.query, hosts=body.hosts, allow_write=body.allow_write,
                        conversation_id=body.conversation_id)
    return plan_out(planned, body.conversation_id)


def plan_out(planned: Planned, conversation_id: str | None) -> dict[str, Any]:
    """A plan as the API returns it."""
    if planned.plan is None:  # a filter of the last answer
        derived = planned.turn.answer
        assert derived is not None
        return {"query": planned.turn.text, "said": planned.turn.text, "status": "filter",
                "hosts": list(derived.hosts), "commands": {}, "writes": {}, "not_run": {},
                "text": "Filters the last answer; nothing runs on the devices.",
                "plan_id": planned.plan_id, "conversation_id": conversation_id}
    shown = planned.plan
    out: dict[str, Any] = jsonable({
        **shown.to_dict(), "said": shown.said,
        "not_run": {h: r.error or r.error_kind or "" for h, r in shown.failed.items()},
        "plan_id": planned.plan_id, "conversation_id": conversation_id})
    return out


@router.post("/run", response_model=AnswerOut, responses=DENIED)
def run(body: RunRequest, who: Caller, core: Core, metrics: Metrics) -> dict[str, Any]:
    """Run one read-only command on hosts (or the devices named in ``devices``).

    The command must pass each platform's read-only grammar; a command that would change
    state is refused (``status`` refused) and nothing is sent.
    """
    answer = core.run_command(who, body.command, hosts=body.hosts, devices=body.devices)
    metrics.asks.labels(answer.status).inc()
    return answer_out(answer, None)


@router.post("/translate", response_model=TranslationOut, responses=AUTH)
def translate(body: TranslateRequest, who: Caller, core: Core) -> dict[str, Any]:
    """The command for one platform, a refusal, or a question back (nothing runs)."""
    out: dict[str, Any] = jsonable(core.translate(body.query, body.platform).to_dict())
    return out


@router.post("/resolve", response_model=ResolutionOut, responses=AUTH)
def resolve(body: ResolveRequest, who: Caller, core: Core) -> dict[str, Any]:
    """Which devices a request names (``denied``: those among them you may not query)."""
    resolution, denied = core.resolve(who, body.query)
    return {**resolution.to_dict(), "denied": denied}


@router.get("/me", response_model=MeOut, responses=AUTH)
def me(who: Caller, core: Core) -> dict[str, Any]:
    """The token's user, roles and rights."""
    policy = core.policy(who.user)
    return {"user": who.user, "admin": who.admin, "roles": core.role_names(who.user),
            "may_write": policy.may_write(), "access_control": core.settings.access.enabled}
