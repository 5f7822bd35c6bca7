"""A scripted chat through a pseudo-terminal, against the lab, with follow-ups."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

NLCHAT = str(Path(sys.executable).with_name("nlchat"))
PROMPT = "nlchat> "

# (utterance, what must appear in the turn's output, what must not)
TURNS: list[tuple[str, list[str], list[str]]] = [
    ("what's the cpu on INBLRDC1RTR1?",
     [r"INBLRDC1RTR1\$ show processes cpu sorted", r"INBLRDC1RTR1: CPU \d+ % \(5 s\)"], []),
    ("what about memory?",
     [r"INBLRDC1RTR1\$ show processes memory sorted", r"INBLRDC1RTR1: memory \d+ % used"], []),
    ("and on the delhi router?", [r"INDELB1RTR1\$ show processes memory sorted"],
     ["INBLRDC1RTR1"]),
    ("same for all core switches",
     [r"INBLRDC1CSW1\$", r"INBLRDC1CSW2\$", r"INBLRB1CSW1\$", r"INDELB1CSW1\$"],
     [r"INDELB1RTR1\$"]),
    ("which interfaces are down on INDELB1SW1?",
     [r"INDELB1SW1\$ show interfaces status", r"INDELB1SW1: \d+ of \d+ down"], []),
    ("only the ones that are down", [r"INDELB1SW1: \d+ down: Gi"], [r"\$ show"]),
    ("show version on the singapore router",
     [r"SGSINDC1RTR1\$ show version", r"SGSINDC1RTR1: version \d"], []),
    ("and uptime?", [r"SGSINDC1RTR1\$ show system uptime"], []),
    ("reload it", [r"never"], [r"\$ reload", r"\$ request"]),
    ("status?", [r"(?i)what would you like"], [r"\$ show"]),
    ("lldp neighbours on INBLRB1SW1", [r"INBLRB1SW1\$ show lldp neighbor-info"], []),
    ("what about INBLRB1SW2", [r"INBLRB1SW2\$ show lldp info remote-device"], []),
    (":context", [r'"hosts": \["INBLRB1SW2"\]'], []),
]


def _turn(child: Any, text: str) -> str:
    child.sendline(text)
    child.expect_exact(PROMPT, timeout=60)
    return str(child.before)


def test_scripted_chat_with_follow_ups(lab: Any) -> None:
    import re

    child = pexpect.spawn(NLCHAT, ["chat", "-i", str(lab.inventory_dir)], encoding="utf-8",
                          timeout=60, dimensions=(50, 200))
    try:
        child.expect_exact(PROMPT)
        for text, wanted, unwanted in TURNS:
            out = _turn(child, text)
            for pattern in wanted:
                assert re.search(pattern, out), f"{text!r}: no {pattern!r} in\n{out}"
            for pattern in unwanted:
                assert not re.search(pattern, out), f"{text!r}: {pattern!r} in\n{out}"
        child.sendline(":quit")
        child.expect(pexpect.EOF, timeout=30)
    finally:
        child.close(force=True)


def test_ctrl_c_cancels_the_request_not_the_chat(lab: Any) -> None:
    lab.fault("INBLRB1RTR1", "hang")
    child = pexpect.spawn(NLCHAT, ["chat", "-i", str(lab.inventory_dir)], encoding="utf-8",
                          timeout=60)
    try:
        child.expect_exact(PROMPT)
        child.sendline("show clock on INBLRB1RTR1")
        child.expect_exact("INBLRB1RTR1$ show clock")
        child.sendintr()
        child.expect_exact("cancelled")
        child.expect_exact(PROMPT)
        out = _turn(child, "show clock on INDELB1RTR1")
        assert "INDELB1RTR1$ show clock" in out
        child.sendeof()
        child.expect(pexpect.EOF, timeout=30)
    finally:
        child.close(force=True)
        lab.clear("INBLRB1RTR1")
