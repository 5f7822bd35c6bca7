"""What makes the index fast to build: id maps, lazily joined id groups, lazily built name
stems and shapes, memoised name decoding, alias words per token, and reading Nornir hosts with
the inheritance worked out once per combination of groups and defaults."""

from __future__ import annotations

from typing import Any

import pytest
from nornir.core import Nornir
from nornir.core.inventory import Defaults, Group, Groups, Host, Hosts, Inventory, ParentGroups

from nornir_nlchat.resolve import FieldMap, HostRecord, InventoryIndex, records
from nornir_nlchat.resolve.fields import column, compiled, everys, firsts, numbers
from nornir_nlchat.resolve.ids import IdGroups, IdMap
from nornir_nlchat.resolve.lexicon import KIND_CODES
from nornir_nlchat.resolve.names import NameDecoder, NameTable, decode_name, split_role_code
from nornir_nlchat.resolve.parse import alias_words
from nornir_nlchat.resolve.records import by_name, host_columns, records_from_hosts
from nornir_nlchat.resolve.text import canon

ISO = frozenset({"gb", "us", "de", "in", "sg", "jp"})


def test_id_map_keeps_ids_of_repeated_keys() -> None:
    ids = IdMap(["a", "b", "a", "c", "c"], [0, 1, 2, 3, 3])
    assert ids.get("a") == {0, 2} and ids.get("b") == {1} and ids.get("c") == {3}
    assert ids.get("x") is None and ids.get("x", set()) == set()
    assert "a" in ids and "x" not in ids and len(ids) == 3 and list(ids) == ["a", "b", "c"]
    ids.update(["b", "d"], [5, 6])
    assert ids.get("b") == {1, 5} and ids.get("d") == {6}
    stems = IdMap(["sw1", "sw2", "rtr1", "x"], [0, 1, 2, 3]).regrouped(
        lambda key: key.rstrip("0123456789") if key[-1].isdigit() else None
    )
    assert stems.get("sw") == {0, 1} and stems.get("rtr") == {2} and "x" not in stems


def test_id_groups_join_a_key_once_on_first_lookup() -> None:
    shared = [1, 2]
    groups = IdGroups({"london": [shared, [3], shared], "paris": [shared]})
    london = groups.get("london")
    assert london == {1, 2, 3} and groups.get("london") is london
    assert groups.get("paris") == {1, 2} and groups.get("rome") is None
    assert groups.get("rome", set()) == set()
    assert "paris" in groups and sorted(groups) == ["london", "paris"] and len(groups) == 2


def _table(*names: str) -> NameTable:
    table = NameTable()
    table.add_many(list(names), list(range(len(names))))
    return table


def test_name_table_builds_stems_and_shapes_when_first_used() -> None:
    table = _table("GBLONDC1SW1", "GBLONDC1SW2", "gb-lon-dc1-rtr-01")
    assert table._stems is None and table._shapes is None  # exact names only, at first
    stem = table.stem(canon("GBLONDC1SW"))
    assert stem is not None and stem.ids == {0, 1}
    assert table.is_name_like(canon("GBLONDC1SW3")) and table._shapes is not None
    table.add("GBLONDC1FW1", 3)  # new names: rebuilt on next use
    assert table._stems is None and table._shapes is None
    typo = table.fuzzy(canon("GBLNDC1FW1"))
    assert typo is not None and typo.ids == {3}
    stem = table.stem(canon("gblondc1rtr"))
    assert stem is not None and stem.ids == {2}


@pytest.mark.parametrize(
    "name",
    ["GBLONDC1RTR2", "DEMUCB12CSW03", "GBLONDC1SW", "INBLRDC2AP10", "lon-dc2-core-sw-01",
     "rtr2", "edge-router", "x1y", "10SW2", "München1sw1"],
)
def test_name_decoder_reads_names_like_decode_name(name: str) -> None:
    decoder = NameDecoder(KIND_CODES, ISO)
    stem = name.rstrip("0123456789")
    indexed = len(stem) < len(name)
    expected = decode_name(stem + "1" if indexed else stem, KIND_CODES, ISO)
    split = split_role_code(stem)
    if split is None:
        assert decoder.stem(stem, indexed) == expected
        return
    for _ in range(2):  # the second time from the memo
        place = decoder.place(split[0])
        got = (place.country_code, place.city_code, place.site_kind, place.site_num, split[1])
        assert got == (expected.country_code, expected.city_code, expected.site_kind,
                       expected.site_num, expected.role_code)


def test_split_role_code() -> None:
    assert split_role_code("GBLONDC1SW") == ("GBLONDC1", "sw")
    assert split_role_code("SW") is None  # no place part
    assert split_role_code("lon-dc1-sw") is None  # separators: decoded as a whole
    assert split_role_code("München1SW") is None  # not ASCII


@pytest.mark.parametrize(
    "alias", ["canary-wharf-sw", "lon-sw-dc1-", "rack-12-tor", "nyc-edge", "a--b", "-x-"]
)
def test_alias_words_are_those_of_its_dash_separated_parts(alias: str) -> None:
    parts: tuple[str, ...] = ()
    for token in alias.split("-"):
        parts += alias_words(token)
    assert alias_words(alias) == parts


def test_field_columns() -> None:
    class Obj:
        city = "Oslo"

    datas: list[dict[str, Any]] = [
        {"location": {"city": " Paris ", "lat": "48.8"}, "aliases": ["a", " b ", ""]},
        {"location": None, "aliases": "solo"},
        {"location": Obj(), "aliases": [{"name": "n"}, 3]},
        {"location": [{"city": "Rome"}, {"city": None}]},
        {},
    ]

    def top(key: str) -> list[Any]:
        return [data.get(key) for data in datas]

    paths = compiled(FieldMap(city="location.city", latitude="location.lat", aliases="aliases"))
    assert firsts(column(top, paths["city"], 5)) == ["Paris", None, "Oslo", "Rome", None]
    assert everys(column(top, paths["aliases"], 5)) == [("a", "b"), ("solo",), ("n", "3"), (), ()]
    assert numbers(column(top, paths["latitude"], 5)) == [48.8, None, None, None, None]
    assert column(top, None, 2) == [None, None]


def _inventory() -> list[Host]:
    defaults = Defaults(platform="linux", data={"role": "switch", "location": {"city": "Oslo"}})
    region = Group("emea", data={"vendor": "cisco", "tags": ["prod"]}, hostname="emea.example",
                   defaults=defaults)
    site = Group("lon", groups=ParentGroups([region]), platform="ios",
                 data={"location": {"city": "London"}, "role": None}, defaults=defaults)
    other = Group("fra", data={"site": "FRA-B1"}, defaults=defaults)
    return [
        Host("a", groups=ParentGroups([site]), data={"role": "router"}, defaults=defaults),
        Host("b", groups=ParentGroups([site]), hostname="10.0.0.2", defaults=defaults),
        Host("c", groups=ParentGroups([other, site]), platform="eos", defaults=defaults),
        Host("d", groups=ParentGroups([other]), data={"vendor": ""}, defaults=defaults),
        Host("e", defaults=defaults),
    ]


def test_records_see_inheritance_like_nornir() -> None:
    """Hosts read in one go (groups and defaults read once per combination) match what
    Nornir's own per-host accessors give."""
    hosts = _inventory()
    records = records_from_hosts(hosts)
    for host, record in zip(hosts, records, strict=True):
        assert record.hostname == host.hostname and record.platform == host.platform
        assert record.groups == tuple(g.name for g in host.extended_groups())
        for field in ("vendor", "role", "site"):
            assert getattr(record, field) == (host.get(field) or None), (host.name, field)
        assert record.city == ((host.get("location") or {}).get("city"))
        assert record.tags == tuple(host.get("tags") or ())
        assert HostRecord.from_host(host) == record
    assert records[1].role is None  # None in a group hides the defaults' value, as in Nornir
    assert records[3].vendor is None  # so does an empty value in the host's own data


def test_index_from_nornir_hosts_and_from_their_mappings_agree() -> None:
    hosts = _inventory()
    mappings = [
        {"name": r.name, "hostname": r.hostname, "platform": r.platform, "groups": r.groups,
         "data": {"vendor": r.vendor, "role": r.role, "site": r.site,
                  "location": {"city": r.city}, "tags": list(r.tags)}}
        for r in records_from_hosts(hosts)
    ]
    nornir_index = InventoryIndex(records_from_hosts(hosts))
    mapping_index = InventoryIndex.from_hosts(mappings)
    assert nornir_index.records == mapping_index.records
    for query in ("the london router", "all switches", "every cisco device", "FRA-B1", "emea"):
        assert nornir_index.resolve(query).to_dict() == mapping_index.resolve(query).to_dict()


def test_hosts_are_read_in_slices_and_sorted_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    hosts = _inventory()[::-1]
    whole = host_columns(hosts)
    monkeypatch.setattr(records, "_SLICE", 2)  # 3 slices, groups and defaults shared
    assert host_columns(hosts) == whole
    assert whole.records() == [HostRecord.from_host(host) for host in hosts]
    assert [host.name for host in by_name(hosts)] == ["a", "b", "c", "d", "e"]


def test_index_records_are_made_when_asked_for() -> None:
    hosts = _inventory()[::-1]
    nr = Nornir(inventory=Inventory(hosts=Hosts({h.name: h for h in hosts}), groups=Groups(),
                                    defaults=Defaults()))
    index = InventoryIndex.from_nornir(nr)
    assert index._records is None and index.names == ["a", "b", "c", "d", "e"] and len(index) == 5
    assert index.records == tuple(sorted(records_from_hosts(hosts), key=lambda r: r.name))
