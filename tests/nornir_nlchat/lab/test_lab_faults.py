"""Each fault is observable by a client and clears."""

from __future__ import annotations

import re
import time

import pytest
from netmiko.exceptions import NetmikoAuthenticationException

from nornir_nlchat.lab import Lab, LabError
from tests.nornir_nlchat.lab.helpers import host_for, netmiko


def _cpu_5s(text: str) -> int:
    m = re.search(r"five seconds: (\d+)%", text)
    assert m, text
    return int(m.group(1))


def test_cpu_high_and_clear(lab: Lab) -> None:
    name, host = host_for(lab, "cisco_ios")
    conn = netmiko(host)
    try:
        assert _cpu_5s(conn.send_command("show processes cpu sorted")) < 40
        assert lab.fault(name, "cpu-high", load=85)["load"] == 85
        busy = conn.send_command("show processes cpu sorted")
        assert _cpu_5s(busy) > 80
        assert busy.splitlines()[2].endswith("IP Input")  # the hog tops the sorted list
        assert "CPUHOG" in conn.send_command("show logging | include CPUHOG")
        assert lab.clear(name, "cpu-high") == ["cpu-high"]
        assert _cpu_5s(conn.send_command("show processes cpu sorted")) < 40
    finally:
        conn.disconnect()


def test_interface_down_reaches_both_ends_and_clears(lab: Lab) -> None:
    name, host = host_for(lab, "cisco_ios", "switch")
    used = lab.fault(name, "interface-down")
    port = used["interface"]
    conn = netmiko(host)
    try:
        line = conn.send_command(f"show ip interface brief {port}").splitlines()[-1]
        assert line.split()[-2:] == ["down", "down"]
        assert "changed state to down" in conn.send_command("show logging | include UPDOWN")
        lab.clear(name, "interface-down")
        line = conn.send_command(f"show ip interface brief {port}").splitlines()[-1]
        assert line.split()[-2:] == ["up", "up"]
    finally:
        conn.disconnect()


def test_err_disabled_and_crc(lab: Lab) -> None:
    name, host = host_for(lab, "cisco_ios", "switch")
    port = lab.fault(name, "err-disabled", interface="Gi1/0/1")["interface"]
    crc_port = lab.fault(name, "crc-errors", interface="Te1/1/1", rate=500)["interface"]
    conn = netmiko(host)
    try:
        assert "err-disabled" in conn.send_command("show interfaces status err-disabled")
        time.sleep(0.2)
        crc = conn.send_command(f"show interfaces {crc_port} | include CRC")
        assert int(re.search(r"(\d+) CRC", crc).group(1)) > 0  # type: ignore[union-attr]
        lab.clear(name)
        assert port not in conn.send_command("show interfaces status err-disabled")
        crc = conn.send_command(f"show interfaces {crc_port} | include CRC")
        assert " 0 CRC" in crc
    finally:
        conn.disconnect()


def test_bgp_and_ospf_neighbour_down(lab: Lab) -> None:
    name, host = host_for(lab, "cisco_ios", "router")
    conn = netmiko(host)
    try:
        peer = lab.fault(name, "bgp-down")["neighbor"]
        row = next(ln for ln in conn.send_command("show ip bgp summary").splitlines()
                   if ln.startswith(peer))
        assert row.endswith("Idle")
        lab.clear(name, "bgp-down")
        row = next(ln for ln in conn.send_command("show ip bgp summary").splitlines()
                   if ln.startswith(peer))
        assert row.split()[-1].isdigit()
        before = conn.send_command("show ip ospf neighbor").count("FULL")
        lab.fault(name, "ospf-down")
        assert conn.send_command("show ip ospf neighbor").count("FULL") == before - 1
        lab.clear(name, "ospf-down")
        assert conn.send_command("show ip ospf neighbor").count("FULL") == before
    finally:
        conn.disconnect()


def test_memory_pressure(lab: Lab) -> None:
    name, host = host_for(lab, "cisco_nxos")
    conn = netmiko(host)
    try:
        lab.fault(name, "memory-pressure")
        assert "CRITICAL" in conn.send_command("show system resources")
        lab.clear(name)
        assert "Current memory status: OK" in conn.send_command("show system resources")
    finally:
        conn.disconnect()


def test_stp_loop_between_two_switches(lab: Lab) -> None:
    hosts = lab.hosts()
    a = next(n for n, h in hosts.items() if h["platform"] == "cisco_ios"
             and h["data"]["role"] == "switch" and not h["data"].get("jump_host"))
    b = next(n for n, h in hosts.items() if h["data"]["role"] == "switch" and n != a
             and h["data"]["site"] == hosts[a]["data"]["site"])
    conn = netmiko(hosts[a])
    try:
        before = conn.send_command("show spanning-tree detail | include Number of topology")
        lab.fault(a, "stp-loop", peer=b)
        time.sleep(1.0)
        after = conn.send_command("show spanning-tree detail | include Number of topology")
        count = lambda text: int(re.search(r"changes (\d+)", text).group(1))  # type: ignore # noqa: E731
        assert count(after) > count(before)
        assert "MACFLAP" in conn.send_command("show logging | include MACFLAP")
        assert b in conn.send_command("show cdp neighbors")  # the rogue cable is visible
        assert "BLK" not in conn.send_command("show spanning-tree")
        lab.clear(a, "stp-loop")
        assert b not in conn.send_command("show cdp neighbors")
        assert "BLK" in conn.send_command("show spanning-tree")
    finally:
        conn.disconnect()


def test_wrong_password_and_slow_login(lab: Lab) -> None:
    name, host = host_for(lab, "arista_eos")
    lab.fault(name, "wrong-password")
    with pytest.raises(NetmikoAuthenticationException):
        netmiko(host)
    lab.clear(name)
    lab.fault(name, "slow-login", seconds=1.5)
    started = time.monotonic()
    netmiko(host).disconnect()
    assert time.monotonic() - started > 1.5
    lab.clear(name)


def test_connection_refused(lab: Lab) -> None:
    import socket

    name, host = host_for(lab, "aruba_aoscx")
    lab.fault(name, "connection-refused")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((host["hostname"], host["port"]), timeout=2).close()
    lab.clear(name)
    time.sleep(0.2)
    netmiko(host).disconnect()


def test_hang_disconnect_and_garbage(lab: Lab) -> None:
    from netmiko.exceptions import ReadTimeout

    name, host = host_for(lab, "juniper_junos")
    conn = netmiko(host)
    try:
        lab.fault(name, "garbage", match="show version")
        garbled = conn.send_command("show version")
        assert "\x1b" in garbled or "\ufffd" in garbled or "\x07" in garbled
        lab.clear(name)
        lab.fault(name, "hang", match="show route")
        with pytest.raises(ReadTimeout):
            conn.send_command("show route", read_timeout=2)
    finally:
        conn.disconnect()
    lab.clear(name)
    conn = netmiko(host)
    lab.fault(name, "disconnect", match="show interfaces")
    with pytest.raises(Exception):  # noqa: B017 - any client error: the session is gone
        conn.send_command("show interfaces terse", read_timeout=5)
    lab.clear(name)
    conn = netmiko(host)
    assert "Junos:" in conn.send_command("show version")
    conn.disconnect()


def test_unknown_fault_is_refused(lab: Lab) -> None:
    with pytest.raises(LabError, match="unknown fault kind"):
        lab.fault("INBLRDC1CSW1", "meltdown")
    with pytest.raises(LabError, match="no lab device"):
        lab.fault("NOSUCHHOST", "cpu-high")
