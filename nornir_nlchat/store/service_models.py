"""Tables of the team service (``nlchat serve``): API tokens, background jobs, alert
acknowledgements.

They sit on the store's declarative ``Base`` so that ``migrate()`` creates them with every
other table once ``nornir_nlchat.store.db`` imports this module; the service also creates
them itself (:data:`SERVICE_TABLES`) when it opens a database that predates them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from nornir_nlchat.store.models import Base, utcnow


class ApiToken(Base):
    """An API token. Only a salted SHA-256 digest of its secret part is stored.

    A token reads ``nlc_<key>_<secret>``: ``key`` finds the row, ``secret`` is checked
    against ``digest`` (``sha256(salt + secret)``, compared in constant time).
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    user: Mapped[str] = mapped_column(String(255), index=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    salt: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                          nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ServiceJob(Base):
    """A background ask or health round: its request, per-host progress and result."""

    __tablename__ = "service_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    user: Mapped[str] = mapped_column(String(255), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    request: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    hosts: Mapped[list[str]] = mapped_column(JSON, default=list)
    progress: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 index=True)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True),
                                                         nullable=True)


class AlertAck(Base):
    """Someone acknowledged a health alert (``health_alerts.id``)."""

    __tablename__ = "health_alert_acks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(Integer, index=True)
    user: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


SERVICE_TABLES: tuple[Table, ...] = tuple(
    t for t in (ApiToken.__table__, ServiceJob.__table__, AlertAck.__table__)
    if isinstance(t, Table))
