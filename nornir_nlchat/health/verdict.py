"""What a health check says about one thing on one device: a :class:`Verdict`.

A verdict is vendor-neutral plain data: the check, what it looked at (``subject``: an
interface, a neighbour, a sensor, or ``""`` for the device as a whole), the status, the
value measured against the threshold, and the evidence (lines a person can verify).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


class Status(str, Enum):
    """How healthy something is. ``unknown``: the check could not run (no data)."""

    OK = "ok"
    WARNING = "warning"
    CRITICAL = "critical"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """Order for "worst of": unknown < ok < warning < critical."""
        return _RANK[self]

    @property
    def bad(self) -> bool:
        """Warning or critical."""
        return self in (Status.WARNING, Status.CRITICAL)

    @classmethod
    def worst(cls, statuses: Any) -> Status:
        """The worst of ``statuses`` (``ok`` when there are none)."""
        result = cls.OK
        for status in statuses:
            status = cls(status)
            if status.rank > result.rank:
                result = status
        return result

    def __str__(self) -> str:
        return self.value


_RANK = {Status.UNKNOWN: 0, Status.OK: 1, Status.WARNING: 2, Status.CRITICAL: 3}


@dataclass
class Verdict:
    """One check's finding about one subject on one host.

    Attributes:
        host: Inventory name of the device (for a fleet-wide finding such as a loop: the
            first device involved).
        check: The check (``cpu``, ``memory``, ``interfaces``, ``errdisabled``, ``stp``,
            ``mac``, ``bgp``, ``ospf``, ``environment``, ``logs``, ``loop``,
            ``reachability``).
        status: ok, warning, critical or unknown.
        subject: What the verdict is about (``"Gi1/0/1"``, ``"10.0.0.2"``); ``""`` for the
            device-level summary of the check.
        value: The measured value the threshold applies to (percent, count, rate...).
        threshold: The threshold crossed (the warning one when ok or warning, the critical
            one when critical).
        unit: Unit of ``value`` and ``threshold`` (``"%"``, ``"/min"``, ``"C"``...).
        message: One sentence for a person.
        evidence: Lines from the device output (or derived facts) supporting the verdict.
        details: Extra structured data (all three CPU windows, the ports of a loop...).
        at: When it was measured (UTC).
    """

    host: str
    check: str
    status: Status
    subject: str = ""
    value: float | None = None
    threshold: float | None = None
    unit: str = ""
    message: str = ""
    evidence: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    at: datetime = field(default_factory=utcnow)

    @property
    def key(self) -> tuple[str, str, str]:
        """``(host, check, subject)``: what an alert is about."""
        return (self.host, self.check, self.subject)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "host": self.host,
            "check": self.check,
            "subject": self.subject,
            "status": self.status.value,
            "value": self.value,
            "threshold": self.threshold,
            "unit": self.unit,
            "message": self.message,
            "evidence": list(self.evidence),
            "details": dict(self.details),
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Verdict:
        """The inverse of :meth:`to_dict`."""
        at = data.get("at")
        return cls(
            host=data["host"],
            check=data["check"],
            status=Status(data["status"]),
            subject=data.get("subject", ""),
            value=data.get("value"),
            threshold=data.get("threshold"),
            unit=data.get("unit", ""),
            message=data.get("message", ""),
            evidence=list(data.get("evidence", [])),
            details=dict(data.get("details", {})),
            at=datetime.fromisoformat(at) if isinstance(at, str) else (at or utcnow()),
        )

    def __str__(self) -> str:
        what = f"{self.host} {self.check}" + (f" {self.subject}" if self.subject else "")
        return f"{what}: {self.status.value} — {self.message}"


def grade(value: float | None, warning: float | None, critical: float | None,
          *, higher_is_worse: bool = True) -> tuple[Status, float | None]:
    """Compare ``value`` with two thresholds.

    Returns:
        The status and the threshold that applies (the critical one when critical, else the
        warning one).

    >>> grade(91.0, 80, 95)
    (<Status.WARNING: 'warning'>, 80)
    >>> grade(None, 80, 95)
    (<Status.UNKNOWN: 'unknown'>, 80)
    """
    if value is None:
        return Status.UNKNOWN, warning

    def beyond(limit: float | None) -> bool:
        if limit is None:
            return False
        return value >= limit if higher_is_worse else value <= limit

    if beyond(critical):
        return Status.CRITICAL, critical
    if beyond(warning):
        return Status.WARNING, warning
    return Status.OK, warning
