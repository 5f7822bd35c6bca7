"""Reading inventory attribute values: roles, platforms, site and location names, aliases."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from . import places, vocab
from .lexicon import (
    KIND_CODES,
    Phrase,
    family_phrases,
    phrase,
    platform_phrases,
    qualifier_phrases,
    static_lexicon,
    vendor_phrases,
)
from .text import fold_words

Role = tuple[str, str | None]  # (family, qualifier): ("switch", "core")


class PlaceWords(NamedTuple):
    """What the words of a site or location name say."""

    kinds: list[tuple[str, int | None]]  # ("datacenter", 1)
    codes: list[str]  # city codes ("lon")
    words: list[str]  # distinctive words ("docklands")


def word_key(words: Iterable[str]) -> str:
    """The lookup key of a sequence of alias words (words have no spaces)."""
    return " ".join(words)


def alias_words(alias: str) -> Phrase:
    """Words of an alias with role words read as their family ("canary-wharf-sw")."""
    families = _family_words()
    return tuple([families.get(w, w) for w in fold_words(alias)])


@lru_cache(maxsize=1)
def _family_words() -> dict[str, str]:
    """One-word role phrases to their family, marked (how :func:`alias_words` writes them)."""
    return {key[0]: "\u00a7" + family for key, family in family_phrases().items() if len(key) == 1}


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
    for size in range(min(4, len(words) - 1), 0, -1):
        family = families.get(tuple(words[:size]))  # "ups-mgmt", "sw-core"
        if family:
            rest = tuple(words[size:])
            qualifier = qualifiers.get(rest)
            if qualifier is None:
                found = [qualifiers[(w,)] for w in rest if (w,) in qualifiers]
                qualifier = found[-1] if found else " ".join(rest)
            return (family, qualifier)
    qualifier = qualifiers.get(tuple(words))
    if qualifier:
        return (vocab.QUALIFIER_FAMILY.get(qualifier, qualifier), qualifier)
    parts = [qualifiers.get((w,)) for w in words]
    if len(parts) >= 2 and all(parts):
        # Only qualifiers ("border-leaf", "wan edge"): one compound qualifier; the family of
        # a qualifier that names a device by itself ("leaf"), else of the first one.
        named = [q for q in parts if q in vocab.STANDALONE_QUALIFIERS]
        family = (vocab.STANDALONE_QUALIFIERS[named[-1]] if named
                  else vocab.QUALIFIER_FAMILY.get(str(parts[0]), str(parts[0])))
        return (family, " ".join(str(q) for q in parts))
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


def parse_place_words(words: list[str], city: str | None, *, codes_ok: bool) -> PlaceWords:
    """Kinds ("datacenter", 1), city codes and distinctive words of a site or location."""
    info = PlaceWords([], [], [])
    city_words = _city_words(city) if city else frozenset()
    alternatives = places.city_groups()
    static = static_lexicon()
    kind_words = _kind_phrases()[1]
    pos = 0
    while pos < len(words):
        word = words[pos]
        nxt = words[pos + 1] if pos + 1 < len(words) else None
        number = int(nxt) if nxt is not None and nxt.isdigit() else None
        kind = _kind_phrase(words, pos) if word in kind_words else None
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
        if codes_ok and pos > 0 and word in vocab.SITE_CODE_KINDS:
            # "nyc-br", "lis-of1": a kind abbreviation after the city code.
            info.kinds.append((vocab.SITE_CODE_KINDS[word], number))
            pos += 2 if number is not None else 1
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
    """The site kind ("datacenter", ...) that a phrase at ``pos`` names, and its length."""
    kinds = _kind_phrases()[0]
    for size in (3, 2, 1):
        key = tuple(words[pos : pos + size])
        if len(key) < size or key not in kinds:
            continue
        after = words[pos + size] if pos + size < len(words) else None
        if key[0] in vocab.SITE_KINDS_NEED_NUMBER and size == 1 and not (
            after and after.isdigit()
        ):
            return None
        return (kinds[key], size)
    return None


@lru_cache(maxsize=1)
def _kind_phrases() -> tuple[dict[Phrase, str], frozenset[str]]:
    """Phrases of the static lexicon that name a site kind, and the words they start with."""
    kinds: dict[Phrase, str] = {}
    for key, meanings in static_lexicon().items():
        kind = next((m.value for m in meanings if m.kind == "kind"), None)
        if kind is not None:
            kinds[key] = kind
    return kinds, frozenset(key[0] for key in kinds)


@lru_cache(maxsize=4096)
def _city_words(city: str) -> frozenset[str]:
    """The words of a (canonical) city name."""
    return frozenset(phrase(city))
