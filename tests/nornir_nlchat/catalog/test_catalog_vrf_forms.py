"""A VRF named in the request reaches the command where the platform has a per-VRF form.

And a VLAN list or range goes only into commands whose real syntax takes one; where the
command takes a single VLAN, the request is asked back (a device would reject the list).
"""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.intents import get
from nornir_nlchat.catalog.render import OneVlanOnly, render
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.provider import load_provider
from nornir_nlchat.translate.result import Translation


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [load_provider("catalog")])


def _command(platform: str, query: str) -> str | None:
    answer = _ask(platform, query)
    assert answer.status == "ok", (query, answer.status, answer.reason)
    return answer.command


@pytest.mark.parametrize(("platform", "query", "command"), [
    # one BGP neighbour in a VRF
    ("cisco_nxos", "bgp neighbor 10.0.0.2 in vrf RED", "show ip bgp neighbors 10.0.0.2 vrf RED"),
    ("arista_eos", "bgp neighbor 10.0.0.2 in vrf RED", "show ip bgp neighbors 10.0.0.2 vrf RED"),
    ("cisco_ios", "bgp neighbor 10.0.0.2 in vrf RED",
     "show ip bgp vpnv4 vrf RED neighbors 10.0.0.2"),
    ("aruba_aoscx", "bgp neighbor 10.0.0.2 in vrf RED",
     "show bgp vrf RED ipv4 unicast neighbors 10.0.0.2"),
    ("juniper_junos", "bgp neighbor 10.0.0.2 in vrf RED",
     "show bgp neighbor instance RED 10.0.0.2"),
    # every BGP neighbour of a VRF in detail
    ("cisco_nxos", "bgp neighbors detail in vrf RED", "show ip bgp neighbors vrf RED"),
    ("juniper_junos", "bgp neighbors detail in vrf RED", "show bgp neighbor instance RED"),
    # BGP summary of a VRF
    ("juniper_junos", "bgp summary for vrf RED", "show bgp summary instance RED"),
    ("cisco_nxos", "bgp summary for vrf RED", "show ip bgp summary vrf RED"),
    # OSPF neighbours of a VRF
    ("cisco_nxos", "ospf neighbors in vrf RED", "show ip ospf neighbors vrf RED"),
    ("arista_eos", "ospf neighbors in vrf RED", "show ip ospf neighbor vrf RED"),
    ("aruba_aoscx", "ospf neighbors in vrf RED", "show ip ospf neighbors vrf RED"),
    ("juniper_junos", "ospf neighbors in vrf RED", "show ospf neighbor instance RED"),
    ("cisco_nxos", "ospf neighbors detail vrf RED", "show ip ospf neighbors detail vrf RED"),
    # ARP of a VRF, and one address in it
    ("cisco_nxos", "arp table in vrf RED", "show ip arp vrf RED"),
    ("arista_eos", "arp table in vrf RED", "show ip arp vrf RED"),
    ("cisco_ios", "arp table in vrf RED", "show ip arp vrf RED"),
    ("aruba_aoscx", "arp table in vrf RED", "show arp vrf RED"),
    ("cisco_ios", "arp for 10.1.1.1 in vrf RED", "show ip arp vrf RED 10.1.1.1"),
    ("cisco_nxos", "arp for 10.1.1.1 in vrf RED", "show ip arp 10.1.1.1 vrf RED"),
    ("arista_eos", "arp for 10.1.1.1 in vrf RED", "show ip arp vrf RED 10.1.1.1"),
    # routes of a VRF
    ("juniper_junos", "routes in vrf RED", "show route table RED.inet.0"),
    ("cisco_nxos", "routes in vrf RED", "show ip route vrf RED"),
])
def test_the_vrf_reaches_the_command(platform: str, query: str, command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("platform", "query", "command"), [
    # IOS OSPF is per process, not per VRF: the command is given, and the answer says so
    ("cisco_ios", "ospf neighbors in vrf RED", "show ip ospf neighbor"),
    ("hp_procurve", "bgp neighbor 10.0.0.2 in vrf RED", "show ip bgp neighbor 10.0.0.2"),
])
def test_a_vrf_the_platform_cannot_filter_by_is_said(platform: str, query: str,
                                                     command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command
    assert "cannot narrow this by vrf" in answer.reason


def test_without_a_vrf_the_plain_form_is_used() -> None:
    assert _command("cisco_nxos", "ospf neighbors") == "show ip ospf neighbors"
    assert _command("juniper_junos", "bgp neighbor 10.0.0.2") == "show bgp neighbor 10.0.0.2"


@pytest.mark.parametrize(("text", "vlan"), [
    ("vlan 10 and 20", "10,20"),
    ("vlans 10, 20 and 30", "10,20,30"),
    ("vlans 10 and vlan 20", "10,20"),
])
def test_vlans_joined_by_and_are_a_list(text: str, vlan: str) -> None:
    assert extract(text).slots["vlan"] == vlan


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "vlan 10 and 20", "show vlan id 10,20"),
    ("cisco_nxos", "vlan 10 and 20", "show vlan id 10,20"),
    ("arista_eos", "vlan 10 and 20", "show vlan 10,20"),
    ("arista_eos", "stp for vlans 10,20", "show spanning-tree vlan 10,20"),
])
def test_a_vlan_list_goes_where_the_command_takes_one(platform: str, query: str,
                                                       command: str) -> None:
    assert _command(platform, query) == command


@pytest.mark.parametrize(("platform", "query"), [
    ("cisco_ios", "mac addresses in vlans 10-20"),
    ("cisco_nxos", "mac addresses in vlan 10 and 20"),
    ("arista_eos", "mac address table for vlans 10,20"),
    ("aruba_aoscx", "vlan 10 and 20"),
    ("aruba_aoscx", "show vlans 10-20"),
    ("hp_procurve", "vlan 10 and 20"),
    ("juniper_junos", "vlans 10-20"),
])
def test_a_vlan_list_for_a_single_vlan_command_is_asked_back(platform: str, query: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "clarify", (answer.status, answer.command)
    assert not answer.command
    assert "single VLAN" in answer.reason


def test_render_refuses_a_list_for_a_single_vlan_form() -> None:
    with pytest.raises(OneVlanOnly):
        render(get("mac_vlan"), get_platform("cisco_ios"), {"vlan": "10-20"})
    one = render(get("mac_vlan"), get_platform("cisco_ios"), {"vlan": "10"})
    assert one.commands == ["show mac address-table vlan 10"]
