"""The static phrase lexicon: general words and phrases and what they mean.

A phrase is a tuple of folded words (see :func:`.text.fold_words`); a phrase can mean several
things ("aruba" is a vendor and a country). :mod:`.index` adds the words of one inventory
(its city codes, site words, aliases, unusual role values) in a second lexicon of the same shape.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, Final, NamedTuple

from . import places, vocab
from .text import fold_words


class Meaning(NamedTuple):
    """One meaning of a phrase: ``kind`` (see :data:`ENTITY_KINDS`) and a value."""

    kind: str
    value: Any = None


Phrase = tuple[str, ...]
Lexicon = dict[Phrase, list[Meaning]]

# Kinds that name things hosts have (resolved against the inventory).
ENTITY_KINDS: Final[frozenset[str]] = frozenset(
    {"family", "role", "rolecode", "vendor", "platform", "city", "country", "world", "citycode",
     "locword", "site", "group", "aliasword", "unknownplace", "region"}
)

# The longest phrase in any lexicon, in words.
MAX_PHRASE: Final[int] = 5

# Site-kind codes for decoding host names: single words of SITE_KINDS.
KIND_CODES: Final[dict[str, str]] = {
    word: kind
    for kind, words in vocab.SITE_KINDS.items()
    for word in words
    if " " not in word
}


def phrase(text: str) -> Phrase:
    """The phrase (tuple of folded words) for ``text``."""
    return tuple(fold_words(text))


def _add(lex: Lexicon, text: str, meaning: Meaning) -> None:
    key = phrase(text)
    if key and meaning not in lex[key]:
        lex[key].append(meaning)


@lru_cache(maxsize=1)
def static_lexicon() -> Lexicon:
    """General vocabulary (roles, kinds, vendors, platforms, numbers, places)."""
    lex: Lexicon = defaultdict(list)
    for family, words in vocab.ROLE_FAMILIES.items():
        for word in words:
            _add(lex, word, Meaning("family", family))
    for qualifier, words in vocab.ROLE_QUALIFIERS.items():
        for word in words:
            _add(lex, word, Meaning("qual", qualifier))
    for code, role in vocab.ROLE_CODES.items():
        if len(code) >= 3 and code not in vocab.STOPWORDS and not lex.get((code,)):
            _add(lex, code, Meaning("role", role))
    for word in vocab.DEVICE_NOUNS:
        _add(lex, word, Meaning("device"))
    for kind, words in vocab.SITE_KINDS.items():
        for word in words:
            _add(lex, word, Meaning("kind", kind))
    for vendor, words in vocab.VENDORS.items():
        for word in words:
            _add(lex, word, Meaning("vendor", vendor))
    for platform, words in vocab.PLATFORMS.items():
        for word in words:
            _add(lex, word, Meaning("platform", platform))
    for word, number in vocab.NUMBER_WORDS.items():
        _add(lex, word, Meaning("num", number))
    for word, number in vocab.ORDINAL_WORDS.items():
        _add(lex, word, Meaning("ord", number))
    for word in vocab.NUMBER_MARKERS:
        _add(lex, word, Meaning("marker"))
    for word in vocab.QUANTIFIERS:
        _add(lex, word, Meaning("quant", word))
    for words_, negation in vocab.NEGATIONS.items():
        _add(lex, " ".join(words_), Meaning("neg", negation))
    for word in vocab.CONJUNCTIONS:
        _add(lex, word, Meaning("conj"))
    for name, code in places.country_names().items():
        # Bare codes are handled by the parser (their case matters); names of 4+ letters here.
        if len(name.replace(" ", "")) >= 4 and len(phrase(name)) <= MAX_PHRASE:
            _add(lex, name, Meaning("country", code))
    for name, region in places.region_names().items():
        _add(lex, name, Meaning("region", region))
    for name, canonical in places.city_groups().items():
        if len(phrase(name)) <= MAX_PHRASE:
            _add(lex, name, Meaning("city", canonical))
    for name in places.world_city_names():
        key = phrase(name)
        if len(key) <= MAX_PHRASE and not any(m.kind == "city" for m in lex.get(key, ())):
            _add(lex, name, Meaning("world", name))
    return dict(lex)


@lru_cache(maxsize=1)
def vendor_phrases() -> dict[Phrase, str]:
    """Vendor phrases to the canonical vendor."""
    return {phrase(w): v for v, words in vocab.VENDORS.items() for w in words}


@lru_cache(maxsize=1)
def platform_phrases() -> dict[Phrase, str]:
    """Platform phrases to the canonical platform token."""
    return {phrase(w): p for p, words in vocab.PLATFORMS.items() for w in words}


@lru_cache(maxsize=1)
def family_phrases() -> dict[Phrase, str]:
    """Role-family phrases to the family."""
    return {phrase(w): f for f, words in vocab.ROLE_FAMILIES.items() for w in words}


@lru_cache(maxsize=1)
def qualifier_phrases() -> dict[Phrase, str]:
    """Role-qualifier phrases to the qualifier."""
    return {phrase(w): q for q, words in vocab.ROLE_QUALIFIERS.items() for w in words}
