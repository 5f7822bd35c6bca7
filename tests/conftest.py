"""Shared test helpers: where ../shared is, and the simulated lab."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's ../shared folder (development eval sets and real device outputs)."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (only CI and developers have ../shared)")
    return SHARED
