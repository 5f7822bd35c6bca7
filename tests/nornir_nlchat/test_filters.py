"""The plain-language Nornir filter (nornir_nlchat.filters)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.filter import F

from nornir_nlchat.filters import NL, resolve_filter, select

HOSTS = {
    "USBOSB1SW1": ("arista_eos", "arista", "switch", "BOS-B1", "Boston"),
    "USBOSB1SW2": ("arista_eos", "arista", "switch", "BOS-B1", "Boston"),
    "USBOSB1RTR1": ("cisco_ios", "cisco", "router", "BOS-B1", "Boston"),
    "USCHIDC1RTR1": ("juniper_junos", "juniper", "router", "CHI-DC1", "Chicago"),
    "USCHIDC1FW1": ("juniper_junos", "juniper", "firewall", "CHI-DC1", "Chicago"),
}


@pytest.fixture
def nr(tmp_path: Path) -> Nornir:
    hosts = {
        name: {
            "hostname": f"192.0.2.{i + 1}",
            "platform": platform,
            "data": {
                "vendor": vendor,
                "role": role,
                "site": site,
                "location": {"city": city, "country": "United States"},
            },
        }
        for i, (name, (platform, vendor, role, site, city)) in enumerate(HOSTS.items())
    }
    (tmp_path / "hosts.yaml").write_text(yaml.safe_dump(hosts))
    (tmp_path / "groups.yaml").write_text("---\n{}\n")
    (tmp_path / "defaults.yaml").write_text("---\n{}\n")
    return InitNornir(
        inventory={
            "plugin": "SimpleInventory",
            "options": {
                "host_file": str(tmp_path / "hosts.yaml"),
                "group_file": str(tmp_path / "groups.yaml"),
                "defaults_file": str(tmp_path / "defaults.yaml"),
            },
        },
        logging={"enabled": False},
    )


def test_filter_selects_the_set(nr: Nornir) -> None:
    flt = NL(nr, "all switches in boston")
    picked = nr.filter(filter_func=flt)
    assert sorted(picked.inventory.hosts) == ["USBOSB1SW1", "USBOSB1SW2"]
    assert flt.resolution.status == "many"
    assert sorted(nr.filter(flt).inventory.hosts) == ["USBOSB1SW1", "USBOSB1SW2"]


def test_filter_one_and_combination_with_f(nr: Nornir) -> None:
    assert list(nr.filter(filter_func=resolve_filter(nr, "the chicago firewall")).inventory.hosts) \
        == ["USCHIDC1FW1"]
    routers = nr.filter(NL(nr, "all routers") & F(platform="juniper_junos"))
    assert list(routers.inventory.hosts) == ["USCHIDC1RTR1"]
    either = nr.filter(NL(nr, "the chicago firewall") | F(platform="cisco_ios"))
    assert sorted(either.inventory.hosts) == ["USBOSB1RTR1", "USCHIDC1FW1"]


@pytest.mark.parametrize(
    "query", ["the boston switch", "the denver router", "USBOSB1SW3", "show version", ""]
)
def test_ambiguous_and_none_select_nothing(nr: Nornir, query: str) -> None:
    filtered, resolution = select(nr, query)
    assert len(filtered.inventory.hosts) == 0
    assert resolution.status in ("ambiguous", "none")
    assert resolution.reason


def test_ambiguous_exposes_candidates(nr: Nornir) -> None:
    flt = NL(nr, "the boston switch")
    assert flt.resolution.status == "ambiguous"
    assert flt.resolution.candidates == ["USBOSB1SW1", "USBOSB1SW2"]
    assert "ambiguous" in repr(flt)
