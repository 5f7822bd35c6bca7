"""Configuration mode changes what the device shows: shut an interface, name it, add a VLAN.

Over SSH with Netmiko's own configuration methods on every platform (the change is undone at
the end, the lab is shared), and in this process for the sub-mode prompts and VLANs.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from nornir_nlchat.lab import Lab
from nornir_nlchat.lab.faults import FaultBook
from nornir_nlchat.lab.shell import Shell
from nornir_nlchat.lab.state import Device
from nornir_nlchat.lab.world import World
from tests.nornir_nlchat.lab.helpers import PLATFORMS, host_for, netmiko

SHUT = {"hp_procurve": "disable", "juniper_junos": "set interfaces {port} disable"}
UNSHUT = {"hp_procurve": "enable", "juniper_junos": "delete interfaces {port} disable"}
STATUS = {"cisco_ios": "show interfaces status", "cisco_nxos": "show interface status",
          "arista_eos": "show interfaces status", "aruba_aoscx": "show interface {port}",
          "hp_procurve": "show interfaces brief", "juniper_junos": "show interfaces terse {port}"}


def _free_port(dev: Device) -> str:
    """A port with nothing cabled to it (shutting it disturbs no other test)."""
    return next(i.name for i in dev.physical() if i.peer is None and i.admin_up)


def _admin_down(platform: str, port: str, text: str) -> bool:
    if platform == "aruba_aoscx":
        assert f"Interface {port} is" in text, text
        return "Admin state is down" in text
    short = {"cisco_ios": port.replace("TenGigabitEthernet", "Te").replace(
        "GigabitEthernet", "Gi"), "cisco_nxos": port.replace("Ethernet", "Eth"),
        "arista_eos": port.replace("Ethernet", "Et")}.get(platform, port)
    row = next((line for line in text.splitlines()
                if line.split() and line.split()[0] == short), "")
    assert row, (short, text)
    if platform == "hp_procurve":
        return row.split()[4] == "No"  # the Enabled column
    if platform == "juniper_junos":
        return row.split()[1] == "down"  # the Admin column
    return "disabled" in row


def _configure(conn: Any, platform: str, lines: list[str]) -> None:
    if platform == "juniper_junos":
        conn.send_config_set(lines, exit_config_mode=False)
        conn.commit()
        conn.exit_config_mode()
    else:
        conn.send_config_set(lines)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_interface_shutdown_in_config_mode(lab: Lab, world: World, platform: str) -> None:
    name, host = host_for(lab, platform)
    port = _free_port(world.devices[name])
    # Leave the interface context: Netmiko only recognises AOS-CX's "(config)#" prompt as
    # configuration mode, so it would not leave "(config-if)#" by itself (as on a real switch).
    enter, leave = ([], []) if platform == "juniper_junos" else ([f"interface {port}"], ["exit"])
    shut = [*enter, SHUT.get(platform, "shutdown").format(port=port), *leave]
    unshut = [*enter, UNSHUT.get(platform, "no shutdown").format(port=port), *leave]
    status = STATUS[platform].format(port=port)
    conn = netmiko(host)
    try:
        assert not _admin_down(platform, port, conn.send_command(status))
        _configure(conn, platform, shut)
        assert _admin_down(platform, port, conn.send_command(status))
        _configure(conn, platform, unshut)
        assert not _admin_down(platform, port, conn.send_command(status))
    finally:
        conn.disconnect()


def _session(world: World, name: str, lines: list[str]) -> tuple[list[str], Shell]:
    prompts: list[str] = []
    shell = Shell(world, world.devices[name], "lab", lambda _text: None, FaultBook(world))

    async def go() -> None:
        for line in lines:
            await shell.execute(line)
            prompts.append(shell.prompt())

    asyncio.run(go())
    return prompts, shell


def test_sub_modes_vlans_and_junos_commit() -> None:
    from nornir_nlchat.lab.builder import build_world
    from nornir_nlchat.lab.process import LabConfig, personalities, plan
    from nornir_nlchat.lab.topology import links

    hosts = plan(LabConfig())
    world = build_world(hosts, links(hosts), personalities())
    prompts, _ = _session(world, "INBLRDC1SW2", [
        "configure terminal", "interface Gi1/0/2", "description TO-PRINTER", "exit",
        "vlan 55", "name LAB55", "interface Vlan200", "ip address 10.9.9.1 255.255.255.0",
        "end"])
    assert prompts == ["INBLRDC1SW2(config)#", "INBLRDC1SW2(config-if)#",
                       "INBLRDC1SW2(config-if)#", "INBLRDC1SW2(config)#",
                       "INBLRDC1SW2(config-vlan)#", "INBLRDC1SW2(config-vlan)#",
                       "INBLRDC1SW2(config-if)#", "INBLRDC1SW2(config-if)#", "INBLRDC1SW2#"]
    ios = world.devices["INBLRDC1SW2"]
    assert ios.interfaces["GigabitEthernet1/0/2"].description == "TO-PRINTER"
    assert ios.vlans[55].name == "LAB55"

    prompts, _ = _session(world, "INBLRB1SW2", ["configure", "vlan 77", "name SEVENTY",
                                                "exit", "interface 3", "name Printer", "end"])
    assert prompts[1:] == ["INBLRB1SW2(vlan-77)# ", "INBLRB1SW2(vlan-77)# ",
                           "INBLRB1SW2(config)# ", "INBLRB1SW2(eth-3)# ",
                           "INBLRB1SW2(eth-3)# ", "INBLRB1SW2# "]
    procurve = world.devices["INBLRB1SW2"]
    assert procurve.vlans[77].name == "SEVENTY"
    assert procurve.interfaces["3"].description == "Printer"

    junos = world.devices["INBLRDC1RTR2"]
    uplink = next(i for i in junos.physical() if i.peer and i.up)
    neighbours = sum(n.up for n in junos.ospf.neighbors) if junos.ospf else 0
    _session(world, "INBLRDC1RTR2", ["configure", f"set interfaces {uplink.name} disable",
                                     "set system host-name other"])
    assert uplink.admin_up, "nothing changes before commit"
    _session(world, "INBLRDC1RTR2", ["configure", "commit", "exit"])
    assert not uplink.admin_up
    assert junos.ospf and sum(n.up for n in junos.ospf.neighbors) == neighbours - 1
    assert uplink.peer is not None
    far = world.devices[uplink.peer.device].interfaces[uplink.peer.port]
    assert not far.up, "the far end of the cable goes down too"
    _session(world, "INBLRDC1RTR2", ["configure", f"delete interfaces {uplink.name} disable",
                                     "commit and-quit"])
    assert uplink.up and far.up
    assert sum(n.up for n in junos.ospf.neighbors) == neighbours


def _default_world() -> World:
    from nornir_nlchat.lab.builder import build_world
    from nornir_nlchat.lab.process import LabConfig, personalities, plan
    from nornir_nlchat.lab.topology import links

    hosts = plan(LabConfig())
    return build_world(hosts, links(hosts), personalities())


def _transcript(world: World, name: str, lines: list[str],
                answers: tuple[str, ...] = ()) -> list[str]:
    """What each line printed (``answers`` are typed when a command asks a question)."""
    printed: list[str] = []
    shell = Shell(world, world.devices[name], "lab", printed.append, FaultBook(world))
    shell.page_length = 0  # no --More-- to answer
    for answer in answers:
        shell.feed(answer + "\r")
    outputs: list[str] = []

    async def go() -> None:
        for line in lines:
            printed.clear()
            await shell.execute(line)
            outputs.append("".join(printed).replace("\r\n", "\n"))
        outputs.append(shell.prompt())

    asyncio.run(go())
    return outputs


def test_nxos_shutdown_by_short_name_and_interfaces_it_does_not_have() -> None:
    world = _default_world()
    port = world.devices["INBLRDC1CSW1"].interfaces["Ethernet1/10"]
    out = _transcript(world, "INBLRDC1CSW1", [
        "configure terminal", "interface Eth1/10", "shutdown",
        "interface Ethernet1/99", "interface foo1", "no shutdown",  # still Ethernet1/10's
        "shutdown", "interface Vlan300", "interface Ethernet1/1-4", "end",
        "show interface Eth1/10"])
    assert out[3].endswith("^\nInvalid range at '^' marker.\n"), out[3]
    assert "Invalid interface format at '^' marker." in out[4]
    assert not any("Invalid" in o for o in out[7:9]), out  # new SVIs and ranges are accepted
    assert not port.admin_up
    assert out[10].startswith("Ethernet1/10 is down (Administratively down)\n"
                              "admin state is down,"), out[10]
    out = _transcript(world, "INBLRDC1CSW1", ["conf t", "int e1/10", "no shut", "end",
                                              "show interface Ethernet1/10"])
    assert port.admin_up and "admin state is up," in out[4]


def test_junos_show_interfaces_one_and_configuration_mode() -> None:
    world = _default_world()
    port = world.devices["INBLRDC1RTR2"].interfaces["xe-0/0/4"]
    assert port.peer is None and port.admin_up
    shows = ["show interfaces xe-0/0/4", "show interfaces xe-0/0/4 detail",
             "show interfaces xe-0/0/4 extensive"]
    for text in _transcript(world, "INBLRDC1RTR2", shows)[:-1]:
        assert text.startswith("Physical interface: xe-0/0/4, Enabled, Physical link is Down\n")
        assert "Physical interface: xe-0/0/5" not in text
    out = _transcript(world, "INBLRDC1RTR2", [
        "configure", "set interfaces xe-0/0/4 disable",
        "show interfaces xe-0/0/4",  # configuration mode shows the candidate configuration
        "run show interfaces xe-0/0/4 terse",  # ... and `run` the state: not committed yet
        "exit", "commit", "exit", "show interfaces xe-0/0/4",
        "show interfaces xe-0/0/4 terse", "show configuration interfaces xe-0/0/4"],
        answers=("no",))
    assert out[2].startswith("disable;\n")
    assert "\nxe-0/0/4                up    down\n" in out[3], out[3]
    assert "Exit with uncommitted changes? [yes,no] (yes) no" in out[4]  # ... so it stays
    assert out[5].startswith("commit complete")
    assert not port.admin_up
    assert out[7].startswith("Physical interface: xe-0/0/4, Administratively down, "
                             "Physical link is Down\n"), out[7]
    assert "\nxe-0/0/4                down  down\n" in out[8]
    assert out[9].startswith("disable;\n")
    out = _transcript(world, "INBLRDC1RTR2", [
        "configure", "delete interfaces xe-0/0/4 disable", "exit", "configure",
        "commit and-quit", "show interfaces xe-0/0/4"], answers=("yes",))
    assert "Exit with uncommitted changes?" in out[2]
    assert "\nExiting configuration mode\n" in out[2] and out[3].startswith("Entering")
    assert port.admin_up and out[5].startswith("Physical interface: xe-0/0/4, Enabled,")


def test_junos_commit_then_show_over_ssh(lab: Lab, world: World) -> None:
    """Netmiko's flow: send_config_set leaves uncommitted changes (Junos asks), commit()
    re-enters and stays in configuration mode, where `show interfaces X` is configuration."""
    name, host = host_for(lab, "juniper_junos")
    port = _free_port(world.devices[name])
    conn = netmiko(host)
    try:
        conn.send_config_set([f"set interfaces {port} disable"])
        assert not conn.check_config_mode()
        conn.commit()
        assert conn.check_config_mode()
        assert conn.send_command(f"show interfaces {port}").strip() == "disable;"
        conn.exit_config_mode()
        text = conn.send_command(f"show interfaces {port}")
        assert f"Physical interface: {port}, Administratively down," in text, text
        conn.send_config_set([f"delete interfaces {port} disable"])
        conn.commit(and_quit=True)
        text = conn.send_command(f"show interfaces {port}")
        assert f"Physical interface: {port}, Enabled," in text, text
    finally:
        conn.disconnect()
