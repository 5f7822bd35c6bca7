"""Leftovers of the earlier probes (see docs/resolution.md, "Leftovers fixed"): positions
("the last oslo switch", "the first two routers", "except the last one"), ordinals inside an
exclusion ("except the second one"), an unknown city code where names carry three-letter codes
("the pek router"), "but" without a quantifier and the other excluding words ("minus",
"without", "aside from"), "primary" / "secondary" as units A / B or numbers 1 / 2, and a name or
alias that contradicts the place named with it ("the oslo lab firewall" where the "lab-fw" is in
Lima).

The inventories are small ones in the dev convention built here as real Nornir objects.
"""

from __future__ import annotations

from typing import Any

import pytest
from nornir.core import Nornir

from nornir_nlchat.resolve import InventoryIndex, index_for

from .conftest import MakeNornir

SITES = {
    "OSL-B1": ("NO", "Oslo", "Norway"),
    "OSL-DC1": ("NO", "Oslo", "Norway"),
    "LIM-B1": ("PE", "Lima", "Peru"),
    "PER-B2": ("AU", "Perth", "Australia"),
    "PER-DC1": ("AU", "Perth", "Australia"),
}
ROLE = {"SW": "switch", "CSW": "core_switch", "RTR": "router", "FW": "firewall"}
# (site, role code, index, aliases)
ROWS: list[tuple[str, str, int, list[str]]] = [
    ("OSL-B1", "SW", 1, []),
    ("OSL-B1", "SW", 2, []),
    ("OSL-B1", "SW", 3, ["grunerlokka-sw"]),
    ("OSL-B1", "RTR", 1, []),
    ("OSL-DC1", "CSW", 1, []),
    ("OSL-DC1", "CSW", 2, []),
    ("OSL-DC1", "RTR", 1, ["osl-inet-1"]),
    ("OSL-DC1", "RTR", 2, ["osl-inet-2"]),
    ("OSL-DC1", "FW", 1, ["osl-fw-a"]),
    ("OSL-DC1", "FW", 2, ["osl-fw-b"]),
    ("LIM-B1", "SW", 1, []),
    ("LIM-B1", "RTR", 1, []),
    ("LIM-B1", "FW", 1, ["lab-fw"]),
    ("PER-B2", "SW", 1, []),
    ("PER-B2", "SW", 2, []),
    ("PER-B2", "SW", 3, []),
    ("PER-B2", "RTR", 1, []),
    ("PER-DC1", "SW", 1, []),
    ("PER-DC1", "RTR", 1, []),
    ("PER-DC1", "RTR", 2, []),
]


def _hosts(rows: list[tuple[str, str, int, list[str]]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, (site, code, index, aliases) in enumerate(rows):
        country_code, city, country = SITES[site]
        city_code, kind = site.split("-")
        word = "Datacenter" if kind.startswith("DC") else "Building"
        out[f"{country_code}{city_code}{kind}{code}{index}"] = {
            "hostname": f"127.98.{i // 100}.{i % 100 + 10}",
            "platform": "cisco_ios",
            "groups": ["cisco_ios"],
            "data": {
                "vendor": "cisco",
                "role": ROLE[code],
                "site": site,
                "location": {"name": f"{city} {word} {kind[-1]}", "city": city,
                             "country": country},
                "aliases": aliases,
            },
        }
    return out


@pytest.fixture
def nr(make_nornir: MakeNornir) -> Nornir:
    return make_nornir(_hosts(ROWS))


def _resolve(nr: Nornir, query: str) -> tuple[str, list[str]]:
    res = index_for(nr).resolve(query)
    return res.status, res.hosts if res.status in ("one", "many") else res.candidates


# -- 1. positions and ordinals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "status", "hosts"),
    [
        ("the last oslo switch", "one", ["NOOSLB1SW3"]),
        ("the last switch in building 2 in perth", "one", ["AUPERB2SW3"]),
        ("the first router in lima", "one", ["PELIMB1RTR1"]),
        ("the second oslo access switch", "one", ["NOOSLB1SW2"]),
        ("the third access switch in building 2", "one", ["AUPERB2SW3"]),
        ("the last two switches in perth building 2", "many", ["AUPERB2SW2", "AUPERB2SW3"]),
        ("the first two access switches in oslo", "many", ["NOOSLB1SW1", "NOOSLB1SW2"]),
        ("the last oslo firewall", "one", ["NOOSLDC1FW2"]),
        ("the final lima router", "one", ["PELIMB1RTR1"]),
    ],
)
def test_positions(nr: Nornir, query: str, status: str, hosts: list[str]) -> None:
    assert _resolve(nr, query) == (status, hosts)


def test_position_that_does_not_exist_is_none(nr: Nornir) -> None:
    assert _resolve(nr, "the fourth oslo access switch") == ("none", [])
    assert _resolve(nr, "the last three firewalls in oslo") == ("none", [])
    assert _resolve(nr, "the last two lima routers") == ("none", [])


def test_position_shared_by_several_hosts_is_ambiguous(nr: Nornir) -> None:
    # Oslo's highest switch numbers: B1 SW3 alone; its routers: DC1 RTR2 alone, but the last
    # router of Perth and Oslo together is RTR2 in both.
    status, hosts = _resolve(nr, "the last router in oslo or perth")
    assert status == "ambiguous"
    assert hosts == ["AUPERDC1RTR2", "NOOSLDC1RTR2"]


def test_last_as_an_ordinary_word_is_not_a_position(nr: Nornir) -> None:
    assert _resolve(nr, "show the last 5 log lines of the oslo access switches")[1] == [
        "NOOSLB1SW1", "NOOSLB1SW2", "NOOSLB1SW3"]
    assert _resolve(nr, "the last reboot of the lima router") == ("one", ["PELIMB1RTR1"])


@pytest.mark.parametrize(
    ("query", "hosts"),
    [
        ("oslo access switches except the second one", ["NOOSLB1SW1", "NOOSLB1SW3"]),
        ("the perth building 2 switches other than the first", ["AUPERB2SW2", "AUPERB2SW3"]),
        ("oslo access switches except the last one", ["NOOSLB1SW1", "NOOSLB1SW2"]),
        ("oslo access switches but the first one", ["NOOSLB1SW2", "NOOSLB1SW3"]),
    ],
)
def test_ordinal_inside_an_exclusion(nr: Nornir, query: str, hosts: list[str]) -> None:
    assert _resolve(nr, query) == ("many", hosts)


# -- 2. unknown city codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["pek router", "the pek router", "the fra switches", "all FRA switches"]
)
def test_unknown_city_code_is_none(nr: Nornir, query: str) -> None:
    assert _resolve(nr, query) == ("none", [])


def test_known_city_code_still_works(nr: Nornir) -> None:
    assert _resolve(nr, "the lim router") == ("one", ["PELIMB1RTR1"])
    assert _resolve(nr, "the osl firewalls") == ("many", ["NOOSLDC1FW1", "NOOSLDC1FW2"])


@pytest.mark.parametrize("query", ["the web router", "the new router", "the noc router"])
def test_three_letter_words_are_not_codes(nr: Nornir, query: str) -> None:
    assert _resolve(nr, query)[0] == "ambiguous"


def test_codes_only_where_names_carry_three_letter_codes(make_nornir: MakeNornir) -> None:
    hosts = {
        f"{role}-{n}": {"hostname": f"127.99.0.{n}", "platform": "cisco_ios",
                        "data": {"role": role, "site": f"bldg-{n}"}}
        for n, role in enumerate(["router", "router", "switch"], 1)
    }
    assert _resolve(make_nornir(hosts), "the pek router")[0] == "ambiguous"


# -- 3. exclusions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "hosts"),
    [
        ("routers but not the oslo ones",
         ["AUPERB2RTR1", "AUPERDC1RTR1", "AUPERDC1RTR2", "PELIMB1RTR1"]),
        ("routers but the oslo ones",
         ["AUPERB2RTR1", "AUPERDC1RTR1", "AUPERDC1RTR2", "PELIMB1RTR1"]),
        ("everything in lima but the firewalls", ["PELIMB1RTR1", "PELIMB1SW1"]),
        ("switches in perth but AUPERB2SW1", ["AUPERB2SW2", "AUPERB2SW3", "AUPERDC1SW1"]),
        ("oslo switches but the core ones", ["NOOSLB1SW1", "NOOSLB1SW2", "NOOSLB1SW3"]),
        ("oslo switches except the core one", ["NOOSLB1SW1", "NOOSLB1SW2", "NOOSLB1SW3"]),
        ("lima devices minus the firewall", ["PELIMB1RTR1", "PELIMB1SW1"]),
        ("lima devices without the firewall", ["PELIMB1RTR1", "PELIMB1SW1"]),
        ("lima devices aside from the firewall", ["PELIMB1RTR1", "PELIMB1SW1"]),
        ("lima devices apart from the firewall", ["PELIMB1RTR1", "PELIMB1SW1"]),
        ("lima devices excluding the firewall", ["PELIMB1RTR1", "PELIMB1SW1"]),
    ],
)
def test_exclusions(nr: Nornir, query: str, hosts: list[str]) -> None:
    assert _resolve(nr, query) == ("many", hosts)


def test_but_that_does_not_exclude(nr: Nornir) -> None:
    assert _resolve(nr, "the lima routers but only if bgp is down") == ("many", ["PELIMB1RTR1"])
    assert _resolve(nr, "routers without bgp in lima") == ("many", ["PELIMB1RTR1"])
    assert _resolve(nr, "the core ones in oslo") == ("many", ["NOOSLDC1CSW1", "NOOSLDC1CSW2"])


# -- 4. primary / secondary --------------------------------------------------------------------


def test_primary_and_secondary_are_numbers_one_and_two(nr: Nornir) -> None:
    assert _resolve(nr, "the primary oslo firewall") == ("one", ["NOOSLDC1FW1"])
    assert _resolve(nr, "the secondary firewall in oslo") == ("one", ["NOOSLDC1FW2"])
    assert _resolve(nr, "the secondary lima firewall") == ("none", [])
    # Two primaries (B1 RTR1, DC1 RTR1): nothing is picked.
    assert _resolve(nr, "the primary oslo router") == (
        "ambiguous", ["NOOSLB1RTR1", "NOOSLDC1RTR1"])
    # An ordinary use of the word does not pick a number.
    assert _resolve(nr, "the primary uplink of the lima router") == ("one", ["PELIMB1RTR1"])


def test_primary_and_secondary_are_units_where_names_end_in_letters() -> None:
    ix = InventoryIndex.from_hosts([
        {"name": f"KRK_DC01_FW_{side}", "platform": "paloalto_panos",
         "data": {"role": "firewall", "city": "Krakow", "country": "Poland"}}
        for side in "AB"
    ] + [{"name": "KRK_DC01_WAN_01", "platform": "cisco_ios",
          "data": {"role": "router", "city": "Krakow", "country": "Poland"}}])
    assert ix.resolve("the primary krakow firewall").hosts == ["KRK_DC01_FW_A"]
    assert ix.resolve("the secondary firewall").hosts == ["KRK_DC01_FW_B"]
    assert ix.resolve("the last krakow firewall").hosts == ["KRK_DC01_FW_B"]


def test_standby_only_where_aliases_carry_it() -> None:
    rows = [{"name": f"NOOSLDC1FW{n}", "platform": "cisco_ios",
             "data": {"role": "firewall", "city": "Oslo", "country": "Norway",
                      "aliases": [alias]}}
            for n, alias in ((1, "osl-fw-active"), (2, "osl-fw-standby"))]
    ix = InventoryIndex.from_hosts(rows)
    assert ix.resolve("the standby oslo firewall").hosts == ["NOOSLDC1FW2"]
    assert ix.resolve("the active firewall").hosts == ["NOOSLDC1FW1"]
    # "active" as an ordinary word, not before a device description
    assert ix.resolve("show active sessions on the oslo firewalls").status == "many"
    plain = InventoryIndex.from_hosts([
        {**row, "data": {**row["data"], "aliases": []}} for row in rows
    ])
    assert plain.resolve("the standby oslo firewall").status == "ambiguous"


# -- 5. a name that contradicts the place named with it ----------------------------------------


@pytest.mark.parametrize(
    "query", ["the oslo lab firewall", "lab-fw in oslo", "NOOSLB1SW3 in perth"]
)
def test_name_against_place_is_none(nr: Nornir, query: str) -> None:
    assert _resolve(nr, query) == ("none", [])


def test_name_with_its_own_place_still_resolves(nr: Nornir) -> None:
    assert _resolve(nr, "the lima lab firewall") == ("one", ["PELIMB1FW1"])
    assert _resolve(nr, "the lab firewall") == ("one", ["PELIMB1FW1"])
    assert _resolve(nr, "grunerlokka-sw in oslo") == ("one", ["NOOSLB1SW3"])
