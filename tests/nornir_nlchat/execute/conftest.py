"""A simulated lab shared by the execution tests (real SSH, separate process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

LAB_PASSWORD = "Lab-Pw-Zq81-secret"
LAB_SECRET = "Lab-En-Kx52-secret"


@pytest.fixture(scope="session")
def lab() -> Iterator[Any]:
    """24 devices; the hosts of the last site sit behind the lab's bastion."""
    try:
        from nornir_nlchat.lab import Lab
    except ImportError as exc:  # pragma: no cover - the lab is part of the package
        pytest.skip(f"the lab is not available: {exc}")
    lab = Lab(devices=24, platforms=["cisco_ios"], password=LAB_PASSWORD, secret=LAB_SECRET)
    lab.start()
    try:
        yield lab
    finally:
        lab.cleanup()


@pytest.fixture()
def lab_dir(lab: Any, tmp_path: Path) -> Path:
    """A copy of the lab's inventory with the password left out (credentials from env)."""
    import yaml

    for name in ("hosts.yaml", "groups.yaml"):
        (tmp_path / name).write_text((lab.inventory_dir / name).read_text())
    defaults = yaml.safe_load((lab.inventory_dir / "defaults.yaml").read_text())
    defaults.pop("password", None)
    (tmp_path / "defaults.yaml").write_text(yaml.safe_dump(defaults))
    return tmp_path


@pytest.fixture(autouse=True)
def _no_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "lab" in request.fixturenames:
        request.getfixturevalue("lab").clear()
