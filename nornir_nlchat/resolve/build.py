"""Building an :class:`~.index.InventoryIndex`: a few tight passes over the hosts, then the
work per distinct value.

The hosts are grouped by what they share (place fields, role and platform fields, the place part
and the role code of their names), each distinct value is read once (memoised), and a group of
hosts is added to the sets of its values as one list of ids (:class:`~.ids.IdGroups`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any

from . import places, vocab
from .ids import IdGroupList, IdGroups, IdMap
from .lexicon import (
    KIND_CODES,
    Meaning,
    Phrase,
    phrase,
    platform_phrases,
    qualifier_phrases,
    static_lexicon,
    vendor_phrases,
)
from .names import NameDecoder, NameParts, short_name, split_role_code
from .parse import (
    PlaceWords,
    Role,
    alias_words,
    parse_place_words,
    parse_platform,
    parse_role,
    word_key,
)
from .text import canon, fold, fold_words

if TYPE_CHECKING:
    from .index import InventoryIndex
    from .records import HostColumns

_DIGIT_CHARS = "0123456789"
_BUILDING_NUMBER = re.compile(r"(?:b|bld|bldg|building)?\s*[-#_ ]?\s*0*(\d{1,5})")
_FLOOR_NUMBER = re.compile(r"(?:f|fl|flr|floor|l|level)?\s*[-#_ ]?\s*0*(\d{1,3})")

_AliasStem = tuple[str, int, str, list[IdGroupList], list[int]]  # see Builder._add_aliases
_Groups = dict[tuple[Any, ...], list[int]]  # a group of hosts (ids) per key


@dataclass(slots=True)
class _AttrInfo:
    """The id lists (of :class:`IdGroups` keys) that hosts with some attribute values are added
    to, and what else follows from those values."""

    targets: list[IdGroupList] = field(default_factory=list)
    country: str | None = None
    role: Role | None = None
    has_kinds: bool = False


class Builder:
    """Fills an :class:`InventoryIndex` (see the module docstring)."""

    def __init__(self, index: InventoryIndex) -> None:
        self.ix = index
        self.iso = frozenset(places.country_display())
        self.t: dict[str, defaultdict[Any, IdGroupList]] = {
            name: defaultdict(list)
            for name in (
                "sites", "locations", "groups", "platform_keys", "city", "country", "citycode",
                "locword", "aliasword", "vendor", "platform", "kind", "role", "family",
                "device_index", "region", "side", "aliasvocab",
            )
        }
        self.lex: defaultdict[Phrase, list[Meaning]] = defaultdict(list)
        self.static = static_lexicon()
        self.learned: defaultdict[str, set[Role]] = defaultdict(set)
        self.qualifiers: defaultdict[str, set[str]] = defaultdict(set)
        self.qualifier_codes: set[str] = set()  # role codes in names that are qualifiers
        self.max_alias_words = 0
        self.max_join = 0
        self._role: dict[str, Role] = {}
        self._site: dict[str, PlaceWords] = {}
        self._loc: dict[str, PlaceWords] = {}
        self._city: dict[str, str] = {}
        self._country: dict[str, str] = {}
        self._vendor: dict[str, str] = {}
        self._platform: dict[str, tuple[tuple[str, ...], str | None]] = {}
        self._loose: dict[str, bool] = {}
        self._alias_tokens: dict[str, tuple[Phrase, list[IdGroupList]]] = {}
        self._citycodes: dict[str, bool] = {}
        self._named_city: dict[str, str | None] = {}
        self._extra: dict[tuple[str | None, ...], list[IdGroupList]] = {}

    # -- hosts --------------------------------------------------------------------------------

    def build(self, hosts: HostColumns) -> None:
        """Index the hosts (their names are ``ix.names``)."""
        ix = self.ix
        names = ix.names
        if any("." in name for name in names):  # FQDNs: their first label is a name too
            ix.dotted_names = True
            shorts = [short_name(name) for name in names]
            written: list[str] = []
            written_ids: list[int] = []
            for i, (name, short) in enumerate(zip(names, shorts, strict=True)):
                written += (name,) if short == name else (name, short)
                written_ids += (i,) if short == name else (i, i)
            ix.name_table.add_many(written, written_ids)
        else:
            shorts = names
            ix.name_table.add_many(names, range(len(names)))
        ix.hostnames = _hostname_ids(hosts.hostname)
        aliases = list(chain.from_iterable(hosts.aliases))
        alias_ids = list(chain.from_iterable(map(repeat, range(len(names)),
                                                 map(len, hosts.aliases))))
        self._add_aliases(aliases, alias_ids)
        self.max_join = max(map(len, chain(names, aliases)), default=0)
        self._add_groups(_HostGroups(hosts, shorts))

    def _add_groups(self, groups: _HostGroups) -> None:
        """Add each group of hosts to the sets of the values they share."""
        other_roles: dict[str | None, Role | None] = {}
        for other_key, ids in groups.others.items():
            info = self._other_info(other_key)
            other_roles[other_key[0]] = info.role
            for target in info.targets:
                target.append(ids)
        infos = {key: self._place_info(*key) for key in groups.by_place}
        for key, ids in groups.by_place.items():
            for target in infos[key].targets:
                target.append(ids)
        decoder = NameDecoder(KIND_CODES, self.iso)
        for (place, body), ids in groups.by_body.items():
            for target in self._name_place_targets(infos[place], decoder.place(body)):
                target.append(ids)
        for (role_value, code), ids in groups.by_code.items():
            for target in self._name_role_targets(code, other_roles.get(role_value)):
                target.append(ids)
        for (place, role_value, stem, indexed), ids in groups.by_stem.items():
            parts = decoder.stem(stem, indexed)
            for target in (*self._name_place_targets(infos[place], parts),
                           *self._name_role_targets(parts.role_code,
                                                    other_roles.get(role_value))):
                target.append(ids)
            if parts.side is not None:
                self.t["side"][parts.side].append(ids)
        for digits, ids in groups.device_index.items():
            if len(digits) < 12:
                self.t["device_index"][int(digits)].append(ids)

    def _name_place_targets(self, place: _AttrInfo, parts: NameParts) -> list[IdGroupList]:
        """What a name's place part adds to its host's place sets: the country, city code and
        site kind where the place fields lack them."""
        t = self.t
        targets: list[IdGroupList] = []
        if place.country is None and parts.country_code:
            targets.append(t["country"][parts.country_code])
        code = parts.city_code
        if code and 2 <= len(code) <= 5 and self._citycode_ok(code):
            targets.append(t["citycode"][code])
        if not place.has_kinds and parts.site_kind:
            targets.extend(self._kind_sets([(parts.site_kind, parts.site_num)]))
        if not place.has_kinds and parts.floor is not None:
            targets.extend(self._kind_sets([("floor", parts.floor)]))
        return targets

    def _name_role_targets(self, code: str | None, role: Role | None) -> list[IdGroupList]:
        """The role a name's role code gives a host whose data has none (else the code is
        learned as one for the data's role)."""
        if not code:
            return []
        if role is not None:
            self.learned[code].add(role)
            qualifier = qualifier_phrases().get((code,))
            if qualifier is not None and qualifier not in (role[1] or "").split(" "):
                # A function code finer than the role field ("SPINE", "LEAF", "WAN", "BORDER"
                # of core_switch / switch / router hosts): the hosts also have that qualifier.
                self.qualifiers[role[0]].add(qualifier)
                self.qualifier_codes.add(code)
                return [self.t["role"][(role[0], qualifier)]]
            return []
        code_role = vocab.ROLE_CODES.get(code)
        return [] if code_role is None else self._role_sets(code_role)

    def _place_info(
        self,
        city_value: str | None,
        country: str | None,
        site: str | None,
        location: str | None,
        region: str | None = None,
        building: str | None = None,
        floor: str | None = None,
        rack: str | None = None,
    ) -> _AttrInfo:
        """Sets and facts that follow from a host's place fields."""
        t = self.t
        info = _AttrInfo()
        info.country = self._country_of(country) if country else None
        if city_value is None:
            # No city field: a city named in the site or location name ("Amsterdam DC3").
            city_value = self._city_named(location) if location else None
            if city_value is None and site:
                city_value = self._city_named(site)
        city = self._city_of(city_value) if city_value else None
        if city:
            info.targets.append(t["city"][city])
            self.ix.city_display.setdefault(city, city_value or city)
            if info.country is None:
                info.country = places.country_of_city(city)
        if info.country:
            info.targets.append(t["country"][info.country])
        kinds: list[tuple[str, int | None]] = []
        if site:
            parsed = self._site_of(site, city)
            kinds += parsed.kinds
            for code in parsed.codes:
                if self._citycode_ok(code):
                    info.targets.append(t["citycode"][code])
            for word in parsed.words:
                info.targets.append(t["locword"][word])
            info.targets.append(t["sites"][canon(site)])
        if location:
            parsed = self._loc_of(location, city)
            kinds += parsed.kinds
            for word in parsed.words:
                info.targets.append(t["locword"][word])
            info.targets.append(t["locations"][canon(location)])
        if region or building or floor or rack:
            kinds += self._sub_site_kinds(building, floor)
            info.targets.extend(self._extra_places(region, building, rack, city))
        info.has_kinds = bool(kinds)
        info.targets.extend(self._kind_sets(list(dict.fromkeys(kinds))))
        return info

    def _city_named(self, value: str) -> str | None:
        """The first real city named in a site or location name (memoised)."""
        if value in self._named_city:
            return self._named_city[value]
        words = fold_words(value)
        found: str | None = None
        for pos in range(len(words)):
            for size in (3, 2, 1):
                key = " ".join(words[pos : pos + size])
                if len(key) >= 4 and key.replace(" ", "").isalpha() and (
                    key in places.city_groups() or key in places.world_city_names()
                ):
                    found = key
                    break
            if found:
                break
        self._named_city[value] = found
        return found

    @staticmethod
    def _sub_site_kinds(
        building: str | None, floor: str | None
    ) -> list[tuple[str, int | None]]:
        """Building and floor numbers as site kinds ("12", "B12" -> ("building", 12))."""
        kinds: list[tuple[str, int | None]] = []
        for kind, value, pattern in (("building", building, _BUILDING_NUMBER),
                                     ("floor", floor, _FLOOR_NUMBER)):
            if value is None:
                continue
            m = pattern.fullmatch(value.strip().lower())
            kinds.append((kind, int(m.group(1)) if m else None))
        return kinds

    def _extra_places(
        self, region: str | None, building: str | None, rack: str | None, city: str | None
    ) -> list[IdGroupList]:
        """Sets of a region, a named building and a rack (memoised per combination)."""
        key = (region, building, rack, city)
        targets = self._extra.get(key)
        if targets is not None:
            return targets
        t = self.t
        targets = []
        if region:
            area = places.canonical_region(region)
            if area:
                targets.append(t["region"][area])
            else:
                parsed = self._loc_of(region, city)
                targets.extend(t["locword"][w] for w in parsed.words)
                targets.append(t["locations"][canon(region)])
        if building and any(ch.isalpha() for ch in building):
            parsed = self._loc_of(building, city)
            targets.extend(t["locword"][w] for w in parsed.words)
            targets.append(t["locations"][canon(building)])
        if rack and any(ch.isalpha() for ch in rack) and any(ch.isdigit() for ch in rack):
            targets.append(t["locations"][canon(rack)])
        self._extra[key] = targets
        return targets

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
        return info

    def _kind_sets(self, kinds: list[tuple[str, int | None]]) -> list[IdGroupList]:
        t = self.t["kind"]
        out: list[IdGroupList] = []
        for kind, num in kinds:
            out.append(t[(kind, num)])
            out.append(t[(kind, None)])
            if num is not None:
                out.append(t[("*", num)])
        return out

    def _role_sets(self, role: Role) -> list[IdGroupList]:
        if role[1]:
            self.qualifiers[role[0]].add(role[1])
        return [self.t["role"][role], self.t["family"][role[0]]]

    def _citycode_ok(self, code: str) -> bool:
        """Whether ``code`` can stand for a city (not a word with another meaning; memoised)."""
        ok = self._citycodes.get(code)
        if ok is None:
            ok = self._citycodes[code] = (
                code.isalpha() and code not in vocab.STOPWORDS and code not in vocab.COMMON_WORDS
                and all(m.kind in ("city", "world", "country")
                        for m in self.static.get((code,), ()))
            )
        return ok

    def _lex(self, words: Phrase, meaning: Meaning) -> None:
        if words and meaning not in self.lex[words]:
            self.lex[words].append(meaning)

    def _add_aliases(self, aliases: list[str], ids: list[int]) -> None:
        """Index aliases (``ids``: their hosts): as names, as word sequences ("lon sw 2", with
        and without the number) and by their distinctive words. Work per alias stem is done once.
        """
        self.ix.alias_table.add_many(aliases, ids)
        # Per alias stem (without the trailing number; with and without one apart): the lookup
        # key of its words (see word_key) and their number, the key of the words it starts
        # ("lon sw" for "lon-sw-1"), the sets of its distinctive words and its hosts.
        stems: tuple[dict[str, _AliasStem], dict[str, _AliasStem]] = ({}, {})
        seq_keys: list[str] = []
        seq_ids: list[int] = []
        start_keys: list[str] = []
        start_ids: list[int] = []
        for alias, i in zip(aliases, ids, strict=True):
            stem = alias.rstrip(_DIGIT_CHARS)
            indexed = len(stem) < len(alias)
            entry = stems[indexed].get(stem)
            if entry is None:
                entry = stems[indexed][stem] = self._alias_stem(stem, indexed)
                self.max_alias_words = max(self.max_alias_words, entry[1])
            key, size, start, targets, members = entry
            if targets:
                members.append(i)
            if start:
                start_keys.append(start)
                start_ids.append(i)
            if indexed and size:
                seq_keys.append(f"{key} {alias[len(stem) :].lstrip('0') or '0'}")
            elif size:
                seq_keys.append(key)
            else:
                continue
            seq_ids.append(i)
        for _key, _size, _start, targets, members in chain(stems[0].values(), stems[1].values()):
            for target in targets:
                target.append(members)
        self.ix.alias_seqs = IdMap(seq_keys, seq_ids)
        self.ix.alias_seq_stems = IdMap(start_keys, start_ids)

    def _alias_stem(self, stem: str, indexed: bool) -> _AliasStem:
        """What an alias stem gives (see :meth:`_add_aliases`), with no hosts yet."""
        words: Phrase = ()
        targets: list[IdGroupList] = []
        for token in stem.split("-"):  # the words of "a-b" are those of "a", then of "b"
            known = self._alias_tokens.get(token)
            if known is None:
                token_words = alias_words(token)
                known = self._alias_tokens[token] = (token_words, [
                    self.t["aliasword"][w] for w in token_words if self._loose_word(w)
                ] + [self.t["aliasvocab"][key] for key in self._alias_vocab(token_words)])
            words += known[0]
            targets += known[1]
        # An alias is a sequence of 2 words or more; with a number, its words are a start.
        size = len(words) + 1 if indexed and words else len(words)
        start = ""
        if indexed and len(words) >= 2:
            start = word_key(words)
        elif not indexed and len(words) >= 3 and len(words[-1]) == 1:
            start = word_key(words[:-1])  # "lon spine" of "lon-spine-a", "lon-spine-b"
        return word_key(words), size if size >= 2 else 0, start, targets, []

    @staticmethod
    def _alias_vocab(words: Phrase) -> list[str]:
        """Vocabulary words of an alias that are not distinctive words of their own: role
        qualifiers, as the qualifier ("inet" of "lon-inet-1" is ``internet``), and site kind
        words that name a site only with a number ("lab" of "chelsea-lab"). A request can use
        them where the role field or the sites say nothing of the kind ("the wan routers",
        "the lab switches")."""
        out: list[str] = []
        for word in words:
            qualifier = qualifier_phrases().get((word,))
            if qualifier is not None:
                out.append(qualifier)
            elif word in vocab.SITE_KINDS_NEED_NUMBER and len(word) >= 3:
                out.append(word)
        return out

    def _loose_word(self, word: str) -> bool:
        """Whether an alias word is distinctive enough to match on its own (memoised)."""
        ok = self._loose.get(word)
        if ok is None:
            ok = self._loose[word] = (
                len(word) >= 4 and word.isalpha() and (word,) not in self.static
                and word not in vocab.STOPWORDS
                and (word not in vocab.COMMON_WORDS or word in vocab.UNIT_STATE_WORDS)
            )
        return ok

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
                joined = places.joined_name(" ".join(key))
                if joined:  # "newyork", "saopaulo"
                    self._lex((joined,), Meaning("city", city))
                    self._fuzzy_word(joined, (joined,))
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

    def _site_of(self, value: str, city: str | None) -> PlaceWords:
        info = self._site.get(value)
        if info is None:
            info = parse_place_words(fold_words(value), city, codes_ok=True)
            self._site[value] = info
            for word in info.words:
                self._lex((word,), Meaning("locword", word))
                self._fuzzy_word(word, (word,))
        return info

    def _loc_of(self, value: str, city: str | None) -> PlaceWords:
        info = self._loc.get(value)
        if info is None:
            info = parse_place_words(fold_words(value), city, codes_ok=False)
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
                if code not in self.qualifier_codes:  # "leaf" stays a qualifier, not "switch"
                    self._lex((code,), Meaning("rolecode", role))
        for words in (*vocab.ROLE_FAMILIES.values(), *vocab.ROLE_QUALIFIERS.values(),
                      *vocab.SITE_KINDS.values(), vocab.DEVICE_NOUNS):
            for word in words:
                if " " not in word:
                    self._fuzzy_word(word, (word,))
        if t["country"] or t["region"]:
            for name in places.region_names():
                if " " not in name:
                    self._fuzzy_word(name, (name,))
        for vendor in t["vendor"]:
            for key, canonical in vendor_phrases().items():
                if canonical == vendor and len(key) == 1:
                    self._fuzzy_word(key[0], key)
        for token in t["platform"]:
            for key, canonical in platform_phrases().items():
                if canonical == token and len(key) == 1:
                    self._fuzzy_word(key[0], key)
        for attr, table in t.items():
            setattr(ix, attr, IdGroups(table))
        ix.lexicon = dict(self.lex)
        ix.fuzzy_keys = list(ix.fuzzy_vocab)
        ix.qualifiers = dict(self.qualifiers)
        ix.max_alias_words = self.max_alias_words
        ix.max_join_len = self.max_join + 2


class _HostGroups:
    """Hosts (ids) grouped by the values that decide which sets they are in."""

    def __init__(self, hosts: HostColumns, shorts: list[str]) -> None:
        # (role, vendor, platform, groups, tags)
        self.others: _Groups = defaultdict(list)
        # (city, country, site, location name, region, building, floor, rack)
        self.by_place: _Groups = defaultdict(list)
        # names split by split_role_code: (place, place part of the name), (role, role code)
        self.by_body: _Groups = defaultdict(list)
        self.by_code: _Groups = defaultdict(list)
        # other names: (place, role, name stem, whether it had an index)
        self.by_stem: _Groups = defaultdict(list)
        # the number that ends a name
        self.device_index: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(zip(hosts.role, hosts.vendor, hosts.platform, hosts.groups,
                                    hosts.tags, strict=True)):
            self.others[key].append(i)
        places = zip(hosts.city, hosts.country, hosts.site, hosts.location_name, hosts.region,
                     hosts.building, hosts.floor, hosts.rack, strict=True)
        for i, (place, role, short) in enumerate(zip(places, hosts.role, shorts, strict=True)):
            self.by_place[place].append(i)
            stem = short.rstrip(_DIGIT_CHARS)
            indexed = len(stem) < len(short)
            if indexed:
                self.device_index[short[len(stem) :]].append(i)
            split = split_role_code(stem)
            if split is None:
                self.by_stem[(place, role, stem, indexed)].append(i)
            else:
                self.by_body[(place, split[0])].append(i)
                self.by_code[(role, split[1])].append(i)


def _hostname_ids(hostnames: list[str | None]) -> IdMap[str]:
    """Hosts by folded hostname (and by the first label of an FQDN hostname)."""
    keys: list[str] = []
    ids: list[int] = []
    for i, hostname in enumerate(hostnames):
        if hostname:
            keys.append(hostname.lower() if hostname.isascii() and "'" not in hostname else (
                fold(hostname)  # (the same as fold() for plain addresses, without the call)
            ))
            ids.append(i)
            if "." in hostname and not hostname[0].isdigit():
                keys.append(fold(short_name(hostname)))
                ids.append(i)
    return IdMap(keys, ids)

