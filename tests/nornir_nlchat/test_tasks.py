"""Tasks without a lab: guard, platform, connection failures, payload shape, parsing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from nornir import InitNornir
from nornir.core import Nornir

from nornir_nlchat.execute.classify import garbled
from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.tasks import run_command, run_commands

KEYS = {"command", "output", "parsed", "parse_error", "error", "error_kind", "duration_ms"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def nr(tmp_path: Path) -> Nornir:
    port = _closed_port()
    (tmp_path / "hosts.yaml").write_text(
        f"R1:\n  hostname: 127.0.0.1\n  port: {port}\n  platform: cisco_ios\n"
        f"X1:\n  hostname: 127.0.0.1\n  port: {port}\n  platform: no_such_os\n")
    return InitNornir(inventory={"plugin": "SimpleInventory",
                                 "options": {"host_file": str(tmp_path / "hosts.yaml")}},
                      logging={"enabled": False})


def test_guard_refuses_before_connecting(nr: Nornir) -> None:
    result = nr.filter(name="R1").run(task=run_command, command="reload")
    data = result["R1"][0].result
    assert result.failed and data["error_kind"] == "unsafe" and set(data) >= KEYS
    assert not nr.inventory.hosts["R1"].connections


def test_unknown_platform_and_refused_connection(nr: Nornir) -> None:
    result = nr.run(task=run_command, command="show version")
    assert result["X1"].failed and "no_such_os" in result["X1"][0].result["error"]
    data = result["R1"][0].result
    assert data["error_kind"] == "connection" and "refused" in data["error"]
    assert set(data["timings"]) == {"connect_ms", "command_ms", "parse_ms"}
    assert data["connection"]["transport"] == "asyncssh"


def test_run_commands_stops_when_the_connection_fails(nr: Nornir) -> None:
    result = nr.filter(name="R1").run(
        task=run_commands, commands={"R1": ["show version", "show clock"]})
    payloads = result["R1"][0].result
    assert result.failed and len(payloads) == 1


def test_unknown_transport_is_a_clear_failure(nr: Nornir) -> None:
    nr.inventory.hosts["R1"].data["nlchat_transport"] = "telepathy"
    data = nr.filter(name="R1").run(task=run_command, command="show clock")["R1"][0].result
    assert data["error_kind"] == "connection" and "telepathy" in data["error"]


def test_parsing_is_cached_and_garbage_detected() -> None:
    plugin = get_platform("cisco_ios")
    out = ("Cisco IOS XE Software, Version 17.09.04a\nR1 uptime is 1 week, 2 days\n"
           "System image file is \"bootflash:packages.conf\"\n")
    first = parse_output(plugin, "show version", out)
    second = parse_output(plugin, "show version", out)
    assert first == second and first[0] and first[0][0]["uptime"] == "1 week, 2 days"
    records, why = parse_output(plugin, "show nothing-like-this", "x")
    assert records is None and why
    assert garbled("ok\x1b[0m text") is None
    assert garbled("ok \x07\ufffd text")


def test_inherited_data_follows_nornirs_order() -> None:
    """The lookup behind ``nlchat_transport`` finds what ``Host.get`` finds, in Nornir's
    order: the host, each group then its own groups depth first, the defaults."""
    from nornir.core.inventory import Defaults, Group, Host, ParentGroups

    from nornir_nlchat.tasks import _inherited

    x = Group("x", data={"k1": "x", "k2": "x", "k5": "x"})
    y = Group("y", data={"k3": "y"})
    a = Group("a", data={"k1": "a"}, groups=ParentGroups([x]))
    b = Group("b", data={"k2": "b", "k3": "b", "k4": "b"}, groups=ParentGroups([y, x]))
    defaults = Defaults(data={"k4": "d", "k6": "d"})
    host = Host("h", groups=ParentGroups([a, b]), data={"k0": "h"}, defaults=defaults)
    for key in ("k0", "k1", "k2", "k3", "k4", "k5", "k6", "nothing"):
        assert _inherited(host, key) == host.get(key), key
    assert [_inherited(host, k) for k in ("k1", "k2", "k3", "k5")] == ["a", "x", "b", "x"]
