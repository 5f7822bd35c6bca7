"""Boundaries between refusing, asking back and answering (benchmarks/data/
nl2cli_boundaries.jsonl): changes asked for politely, inside a question or with verbs the
write detector did not know; harmless questions that only mention a change; vague requests
next to specific ones. The examples are worded differently from the benchmark on purpose."""

from __future__ import annotations

import pytest

from nornir_nlchat.catalog import vocab
from nornir_nlchat.catalog.safety import detect
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.catalog import CatalogProvider
from nornir_nlchat.translate.result import Translation


def _ask(platform: str, query: str) -> Translation:
    return run_chain(query, get_platform(platform), [CatalogProvider()])


# ---------------------------------------------------------------- changes: always refused
@pytest.mark.parametrize("query", [
    # asked as a question or a suggestion
    "is it okay to power cycle the switch now?",
    "would it be alright to wipe the startup config",
    "is there any way to reboot the core",
    "any chance you can clear the arp table",
    "you could just reload it, right?",
    "why not restart the ospf process",
    "why don't we bounce the uplink",
    "how about resetting the bgp peer",
    "what about shutting ethernet4",
    "do you mind reloading the stack",
    "it would be great if you cleared the counters on gi0/3",
    "I'd be grateful if someone rebooted the box",
    "what if you just reloaded the router",
    # verbs the detector did not know
    "restore last week's config",
    "cancel the pending reboot",
    "abort the software install",
    "terminate the console session",
    "suspend port 9",
    "mute logging on the console",
    "silence the alarms",
    "force ethernet5 to 100 full",
    "promote member 2 to commander",
    "adjust the stp cost on 1/1/2",
    "tweak the ospf timers",
    "regenerate the host keys",
    "unlock the user account of carol",
    "renew the dhcp lease",
    "revoke admin rights from dave",
    "grant bob privilege 15",
    "whitelist 10.3.3.3 for ssh",
    "withdraw 10.5.0.0/16 from bgp",
    "advertise the loopback into ospf",
    "redistribute connected into bgp",
    "discard the candidate configuration",
    "persist these changes",
    "failover now",
    "switchover to the other routing engine",
    "fail over the vsx pair",
    # verbs that are a change only with what follows
    "fix the ip address on vlan 20",
    "correct the default route to 10.0.0.9",
    "point the ntp server to 10.4.4.4",
    "give 1/1/9 the name camera",
    "label ge-0/0/2 with uplink-to-core",
    "generate a new rsa key pair",
    "lock out the guest account",
    "strip the tag from vlan 30",
    "release the ip on vlan 5",
    "start a capture on gi0/2",
    "kick off a debug of stp",
    "initiate a switchover",
    "perform a factory reset",
    "trigger a reload of member 3",
    "issue a restart of the stack",
    "open telnet access",
    "close the ssh session of erin",
    "spin up vlan 77",
    "stand down the gre tunnel",
    "hook port 14 up to the voice vlan",
    "get 1/1/3 moved to vlan 12",
    "let ethernet6 join port-channel 2",
    "turn up the logging level",
    "make 1/1/1 the root port",
    "go into config mode and add vlan 3",
    # wishes
    "we need ethernet3 back up",
    "I want 1/1/8 down",
    "ge-0/0/4 needs to be off",
    "vlan 60 should be gone",
    "port 2 ought to be disabled",
    # orders with a time word after the object
    "reboot the switch when you have a minute",
    "restart it since it is stuck",
    # fillers in front of the verb
    "could we perhaps shut 1/1/5",
    "maybe reload the router",
])
def test_changes_are_refused(query: str) -> None:
    assert detect(query) is not None, query
    answer = _ask("cisco_ios", query)
    assert answer.status == "refused" and not answer.command and not answer.commands


# ---------------------------------------------------------------- questions: never refused
@pytest.mark.parametrize("query", [
    "after the reload, is bgp up?",
    "before the upgrade, what version is it on",
    "since the restart, any errors on gi0/1?",
    "will a reload clear the errors?",
    "would a reboot help here",
    "is a reboot pending?",
    "was gi0/2 reset last night",
    "is restarting the switch risky?",
    "what about reload reasons",
    "how about rebooted devices",
    "list interfaces that need to be enabled",
    "ports which must be shut are which?",
    "I want the down ports",
    "I need the interfaces that are down",
    "port 6 should be up, why is it down?",
    "what release is running",
    "give me the description of 1/1/5",
    "give the description of gi0/4",
    "generate a report of interface errors",
    "which ports are open",
    "show open ssh sessions",
    "show me the failover status",
    "switchover history",
    "show the suspended ports",
    "what routes do we advertise to 10.0.0.1",
    "is the time correct?",
    "fix it",
    "fix the network",
    "time to look at the logs",
    "maybe show the vlans",
])
def test_questions_are_not_refused(query: str) -> None:
    assert detect(query) is None, query


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "after the upgrade, which code is it on?", "show version"),
    ("aruba_aoscx", "before the reload, show the version", "show version"),
    ("cisco_ios", "did the router restart lately?", "show version"),
    ("arista_eos", "tell me if the switch rebooted", "show reload cause"),
    ("cisco_nxos", "has it crashed?", "show system reset-reason"),
    ("hp_procurve", "how many times has the switch reloaded", "show boot-history"),
    ("juniper_junos", "which users are logged in via ssh", "show system users"),
    ("cisco_ios", "anyone connected over telnet?", "show users"),
    ("cisco_ios", "is a reload scheduled?", "show version"),
])
def test_harmless_questions_are_answered(platform: str, query: str, command: str) -> None:
    answer = _ask(platform, query)
    assert answer.status == "ok" and answer.command == command, answer


def test_an_interface_reset_is_not_a_device_reboot() -> None:
    answer = _ask("cisco_ios", "did gi0/3 reset?")
    assert answer.status == "ok"
    assert answer.command is not None and "GigabitEthernet0/3" in answer.command


# ---------------------------------------------------------------- vague vs specific
@pytest.mark.parametrize("query", [
    "is the router doing ok?", "anything odd?", "how is the box", "look at it", "fix it",
])
def test_vague_requests_ask_back(query: str) -> None:
    answer = _ask("arista_eos", query)
    assert answer.status == "clarify" and not answer.command


# ---------------------------------------------------------------- vocabulary
@pytest.mark.parametrize("word", ["cancel", "terminate", "correct", "discard", "restore",
                                  "unlock", "revoke", "demote", "rotate"])
def test_change_verbs_are_not_typo_corrected_into_topics(word: str) -> None:
    assert vocab.correct(word) == word


def test_new_change_verbs_do_not_attract_typos() -> None:
    # "suspect a loop" is no "suspend"
    assert vocab.correct("suspect") != "suspend"
    assert detect("suspect a loop, what is stp doing") is None


@pytest.mark.parametrize("query", [
    "hi pleae bounce fa0/14?", "plase reload the router", "PELASE CLEAR THE COUNTERS",
    "ok pleas shut gi0/3",
])
def test_a_misspelt_please_does_not_hide_the_order(query: str) -> None:
    assert detect(query) is not None, query
    assert _ask("juniper_junos", query).status == "refused"


@pytest.mark.parametrize("query", ["place the port list in a table", "pleased: show version"])
def test_words_near_please_that_are_not_please_stay_harmless(query: str) -> None:
    assert detect(query) is None
