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

from collections import defaultdict
from collections.abc import Container, Mapping
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from .text import canon, fold_words, runs

# Characters people type for a digit: look-alikes and the shifted digit keys of a US keyboard.
LOOKALIKE_DIGITS: dict[str, str] = {
    "i": "1", "l": "1", "|": "1", "!": "1", "o": "0", ")": "0", "@": "2", "#": "3",
    "$": "4", "%": "5", "^": "6", "&": "7", "*": "8", "(": "9",
}




@dataclass(frozen=True, slots=True)
class NameParts:
    """What a host name says about the host (None where it does not say)."""

    country_code: str | None = None
    city_code: str | None = None
    site_kind: str | None = None
    site_num: int | None = None
    role_code: str | None = None
    index: int | None = None


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
    return NameParts(*place, role_code, index)


_Place = tuple[str | None, str | None, str | None, int | None]


def _decode_place(
    words: list[str], kind_codes: Mapping[str, str], country_codes: Container[str] | None
) -> _Place:
    """(country code, city code, site kind, site number) from the words before the role."""
    rest = list(words)
    site_kind: str | None = None
    site_num: int | None = None
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
    if len(letters) >= 4 and country_codes is not None and letters[:2] in country_codes:
        country_code, city_code = letters[:2], letters[2:]
    elif letters and site_num is not None:
        city_code = letters
    return (country_code, city_code, site_kind, site_num)


@dataclass(slots=True)
class NameMatch:
    """Hosts a written name matched, and how."""

    ids: set[int]
    how: str  # "exact", "lookalike", "stem", "fuzzy"
    distance: int = 0


class NameTable:
    """Exact, stem and constrained-fuzzy lookup of written names among known names.

    Names are canonical keys (:func:`.text.canon`). Everything but the exact and stem maps is
    kept per *stem* (the name without its trailing number), so adding a host is two set
    insertions once its stem has been seen.
    """

    def __init__(self) -> None:
        self.exact: dict[str, set[int]] = defaultdict(set)
        self.stems: dict[str, set[int]] = defaultdict(set)
        self.max_len = 0
        self._seen: dict[str, _Stem] = {}
        # (shape, digits of the stem, last letter run) -> stems
        self._buckets: dict[tuple[str, tuple[str, ...], str], list[_Stem]] = defaultdict(list)
        # (shape, position) -> letter runs seen there
        self._known_runs: dict[tuple[str, int], set[str]] = defaultdict(set)
        # shape -> (shortest, longest) stem
        self._lengths: dict[str, tuple[int, int]] = {}
        # letter runs -> stems (for "same name, other numbers" suggestions)
        self._by_letters: dict[tuple[str, ...], list[str]] = defaultdict(list)

    def add(self, written: str, host_id: int) -> None:
        """Register one known name for ``host_id``."""
        key = canon(written)
        if not key:
            return
        self.exact[key].add(host_id)
        if len(key) > self.max_len:
            self.max_len = len(key)
        stem = key.rstrip("0123456789")
        if len(stem) == len(key):
            if key not in self._seen:
                self._register(key, indexed=False)
            return
        if len(stem) >= 4:
            self.stems[stem].add(host_id)
        if stem + "#" not in self._seen:
            self._register(stem, indexed=True)

    def _register(self, stem: str, indexed: bool) -> None:
        parts = runs(stem)
        digits = tuple(p for p in parts if p.isdigit())
        if indexed:
            parts.append("0")
        shape = _shape(parts)
        letters = tuple(p for p in parts if not p.isdigit())
        entry = _Stem(stem, indexed, letters)
        self._seen[stem + "#" if indexed else stem] = entry
        self._buckets[(shape, digits, letters[-1] if letters else "")].append(entry)
        for pos, run in enumerate(letters):
            self._known_runs[(shape, pos)].add(run)
        bounds = self._lengths.get(shape)
        size = len(stem)
        if bounds is None:
            self._lengths[shape] = (size, size)
        elif size < bounds[0] or size > bounds[1]:
            self._lengths[shape] = (min(bounds[0], size), max(bounds[1], size))
        self._by_letters[letters].append(stem)

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
        bounds = self._lengths.get(shape)
        if bounds is None or not bounds[0] - 2 <= len(key) <= bounds[1] + 6:
            return False
        letters = [p for p in parts if not p.isdigit()]
        if any(run in self._known_runs[(shape, pos)] for pos, run in enumerate(letters)):
            return True
        first = self._known_runs[(shape, 0)]
        return bool(letters) and any(OSA.distance(letters[0], run) <= 2 for run in first)

    def fuzzy(self, key: str, role_codes: frozenset[str] = frozenset()) -> NameMatch | None:
        """Closest names with the same digits and shape, allowing a typo in unknown letters.

        Letter runs that the known names use at that position must match exactly (so a
        different role code, site code or city code is not "corrected"); the other runs may
        differ by one edit (two for runs of eight letters or more). The last letter run, when
        it is a known role code, must match exactly. Digits never change. Ties are all
        returned.
        """
        parts = runs(key)
        shape = _shape(parts)
        letters = tuple(p for p in parts if not p.isdigit())
        if not letters:
            return None
        indexed = parts[-1].isdigit()
        index = parts[-1] if indexed else ""
        stem_digits = tuple(p for p in (parts[:-1] if indexed else parts) if p.isdigit())
        known = [run in self._known_runs[(shape, pos)] for pos, run in enumerate(letters)]
        if all(known):
            return None
        last = letters[-1]
        if known[-1] or last in role_codes:
            pools = [self._buckets.get((shape, stem_digits, last), [])]
        else:
            pools = [
                stems
                for (bshape, bdigits, _last), stems in self._buckets.items()
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
        for stem in self._by_letters.get(letters, [])[:50]:
            for ids in (self.stems.get(stem), self.exact.get(stem)):
                if ids:
                    out |= ids
            if len(out) >= 3:
                break
        return out


@dataclass(frozen=True, slots=True)
class _Stem:
    stem: str
    indexed: bool
    letters: tuple[str, ...]


def _shape(parts: list[str]) -> str:
    return "".join("9" if p.isdigit() else "a" for p in parts)
