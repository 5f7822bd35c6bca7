"""Troubleshooting questions ("why is ... down", "... keeps flapping", "... stuck in ...").

General behaviour found with benchmarks/data/nl2cli_troubleshoot.jsonl; the requests here are
worded differently from that set on purpose:

- inflected English words are not typos of a topic ("stopping" is not "snooping", "coming"
  not "cooling", "timer" not "time", "camera" not "came");
- the state a session or adjacency is in ("stuck", "exstart", "won't come up") qualifies the
  topic named, it is no topic of its own;
- "flapping" / "dropped" name a symptom: interface errors when nothing else is named, the
  named topic's state otherwise (a BGP peer, a stack member, the MAC table, the log);
- a "session" is a BGP / OSPF / login one, never an LLDP neighbour;
- "reach" asks for a route only towards an address;
- end users who "say" something are not the logged-in users;
- with nothing specific named the answer is a question back, not a far-fetched command.
"""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog import vocab
from nornir_nlchat.catalog.matcher import analyse, rank
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation

PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]
_ENVIRONMENT = {"environment", "env_fans", "env_power", "env_temperature"}


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [CatalogProvider()])


def _intent(query: str) -> str | None:
    ranking = rank(analyse(query))
    return ranking[0].intent.name if ranking else None


# ---------------------------------------------------------------- inflections are no typos
@pytest.mark.parametrize(("word", "base"), [
    ("stopping", "stop"), ("coming", "come"), ("hogging", "hog"), ("dropped", "drop"),
    ("writing", "write"), ("planned", "plan"), ("shutting", "shut"),
])
def test_inflected_words_fold_to_their_base(word: str, base: str) -> None:
    assert vocab._stem(word) == base


@pytest.mark.parametrize(("word", "not_this"), [
    ("stopping", "snooping"), ("hogging", "logging"), ("coming", "cooling"),
])
def test_inflected_words_are_not_corrected_into_a_topic(word: str, not_this: str) -> None:
    assert vocab.correct(word) != not_this


@pytest.mark.parametrize("word", ["timer", "tunnel", "camera", "stuck"])
def test_everyday_troubleshooting_words_are_not_corrected_into_topics(word: str) -> None:
    assert vocab.correct(word) == word


def test_words_only_inside_phrases_are_no_typo_targets() -> None:
    # "came" only occurs in "came up": "camera" must not become it
    assert "came" not in vocab._TARGETS
    assert vocab.correct("camera") == "camera"


# ---------------------------------------------------------------- state words never mean hardware
@pytest.mark.parametrize("query", [
    "what keeps eigrp from coming up",
    "why will the gre tunnel not come back",
    "stp is stopping traffic",
    "the lag is not coming up",
    "why is the ipsec peer stuck",
])
def test_state_words_do_not_pull_in_environment_intents(query: str) -> None:
    assert _intent(query) not in _ENVIRONMENT
    for platform in PLATFORMS:
        answer = _ask(platform, query)
        assert answer.intent not in _ENVIRONMENT


@pytest.mark.parametrize(("query", "intent"), [
    ("the fans stopped spinning", "env_fans"),
    ("is it running hot", "env_temperature"),
])
def test_hardware_still_wins_when_hardware_is_named(query: str, intent: str) -> None:
    assert _intent(query) == intent


# ---------------------------------------------------------------- topic outweighs the state
@pytest.mark.parametrize(("query", "intent"), [
    ("what is keeping ospf from coming up", "ospf_neighbors"),
    ("ospf adjacency hung in loading state", "ospf_neighbors"),
    ("eigrp peers stuck", "eigrp_neighbors"),
    ("ebgp session hanging in opensent", "bgp_summary"),
    ("why won't the port channel form", "port_channels"),
    ("ntp refuses to converge", "ntp_status"),
    ("ospf never reaches full with the core", "ospf_neighbors_detail"),
])
def test_named_protocol_outweighs_generic_state_words(query: str, intent: str) -> None:
    assert _intent(query) == intent


def test_ospf_not_coming_up_gives_an_ospf_view_everywhere() -> None:
    for platform in PLATFORMS:
        answer = _ask(platform, "why does ospf never come up")
        assert answer.status == "ok", platform
        assert "ospf" in (answer.command or ""), platform


# ---------------------------------------------------------------- flapping / dropped
@pytest.mark.parametrize(("query", "intent"), [
    ("links bouncing all morning", "interfaces_errors"),
    ("is anything unstable", "interfaces_errors"),
    ("gi1/0/2 going up and down", "interface_errors"),
    ("ibgp neighbours keep flapping", "bgp_summary"),
    ("stack member 2 dropped out", "stack"),
    ("vsx keeps flapping", "mlag"),
    ("lots of port flaps in the syslog", "logs"),
    ("mac addresses flapping", "mac_all"),
])
def test_flapping_is_the_named_topics_state(query: str, intent: str) -> None:
    assert _intent(query) == intent


def test_dropped_packets_are_still_errors() -> None:
    assert _intent("uplinks dropping packets") == "interfaces_errors"
    assert _intent("te1/1/1 dropped frames") == "interface_errors"


# ---------------------------------------------------------------- sessions are not LLDP
@pytest.mark.parametrize("query", ["any hung sessions?", "sessions", "are sessions stuck"])
def test_a_bare_session_is_asked_back_about(query: str) -> None:
    answer = _ask("cisco_ios", query)
    assert answer.status == "clarify" and answer.command is None


@pytest.mark.parametrize(("query", "intent"), [
    ("ibgp sessions", "bgp_summary"),
    ("bgp session with 10.4.4.4", "bgp_neighbor"),
    ("vty sessions", "users"),
])
def test_sessions_of_a_named_protocol(query: str, intent: str) -> None:
    assert _intent(query) == intent


# ---------------------------------------------------------------- capability / timers
def test_negotiated_bgp_capabilities_are_the_neighbours_in_detail() -> None:
    assert _intent("which bgp peers negotiated route refresh") == "bgp_neighbors"
    answer = _ask("arista_eos", "keepalive timers of the bgp neighbours")
    assert answer.status == "ok" and answer.command == "show ip bgp neighbors"


def test_a_timer_is_not_the_clock() -> None:
    answer = _ask("cisco_ios", "display the purge timer")
    assert answer.status == "clarify" and answer.intent != "clock"


# ---------------------------------------------------------------- reach
def test_reaching_a_state_is_not_a_route() -> None:
    assert _intent("what stops ospf reaching full") != "routes_protocol"
    assert _intent("how do we reach 10.8.8.8") == "route_ip"


# ---------------------------------------------------------------- swap, reports, "what happened"
@pytest.mark.parametrize("platform", PLATFORMS)
def test_swap_is_memory(platform: str) -> None:
    answer = _ask(platform, "swap space in use")
    assert answer.status == "ok" and answer.intent == "memory"


def test_swap_as_a_change_is_still_refused() -> None:
    answer = _ask("cisco_ios", "swap the two uplinks gi1/0/1 and gi1/0/2")
    assert answer.status == "refused" and answer.command is None


def test_end_users_reporting_a_symptom_are_not_logged_in_users() -> None:
    answer = _ask("aruba_aoscx", "users saying the printer vlan is unreachable")
    assert answer.intent != "users"
    answer = _ask("cisco_ios", "users report slowness on floor 2")
    assert answer.status == "clarify"


def test_what_happened_after_a_reboot_asks_for_the_reason() -> None:
    assert _intent("it restarted last night, what happened?") == "reload_cause"


def test_getting_is_not_receiving_routes() -> None:
    assert _intent("ports keep getting errdisabled") == "interfaces_errdisabled"
    assert _intent("what prefixes are we getting from 10.6.6.6") == "bgp_received"


# ---------------------------------------------------------------- vague stays vague
@pytest.mark.parametrize("query", [
    "everything is slow today", "something is off with this box", "what went wrong",
    "nothing comes up", "stuff is stuck",
])
def test_nothing_specific_named_gets_a_question_back(query: str) -> None:
    for platform in PLATFORMS:
        answer = _ask(platform, query)
        assert answer.status == "clarify", (platform, answer.command)
        assert answer.command is None


@pytest.mark.parametrize("query", [
    "reset the hung bgp session", "stop the flapping port gi0/9", "bounce the stuck lag",
    "clear ospf, it is stuck in exstart",
])
def test_troubleshooting_flavoured_changes_are_refused(query: str) -> None:
    for platform in PLATFORMS:
        answer = _ask(platform, query)
        assert answer.status == "refused" and answer.command is None
