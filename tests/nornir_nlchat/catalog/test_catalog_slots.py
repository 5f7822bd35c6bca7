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


# ---- slots in every notation (benchmarks/data/nl2cli_slots.jsonl) ---------------------------

def _command(platform: str, query: str) -> str | None:
    from nornir_nlchat.translate.chain import run_chain
    from nornir_nlchat.translate.provider import load_provider

    answer = run_chain(query, get_platform(platform), [load_provider("catalog")])
    assert answer.status == "ok", (query, answer.status, answer.message)
    return answer.command


@pytest.mark.parametrize(("platform", "query", "command"), [
    # a MAC written as twelve digits only (no hex letter) is still a MAC
    ("cisco_ios", "find mac 001122334455", "show mac address-table address 0011.2233.4455"),
    ("aruba_aoscx", "where is 001122334455",
     "show mac-address-table address 00:11:22:33:44:55"),
    ("hp_procurve", "where is 001122334455", "show mac-address 001122-334455"),
    ("juniper_junos", "which port has 009988776655",
     "show ethernet-switching table | match 00:99:88:77:66:55"),
])
def test_a_digits_only_mac(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "show interface vlan 10", "show interfaces Vlan10"),
    ("cisco_ios", "show int Vlan20", "show interfaces Vlan20"),
    ("cisco_nxos", "show interface vlan 50", "show interface Vlan50"),
    ("arista_eos", "the vlan 30 interface", "show interfaces Vlan30"),
    ("aruba_aoscx", "show interface vlan 10", "show interface vlan10"),
])
def test_interface_vlan_is_the_svi(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "which ports are in vlan 10", "show vlan id 10"),
    ("aruba_aoscx", "vlan 10 interfaces", "show vlan 10"),
])
def test_ports_of_a_vlan_stay_the_vlan(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("text", "neutral"), [
    ("status of port channel 5", "Port-channel5"),
    ("errors on gigabit ethernet 1/0/15", "GigabitEthernet1/0/15"),
    ("show interface ten gig 1/1/5", "TenGigabitEthernet1/1/5"),
    ("fast ethernet 0/3 counters", "FastEthernet0/3"),
    ("show interface Vxlan1", "Vxlan1"),
    ("show interface ge-0/0/3 unit 100", "ge-0/0/3.100"),
    ("config of lo0 unit 0", "Loopback0.0"),
    ("ae1 logical unit 20", "ae1.20"),
    ("show interface irb unit 20", "irb.20"),
])
def test_more_interface_spellings(text: str, neutral: str) -> None:
    assert extract(text).slots["interface"] == neutral


@pytest.mark.parametrize(("platform", "query", "command"), [
    # "sh int et 4": "et" is Ethernet before its number, not a shortened "etherchannel"
    ("arista_eos", "show interface et 4", "show interfaces Ethernet4"),
    ("arista_eos", "sh int po 20", "show interfaces Port-Channel20"),
    ("juniper_junos", "lo0 unit 0 config", "show configuration interfaces lo0.0"),
    ("cisco_ios", "Gi1/0/16's counters", "show interfaces GigabitEthernet1/0/16 counters"),
])
def test_interface_names_in_the_command(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("text", "vlan"), [
    ("show vlans 10-20", "10-20"),
    ("vlans 10 to 20", "10-20"),
    ("vlan 10 through 12", "10-12"),
    ("vlans 10,20,30", "10,20,30"),
    ("vlan=15", "15"),
    ("vlan ids 7-9", "7-9"),
    ("vlans 20-10", "20"),  # not a range: the first VLAN only
])
def test_vlan_ranges_and_lists(text: str, vlan: str) -> None:
    assert extract(text).slots["vlan"] == vlan


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "show vlans 10-20", "show vlan id 10-20"),
    ("cisco_nxos", "vlans 100 to 110", "show vlan id 100-110"),
    ("arista_eos", "show vlan 10,20", "show vlan 10,20"),
    ("cisco_ios", "stp for vlans 10-12", "show spanning-tree vlan 10-12"),
])
def test_a_vlan_range_is_carried_over(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("text", "prefix"), [
    ("routes for 10.60.0.0 with mask 255.255.0.0", "10.60.0.0/16"),
    ("route 10.8.0.0 netmask 255.255.0.0", "10.8.0.0/16"),
    ("route to 10.9.0.0 with the subnet mask 255.255.255.0", "10.9.0.0/24"),
    ("route to 10.9.0.0 (255.255.0.0)", "10.9.0.0/16"),
    ("route for 10.50.0.0 prefix length 16", "10.50.0.0/16"),
    ("route for 10.51.0.0 with a length of 24", "10.51.0.0/24"),
])
def test_prefix_with_mask_or_length_in_words(text: str, prefix: str) -> None:
    assert extract(text).slots["prefix"] == prefix


def test_prefix_in_words_on_ios_is_address_and_mask() -> None:
    assert _command("cisco_ios", "routes for 10.60.0.0 with mask 255.255.0.0") == \
        "show ip route 10.60.0.0 255.255.0.0"


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("show acl 'ACL_IN'", "acl", "ACL_IN"),
    ('ping 10.1.1.1 in vrf "MGMT"', "vrf", "MGMT"),
    ("show the ACL_IN acl", "acl", "ACL_IN"),
    ("hits on the VTY-IN access list", "acl", "VTY-IN"),
    ("show the 101 access-list", "acl", "101"),
    ("route to 10.70.1.0/24 in vrf=BLUE", "vrf", "BLUE"),
    ("arp in vrf: RED", "vrf", "RED"),
])
def test_names_quoted_before_or_after_their_word(text: str, kind: str, name: str) -> None:
    assert extract(text).slots[kind] == name


def test_an_english_word_before_acl_is_no_name() -> None:
    assert "acl" not in extract("show the inbound acl").slots
    assert "acl" not in extract("show IP acl").slots
    assert "text" not in extract("show acl 'ACL_IN'").slots


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("hp_procurve", "name of port 6", "show name 6"),
    ("hp_procurve", "port 8 name", "show name 8"),
    ("hp_procurve", "show name of all ports", "show name"),
    ("cisco_ios", "name of interface gi1/0/1",
     "show interfaces GigabitEthernet1/0/1 description"),
])
def test_a_port_name_is_its_description(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("platform", "query"), [
    ("cisco_ios", "shut gigabit ethernet 1/0/1"),
    ("arista_eos", "no shut ten gig 1/1/1"),
    ("cisco_nxos", "delete vlans 10-20"),
    ("aruba_aoscx", "set description of port channel 5 to core"),
    ("juniper_junos", "disable ge-0/0/3 unit 100"),
    ("hp_procurve", "set the name of port 6 to printer"),
])
def test_changes_in_the_new_notations_are_refused(platform: str, query: str) -> None:
    from nornir_nlchat.translate.chain import run_chain
    from nornir_nlchat.translate.provider import load_provider

    answer = run_chain(query, get_platform(platform), [load_provider("catalog")])
    assert answer.status == "refused"
    assert not answer.command and not answer.commands
