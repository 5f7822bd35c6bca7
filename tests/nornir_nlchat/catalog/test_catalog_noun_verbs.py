"""Words that are verbs of a change and nouns of a question ("increase the mtu" against
"increase in errors?", "swap gi0/1 and gi0/2" against "swap usage"): a change only when the
verb has an object, a question otherwise, also in terse requests without a question word."""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog.safety import detect
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider


@pytest.mark.parametrize("query", [
    "increase in output drops on te1/0/2?",
    "raise in memory use since the upgrade window",
    "decrease in input rate on gi0/4",
    "reduced throughput on the uplink",
    "stop codes in the log",
    "swap utilisation",
    "undo history",
    "pruned vlans on the po3 trunk",
    "tear down reasons in the log",
])
def test_a_noun_is_not_a_change(query: str) -> None:
    assert detect(query) is None
    answer = run_chain(query, get_platform("cisco_ios"), [CatalogProvider()])
    assert answer.status != "refused"


@pytest.mark.parametrize("query", [
    "increase the mtu on te1/0/2 to 9216",
    "raise its priority",
    "reduce the hello interval to 1",
    "bump po2",
    "stop cdp on gi0/9",
    "swap te1/0/1 and te1/0/2",
    "undo my last commit",
    "prune vlan 40 off po3",
    "tear down the tunnel to the hub",
    "the mtu has to be increased",  # wished: the object came first
    "i'd like ospf stopped on vlan 20",
])
def test_the_verb_with_an_object_is_a_change(query: str) -> None:
    assert detect(query) is not None
    answer = run_chain(query, get_platform("cisco_ios"), [CatalogProvider()])
    assert answer.status == "refused" and not answer.command
