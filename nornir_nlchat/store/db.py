"""Engine and session creation, one place for every table of the store.

Usage::

    from nornir_nlchat.store.db import Database
    db = Database()                     # URL from NLCHAT_DATABASE_URL / DATABASE_URL / default
    with db.session() as s:             # commits on success, rolls back on error
        s.add(row)

Schema management is deliberately simple: ``metadata.create_all`` creates missing tables and
a ``schema_version`` table records the version; :data:`MIGRATIONS` holds the SQL steps that
bring an older database up to date (add a step, bump nothing else).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nornir_nlchat.errors import ConfigError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

ENV_URLS = ("NLCHAT_DATABASE_URL", "DATABASE_URL")

# version -> SQL statements that migrate from version-1 (create_all handles new tables).
MIGRATIONS: dict[int, tuple[str, ...]] = {1: ()}
SCHEMA_VERSION = max(MIGRATIONS)

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def default_path() -> Path:
    """The default SQLite file: ``$XDG_STATE_HOME/nlchat/nlchat.db`` (~/.local/state/...)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "nlchat" / "nlchat.db"


def resolve_url(url: str | os.PathLike[str] | None = None) -> str:
    """Turn a URL, a file path or nothing (environment, then default file) into a URL."""
    if url is None:
        url = next((os.environ[k] for k in ENV_URLS if os.environ.get(k)), None)
    if url is None:
        url = default_path()
    text = os.fspath(url)
    if "://" in text:
        if text.startswith("postgres://"):  # Heroku-style spelling
            text = "postgresql://" + text[len("postgres://"):]
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _make_engine(url: str) -> Engine:
    try:
        from sqlalchemy import create_engine, event
    except ImportError as exc:  # pragma: no cover - sqlalchemy is a core dependency
        raise ConfigError("SQLAlchemy is not installed.",
                          hint="pip install 'sqlalchemy>=2.0'.") from exc
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # unknown dialect or missing driver
        from nornir_nlchat.logs import mask

        raise ConfigError(f"Cannot open the database {mask(url)!r}: {exc}.",
                          hint="Check NLCHAT_DATABASE_URL; PostgreSQL needs the `postgres` "
                               "extra.") from None


def migrate(engine: Engine) -> int:
    """Create missing tables and apply pending migrations; return the schema version."""
    from sqlalchemy import insert, select, text, update

    from nornir_nlchat.store import (  # noqa: F401  (their tables)
        chat_models,
        health_models,
        service_models,
    )
    from nornir_nlchat.store.models import Base, SchemaVersion

    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        current = conn.execute(select(SchemaVersion.version)).scalar()
        if current is None:
            conn.execute(insert(SchemaVersion).values(id=1, version=SCHEMA_VERSION))
            return SCHEMA_VERSION
        for version in range(int(current) + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version]:
                conn.execute(text(statement))
        if current < SCHEMA_VERSION:
            conn.execute(update(SchemaVersion).values(version=SCHEMA_VERSION))
    return SCHEMA_VERSION


def get_engine(url: str | os.PathLike[str] | None = None) -> Engine:
    """One migrated engine per URL and process."""
    resolved = resolve_url(url)
    with _engines_lock:
        engine = _engines.get(resolved)
        if engine is None:
            engine = _make_engine(resolved)
            migrate(engine)
            _engines[resolved] = engine
        return engine


class Database:
    """A handle on the store: an engine and a session factory.

    Args:
        url: SQLAlchemy URL or SQLite file path; default from the environment or
            :func:`default_path`.
    """

    def __init__(self, url: str | os.PathLike[str] | None = None) -> None:
        from sqlalchemy.orm import sessionmaker

        self.url = resolve_url(url)
        self.engine = get_engine(self.url)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on error."""
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def dispose_all() -> None:
    """Close every pooled engine (tests, forked workers)."""
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
