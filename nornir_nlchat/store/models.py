"""The store's tables (SQLAlchemy 2 declarative). Add new tables here, next to these."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base of every table of the store."""


class SchemaVersion(Base):
    """One row: the schema version the database is at."""

    __tablename__ = "schema_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)


class DeadLetter(Base):
    """A host's failed task with everything needed to run it again.

    ``task`` is the task function's import path (``module:qualname``), ``params`` its
    keyword arguments (JSON, secrets masked), ``inventory`` where the host came from when
    known. ``status`` is ``pending`` until a retry succeeds (``resolved``) or the row is
    dropped (``dropped``).
    """

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 onupdate=utcnow)
    host: Mapped[str] = mapped_column(String(255), index=True)
    task: Mapped[str] = mapped_column(String(500))
    task_name: Mapped[str] = mapped_column(String(255), default="")
    params: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    error_kind: Mapped[str] = mapped_column(String(50), index=True)
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    inventory: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
