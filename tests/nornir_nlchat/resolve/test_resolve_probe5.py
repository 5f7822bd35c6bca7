"""Behaviour found with the fifth unseen probe (the dev naming convention,
``<country 2><city 3><building/DC code><role><index>``, with other cities): qualifiers that
only aliases carry ("the wan routers" where roles say router and aliases ``...-wan-1``), site
kind words in aliases ("the lab switches"), a city code and a role noun that also start aliases
("sto firewalls"), "english" and "NY", a country adjective used as a language, and a role
code typo inside a name ("RT" for "RTR").

The inventory here is another small one of the same convention (not the probe's hosts), built
as real Nornir objects.
"""

from __future__ import annotations

from typing import Any

import pytest
from nornir.core import Nornir

from nornir_nlchat.resolve import InventoryIndex, index_for

from .conftest import nornir_from, write_inventory

SITES = {
    "YYZ-B1": ("CA", "Toronto", "Canada"),
    "YYZ-B2": ("CA", "Toronto", "Canada"),
    "YYZ-DC1": ("CA", "Toronto", "Canada"),
    "SEL-DC1": ("KR", "Seoul", "South Korea"),
    "SEL-B1": ("KR", "Seoul", "South Korea"),
    "STO-DC1": ("SE", "Stockholm", "Sweden"),
    "STO-B1": ("SE", "Stockholm", "Sweden"),
    "MEX-DC1": ("MX", "Mexico City", "Mexico"),
    "LDS-B1": ("GB", "Leeds", "United Kingdom"),
    "NYC-B1": ("US", "New York", "United States"),
    "MAA-B1": ("IN", "Chennai", "India"),
}
ROLE = {"SW": "switch", "CSW": "core_switch", "RTR": "router", "FW": "firewall"}
VENDOR = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
          "juniper_junos": "juniper", "aruba_aoscx": "aruba", "hp_procurve": "hp"}
# (site, role code, index, platform, aliases)
ROWS: list[tuple[str, str, int, str, list[str]]] = [
    ("YYZ-B1", "SW", 1, "aruba_aoscx", ["yonge-sw"]),
    ("YYZ-B1", "RTR", 1, "cisco_ios", ["yyz-wan-1"]),
    ("YYZ-B2", "RTR", 1, "cisco_ios", ["yyz-wan-2"]),
    ("YYZ-DC1", "CSW", 1, "cisco_nxos", []),
    ("YYZ-DC1", "RTR", 1, "juniper_junos", ["yyz-inet-1"]),
    ("SEL-DC1", "CSW", 1, "arista_eos", ["sel-spine-1"]),
    ("SEL-DC1", "CSW", 2, "arista_eos", ["sel-spine-2"]),
    ("SEL-DC1", "SW", 1, "arista_eos", []),
    ("SEL-DC1", "RTR", 1, "juniper_junos", []),
    ("SEL-B1", "CSW", 1, "cisco_nxos", ["gangnam-core"]),
    ("SEL-B1", "SW", 1, "hp_procurve", ["gangnam-lab"]),
    ("STO-DC1", "FW", 1, "juniper_junos", ["sto-fw-a"]),
    ("STO-DC1", "FW", 2, "juniper_junos", ["sto-fw-b"]),
    ("STO-B1", "FW", 1, "juniper_junos", []),
    ("STO-B1", "SW", 1, "hp_procurve", ["kista-lab"]),
    ("MEX-DC1", "CSW", 1, "cisco_nxos", []),
    ("MEX-DC1", "RTR", 1, "cisco_ios", []),
    ("LDS-B1", "RTR", 1, "cisco_ios", []),
    ("LDS-B1", "SW", 1, "aruba_aoscx", []),
    ("NYC-B1", "RTR", 1, "cisco_ios", []),
    ("NYC-B1", "SW", 1, "cisco_ios", []),
    ("MAA-B1", "RTR", 1, "cisco_ios", []),
]


def _hosts() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, (site, code, index, platform, aliases) in enumerate(ROWS):
        country_code, city, country = SITES[site]
        city_code, kind = site.split("-")
        word = "Datacenter" if kind.startswith("DC") else "Building"
        out[f"{country_code}{city_code}{kind}{code}{index}"] = {
            "hostname": f"127.97.{i // 100}.{i % 100 + 10}",
            "platform": platform,
            "groups": [platform],
            "data": {
                "vendor": VENDOR[platform],
                "role": ROLE[code],
                "site": site,
                "location": {"name": f"{city} {word} {kind[-1]}", "city": city,
                             "country": country, "latitude": 0.0, "longitude": 0.0},
                "aliases": aliases,
            },
        }
    return out


@pytest.fixture(scope="module")
def nr(tmp_path_factory: pytest.TempPathFactory) -> Nornir:
    folder = tmp_path_factory.mktemp("probe5_style")
    write_inventory(folder, _hosts())
    return nornir_from(folder)


@pytest.fixture(scope="module")
def ix(nr: Nornir) -> InventoryIndex:
    return index_for(nr)


def _check(ix: InventoryIndex, query: str, status: str, hosts: list[str]) -> None:
    res = ix.resolve(query)
    got = res.hosts if status in ("one", "many") else res.candidates
    assert (res.status, sorted(got)) == (status, sorted(hosts)), (query, res.reason)


@pytest.mark.parametrize(
    ("query", "status", "hosts"),
    [
        # "wan", "inet", "spine" are in aliases only; the role field says router / core switch
        ("the toronto wan routers", "many", ["CAYYZB1RTR1", "CAYYZB2RTR1"]),
        ("all wan routers", "many", ["CAYYZB1RTR1", "CAYYZB2RTR1"]),
        ("the toronto internet router", "one", ["CAYYZDC1RTR1"]),
        ("the seoul spine switches", "many", ["KRSELDC1CSW1", "KRSELDC1CSW2"]),
        ("the second spine switch in seoul", "one", ["KRSELDC1CSW2"]),
        ("all routers in toronto except the wan routers", "many", ["CAYYZDC1RTR1"]),
        # where no host of the rest carries the word, it is relaxed as before
        ("the mexico city internet router", "one", ["MXMEXDC1RTR1"]),
    ],
)
def test_qualifiers_that_aliases_carry(ix: InventoryIndex, query: str, status: str,
                                       hosts: list[str]) -> None:
    _check(ix, query, status, hosts)


def test_site_kind_word_in_aliases(ix: InventoryIndex) -> None:
    _check(ix, "all lab switches", "many", ["KRSELB1SW1", "SESTOB1SW1"])
    _check(ix, "the seoul lab switch", "one", ["KRSELB1SW1"])
    _check(ix, "the lab switch", "ambiguous", ["KRSELB1SW1", "SESTOB1SW1"])


def test_city_code_and_role_noun_are_not_an_alias_start(ix: InventoryIndex) -> None:
    every = ["SESTOB1FW1", "SESTODC1FW1", "SESTODC1FW2"]
    _check(ix, "sto firewalls", "many", every)
    _check(ix, "the sto firewall", "ambiguous", every)
    _check(ix, "sto-fw-b", "one", ["SESTODC1FW2"])  # the alias itself still wins


def test_english_and_ny(ix: InventoryIndex) -> None:
    _check(ix, "english routers", "many", ["GBLDSB1RTR1"])
    _check(ix, "the english switch", "one", ["GBLDSB1SW1"])
    _check(ix, "the NY router", "one", ["USNYCB1RTR1"])
    _check(ix, "ny building 1 switch", "one", ["USNYCB1SW1"])


def test_country_adjective_as_a_language(ix: InventoryIndex) -> None:
    _check(ix, "show the bgp summary in english for the chennai router", "one",
           ["INMAAB1RTR1"])
    # with no other place it is still the country
    _check(ix, "routers in english", "many", ["GBLDSB1RTR1"])


def test_role_code_typo_of_the_same_role(ix: InventoryIndex) -> None:
    _check(ix, "CAYYZB1RT1", "one", ["CAYYZB1RTR1"])
    _check(ix, "show ip route on krseldc1rt1", "one", ["KRSELDC1RTR1"])
    # another role's code is not a typo, and digits never change
    assert ix.resolve("CAYYZDC1SW1").status == "none"
    assert ix.resolve("CAYYZB1RT2").status == "none"

