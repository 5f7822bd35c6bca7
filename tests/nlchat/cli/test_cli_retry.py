"""``nlchat retry``: list and replay dead letters."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from nlchat.cli.retry import retry_cmd
from nornir_nlchat.execute.deadletter import DeadLetterStore


@pytest.fixture()
def app() -> typer.Typer:
    app = typer.Typer()
    app.command("retry")(retry_cmd)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps typer in multi-command mode
        """Nothing."""

    return app


def test_list_and_replay(app: typer.Typer, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    inv = tmp_path / "inv"
    inv.mkdir()
    (inv / "hosts.yaml").write_text("R1:\n  hostname: 127.0.0.1\nR2:\n  hostname: 127.0.0.1\n")
    flag = tmp_path / "down"
    (tmp_path / "nlchat_cli_tasks.py").write_text(textwrap.dedent(f"""
        from pathlib import Path
        from nornir.core.task import Result

        def ping(task, target):
            if Path({str(flag)!r}).exists():
                raise ConnectionRefusedError(111, "Connection refused")
            return Result(host=task.host, result={{"output": target}})
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    db = tmp_path / "dl.db"
    store = DeadLetterStore(db)
    for host in ("R1", "R2"):
        store.record(host=host, task="nlchat_cli_tasks:ping", task_name="ping",
                     params={"target": "10.0.0.1"}, error_kind="connection",
                     error="connection refused", inventory=str(inv))
    store.record(host="R1", task="nlchat_cli_tasks:ping", task_name="ping",
                 params={"target": "x", "allow_write": True}, error_kind="connection",
                 error="refused", inventory=str(inv))
    runner = CliRunner()
    listed = runner.invoke(app, ["retry", "--list", "--json", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert [row["host"] for row in json.loads(listed.stdout)["pending"]] == ["R1", "R2", "R1"]
    text = runner.invoke(app, ["retry", "--list", "--db", str(db)])
    assert "R2" in text.stdout and "connection" in text.stdout
    flag.touch()
    again = runner.invoke(app, ["retry", "--json", "--db", str(db), "--id", "1"])
    assert again.exit_code == 1
    assert json.loads(again.stdout)["outcomes"][0]["status"] == "failed"
    flag.unlink()
    done = runner.invoke(app, ["retry", "--json", "--db", str(db)])
    outcomes = {o["id"]: o["status"] for o in json.loads(done.stdout)["outcomes"]}
    assert outcomes == {1: "resolved", 2: "resolved", 3: "skipped"}   # a write: not replayed
    assert done.exit_code == 1
    assert [x.id for x in store.list()] == [3]
    empty = runner.invoke(app, ["retry", "--db", str(tmp_path / "empty.db")])
    assert empty.exit_code == 0 and "Nothing to retry" in empty.stdout
