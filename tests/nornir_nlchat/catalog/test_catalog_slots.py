"""Slot extraction (any spelling) and per-platform slot formatting."""

from __future__ import annotations

import doctest
import importlib

import pytest

from nornir_nlchat.catalog.extract import extract, mac_hex
from nornir_nlchat.catalog.formatting import SlotError, StyledSlotFormatter, format_interface
from nornir_nlchat.catalog.slots import SlotFormatter
from nornir_nlchat.platforms import get_platform

MODULES = ["text", "interfaces", "extract", "vocab", "matcher", "formatting", "safety"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(f"nornir_nlchat.catalog.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize(("text", "neutral"), [
    ("status of gi0/1", "GigabitEthernet0/1"),
    ("Gig 0/1 please", "GigabitEthernet0/1"),
    ("GigabitEthernet1/0/24", "GigabitEthernet1/0/24"),
    ("TenGigabitEthernet 1/1/1", "TenGigabitEthernet1/1/1"),
    ("te1/1/1", "TenGigabitEthernet1/1/1"),
    ("fa0/3 counters", "FastEthernet0/3"),
    ("eth1/3", "Ethernet1/3"),
    ("e1/5", "Ethernet1/5"),
    ("Et1", "Ethernet1"),
    ("port-channel 10", "Port-channel10"),
    ("po7", "Port-channel7"),
    ("lag1 members", "Port-channel1"),
    ("interface vlan 20", "Vlan20"),
    ("Vlan10", "Vlan10"),
    ("lo0 on the router", "Loopback0"),
    ("mgmt0", "Management0"),
    ("xe-0/0/1", "xe-0/0/1"),
    ("ge-0/0/3.0", "ge-0/0/3.0"),
    ("ae0", "ae0"),
    ("irb.100", "irb.100"),
    ("errors on 1/1/5", "1/1/5"),
    ("port 12", "12"),
    ("interface A1", "A1"),
    ("Twe1/0/3", "TwentyFiveGigE1/0/3"),
])
def test_interface_spellings(text: str, neutral: str) -> None:
    assert extract(text).slots["interface"] == neutral


def test_vlan_with_space_is_a_vlan_not_an_interface() -> None:
    found = extract("macs in vlan 200")
    assert found.slots == {"vlan": "200"}


@pytest.mark.parametrize("mac", ["00:1a:2b:3c:4d:5e", "00-1a-2b-3c-4d-5e", "001a.2b3c.4d5e",
                                 "001a2b-3c4d5e", "001A2B3C4D5E"])
def test_mac_in_any_notation(mac: str) -> None:
    assert extract(f"where is {mac}").slots["mac"] == "001a2b3c4d5e"
    assert mac_hex(mac) == "001a2b3c4d5e"


@pytest.mark.parametrize(("text", "prefix"), [
    ("route to 10.0.0.0/8", "10.0.0.0/8"),
    ("route to 172.16.5.0 255.255.255.0", "172.16.5.0/24"),
    ("route to 172.16.5.0 mask 255.255.0.0", "172.16.0.0/16"),
    ("10.1.2.3/24", "10.1.2.0/24"),
])
def test_prefix_with_length_or_mask(text: str, prefix: str) -> None:
    assert extract(text).slots["prefix"] == prefix


def test_ip_vrf_count_acl() -> None:
    assert extract("ping 10.0.0.5 in vrf MGMT 3 times").slots == {
        "ip": "10.0.0.5", "vrf": "MGMT", "count": "3"}
    assert extract("arp entries in the mgmt vrf").slots["vrf"] == "mgmt"
    assert extract("ping 10.5.5.5 vrf mgmt").slots["vrf"] == "mgmt"
    assert extract("last 50 log lines").slots["count"] == "50"
    assert extract("access list BLOCK-GUEST hits").slots["acl"] == "BLOCK-GUEST"
    assert extract("entries of access-list 101").slots["acl"] == "101"
    assert "acl" not in extract("show the acls").slots


def test_names_with_unsafe_characters_are_refused_by_the_formatter() -> None:
    formatter = StyledSlotFormatter()
    with pytest.raises(SlotError):
        formatter.format_slot("vrf", "A;reload")
    with pytest.raises(SlotError):
        formatter.format_slot("pattern", "x | redirect flash:y")


@pytest.mark.parametrize(("platform", "kind", "value", "written"), [
    ("cisco_ios", "mac", "001a2b3c4d5e", "001a.2b3c.4d5e"),
    ("cisco_nxos", "mac", "001a2b3c4d5e", "001a.2b3c.4d5e"),
    ("arista_eos", "mac", "001a2b3c4d5e", "001a.2b3c.4d5e"),
    ("aruba_aoscx", "mac", "001a2b3c4d5e", "00:1a:2b:3c:4d:5e"),
    ("hp_procurve", "mac", "001a2b3c4d5e", "001a2b-3c4d5e"),
    ("juniper_junos", "mac", "001a2b3c4d5e", "00:1a:2b:3c:4d:5e"),
    ("cisco_ios", "prefix", "10.0.0.0/16", "10.0.0.0 255.255.0.0"),
    ("cisco_nxos", "prefix", "10.0.0.0/16", "10.0.0.0/16"),
    ("juniper_junos", "prefix", "10.0.0.0/16", "10.0.0.0/16"),
    ("aruba_aoscx", "interface", "GigabitEthernet1/1/5", "1/1/5"),
    ("aruba_aoscx", "interface", "Port-channel1", "lag1"),
    ("aruba_aoscx", "interface", "Vlan10", "vlan10"),
    ("hp_procurve", "interface", "Port-channel2", "Trk2"),
    ("hp_procurve", "interface", "12", "12"),
    ("juniper_junos", "interface", "Port-channel0", "ae0"),
    ("juniper_junos", "interface", "Vlan10", "irb.10"),
    ("juniper_junos", "interface", "ge-0/0/1", "ge-0/0/1"),
    ("cisco_nxos", "interface", "Port-channel10", "port-channel10"),
    ("arista_eos", "interface", "Ethernet49/1", "Ethernet49/1"),
    ("juniper_junos", "protocol", "connected", "direct"),
    ("juniper_junos", "section", "bgp", "protocols bgp"),
    ("cisco_ios", "section", "bgp", "router bgp"),
    ("cisco_ios", "filesystem", "bootflash", "bootflash:"),
])
def test_platform_notation(platform: str, kind: str, value: str, written: str) -> None:
    formatter = get_platform(platform).slot_formatter
    assert isinstance(formatter, SlotFormatter)
    assert formatter.format_slot(kind, value) == written


def test_short_interface_style() -> None:
    assert format_interface("TenGigabitEthernet1/1/1", "short") == "Te1/1/1"
