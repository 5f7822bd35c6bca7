"""A whole session on the lab with failures: the password appears nowhere."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from nornir_nlchat.logs import JSONFormatter, MaskingFilter

from .conftest import LAB_PASSWORD, LAB_SECRET


def test_no_secret_in_logs_results_errors_or_store(lab: Any, lab_dir: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from nlchat.session import NLChat

    db = tmp_path / "store.db"
    monkeypatch.setenv("NLCHAT_DATABASE_URL", str(db))
    monkeypatch.setenv("NLCHAT_PASSWORD", LAB_PASSWORD)      # credentials from the env
    (lab_dir / "config.yaml").write_text(
        "inventory:\n  plugin: SimpleInventory\n  options:\n"
        "    host_file: hosts.yaml\n    group_file: groups.yaml\n"
        "    defaults_file: defaults.yaml\n"
        "  transform_function: nlchat_env_credentials\n"
        "user_defined:\n  nlchat:\n    execution: {connect_timeout: 2, command_timeout: 2}\n")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter())
    handler.setFormatter(JSONFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    hosts = sorted(lab.hosts())[:6]
    lab.fault(hosts[0], "wrong-password")
    lab.fault(hosts[1], "hang")
    lab.fault(hosts[2], "disconnect")
    try:
        with NLChat(lab_dir / "config.yaml", progress=False) as chat:
            first = chat.ask("show version", hosts=hosts)
            second = chat.ask("what is the cpu", hosts=hosts)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert first.status == "partial"
    assert not first.results[hosts[3]].failed
    assert first.results[hosts[0]].error_kind == "auth"
    answers = json.dumps([first.to_dict(), second.to_dict()], default=str)
    rows = sqlite3.connect(db).execute("select * from dead_letters").fetchall()
    assert rows, "the failures were recorded"
    logs = stream.getvalue()
    assert "authentication failed" in logs or rows
    files = "".join(p.read_bytes().decode("latin-1") for p in tmp_path.glob("store.db*"))
    for text in (answers, logs, repr(rows), files):
        assert LAB_PASSWORD not in text
        assert LAB_SECRET not in text
