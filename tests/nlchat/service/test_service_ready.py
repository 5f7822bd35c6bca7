"""Readiness follows the store: it fails while the store is down and recovers after."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from tests.nlchat.service.svc_helpers import Client, Postgres, settings_for, write_config


def _serve(lab: Any, folder: Path, database_url: str) -> Any:
    from nlchat.service.app import create_app
    from nlchat.service.core import ServiceCore
    from nlchat.service.server import ServerThread

    config = write_config(folder, Path(lab.inventory_dir), database_url)
    core = ServiceCore(config, settings=settings_for(config), job_workers=1)
    token = core.tokens.create("alice")[1]
    return ServerThread(create_app(core, close_core=True)), token


def _ready(client: Client) -> tuple[int, dict[str, Any]]:
    reply = client.get("/readyz")
    return reply.status, reply.json()


def test_readiness_follows_postgresql(lab: Any, postgres: Postgres, tmp_path: Path) -> None:
    server, token = _serve(lab, tmp_path, postgres.url)
    with server:
        client = Client(server.url, token)
        assert _ready(client)[0] == 200
        postgres.stop()
        status, body = _ready(client)
        assert status == 503 and body["ready"] is False
        assert body["checks"]["store"]["ok"] is False and body["checks"]["inventory"]["ok"]
        assert client.get("/healthz").status == 200  # alive, just not ready
        postgres.start()
        deadline = time.monotonic() + 20
        while _ready(client)[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        status, body = _ready(client)
        assert status == 200, body
        # and the API works again on the same pool
        ask = client.post("/api/ask", {"query": "show clock on INBLRDC1RTR1"})
        assert ask.status == 200 and ask.json()["status"] == "ok", ask.body


def test_readiness_follows_a_sqlite_file(lab: Any, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    server, _ = _serve(lab, tmp_path, str(db))
    with server:
        client = Client(server.url)
        assert _ready(client)[0] == 200
        os.rename(db, tmp_path / "away.db")
        try:
            status, body = _ready(client)
            assert status == 503 and "unable to open" in body["checks"]["store"]["detail"]
            assert not db.exists()  # the probe does not create an empty store
        finally:
            os.rename(tmp_path / "away.db", db)
        assert _ready(client)[0] == 200
