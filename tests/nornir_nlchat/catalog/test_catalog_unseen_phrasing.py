"""General behaviour for phrasings the catalog was not tuned on (the probe set
benchmarks/data/nl2cli_probe2.jsonl found these classes): CLI-style shortened keywords,
more vocabulary families, slot notations, topics no intent covers, and more ways of asking
for a change. The examples here are worded differently from the probe on purpose."""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog import vocab
from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.matcher import analyse, rank
from nornir_nlchat.catalog.safety import detect
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation

PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [CatalogProvider()])


def _intent(query: str) -> str:
    return rank(analyse(query))[0].intent.name


# ---------------------------------------------------------------- CLI-style shortening
@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "sh ip rou", "show ip route"),
    ("cisco_ios", "sh span", "show spanning-tree"),
    ("cisco_ios", "sho etherchan summ", "show etherchannel summary"),
    ("cisco_ios", "sh ntp asso", "show ntp associations"),
    ("cisco_nxos", "sh port-chan sum", "show port-channel summary"),
    ("juniper_junos", "sh chass hardw", "show chassis hardware"),
    ("juniper_junos", "sh interfaces xe-0/0/3 exten", "show interfaces xe-0/0/3 extensive"),
    ("aruba_aoscx", "sh sys resou", "show system resource-utilization"),
])
def test_shortened_cli_keywords_are_spelled_out(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command


def test_only_show_commands_are_expanded_and_known_words_stay() -> None:
    assert vocab.expand_cli_abbreviations("ro please") == "ro please"
    assert vocab.expand_cli_abbreviations("sh me the bgp peers") == "sh me the bgp peers"
    assert vocab.expand_cli_abbreviations("sh re0 status") == "sh re0 status"
    assert _intent("sh me the bgp peers") == "bgp_summary"


# ---------------------------------------------------------------- vocabulary families
@pytest.mark.parametrize(("query", "intent"), [
    ("which model is the box", "inventory"),
    ("what model number is it", "inventory"),
    ("number of routes in the rib", "route_summary"),  # counts are a summary
    ("how many bgp peers", "bgp_summary"),
    ("unused interfaces", "interfaces_status"),
    ("ports that are not connected", "interfaces_status"),
    ("show the disabled ports", "interfaces_status"),
    ("check the voltages", "environment"),
    ("list interface ips", "ip_interfaces"),
    ("link utilization", "interfaces_counters"),
    ("interface usage on gi0/1", "interface_counters"),
    ("any packet loss on gi0/3", "interface_errors"),
    ("vlans and their member ports", "vlans"),
])
def test_synonym_family_reaches_its_intent(query: str, intent: str) -> None:
    assert _intent(query) == intent


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "show processes", "show processes cpu sorted"),  # a process listing is CPU
    ("arista_eos", "busiest processes", "show processes top once"),
    ("cisco_nxos", "running processes", "show system resources"),
])
def test_a_process_listing_is_answered_with_the_cpu_view(platform: str, query: str,
                                                         command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command


def test_end_users_complaining_are_not_the_logged_in_users() -> None:
    answer = _ask("cisco_ios", "users complain the wifi is slow")
    assert answer.status == "clarify" and not answer.command
    assert _ask("cisco_ios", "show logged in users").command == "show users"


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "ip address of vlan 30", "show ip interface Vlan30"),
    ("aruba_aoscx", "which ip has vlan 30", "show ip interface vlan30"),
    ("cisco_ios", "mac addresses in vlan 30", "show mac address-table vlan 30"),
])
def test_an_address_asked_of_a_vlan_is_its_interface(platform: str, query: str,
                                                      command: str) -> None:
    assert _ask(platform, query).command == command


# ---------------------------------------------------------------- topics no intent covers
@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize(("query", "term"), [
    ("igmp snooping groups", "igmp"),
    ("pim neighbours", "pim"),
    ("bfd sessions", "bfd"),
    ("vxlan vni status", "vxlan"),
    ("mpls ldp neighbors", "mpls"),
    ("ip sla statistics", "ip sla"),
    ("port security violations", "port security"),
])
def test_uncovered_topic_is_asked_back_not_answered_with_a_neighbour(platform: str, query: str,
                                                                     term: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "clarify" and not answer.command and not answer.commands
    assert term in (answer.reason or "")


@pytest.mark.parametrize("word", ["vxlan", "igmp", "sla", "evpn"])
def test_uncovered_topics_are_not_typo_corrected_into_covered_ones(word: str) -> None:
    assert vocab.correct(word) == word


# ---------------------------------------------------------------- slot notations
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("where is 0011-2233-aabb", "mac", "00112233aabb"),          # H3C / Comware notation
    ("route to 10.2.0.0/255.255.0.0", "prefix", "10.2.0.0/16"),  # mask after a slash
    ("macs in vlan-40", "vlan", "40"),
    ("stp for vlan_40", "vlan", "40"),
])
def test_slot_notations(text: str, kind: str, value: str) -> None:
    assert extract(text).slots[kind] == value


def test_comware_mac_is_written_in_each_platforms_notation() -> None:
    assert _ask("cisco_ios", "find 0011-2233-aabb").command == \
        "show mac address-table address 0011.2233.aabb"
    assert _ask("aruba_aoscx", "find 0011-2233-aabb").command == \
        "show mac-address-table address 00:11:22:33:aa:bb"


# ---------------------------------------------------------------- ways of asking for a change
CHANGES = [
    "nuke vlan 40", "zap the mac table", "get rid of the static route",
    "tear down the bgp session", "empty the arp cache", "default the port gi0/2",
    "stop lldp on gi0/2", "swap the po2 members", "blow away the startup config",
    "knock te1/1/1 offline", "i want gi0/9 shut down", "po3 has to be disabled",
    "we need the counters cleared", "let's get the uplink back up", "tidy up the flash",
    "squeeze bootflash", "hardcode the speed on gi0/1", "bump the mtu to 9216",
    "decrease the hello timer", "lower the priority of vlan 5", "prune vlan 5 off the trunk",
    "take gi0/2 out of the bundle", "pull te1/1/2 out of the lag", "refresh the bgp peers",
    "sync the config to the peer", "log the admin out", "schedule a reboot for tonight",
    "undo that change",
]


@pytest.mark.parametrize("query", CHANGES)
def test_change_request_is_detected(query: str) -> None:
    assert detect(query) is not None


@pytest.mark.parametrize("platform", PLATFORMS)
@pytest.mark.parametrize("query", CHANGES[::4])
def test_change_request_is_refused_without_a_command(platform: str, query: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "refused" and not answer.command and not answer.commands


@pytest.mark.parametrize(("query", "verb"), [
    ("nuke the startup config", "nuke"), ("squeeze flash:", "squeeze"),
    ("schedule a reboot for tonight", "reboot"), ("clean up bootflash", "delete"),
])
def test_destructive_slang_is_destructive(query: str, verb: str) -> None:
    found = detect(query)
    assert found is not None and found.destructive and found.verb == verb


@pytest.mark.parametrize("query", [
    "i need to see which ports are disabled", "i want interfaces sorted by errors",
    "is ntp in sync", "take a look at gi0/1", "pull the logs for me",
    "get the ports that are down", "what's the default route", "when did bgp stop",
    "log messages out of order", "which ports are empty", "we need the logs from yesterday",
])
def test_reads_with_change_words_stay_reads(query: str) -> None:
    assert detect(query) is None
