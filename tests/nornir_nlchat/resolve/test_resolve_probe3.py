"""Behaviour found with the third unseen probe (FQDN-like names, US / UK / Japan / Brazil /
Australia sites): partial and misspelt FQDNs, names after a negation, site codes such as
"DC2" after a city, "HQ" sites, "LA", typos in city names of several words, and aliases that
are also the name of a town somewhere.

The inventory here is another small one in the same style (not the probe's hosts), built as
real Nornir objects.
"""

from __future__ import annotations

from typing import Any

import pytest

from nornir_nlchat.resolve import InventoryIndex, index_for

from .conftest import nornir_from, write_inventory

DOMAIN = "corp.example.org"

# (first label, site, platform, role, aliases)
ROWS: list[tuple[str, str, str, str, list[str]]] = [
    ("leaf1", "ams-dc1", "arista_eos", "switch", []),
    ("leaf2", "ams-dc1", "arista_eos", "switch", []),
    ("edge1", "ams-dc1", "juniper_junos", "router", ["ams-peering"]),
    ("leaf1", "lax-dc2", "arista_eos", "switch", []),
    ("edge1", "lax-dc2", "cisco_ios", "router", []),
    ("fw1", "lax-dc2", "juniper_junos", "firewall", []),
    ("fw1", "chi-hq", "juniper_junos", "firewall", []),
    ("leaf1", "chi-hq", "aruba_aoscx", "switch", []),
    ("leaf2", "chi-hq", "aruba_aoscx", "switch", []),
    ("edge1", "gru-dc1", "cisco_ios", "router", ["richmond"]),
    ("fw1", "syd-dc1", "juniper_junos", "firewall", []),
    ("fw2", "syd-dc1", "juniper_junos", "firewall", []),
]
SITES = {
    "ams-dc1": ("Amsterdam", "Netherlands", "Amsterdam Datacenter 1"),
    "lax-dc2": ("Los Angeles", "United States", "Los Angeles Datacenter 2"),
    "chi-hq": ("Chicago", "United States", "Chicago Headquarters"),
    "gru-dc1": ("São Paulo", "Brazil", "São Paulo Datacenter 1"),
    "syd-dc1": ("Sydney", "Australia", "Sydney Datacenter 1"),
}


def _hosts() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, (label, site, platform, role, aliases) in enumerate(ROWS):
        city, country, loc = SITES[site]
        out[f"{label}.{site}.{DOMAIN}"] = {
            "hostname": f"10.77.0.{i + 10}",
            "platform": platform,
            "groups": [platform],
            "data": {
                "vendor": platform.split("_")[0],
                "role": role,
                "site": site.upper(),
                "location": {"name": loc, "city": city, "country": country},
                "aliases": aliases,
            },
        }
    return out


def fq(short: str) -> str:
    return f"{short}.{DOMAIN}"


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> InventoryIndex:
    folder = tmp_path_factory.mktemp("fqdn_inventory")
    write_inventory(folder, _hosts())
    return index_for(nornir_from(folder))


def _resolve(index: InventoryIndex, query: str) -> tuple[str, list[str]]:
    res = index.resolve(query)
    return res.status, res.hosts or res.candidates


# -- FQDN-like names ------------------------------------------------------------------------------


def test_leading_labels_of_an_fqdn_name_one_host(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "edge1.lax-dc2") == ("one", [fq("edge1.lax-dc2")])
    assert _resolve(fleet, "show bgp summary on leaf2.ams-dc1") == ("one", [fq("leaf2.ams-dc1")])
    assert _resolve(fleet, "LEAF1.CHI-HQ.CORP") == ("one", [fq("leaf1.chi-hq")])
    assert _resolve(fleet, "leaf1.lax-dc2 and edge1.lax-dc2") == (
        "many", [fq("edge1.lax-dc2"), fq("leaf1.lax-dc2")])
    # The first label alone repeats across sites: no silent pick.
    status, hosts = _resolve(fleet, "leaf1")
    assert status == "ambiguous" and len(hosts) == 3


def test_typo_in_a_later_label_is_tolerated_but_not_another_number(
    fleet: InventoryIndex,
) -> None:
    assert _resolve(fleet, "leaf1.ams-cd1") == ("one", [fq("leaf1.ams-dc1")])
    assert _resolve(fleet, "fw1.syd-dc1.corp.exmaple.org") == ("one", [fq("fw1.syd-dc1")])
    assert _resolve(fleet, "lef2.chi-hq") == ("one", [fq("leaf2.chi-hq")])
    # Another site or device number is a name that does not exist, never the nearest host.
    assert _resolve(fleet, "leaf1.ams-dc2")[0] == "none"
    assert _resolve(fleet, "leaf3.ams-dc1")[0] == "none"
    assert _resolve(fleet, "edge1.syd-dc1")[0] == "none"


def test_later_labels_that_are_place_words_narrow_the_first(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "edge1.amsterdam") == ("one", [fq("edge1.ams-dc1")])
    assert _resolve(fleet, "fw2.syd") == ("one", [fq("fw2.syd-dc1")])
    status, hosts = _resolve(fleet, "leaf1.usa")
    assert status == "ambiguous" and hosts == [fq("leaf1.chi-hq"), fq("leaf1.lax-dc2")]


# -- names after a negation -----------------------------------------------------------------------


def test_a_name_after_a_negation_is_left_out(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "all switches in chicago except leaf1") == (
        "many", [fq("leaf2.chi-hq")])
    assert _resolve(fleet, "every firewall other than fw1.lax-dc2") == (
        "many", [fq("fw1.chi-hq"), fq("fw1.syd-dc1"), fq("fw2.syd-dc1")])
    assert _resolve(fleet, "the routers but not ams-peering or richmond") == (
        "many", [fq("edge1.lax-dc2")])
    status, hosts = _resolve(fleet, "everything excluding leaf1 and leaf2")
    assert status == "many" and not any(h.startswith("leaf") for h in hosts) and len(hosts) == 7


# -- places -------------------------------------------------------------------------------------


def test_site_kind_code_with_number_after_a_city(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "Amsterdam DC1 leaf 2") == ("one", [fq("leaf2.ams-dc1")])
    assert _resolve(fleet, "los angeles dc2 firewall") == ("one", [fq("fw1.lax-dc2")])
    assert _resolve(fleet, "amsterdam dc3 leaf 1")[0] == "none"


def test_headquarters_is_a_site_kind(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "the headquarters switches") == (
        "many", [fq("leaf1.chi-hq"), fq("leaf2.chi-hq")])
    assert _resolve(fleet, "the hq firewall") == ("one", [fq("fw1.chi-hq")])
    assert _resolve(fleet, "the HQ router")[0] == "none"


def test_la_means_los_angeles(fleet: InventoryIndex, world_nr: Any) -> None:
    assert _resolve(fleet, "the firewall in LA") == ("one", [fq("fw1.lax-dc2")])
    assert _resolve(fleet, "what is the LA edge router doing") == ("one", [fq("edge1.lax-dc2")])
    assert _resolve(fleet, "switches in la") == ("many", [fq("leaf1.lax-dc2")])
    # Where the inventory has no Los Angeles, "LA" names a city it lacks.
    assert index_for(world_nr).resolve("the router in LA").status == "none"


def test_typo_in_a_city_name_of_several_words(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "the los angles firewall") == ("one", [fq("fw1.lax-dc2")])
    assert _resolve(fleet, "sao palo router") == ("one", [fq("edge1.gru-dc1")])
    # Only the inventory's cities are corrected: no silent pick for a city it lacks.
    assert _resolve(fleet, "the san fransisco firewall")[0] in ("none", "ambiguous")


def test_alias_that_is_also_a_town_elsewhere(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "ping from richmond") == ("one", [fq("edge1.gru-dc1")])
    # A town that is no alias and has no devices is still a place the inventory lacks.
    assert _resolve(fleet, "the victoria router")[0] == "none"


def test_ambiguous_requests_stay_ambiguous(fleet: InventoryIndex) -> None:
    status, hosts = _resolve(fleet, "the sydney firewall")
    assert status == "ambiguous" and hosts == [fq("fw1.syd-dc1"), fq("fw2.syd-dc1")]
    status, hosts = _resolve(fleet, "fw1.dc")
    assert status == "ambiguous" and hosts == [fq("fw1.lax-dc2"), fq("fw1.syd-dc1")]



def test_a_misspelt_city_the_inventory_lacks_matches_nothing(fleet: InventoryIndex) -> None:
    """A typo of a real city with no devices is a place that is not there: nothing, never
    every host of the role (the typo once dropped out and left "all routers")."""
    for query in ("routers in new yrok", "firewalls in madird", "the switches at san fransisco",
                  "edge routers in berlni"):
        assert _resolve(fleet, query) == ("none", []), query
    # ...while a typo of a city it has still finds it, and adjectives stay adjectives
    assert _resolve(fleet, "firewalls in sydny") == (
        "many", [fq("fw1.syd-dc1"), fq("fw2.syd-dc1")])
    assert _resolve(fleet, "firewalls in flaky sites")[0] == "many"
