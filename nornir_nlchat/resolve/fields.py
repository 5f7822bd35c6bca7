"""Where each host attribute lives in an inventory's host data (:class:`FieldMap`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import repeat
from typing import Any

# Keys tried, in order, when a field's value is a mapping (NetBox-style nested objects).
_MAPPING_VALUE_KEYS = ("name", "slug", "display", "value", "label", "code")


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Dotted paths into host data for each attribute the resolver uses.

    Each path is looked up in the host's data (with Nornir's group and defaults inheritance
    for the first key), then through nested mappings: ``"location.city"`` reads
    ``host["location"]["city"]``. Several alternatives may be given separated by ``|``; the
    first one present wins (``"role.name|device_role.name"``). ``None`` switches a field off.
    A missing field is simply absent: the resolver then relies on what else it knows (for
    instance the host name pattern or the platform).

    Attributes:
        vendor: Vendor name ("cisco"). Derived from the platform when absent.
        role: Device role ("core_switch", "router", "spine", ...).
        site: Site code or name ("LON-DC1").
        city: City name.
        country: Country name or ISO-3166 code.
        location_name: Free-text location name ("London Docklands DC1").
        aliases: Other names people use for the device (a string or a list).
        latitude: Latitude (recorded, not used for matching).
        longitude: Longitude (recorded, not used for matching).
        tags: Labels (a string or a list); matched like group names.
        tenant: Tenant or customer (a string or a list); matched like group names.
        region: Region ("EMEA", "Asia Pacific", "us-east"): a region name is read as its
            countries too, other values are place words.
        building: Building number or name (``12`` reads as "building 12").
        floor: Floor number (``3`` reads as "floor 3").
        rack: Rack name ("C10"); matched as a place word.
        use_platform: Match ``host.platform`` words ("nxos", "eos").
        use_groups: Match the host's group names (including parent groups).
        use_hostname: Match ``host.hostname`` (address or FQDN) exactly.
    """

    vendor: str | None = "vendor|manufacturer|device_type.manufacturer|make"
    role: str | None = "role|device_role|function"
    site: str | None = "site|site_code|site_name|facility|datacenter"
    city: str | None = "location.city|city|town"
    country: str | None = "location.country|country|country_code"
    location_name: str | None = "location.name|location|campus|address"
    aliases: str | None = "aliases|alias"
    latitude: str | None = "location.latitude|latitude"
    longitude: str | None = "location.longitude|longitude"
    tags: str | None = "tags|labels"
    tenant: str | None = "tenant|customer"
    region: str | None = "region|location.region"
    building: str | None = "building|location.building|custom_fields.building|bldg"
    floor: str | None = "floor|location.floor|custom_fields.floor"
    rack: str | None = "rack|location.rack|custom_fields.rack"
    use_platform: bool = True
    use_groups: bool = True
    use_hostname: bool = True

    @classmethod
    def netbox(cls) -> FieldMap:
        """Paths for hosts from ``nornir_netbox`` (device JSON from the NetBox API)."""
        return cls(
            vendor="device_type.manufacturer.slug|manufacturer.slug|vendor",
            role="role.slug|device_role.slug|role",
            site="site",
            city="city|location.city",
            country="country|location.country",
            location_name="location.name",
            aliases="custom_fields.aliases|aliases",
            latitude="latitude",
            longitude="longitude",
            tags="tags",
            tenant="tenant",
            region="site.region|region",
            building="custom_fields.building",
            floor="custom_fields.floor",
            rack="rack|custom_fields.rack",
        )

    def paths(self) -> dict[str, str]:
        """The configured (non-empty) string paths by attribute name."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and value:
                out[f.name] = value
        return out


Paths = tuple[tuple[str, ...], ...]
# The values of one top-level key of host data, one per host (None where absent).
TopColumn = Callable[[str], list[Any]]


@lru_cache(maxsize=64)
def compiled(fmap: FieldMap) -> dict[str, Paths]:
    """Each configured path of ``fmap`` split into alternatives of key tuples (cached)."""
    out: dict[str, Paths] = {}
    for name, path in fmap.paths().items():
        alternatives = []
        for alternative in path.split("|"):
            keys = tuple(k for k in alternative.strip().split(".") if k)
            if keys:
                alternatives.append(keys)
        out[name] = tuple(alternatives)
    return out


def column(top: TopColumn, paths: Paths | None, size: int) -> list[Any]:
    """Per host, the raw value at the first present alternative of ``paths`` (None if absent).

    Works a column of hosts at a time: ``top(key)`` gives every host's value of one top-level
    key; nested keys are then read from each value. ``None``, ``""`` and ``[]`` are absent.
    """
    out: list[Any] | None = None
    for keys in paths or ():
        values = top(keys[0])
        for key in keys[1:]:
            if _all_none(values):
                break  # nothing below: all None
            values = _values_at(values, key)
        if out is not None and _all_none(values):
            continue  # an alternative no host has
        if out is None:
            out = values
        else:
            out = [
                b if a is None or a == "" or a == [] else a
                for a, b in zip(out, values, strict=True)
            ]
    return [None] * size if out is None else out


def _all_none(values: list[Any]) -> bool:
    """Whether every value is None (the first one decides most columns at once)."""
    return not values or (values[0] is None and values.count(None) == len(values))


def _values_at(values: list[Any], key: str) -> list[Any]:
    """Each value's item ``key`` (see :func:`_step`)."""
    if set(map(type, values)) == {dict}:
        return list(map(dict.get, values, repeat(key)))  # plain dicts only: the fast way
    return [_step(v, key) for v in values]


def firsts(values: list[Any]) -> list[str | None]:
    """The first string of each value (see :class:`FieldMap`), or None."""
    if _all_none(values):
        return [None] * len(values)
    return [(v.strip() or None) if type(v) is str else _first(v) for v in values]


def everys(values: list[Any]) -> list[tuple[str, ...]]:
    """All strings of each value (a string or a list of them)."""
    if _all_none(values):
        return [()] * len(values)
    try:  # lists of strings inline (str.strip refuses anything else)
        return [
            tuple(filter(None, map(str.strip, v))) if type(v) is list
            else () if v is None else _every(v)
            for v in values
        ]
    except TypeError:
        return [() if v is None else _every(v) for v in values]


def numbers(values: list[Any]) -> list[float | None]:
    """Each value as a float, or None."""
    return [None if v is None else _number(v) for v in values]


def _first(value: Any) -> str | None:
    for item in _strings(value):
        return item
    return None


def _every(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    return tuple(_strings(value))


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    for item in _strings(value):
        try:
            return float(item)
        except ValueError:
            return None
    return None


def _step(value: Any, key: str) -> Any:
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get(key)
    if isinstance(value, (list, tuple)):
        out = [_step(v, key) for v in value]
        return [v for v in out if v is not None] or None
    return getattr(value, key, None)


def _strings(value: Any) -> Iterable[str]:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, (int, float)):
        yield str(value)
    elif isinstance(value, dict):
        for key in _MAPPING_VALUE_KEYS:
            if key in value:
                yield from _strings(value[key])
                return
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)
