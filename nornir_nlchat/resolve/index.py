"""The per-inventory index: word -> host-id maps built once, then used by every query.

Building walks the hosts once. Afterwards a query only looks up its own words (and fuzzes an
unknown word against the inventory's distinct words), so its cost grows with the number of
distinct words in the inventory and the size of the answer, not with the number of hosts.
"""

from __future__ import annotations

import gc
import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import places, vocab
from .fields import FieldMap
from .lexicon import (
    KIND_CODES,
    Lexicon,
    Meaning,
    Phrase,
    family_phrases,
    phrase,
    platform_phrases,
    qualifier_phrases,
    static_lexicon,
    vendor_phrases,
)
from .names import NameParts, NameTable, decode_name, short_name
from .records import HostRecord, inherited_data_keys, records_from_hosts
from .result import Resolution
from .text import canon, fold, fold_words

if TYPE_CHECKING:
    from nornir.core import Nornir
    from nornir.core.inventory import Hosts

Role = tuple[str, str | None]
IdSet = set[int]


_TRAILING_DIGITS = re.compile(r"[0-9]+$")
_DIGIT_CHARS = "0123456789"


@dataclass(slots=True)
class _AttrInfo:
    targets: list[IdSet] = field(default_factory=list)
    country: str | None = None
    role: Role | None = None
    has_kinds: bool = False


@dataclass(slots=True)
class _SiteInfo:
    kinds: list[tuple[str, int | None]] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


class InventoryIndex:
    """Everything the resolver needs to know about one inventory, keyed for fast lookup.

    Build it with :meth:`from_nornir` (or :func:`.index_for`, which caches it per inventory)
    or :meth:`from_hosts`, then call :meth:`resolve`.
    """

    def __init__(self, records: Iterable[HostRecord]) -> None:
        recs = sorted(records, key=lambda r: r.name)
        self.records: tuple[HostRecord, ...] = tuple(recs)
        self.names: list[str] = [r.name for r in recs]
        self.all_ids: frozenset[int] = frozenset(range(len(recs)))
        self.name_table = NameTable()
        self.alias_table = NameTable()
        self.lexicon: Lexicon = {}
        self.fuzzy_vocab: dict[str, Phrase] = {}
        self.fuzzy_keys: list[str] = []
        self.city_display: dict[str, str] = {}
        self.learned_role_codes: dict[str, Role] = {}
        was_enabled = gc.isenabled()
        gc.disable()  # many small objects; the collector only slows the build down
        try:
            maps = _Builder(self)
            maps.build(self.records)
            maps.finish()
        finally:
            if was_enabled:
                gc.enable()

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
        fmap = fields or FieldMap()
        inventory = nr.inventory
        inherited = inherited_data_keys(inventory.groups.values(), inventory.defaults)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            records = list(records_from_hosts(inventory.hosts.values(), fmap, inherited))
        finally:
            if was_enabled:
                gc.enable()
        return cls(records)

    # -- queries ------------------------------------------------------------------------------

    def resolve(self, query: str) -> Resolution:
        """Which hosts ``query`` (a whole request in plain language) is about."""
        from .query import resolve_query

        return resolve_query(self, query)

    def __len__(self) -> int:
        return len(self.records)

    # Lookup tables (filled by _Builder); all map a key to a set of host ids.
    hostnames: dict[str, IdSet]
    sites: dict[str, IdSet]
    locations: dict[str, IdSet]
    groups: dict[str, IdSet]
    platform_keys: dict[str, IdSet]
    alias_seqs: dict[Phrase, IdSet]
    alias_seq_stems: dict[Phrase, IdSet]
    max_alias_words: int
    city: dict[str, IdSet]
    country: dict[str, IdSet]
    citycode: dict[str, IdSet]
    locword: dict[str, IdSet]
    aliasword: dict[str, IdSet]
    vendor: dict[str, IdSet]
    platform: dict[str, IdSet]
    kind: dict[tuple[str, int | None], IdSet]
    role: dict[Role, IdSet]
    family: dict[str, IdSet]
    qualifiers: dict[str, set[str]]
    device_index: dict[int, IdSet]
    max_join_len: int

    def hosts_for(self, meaning: Meaning) -> IdSet | None:
        """Hosts an entity meaning refers to; None when the inventory has none."""
        kind, value = meaning
        table: Mapping[Any, IdSet] | None = {
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
        return None

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
        picked: IdSet = set()
        applied = False
        for qualifier in qualifiers:
            chosen = qualifier if qualifier in used else vocab.QUALIFIER_FALLBACK.get(qualifier)
            default = vocab.DEFAULT_QUALIFIER.get(family)
            if chosen not in used and chosen != default and qualifier != default:
                continue
            applied = True
            if chosen in used:
                picked |= self.role.get((family, chosen), set())
            if qualifier == default or chosen == default:
                picked |= self.role.get((family, None), set())
        return picked if applied else hosts


class _Builder:
    """Fills an :class:`InventoryIndex` host by host (memoising repeated attribute values)."""

    def __init__(self, index: InventoryIndex) -> None:
        self.ix = index
        self.iso = frozenset(places.country_display())
        self.t: dict[str, defaultdict[Any, IdSet]] = {
            name: defaultdict(set)
            for name in (
                "hostnames", "sites", "locations", "groups", "platform_keys", "alias_seqs",
                "alias_seq_stems", "city", "country", "citycode", "locword", "aliasword",
                "vendor", "platform", "kind", "role", "family", "device_index",
            )
        }
        self.lex: defaultdict[Phrase, list[Meaning]] = defaultdict(list)
        self.static = static_lexicon()
        self.learned: defaultdict[str, set[Role]] = defaultdict(set)
        self.qualifiers: defaultdict[str, set[str]] = defaultdict(set)
        self.max_alias_words = 0
        self.max_join = 0
        self._role: dict[str, Role] = {}
        self._site: dict[str, _SiteInfo] = {}
        self._loc: dict[str, _SiteInfo] = {}
        self._city: dict[str, str] = {}
        self._country: dict[str, str] = {}
        self._vendor: dict[str, str] = {}
        self._platform: dict[str, tuple[tuple[str, ...], str | None]] = {}
        self._alias: dict[str, tuple[Phrase, list[IdSet], IdSet | None]] = {}
        self._places: dict[tuple[Any, ...], _AttrInfo] = {}
        self._parts: dict[tuple[str, bool], NameParts] = {}
        self._decoded: dict[tuple[str, ...], Any] = {}

    # -- per host -----------------------------------------------------------------------------

    def build(self, records: tuple[HostRecord, ...]) -> None:
        """Index all records: one cheap pass grouping hosts, then bulk set updates per group."""
        t = self.t
        ix = self.ix
        names = ix.name_table
        hostnames = t["hostnames"]
        device_index: dict[str, list[int]] = defaultdict(list)
        others: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        named: dict[tuple[Any, ...], list[int]] = defaultdict(list)
        first_record: dict[tuple[Any, ...], HostRecord] = {}
        max_join = 0
        for i, r in enumerate(records):
            name = r.name
            names.add(name, i)
            short = short_name(name) if "." in name else name
            if short != name:
                names.add(short, i)
            if len(name) > max_join:
                max_join = len(name)
            hostname = r.hostname
            if hostname:
                hostnames[fold(hostname)].add(i)
                if "." in hostname and not hostname[0].isdigit():
                    hostnames[fold(short_name(hostname))].add(i)
            for alias in r.aliases:
                self._add_alias(i, alias)
            stem = short.rstrip(_DIGIT_CHARS)
            if len(stem) < len(short):
                device_index[short[len(stem) :]].append(i)
            other_key = (r.role, r.vendor, r.platform, r.groups, r.tags)
            others[other_key].append(i)
            place_key = (r.city, r.country, r.site, r.location_name, r.role, stem,
                         len(stem) < len(short))
            group = named[place_key]
            if not group:
                first_record[place_key] = r
            group.append(i)
        self.max_join = max(self.max_join, max_join)
        other_roles: dict[str | None, Role | None] = {}
        for other_key, ids in others.items():
            info = self._other_info(other_key)
            other_roles[other_key[0]] = info.role
            for target in info.targets:
                target.update(ids)
        for place_key, ids in named.items():
            r = first_record[place_key]
            role = other_roles.get(r.role)
            for target in self._name_targets(r, place_key[5], place_key[6], role):
                target.update(ids)
        for digits, ids in device_index.items():
            if len(digits) < 12:
                t["device_index"][int(digits)].update(ids)

    def _name_targets(
        self, r: HostRecord, stem: str, indexed: bool, role: Role | None
    ) -> list[IdSet]:
        """The place sets of a host, and what its name stem adds (country, city code, site
        kind, role from the role code when the data has none)."""
        t = self.t
        place_key = (r.city, r.country, r.site, r.location_name)
        place = self._places.get(place_key)
        if place is None:
            place = self._place_info(r)
            self._places[place_key] = place
        parts = self._parts.get((stem, indexed))
        if parts is None:
            parts = decode_name(
                stem + ("1" if indexed else ""), KIND_CODES, self.iso, self._decoded
            )
            self._parts[(stem, indexed)] = parts
        targets = list(place.targets)
        country = place.country
        if parts.country_code and (country is None or country == parts.country_code):
            country = parts.country_code
        if country:
            targets.append(t["country"][country])
        if parts.city_code and 2 <= len(parts.city_code) <= 5 and self._citycode_ok(
            parts.city_code
        ):
            targets.append(t["citycode"][parts.city_code])
        if not place.has_kinds and parts.site_kind:
            targets.extend(self._kind_sets([(parts.site_kind, parts.site_num)]))
        if role is not None:
            if parts.role_code:
                self.learned[parts.role_code].add(role)
        elif parts.role_code:
            code_role = vocab.ROLE_CODES.get(parts.role_code)
            if code_role is not None:
                targets.extend(self._role_sets(code_role))
        return _unique(targets)

    def _place_info(self, r: HostRecord) -> _AttrInfo:
        """Sets and facts that follow from a host's place fields."""
        t = self.t
        info = _AttrInfo()
        info.country = self._country_of(r.country) if r.country else None
        city = self._city_of(r.city) if r.city else None
        if city:
            info.targets.append(t["city"][city])
            self.ix.city_display.setdefault(city, r.city or city)
        kinds: list[tuple[str, int | None]] = []
        if r.site:
            site = self._site_of(r.site, city)
            kinds += site.kinds
            for code in site.codes:
                if self._citycode_ok(code):
                    info.targets.append(t["citycode"][code])
            for word in site.words:
                info.targets.append(t["locword"][word])
            info.targets.append(t["sites"][canon(r.site)])
        if r.location_name:
            loc = self._loc_of(r.location_name, city)
            kinds += loc.kinds
            for word in loc.words:
                info.targets.append(t["locword"][word])
            info.targets.append(t["locations"][canon(r.location_name)])
        info.has_kinds = bool(kinds)
        info.targets.extend(self._kind_sets(list(dict.fromkeys(kinds))))
        info.targets = _unique(info.targets)
        return info

    def _other_info(self, key: tuple[Any, ...]) -> _AttrInfo:
        """Sets and facts that follow from a host's role, vendor, platform, groups and tags."""
        role_value, vendor_value, platform, groups, tags = key
        t = self.t
        info = _AttrInfo()
        if role_value:
            info.role = self._role_of(role_value)
            info.targets.extend(self._role_sets(info.role))
        guessed_vendor: str | None = None
        if platform:
            tokens, guessed_vendor = self._platform_of(platform)
            for token in tokens:
                info.targets.append(t["platform"][token])
            info.targets.append(t["platform_keys"][canon(platform)])
        vendor = self._vendor_of(vendor_value) if vendor_value else guessed_vendor
        if vendor:
            info.targets.append(t["vendor"][vendor])
        for label in (*groups, *tags):
            label_key = canon(label)
            if len(label_key) >= 2:
                info.targets.append(t["groups"][label_key])
                words = phrase(label)
                if words and words not in self.static and len("".join(words)) >= 3:
                    self._lex(words, Meaning("group", label_key))
        info.targets = _unique(info.targets)
        return info

    def _kind_sets(self, kinds: list[tuple[str, int | None]]) -> list[IdSet]:
        t = self.t["kind"]
        out: list[IdSet] = []
        for kind, num in kinds:
            out.append(t[(kind, num)])
            out.append(t[(kind, None)])
            if num is not None:
                out.append(t[("*", num)])
        return out

    def _role_sets(self, role: Role) -> list[IdSet]:
        if role[1]:
            self.qualifiers[role[0]].add(role[1])
        return [self.t["role"][role], self.t["family"][role[0]]]

    def _citycode_ok(self, code: str) -> bool:
        if not code.isalpha() or code in vocab.STOPWORDS or code in vocab.COMMON_WORDS:
            return False
        meanings = self.static.get((code,), ())
        return all(m.kind in ("city", "world", "country") for m in meanings)

    def _lex(self, words: Phrase, meaning: Meaning) -> None:
        if words and meaning not in self.lex[words]:
            self.lex[words].append(meaning)

    def _add_alias(self, i: int, alias: str) -> None:
        ix = self.ix
        ix.alias_table.add(alias, i)
        if len(alias) > self.max_join:
            self.max_join = len(alias)
        trail = _TRAILING_DIGITS.search(alias)
        stem = alias[: trail.start()] if trail else alias
        cached = self._alias.get(stem)
        if cached is None:
            cached = self._alias_stem(stem, trail is not None)
            self._alias[stem] = cached
        words, loose, stem_target = cached
        if trail is not None:
            number = trail.group().lstrip("0") or "0"
            words = (*words, number)
        if len(words) >= 2:
            self.t["alias_seqs"][words].add(i)
            if len(words) > self.max_alias_words:
                self.max_alias_words = len(words)
        if stem_target is not None:
            stem_target.add(i)
        for target in loose:
            target.add(i)

    def _alias_stem(self, stem: str, indexed: bool) -> tuple[Phrase, list[IdSet], IdSet | None]:
        """Words of an alias without its trailing number, and the sets it adds to."""
        words = alias_words(stem)
        loose = [
            self.t["aliasword"][w]
            for w in words
            if len(w) >= 4 and w.isalpha() and (w,) not in self.static
            and w not in vocab.STOPWORDS and w not in vocab.COMMON_WORDS
        ]
        full = (*words, "0") if indexed else words
        stem_target: IdSet | None = None
        if len(full) >= 3:
            last = full[-1]
            if indexed or len(last) == 1:
                stem_target = self.t["alias_seq_stems"][full[:-1]]
        return words, loose, stem_target

    # -- memoised attribute parsing -------------------------------------------------------------

    def _city_of(self, value: str) -> str:
        city = self._city.get(value)
        if city is None:
            city = places.canonical_city(value)
            self._city[value] = city
            key = phrase(city)
            if key:
                self._lex(key, Meaning("city", city))
                self._fuzzy_word(city, key)
                for alt in places.city_alternatives().get(city, ()):
                    if " " not in alt and len(alt) >= 5:
                        self._fuzzy_word(alt, phrase(alt))
        return city

    def _country_of(self, value: str) -> str:
        code = self._country.get(value)
        if code is None:
            code = places.canonical_country(value)
            self._country[value] = code
            key = phrase(value)
            if key and (len(code) != 2 or code not in self.iso):
                self._lex(key, Meaning("country", code))
            if len(key) == 1:
                self._fuzzy_word(key[0], key)
        return code

    def _site_of(self, value: str, city: str | None) -> _SiteInfo:
        info = self._site.get(value)
        if info is None:
            info = _parse_place_words(fold_words(value), city, codes_ok=True)
            self._site[value] = info
            for word in info.words:
                self._lex((word,), Meaning("locword", word))
                self._fuzzy_word(word, (word,))
        return info

    def _loc_of(self, value: str, city: str | None) -> _SiteInfo:
        info = self._loc.get(value)
        if info is None:
            info = _parse_place_words(fold_words(value), city, codes_ok=False)
            self._loc[value] = info
            for word in info.words:
                self._lex((word,), Meaning("locword", word))
                self._fuzzy_word(word, (word,))
        return info

    def _role_of(self, value: str) -> Role:
        role = self._role.get(value)
        if role is None:
            role = parse_role(value)
            self._role[value] = role
            family_key = phrase(role[0].replace("_", " "))
            if role[0] not in vocab.ROLE_FAMILIES and family_key:
                self._lex(family_key, Meaning("family", role[0]))
                plural = (*family_key[:-1], family_key[-1] + "s")
                self._lex(plural, Meaning("family", role[0]))
        return role

    def _vendor_of(self, value: str) -> str:
        vendor = self._vendor.get(value)
        if vendor is None:
            key = phrase(value)
            vendor = vendor_phrases().get(key) or " ".join(key)
            self._vendor[value] = vendor
            if key and key not in self.static:
                self._lex(key, Meaning("vendor", vendor))
        return vendor

    def _platform_of(self, value: str) -> tuple[tuple[str, ...], str | None]:
        cached = self._platform.get(value)
        if cached is None:
            cached = parse_platform(value)
            self._platform[value] = cached
            for token in cached[0]:
                if (token,) not in self.static and not platform_phrases().get((token,)):
                    self._lex((token,), Meaning("platform", token))
        return cached

    def _fuzzy_word(self, word: str, key: Phrase) -> None:
        if len(word) >= 5 and word.isalpha():
            self.ix.fuzzy_vocab.setdefault(word, key)

    # -- finish ---------------------------------------------------------------------------------

    def finish(self) -> None:
        ix = self.ix
        t = self.t
        for code in t["citycode"]:
            self._lex((code,), Meaning("citycode", code))
        for word in t["aliasword"]:
            self._lex((word,), Meaning("aliasword", word))
            self._fuzzy_word(word, (word,))
        for code, roles in self.learned.items():
            if len(roles) == 1 and len(code) >= 2 and code not in vocab.STOPWORDS:
                role = next(iter(roles))
                ix.learned_role_codes[code] = role
                self._lex((code,), Meaning("rolecode", role))
        for words in (*vocab.ROLE_FAMILIES.values(), *vocab.ROLE_QUALIFIERS.values(),
                      *vocab.SITE_KINDS.values(), vocab.DEVICE_NOUNS):
            for word in words:
                if " " not in word:
                    self._fuzzy_word(word, (word,))
        for vendor in t["vendor"]:
            for key, canonical in vendor_phrases().items():
                if canonical == vendor and len(key) == 1:
                    self._fuzzy_word(key[0], key)
        for token in t["platform"]:
            for key, canonical in platform_phrases().items():
                if canonical == token and len(key) == 1:
                    self._fuzzy_word(key[0], key)
        for attr, table in t.items():
            setattr(ix, attr, dict(table))
        ix.lexicon = dict(self.lex)
        ix.fuzzy_keys = list(ix.fuzzy_vocab)
        ix.qualifiers = dict(self.qualifiers)
        ix.max_alias_words = self.max_alias_words
        ix.max_join_len = self.max_join + 2


def _unique(sets: list[IdSet]) -> list[IdSet]:
    """The set objects of ``sets``, each once (by identity)."""
    return list({id(s): s for s in sets}.values())


def alias_words(alias: str) -> Phrase:
    """Words of an alias with role words read as their family ("canary-wharf-sw")."""
    families = family_phrases()
    return tuple(
        "\u00a7" + families[(w,)] if (w,) in families else w for w in fold_words(alias)
    )


def parse_role(value: str) -> Role:
    """(family, qualifier) of an inventory role value ("core_switch" -> (switch, core))."""
    words = fold_words(value)
    if not words:
        return (value.lower(), None)
    families = family_phrases()
    qualifiers = qualifier_phrases()
    for size in range(min(4, len(words)), 0, -1):
        family = families.get(tuple(words[-size:]))
        if family:
            rest = tuple(words[:-size])
            if not rest:
                return (family, None)
            qualifier = qualifiers.get(rest)
            if qualifier is None:
                found = [qualifiers[(w,)] for w in rest if (w,) in qualifiers]
                qualifier = found[-1] if found else " ".join(rest)
            return (family, qualifier)
    qualifier = qualifiers.get(tuple(words))
    if qualifier:
        return (vocab.QUALIFIER_FAMILY.get(qualifier, qualifier), qualifier)
    code = vocab.ROLE_CODES.get("".join(words))
    if code:
        return code
    return ("_".join(words), None)


def parse_platform(value: str) -> tuple[tuple[str, ...], str | None]:
    """Canonical platform tokens and the vendor a platform string names.

    "cisco_nxos" -> (("nxos",), "cisco"); "arista_eos" -> (("eos",), "arista");
    "ios" -> (("ios",), "cisco").
    """
    words = [w for w in fold_words(value) if w not in vocab.PLATFORM_NOISE]
    vendors = vendor_phrases()
    platforms = platform_phrases()
    vendor: str | None = None
    tokens: list[str] = []
    pos = 0
    while pos < len(words):
        for size in range(min(3, len(words) - pos), 0, -1):
            key = tuple(words[pos : pos + size])
            if key in platforms:
                tokens.append(platforms[key])
                break
            if key in vendors:
                vendor = vendor or vendors[key]
                break
        else:
            size = 1
            if not words[pos].isdigit():
                tokens.append(words[pos])
        pos += size
    if vendor is None:
        for token in tokens:
            if token in vocab.PLATFORM_VENDOR:
                vendor = vocab.PLATFORM_VENDOR[token]
                break
    if not tokens and vendor:
        tokens.append(vendor)
    return tuple(dict.fromkeys(tokens)), vendor


def _parse_place_words(words: list[str], city: str | None, *, codes_ok: bool) -> _SiteInfo:
    """Kinds ("datacenter", 1), city codes and distinctive words of a site or location."""
    info = _SiteInfo()
    city_words = set(phrase(city)) if city else set()
    alternatives = places.city_groups()
    static = static_lexicon()
    pos = 0
    while pos < len(words):
        word = words[pos]
        nxt = words[pos + 1] if pos + 1 < len(words) else None
        number = int(nxt) if nxt is not None and nxt.isdigit() else None
        kind = _kind_phrase(words, pos)
        if kind:
            name, size = kind
            after = words[pos + size] if pos + size < len(words) else None
            num = int(after) if after is not None and after.isdigit() else None
            info.kinds.append((name, num))
            pos += size + (1 if num is not None else 0)
            continue
        if word.isdigit():
            pos += 1
            continue
        if number is not None and codes_ok:
            # "blrdc" + "1": a kind code glued to a city code.
            for size in range(min(len(word) - 1, 5), 0, -1):
                suffix = word[-size:]
                if suffix in KIND_CODES:
                    info.kinds.append((KIND_CODES[suffix], number))
                    info.codes.append(word[:-size])
                    word = ""
                    break
            if not word:
                pos += 2
                continue
        if word in city_words or alternatives.get(word) == city:
            pos += 1
            continue
        if codes_ok and 2 <= len(word) <= 4:
            info.codes.append(word)
        elif (
            len(word) >= 3
            and word not in vocab.STOPWORDS
            and word not in vocab.COMMON_WORDS
            and (word,) not in static
        ):
            info.words.append(word)
        pos += 1
    return info


def _kind_phrase(words: list[str], pos: int) -> tuple[str, int] | None:
    static = static_lexicon()
    for size in (3, 2, 1):
        key = tuple(words[pos : pos + size])
        if len(key) < size:
            continue
        for meaning in static.get(key, ()):
            if meaning.kind == "kind":
                after = words[pos + size] if pos + size < len(words) else None
                if key[0] in vocab.SITE_KINDS_NEED_NUMBER and size == 1 and not (
                    after and after.isdigit()
                ):
                    return None
                return (meaning.value, size)
    return None


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
