"""General behaviour added for phrasings nobody tuned for (see benchmarks/data/README section
in docs/translation.md): vocabulary families, slot notations, new intents, scoring ties and
more ways of asking for a change. Every family is checked on every platform."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.matcher import analyse, rank
from nornir_nlchat.catalog.safety import detect
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation

PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]
SET = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "nl2cli_paraphrase.jsonl"


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [CatalogProvider()])


def _intent(query: str) -> str:
    return rank(analyse(query))[0].intent.name


# ---------------------------------------------------------------- vocabulary families
@pytest.mark.parametrize(("query", "intent"), [
    ("ospf database", "ospf_database"),          # "database" is the LSDB, not a table
    ("ospf lsdb", "ospf_database"),
    ("resource utilisation", "cpu"),             # system resources
    ("routing-engine status", "cpu"),            # Junos RE / supervisor
    ("how warm is the box running", "env_temperature"),
    ("what line cards are in the chassis", "modules"),   # tie broken by the required topic
    ("chassis alarms", "alarms"),
    ("any active alarms?", "alarms"),
    ("fex status", "fex"),
    ("are the fabric extenders online", "fex"),
    ("mlag config sanity", "mlag_consistency"),
    ("vpc consistency check", "mlag_consistency"),
    ("vsx config mismatch", "mlag_consistency"),
    ("lacp peers", "lacp_neighbors"),
    ("boot history", "reload_cause"),
    ("which hosts are learned on Ethernet12", "mac_interface"),
    ("ge-0/0/1 extensive", "interface_detail"),
    ("arp entries on gi0/1", "arp_interface"),
    ("anything in the arp table for vlan 50?", "arp_interface"),
    ("whats the default route", "route_prefix"),
])
def test_synonym_family_reaches_its_intent(query: str, intent: str) -> None:
    assert _intent(query) == intent


def test_learned_on_a_port_stays_a_routing_question_when_routes_are_named() -> None:
    assert _intent("routes learned on gi0/1") != "mac_interface"


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("query", "intent"), [
    ("mlag config sanity", "mlag_consistency"),
    ("chassis alarms", "alarms"),
    ("fex status", "fex"),
    ("ge-0/0/1 extensive", "interface_detail"),
    ("arp entries on vlan 50", "arp_interface"),
])
def test_new_intents_answer_or_explain_on_every_platform(platform: str, query: str,
                                                         intent: str) -> None:
    answer = _ask(platform, query)
    assert answer.intent == intent
    if get_platform(platform).commands_for(intent):
        assert answer.status == "ok" and answer.command
    else:  # the plugin says why (UNSUPPORTED) and asks back, never a wrong command
        assert answer.status == "clarify" and not answer.command
        assert answer.reason


@pytest.mark.parametrize(("platform", "command"), [
    ("cisco_nxos", "show vpc consistency-parameters global"),
    ("arista_eos", "show mlag config-sanity"),
    ("aruba_aoscx", "show vsx config-consistency"),
    ("juniper_junos", "show multi-chassis mc-lag configuration-consistency"),
])
def test_mlag_consistency_commands(platform: str, command: str) -> None:
    assert _ask(platform, "are the mlag peers consistent").command == command


def test_junos_vocabulary() -> None:
    assert _ask("juniper_junos", "chassis alarms").command == "show chassis alarms"
    assert _ask("juniper_junos", "ge-0/0/1 extensive").command == \
        "show interfaces ge-0/0/1 extensive"
    assert _ask("juniper_junos", "lacp on ae0").command == "show lacp interfaces ae0"
    assert _ask("juniper_junos", "show chassis fpc").command == "show chassis fpc"


def test_aos_s_trunk_means_lag() -> None:
    assert _ask("hp_procurve", "which ports are trunking").command == "show trunks"
    assert _ask("hp_procurve", "trunk status").command == "show trunks"
    # elsewhere a trunk carries tagged VLANs
    assert _ask("cisco_ios", "trunk status").command == "show interfaces trunk"


# ---------------------------------------------------------------- slot notations
@pytest.mark.parametrize(("text", "slots"), [
    ("grep the logs for LINEPROTO", {"pattern": "LINEPROTO"}),
    ("search the log for BGP messages", {"pattern": "BGP"}),
    ("whats the default route", {"prefix": "0.0.0.0/0"}),
    ("gateway of last resort", {"prefix": "0.0.0.0/0"}),
    ("poe on 14", {"interface": "14"}),
    ("lldp for port 24?", {"interface": "24"}),
])
def test_more_slot_notations(text: str, slots: dict[str, str]) -> None:
    found = extract(text).slots
    assert {k: found.get(k) for k in slots} == slots


def test_a_trailing_number_is_not_a_port_when_it_counts_something() -> None:
    assert "interface" not in extract("uptime for 3 days").slots
    assert "interface" not in extract("ping 10.0.0.1 5 times").slots


@pytest.mark.parametrize(("platform", "command"), [
    ("cisco_ios", "show ip route 0.0.0.0 0.0.0.0"),
    ("cisco_nxos", "show ip route 0.0.0.0/0"),
    ("arista_eos", "show ip route 0.0.0.0/0"),
    ("aruba_aoscx", "show ip route 0.0.0.0/0"),
    ("juniper_junos", "show route 0.0.0.0/0"),
])
def test_default_route_on_every_platform(platform: str, command: str) -> None:
    assert _ask(platform, "what's the default route?").command == command


# ---------------------------------------------------------------- change requests
CHANGES = [
    "flap e1/20 for me", "cycle the port", "toggle port 5", "kick the bgp session",
    "make this port an access port in vlan 30", "make gi0/1 a trunk", "vsx-sync now",
    "admin down ge-0/0/1", "roll back the config", "power-cycle port 12",
    "log off the other user", "disconnect vty 2", "hard reset the box",
    "zero the counters on et1", "please run 'reload'", "terminal monitor",
    "dump the config to tftp", "backup the config to tftp server 10.1.1.1", "sign out admin",
    "unplug gi0/2", "decommission this port", "quarantine the mac 0011.2233.4455",
    "isolate port 8",
]


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("query", CHANGES)
def test_new_change_phrasings_are_refused_everywhere(platform: str, query: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "refused", answer
    assert not answer.command and not answer.commands


@pytest.mark.parametrize("query", ["hard reset the box", "power-cycle port 12"])
def test_restarts_in_slang_are_destructive(query: str) -> None:
    found = detect(query)
    assert found is not None and found.destructive


@pytest.mark.parametrize("query", [
    "isolated private vlans", "disconnected users", "any flaps on gi0/1",
    "is the link flapping", "make sure the bgp peers are up", "cold start count",
    "admin status of gi0/1", "zero errors on gi0/1?", "terminal sessions",
])
def test_questions_that_look_like_the_new_verbs_are_not_changes(query: str) -> None:
    assert detect(query) is None


# ---------------------------------------------------------------- the paraphrase set
def test_paraphrase_set_stays_above_the_bar() -> None:
    if not SET.exists():
        pytest.skip(f"paraphrase set missing: {SET}")
    cases = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert len(cases) >= 250
    wrong = []
    for case in cases:
        answer = _ask(case["platform"], case["query"])
        if case["expect"] == "command":
            ok = answer.status == "ok" and " ".join((answer.command or "").lower().split()) in {
                " ".join(a.lower().split()) for a in case["accept"]}
        else:
            ok = answer.status == ("refused" if case["expect"] == "refuse" else "clarify") \
                and not answer.command
        if case["expect"] == "refuse":
            assert not answer.command, case  # never a command for a change request
        if not ok:
            wrong.append((case["id"], case["query"], answer.command))
    assert len(wrong) / len(cases) <= 0.02, wrong
