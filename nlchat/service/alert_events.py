"""Alert changes as Server-Sent Events (``GET /api/alerts/events``).

Health rounds of the API (:mod:`nlchat.service.alerting`) and the monitor (``nlchat
monitor``, or any :class:`~nornir_nlchat.health.monitor.Monitor` writing to the same store)
append alert events (``raised``, ``escalated``, ``reminder``, ``suppressed``: raised again
within the cooldown, ``cleared``) to the store, and the API adds acknowledgements. The
stream reads both tables every ``poll_s`` seconds and sends what is new, for the devices
the caller may query:

``snapshot``
    first, the current alerts (newest first, as ``GET /api/alerts``);
``alert``
    ``{"kind", "at", "alert"}`` for each change; ``kind`` is the event's kind or
    ``acknowledged``; ``alert`` is the alert as it is now.

Each event's ``id`` is ``<last event id>.<last acknowledgement id>``: a client that
reconnects with ``Last-Event-ID`` gets what it missed instead of a new snapshot. The stream
ends after ``max_seconds`` (clients reconnect) or when the client goes away.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from nlchat.service.jsonable import as_rows, jsonable

if TYPE_CHECKING:
    from nlchat.service.core import Principal, ServiceCore

Cursor = tuple[int, int]


def parse_cursor(value: str | None) -> Cursor | None:
    """``"12.3"`` → ``(12, 3)``; None for anything else."""
    if not value:
        return None
    head, _, tail = value.strip().partition(".")
    if not (head.isdigit() and tail.isdigit()) or len(value) > 40:
        return None
    return int(head), int(tail)


class AlertFeed:
    """What changed in the alerts since a cursor, as one user may see it.

    Args:
        core: The service core (store, inventory, access policy).
        principal: Whom the feed is for.
    """

    def __init__(self, core: ServiceCore, principal: Principal) -> None:
        self.core = core
        self.principal = principal

    def _visible(self) -> Callable[[str], bool]:
        if self.principal.admin:
            return lambda host: True
        policy = self.core.policy(self.principal.user)
        hosts = self.core.fleet.hosts
        return lambda host: host in hosts and policy.may_query(hosts[host])

    def cursor(self) -> Cursor:
        """The newest event and acknowledgement ids now."""
        from sqlalchemy import func, select

        from nornir_nlchat.store.health_models import HealthAlertEvent
        from nornir_nlchat.store.service_models import AlertAck

        with self.core.db.session() as s:
            event = s.execute(select(func.max(HealthAlertEvent.id))).scalar()
            ack = s.execute(select(func.max(AlertAck.id))).scalar()
        return int(event or 0), int(ack or 0)

    def snapshot(self, limit: int = 200) -> list[dict[str, Any]]:
        """The current alerts (as ``GET /api/alerts``)."""
        return self.core.fleet.alerts(self.principal, state=None, host=None, check=None,
                                      limit=limit)

    def changes(self, since: Cursor, limit: int = 500) -> tuple[list[dict[str, Any]], Cursor]:
        """Changes after ``since``, oldest first, and the cursor after them."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthAlert, HealthAlertEvent
        from nornir_nlchat.store.service_models import AlertAck

        last_event, last_ack = since
        found: list[tuple[str, Any, int, str]] = []  # (kind, at, alert id, host)
        with self.core.db.session() as s:
            rows = s.execute(
                select(HealthAlertEvent.id, HealthAlertEvent.kind, HealthAlertEvent.at,
                       HealthAlert.id, HealthAlert.host)
                .join(HealthAlert, HealthAlert.id == HealthAlertEvent.alert_id)
                .where(HealthAlertEvent.id > last_event).order_by(HealthAlertEvent.id)
                .limit(limit)).all()
            for event_id, kind, at, alert_id, host in rows:
                last_event = max(last_event, int(event_id))
                found.append((str(kind), at, int(alert_id), str(host)))
            acks = s.execute(
                select(AlertAck.id, AlertAck.at, AlertAck.alert_id, HealthAlert.host)
                .join(HealthAlert, HealthAlert.id == AlertAck.alert_id)
                .where(AlertAck.id > last_ack).order_by(AlertAck.id).limit(limit)).all()
            for ack_id, at, alert_id, host in acks:
                last_ack = max(last_ack, int(ack_id))
                found.append(("acknowledged", at, int(alert_id), str(host)))
        visible = self._visible()
        found = sorted((f for f in found if visible(f[3])), key=lambda f: _utc(f[1]))
        if not found:
            return [], (last_event, last_ack)
        alerts = self._alerts({(f[3], f[2]) for f in found})
        out = [{"kind": kind, "at": at, "alert": alerts[alert_id]}
               for kind, at, alert_id, _host in found if alert_id in alerts]
        return as_rows(out), (last_event, last_ack)

    def _alerts(self, wanted: set[tuple[str, int]]) -> dict[int, dict[str, Any]]:
        """The alerts with these ids as they are now (with their acknowledgement)."""
        ids = {alert_id for _host, alert_id in wanted}
        out: dict[int, dict[str, Any]] = {}
        for host in sorted({h for h, _ in wanted}):
            for alert in self.core.fleet.alerts(self.principal, state=None, host=host,
                                                check=None, limit=1000):
                if alert["id"] in ids:
                    out[alert["id"]] = alert
        return out


def _utc(value: Any) -> datetime:
    """A stored time as an aware UTC datetime (SQLite gives naive ones)."""
    if not isinstance(value, datetime):
        return datetime.min.replace(tzinfo=timezone.utc)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _event(name: str, data: Any, cursor: Cursor) -> str:
    return (f"id: {cursor[0]}.{cursor[1]}\nevent: {name}\n"
            f"data: {json.dumps(jsonable(data))}\n\n")


async def stream(feed: AlertFeed, *, since: Cursor | None = None, poll_s: float = 0.5,
                 heartbeat_s: float = 15.0, max_seconds: float = 300.0,
                 disconnected: Callable[[], Any] | None = None) -> AsyncIterator[str]:
    """The Server-Sent Events of ``feed`` (see the module's documentation)."""
    started = time.monotonic()
    if since is None:
        cursor = await asyncio.to_thread(feed.cursor)
        yield "retry: 2000\n\n"
        yield _event("snapshot", {"alerts": await asyncio.to_thread(feed.snapshot)}, cursor)
    else:
        cursor = since
    idle = 0.0
    while time.monotonic() - started < max_seconds:
        await asyncio.sleep(poll_s)
        if disconnected is not None and await disconnected():
            return
        changes, cursor = await asyncio.to_thread(feed.changes, cursor)
        for change in changes:
            yield _event("alert", change, cursor)
        idle = 0.0 if changes else idle + poll_s
        if idle >= heartbeat_s:
            idle = 0.0
            yield ": keep-alive\n\n"
