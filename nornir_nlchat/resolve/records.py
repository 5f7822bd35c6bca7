"""Plain host records: what the resolver knows about each host, whatever the inventory."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .fields import MISSING, FieldMap, Getter, Paths, compiled, every, first, number

if TYPE_CHECKING:
    from nornir.core.inventory import Defaults, Group, Host


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

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict."""
        return asdict(self)

    @classmethod
    def from_host(
        cls,
        host: Host,
        fields: FieldMap | None = None,
        inherited_keys: frozenset[str] | None = None,
    ) -> HostRecord:
        """Read a Nornir host (data inherited from groups and defaults is seen).

        Args:
            host: The Nornir host.
            fields: Where the attributes live (defaults: :class:`FieldMap`).
            inherited_keys: Optional speed-up: every data key that any group or the defaults
                define. Keys outside it and absent from the host are not searched for in
                the host's groups.
        """
        return next(iter(records_from_hosts([host], fields, inherited_keys)))

    @classmethod
    def from_mapping(cls, item: Mapping[str, Any], fields: FieldMap | None = None) -> HostRecord:
        """Read a SimpleInventory-shaped mapping: name, hostname, platform, groups, data."""
        fmap = fields or FieldMap()
        data = item.get("data") or {}

        def get(key: str) -> Any:
            return data.get(key, MISSING)

        groups = item.get("groups") or ()
        return _build(
            item["name"],
            item.get("hostname") if fmap.use_hostname else None,
            item.get("platform") if fmap.use_platform else None,
            tuple(str(g) for g in groups) if fmap.use_groups else (),
            get,
            compiled(fmap),
        )


def records_from_hosts(
    hosts: Iterable[Host],
    fields: FieldMap | None = None,
    inherited_keys: frozenset[str] | None = None,
) -> Iterable[HostRecord]:
    """Records for Nornir hosts (see :meth:`HostRecord.from_host`)."""
    fmap = fields or FieldMap()
    paths = compiled(fmap)
    use_groups, use_hostname, use_platform = fmap.use_groups, fmap.use_hostname, fmap.use_platform
    for host in hosts:
        data = host.data

        def get(key: str, data: dict[str, Any] = data, host: Host = host) -> Any:
            if key in data:
                return data[key]
            if inherited_keys is not None and key not in inherited_keys:
                return MISSING
            try:
                return host[key]  # groups, then defaults
            except KeyError:
                return MISSING

        groups: tuple[str, ...] = ()
        if use_groups:
            direct = host.groups
            if any(g.groups for g in direct):
                groups = tuple(g.name for g in host.extended_groups())
            else:
                groups = tuple(g.name for g in direct)
        yield _build(
            host.name,
            host.hostname if use_hostname else None,
            host.platform if use_platform else None,
            groups,
            get,
            paths,
        )


def inherited_data_keys(groups: Iterable[Group], defaults: Defaults | None) -> frozenset[str]:
    """Every data key that a group or the defaults define (see :meth:`HostRecord.from_host`)."""
    keys: set[str] = set()
    for group in groups:
        keys.update(group.data)
    if defaults is not None:
        keys.update(defaults.data)
    return frozenset(keys)


def _build(
    name: Any,
    hostname: Any,
    platform: Any,
    groups: tuple[str, ...],
    get: Getter,
    paths: dict[str, Paths],
) -> HostRecord:
    return HostRecord(
        str(name),
        str(hostname) if hostname else None,
        str(platform) if platform else None,
        groups,
        first(get, paths.get("vendor")),
        first(get, paths.get("role")),
        first(get, paths.get("site")),
        first(get, paths.get("city")),
        first(get, paths.get("country")),
        first(get, paths.get("location_name")),
        every(get, paths.get("aliases")),
        every(get, paths.get("tags")),
        number(get, paths.get("latitude")),
        number(get, paths.get("longitude")),
    )
