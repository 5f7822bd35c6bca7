"""A sixth blind probe: interface types written as a separate word before a slashed number,
VRF names that look like AOS-S module ports, and a failover asked for as "do a ... failover".

Each group below failed before the fix it names; the requests are small varied sets, not
copies of benchmarks/data/nl2cli_blind6.jsonl.
"""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog import safety
from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.interfaces import is_glue_only
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation

PROVIDER = CatalogProvider()


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [PROVIDER])


# ---- "gigabit 1/0/7", "serial 0/1/0": a type word, a space, then a slashed number ----------
@pytest.mark.parametrize(("query", "interface"), [
    ("status of interface gigabit 1/0/7", "GigabitEthernet1/0/7"),
    ("errors on gigabit 2/0/11", "GigabitEthernet2/0/11"),
    ("serial 0/1/0 state", "Serial0/1/0"),
    ("ten 1/1/3 light levels", "TenGigabitEthernet1/1/3"),
])
def test_spaced_type_word_before_slashed_number(query: str, interface: str) -> None:
    assert extract(query).slots.get("interface") == interface


def test_spaced_type_word_reaches_the_command() -> None:
    answer = _ask("cisco_ios", "how is port gigabit 1/0/9 doing")
    assert answer.status == "ok"
    assert answer.command == "show interfaces GigabitEthernet1/0/9"


@pytest.mark.parametrize("query", [
    "how many gigabit ports are up",
    "serial number of the chassis",
    "ten ports with errors",
])
def test_type_words_without_a_slashed_number_stay_words(query: str) -> None:
    assert "interface" not in extract(query).slots


def test_glue_only_words_keep_needing_glue_without_a_slash() -> None:
    assert is_glue_only("gigabit")
    assert is_glue_only("e", "1/5")
    assert not is_glue_only("gigabit", "1/0/2")


# ---- "vrf C7": a name the keyword announces is no AOS-S lettered port ----------------------
@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "bgp peers summary for vrf C7", "show ip bgp vpnv4 vrf C7 summary"),
    ("cisco_nxos", "routing table of vrf D1", "show ip route vrf D1"),
    ("arista_eos", "arp entries in vrf E5", "show ip arp vrf E5"),
])
def test_lettered_vrf_name_is_kept(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok"
    assert answer.command == command


def test_lettered_port_still_found_without_a_keyword() -> None:
    answer = _ask("hp_procurve", "is C4 up")
    assert answer.status == "ok"
    assert answer.command == "show interfaces C4"


# ---- "do a vsx failover", "do the switchover": the change named as a noun --------------------
@pytest.mark.parametrize(("platform", "query"), [
    ("aruba_aoscx", "can you do a vsx switchover"),
    ("cisco_nxos", "please do a supervisor failover"),
    ("arista_eos", "do the mlag fail-over"),
])
def test_failover_as_a_noun_is_refused(platform: str, query: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "refused"
    assert not answer.command


def test_failover_history_is_not_a_change() -> None:
    assert safety.detect("when was the last vsx failover") is None
    # a question about what happened or what the pair does is not an order
    for question in ("did they do a failover last night?", "does it do a failover on its own?",
                     "how often do the switches do a switchover"):
        assert safety.detect(question) is None, question
    answer = _ask("aruba_aoscx", "vsx state")
    assert answer.status == "ok"
    assert answer.command == "show vsx status"
