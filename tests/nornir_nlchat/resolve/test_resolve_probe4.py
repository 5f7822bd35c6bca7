"""Behaviour found with the fourth unseen probe (upper-case names with underscores and a
function code, ``FRA_DC01_SPINE_01``, ``WAW_DC01_FW_A``): function codes in names finer than
the role field, units of a pair named by a letter, exclusions of a whole description
("except fra leaf 2"), "but" after a quantifier, and the Gulf as a region.

The inventory here is another small one in the same style (not the probe's hosts), built as
real Nornir objects.
"""

from __future__ import annotations

from typing import Any

import pytest

from nornir_nlchat.resolve import InventoryIndex, index_for
from nornir_nlchat.resolve.lexicon import KIND_CODES
from nornir_nlchat.resolve.names import decode_name

from .conftest import nornir_from, write_inventory

ROLE = {"SPINE": "core_switch", "CORE": "core_switch", "DIST": "core_switch",
        "LEAF": "switch", "ACC": "switch", "WAN": "router", "EDGE": "router",
        "BORDER": "router", "FW": "firewall"}
SITES = {
    "AMS_DC02": ("Amsterdam", "Netherlands"),
    "VIE_OF01": ("Vienna", "Austria"),
    "DOH_DC01": ("Doha", "Qatar"),
    "AMM_BR01": ("Amman", "Jordan"),
    "LOS_BR01": ("Lagos", "Nigeria"),
}
# (site, function, unit, platform)
ROWS: list[tuple[str, str, str, str]] = [
    ("AMS_DC02", "SPINE", "01", "arista_eos"),
    ("AMS_DC02", "SPINE", "02", "arista_eos"),
    ("AMS_DC02", "LEAF", "01", "arista_eos"),
    ("AMS_DC02", "LEAF", "02", "arista_eos"),
    ("AMS_DC02", "LEAF", "03", "arista_eos"),
    ("AMS_DC02", "BORDER", "01", "juniper_junos"),
    ("AMS_DC02", "FW", "A", "juniper_junos"),
    ("AMS_DC02", "FW", "B", "juniper_junos"),
    ("VIE_OF01", "DIST", "01", "aruba_aoscx"),
    ("VIE_OF01", "ACC", "01", "aruba_aoscx"),
    ("VIE_OF01", "ACC", "02", "aruba_aoscx"),
    ("VIE_OF01", "WAN", "01", "cisco_ios"),
    ("DOH_DC01", "CORE", "01", "cisco_nxos"),
    ("DOH_DC01", "LEAF", "01", "cisco_nxos"),
    ("DOH_DC01", "EDGE", "01", "juniper_junos"),
    ("DOH_DC01", "FW", "A", "juniper_junos"),
    ("DOH_DC01", "FW", "B", "juniper_junos"),
    ("AMM_BR01", "WAN", "01", "cisco_ios"),
    ("AMM_BR01", "FW", "01", "juniper_junos"),
    ("LOS_BR01", "WAN", "01", "cisco_ios"),
    ("LOS_BR01", "ACC", "01", "hp_procurve"),
]


def _hosts() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, (site, function, unit, platform) in enumerate(ROWS):
        city, country = SITES[site]
        out[f"{site}_{function}_{unit}"] = {
            "hostname": f"10.78.0.{i + 10}",
            "platform": platform,
            "groups": [platform],
            "data": {
                "vendor": platform.split("_")[0],
                "role": ROLE[function],
                "site": site,
                "location": {"name": f"{city} {site[4:6]}", "city": city, "country": country},
                "aliases": [],
            },
        }
    return out


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> InventoryIndex:
    folder = tmp_path_factory.mktemp("function_code_inventory")
    write_inventory(folder, _hosts())
    return index_for(nornir_from(folder))


def _resolve(index: InventoryIndex, query: str) -> tuple[str, list[str]]:
    res = index.resolve(query)
    return res.status, res.hosts or res.candidates


def _named(function: str, *sites: str) -> list[str]:
    return sorted(f"{s}_{f}_{u}" for s, f, u, _ in ROWS
                  if f == function and (not sites or s in sites))


# -- function codes in names --------------------------------------------------------------------


def test_function_codes_in_names_narrow_the_role_field(fleet: InventoryIndex) -> None:
    # SPINE, CORE and DIST hosts are all core_switch: "spines" are only the SPINE ones.
    assert _resolve(fleet, "all spines") == ("many", _named("SPINE"))
    assert _resolve(fleet, "the wan routers") == ("many", _named("WAN"))
    assert _resolve(fleet, "edge routers") == ("many", _named("EDGE"))
    assert _resolve(fleet, "the vienna distribution switch") == ("one", ["VIE_OF01_DIST_01"])
    assert _resolve(fleet, "every leaf") == ("many", _named("LEAF"))
    assert _resolve(fleet, "leaf 1") == ("ambiguous", ["AMS_DC02_LEAF_01", "DOH_DC01_LEAF_01"])
    # The role field still answers the broader words.
    status, hosts = _resolve(fleet, "core switches")
    assert status == "many" and hosts == sorted(
        [*_named("SPINE"), *_named("CORE"), *_named("DIST")])


def test_a_function_code_a_place_lacks_is_none(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "spine switches in doha")[0] == "none"  # Doha has a CORE
    assert _resolve(fleet, "the border router in doha")[0] == "none"  # and an EDGE
    assert _resolve(fleet, "lagos leaf 1")[0] == "none"  # an ACC switch, not a leaf


# -- units of a pair ------------------------------------------------------------------------------


def test_a_letter_names_one_unit_of_a_pair(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "the b firewall in amsterdam") == ("one", ["AMS_DC02_FW_B"])
    assert _resolve(fleet, "doha firewall a") == ("one", ["DOH_DC01_FW_A"])
    assert _resolve(fleet, "amsterdam fw-b") == ("one", ["AMS_DC02_FW_B"])
    assert _resolve(fleet, "the a-side firewall in doha") == ("one", ["DOH_DC01_FW_A"])
    assert _resolve(fleet, "firewalls a and b in doha") == (
        "many", ["DOH_DC01_FW_A", "DOH_DC01_FW_B"])
    assert _resolve(fleet, "the c firewall in doha")[0] == "none"


def test_the_article_a_is_not_a_unit(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "show me a firewall in doha") == (
        "ambiguous", ["DOH_DC01_FW_A", "DOH_DC01_FW_B"])
    assert _resolve(fleet, "check the firewall a few times in amsterdam")[0] == "ambiguous"
    # A unit letter without a place still repeats across sites.
    assert _resolve(fleet, "firewall b") == ("ambiguous", ["AMS_DC02_FW_B", "DOH_DC01_FW_B"])


def test_decode_name_reads_a_unit_letter_after_the_role_code() -> None:
    parts = decode_name("DOH_DC01_FW_B", KIND_CODES)
    assert (parts.city_code, parts.site_kind, parts.role_code, parts.side) == (
        "doh", "datacenter", "fw", "b")
    assert decode_name("lon-dc1-core-sw-01", KIND_CODES).side is None


# -- exclusions -----------------------------------------------------------------------------------


def test_an_excluded_description_is_read_as_a_whole(fleet: InventoryIndex) -> None:
    # "ams leaf 2" is one device: not every Amsterdam host and every leaf 2.
    status, hosts = _resolve(fleet, "every leaf except ams leaf 2")
    assert (status, hosts) == ("many", ["AMS_DC02_LEAF_01", "AMS_DC02_LEAF_03",
                                        "DOH_DC01_LEAF_01"])
    status, hosts = _resolve(fleet, "all switches except amsterdam spines")
    assert status == "many" and "AMS_DC02_LEAF_01" in hosts and not set(hosts) & set(
        _named("SPINE"))
    # "non-" negates the one word it is attached to.
    assert _resolve(fleet, "non-cisco routers") == (
        "many", ["AMS_DC02_BORDER_01", "DOH_DC01_EDGE_01"])


def test_but_after_a_quantifier_excludes(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "everything in doha but the firewalls") == (
        "many", ["DOH_DC01_CORE_01", "DOH_DC01_EDGE_01", "DOH_DC01_LEAF_01"])
    status, hosts = _resolve(fleet, "everything but the firewalls")
    assert status == "many" and len(hosts) == len(ROWS) - 5
    # Not without a quantifier, and not "but only".
    assert _resolve(fleet, "all routers but only in vienna") == ("many", ["VIE_OF01_WAN_01"])


# -- regions --------------------------------------------------------------------------------------


def test_the_gulf_is_the_gcc_states_not_the_middle_east(fleet: InventoryIndex) -> None:
    assert _resolve(fleet, "firewalls in the gulf") == (
        "many", ["DOH_DC01_FW_A", "DOH_DC01_FW_B"])
    status, hosts = _resolve(fleet, "firewalls in the middle east")
    assert status == "many" and "AMM_BR01_FW_01" in hosts
    assert _resolve(fleet, "the router in the gulf") == ("one", ["DOH_DC01_EDGE_01"])
