"""The store (SQLAlchemy, SQLite file) and the dead-letter table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from nornir_nlchat.execute.deadletter import DeadLetterStore, load_task, task_path
from nornir_nlchat.logs import register_secret
from nornir_nlchat.store.db import SCHEMA_VERSION, Database, resolve_url


def test_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NLCHAT_DATABASE_URL", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert resolve_url() == f"sqlite:///{tmp_path}/nlchat/nlchat.db"
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db/x")
    assert resolve_url() == "postgresql://u@db/x"
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path}/a.db"


def test_dead_letters_round_trip_and_masking(tmp_path: Path) -> None:
    secret = "Sup3r-Secret-Pw!"
    register_secret(secret)
    path = tmp_path / "dl.db"
    store = DeadLetterStore(path)
    ident = store.record(host="R1", task="nornir_nlchat.tasks:run_command",
                         task_name="run_command",
                         params={"command": "show version", "password": secret,
                                 "obj": object()},
                         error_kind="connection", error=f"login {secret} refused",
                         attempts=3)
    second = store.record(host="R2", task="x:y", task_name="y", params={},
                          error_kind="auth", error="bad")
    pending = store.list()
    assert [p.id for p in pending] == [ident, second]
    letter = pending[0]
    assert letter.params["command"] == "show version"
    assert secret not in str(letter.to_dict())
    assert letter.attempts == 3 and letter.status == "pending"
    store.retried(ident, error_kind="timeout", error="again")
    store.resolve(second)
    assert [p.id for p in store.list()] == [ident]
    assert store.list()[0].retries == 1 and store.list()[0].error_kind == "timeout"
    assert {p.status for p in store.list(status=None)} == {"pending", "resolved"}
    store.drop(ident)
    assert store.list() == []
    # nothing secret in the file itself
    raw = sqlite3.connect(path).execute("select * from dead_letters").fetchall()
    assert secret not in repr(raw)
    version = sqlite3.connect(path).execute("select version from schema_version").fetchone()
    assert version == (SCHEMA_VERSION,)


def test_database_sessions_roll_back(tmp_path: Path) -> None:
    from sqlalchemy import select

    from nornir_nlchat.store.models import DeadLetter

    db = Database(tmp_path / "x.db")
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(DeadLetter(host="R9", task="a:b", error_kind="error"))
        raise RuntimeError("boom")
    with db.session() as s:
        assert s.scalars(select(DeadLetter)).all() == []


def test_task_paths() -> None:
    from nornir_nlchat.tasks import run_command

    path = task_path(run_command)
    assert path == "nornir_nlchat.tasks:run_command"
    assert load_task(path) is run_command
    assert task_path(lambda t: None) == ""
