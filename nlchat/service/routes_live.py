"""``GET /api/alerts/events``: alert changes as Server-Sent Events (see
:mod:`nlchat.service.alert_events`).

Left out of the OpenAPI schema on purpose: the stream stays open for minutes, which schema
fuzzers cannot tell from a hung request. It is documented in ``docs/web.md``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request

from nlchat.service.alert_events import AlertFeed, parse_cursor, stream
from nlchat.service.auth import Caller, Core
from nlchat.service.routes_jobs import EventStream

router = APIRouter(prefix="/api", include_in_schema=False)


@router.get("/alerts/events", response_class=EventStream)
def alert_events(
    request: Request, who: Caller, core: Core,
    last_event_id: Annotated[str | None, Header(max_length=40)] = None,
    max_seconds: Annotated[float, Query(ge=1, le=3600)] = 300.0,
) -> EventStream:
    """A snapshot of your alerts, then each change (raised, escalated, reminder,
    suppressed, cleared, acknowledged) as it happens."""
    feed = AlertFeed(core, who)
    return EventStream(
        stream(feed, since=parse_cursor(last_event_id), max_seconds=max_seconds,
               disconnected=request.is_disconnected),
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
