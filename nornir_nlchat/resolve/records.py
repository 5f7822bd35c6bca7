"""Plain host records: what the resolver knows about each host, whatever the inventory.

Many hosts are read a column (one attribute of every host, :class:`HostColumns`) at a time.
Nornir hosts are read from their own attributes: Nornir's accessors (``host["key"]``,
``host.platform``) walk the host's groups and the defaults on every access, while here what a
host inherits is worked out once per distinct combination of groups and defaults
(:class:`_Lineage`), by the same rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from itertools import chain, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from .fields import FieldMap, TopColumn, column, compiled, everys, firsts, numbers

if TYPE_CHECKING:
    from nornir.core.inventory import Defaults, Group, Host

# A host's own attribute, past Host.__getattribute__ (which walks the groups for some names).
_own = object.__getattribute__

_SLICE = 2048  # hosts read at a time (see host_columns)


@dataclass(slots=True)
class HostRecord:
    """The attributes of one host that resolution looks at (all optional but ``name``).

    Treat records as read-only once an index was built from them.
    """

    name: str
    hostname: str | None = None
    platform: str | None = None
    groups: tuple[str, ...] = ()
    vendor: str | None = None
    role: str | None = None
    site: str | None = None
    city: str | None = None
    country: str | None = None
    location_name: str | None = None
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    region: str | None = None
    building: str | None = None
    floor: str | None = None
    rack: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict."""
        return asdict(self)

    @classmethod
    def from_host(cls, host: Host, fields: FieldMap | None = None) -> HostRecord:
        """Read a Nornir host (data inherited from groups and defaults is seen)."""
        return host_columns([host], fields).records()[0]

    @classmethod
    def from_mapping(cls, item: Mapping[str, Any], fields: FieldMap | None = None) -> HostRecord:
        """Read a SimpleInventory-shaped mapping: name, hostname, platform, groups, data."""
        fmap = fields or FieldMap()
        data = item.get("data") or {}
        groups = item.get("groups") or ()
        return _columns(
            [item["name"]],
            [item.get("hostname")],
            [item.get("platform")],
            [tuple(str(g) for g in groups)],
            lambda key: [data.get(key)],
            fmap,
        ).records()[0]


class HostColumns(NamedTuple):
    """The attributes of many hosts: one list per field of :class:`HostRecord`, in its order."""

    name: list[str]
    hostname: list[str | None]
    platform: list[str | None]
    groups: list[tuple[str, ...]]
    vendor: list[str | None]
    role: list[str | None]
    site: list[str | None]
    city: list[str | None]
    country: list[str | None]
    location_name: list[str | None]
    aliases: list[tuple[str, ...]]
    tags: list[tuple[str, ...]]
    latitude: list[float | None]
    longitude: list[float | None]
    region: list[str | None]
    building: list[str | None]
    floor: list[str | None]
    rack: list[str | None]

    @classmethod
    def of(cls, records: Sequence[HostRecord]) -> HostColumns:
        """The columns of ``records``."""
        return cls(*(list(map(attrgetter(field), records)) for field in cls._fields))

    def records(self) -> list[HostRecord]:
        """One record per host."""
        return list(map(HostRecord, *self))


def records_from_hosts(hosts: Iterable[Host], fields: FieldMap | None = None) -> list[HostRecord]:
    """Records for Nornir hosts (see :meth:`HostRecord.from_host`)."""
    return host_columns(hosts, fields).records()


def by_name(hosts: Iterable[Host]) -> list[Host]:
    """Nornir hosts sorted by name (as records have it), in a stable order."""
    hosts = list(hosts)
    names = [str(name) for name in map(_own, hosts, repeat("name"))]
    return list(map(hosts.__getitem__, sorted(range(len(hosts)), key=names.__getitem__)))


def host_columns(hosts: Iterable[Host], fields: FieldMap | None = None) -> HostColumns:
    """The attributes of Nornir hosts, in their order (see :meth:`HostRecord.from_host`).

    The hosts are read a slice at a time, so that the objects of a slice (host, data, strings)
    stay in the processor's caches while each of their columns is read.
    """
    fmap = fields or FieldMap()
    hosts = list(hosts)
    known: dict[tuple[int, ...], _Lineage] = {}
    parts = [
        _slice_columns(hosts[start : start + _SLICE], fmap, known)
        for start in range(0, max(len(hosts), 1), _SLICE)
    ]
    if len(parts) == 1:
        return parts[0]
    return HostColumns(*(list(chain.from_iterable(pieces)) for pieces in zip(*parts, strict=True)))


def _slice_columns(
    hosts: list[Host], fmap: FieldMap, known: dict[tuple[int, ...], _Lineage]
) -> HostColumns:
    """The columns of a slice of hosts (``known``: the lineages seen so far)."""
    lineages = _lineages(hosts, known)
    distinct = list({id(lineage): lineage for lineage in lineages}.values())
    datas: list[Mapping[str, Any]] = list(map(_own, hosts, repeat("data")))
    tops: dict[str, list[Any]] = {}
    seen_keys: list[frozenset[str]] = []

    def present_keys() -> frozenset[str]:
        """The data keys any host of the slice has (the field map tries many absent ones)."""
        if not seen_keys:
            seen_keys.append(frozenset().union(*datas))
        return seen_keys[0]

    def top(key: str) -> list[Any]:
        values = tops.get(key)
        if values is None:
            if any(lineage.data(key) is not None for lineage in distinct):
                values = [
                    data[key] if key in data else lineage.data(key)
                    for data, lineage in zip(datas, lineages, strict=True)
                ]
            elif key in present_keys():
                values = [data.get(key) for data in datas]
            else:
                values = [None] * len(datas)  # a key no host of the slice has
            tops[key] = values
        return values

    def inherited(attr: str) -> list[Any]:
        return [
            value if value is not None else lineage.attr(attr)
            for value, lineage in zip(map(_own, hosts, repeat(attr)), lineages, strict=True)
        ]

    return _columns(
        list(map(_own, hosts, repeat("name"))),
        inherited("hostname") if fmap.use_hostname else [],
        inherited("platform") if fmap.use_platform else [],
        [lineage.groups for lineage in lineages],
        top,
        fmap,
    )


class _Lineage:
    """What hosts with the same groups and defaults inherit, by Nornir's rules (read once)."""

    __slots__ = ("_attrs", "_chain", "_data", "_defaults", "groups")

    def __init__(self, chain: list[Group], defaults: Defaults) -> None:
        self._chain = chain
        self._defaults = defaults
        self._data: dict[str, Any] = {}
        self._attrs: dict[str, Any] = {}
        self.groups: tuple[str, ...] = tuple(g.name for g in chain)

    def data(self, key: str) -> Any:
        """The inherited value of data key ``key`` (None when nothing defines it)."""
        if key in self._data:
            return self._data[key]
        for group in self._chain:
            if key in group.data:
                value = group.data[key]
                break
        else:
            value = self._defaults.data.get(key)
        self._data[key] = value
        return value

    def attr(self, name: str) -> Any:
        """The inherited value of attribute ``name`` (``hostname``, ``platform``, ...)."""
        if name not in self._attrs:
            value = None
            for group in self._chain:
                value = _own(group, name)
                if value is not None:
                    break
            else:
                value = _own(self._defaults, name)
            self._attrs[name] = value
        return self._attrs[name]


def _lineages(hosts: list[Host], known: dict[tuple[int, ...], _Lineage]) -> list[_Lineage]:
    """Each host's :class:`_Lineage`, shared by hosts with the same groups and defaults
    (``known``: by the ids of those)."""
    out: list[_Lineage] = []
    for host, groups, defaults in zip(
        hosts, map(_own, hosts, repeat("groups")), map(_own, hosts, repeat("defaults")),
        strict=True,
    ):
        key = (id(defaults), *map(id, groups))
        lineage = known.get(key)
        if lineage is None:
            lineage = known[key] = _Lineage(host.extended_groups(), defaults)
        out.append(lineage)
    return out


def _columns(
    names: list[Any],
    hostnames: list[Any],
    platforms: list[Any],
    groups: list[tuple[str, ...]],
    top: TopColumn,
    fmap: FieldMap,
) -> HostColumns:
    """Columns from columns of raw values (``top`` gives a top-level data key's column)."""
    size = len(names)
    paths = compiled(fmap)

    def text(values: list[Any], used: bool) -> list[str | None]:
        return [str(v) if v else None for v in values] if used else [None] * size

    def values(field: str) -> list[Any]:
        return column(top, paths.get(field), size)

    site_raw = values("site")
    location = firsts(values("location_name"))
    if dict in set(map(type, site_raw)):
        # NetBox-style {"name": "Amsterdam DC3", "slug": "ams3"}: the slug is the site code,
        # the name a location name (where the host has none).
        site_raw, location = _site_objects(site_raw, location)
    tags = everys(values("tags"))
    tenants = everys(values("tenant"))
    if any(tenants):
        tags = [a + b if b else a for a, b in zip(tags, tenants, strict=True)]

    return HostColumns(
        [str(name) for name in names],
        text(hostnames, fmap.use_hostname),
        text(platforms, fmap.use_platform),
        groups if fmap.use_groups else [()] * size,
        firsts(values("vendor")),
        firsts(values("role")),
        firsts(site_raw),
        firsts(values("city")),
        firsts(values("country")),
        location,
        everys(values("aliases")),
        tags,
        numbers(values("latitude")),
        numbers(values("longitude")),
        firsts(values("region")),
        firsts(values("building")),
        firsts(values("floor")),
        firsts(values("rack")),
    )


def _site_objects(
    sites: list[Any], locations: list[str | None]
) -> tuple[list[Any], list[str | None]]:
    """Sites given as mappings: their slug (or code) as the site, their name as the location
    name of hosts without one."""
    out_sites: list[Any] = []
    out_locations: list[str | None] = []
    for site, location in zip(sites, locations, strict=True):
        if isinstance(site, dict):
            code = site.get("slug") or site.get("code")
            name = site.get("name") or site.get("display")
            if code and isinstance(code, str):
                out_sites.append(code)
                if location is None and isinstance(name, str) and name.strip():
                    location = name.strip()
            else:
                out_sites.append(site)
        else:
            out_sites.append(site)
        out_locations.append(location)
    return out_sites, out_locations
