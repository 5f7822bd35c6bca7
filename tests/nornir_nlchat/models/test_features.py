"""What the model reads: masked slots, normalised words, concept tags (no torch needed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nornir_nlchat.models.features import masked_words, model_input


@pytest.mark.parametrize(("query", "text"), [
    ("any CRC errors on Gi1/0/2??", "any crc errors on ifname"),
    ("macs in vlan 20 on port 1/1/3", "macs in vlanid on port ifname"),
    ("where is 00:1b:2c:3d:4e:5f", "where is macaddr"),
    ("route to 172.16.40.0 255.255.255.0", "route to ipprefix"),
    ("ping 10.1.1.1 in the MGMT vrf 3 times", "ping ipaddr in the vrfname number times"),
    ("sh ip int br", "show ip interface brief"),
    ("shwo the temprature", "show the temperature"),
])
def test_slot_values_are_masked_and_words_normalised(query: str, text: str) -> None:
    assert model_input(query).text == text


def test_slots_and_concepts_come_from_the_catalog() -> None:
    features = model_input("bgp learned routes in vrf BLUE")
    assert features.slots["vrf"] == "BLUE"
    assert features.slots["protocol"] == "bgp"
    assert features.concepts.split()[:2] == ["bgp", "learned"]
    assert model_input("hmm").concepts == "none"


def test_two_interfaces_give_two_placeholders() -> None:
    assert masked_words("traffic on gi0/1 and gi0/2") == ["traffic", "on", "ifname", "and",
                                                          "ifname"]


def test_importing_the_provider_does_not_import_torch() -> None:
    code = ("import sys, nornir_nlchat.translate.providers.local, nornir_nlchat.models.infer, "
            "nornir_nlchat.models.data; "
            "bad = [m for m in ('torch', 'transformers', 'peft') if m in sys.modules]; "
            "print(bad); raise SystemExit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
