"""Service fixtures: one served API over the lab for the session, tokens, and a PostgreSQL
server that a test can stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.nlchat.service.svc_helpers import PG_BIN, Postgres, Service, settings_for, write_config

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")


@pytest.fixture(scope="session")
def service(lab: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """The API on 127.0.0.1 (a free port), over the lab, with tokens for alice (Bangalore
    hosts only) and root (every host, admin)."""
    from nlchat.service.app import create_app
    from nlchat.service.core import ServiceCore
    from nlchat.service.server import ServerThread

    folder = tmp_path_factory.mktemp("service")
    config = write_config(folder, Path(lab.inventory_dir), str(folder / "service.db"))
    core = ServiceCore(config, settings=settings_for(config), job_workers=2)
    tokens = {"alice": core.tokens.create("alice", name="tests")[1],
              "root": core.tokens.create("root", admin=True)[1]}
    with ServerThread(create_app(core, close_core=True)) as server:
        yield Service(core, server.url, tokens, config)


@pytest.fixture
def postgres() -> Iterator[Postgres]:
    """A running PostgreSQL server of our own (skips without the server binaries)."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    server = Postgres()
    server.start()
    try:
        yield server
    finally:
        server.remove()
