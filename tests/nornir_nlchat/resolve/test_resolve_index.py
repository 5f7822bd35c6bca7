"""Resolution semantics on an inventory unlike the dev set (UK / DE / US / JP), via Nornir."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from nornir.core import Nornir

from nornir_nlchat.resolve import FieldMap, InventoryIndex, Resolution, forget, index_for


def resolve(nr: Nornir, query: str) -> Resolution:
    return index_for(nr).resolve(query)


@pytest.mark.parametrize(
    ("query", "host"),
    [
        ("GBLONDC1RTR2", "GBLONDC1RTR2"),
        ("show version on gblondc1rtr2", "GBLONDC1RTR2"),
        ("GBLONDC1RTR02", "GBLONDC1RTR2"),  # zero padding
        ("gb-lon-dc1-rtr2", "GBLONDC1RTR2"),  # separators
        ("gb lon dc1 rtr 2", "GBLONDC1RTR2"),  # spaces
        ("GBLNDC1RTR2", "GBLONDC1RTR2"),  # typo in the city code
        ("GBLONDC1RTRI", "GBLONDC1RTR1"),  # I for 1
        ("DEFRADC1CSW!", "DEFRADC1CSW1"),  # shifted 1
        ("gblondc1csw2's interfaces", "GBLONDC1CSW2"),
        ("DEFRADC1CSW", "DEFRADC1CSW1"),  # index omitted, only one there
        ("10.99.0.12", "GBLONDC1SW1"),  # host address
        ("show version on gblondc1rtr1.example.com", "GBLONDC1RTR1"),  # FQDN of the name
        ("lon-isp-2", "GBLONDC1RTR2"),  # alias
        ("ping from rack 14 tor", "GBLONDC1SW2"),  # alias written with spaces
        ("the transit edge router", "GBLONDC1RTR1"),  # multi-word alias
        ("what's the cpu on the tokyo router?", "JPTYODC1RTR1"),
        ("the muenchen switch", "DEMUCB1SW1"),  # native city name
        ("the münchen switch", "DEMUCB1SW1"),
        ("san francisco firewall", "USSFOB1FW1"),
        ("the manchester router", "GBMANB1RTR1"),
        ("the second london core switch", "GBLONDC1CSW2"),  # ordinal
        ("london datacenter core switch two", "GBLONDC1CSW2"),  # number word
        ("the london building 2 switch", "GBLONB2SW1"),
        ("the wireless lan controller in london", "GBLONB2WLC1"),
        ("the wlc", "GBLONB2WLC1"),
        ("the cisco router in munich", "DEMUCB1RTR1"),
        ("the juniper router at FRA-DC1", "DEFRADC1RTR1"),  # site code
        ("the nexus in frankfurt", "DEFRADC1CSW1"),  # platform word
        ("the canary wharf switch", "GBLONB2SW1"),  # words of the location name
        ("the manchestr router", "GBMANB1RTR1"),  # typo in a place
        ("the tokio routr", "JPTYODC1RTR1"),  # typos in place and role
    ],
)
def test_one(world_nr: Nornir, query: str, host: str) -> None:
    res = resolve(world_nr, query)
    assert (res.status, res.hosts) == ("one", [host]), res.reason


@pytest.mark.parametrize(
    ("query", "hosts"),
    [
        ("all switches in munich", {"DEMUCB1SW1"}),
        ("all core switches", {"GBLONDC1CSW1", "GBLONDC1CSW2", "DEFRADC1CSW1"}),
        ("every fortinet box", {"DEFRADC1FW1", "DEFRADC1FW2"}),
        ("both frankfurt firewalls", {"DEFRADC1FW1", "DEFRADC1FW2"}),
        ("routers in london and frankfurt", {"GBLONDC1RTR1", "GBLONDC1RTR2", "DEFRADC1RTR1"}),
        ("devices in germany", {"DEFRADC1CSW1", "DEFRADC1RTR1", "DEFRADC1FW1", "DEFRADC1FW2",
                                "DEMUCB1SW1", "DEMUCB1RTR1"}),
        ("all routers in the US", {"USNYCDC1RTR1", "USNYCDC1RTR2"}),
        ("routers in nyc", {"USNYCDC1RTR1", "USNYCDC1RTR2"}),
        ("show clock on all devices in new york", {"USNYCDC1RTR1", "USNYCDC1RTR2",
                                                   "USNYCDC1SW1"}),
        ("all palo alto firewalls", {"GBLONDC1FW1", "USSFOB1FW1"}),
        ("all ios xr routers", {"USNYCDC1RTR1", "USNYCDC1RTR2"}),
        ("GBLONDC1SW1 and DEMUCB1SW1", {"GBLONDC1SW1", "DEMUCB1SW1"}),
        ("GBLONDC1CSW1 through GBLONDC1CSW2", {"GBLONDC1CSW1", "GBLONDC1CSW2"}),
        ("GBLONDC1CSW1-2", {"GBLONDC1CSW1", "GBLONDC1CSW2"}),
        ("ping from GBLONDC1RTR1 to DEFRADC1RTR1", {"GBLONDC1RTR1", "DEFRADC1RTR1"}),
        ("lon-spine-a and lon-spine-b", {"GBLONDC1CSW1", "GBLONDC1CSW2"}),
        ("all routers except juniper", {"GBLONDC1RTR1", "GBMANB1RTR1", "DEMUCB1RTR1",
                                        "USNYCDC1RTR1", "USNYCDC1RTR2"}),
        ("non-cisco routers", {"GBLONDC1RTR2", "DEFRADC1RTR1", "JPTYODC1RTR1"}),
        ("every device outside europe and the us", None),  # europe is not a place we know
        ("access switches in london", {"GBLONDC1SW1", "GBLONDC1SW2", "GBLONB2SW1"}),
        ("all spines in london", {"GBLONDC1CSW1", "GBLONDC1CSW2"}),  # no spine role: core
        ("the leaf switches in london", {"GBLONDC1SW1", "GBLONDC1SW2", "GBLONB2SW1"}),
    ],
)
def test_many(world_nr: Nornir, query: str, hosts: set[str] | None) -> None:
    res = resolve(world_nr, query)
    if hosts is None:
        assert res.status in ("many", "none")
        return
    assert res.status == "many", res.reason
    assert set(res.hosts) == hosts, res.reason


@pytest.mark.parametrize(
    ("query", "hosts"),
    [
        ("the london core switch", {"GBLONDC1CSW1", "GBLONDC1CSW2"}),
        ("the frankfurt firewall", {"DEFRADC1FW1", "DEFRADC1FW2"}),
        ("show version on the new york router", {"USNYCDC1RTR1", "USNYCDC1RTR2"}),
        ("router 1 in london", {"GBLONDC1RTR1"}),  # one: only LON-DC1 has routers
        ("GBLONDC1SW", {"GBLONDC1SW1", "GBLONDC1SW2"}),  # name without index
        ("nyc-edge", {"USNYCDC1RTR1", "USNYCDC1RTR2"}),  # start of two aliases
        ("the palo alto firewall", {"GBLONDC1FW1", "USSFOB1FW1"}),
        ("switch 1 in london", {"GBLONDC1SW1", "GBLONDC1CSW1", "GBLONB2SW1"}),
    ],
)
def test_ambiguous(world_nr: Nornir, query: str, hosts: set[str]) -> None:
    res = resolve(world_nr, query)
    if len(hosts) == 1:
        assert res.status == "one" and set(res.hosts) == hosts
        return
    assert res.status == "ambiguous", res.reason
    assert res.hosts == []
    assert hosts <= set(res.candidates)


@pytest.mark.parametrize(
    "query",
    [
        "GBLONDC1SW3",  # well-formed, index does not exist: never snapped to SW1/SW2
        "GBLONDC2SW1",  # site does not exist
        "GBMANB1FW1",  # role not at that site
        "INBLRDC1RTR1",  # another inventory's name
        "the paris router",
        "berlin switch",
        "routers in australia",
        "the fortigate in london",  # vendor not in that city
        "the mikrotik switch",
        "london building 3 switch",
        "the manchester core switch",
        "the third london router",
        "routers in atlantis",  # an unknown place
        "the gotham switch",
        "lon-isp-3",  # alias-shaped, but that alias does not exist
        "",
        "   ",
        "show version",  # no device at all: never "all devices"
        "!!!",
        "x" * 3000,
    ],
)
def test_none(world_nr: Nornir, query: str) -> None:
    res = resolve(world_nr, query)
    assert res.status == "none", res
    assert res.hosts == [] and res.candidates == []
    assert res.reason


def test_too_long_request_says_so(world_nr: Nornir) -> None:
    res = resolve(world_nr, "show version on GBLONDC1RTR1 " * 200)
    assert res.status == "none" and "too long" in res.reason


def test_resolution_to_dict(world_nr: Nornir) -> None:
    res = resolve(world_nr, "the tokyo router")
    data = res.to_dict()
    assert data["status"] == "one" and data["hosts"] == ["JPTYODC1RTR1"]
    assert set(data) >= {"status", "hosts", "candidates", "reason"}


def test_index_is_cached_per_inventory(world_nr: Nornir) -> None:
    first = index_for(world_nr)
    assert index_for(world_nr) is first
    # A filtered Nornir object has its own hosts and so its own (smaller) index.
    london = world_nr.filter(filter_func=lambda h: h.name.startswith("GBLON"))
    sub = index_for(london)
    assert sub is not first and len(sub) == len(london.inventory.hosts)
    assert sub.resolve("the tokyo router").status == "none"
    forget(world_nr)
    assert index_for(world_nr) is not first


def test_field_map_paths_and_missing_fields(
    make_nornir: Callable[[dict[str, Any]], Nornir],
) -> None:
    """Other field names (configured), NetBox-like nested values, and no data at all."""
    hosts = {
        "edge-a.lon.example.net": {
            "hostname": "edge-a.lon.example.net",
            "platform": "iosxr",
            "data": {"meta": {"kind": {"name": "Edge Router"}, "town": "London"}},
        },
        "edge-b.par.example.net": {
            "platform": "junos",
            "data": {"meta": {"kind": {"name": "Edge Router"}, "town": "Paris"}},
        },
        "bare-host": {},
    }
    nr = make_nornir(hosts)
    fields = FieldMap(role="meta.kind", city="meta.town", vendor=None, site=None)
    index = InventoryIndex.from_nornir(nr, fields)
    res = index.resolve("the london edge router")
    assert res.hosts == ["edge-a.lon.example.net"], res.reason
    # vendor comes from the platform when there is no vendor field
    assert index.resolve("the juniper router").hosts == ["edge-b.par.example.net"]
    assert index.resolve("edge-a").hosts == ["edge-a.lon.example.net"]
    assert index.resolve("all routers").status == "many"
    assert index.resolve("the switch in rome").status == "none"
    # With the default field map nothing about roles or cities is known: nothing is guessed.
    plain = InventoryIndex.from_nornir(nr)
    assert plain.resolve("the london edge router").status == "none"
    assert plain.resolve("bare-host").hosts == ["bare-host"]


def test_names_without_data_use_the_name_pattern() -> None:
    """Without any data fields, the host-name pattern still gives place, site and role."""
    names = ["USNYCDC1RTR1", "USNYCDC1RTR2", "USNYCB2SW1", "GBLONDC1FW1", "GBLONDC1SW1"]
    index = InventoryIndex.from_hosts([{"name": n} for n in names])
    assert index.resolve("all routers").hosts == ["USNYCDC1RTR1", "USNYCDC1RTR2"]
    assert index.resolve("nyc dc1 rtr2").hosts == ["USNYCDC1RTR2"]
    assert index.resolve("the lon firewall").hosts == ["GBLONDC1FW1"]
    assert set(index.resolve("everything in the us").hosts) == {
        "USNYCDC1RTR1", "USNYCDC1RTR2", "USNYCB2SW1",
    }
    assert index.resolve("USNYCDC1RTR3").status == "none"


def test_empty_inventory() -> None:
    index = InventoryIndex.from_hosts([])
    assert index.resolve("all routers").status == "none"
