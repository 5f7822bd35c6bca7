"""The per-inventory index: word -> host-id maps built once, then used by every query.

Building (:mod:`.build`) reads the hosts once. Afterwards a query only looks up its own words
(and fuzzes an unknown word against the inventory's distinct words), so its cost grows with the
number of distinct words in the inventory and the size of the answer, not with the number of
hosts.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from . import places, vocab
from .build import Builder
from .fields import FieldMap
from .gcpause import collector_paused
from .ids import IdGroups, IdMap, IdSet
from .lexicon import Lexicon, Meaning, Phrase
from .names import NameTable
from .parse import Role
from .records import HostColumns, HostRecord, by_name, host_columns
from .result import Resolution

if TYPE_CHECKING:
    from nornir.core import Nornir
    from nornir.core.inventory import Hosts


class InventoryIndex:
    """Everything the resolver needs to know about one inventory, keyed for fast lookup.

    Build it with :meth:`from_nornir` (or :func:`.index_for`, which caches it per inventory)
    or :meth:`from_hosts`, then call :meth:`resolve`.
    """

    def __init__(self, records: Iterable[HostRecord]) -> None:
        recs = tuple(sorted(records, key=attrgetter("name")))
        self._setup(HostColumns.of(recs), recs)

    def _setup(self, columns: HostColumns, records: tuple[HostRecord, ...] | None) -> None:
        """Index hosts given as columns sorted by name (``records``: theirs, if made)."""
        self._columns = columns
        self._records = records
        self.names: list[str] = columns.name
        self.all_ids: frozenset[int] = frozenset(range(len(self.names)))
        self.name_table = NameTable()
        self.alias_table = NameTable()
        self.lexicon: Lexicon = {}
        self.fuzzy_vocab: dict[str, Phrase] = {}
        self.fuzzy_keys: list[str] = []
        self.city_display: dict[str, str] = {}
        self.learned_role_codes: dict[str, Role] = {}
        self.dotted_names = False  # some host names are FQDN-like ("core1.lon-dc2.example.net")
        with collector_paused():
            builder = Builder(self)
            builder.build(columns)
            builder.finish()

    @property
    def records(self) -> tuple[HostRecord, ...]:
        """One record per host, sorted by name (made when first asked for)."""
        records = self._records
        if records is None:
            records = self._records = tuple(self._columns.records())
        return records

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def from_hosts(
        cls, records: Iterable[HostRecord | Mapping[str, Any]], fields: FieldMap | None = None
    ) -> InventoryIndex:
        """Index plain records: :class:`HostRecord` objects or SimpleInventory-like mappings
        (``{"name": ..., "hostname": ..., "platform": ..., "groups": [...], "data": {...}}``).
        """
        return cls(
            r if isinstance(r, HostRecord) else HostRecord.from_mapping(r, fields)
            for r in records
        )

    @classmethod
    def from_nornir(cls, nr: Nornir, fields: FieldMap | None = None) -> InventoryIndex:
        """Index the hosts of a Nornir object (any inventory plugin)."""
        with collector_paused():
            hosts = by_name(nr.inventory.hosts.values())
            index = cls.__new__(cls)
            index._setup(host_columns(hosts, fields), None)
        return index

    # -- queries ------------------------------------------------------------------------------

    def resolve(self, query: str) -> Resolution:
        """Which hosts ``query`` (a whole request in plain language) is about."""
        from .query import resolve_query

        return resolve_query(self, query)

    def __len__(self) -> int:
        return len(self.names)

    # Lookup tables (filled by build.Builder); all map a key to a set of host ids.
    hostnames: IdMap[str]
    sites: IdGroups[str]
    locations: IdGroups[str]
    groups: IdGroups[str]
    platform_keys: IdGroups[str]
    alias_seqs: IdMap[str]  # see parse.word_key
    alias_seq_stems: IdMap[str]
    max_alias_words: int
    city: IdGroups[str]
    country: IdGroups[str]
    citycode: IdGroups[str]
    locword: IdGroups[str]
    aliasword: IdGroups[str]
    aliasvocab: IdGroups[str]  # qualifiers and site kind words inside aliases (see build)
    vendor: IdGroups[str]
    platform: IdGroups[str]
    kind: IdGroups[tuple[str, int | None]]
    role: IdGroups[Role]
    family: IdGroups[str]
    qualifiers: dict[str, set[str]]
    device_index: IdGroups[int]
    side: IdGroups[str]  # the unit letter ending a name ("FW_A")
    region: IdGroups[str]
    max_join_len: int

    def hosts_for(self, meaning: Meaning) -> IdSet | None:
        """Hosts an entity meaning refers to; None when the inventory has none."""
        kind, value = meaning
        table: IdGroups[Any] | None = {
            "city": self.city,
            "country": self.country,
            "citycode": self.citycode,
            "locword": self.locword,
            "aliasword": self.aliasword,
            "vendor": self.vendor,
            "platform": self.platform,
            "family": self.family,
            "group": self.groups,
            "site": self.sites,
        }.get(kind)
        if table is not None:
            return table.get(value)
        if kind == "role":
            return self.role_hosts(value[0], [value[1]] if value[1] else [])
        if kind == "rolecode":
            return self.role.get(value)
        if kind == "region":
            return self.region_hosts(value)
        return None

    def region_hosts(self, region: str) -> IdSet | None:
        """Hosts in a region: in one of its countries, or with that region in their data."""
        found: IdSet = set(self.region.get(region, set()))
        members = places.region_countries().get(region, frozenset())
        for code in members.intersection(self.country):
            found |= self.country.get(code, set())
        return found or None

    def role_hosts(self, family: str, qualifiers: list[str]) -> IdSet | None:
        """Hosts of a role family, narrowed by qualifiers the inventory uses.

        A qualifier the inventory never uses for that family (nor its fallback, e.g.
        spine -> core) is dropped rather than matching nothing: "edge router" means the routers
        when no router is marked "edge".
        """
        hosts = self.family.get(family)
        if not hosts or not qualifiers:
            return hosts
        used = self.qualifiers.get(family, set())
        compound = " ".join(qualifiers)
        if len(qualifiers) > 1 and compound in used:  # "border leaf"
            return self.role.get((family, compound))
        picked: IdSet = set()
        applied = False
        for qualifier in qualifiers:
            chosen = qualifier if qualifier in used else vocab.QUALIFIER_FALLBACK.get(qualifier)
            default = vocab.DEFAULT_QUALIFIER.get(family)
            parts = _compounds_with(used, qualifier) if chosen not in used else []
            if parts:  # "wan" of an inventory that has "wan edge" routers
                applied = True
                for part in parts:
                    picked |= self.role.get((family, part), set())
                continue
            if chosen not in used and chosen != default and qualifier != default:
                continue
            applied = True
            if chosen in used:
                picked |= self.role.get((family, chosen), set())
            if qualifier == default or chosen == default:
                picked |= self.role.get((family, None), set())
        return picked if applied else hosts

    def alias_qualified(self, family: str, qualifiers: list[str]) -> IdSet | None:
        """Hosts of ``family`` whose aliases carry the qualifiers that the role field does not
        use for it ("wan" of "nyc-wan-1", "inet" of "lon-inet-2", "spine" of "del-dc-spine-1"
        where roles only say router / core switch); None when no qualifier is of that kind or
        no such host exists. :meth:`role_hosts` relaxes those qualifiers; a request that names
        them prefers these hosts where they fit the rest of it."""
        if not qualifiers:
            return None
        used = self.qualifiers.get(family, set())
        if " ".join(qualifiers) in used:
            return None
        default = vocab.DEFAULT_QUALIFIER.get(family)
        found: IdSet | None = None
        for qualifier in qualifiers:
            if qualifier in used or qualifier == default or _compounds_with(used, qualifier):
                continue
            carried = self.aliasvocab.get(qualifier)
            if not carried:
                continue
            found = set(carried) if found is None else found & carried
        if not found:
            return None
        found &= self.family.get(family, set())
        return found or None

    def qualifier_family(self, qualifiers: list[str]) -> str | None:
        """The one role family the inventory uses these qualifiers with ("core" -> switch when
        only switches are marked core), for a role named by qualifiers alone ("core 2")."""
        compound = " ".join(qualifiers)
        found = {
            family for family, used in self.qualifiers.items()
            if compound in used or all(q in used or _compounds_with(used, q) for q in qualifiers)
        }
        return found.pop() if len(found) == 1 else None


def _compounds_with(used: set[str], qualifier: str) -> list[str]:
    """The compound qualifiers in ``used`` that contain ``qualifier`` as a word."""
    return [u for u in used if " " in u and qualifier in u.split(" ")]


# -- cache per Nornir inventory -------------------------------------------------------------------

_CACHE: dict[tuple[int, FieldMap], tuple[weakref.ref[Hosts], int, InventoryIndex]] = {}
_LOCK = threading.Lock()


def index_for(nr: Nornir, fields: FieldMap | None = None) -> InventoryIndex:
    """The index of ``nr``'s inventory, built on first use and reused afterwards.

    The cache is keyed on the inventory's hosts mapping (``nr.inventory.hosts``) and the field
    map; a filtered Nornir object has its own hosts mapping and so its own index. An entry is
    rebuilt when the number of hosts changed and dropped when the inventory is garbage
    collected. After changing host data in place, call :func:`forget` (or build a new index).
    """
    hosts = nr.inventory.hosts
    fmap = fields or FieldMap()
    key = (id(hosts), fmap)
    with _LOCK:
        entry = _CACHE.get(key)
        if entry is not None and entry[0]() is hosts and entry[1] == len(hosts):
            return entry[2]
    index = InventoryIndex.from_nornir(nr, fmap)

    def _drop(ref: object, key: tuple[int, FieldMap] = key) -> None:
        with _LOCK:
            current = _CACHE.get(key)
            if current is not None and current[0] is ref:
                del _CACHE[key]

    with _LOCK:
        _CACHE[key] = (weakref.ref(hosts, _drop), len(hosts), index)
    return index


def forget(nr: Nornir | None = None) -> None:
    """Drop cached indexes: of ``nr``'s inventory, or all of them when ``nr`` is None."""
    with _LOCK:
        if nr is None:
            _CACHE.clear()
            return
        target = id(nr.inventory.hosts)
        for key in [k for k in _CACHE if k[0] == target]:
            del _CACHE[key]
