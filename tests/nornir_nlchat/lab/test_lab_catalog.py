"""Every read-only catalog command of every platform answers in the platform's format.

The catalogs grow while the project grows: this test walks whatever ``COMMANDS`` holds, fills
the slots with values from the device's own state and checks the lab's answer is not an error.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from nornir_nlchat.lab import Lab
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.render import mac_style
from nornir_nlchat.lab.state import Device
from nornir_nlchat.lab.topology import links
from nornir_nlchat.platforms.registry import get_platform
from tests.nornir_nlchat.lab.helpers import PLATFORMS, host_for, netmiko

ERRORS = re.compile(r"% Invalid|% Incomplete|% Ambiguous|% Unknown command|Invalid input|"
                    r"Incomplete input|Ambiguous input|syntax error|unknown command|"
                    r"Command incomplete|is ambiguous")
MAC_STYLE = {"aruba_aoscx": "colon", "hp_procurve": "halves", "juniper_junos": "colon"}
VRF = {"cisco_ios": "Mgmt-vrf", "cisco_nxos": "management", "arista_eos": "MGMT",
       "aruba_aoscx": "mgmt", "hp_procurve": "default", "juniper_junos": "mgmt_junos"}


@pytest.fixture(scope="module")
def world() -> Any:
    hosts = plan(LabConfig())
    return build_world(hosts, links(hosts), personalities())


def slot_values(dev: Device) -> dict[str, str]:
    """Values for catalog slots, taken from the device's state."""
    port = next(i for i in dev.physical() if i.up)
    mac = dev.mac_table[0].mac if dev.mac_table else dev.base_mac
    arp = dev.arp[0].ip if dev.arp else dev.mgmt_ip
    prefix = next((r.prefix for r in dev.routes if r.protocol == "connected" and not r.vrf),
                  "10.1.10.0/24")
    net, length = prefix.split("/")
    mask = ".".join(str((0xFFFFFFFF << (32 - int(length)) >> (24 - 8 * k)) & 0xFF)
                    for k in range(4))
    neighbor = dev.bgp.neighbors[0].ip if dev.bgp else (
        dev.ospf.neighbors[0].ip if dev.ospf and dev.ospf.neighbors else arp)
    values = {"interface": port.name, "port": port.name, "vlan": "10", "vlan_id": "10",
              "ip": arp, "address": arp, "neighbor": neighbor, "peer": neighbor,
              "prefix": prefix, "network": net, "mask": mask,
              "mac": mac_style(mac, MAC_STYLE.get(dev.platform, "dotted")),
              "vrf": VRF[dev.platform], "acl": "BLOCK-GUEST", "name": "BLOCK-GUEST",
              "count": "5", "n": "5", "lines": "20", "section": "interface",
              "pattern": "up", "keyword": "up", "text": "up", "target": arp, "host": arp,
              "destination": arp}
    return values


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_catalog_command_answers(lab: Lab, world: Any, platform: str) -> None:
    specs = [s for s in get_platform(platform).commands if s.read_only]
    if not specs:
        pytest.skip(f"{platform} catalog is empty")
    roles = ("core_switch", "router", "switch", "firewall")
    name, host = next(((n, h) for role in roles for n, h in [_try(lab, platform, role)] if n),
                      (None, None))
    assert name and host
    dev = world.devices[name]
    values = slot_values(dev)
    conn = netmiko(host)
    failures, skipped = [], []
    try:
        for spec in specs:
            missing = [s for s in spec.slots if s not in values]
            if missing:
                skipped.append((spec.command, missing))
                continue
            command = spec.command.format(**values)
            out = conn.send_command(command, read_timeout=20)
            if ERRORS.search(out):
                failures.append((command, out.strip().splitlines()[-1:]))
    finally:
        conn.disconnect()
    assert not failures, failures
    assert len(skipped) < len(specs), skipped


def _try(lab: Lab, platform: str, role: str) -> tuple[str | None, Any]:
    try:
        return host_for(lab, platform, role)
    except LookupError:
        return None, None
