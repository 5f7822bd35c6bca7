"""The alert state machine: raise after N bad polls, no repeat within a cooldown, clear with
hysteresis after M good polls, escalate warning → critical.

Pure logic over verdicts with an injectable clock, so that a 15-minute cooldown is tested
in microseconds::

    engine = AlertEngine(AlertPolicy(raise_after=2), clock=lambda: now)
    events = engine.process(results)      # CheckResults of one poll
    for event in events:
        if event.notify:
            send(event)

Keys are ``(host, check, subject)``. A check that ran and no longer reports a subject
recovers that subject's alert (a BGP neighbour back up, an err-disabled port re-enabled).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.settings import AlertPolicy
from nornir_nlchat.health.verdict import Status, Verdict, utcnow

Key = tuple[str, str, str]

PENDING, FIRING, CLEARED = "pending", "firing", "cleared"
RAISED, ESCALATED, REMINDER, SUPPRESSED, CLEARED_EVENT = (
    "raised", "escalated", "reminder", "suppressed", "cleared")


@dataclass
class Alert:
    """One alert on ``(host, check, subject)``.

    Attributes:
        scope: Whose poll reports on it: the host, or ``"*"`` for a fleet-wide finding
            (a loop) whose ``host`` is only the first device involved.
        severity: The current severity; ``peak`` the worst since it opened.
        state: ``pending`` (bad, not yet N polls), ``firing`` or ``cleared``.
        suppressed: Raised again within the cooldown of the previous alert on the same key,
            so nobody was notified (neither will they be of its clearing).
    """

    host: str
    check: str
    subject: str
    severity: Status
    scope: str = ""
    peak: Status = Status.WARNING
    state: str = PENDING
    first_seen: datetime = field(default_factory=utcnow)
    opened_at: datetime | None = None
    updated_at: datetime = field(default_factory=utcnow)
    cleared_at: datetime | None = None
    last_notified_at: datetime | None = None
    value: float | None = None
    threshold: float | None = None
    unit: str = ""
    message: str = ""
    evidence: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    breaches: int = 0
    recoveries: int = 0
    notifications: int = 0
    suppressed: bool = False
    id: int | None = None

    @property
    def key(self) -> Key:
        """``(host, check, subject)``."""
        return (self.host, self.check, self.subject)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "id": self.id, "host": self.host, "check": self.check, "subject": self.subject,
            "scope": self.scope or self.host, "severity": self.severity.value,
            "peak": self.peak.value, "state": self.state, "first_seen": iso(self.first_seen),
            "opened_at": iso(self.opened_at), "updated_at": iso(self.updated_at),
            "cleared_at": iso(self.cleared_at), "last_notified_at": iso(self.last_notified_at),
            "value": self.value, "threshold": self.threshold, "unit": self.unit,
            "message": self.message, "evidence": list(self.evidence),
            "details": dict(self.details), "breaches": self.breaches,
            "recoveries": self.recoveries, "notifications": self.notifications,
            "suppressed": self.suppressed,
        }


@dataclass
class AlertEvent:
    """Something happened to an alert.

    Attributes:
        kind: ``raised``, ``escalated``, ``reminder`` (still firing after a cooldown),
            ``suppressed`` (raised again within the cooldown; not notified) or ``cleared``.
        alert: A snapshot of the alert after the event.
        notify: Whether notifiers should be told.
    """

    kind: str
    alert: Alert
    at: datetime
    notify: bool

    def to_dict(self) -> dict[str, Any]:
        """Plain data (the webhook's JSON body)."""
        return {"event": self.kind, "at": self.at.isoformat(), "notify": self.notify,
                "alert": self.alert.to_dict()}

    def __str__(self) -> str:
        a = self.alert
        what = f"{a.host} {a.check}" + (f" {a.subject}" if a.subject else "")
        return f"[{self.kind} {a.severity.value}] {what}: {a.message}"


class AlertEngine:
    """Keeps the alerts of a fleet and decides what to tell whom.

    Args:
        policy: Raise/clear/cooldown rules.
        clock: Returns the current time (timezone-aware); injectable for tests.
    """

    def __init__(self, policy: AlertPolicy | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.policy = policy or AlertPolicy()
        self.clock = clock
        self._active: dict[Key, Alert] = {}
        self._last_raised: dict[Key, datetime] = {}
        self._lock = threading.Lock()

    # -- state ---------------------------------------------------------------------------
    @property
    def cooldown(self) -> timedelta:
        """The cooldown as a timedelta."""
        return timedelta(seconds=self.policy.cooldown_s)

    def active(self) -> list[Alert]:
        """Firing alerts (pending ones are not alerts yet)."""
        with self._lock:
            return [replace(a) for a in self._active.values() if a.state == FIRING]

    def restore(self, alerts: Iterable[Alert]) -> None:
        """Resume after a restart: firing alerts from the store keep firing (no new
        notification), and their last notification still counts for the cooldown."""
        with self._lock:
            for alert in alerts:
                if alert.state != FIRING:
                    continue
                self._active[alert.key] = alert
                if alert.last_notified_at:
                    self._last_raised[alert.key] = alert.last_notified_at

    def sync(self, firing: Iterable[Alert]) -> None:
        """Agree with the store when another process also raises and clears alerts (the
        monitor and API health rounds): ``firing`` is what the store says is firing now.

        Alerts firing in the store but not here are taken over (as :meth:`restore`);
        alerts firing here that the store no longer has firing were cleared elsewhere and
        are forgotten (their last notification still counts for the cooldown). Pending
        alerts (bad, not yet N polls) are this engine's own and are kept.
        """
        with self._lock:
            stored = {a.key: a for a in firing if a.state == FIRING}
            for key, alert in list(self._active.items()):
                if alert.state == FIRING and key not in stored:
                    del self._active[key]
            for key, alert in stored.items():
                mine = self._active.get(key)
                if mine is None or mine.state != FIRING:
                    self._active[key] = alert
                    if alert.last_notified_at:
                        self._last_raised[key] = alert.last_notified_at

    # -- processing ----------------------------------------------------------------------
    def process(self, results: Iterable[CheckResult], scope: str | None = None
                ) -> list[AlertEvent]:
        """Feed one poll's check results; return what happened.

        Args:
            results: Check results (a host's, or fleet-wide ones such as loops).
            scope: ``"*"`` for fleet-wide results; default: each result's host.
        """
        now = self.clock()
        events: list[AlertEvent] = []
        with self._lock:
            for result in results:
                if self.policy.checks and result.check not in self.policy.checks:
                    continue
                if result.status == Status.UNKNOWN and not result.items:
                    continue  # could not look: neither raise nor clear
                where = scope or result.host
                seen: set[Key] = set()
                for verdict in result.alertable():
                    seen.add(verdict.key)
                    event = self._observe(verdict, where, now)
                    if event:
                        events.append(event)
                for key, alert in list(self._active.items()):
                    if (alert.scope or alert.host) == where and alert.check == result.check \
                            and key not in seen:
                        event = self._recover(alert, None, now)
                        if event:
                            events.append(event)
        return events

    def _bad(self, status: Status) -> bool:
        floor = Status.CRITICAL if self.policy.min_severity == "critical" else Status.WARNING
        return status.rank >= floor.rank

    def _observe(self, v: Verdict, scope: str, now: datetime) -> AlertEvent | None:
        if v.status == Status.UNKNOWN:
            return None
        if self._bad(v.status):
            return self._breach(v, scope, now)
        alert = self._active.get(v.key)
        return self._recover(alert, v, now) if alert else None

    def _breach(self, v: Verdict, scope: str, now: datetime) -> AlertEvent | None:
        alert = self._active.get(v.key)
        if alert is None:
            alert = Alert(v.host, v.check, v.subject, v.status, scope=scope, peak=v.status,
                          first_seen=now)
            self._active[v.key] = alert
        alert.breaches += 1
        alert.recoveries = 0
        alert.severity = v.status
        alert.updated_at = now
        alert.value, alert.unit = v.value, v.unit
        alert.threshold = v.threshold
        alert.message, alert.evidence, alert.details = v.message, list(v.evidence), dict(
            v.details)
        if alert.state == PENDING:
            if alert.breaches < self.policy.raise_after:
                return None
            alert.state, alert.opened_at, alert.peak = FIRING, now, v.status
            last = self._last_raised.get(v.key)
            if last is not None and now - last < self.cooldown:
                alert.suppressed = True
                return AlertEvent(SUPPRESSED, replace(alert), now, notify=False)
            return self._notify(RAISED, alert, now)
        if alert.suppressed:
            last = self._last_raised.get(v.key)
            if last is None or now - last >= self.cooldown:
                alert.suppressed = False
                return self._notify(RAISED, alert, now)
            return None
        if v.status.rank > alert.peak.rank:
            alert.peak = v.status
            return self._notify(ESCALATED, alert, now)
        if (self.policy.renotify and alert.last_notified_at is not None
                and now - alert.last_notified_at >= self.cooldown):
            return self._notify(REMINDER, alert, now)
        return None

    def _recover(self, alert: Alert | None, v: Verdict | None, now: datetime
                 ) -> AlertEvent | None:
        if alert is None:
            return None
        if alert.state == PENDING:
            del self._active[alert.key]
            return None
        if v is not None and not self._below_hysteresis(alert, v):
            alert.breaches = 0
            alert.recoveries = 0
            alert.value = v.value
            alert.updated_at = now
            return None
        alert.breaches = 0
        alert.recoveries += 1
        alert.updated_at = now
        if v is not None:
            alert.value = v.value
        if alert.recoveries < self.policy.clear_after:
            return None
        alert.state, alert.cleared_at = CLEARED, now
        alert.message = (v.message if v is not None and v.message
                         else f"{alert.check} back to normal")
        del self._active[alert.key]
        if alert.suppressed:
            return AlertEvent(CLEARED_EVENT, replace(alert), now, notify=False)
        return self._notify(CLEARED_EVENT, alert, now)

    def _below_hysteresis(self, alert: Alert, v: Verdict) -> bool:
        margin = self.policy.hysteresis.get(alert.check, 0.0)
        if not margin or v.value is None or v.threshold is None:
            return True
        return v.value <= v.threshold - margin

    def _notify(self, kind: str, alert: Alert, now: datetime) -> AlertEvent:
        alert.last_notified_at = now
        alert.notifications += 1
        if kind == RAISED:
            self._last_raised[alert.key] = now
        return AlertEvent(kind, replace(alert), now, notify=True)
