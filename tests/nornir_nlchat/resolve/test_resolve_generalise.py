"""Inventories unlike the dev one: other naming schemes, data fields, places and roles.

Each test builds a small SimpleInventory (real Nornir objects, through ``make_nornir``) in one
of the shapes the resolver must read without configuration, then checks what requests resolve
to.
"""

from __future__ import annotations

from typing import Any

import pytest

from nornir_nlchat.resolve import FieldMap, InventoryIndex, index_for
from nornir_nlchat.resolve.lexicon import KIND_CODES
from nornir_nlchat.resolve.names import decode_name
from nornir_nlchat.resolve.parse import parse_role
from nornir_nlchat.resolve.places import (
    canonical_city,
    canonical_country,
    canonical_region,
    country_of_city,
    region_countries,
    world_city_names,
)

from .conftest import MakeNornir

ISO = frozenset({"us", "gb", "de", "in"})


def _resolve(index: InventoryIndex, query: str) -> tuple[str, list[str]]:
    res = index.resolve(query)
    return res.status, res.hosts or res.candidates


# -- flat fields, dashed lower-case names, native city names, regions ---------------------------


def _metro_hosts() -> dict[str, Any]:
    rows = [
        ("fra-dc1-leaf-01", "fra-dc1", "Frankfurt", "DE", "leaf", "arista_eos", "emea"),
        ("fra-dc2-leaf-01", "fra-dc2", "Frankfurt", "DE", "leaf", "arista_eos", "emea"),
        ("fra-dc2-leaf-02", "fra-dc2", "Frankfurt", "DE", "leaf", "arista_eos", "emea"),
        ("fra-dc2-leaf-03", "fra-dc2", "Frankfurt", "DE", "leaf", "arista_eos", "emea"),
        ("fra-dc2-spine-01", "fra-dc2", "Frankfurt", "DE", "spine", "arista_eos", "emea"),
        ("fra-dc2-cr-01", "fra-dc2", "Frankfurt", "DE", "core-router", "juniper_junos", "emea"),
        ("muc-br-rtr01", "muc-br", "München", "DE", "wan-router", "cisco_ios", "emea"),
        ("bom-dc1-cr-01", "bom-dc1", "Mumbai", "IN", "core-router", "juniper_junos", "apac"),
        ("nyc-br-fw01", "nyc-br", "New York", "US", "firewall", "paloalto_panos", "amer"),
    ]
    return {
        name: {
            "platform": platform,
            "groups": [platform],
            "data": {"site": site, "city": city, "country": country, "role": role,
                     "region": region},
        }
        for name, site, city, country, role, platform, region in rows
    }


@pytest.fixture
def metro(make_nornir: MakeNornir) -> InventoryIndex:
    return index_for(make_nornir(_metro_hosts()))


def test_dashed_names_resolve_spoken_forms(metro: InventoryIndex) -> None:
    assert _resolve(metro, "leaf 3 in frankfurt dc2") == ("one", ["fra-dc2-leaf-03"])
    assert _resolve(metro, "fra dc2 leaf 03") == ("one", ["fra-dc2-leaf-03"])
    assert _resolve(metro, "spine 1 in frankfrut dc2") == ("one", ["fra-dc2-spine-01"])
    assert _resolve(metro, "leaf 5 in frankfurt dc2")[0] == "none"


def test_flat_city_and_country_fields_with_native_names(metro: InventoryIndex) -> None:
    assert _resolve(metro, "the munich router") == ("one", ["muc-br-rtr01"])
    # "br" after the city code of a site marks a branch; "branch" then means those sites.
    assert _resolve(metro, "the branch firewall in new york") == ("one", ["nyc-br-fw01"])
    assert _resolve(metro, "the core router in bombay") == ("one", ["bom-dc1-cr-01"])
    status, hosts = _resolve(metro, "routers in germany")
    assert status == "many"
    assert hosts == ["fra-dc2-cr-01", "muc-br-rtr01"]


def test_region_words_match_countries_and_region_fields(metro: InventoryIndex) -> None:
    assert _resolve(metro, "all core routers in europe") == ("many", ["fra-dc2-cr-01"])
    assert _resolve(metro, "everything in apac") == ("many", ["bom-dc1-cr-01"])
    status, hosts = _resolve(metro, "all devices in emea")
    assert status == "many" and len(hosts) == 7
    assert _resolve(metro, "routers in latam")[0] == "none"


def test_non_qualifier_negation_and_plural_phrases(metro: InventoryIndex) -> None:
    status, hosts = _resolve(metro, "all non-spine switches in frankfurt")
    assert status == "many"
    assert hosts == ["fra-dc1-leaf-01", "fra-dc2-leaf-01", "fra-dc2-leaf-02", "fra-dc2-leaf-03"]
    assert _resolve(metro, "non-core routers") == ("many", ["muc-br-rtr01"])
    assert _resolve(metro, "uptime of the palo altos") == ("many", ["nyc-br-fw01"])


def test_number_lists_and_ranges_after_a_role(metro: InventoryIndex) -> None:
    assert _resolve(metro, "leaf 2 and 3 in fra dc2") == (
        "many", ["fra-dc2-leaf-02", "fra-dc2-leaf-03"]
    )
    assert _resolve(metro, "leaf switches 1 to 3 in frankfurt dc2") == (
        "many", ["fra-dc2-leaf-01", "fra-dc2-leaf-02", "fra-dc2-leaf-03"]
    )


def test_dashed_name_place_parts_are_decoded() -> None:
    parts = decode_name("nyc-br-fw01", KIND_CODES, ISO)
    assert (parts.city_code, parts.role_code, parts.index) == ("nyc", "fw", 1)
    parts = decode_name("us-nyc-br-fw01", KIND_CODES, ISO)
    assert (parts.country_code, parts.city_code) == ("us", "nyc")
    bare = InventoryIndex.from_hosts([{"name": n} for n in _metro_hosts()])
    assert _resolve(bare, "the nyc firewall") == ("one", ["nyc-br-fw01"])


# -- NetBox-style nested data ------------------------------------------------------------------


def _netbox_hosts() -> dict[str, Any]:
    rows = [
        ("ams3-core-sw1", "Amsterdam DC3", "ams3", "Core Switch", "arista", "cloud", ["pci"],
         "R01", 0),
        ("ams3-core-sw2", "Amsterdam DC3", "ams3", "Core Switch", "arista", "cloud", [], "R02",
         0),
        ("ams3-fw1", "Amsterdam DC3", "ams3", "Firewall", "palo-alto", "cloud", ["pci"], "R01",
         0),
        ("dal1-acc-sw1", "Dallas DC1", "dal1", "Access Switch", "aruba", "energy", [], "C12",
         3),
        ("dal1-acc-sw2", "Dallas DC1", "dal1", "Access Switch", "aruba", "energy", [], "C10",
         2),
        ("dal1-fw1", "Dallas DC1", "dal1", "Firewall", "palo-alto", "energy", ["pci"], "C10",
         1),
    ]
    return {
        name: {
            "platform": "linux",
            "data": {
                "site": {"name": site_name, "slug": slug},
                "device_role": {"name": role, "slug": role.lower().replace(" ", "-")},
                "device_type": {"manufacturer": {"name": vendor.title(), "slug": vendor}},
                "tenant": {"name": tenant.title(), "slug": tenant},
                "tags": [{"name": t, "slug": t} for t in tags],
                "custom_fields": {"rack": rack, "floor": floor},
            },
        }
        for name, site_name, slug, role, vendor, tenant, tags, rack, floor in rows
    }


@pytest.mark.parametrize("fields", [None, FieldMap.netbox()], ids=["default", "netbox"])
def test_netbox_nested_fields_map(make_nornir: MakeNornir, fields: FieldMap | None) -> None:
    index = index_for(make_nornir(_netbox_hosts()), fields)
    # The city comes from the site name, the country from the city.
    assert _resolve(index, "the amsterdam firewall") == ("one", ["ams3-fw1"])
    assert _resolve(index, "firewalls in the netherlands") == ("many", ["ams3-fw1"])
    assert _resolve(index, "edge routers in europe")[0] == "none"
    assert _resolve(index, "everything at ams3")[1] == ["ams3-core-sw1", "ams3-core-sw2",
                                                          "ams3-fw1"]
    assert _resolve(index, "the dallas core switch")[0] == "none"
    assert _resolve(index, "the palo alto in dallas") == ("one", ["dal1-fw1"])
    assert _resolve(index, "pci firewalls") == ("many", ["ams3-fw1", "dal1-fw1"])
    assert _resolve(index, "devices of tenant energy")[1] == [
        "dal1-acc-sw1", "dal1-acc-sw2", "dal1-fw1"
    ]
    assert _resolve(index, "switches on floor 3") == ("many", ["dal1-acc-sw1"])
    assert _resolve(index, "everything in rack c10") == ("many", ["dal1-acc-sw2", "dal1-fw1"])
    # Place codes the inventory does not have are never another place.
    assert _resolve(index, "everything in rack z99")[0] == "none"
    assert _resolve(index, "firewalls in ams9")[0] == "none"


# -- campus: buildings, floors, role words -------------------------------------------------------


def _campus_hosts() -> dict[str, Any]:
    rows = [
        ("B12-F1-AS-01", "access", "aruba", 12, 1),
        ("B12-F3-AS-01", "access", "aruba", 12, 3),
        ("B12-F3-AS-02", "access", "aruba", 12, 3),
        ("B12-F1-DS-01", "distribution", "aruba", 12, 1),
        ("B7-F3-AS-01", "access", "cisco", 7, 3),
        ("B3-F2-AS-01", "access", "juniper", 3, 2),
        ("B1-CORE-01", "core", "cisco", 1, None),
        ("B1-CORE-02", "core", "cisco", 1, None),
        ("B1-DC-LF-01", "leaf", "arista", 1, None),
        ("B1-DC-BL-01", "border-leaf", "arista", 1, None),
        ("B1-DC-BL-02", "border-leaf", "arista", 1, None),
        ("B1-WAN-01", "wan edge", "juniper", 1, None),
        ("B1-WAN-02", "wan edge", "juniper", 1, None),
        ("B1-OOB-01", "oob", "cisco", 1, None),
        ("B7-F1-UPS-01", "ups-mgmt", "apc", 7, 1),
    ]
    platforms = {"aruba": "aruba_aoscx", "cisco": "cisco_ios", "juniper": "juniper_junos",
                 "arista": "arista_eos", "apc": "linux"}
    hosts: dict[str, Any] = {}
    for name, role, vendor, building, floor in rows:
        data: dict[str, Any] = {"role": role, "building": building, "city": "Redmond"}
        if floor is not None:
            data["floor"] = floor
        platform = platforms[vendor]
        hosts[name] = {"platform": platform, "groups": [platform], "data": data}
    return hosts


@pytest.fixture
def campus(make_nornir: MakeNornir) -> InventoryIndex:
    return index_for(make_nornir(_campus_hosts()))


def test_campus_building_and_floor_words(campus: InventoryIndex) -> None:
    status, hosts = _resolve(campus, "everything in building 12")
    assert status == "many" and hosts == ["B12-F1-AS-01", "B12-F1-DS-01", "B12-F3-AS-01",
                                          "B12-F3-AS-02"]
    assert _resolve(campus, "floor 3 access switches") == (
        "many", ["B12-F3-AS-01", "B12-F3-AS-02", "B7-F3-AS-01"]
    )
    # A floor narrows a building (it does not add to it).
    assert _resolve(campus, "access switch 2 on floor 3 of building 12") == (
        "one", ["B12-F3-AS-02"]
    )
    assert _resolve(campus, "the access switches on the third floor of building 12") == (
        "many", ["B12-F3-AS-01", "B12-F3-AS-02"]
    )
    assert _resolve(campus, "access switches in buildings 3 and 7") == (
        "many", ["B3-F2-AS-01", "B7-F3-AS-01"]
    )
    assert _resolve(campus, "everything in building 9")[0] == "none"
    # A site kind the inventory does not record adds nothing to a named place.
    assert _resolve(campus, "all devices on the redmond campus")[0] == "many"


def test_campus_names_decode_building_and_floor() -> None:
    parts = decode_name("B12-F3-AS-02", KIND_CODES, ISO)
    assert (parts.site_kind, parts.site_num, parts.floor) == ("building", 12, 3)
    assert (parts.role_code, parts.index) == ("as", 2)
    bare = InventoryIndex.from_hosts([{"name": n} for n in _campus_hosts()])
    assert _resolve(bare, "building 12 floor 3 access switch 2") == ("one", ["B12-F3-AS-02"])


def test_role_values_made_of_qualifiers_and_other_families() -> None:
    assert parse_role("border-leaf") == ("switch", "border leaf")
    assert parse_role("wan edge") == ("router", "wan edge")
    assert parse_role("ups-mgmt") == ("ups", "management")
    assert parse_role("sw-core") == ("switch", "core")
    assert parse_role("core_switch") == ("switch", "core")


def test_campus_role_synonyms(campus: InventoryIndex) -> None:
    assert _resolve(campus, "second border leaf") == ("one", ["B1-DC-BL-02"])
    assert _resolve(campus, "the border leafs") == ("many", ["B1-DC-BL-01", "B1-DC-BL-02"])
    assert _resolve(campus, "all leafs") == ("many", ["B1-DC-LF-01"])
    assert _resolve(campus, "wan edge 2") == ("one", ["B1-WAN-02"])
    assert _resolve(campus, "the wan router") == ("ambiguous", ["B1-WAN-01", "B1-WAN-02"])
    assert _resolve(campus, "core 2") == ("one", ["B1-CORE-02"])
    assert _resolve(campus, "the core switch") == ("ambiguous", ["B1-CORE-01", "B1-CORE-02"])
    assert _resolve(campus, "the oob switch") == ("one", ["B1-OOB-01"])
    assert _resolve(campus, "the ups in building 7") == ("one", ["B7-F1-UPS-01"])
    status, hosts = _resolve(campus, "all switches except the core")
    assert status == "many" and "B1-CORE-01" not in hosts and "B1-DC-BL-01" in hosts
    assert len(hosts) == 10


# -- place data ----------------------------------------------------------------------------------


def test_country_of_city_and_regions() -> None:
    assert country_of_city("frankfurt") == "de"
    assert country_of_city("bengaluru") == "in"
    assert country_of_city("atlantis") is None
    assert canonical_region("Asia-Pacific") == "apac"
    assert canonical_region("EMEA") == "emea"
    assert canonical_region("us-east") is None
    regions = region_countries()
    assert {"de", "gb", "za", "ae"} <= regions["emea"]
    assert "ae" not in regions["apac"] and {"jp", "au", "in"} <= regions["apac"]


# -- dashed <cc>-<city>-<site>-<role><nn> names, one-word aliases, city and country words -------


def _probe_hosts() -> dict[str, Any]:
    rows = [
        ("de-muc-dc2-rtr01", "router", "MUC-DC2", "München", "Germany", "cisco_ios", []),
        ("de-muc-dc2-fw01", "firewall", "MUC-DC2", "München", "Germany", "juniper_junos", []),
        ("de-muc-dc1-rtr01", "router", "MUC-DC1", "München", "Germany", "juniper_junos",
         ["internet-edge-1"]),
        ("de-muc-dc1-rtr02", "router", "MUC-DC1", "München", "Germany", "juniper_junos",
         ["internet-edge-2"]),
        ("nl-hag-dc1-core01", "core_switch", "HAG-DC1", "The Hague", "Netherlands",
         "arista_eos", ["core-a"]),
        ("nl-hag-dc1-core02", "core_switch", "HAG-DC1", "The Hague", "Netherlands",
         "arista_eos", ["core-b"]),
        ("nl-hag-dc1-fw01", "firewall", "HAG-DC1", "The Hague", "Netherlands", "juniper_junos",
         []),
        ("us-nyc-dc1-rtr01", "router", "NYC-DC1", "New York", "United States", "cisco_ios",
         ["broadway"]),
        ("us-nyc-dc1-rtr02", "router", "NYC-DC1", "New York", "United States", "cisco_ios",
         ["liberty"]),
        ("br-sao-b1-acc01", "switch", "SAO-B1", "São Paulo", "Brazil", "aruba_aoscx", []),
        ("in-bom-b1-acc01", "switch", "BOM-B1", "Mumbai", "India", "cisco_ios", []),
        ("in-bom-dc1-core01", "core_switch", "BOM-DC1", "Mumbai", "India", "cisco_nxos", []),
    ]
    vendors = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "juniper_junos": "juniper",
               "arista_eos": "arista", "aruba_aoscx": "aruba"}
    return {
        name: {
            "platform": platform,
            "groups": [platform],
            "data": {"vendor": vendors[platform], "role": role, "site": site,
                     "location": {"name": site, "city": city, "country": country},
                     "aliases": aliases},
        }
        for name, role, site, city, country, platform, aliases in rows
    }


@pytest.fixture
def probe(make_nornir: MakeNornir) -> InventoryIndex:
    return index_for(make_nornir(_probe_hosts()))


def test_dashed_name_without_a_prefix_is_read_part_by_part(probe: InventoryIndex) -> None:
    # The country prefix left out: every part still names something, and one host fits.
    assert _resolve(probe, "muc-dc2-rtr01") == ("one", ["de-muc-dc2-rtr01"])
    assert _resolve(probe, "sh ver nyc-dc1-rtr1") == ("one", ["us-nyc-dc1-rtr01"])
    # A part the inventory lacks (index, site, city code, country) keeps it a missing name.
    for query in ("muc-dc2-rtr05", "muc-dc3-rtr01", "xyz-dc2-rtr01", "us-muc-dc2-rtr01"):
        assert _resolve(probe, query) == ("none", []), query
    # Parts that fit several hosts do not pick one.
    assert _resolve(probe, "muc-dc1-rtr")[0] != "one"


def test_one_word_aliases_are_names_and_can_be_listed(probe: InventoryIndex) -> None:
    assert _resolve(probe, "cpu on broadway") == ("one", ["us-nyc-dc1-rtr01"])
    assert _resolve(probe, "broadway and liberty") == (
        "many", ["us-nyc-dc1-rtr01", "us-nyc-dc1-rtr02"]
    )
    assert _resolve(probe, "core-a and core-b") == (
        "many", ["nl-hag-dc1-core01", "nl-hag-dc1-core02"]
    )


def test_plural_of_an_alias_start(probe: InventoryIndex) -> None:
    assert _resolve(probe, "both internet edges") == (
        "many", ["de-muc-dc1-rtr01", "de-muc-dc1-rtr02"]
    )


def test_city_without_article_and_written_as_one_word(probe: InventoryIndex) -> None:
    assert _resolve(probe, "hague firewall") == ("one", ["nl-hag-dc1-fw01"])
    assert _resolve(probe, "hague dc1 core 2") == ("one", ["nl-hag-dc1-core02"])
    assert _resolve(probe, "den haag firewall") == ("one", ["nl-hag-dc1-fw01"])
    assert _resolve(probe, "newyork routers") == ("many", ["us-nyc-dc1-rtr01",
                                                           "us-nyc-dc1-rtr02"])
    assert _resolve(probe, "the saopaulo switch") == ("one", ["br-sao-b1-acc01"])


def test_country_adjectives(probe: InventoryIndex) -> None:
    assert _resolve(probe, "the dutch firewall") == ("one", ["nl-hag-dc1-fw01"])
    assert _resolve(probe, "the brazilian switch") == ("one", ["br-sao-b1-acc01"])
    assert _resolve(probe, "american routers") == ("many", ["us-nyc-dc1-rtr01",
                                                            "us-nyc-dc1-rtr02"])
    # A country the inventory has no devices in.
    assert _resolve(probe, "the italian router") == ("none", [])


def test_model_line_words(probe: InventoryIndex) -> None:
    # Catalyst: IOS or IOS-XE; SRX / QFX: Junos.
    assert _resolve(probe, "the catalyst switch in mumbai") == ("one", ["in-bom-b1-acc01"])
    assert _resolve(probe, "the srx in the hague") == ("one", ["nl-hag-dc1-fw01"])


def test_place_words_tables() -> None:
    assert canonical_country("Dutch") == "nl"
    assert canonical_city("Hague") == "the hague"
    assert canonical_city("newyork") == "new york"
    assert "bronx" in world_city_names()
