"""Write mode end to end: shown, confirmed, applied in configuration mode, and undone."""

from __future__ import annotations

import re
from typing import Any

import pytest

from nlchat import NLChat
from nlchat.history import History

# platform: (host, interface, what `show interface` prints once it is shut)
CASES = {
    "cisco_ios": ("INDELB1SW1", "Gi1/0/5", r"administratively down"),
    "cisco_nxos": ("INBLRDC1CSW1", "Eth1/10",
                   r"(?i)down \(Administratively down\)|admin state is down"),
    "arista_eos": ("INBLRDC1SW1", "Et10", r"administratively down"),
    "aruba_aoscx": ("INBLRB1SW1", "1/1/10", r"(?i)admin(istratively)?\s*(state is )?down"),
    "hp_procurve": ("INBLRB1SW2", "10", r"Port Enabled\s*:\s*No"),
    "juniper_junos": ("INBLRDC1RTR2", "xe-0/0/4", r"(?i)Administratively down"),
}


@pytest.mark.parametrize("platform", sorted(CASES))
def test_shut_and_restore_an_interface(lab: Any, platform: str) -> None:
    host, interface, shut_mark = CASES[platform]
    shown: list[dict[str, list[str]]] = []

    def confirm(writes: dict[str, list[str]]) -> bool:
        shown.append(writes)
        return True

    with NLChat(inventory=lab.inventory_dir, allow_write=True, confirm=confirm,
                progress=False) as chat:
        shut = chat.ask(f"shut down interface {interface} on {host}")
        assert shut.status == "ok", shut.text
        assert shown and host in shown[0]  # the commands were shown before they ran
        after = chat.ask(f"show interface {interface}", hosts=[host])
        assert re.search(shut_mark, after.results[host].output), after.results[host].output
        restore = chat.ask(f"no shutdown interface {interface} on {host}")
        assert restore.status == "ok", restore.text
        back = chat.ask(f"show interface {interface}", hosts=[host])
        assert not re.search(shut_mark, back.results[host].output)
    audit = History().audit(host=host)
    assert any(not row.read_only and row.outcome == "ok" for row in audit)


def test_read_only_session_refuses_the_same_request(lab: Any) -> None:
    with NLChat(inventory=lab.inventory_dir, progress=False) as chat:
        answer = chat.ask("shut down interface Gi1/0/5 on INDELB1SW1")
    assert answer.status == "refused"
    assert not any(r.command for r in answer.results.values())


def test_write_mode_without_the_role_is_read_only(lab: Any) -> None:
    from nornir_nlchat.config import load_settings

    access = {"enabled": True, "roles": {"ro": {"hosts": ["*"]}},
              "users": {"viewer": {"roles": ["ro"]}}}
    settings = load_settings({"user": "viewer", "access": access}, environ={})
    with NLChat(inventory=lab.inventory_dir, settings=settings, allow_write=True,
                confirm=lambda _w: True, progress=False) as chat:
        answer = chat.ask("shut down interface Gi1/0/5 on INDELB1SW1")
    assert answer.status == "refused"
