"""Helpers shared by the lab tests: pick hosts, connect, fill catalog slots, run commands."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterable, Sequence
from typing import Any

from nornir_nlchat.lab import Lab
from nornir_nlchat.lab.faults import FaultBook
from nornir_nlchat.lab.shell import Shell
from nornir_nlchat.lab.state import Device, Interface
from nornir_nlchat.lab.world import World
from nornir_nlchat.platforms.contract import CommandSpec
from nornir_nlchat.platforms.registry import get_platform

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")

# The management VRF as each platform names it (what a user would type).
MGMT_VRF = {"cisco_ios": "Mgmt-vrf", "cisco_nxos": "management", "arista_eos": "MGMT",
            "aruba_aoscx": "mgmt", "hp_procurve": "default", "juniper_junos": "mgmt_junos"}


def direct_hosts(lab: Lab) -> dict[str, dict[str, Any]]:
    """Hosts reachable without the jump host."""
    return {n: h for n, h in lab.hosts().items() if not h["data"].get("jump_host")}


def host_for(lab: Lab, platform: str, role: str | None = None) -> tuple[str, dict[str, Any]]:
    """The first directly reachable host of ``platform`` (and ``role``)."""
    for name, h in direct_hosts(lab).items():
        if h["platform"] == platform and (role is None or h["data"]["role"] == role):
            return name, h
    raise LookupError(f"no {platform} {role or ''} host in the lab")


def one_per_role(lab: Lab) -> dict[str, dict[str, Any]]:
    """One directly reachable host of every (platform, role) the lab has."""
    seen: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for name, h in direct_hosts(lab).items():
        seen.setdefault((h["platform"], h["data"]["role"]), (name, h))
    return dict(seen.values())


def netmiko(host: dict[str, Any], **extra: Any) -> Any:
    """A Netmiko connection to a lab host."""
    from netmiko import ConnectHandler

    return ConnectHandler(device_type=host["platform"], host=host["hostname"],
                          port=host["port"], username="lab", password="lab-pass",
                          secret="lab-enable",
                          **extra)


def _first(ifaces: Iterable[Interface], default: Interface | None = None) -> Interface | None:
    return next(iter(ifaces), default)


def slot_values(dev: Device, spec: CommandSpec) -> dict[str, str]:
    """Values for a catalog command's slots, taken from the device's state.

    The values suit the command's intent (a BGP neighbour for BGP commands, an optic for
    transceiver commands...), so that its output carries data a parser can check.
    """
    fmt = get_platform(dev.platform).slot_formatter

    def f(kind: str, value: str) -> str:
        return fmt.format_slot(kind, value) if fmt is not None else value

    intent = spec.intent
    phys = [i for i in dev.physical() if i.up]
    port = phys[0]
    if intent.startswith(("transceiver", "interface_errors")):
        port = _first((i for i in phys if i.speed >= 10000), port) or port
    elif intent.startswith("poe"):
        port = _first((i for i in phys if i.poe), port) or port
    elif intent == "mac_interface" and dev.mac_table:
        port = dev.interfaces[dev.mac_table[0].port]
    elif intent.startswith(("lldp", "cdp")):
        port = _first((i for i in phys if i.peer), port) or port
    elif intent == "arp_interface":  # an interface the device has learned ARP entries on
        port = next((dev.interfaces[e.interface] for e in dev.arp
                     if not e.vrf and e.interface in dev.interfaces), port)
    elif intent in ("port_channels", "lacp_neighbors"):
        port = _first((i for i in dev.interfaces.values() if i.kind == "lag"), port) or port
    elif intent.startswith("ip_interface"):
        routed = (i for i in dev.interfaces.values()
                  if i.ipv4 and not i.vrf and i.kind in ("ethernet", "vlan") and i.up)
        port = _first(routed, port) or port
    vrf = "mgmt" if "vrf" in spec.slots else ""
    arp = next((e.ip for e in dev.arp if e.vrf == vrf), dev.mgmt_ip)
    ip = arp
    if intent.startswith("bgp") and dev.bgp:
        ip = dev.bgp.neighbors[0].ip
    elif intent.startswith("ospf") and dev.ospf and dev.ospf.neighbors:
        ip = dev.ospf.neighbors[0].ip
    prefix = next((r.prefix for r in dev.routes if r.protocol == "connected" and r.vrf == vrf),
                  "10.1.10.0/24")
    net, _length = prefix.split("/")
    mac = dev.mac_table[0].mac if dev.mac_table else dev.base_mac
    vlan = "10" if 10 in dev.vlans else str(min(dev.vlans, default=1))
    return {
        "interface": port.name, "vlan": vlan, "ip": ip, "vrf": MGMT_VRF[dev.platform],
        "prefix": f("prefix", prefix), "network": net,
        "mask": str(ipaddress.IPv4Network(prefix).netmask), "mac": f("mac", mac),
        "acl": "BLOCK-GUEST", "count": "5", "pattern": "up", "section": f("section", "bgp"),
        "section_text": "interface", "filesystem": f("filesystem", "flash"),
        "protocol": f("protocol", "connected"),
    }


def catalog_lines(dev: Device) -> list[tuple[CommandSpec, list[str]]]:
    """Every read-only catalog entry of the device's platform, as the command lines to send.

    A multi-line entry (``show environment fan\\nshow environment temperature``) is several
    commands, sent one by one, as the catalog provider does.
    """
    out = []
    for spec in get_platform(dev.platform).commands:
        if spec.read_only:
            text = spec.command.format(**slot_values(dev, spec))
            out.append((spec, [line.strip() for line in text.splitlines() if line.strip()]))
    return out


def run_in_process(world: World, dev: Device, lines: Sequence[str]) -> dict[str, str]:
    """Run command lines on a device's shell in this process (no SSH); output by line."""
    out: list[str] = []
    shell = Shell(world, dev, world.credentials.username, out.append, FaultBook(world))
    shell.page_length = 0
    answers: dict[str, str] = {}

    async def go() -> None:
        for line in lines:
            out.clear()
            await shell.execute(line)
            answers[line] = "".join(out).replace(shell.nl, "\n")

    asyncio.run(go())
    return answers


def run_over_ssh(host: dict[str, Any], lines: Sequence[str]) -> dict[str, str]:
    """Run command lines with Netmiko on a lab host; output by line."""
    conn = netmiko(host)
    try:
        return {line: conn.send_command(line, read_timeout=20) for line in dict.fromkeys(lines)}
    finally:
        conn.disconnect()
