"""The ``local`` provider with the shipped model (numpy backend: no torch needed).

Requests here are worded for this test (not taken from any evaluation set).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from nornir_nlchat.errors import ProviderError
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.local import LocalProvider


@pytest.fixture(scope="module")
def provider(weights: Path) -> LocalProvider:
    return LocalProvider(model_dir=weights, preload=True)


@pytest.mark.parametrize(("platform", "query", "command"), [
    ("cisco_ios", "how hard is the processor working", "show processes cpu sorted"),
    ("cisco_ios", "crc count on Gig1/0/7 please", "show interfaces GigabitEthernet1/0/7 "
                                                  "counters errors"),
    ("cisco_nxos", "what's the vpc looking like", "show vpc"),
    ("arista_eos", "which prefixes came in via ospf", "show ip route ospf"),
    ("aruba_aoscx", "hardware addresses seen on 1/1/9", "show mac-address-table port 1/1/9"),
    ("hp_procurve", "neighbour device on port 3", "show lldp info remote-device 3"),
    ("juniper_junos", "how do packets get to 10.9.8.7", "show route 10.9.8.7"),
])
def test_requests_become_catalog_commands(provider: LocalProvider, platform: str, query: str,
                                          command: str) -> None:
    answer = run_chain(query, get_platform(platform), [provider])
    assert answer.status == "ok", answer
    assert answer.command == command
    assert answer.provider == "local"
    assert 0.5 <= answer.confidence <= 1.0


@pytest.mark.parametrize("query", ["please power-cycle the stack", "no shutdown Gi0/4",
                                   "wipe the saved config", "commit and quit"])
def test_change_requests_are_refused(provider: LocalProvider, query: str) -> None:
    answer = run_chain(query, get_platform("cisco_ios"), [provider])
    assert answer.status == "refused" and not answer.command and not answer.commands


def test_the_model_alone_refuses_too(weights: Path) -> None:
    bare = LocalProvider(model_dir=weights, safety_rules=False)
    answer = bare.translate("go ahead and bounce the uplink port gi1/0/48",
                            get_platform("cisco_ios"))
    assert answer.status == "refused"


@pytest.mark.parametrize("query", ["can you have a peek", "things seem off today", "..."])
def test_vague_requests_get_a_question(provider: LocalProvider, query: str) -> None:
    answer = run_chain(query, get_platform("aruba_aoscx"), [provider])
    assert answer.status == "clarify" and not answer.command


def test_unsupported_intent_says_why(provider: LocalProvider) -> None:
    answer = provider.translate("cdp neighbours", get_platform("juniper_junos"))
    assert answer.status == "clarify"
    assert "LLDP" in answer.reason or "lldp" in " ".join(answer.choices).lower()


def test_missing_slot_is_asked_for(provider: LocalProvider) -> None:
    answer = provider.translate("ping it", get_platform("cisco_ios"))
    assert answer.status == "clarify"


def test_raw_catalog_command_is_taken_as_written(provider: LocalProvider) -> None:
    answer = provider.translate("show spanning-tree summary root", get_platform("aruba_aoscx"))
    assert answer.command == "show spanning-tree summary root"


def test_write_mode_hands_over_to_the_next_provider(provider: LocalProvider) -> None:
    with pytest.raises(ProviderError):
        provider.translate("shut gi0/1", get_platform("cisco_ios"), allow_write=True)
    assert provider.translate("reload now", get_platform("cisco_ios"),
                              allow_write=True).status == "refused"


def test_low_confidence_asks_back(weights: Path) -> None:
    strict = LocalProvider(model_dir=weights, min_confidence=1.01)
    answer = strict.translate("show me the arp table", get_platform("cisco_ios"))
    assert answer.status == "clarify" and answer.choices


def test_fast_after_load(provider: LocalProvider) -> None:
    platform = get_platform("cisco_nxos")
    provider.translate("bgp peers", platform)
    started = time.perf_counter()
    for _ in range(5):
        provider.translate("errors on eth1/7", platform)
    assert (time.perf_counter() - started) / 5 < 0.5


def test_unknown_platform_uses_the_base_decoder(provider: LocalProvider) -> None:
    platform = get_platform("cisco_ios")
    other = type(platform)(name="brand_new_os", vendor="x", display_name="New OS",
                           commands=platform.commands)
    assert provider.translate("show me the clock", other).command == "show clock"


def test_translates_with_torch_transformers_and_peft_unavailable(weights: Path) -> None:
    code = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {{"torch", "transformers", "peft", "sentence_transformers"}}:
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.translate.providers.local import LocalProvider
answer = LocalProvider(model_dir={str(weights)!r}).translate("arp cache please",
                                                             get_platform("arista_eos"))
print(answer.command)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "show ip arp"
