"""Shared test helpers: where ../shared is, and the simulated lab."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["nornir_nlchat.lab.pytest_plugin"]  # the session-scoped `lab` fixture

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder (development eval sets and real device outputs)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (only CI and developers have ../shared)")
    return SHARED


@pytest.fixture(autouse=True)
def _private_store(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own SQLite store unless it sets NLCHAT_DATABASE_URL itself."""
    db = tmp_path_factory.mktemp("store") / "nlchat.db"
    monkeypatch.setenv("NLCHAT_DATABASE_URL", str(db))


_QUIETED = ("nornir", "paramiko", "asyncssh")  # the loggers setup_logging sets a level on


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """Undo a test's ``setup_logging`` (the CLI's, run in-process): its handler writes to the
    stream pytest captured for that test, closed once the test ends, and a later record
    (an asyncssh keepalive at DEBUG) would print a logging error."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in _QUIETED}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, was in levels.items():
        logging.getLogger(name).setLevel(was)
