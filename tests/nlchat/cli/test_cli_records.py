"""nlchat history / audit over a store that a real session filled against the lab."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from nlchat import NLChat
from nlchat.conversation import Conversation

NLCHAT = str(Path(sys.executable).with_name("nlchat"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NLCHAT, *args], capture_output=True, text=True, timeout=60)


def test_history_and_audit_commands(lab: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    from nornir_nlchat.config import load_settings

    settings = load_settings({"user": "alice", "database_url": db}, environ={})
    with NLChat(inventory=lab.inventory_dir, settings=settings) as chat:
        conversation = Conversation(chat)
        conversation.say("show clock on INDELB1RTR1")
        conversation.say("what about the version?")
        conversation_id = chat.conversation_id
    assert conversation_id

    listed = json.loads(run("history", "--json", "--database", db).stdout)
    assert [row["messages"] for row in listed] == [2]
    assert listed[0]["user"] == "alice"

    shown = json.loads(run("history", conversation_id[:8], "--json", "--database", db).stdout)
    assert [m["query"] for m in shown] == ["show clock on INDELB1RTR1", "what about the version?"]
    assert shown[1]["commands"] == {"INDELB1RTR1": "show version"}

    markdown = run("history", conversation_id, "--export", "markdown", "--database", db).stdout
    assert "`INDELB1RTR1$ show version`" in markdown

    audit = json.loads(run("audit", "--json", "--user", "alice", "--database", db).stdout)
    assert [(a["host"], a["command"], a["outcome"]) for a in audit] == [
        ("INDELB1RTR1", "show version", "ok"), ("INDELB1RTR1", "show clock", "ok")]

    missing = run("history", "nope", "--database", db)
    assert missing.returncode == 2 and "no conversation" in missing.stderr
