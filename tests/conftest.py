"""Shared test helpers: where ../shared is, and the simulated lab."""

from __future__ import annotations

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
