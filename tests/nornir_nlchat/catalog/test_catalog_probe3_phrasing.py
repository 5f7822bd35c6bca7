"""A third unseen probe: negations, superlatives, PoE as watts, lettered AOS-S ports and
CLI-typed filters.

Each group below failed (or answered the wrong thing) before the fix it names; the requests
are small varied sets, not copies of benchmarks/data/nl2cli_probe3.jsonl.
"""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.matcher import analyse
from nornir_nlchat.catalog.vocab import _stem
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation

PROVIDER = CatalogProvider()


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [PROVIDER])


# ---- negated / state words: "not up", "admin down", "shut" describe a port's state -------
@pytest.mark.parametrize("query", [
    "which interfaces are not up",
    "ports that are not up",
    "list the ports not in use",
    "which links are admin down",
    "which ports are shut",
])
def test_negated_states_ask_for_interface_status(query: str) -> None:
    answer = _ask("cisco_ios", query)
    assert answer.status == "ok" and answer.intent == "interfaces_status", answer


def test_a_session_not_up_is_still_the_protocol_summary() -> None:
    assert _ask("cisco_ios", "bgp peers that are not up").intent == "bgp_summary"


@pytest.mark.parametrize("query", ["admin down gi1/0/3", "shut the port gi1/0/3 please",
                                   "could you disable 1/1/7"])
def test_state_words_as_orders_are_still_refused(query: str) -> None:
    answer = _ask("aruba_aoscx", query)
    assert answer.status == "refused" and not answer.command


# ---- superlatives and port load ------------------------------------------------------------
def test_superlatives_fold_to_their_base_word() -> None:
    assert (_stem("busiest"), _stem("highest"), _stem("biggest")) == ("busy", "high", "big")


@pytest.mark.parametrize("query", ["busiest interface", "which uplink is most utilized",
                                   "how loaded are the ports", "the busiest ports on this switch"])
def test_port_load_without_a_name_is_the_traffic_counters(query: str) -> None:
    answer = _ask("cisco_ios", query)
    assert answer.intent == "interfaces_counters", answer


@pytest.mark.parametrize("query", ["busiest processes", "highest cpu processes",
                                   "how busy is the cpu"])
def test_load_of_something_else_stays_with_it(query: str) -> None:
    assert _ask("cisco_ios", query).intent == "cpu"


# ---- power drawn by a port is PoE -----------------------------------------------------------
@pytest.mark.parametrize(("platform", "query", "command"), [
    ("aruba_aoscx", "how many watts is 1/1/12 drawing", "show power-over-ethernet 1/1/12"),
    ("cisco_ios", "is the AP on gi1/0/20 powered", "show power inline GigabitEthernet1/0/20"),
    ("hp_procurve", "power draw on A4", "show power-over-ethernet A4"),
    ("aruba_aoscx", "power draw per port", "show power-over-ethernet"),
])
def test_power_with_a_port_is_poe(platform: str, query: str, command: str) -> None:
    assert _ask(platform, query).command == command


@pytest.mark.parametrize("query", ["power supply status", "how many watts are the psus giving",
                                   "rx power on te1/1/1"])
def test_power_of_psus_or_optics_is_not_poe(query: str) -> None:
    assert _ask("cisco_ios", query).intent in {"env_power", "transceiver_one"}


# ---- AOS-S lettered module ports on their own ------------------------------------------------
@pytest.mark.parametrize(("query", "port"), [("A1 status", "A1"), ("is B12 up?", "B12"),
                                             ("errors on C3", "C3")])
def test_a_lettered_port_alone_is_an_interface(query: str, port: str) -> None:
    assert extract(query).slots.get("interface") == port


@pytest.mark.parametrize("query", ["a1 status", "the AB1 uplink", "F500 reachable?"])
def test_other_letter_number_tokens_are_not_ports(query: str) -> None:
    assert "interface" not in extract(query).slots


def test_lettered_port_renders_on_aos_s() -> None:
    assert _ask("hp_procurve", "A1 status").command == "show interfaces A1"


# ---- the root bridge of a VLAN, root cause, topology changes --------------------------------
@pytest.mark.parametrize("query", ["who is the root bridge for vlan 10",
                                   "root port for vlan 10?"])
def test_root_of_a_vlan_is_that_vlans_spanning_tree(query: str) -> None:
    assert _ask("cisco_ios", query).command == "show spanning-tree vlan 10"


def test_root_cause_is_a_reason_not_stp() -> None:
    assert _ask("cisco_ios", "root cause of the last reload").intent == "reload_cause"


def test_topology_changes_are_spanning_tree() -> None:
    assert _ask("cisco_ios", "when was the last topology change").intent == "stp_all"


# ---- small vocabulary gaps ----------------------------------------------------------------------
@pytest.mark.parametrize(("platform", "query", "intent"), [
    ("cisco_ios", "boot variable", "boot_images"),
    ("aruba_aoscx", "is the isl up", "mlag"),
    ("juniper_junos", "fpc status", "modules"),
    ("juniper_junos", "vc members", "stack"),
    ("cisco_nxos", "all vrf routes", "routes_all_vrfs"),
])
def test_vocabulary_additions(platform: str, query: str, intent: str) -> None:
    assert _ask(platform, query).intent == intent


# ---- slots kept: a MAC of an IP, a prefix with a protocol, LAG members, CLI filters ----------
@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "mac addr of 10.1.1.5", "show ip arp 10.1.1.5"),
    ("aruba_aoscx", "what mac does 10.1.1.9 have", "show arp ip 10.1.1.9"),
])
def test_the_mac_of_an_address_is_its_arp_entry(platform: str, query: str, command: str) -> None:
    assert _ask(platform, query).command == command


@pytest.mark.parametrize("query", ["bgp routes for 10.0.0.0/8", "static route for 10.0.0.0/8"])
def test_a_prefix_named_with_a_protocol_is_kept(query: str) -> None:
    assert _ask("cisco_ios", query).command == "show ip route 10.0.0.0 255.0.0.0"


def test_junos_ae_members_are_the_lag() -> None:
    assert _ask("juniper_junos", "ae1 members").command == "show lacp interfaces ae1"


@pytest.mark.parametrize(("query", "word"), [("sh log | i OSPF", "OSPF"),
                                             ("show logging |include LINK-3", "LINK-3"),
                                             ("show log | grep BGP", "BGP")])
def test_cli_pipe_filters_become_the_pattern(query: str, word: str) -> None:
    assert extract(query).slots.get("pattern") == word


def test_shortened_cli_word_is_not_taken_for_a_vrf() -> None:
    assert "vrf" not in analyse("sh ip ro vrf all").slots
    assert _ask("cisco_nxos", "sh ip ro vrf all").command == "show ip route vrf all"
