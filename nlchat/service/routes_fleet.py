"""Devices, health, alerts, conversations and the audit trail."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query

from nlchat.service.auth import Caller, Core
from nlchat.service.models import (
    AckRequest,
    AlertOut,
    AuditOut,
    ConversationOut,
    DeviceOut,
    HealthOut,
    HealthRequest,
    MessageOut,
    SampleOut,
)
from nlchat.service.routes_ask import AUTH, BAD_BODY, DENIED, MISSING

router = APIRouter(prefix="/api", responses=BAD_BODY)

Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many rows.")]
Name = Annotated[str | None, Query(max_length=255, pattern=r"^[^\x00-\x1f\x7f]*$")]
ConversationPath = Annotated[str, Path(max_length=64)]


@router.get("/devices", response_model=list[DeviceOut], responses=AUTH, tags=["devices"])
def devices(who: Caller, core: Core) -> list[dict[str, Any]]:
    """The devices you may query, with location, latest stored health and firing alerts."""
    return core.fleet.devices(who)


@router.get("/devices/{name}", response_model=DeviceOut, responses={**DENIED, **MISSING},
            tags=["devices"])
def device(name: Annotated[str, Path(max_length=255)], who: Caller, core: Core
           ) -> dict[str, Any]:
    """One device."""
    return core.fleet.device(who, name)


@router.post("/health", response_model=HealthOut, responses=DENIED, tags=["health"])
def health(body: HealthRequest, who: Caller, core: Core) -> dict[str, Any]:
    """Poll the devices named (all yours without a query) once and judge them.

    Long rounds are better run as a job (``POST /api/jobs/health``) to follow per-host
    progress. Results are stored (``GET /api/health/results``).
    """
    return core.fleet.health(who, body.query, body.checks)


@router.get("/health/results", response_model=list[SampleOut], responses=DENIED,
            tags=["health"])
def health_results(who: Caller, core: Core, host: Name = None, check: Name = None,
                   limit: Limit = 200) -> list[dict[str, Any]]:
    """The latest stored health results (one per device, check and poll), oldest first."""
    return core.fleet.samples(who, host=host, check=check, limit=limit)


@router.get("/alerts", response_model=list[AlertOut], responses=AUTH, tags=["alerts"])
def alerts(who: Caller, core: Core, state: Literal["firing", "cleared"] | None = None,
           host: Name = None, check: Name = None, limit: Limit = 200) -> list[dict[str, Any]]:
    """Health alerts of your devices, newest first, with who acknowledged them."""
    return core.fleet.alerts(who, state=state, host=host, check=check, limit=limit)


@router.post("/alerts/{alert_id}/ack", response_model=AlertOut,
             responses={**DENIED, **MISSING}, tags=["alerts"])
def acknowledge(alert_id: Annotated[int, Path(ge=1, le=2**62)], body: AckRequest,
                who: Caller, core: Core) -> dict[str, Any]:
    """Acknowledge an alert (it keeps firing until its device recovers)."""
    return core.fleet.acknowledge(who, alert_id, body.note)


@router.get("/conversations", response_model=list[ConversationOut], responses=AUTH,
            tags=["records"])
def conversations(who: Caller, core: Core, user: Name = None, limit: Limit = 50
                  ) -> list[dict[str, Any]]:
    """Your conversations, newest first (admins: ``user`` picks anyone's)."""
    return core.fleet.conversations(who, user=user, limit=limit)


@router.get("/conversations/{conversation_id}/messages", response_model=list[MessageOut],
            responses={**AUTH, **MISSING}, tags=["records"])
def messages(conversation_id: ConversationPath, who: Caller, core: Core
             ) -> list[dict[str, Any]]:
    """The asks and answers of one of your conversations, oldest first."""
    return core.fleet.messages(who, conversation_id)


@router.get("/audit", response_model=list[AuditOut], responses=AUTH, tags=["records"])
def audit(who: Caller, core: Core, user: Name = None, host: Name = None, limit: Limit = 200
          ) -> list[dict[str, Any]]:
    """Audited commands and denials, newest first: yours (admins: anyone's)."""
    return core.fleet.audit(who, user=user, host=host, limit=limit)
