"""Health tables: samples (device-health history), alerts and alert events.

They sit on the store's declarative ``Base`` so that ``migrate()`` creates them with every
other table; :func:`nornir_nlchat.health.history.HealthHistory` also creates them when it
opens a database that predates them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from nornir_nlchat.store.models import Base, utcnow

# SQLite only makes INTEGER PRIMARY KEY columns auto-increment.
_BigId = BigInteger().with_variant(Integer, "sqlite")


class HealthSample(Base):
    """One check on one device in one poll: the device-level verdict."""

    __tablename__ = "health_samples"
    __table_args__ = (Index("ix_health_samples_host_check_at", "host", "check", "at"),)

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True, default=utcnow)
    host: Mapped[str] = mapped_column(String(255))
    check: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    threshold: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(16), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class HealthAlert(Base):
    """An alert: opened when a check crossed its threshold, cleared when it recovered."""

    __tablename__ = "health_alerts"
    __table_args__ = (Index("ix_health_alerts_key", "host", "check", "subject"),)

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    host: Mapped[str] = mapped_column(String(255))
    check: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(500), default="")
    scope: Mapped[str] = mapped_column(String(255), default="")
    state: Mapped[str] = mapped_column(String(16), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    peak: Mapped[str] = mapped_column(String(16))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    cleared_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                              nullable=True)
    notifications: Mapped[int] = mapped_column(Integer, default=0)
    suppressed: Mapped[bool] = mapped_column(default=False)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    threshold: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String(16), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class HealthAlertEvent(Base):
    """What happened to an alert: raised, escalated, reminder, suppressed, cleared."""

    __tablename__ = "health_alert_events"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("health_alerts.id", ondelete="CASCADE"),
                                          index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))
    severity: Mapped[str] = mapped_column(String(16))
    notified: Mapped[bool] = mapped_column(default=False)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")


HEALTH_TABLES: tuple[Table, ...] = tuple(
    t for t in (HealthSample.__table__, HealthAlert.__table__, HealthAlertEvent.__table__)
    if isinstance(t, Table))
