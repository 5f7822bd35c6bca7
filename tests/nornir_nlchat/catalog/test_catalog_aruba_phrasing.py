"""General behaviour the Aruba probe (benchmarks/data/nl2cli_aruba.jsonl) exposed: more words
for the MAC and routing tables, optics and MC-LAG consistency, LACP partners per member
port, "table" as a topic word, LAG membership questions, equally good readings a platform
lacks, and AOS-S stack-member port names. The examples are worded differently from the probe
on purpose."""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.matcher import analyse, rank
from nornir_nlchat.catalog.safety import detect
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [CatalogProvider()])


def _intent(query: str) -> str:
    return rank(analyse(query))[0].intent.name


@pytest.mark.parametrize(("query", "intent"), [
    ("print the l2 forwarding table", "mac_all"),
    ("entries in the bridging table", "mac_all"),
    ("ip forwarding table please", "routes_all"),
    ("which optic modules are fitted", "transceivers_all"),
    ("is the mlag configuration sync ok", "mlag_consistency"),
    ("lacp partner state of the member ports", "lacp_neighbors"),
    ("what are the addresses on each vlan", "ip_interfaces"),
])
def test_more_vocabulary_reaches_the_right_intent(query: str, intent: str) -> None:
    assert _intent(query) == intent


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("aruba_aoscx", "dump the bgp table", "show bgp ipv4 unicast"),
    ("cisco_ios", "full bgp table", "show ip bgp"),
    ("aruba_aoscx", "port table", "show interface brief"),
    ("hp_procurve", "table of the interfaces", "show interfaces brief"),
])
def test_table_names_a_table_not_a_brief_view(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("aruba_aoscx", "what ports belong to lag 4", "show lacp aggregates lag4"),
    ("hp_procurve", "list the members of trk3", "show trunks"),
    ("cisco_nxos", "which interfaces are in po7", "show port-channel summary"),
])
def test_lag_membership_asks_for_the_aggregation(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command


def test_one_lag_alone_is_still_the_interface() -> None:
    assert _ask("aruba_aoscx", "how is lag 4 doing").command == "show interface lag4"


def test_a_tied_reading_the_platform_has_answers() -> None:
    # AOS-CX has no file system listing but lists its firmware images
    answer = _ask("aruba_aoscx", "which firmware images sit on the flash")
    assert answer.status == "ok" and answer.command == "show images"
    # a platform with a file system listing keeps it
    assert _ask("cisco_ios", "which firmware images sit on the flash").command == "dir flash:"
    # with no equally good reading the platform's reason is still given
    assert _ask("aruba_aoscx", "list files in flash").status == "clarify"


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("hp_procurve", "poe draw for port 14", "show power-over-ethernet 14"),
    ("aruba_aoscx", "poe on interface 1/1/20", "show power-over-ethernet 1/1/20"),
])
def test_poe_on_a_named_port(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command


def test_aos_s_stack_member_lettered_port_is_an_interface() -> None:
    assert extract("counters on 2/B7").slots.get("interface") == "2/B7"
    answer = _ask("hp_procurve", "is 2/B7 up")
    assert answer.status == "ok" and answer.command == "show interfaces 2/B7"


@pytest.mark.parametrize("query", [
    "put 1/1/4 in vlan 30 untagged", "untag port 6 from vlan 12", "tag 1/1/49 for vlan 40",
    "i want the lag 2 members changed",
])
def test_vlan_membership_changes_stay_refused(query: str) -> None:
    assert detect(query) is not None
    answer = _ask("hp_procurve", query)
    assert answer.status == "refused" and not answer.command
