"""Readiness: is the store really reachable right now?

Each probe opens a fresh connection (no pool), so a database that went away is seen at
once: a stopped PostgreSQL server, or a SQLite file that is missing or unreadable (opened
read-write without creating it), and reads the schema version to be sure it is ours.
"""

from __future__ import annotations

import time
from typing import Any

_PROBE_TIMEOUT_S = 3


def probe_url(url: str) -> tuple[str, dict[str, Any]]:
    """The URL and connect arguments of a probe connection for the store at ``url``."""
    if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
        path = url[len("sqlite:///"):]
        return (f"sqlite:///file:{path}?mode=rw&uri=true",
                {"timeout": _PROBE_TIMEOUT_S, "check_same_thread": False})
    if url.startswith("postgresql"):
        return url, {"connect_timeout": _PROBE_TIMEOUT_S}
    return url, {}


def store_check(url: str) -> dict[str, Any]:
    """``{"ok": bool, "detail": str, "ms": float}`` for the store at ``url``."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from nornir_nlchat.logs import mask

    started = time.perf_counter()
    probe, connect_args = probe_url(url)
    engine = create_engine(probe, poolclass=NullPool, connect_args=connect_args)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version FROM schema_version")).scalar()
        ok = version is not None
        detail = f"schema version {version}" if ok else "the store has no schema version"
    except Exception as exc:
        ok = False
        lines = str(exc).strip().splitlines()
        detail = mask(lines[0] if lines else type(exc).__name__)[:300]
    finally:
        engine.dispose()
    return {"ok": ok, "detail": detail, "ms": round((time.perf_counter() - started) * 1000, 1)}
