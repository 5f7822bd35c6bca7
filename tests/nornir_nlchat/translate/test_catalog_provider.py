"""The catalog provider: answers, refusals, questions back, write mode, speed, import cost."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

import pytest

from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.provider import Provider, load_provider
from nornir_nlchat.translate.providers.catalog import CatalogProvider


def ask(query: str, platform: str = "cisco_ios", *, allow_write: bool = False):  # type: ignore[no-untyped-def]
    return run_chain(query, get_platform(platform), [CatalogProvider()],
                     allow_write=allow_write)


def test_is_a_registered_provider() -> None:
    provider = load_provider("catalog")
    assert isinstance(provider, Provider) and provider.name == "catalog"
    assert isinstance(load_provider("catalog", {"min_score": 3}), CatalogProvider)


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "show me the crc errors on Gig 1/0/3",
     "show interfaces GigabitEthernet1/0/3 counters errors"),
    ("cisco_ios", "route for 10.1.0.0/16", "show ip route 10.1.0.0 255.255.0.0"),
    ("cisco_ios", "where is 00-50-56-aa-bb-cc", "show mac address-table address 0050.56aa.bbcc"),
    ("aruba_aoscx", "where is 0050.56aa.bbcc", "show mac-address-table address 00:50:56:aa:bb:cc"),
    ("hp_procurve", "where is 00:50:56:aa:bb:cc", "show mac-address 005056-aabbcc"),
    ("juniper_junos", "connected routes", "show route protocol direct"),
    ("juniper_junos", "ping 10.1.1.1", "ping 10.1.1.1 count 5"),
    ("cisco_ios", "ping 10.1.1.1 20 times in vrf RED", "ping vrf RED 10.1.1.1 repeat 20"),
    ("cisco_nxos", "last 25 log lines", "show logging last 25"),
    ("juniper_junos", "logs mentioning ge-0/0/1", "show log messages | match ge-0/0/1"),
    ("aruba_aoscx", "lag 2 details", "show interface lag2"),
    ("cisco_ios", "show version", "show version"),
])
def test_commands(platform: str, query: str, command: str) -> None:
    answer = ask(query, platform)
    assert answer.status == "ok", answer
    assert answer.command == command
    assert 0.5 <= answer.confidence <= 1.0


def test_multi_command_intent() -> None:
    answer = ask("environment status", "aruba_aoscx")
    assert answer.ok and len(answer.commands) == 3 and answer.command == answer.commands[0]


def test_refusal_has_a_reason_and_no_command() -> None:
    answer = ask("please reload the switch")
    assert answer.status == "refused" and not answer.commands and "reload" in answer.reason


def test_unsupported_intent_says_why_and_offers_choices() -> None:
    answer = ask("cdp neighbors", "juniper_junos")
    assert answer.status == "clarify" and answer.intent == "cdp_neighbors"
    assert "LLDP" in answer.reason and "LLDP neighbours" in answer.choices


def test_vague_request_gets_choices() -> None:
    answer = ask("status?")
    assert answer.status == "clarify" and answer.choices and not answer.commands


def test_missing_slot_is_asked_for() -> None:
    answer = ask("ping")
    assert answer.status == "clarify" and "IP address" in answer.reason


def test_bare_address_offers_what_to_do_with_it() -> None:
    answer = ask("10.1.1.1")
    assert answer.status == "clarify" and any("10.1.1.1" in c for c in answer.choices)


def test_write_mode_produces_configuration_lines() -> None:
    answer = ask("shut down gi0/3", allow_write=True)
    assert answer.ok and answer.commands == ["interface GigabitEthernet0/3", "shutdown"]
    answer = ask("create vlan 40 named VOICE", "arista_eos", allow_write=True)
    assert answer.ok and answer.commands == ["vlan 40", "name VOICE"]
    answer = ask("disable port 7", "hp_procurve", allow_write=True)
    assert answer.ok and answer.commands == ["interface 7", "disable"]


def test_write_mode_never_produces_destructive_commands() -> None:
    for query in ("reload the router", "erase the startup config", "delete flash:x.bin"):
        answer = ask(query, allow_write=True)
        assert answer.status == "refused" and not answer.commands


def test_write_mode_refuses_unsupported_changes() -> None:
    answer = ask("configure ospf area 0 on gi0/1", allow_write=True)
    assert answer.status == "refused"


def test_raw_catalog_command_is_taken_as_written() -> None:
    answer = ask("show trunks", "hp_procurve")
    assert answer.ok and answer.command == "show trunks" and answer.intent == "port_channels"


def test_latency_after_warm_up() -> None:
    queries = ["cpu usage", "errors on gi0/2", "bgp summary", "where is 00:11:22:33:44:55",
               "routes in vrf BLUE", "lldp neighbor on port 24", "show me the logs",
               "which ports are trunking", "ping 10.1.1.1 5 times", "reload the router"]
    platform = get_platform("cisco_ios")
    provider = CatalogProvider()
    for query in queries:
        provider.translate(query, platform)
    samples = []
    for _ in range(5):
        provider.clear_cache()
        for query in queries:
            start = time.perf_counter()
            provider.translate(query, platform)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    assert statistics.median(samples) < 5
    assert samples[int(len(samples) * 0.95)] < 20


def test_import_is_light() -> None:
    code = ("import sys, nornir_nlchat.translate.providers.catalog;"
            "print(any(m in sys.modules for m in "
            "('torch', 'transformers', 'sentence_transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
