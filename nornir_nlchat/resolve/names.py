"""Host-name patterns: decoding ``<country><city><site><role><index>`` and matching names.

Nothing here assumes one naming scheme. :func:`decode_name` reads the common
``<cc><city><site kind><n><role code><index>`` shape (``GBLONDC1RTR2``, ``lon-dc1-core-sw-01``)
where it fits and returns ``None`` parts where it does not.

:class:`NameTable` matches written names against a set of known names (host names or
aliases): exactly, ignoring separators and zero padding, with look-alike characters fixed
(``FWI`` / ``SW!`` for ``FW1`` / ``SW1``), by stem (a name without its index), and by a
constrained fuzzy match that tolerates a typo in the letters but never a different digit,
number or role code: ``GBMANB1SW2`` never becomes ``GBMANB1SW1``.
"""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz.distance import OSA

from .gcpause import collector_paused
from .ids import IdMap
from .text import canon, fold_words, runs

# Characters people type for a digit: look-alikes and the shifted digit keys of a US keyboard.
LOOKALIKE_DIGITS: dict[str, str] = {
    "i": "1", "l": "1", "|": "1", "!": "1", "o": "0", ")": "0", "@": "2", "#": "3",
    "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9",
}

_DIGITS = "0123456789"
_LETTERS = string.ascii_letters


@dataclass(frozen=True, slots=True)
class NameParts:
    """What a host name says about the host (None where it does not say)."""

    country_code: str | None = None
    city_code: str | None = None
    site_kind: str | None = None
    site_num: int | None = None
    role_code: str | None = None
    index: int | None = None
    floor: int | None = None
    side: str | None = None  # a one-letter unit after the role code ("FW_A", "fw-b")


# Floor codes in host names ("B12-F3-AS-02": building 12, floor 3).
FLOOR_CODES = frozenset({"f", "fl", "flr", "floor", "lvl", "level"})


def short_name(name: str) -> str:
    """The first label of an FQDN ("sw1.lon.example.com" -> "sw1"); IPs stay whole."""
    if "." in name:
        first = name.split(".", 1)[0]
        if first and not first.isdigit():
            return first
    return name


def decode_name(
    name: str,
    kind_codes: Mapping[str, str],
    country_codes: Container[str] | None = None,
    cache: dict[tuple[str, ...], _Place] | None = None,
) -> NameParts:
    """Decode the common ``<cc><city><kind><n><role><index>`` host-name shape.

    Args:
        name: The host name.
        kind_codes: Site-kind codes ("dc", "b", "bldg") to their kind ("datacenter", ...).
        country_codes: ISO alpha-2 codes accepted as a leading country code.
        cache: Optional memo of the place part (for many names with the same prefix; only
            valid with the same ``kind_codes`` and ``country_codes``).

    Returns:
        The parts found; unknown parts are None.
    """
    words = fold_words(short_name(name))
    index: int | None = None
    role_code: str | None = None
    side: str | None = None
    if len(words) > 2 and len(words[-1]) == 1 and words[-1].isalpha() and (
        len(words[-2]) >= 2 and words[-2].isalpha()
    ):
        # "WAW_DC01_FW_A": a unit of a pair (or set) named by a letter after the role code.
        side = words.pop()
    if words and words[-1].isdigit():
        index = int(words.pop())
    if words and not words[-1].isdigit() and len(words) > 1:
        role_code = words.pop()
    elif words and not words[-1].isdigit() and index is not None and len(words) == 1:
        # "rtr2"-like single word: no site or place information.
        return NameParts(role_code=words[0], index=index)
    key = tuple(words)
    place = cache.get(key) if cache is not None else None
    if place is None:
        place = _decode_place(words, kind_codes, country_codes)
        if cache is not None:
            cache[key] = place
    return NameParts(*place[:4], role_code, index, place[4], side)


_Place = tuple[str | None, str | None, str | None, int | None, int | None]


def split_role_code(stem: str) -> tuple[str, str] | None:
    """A name stem of ASCII letters and digits ending in letters, as (place part, role code):
    ``"GBLONDC1SW"`` -> ``("GBLONDC1", "sw")``; None for other stems.

    :func:`decode_name` reads such a name as the place part's words, then the role code, so the
    place part can be decoded once for all role codes (:meth:`NameDecoder.place`).
    """
    if stem.isalnum() and stem.isascii():
        body = stem.rstrip(_LETTERS)
        if body and len(body) < len(stem):
            return body, stem[len(body) :].lower()
    return None


class NameDecoder:
    """:func:`decode_name` for the many names of one inventory, memoised by place part."""

    def __init__(
        self, kind_codes: Mapping[str, str], country_codes: Container[str] | None = None
    ) -> None:
        self._kind_codes = kind_codes
        self._country_codes = country_codes
        self._by_words: dict[tuple[str, ...], _Place] = {}
        self._by_body: dict[str, NameParts] = {}

    def place(self, body: str) -> NameParts:
        """What the place part of a name (see :func:`split_role_code`) says."""
        parts = self._by_body.get(body)
        if parts is None:
            words = fold_words(body)
            key = tuple(words)
            place = self._by_words.get(key)
            if place is None:
                place = self._by_words[key] = _decode_place(
                    words, self._kind_codes, self._country_codes
                )
            parts = self._by_body[body] = NameParts(*place[:4], floor=place[4])
        return parts

    def stem(self, stem: str, indexed: bool) -> NameParts:
        """What a name given without its index says (``indexed``: it had one, read as 1)."""
        name = stem + "1" if indexed else stem
        return decode_name(name, self._kind_codes, self._country_codes, self._by_words)


def _decode_place(
    words: list[str], kind_codes: Mapping[str, str], country_codes: Container[str] | None
) -> _Place:
    """(country code, city code, site kind, site number, floor) from the words before the
    role."""
    rest = list(words)
    site_kind: str | None = None
    site_num: int | None = None
    floor: int | None = None
    if len(rest) >= 4 and rest[-1].isdigit() and rest[-2] in FLOOR_CODES and (
        rest[-3].isdigit()
    ):
        floor = int(rest[-1])  # "b 12 f 3": a floor after the site
        rest = rest[:-2]
    # The last <letters><digits> pair before the role code is the site ("dc1", "b2").
    for pos in range(len(rest) - 1, 0, -1):
        if rest[pos].isdigit() and not rest[pos - 1].isdigit():
            site_num = int(rest[pos])
            alpha = rest[pos - 1]
            prefix = rest[: pos - 1]
            for size in range(min(len(alpha), 5), 0, -1):
                code = alpha[-size:]
                if code in kind_codes:
                    site_kind = kind_codes[code]
                    alpha = alpha[:-size]
                    break
            rest = [*prefix, alpha] if alpha else prefix
            break
    letters = "".join(w for w in rest if not w.isdigit())
    country_code: str | None = None
    city_code: str | None = None
    words_alpha = [w for w in rest if w.isalpha()]
    if len(words_alpha) >= 2 and len(words_alpha) == len(rest):
        # Separate words ("nyc-br", "us-nyc-br"): the words are the parts.
        first = 0
        head = words_alpha[0]
        if len(head) == 2 and country_codes is not None and head in country_codes:
            country_code, first = words_alpha[0], 1
        if 2 <= len(words_alpha[first]) <= 4 and (first or len(words_alpha[first]) >= 3):
            city_code = words_alpha[first]
    elif len(letters) >= 4 and country_codes is not None and letters[:2] in country_codes:
        country_code, city_code = letters[:2], letters[2:]
    elif letters and site_num is not None:
        city_code = letters
    return (country_code, city_code, site_kind, site_num, floor)


@dataclass(slots=True)
class NameMatch:
    """Hosts a written name matched, and how."""

    ids: set[int]
    how: str  # "exact", "lookalike", "stem", "fuzzy"
    distance: int = 0


class NameTable:
    """Exact, stem and constrained-fuzzy lookup of written names among known names.

    Names are canonical keys (:func:`.text.canon`). Adding names fills the exact map only; the
    stem map (names without their trailing number) and what the fuzzy lookups need
    (:class:`_Shapes`) are built from it when first used, then kept.
    """

    def __init__(self) -> None:
        self.exact: IdMap[str] = IdMap()
        self._stems: IdMap[str] | None = None
        self._shapes: _Shapes | None = None

    def add(self, written: str, host_id: int) -> None:
        """Register one known name for ``host_id``."""
        self.add_many([written], [host_id])

    def add_many(self, written: Sequence[str], ids: Sequence[int]) -> None:
        """Register known names (``ids``: the host of each)."""
        keys = [  # canon(), without the call for plain names
            name.lower() if name.isalnum() and name.isascii() and "0" not in name else canon(name)
            for name in written
        ]
        if "" in keys:  # nothing is left of a name like "---"
            ids = [host_id for host_id, key in zip(ids, keys, strict=True) if key]
            keys = [key for key in keys if key]
        self.exact.update(keys, ids)
        self._stems = self._shapes = None

    @property
    def stems(self) -> IdMap[str]:
        """Hosts by the stem of their name (without the trailing number; 4 characters or more)."""
        stems = self._stems
        if stems is None:
            with collector_paused():
                stems = self._stems = self.exact.regrouped(_long_stem)
        return stems

    @property
    def shapes(self) -> _Shapes:
        """The stems of the known names by shape."""
        shapes = self._shapes
        if shapes is None:
            with collector_paused():
                shapes = self._shapes = _Shapes(self.exact)
        return shapes

    def lookup(self, key: str) -> NameMatch | None:
        """Exact match of a canonical key (separators and zero padding already ignored)."""
        ids = self.exact.get(key)
        return NameMatch(set(ids), "exact") if ids else None

    def lookalike(self, raw: str) -> NameMatch | None:
        """Exact match after reading look-alike characters as digits ("FWI" -> "FW1")."""
        folded = raw.lower()
        positions = [i for i, ch in enumerate(folded) if ch in LOOKALIKE_DIGITS]
        if not positions or len(positions) > 6:
            return None
        tried: set[str] = set()
        # One character at a time, then all trailing ones together.
        candidates = [
            folded[:i] + LOOKALIKE_DIGITS[folded[i]] + folded[i + 1 :] for i in positions
        ]
        tail = folded
        for i in reversed(positions):
            if i != len(tail) - 1:
                break
            tail = tail[:i] + LOOKALIKE_DIGITS[tail[i]]
        candidates.append(tail)
        for text in candidates:
            key = canon(text)
            if key in tried:
                continue
            tried.add(key)
            ids = self.exact.get(key)
            if ids:
                return NameMatch(set(ids), "lookalike")
        return None

    def stem(self, key: str) -> NameMatch | None:
        """Names that are ``key`` followed by an index ("GBLONDC1SW" -> SW1..SW4)."""
        ids = self.stems.get(key)
        return NameMatch(set(ids), "stem") if ids else None

    def is_name_like(self, key: str) -> bool:
        """Whether ``key`` is shaped like the known names (and so names a device)."""
        parts = runs(key)
        if len(parts) < 2 or not any(p.isdigit() for p in parts):
            return False
        shape = _shape(parts)
        shapes = self.shapes
        bounds = shapes.lengths.get(shape)
        if bounds is None or not bounds[0] - 2 <= len(key) <= bounds[1] + 6:
            return False
        letters = [p for p in parts if not p.isdigit()]
        known_runs = shapes.known_runs
        if any(run in known_runs.get((shape, pos), ()) for pos, run in enumerate(letters)):
            return True
        first = known_runs.get((shape, 0), ())
        return bool(letters) and any(OSA.distance(letters[0], run) <= 2 for run in first)

    def fuzzy(
        self, key: str, role_codes: frozenset[str] = frozenset(),
        code_roles: Mapping[str, object] | None = None,
    ) -> NameMatch | None:
        """Closest names with the same digits and shape, allowing a typo in unknown letters.

        Letter runs that the known names use at that position must match exactly (so a
        different role code, site code or city code is not "corrected"); the other runs may
        differ by one edit (two for runs of eight letters or more). The last letter run, when
        it is a known role code, must match exactly, unless the names never use it there and
        ``code_roles`` (role code -> role) gives it the role of a code they do use: "RT" for
        "RTR" (both routers) is a typo, "SW" for "CSW" is not. Digits never change. Ties are
        all returned.
        """
        parts = runs(key)
        shape = _shape(parts)
        letters = tuple(p for p in parts if not p.isdigit())
        if not letters:
            return None
        indexed = parts[-1].isdigit()
        index = parts[-1] if indexed else ""
        stem_digits = tuple(p for p in (parts[:-1] if indexed else parts) if p.isdigit())
        shapes = self.shapes
        known = [run in shapes.known_runs.get((shape, pos), ()) for pos, run in enumerate(letters)]
        if all(known):
            return None
        last = letters[-1]
        if known[-1] or last in role_codes:
            pools = [shapes.buckets.get((shape, stem_digits, last), [])]
            roles = code_roles or {}
            role = roles.get(last) if not known[-1] else None
            if role is not None:  # "RT" where the names say "RTR"
                pools += [
                    stems for (bshape, bdigits, blast), stems in shapes.buckets.items()
                    if bshape == shape and bdigits == stem_digits and blast != last
                    and roles.get(blast) == role
                ]
        else:
            pools = [
                stems
                for (bshape, bdigits, _last), stems in shapes.buckets.items()
                if bshape == shape and bdigits == stem_digits
            ]
        unknown_len = sum(len(run) for run, k in zip(letters, known, strict=True) if not k)
        budget = 1 if unknown_len < 8 else 2
        best = budget + 1
        found: set[int] = set()
        for pool in pools:
            for cand in pool:
                if cand.indexed != indexed:
                    continue
                dist = 0
                for run, other, is_known in zip(letters, cand.letters, known, strict=True):
                    if is_known:
                        if run != other:
                            dist = best + 1
                            break
                    else:
                        dist += OSA.distance(run, other, score_cutoff=max(0, best - dist))
                        if dist > budget:
                            break
                if dist > budget or dist > best:
                    continue
                ids = self.exact.get(cand.stem + index)
                if not ids:
                    continue
                if dist < best:
                    best, found = dist, set(ids)
                else:
                    found |= ids
        if found:
            return NameMatch(found, "fuzzy", best)
        return None

    def nearest(self, key: str) -> set[int]:
        """Hosts whose name has the same letters but other numbers (for suggestions)."""
        letters = tuple(p for p in runs(key) if not p.isdigit())
        out: set[int] = set()
        for stem in self.shapes.by_letters.get(letters, [])[:50]:
            for ids in (self.stems.get(stem), self.exact.get(stem)):
                if ids:
                    out |= ids
            if len(out) >= 3:
                break
        return out


class _Stem(NamedTuple):
    stem: str
    indexed: bool
    letters: tuple[str, ...]


class _Shapes:
    """The distinct stems of a name table, by shape ("a9a9": letters, digits, ...), for the
    fuzzy lookups: built in one pass over the names, in the order they were added."""

    def __init__(self, keys: Iterable[str]) -> None:
        # (shape, digits of the stem, last letter run) -> stems
        self.buckets: dict[tuple[str, tuple[str, ...], str], list[_Stem]] = defaultdict(list)
        # (shape, position) -> letter runs seen there
        self.known_runs: dict[tuple[str, int], set[str]] = defaultdict(set)
        # shape -> (shortest, longest) stem
        self.lengths: dict[str, tuple[int, int]] = {}
        # letter runs -> stems (for "same name, other numbers" suggestions)
        self.by_letters: dict[tuple[str, ...], list[str]] = defaultdict(list)
        plain: set[str] = set()
        indexed: set[str] = set()
        for key in keys:
            stem = key.rstrip(_DIGITS)
            if len(stem) == len(key):
                if key not in plain:
                    plain.add(key)
                    self._add(key, indexed=False)
            elif stem not in indexed:
                indexed.add(stem)
                self._add(stem, indexed=True)

    def _add(self, stem: str, indexed: bool) -> None:
        # A canonical key alternates letter and digit runs, so every other run is a digit run.
        parts = runs(stem)
        digit_first = parts[0][0] in _DIGITS if parts else indexed
        digits = tuple(parts[0::2] if digit_first else parts[1::2])
        letters = tuple(parts[1::2] if digit_first else parts[0::2])
        size = len(parts) + indexed  # an indexed stem ends in letters: "0" adds a digit run
        shape = (("9a" if digit_first else "a9") * (size // 2 + 1))[:size]
        self.buckets[(shape, digits, letters[-1] if letters else "")].append(
            _Stem(stem, indexed, letters)
        )
        known_runs = self.known_runs
        for pos, run in enumerate(letters):
            known_runs[(shape, pos)].add(run)
        size = len(stem)
        bounds = self.lengths.get(shape)
        if bounds is None:
            self.lengths[shape] = (size, size)
        elif size < bounds[0] or size > bounds[1]:
            self.lengths[shape] = (min(bounds[0], size), max(bounds[1], size))
        self.by_letters[letters].append(stem)


def _long_stem(key: str) -> str | None:
    """The name ``key`` without its trailing number, if it has one and 4 characters remain."""
    stem = key.rstrip(_DIGITS)
    return stem if 4 <= len(stem) < len(key) else None


def _shape(parts: list[str]) -> str:
    return "".join("9" if p.isdigit() else "a" for p in parts)
