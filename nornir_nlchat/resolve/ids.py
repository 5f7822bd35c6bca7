"""Host-id sets by key, in forms that are cheap to build for 100,000 hosts.

A set per key costs about 200 bytes, its building, and one more object for the garbage
collector to walk. :class:`IdMap` (keys that mostly name one host: a name, an address, an alias)
keeps the id of a key of one host as a plain int; :class:`IdGroups` (attribute values: a city,
a role, ...) keeps references to shared lists of ids and makes a key's set on first lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Generic, TypeVar, overload

K = TypeVar("K")
T = TypeVar("T")
IdSet = set[int]
IdGroupList = list[Sequence[int]]  # the groups of host ids of one key (see IdGroups)


class IdMap(Generic[K]):
    """A ``key -> set of host ids`` mapping that is filled, then only read.

    Lookups return a set (a new one for a key of one host): treat it as read-only.
    """

    __slots__ = ("_ids",)

    def __init__(self, keys: Sequence[K] = (), ids: Sequence[int] = ()) -> None:
        self._ids: dict[K, int | IdSet] = {}
        self.update(keys, ids)

    def update(self, keys: Sequence[K], ids: Sequence[int]) -> None:
        """Add each of ``keys`` for the host id at the same position of ``ids``."""
        table = self._ids
        if not table:
            table.update(zip(keys, ids, strict=True))  # all at once, if no key repeats
            if len(table) == len(keys):
                return
            table.clear()
        for key, host_id in zip(keys, ids, strict=True):
            found = table.get(key)
            if found is None:
                table[key] = host_id
            elif isinstance(found, int):
                if found != host_id:
                    table[key] = {found, host_id}
            else:
                found.add(host_id)

    def regrouped(self, key_of: Callable[[K], T | None]) -> IdMap[T]:
        """The ids by ``key_of(key)`` (keys for which it gives None are left out)."""
        out: IdMap[T] = IdMap()
        table = out._ids
        for key, ids in self._ids.items():
            new = key_of(key)
            if new is None:
                continue
            found = table.get(new)
            if found is None:
                table[new] = ids if isinstance(ids, int) else set(ids)
                continue
            merged = {found} if isinstance(found, int) else found
            if isinstance(ids, int):
                merged.add(ids)
            else:
                merged |= ids
            table[new] = merged
        return out

    @overload
    def get(self, key: K) -> IdSet | None: ...

    @overload
    def get(self, key: K, default: IdSet) -> IdSet: ...

    def get(self, key: K, default: IdSet | None = None) -> IdSet | None:
        """The ids of ``key``, or ``default`` when it has none."""
        found = self._ids.get(key)
        if found is None:
            return default
        return {found} if isinstance(found, int) else found

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def __iter__(self) -> Iterator[K]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class IdGroups(Generic[K]):
    """A ``key -> set of host ids`` mapping given as groups of host ids per key; a key's set is
    made when it is first looked up.

    Building the index then only collects, per key, references to lists of ids that many keys
    share (the hosts of one city, role, platform, ...); sets are made for the keys that queries
    ask about. Lookups return the same set each time: treat it as read-only.
    """

    __slots__ = ("_sets",)

    def __init__(self, groups: Mapping[K, IdGroupList]) -> None:
        self._sets: dict[K, IdGroupList | IdSet] = dict(groups)

    @overload
    def get(self, key: K) -> IdSet | None: ...

    @overload
    def get(self, key: K, default: IdSet) -> IdSet: ...

    def get(self, key: K, default: IdSet | None = None) -> IdSet | None:
        """The ids of ``key``, or ``default`` when it has none."""
        found = self._sets.get(key)
        if found is None:
            return default
        if isinstance(found, list):
            found = self._sets[key] = set(chain.from_iterable(found))
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._sets

    def __iter__(self) -> Iterator[K]:
        return iter(self._sets)

    def __len__(self) -> int:
        return len(self._sets)
