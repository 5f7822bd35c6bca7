"""Device-health history and alerts in the store (SQLite by default, PostgreSQL by URL).

::

    history = HealthHistory()                      # NLCHAT_DATABASE_URL / DATABASE_URL / file
    history.record_samples(results)                # one row per host, check and poll
    history.record_events(events)                  # alert rows and their events
    history.alerts(state="firing")                 # what is wrong now

Writes are batched (one transaction per call). SQLAlchemy is imported when a history is
opened, never when the health package is imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from nornir_nlchat.health.alerts import CLEARED, FIRING, Alert, AlertEvent
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.verdict import Status, utcnow

if TYPE_CHECKING:
    from nornir_nlchat.store.db import Database

SKIP_CHECKS = frozenset({"topology"})


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class HealthHistory:
    """Repository of health samples, alerts and alert events.

    Args:
        url: SQLAlchemy URL or SQLite path (default: the store's, from the environment).
        database: An open :class:`~nornir_nlchat.store.db.Database` to use instead.
    """

    def __init__(self, url: str | None = None, *, database: Database | None = None) -> None:
        from nornir_nlchat.store.db import Database
        from nornir_nlchat.store.health_models import HEALTH_TABLES
        from nornir_nlchat.store.models import Base

        self.db = database or Database(url)
        Base.metadata.create_all(self.db.engine, tables=list(HEALTH_TABLES))

    @property
    def url(self) -> str:
        """The database URL (password masked)."""
        from nornir_nlchat.logs import mask

        return mask(self.db.engine.url.render_as_string(hide_password=True))

    # -- writing ---------------------------------------------------------------------------
    def record_samples(self, results: Iterable[CheckResult]) -> int:
        """Store each result's summary verdict; returns the number of rows written."""
        from sqlalchemy import insert

        from nornir_nlchat.store.health_models import HealthSample

        rows = []
        for r in results:
            v = r.summary
            if v.check in SKIP_CHECKS:
                continue
            details = dict(v.details)
            if r.items:
                details["items"] = [{"subject": i.subject, "status": i.status.value,
                                     "value": i.value, "message": i.message}
                                    for i in r.items if i.status.bad][:50]
            rows.append({"at": v.at, "host": v.host, "check": v.check,
                         "status": v.status.value, "value": v.value, "threshold": v.threshold,
                         "unit": v.unit, "message": v.message[:2000],
                         "details": _jsonable(details)})
        if rows:
            with self.db.session() as s:
                s.execute(insert(HealthSample), rows)
        return len(rows)

    def record_events(self, events: Iterable[AlertEvent]) -> None:
        """Open, update and close alert rows and append their events."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthAlert, HealthAlertEvent

        events = list(events)
        if not events:
            return
        with self.db.session() as s:
            for ev in events:
                a = ev.alert
                row = s.execute(select(HealthAlert).where(
                    HealthAlert.host == a.host, HealthAlert.check == a.check,
                    HealthAlert.subject == a.subject, HealthAlert.state == FIRING)
                    .order_by(HealthAlert.id.desc()).limit(1)).scalar_one_or_none()
                if row is None:
                    row = HealthAlert(host=a.host, check=a.check, subject=a.subject)
                    s.add(row)
                _fill(row, a)
                s.flush()
                s.add(HealthAlertEvent(alert_id=row.id, at=ev.at, kind=ev.kind,
                                       severity=a.severity.value, notified=ev.notify,
                                       value=a.value, message=a.message[:2000]))

    def update_active(self, alerts: Iterable[Alert]) -> None:
        """Refresh the value, message and timestamps of firing alerts."""
        from sqlalchemy import update

        from nornir_nlchat.store.health_models import HealthAlert

        alerts = list(alerts)
        if not alerts:
            return
        with self.db.session() as s:
            for a in alerts:
                s.execute(update(HealthAlert).where(
                    HealthAlert.host == a.host, HealthAlert.check == a.check,
                    HealthAlert.subject == a.subject, HealthAlert.state == FIRING).values(
                    value=a.value, severity=a.severity.value, updated_at=a.updated_at,
                    message=a.message[:2000], evidence=list(a.evidence)[:20]))

    def prune(self, older_than: timedelta) -> int:
        """Delete samples older than ``older_than``; returns how many."""
        from sqlalchemy import delete

        from nornir_nlchat.store.health_models import HealthSample

        with self.db.session() as s:
            result = s.execute(delete(HealthSample).where(
                HealthSample.at < utcnow() - older_than))
            return int(getattr(result, "rowcount", 0) or 0)

    # -- reading ---------------------------------------------------------------------------
    def open_alerts(self) -> list[Alert]:
        """Firing alerts, as the alert engine keeps them (for a restart)."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthAlert

        with self.db.session() as s:
            rows = s.execute(select(HealthAlert).where(HealthAlert.state == FIRING)
                             ).scalars().all()
            return [_alert(row) for row in rows]

    def alerts(self, *, host: str | None = None, check: str | None = None,
               state: str | None = None, since: datetime | None = None,
               limit: int = 1000) -> list[dict[str, Any]]:
        """Alerts, newest first, as dicts."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthAlert

        q = select(HealthAlert)
        if host:
            q = q.where(HealthAlert.host == host)
        if check:
            q = q.where(HealthAlert.check == check)
        if state:
            q = q.where(HealthAlert.state == state)
        if since:
            q = q.where(HealthAlert.updated_at >= since)
        with self.db.session() as s:
            rows = s.execute(q.order_by(HealthAlert.id.desc()).limit(limit)).scalars().all()
            return [{**_alert(row).to_dict(), "id": row.id} for row in rows]

    def events(self, *, alert_id: int | None = None, host: str | None = None,
               check: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Alert events, oldest first, with their alert's host, check and subject."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthAlert, HealthAlertEvent

        q = select(HealthAlertEvent, HealthAlert).join(
            HealthAlert, HealthAlert.id == HealthAlertEvent.alert_id)
        if alert_id is not None:
            q = q.where(HealthAlertEvent.alert_id == alert_id)
        if host:
            q = q.where(HealthAlert.host == host)
        if check:
            q = q.where(HealthAlert.check == check)
        with self.db.session() as s:
            rows = s.execute(q.order_by(HealthAlertEvent.id).limit(limit)).all()
            return [{"id": ev.id, "alert_id": ev.alert_id, "at": _aware(ev.at),
                     "kind": ev.kind, "severity": ev.severity, "notified": ev.notified,
                     "value": ev.value, "message": ev.message, "host": al.host,
                     "check": al.check, "subject": al.subject} for ev, al in rows]

    def samples(self, *, host: str | None = None, check: str | None = None,
                since: datetime | None = None, limit: int = 10000) -> list[dict[str, Any]]:
        """History rows, oldest first."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthSample

        q = select(HealthSample)
        if host:
            q = q.where(HealthSample.host == host)
        if check:
            q = q.where(HealthSample.check == check)
        if since:
            q = q.where(HealthSample.at >= since)
        with self.db.session() as s:
            rows = s.execute(q.order_by(HealthSample.at, HealthSample.id).limit(limit)
                             ).scalars().all()
            return [{"id": r.id, "at": _aware(r.at), "host": r.host, "check": r.check,
                     "status": r.status, "value": r.value, "threshold": r.threshold,
                     "unit": r.unit, "message": r.message, "details": r.details}
                    for r in rows]

    def close(self) -> None:
        """Nothing to release: engines are shared per URL (``store.db.dispose_all``)."""


def _fill(row: Any, a: Alert) -> None:
    row.scope = a.scope or a.host
    row.state = a.state if a.state in (FIRING, CLEARED) else FIRING
    row.severity, row.peak = a.severity.value, a.peak.value
    row.first_seen, row.opened_at, row.updated_at = a.first_seen, a.opened_at, a.updated_at
    row.cleared_at, row.last_notified_at = a.cleared_at, a.last_notified_at
    row.notifications, row.suppressed = a.notifications, a.suppressed
    row.value, row.threshold, row.unit = a.value, a.threshold, a.unit
    row.message, row.evidence = a.message[:2000], list(a.evidence)[:20]
    row.details = _jsonable(a.details)


def _alert(row: Any) -> Alert:
    return Alert(
        host=row.host, check=row.check, subject=row.subject,
        severity=Status(row.severity), scope=row.scope, peak=Status(row.peak), state=row.state,
        first_seen=_aware(row.first_seen) or utcnow(), opened_at=_aware(row.opened_at),
        updated_at=_aware(row.updated_at) or utcnow(), cleared_at=_aware(row.cleared_at),
        last_notified_at=_aware(row.last_notified_at), value=row.value,
        threshold=row.threshold, unit=row.unit, message=row.message,
        evidence=list(row.evidence or []), details=dict(row.details or {}),
        notifications=row.notifications, suppressed=row.suppressed, id=row.id)


def _jsonable(data: Any) -> Any:
    import json

    return json.loads(json.dumps(data, default=str))
