"""A pytest fixture for the lab: ``lab`` (session-scoped, the default 20-device lab).

Enable it with ``pytest_plugins = ["nornir_nlchat.lab.pytest_plugin"]`` in a top-level
``conftest.py``. Faults switched on by a test should be cleared by it (``lab.clear()``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nornir_nlchat.lab.runner import Lab


@pytest.fixture(scope="session")
def lab() -> Iterator[Lab]:
    """A running default lab (its inventory in ``lab.inventory_dir``)."""
    running = Lab().start()
    try:
        yield running
    finally:
        running.cleanup()
