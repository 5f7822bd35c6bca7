"""NLChat end to end against the simulated lab over real SSH."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nlchat import NLChat
from nlchat.history import History
from nornir_nlchat.config import load_settings


@pytest.fixture(scope="module")
def chat(lab: Any) -> Any:
    with NLChat(inventory=lab.inventory_dir) as session:
        yield session


def test_show_version_end_to_end(chat: Any) -> None:
    answer = chat.ask("show version on INBLRDC1RTR1")
    assert answer.status == "ok", answer.text
    result = answer.results["INBLRDC1RTR1"]
    assert result.command == "show version"
    assert not result.failed
    assert result.parsed and result.parsed[0]["hostname"] == "INBLRDC1RTR1"
    assert "INBLRDC1RTR1" in answer.text and "version" in answer.text
    # the connection stays open for the next ask
    assert chat.nornir.inventory.hosts["INBLRDC1RTR1"].connections


def test_cpu_answer_is_a_sentence(chat: Any) -> None:
    answer = chat.ask("what's the cpu on INDELB1SW1?")
    assert answer.status == "ok", answer.text
    assert answer.text.startswith("INDELB1SW1: CPU ")
    assert "% (5 s)" in answer.text


def test_many_hosts_of_several_platforms(chat: Any) -> None:
    answer = chat.ask("show version on all routers in bangalore")
    assert set(answer.hosts) == {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}
    assert answer.status == "ok", answer.text
    assert {r.platform for r in answer.results.values()} == {"cisco_ios", "juniper_junos"}


def test_ambiguous_device_is_asked_back(chat: Any) -> None:
    answer = chat.ask("cpu on the delhi switch")
    assert answer.status == "ambiguous"
    assert "INDELB1SW1" in answer.text and not answer.results


def test_state_change_is_refused_and_nothing_runs(chat: Any) -> None:
    answer = chat.ask("reload INBLRDC1RTR1")
    assert answer.status == "refused"
    assert all(r.command is None for r in answer.results.values())


def test_write_needs_confirmation(lab: Any) -> None:
    asked: list[dict[str, list[str]]] = []
    with NLChat(inventory=lab.inventory_dir, allow_write=True,
                confirm=lambda writes: asked.append(writes) or False) as session:
        plan = session.plan("shut down interface Gi0/1 on INDELB1SW1")
        assert plan.status == "ready" and plan.writes
        answer = session.execute(plan)
    assert asked and "INDELB1SW1" in asked[0]
    assert answer.status == "refused"


def test_history_and_audit_rows(lab: Any) -> None:
    with NLChat(inventory=lab.inventory_dir) as session:
        session.ask("show clock on INBLRB1RTR1")
        session.ask("reload INBLRB1RTR1")
        conversation = session.conversation_id
        history = session.history
    assert conversation and history is not None
    messages = history.messages(conversation)
    assert [m["query"] for m in messages] == ["show clock on INBLRB1RTR1", "reload INBLRB1RTR1"]
    assert messages[0]["commands"]["INBLRB1RTR1"] == "show clock"
    audit = history.audit(host="INBLRB1RTR1")
    assert [(a.command, a.outcome) for a in audit] == [("show clock", "ok")]


def test_unauthorised_user_is_refused_and_audited(lab: Any, tmp_path: Path) -> None:
    settings = load_settings({
        "user": "guest",
        "access": {"enabled": True, "roles": {"delhi": {"hosts": ["INDEL*"]}},
                   "users": {"guest": {"roles": ["delhi"]}}},
    }, environ={})
    with NLChat(inventory=lab.inventory_dir, settings=settings) as session:
        denied = session.ask("show clock on INBLRDC1RTR1")
        allowed = session.ask("show clock on INDELB1RTR1")
    assert denied.status == "denied"
    assert "not allowed" in denied.text and "INBLRDC1RTR1" in denied.text
    assert allowed.status == "ok"
    rows = History().audit(user="guest")
    assert {(r.host, r.outcome) for r in rows} == {("INBLRDC1RTR1", "denied"),
                                                   ("INDELB1RTR1", "ok")}


def test_cli_ask_json(lab: Any) -> None:
    nlchat = str(Path(sys.executable).with_name("nlchat"))
    proc = subprocess.run([nlchat, "ask", "--json", "-i", str(lab.inventory_dir),
                           "show version on INDELB1RTR1"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["status"] == "ok"
    assert data["results"]["INDELB1RTR1"]["parsed"][0]["hostname"] == "INDELB1RTR1"
    assert "Traceback" not in proc.stderr


def test_cli_ask_unknown_device_exit_code(lab: Any) -> None:
    nlchat = str(Path(sys.executable).with_name("nlchat"))
    proc = subprocess.run([nlchat, "ask", "-i", str(lab.inventory_dir),
                           "show version on INHYDB1SW1"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 3
