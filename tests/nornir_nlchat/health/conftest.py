"""Health test fixtures: a real PostgreSQL server, database URLs for both back ends, the
built-in platforms' health adapters, the ntc-templates fixture folder."""

from __future__ import annotations

import contextlib
import importlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from nornir_nlchat.health.adapter import register_adapter

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")
PG_BIN = Path(os.environ.get("NLCHAT_PG_BIN", "/usr/lib/postgresql/15/bin"))
FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "ntc-templates"


@pytest.fixture(scope="session", autouse=True)
def health_adapters() -> Iterator[None]:
    """Make sure every built-in platform has its health adapter, wired or not."""
    from nornir_nlchat.health.adapter import adapter_for
    from nornir_nlchat.platforms.registry import get_platform

    registered = []
    for name in PLATFORMS:
        if adapter_for(get_platform(name)) is None:
            register_adapter(name, importlib.import_module(f"nlchat_plugins.{name}.health")
                             .ADAPTER)
            registered.append(name)
    yield
    for name in registered:
        register_adapter(name, None)


@pytest.fixture(scope="session")
def ntc_fixtures() -> Path:
    """../shared/fixtures/ntc-templates (real device outputs and their expected records)."""
    if not FIXTURES.is_dir():
        pytest.skip(f"{FIXTURES} is absent")
    return FIXTURES


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server of our own (initdb + pg_ctl on a private port and socket dir);
    yields the URL of its ``postgres`` database."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL binaries not found in {PG_BIN} (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    root = Path(tempfile.mkdtemp(prefix="nlchat-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C"}
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8"]),
                   check=True, capture_output=True, env=env)
    log = root / "server.log"
    subprocess.run(_as_postgres([
        str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
        f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off", "start"]),
        check=True, capture_output=True, env=env)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        from nornir_nlchat.store.db import dispose_all

        dispose_all()
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast",
                                     "-w", "stop"]), capture_output=True, env=env)
        shutil.rmtree(root, ignore_errors=True)


def new_postgres_database(server_url: str) -> str:
    """Create an empty database on the test server; return its URL."""
    import psycopg

    name = "nlchat_" + uuid.uuid4().hex[:12]
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with contextlib.closing(psycopg.connect(plain, autocommit=True)) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each back end: a SQLite file and a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'health.db'}"
    server = request.getfixturevalue("postgres_server")
    return new_postgres_database(server)
