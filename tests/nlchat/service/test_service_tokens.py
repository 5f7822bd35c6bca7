"""``nlchat token create / list / revoke``: shown once, stored hashed, refused once revoked."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import typer
from typer.testing import CliRunner

from nlchat.cli.serve import token_app
from nlchat.service.tokens import TokenStore


def _cli() -> typer.Typer:
    app = typer.Typer()
    app.add_typer(token_app, name="token")
    return app


def test_token_lifecycle_through_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "tokens.db"
    runner = CliRunner()
    created = runner.invoke(_cli(), ["token", "create", "alice", "--name", "grafana",
                                     "--database", str(db), "--json"])
    assert created.exit_code == 0, created.output
    data = json.loads(created.stdout)
    token = data["token"]
    assert token.startswith("nlc_") and data["user"] == "alice" and data["active"]

    from nornir_nlchat.store.db import Database

    store = TokenStore(Database(str(db)))
    assert store.verify(token) is not None and store.verify(token + "x") is None
    # only a salted digest is stored: neither the token nor its secret is in the file
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT key, salt, digest FROM api_tokens").fetchall()
    dump = "\n".join(line for line in sqlite3.connect(db).iterdump())
    assert len(rows) == 1 and token.split("_", 2)[2] not in dump and token not in dump
    second = runner.invoke(_cli(), ["token", "create", "alice", "--database", str(db)])
    assert second.exit_code == 0 and second.stdout.strip().startswith("nlc_")
    assert second.stdout.strip() != token  # another salt, another secret

    listed = runner.invoke(_cli(), ["token", "list", "--database", str(db), "--json"])
    rows_out = json.loads(listed.stdout)
    assert [r["name"] for r in rows_out] == ["grafana", ""]
    assert all("token" not in r and "digest" not in r for r in rows_out)

    revoked = runner.invoke(_cli(), ["token", "revoke", str(data["id"]), "--database",
                                     str(db)])
    assert revoked.exit_code == 0 and "revoked" in revoked.stdout
    assert store.verify(token) is None
    assert runner.invoke(_cli(), ["token", "revoke", "999", "--database", str(db)]
                         ).exit_code == 2
    text = runner.invoke(_cli(), ["token", "list", "--database", str(db)]).stdout
    assert "revoked" in text and "active" in text
