"""Reading a whole request and deciding which hosts it is about.

Two passes over the request:

1. **Identifiers** (written names): host names, aliases, host names/addresses, also written
   with separators, spaces, zero padding, look-alike characters or a typo, name stems
   ("GBLONDC1SW"), ranges ("SW1 through SW4"). A name that is shaped like the inventory's names
   but matches none ("GBMANB1SW2") makes the answer "none": it is never snapped to another host.
2. **Descriptions**: places (city, alternative city names, country, city code, site code,
   "building 2" / "datacenter 1"), roles with qualifiers and numbers ("the second core
   switch", "router 2"), vendors, platforms, groups, alias words, quantifiers ("all",
   "both", plural nouns) and negations ("outside india"). Everything else (the command part
   of the request) is ignored.

Attributes of one kind are OR-ed ("london and frankfurt"), kinds are AND-ed. A description
of one device that fits several is "ambiguous"; a place, vendor or role the inventory does
not have makes the answer "none".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import places, vocab
from .index import InventoryIndex
from .lexicon import ENTITY_KINDS, KIND_CODES, MAX_PHRASE, Meaning, family_phrases, static_lexicon
from .names import NameMatch, short_name
from .parse import alias_words, word_key
from .result import Resolution, Status
from .text import canon, fold, fold_words, runs

MAX_QUERY_CHARS = 2000
_COARSE = re.compile(r"[^\s,;()\[\]{}\"<>]+")
_SHIFT_DIGITS = frozenset("!@#$%^&*()|")
# Addresses, prefixes, MACs and interface names: looked up as host addresses, never read as
# words ("00:1b:2c" is not "building 2").
_TECHNICAL = re.compile(
    r":|\d/\d|^\d+(\.\d+){2,}|^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$|^[0-9a-f]{2}-[0-9a-f]{2}-",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "all", "every", "both", "each", "any", "on", "at", "in", "for", "from",
     "of", "to", "this", "that", "our", "my", "whole", "entire"}
)
# Endings of adjectives, verbs and adverbs: such an unknown word is not taken for a place.
_NOT_PLACE_SUFFIXES = (
    "y", "ed", "ing", "est", "ly", "ous", "ive", "able", "ible", "ful", "less", "ical", "ish",
)
_SITE_CODE = re.compile(r"([a-z]{2,5})(\d{1,3})")
_SEPARATORS = re.compile(r"[-_./]+")
# Negations that exclude a whole description ("except fra leaf 2"), unlike "non-cisco".
_EXCEPT_WORDS = frozenset(
    {"except", "excluding", "exclude", "besides", "other", "apart", "aside", "but", "minus",
     "without"}
)
# Words that may follow "but" without making it an exclusion ("but only the core ones").
_BUT_NOT_EXCLUDING = frozenset(
    {"only", "just", "also", "then", "i", "it", "we", "they", "that", "this", "there", "is",
     "are", "was", "not", "no", "if", "when", "keep", "leave", "show", "check", "still"}
)
# Pronouns after an ordinal or a position: "except the second one", "the last ones".
_PRONOUNS = frozenset({"one", "ones"})
# Words after a unit letter: "the a-side firewall", "firewall b unit".
_SIDE_WORDS = frozenset({"side", "sided", "unit", "node", "member"})
# Nouns between a preposition and a place code: "in rack C10", "at the site LON-DC1".
_PLACE_NOUNS = frozenset({"the", "rack", "room", "row", "cabinet", "cage", "suite", "hall"})
_PLACE_KINDS = frozenset(
    {"city", "country", "citycode", "world", "locword", "unknownplace", "region"}
)
_KIND_PRIORITY = (
    ("rolecode",), ("family",), ("role",), ("vendor",), ("platform",),
    ("city", "country", "citycode", "locword", "site", "region"), ("group",), ("aliasword",),
)


@dataclass(slots=True)
class _Coarse:
    raw: str
    canon: str
    first: int
    count: int
    upper: bool


@dataclass(slots=True)
class _Mention:
    dim: str  # place, site, kind, role, vendor, platform, group, aliasword, device
    ids: set[int] | None  # None: names something the inventory does not have
    label: str
    start: int
    end: int
    level: str = ""  # for places: "city" or "country"
    plural: bool = False
    negated: bool = False
    index: int | None = None
    family: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    neg_group: int = -1  # negated mentions of one group describe the same hosts (AND)
    # Of ``ids``, the hosts that fit it best: those whose aliases carry a qualifier the role
    # field lacks ("the wan routers"); the answer narrows to them where some fit the rest.
    prefer: set[int] | None = None


@dataclass(slots=True)
class _Ident:
    ids: set[int]
    label: str
    how: str
    distance: int = 0
    start: int = -1  # first word
    negated: bool = False  # "except core1"


def resolve_query(ix: InventoryIndex, query: str) -> Resolution:
    """Resolve ``query`` against ``ix`` (see :meth:`InventoryIndex.resolve`)."""
    if not isinstance(query, str) or not query.strip():
        return Resolution("none", reason="The request is empty, so it names no device.",
                          query=query if isinstance(query, str) else "")
    if len(query) > MAX_QUERY_CHARS:
        return Resolution(
            "none",
            reason=f"The request is too long ({len(query)} characters; at most "
            f"{MAX_QUERY_CHARS} are read), so no device is picked.",
            query=query[:200],
        )
    if not ix.names:
        return Resolution("none", reason="The inventory has no hosts.", query=query)
    return _Parser(ix, query).run()


class _Parser:
    def __init__(self, ix: InventoryIndex, query: str, *, nested: bool = False) -> None:
        self.ix = ix
        self.query = query
        self.nested = nested  # reading the parts of one name (see _decoded)
        self.static = static_lexicon()
        self.coarse: list[_Coarse] = []
        self.words: list[str] = []
        self.word_coarse: list[int] = []
        self._tokenize()
        self.used = [False] * len(self.words)
        self.idents: list[_Ident] = []
        self.failed: list[str] = []
        self.mentions: list[_Mention] = []
        self.quants: list[int] = []
        self.negs: list[int] = []
        self.plural = False
        self.ranged = False
        self.unknown_words: list[int] = []
        self.languages: list[_Mention] = []  # "in english": dropped beside another place
        self.code_candidates: list[int] = []
        # A position in the ordered set: (from the end, how many, excluded) -- "the last tokyo
        # switch", "the first two routers", "except the last one" (see _position_at).
        self.pick: tuple[bool, int, bool] | None = None
        self.unit_rank: tuple[str, int] | None = None  # "the primary firewall": unit "a"

    # -- tokens ---------------------------------------------------------------------------------

    def _tokenize(self) -> None:
        letters_upper = [
            m.group().isupper() for m in _COARSE.finditer(self.query) if m.group().isalpha()
        ]
        all_caps = bool(letters_upper) and all(letters_upper)
        for m in _COARSE.finditer(self.query):
            raw = m.group().strip(".:?'`\u2019")
            if not raw:
                continue
            if raw in ("&", "+"):
                raw = "and"
            words = [] if _TECHNICAL.search(raw) else fold_words(raw)
            alpha = [ch for ch in raw if ch.isalpha()]
            upper = bool(alpha) and not all_caps and all(ch.isupper() for ch in alpha)
            self.coarse.append(_Coarse(raw, canon(raw), len(self.words), len(words), upper))
            for w in words:
                self.words.append(w)
                self.word_coarse.append(len(self.coarse) - 1)

    def _span_free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])

    def _use(self, start: int, end: int) -> None:
        for p in range(start, end):
            self.used[p] = True

    def _use_coarse(self, first: int, last: int) -> tuple[int, int]:
        start = self.coarse[first].first
        end = self.coarse[last].first + self.coarse[last].count
        self._use(start, end)
        return start, end

    # -- pass 1: identifiers ----------------------------------------------------------------------

    def _identifiers(self) -> None:
        self._ranges()
        if self.ix.dotted_names:
            self._dotted_names()
        n = len(self.coarse)
        i = 0
        while i < n:
            c = self.coarse[i]
            if not c.canon or not self._span_free(c.first, c.first + c.count):
                i += 1
                continue
            best: tuple[int, str, set[int]] | None = None
            joined = ""
            for j in range(i, min(n, i + 6)):
                cj = self.coarse[j]
                if not cj.canon or not self._span_free(cj.first, cj.first + cj.count):
                    break
                joined += cj.canon
                if j > i and len(joined) > self.ix.max_join_len:
                    break
                hit = self._lookup_joined(joined, i, j)
                if hit is not None:
                    best = (j, hit[0], hit[1])
            if best is None:
                i += 1
                continue
            j, how, ids = best
            start, end = self._use_coarse(i, j)
            label = " ".join(self.coarse[k].raw for k in range(i, j + 1))
            if how in ("site", "location", "group", "platform"):
                dim = {"site": "site", "location": "site", "group": "group",
                       "platform": "platform"}[how]
                self.mentions.append(_Mention(dim, set(ids), f"{how} {label}", start, end))
            else:
                self.idents.append(_Ident(set(ids), label, how, start=start))
            i = j + 1
        self._alias_sequences()
        self._loose_names()

    def _dotted_names(self) -> None:
        """FQDN-like names written in part or with a typo.

        With names such as ``core1.lon-dc2.example.net``, "rtr2.spo-dc1" (the leading labels)
        and "core1.lon-cd2" / "fw1.syd-dc1.exmaple.net" (a typo in a later label) name one
        host, where the first label alone ("core1") repeats across sites. The first label must
        name hosts (exactly, or with a typo in its letters); each later label is compared with
        the same label of those hosts' names: digits must be equal, letters may differ by one
        edit (two in labels of eight letters or more), two edits in all. A name whose later
        labels fit none of those hosts ("rtr1.lon-dc3") is read part by part (see
        :meth:`_decoded`), else it does not exist.
        """
        ix = self.ix
        table = ix.name_table
        role_codes: frozenset[str] | None = None
        for c in self.coarse:
            raw = c.raw
            if (
                "." not in raw.strip(".")
                or not c.count
                or _TECHNICAL.search(raw)
                or not self._span_free(c.first, c.first + c.count)
                or c.canon in table.exact
                or c.canon in ix.alias_table.exact
                or fold(raw) in ix.hostnames
            ):
                continue
            labels = [canon(label) for label in raw.split(".")]
            if len(labels) < 2 or not all(labels):
                continue
            cands = table.exact.get(labels[0])
            first_distance = 0
            if not cands and _has_digit(labels[0]) and table.is_name_like(labels[0]):
                if role_codes is None:
                    role_codes = frozenset(ix.learned_role_codes) | frozenset(vocab.ROLE_CODES)
                fuzzy = table.fuzzy(labels[0], role_codes)
                if fuzzy is not None:
                    cands, first_distance = fuzzy.ids, fuzzy.distance
            if not cands:
                continue
            best = _DOTTED_BUDGET + 1
            found: set[int] = set()
            bare: set[int] = set()
            for host in cands:
                parts = ix.names[host].split(".")
                if len(parts) == 1:
                    bare.add(host)  # "sw1.lon.example.com" for a host named "sw1"
                    continue
                if len(labels) > len(parts):
                    continue
                dist = first_distance
                for mine, theirs in zip(labels[1:], parts[1:], strict=False):
                    dist += _label_distance(mine, canon(theirs))
                    if dist > best:
                        break
                if dist < best:
                    best, found = dist, {host}
                elif dist == best:
                    found.add(host)
            if not found and bare and not first_distance:
                found, best = bare, 0
            if found:
                self._use(c.first, c.first + c.count)
                self.idents.append(
                    _Ident(found, raw, "name" if best == 0 else "fuzzy", best, c.first))
                continue
            if first_distance:
                continue  # the first label was only close to a name: read the words
            self._use(c.first, c.first + c.count)
            # "rtr1.london", "core1.lon": the later labels read as a description of the place.
            rest = None if self.nested else self._described(
                _SEPARATORS.sub(" ", raw.split(".", 1)[1]))
            decoded = (rest & cands) if rest else self._decoded(c)
            if decoded:
                self.idents.append(_Ident(decoded, raw, "decoded", start=c.first))
            else:
                self.failed.append(raw)

    def _lookup_joined(self, key: str, i: int, j: int) -> tuple[str, set[int]] | None:
        ix = self.ix
        single = i == j
        raw = self.coarse[i].raw
        if single and _SHIFT_DIGITS.intersection(raw):
            return None  # "SW!" - the look-alike pass reads it
        hit = ix.name_table.exact.get(key)
        if hit:
            return ("name", hit)
        if single and "." in raw.strip("."):
            hit = ix.hostnames.get(fold(raw)) or ix.name_table.exact.get(canon(short_name(raw)))
            if hit:
                return ("hostname" if fold(raw) in ix.hostnames else "name", hit)
        plain_word = single and raw.isalpha() and self._is_vocab_word(fold(raw))
        if not plain_word or self._only_alias_word(fold(raw)):
            # A one-word alias ("broadway") is a name like any other: "broadway and liberty"
            # lists two devices.
            hit = ix.alias_table.exact.get(key)
            if hit:
                return ("alias", hit)
        if single:
            hit = ix.hostnames.get(fold(raw))
            if hit:
                return ("hostname", hit)
        if len(key) >= 5 and not key[-1].isdigit() and _has_digit(key):
            hit = ix.name_table.stems.get(key)
            if hit:
                return ("stem", hit)
        if plain_word:
            return None
        for how, table in (("site", ix.sites), ("location", ix.locations),
                           ("group", ix.groups), ("platform", ix.platform_keys)):
            hit = table.get(key)
            if hit and (not single or not raw.isalpha() or how != "location"):
                return (how, hit)
        if single and _has_separator(raw) and len(key) >= 4:
            hit = ix.alias_table.stems.get(key)
            if hit:
                return ("aliasstem", hit)
        return None

    def _is_vocab_word(self, word: str) -> bool:
        return (
            (word,) in self.static
            or word in vocab.STOPWORDS
            or word in vocab.COMMON_WORDS
            or (word,) in self.ix.lexicon
        )

    def _only_alias_word(self, word: str) -> bool:
        """The word is in no vocabulary but the inventory's alias words, or else only names
        a place the inventory has no device in ("ipiranga", an alias that is also the name of
        a town somewhere)."""
        meanings = self.ix.lexicon.get((word,), ())
        return (
            all(m.kind == "aliasword" for m in meanings)
            and all(
                m.kind in _PLACE_KINDS and not self.ix.hosts_for(m)
                for m in self.static.get((word,), ())
            )
            and word not in vocab.STOPWORDS
            and word not in vocab.COMMON_WORDS
        )

    def _ranges(self) -> None:
        """"SW1 through SW4", "SW1 - SW4", "SW1 to 4", "SW1-4"."""
        table = self.ix.name_table
        for i, c in enumerate(self.coarse):
            left_key: str | None = None
            right: str | None = None
            first, last = i, i
            if c.raw.lower() in vocab.RANGE_WORDS and 0 < i < len(self.coarse) - 1:
                before = self.coarse[i - 2].raw.lower() if i >= 2 else ""
                if c.raw.lower() == "to" and before in ("from", "between"):
                    continue  # "ping from A to B": two devices, not a range
                left_key, right = self.coarse[i - 1].canon, self.coarse[i + 1].raw
                first, last = i - 1, i + 1
            elif "-" in c.raw and c.canon not in table.exact and c.canon not in (
                self.ix.alias_table.exact
            ):
                head, _, tail = c.raw.rpartition("-")
                left_key, right = canon(head), tail
            if left_key is None or right is None or left_key not in table.exact:
                continue
            lm = re.fullmatch(r"(.*?[a-z])(\d+)", left_key)
            if lm is None:
                continue
            stem, low = lm.group(1), int(lm.group(2))
            right_key = canon(right)
            if right_key.isdigit():
                high = int(right_key)
            else:
                rm = re.fullmatch(r"(.*?[a-z])(\d+)", right_key)
                if rm is None or rm.group(1) != stem or right_key not in table.exact:
                    continue
                high = int(rm.group(2))
            if not low < high <= low + 1000:
                continue
            ids: set[int] = set()
            for k in range(low, high + 1):
                ids |= table.exact.get(stem + str(k), set())
            if not self._span_free(self.coarse[first].first,
                                   self.coarse[last].first + self.coarse[last].count):
                continue
            self._use_coarse(first, last)
            label = " ".join(x.raw for x in self.coarse[first : last + 1])
            self.idents.append(_Ident(ids, label, "range", start=self.coarse[first].first))
            self.ranged = True

    def _alias_sequences(self) -> None:
        ix = self.ix
        if not ix.alias_seqs:
            return
        norm = list(alias_words(" ".join(self.words)))
        if len(norm) != len(self.words):
            return
        p = 0
        while p < len(norm):
            matched = False
            for size in range(min(ix.max_alias_words, len(norm) - p), 1, -1):
                if not self._span_free(p, p + size):
                    continue
                key = word_key(norm[p : p + size])
                hit = ix.alias_seqs.get(key)
                how = "alias"
                if not hit:
                    nxt = norm[p + size] if p + size < len(norm) else ""
                    if nxt.isdigit() or len(nxt) == 1:
                        continue
                    hit = ix.alias_seq_stems.get(key)
                    how = "aliasstem"
                    if hit and self._place_and_role(norm[p : p + size]):
                        continue  # "nyc firewalls": the place and the role, not "nyc-fw-a"
                    last = norm[p + size - 1]
                    if not hit and len(last) > 3 and last.endswith("s") and last.isalpha():
                        # "the internet edges": the plural of the start of
                        # "internet-edge-1", "internet-edge-2".
                        hit = ix.alias_seq_stems.get(word_key([*norm[p : p + size - 1],
                                                               last[:-1]]))
                        self.plural = self.plural or bool(hit)
                if hit:
                    self._use(p, p + size)
                    self.idents.append(
                        _Ident(set(hit), " ".join(self.words[p : p + size]), how, start=p))
                    p += size
                    matched = True
                    break
            if not matched:
                p += 1

    def _code_roles(self) -> dict[str, object]:
        """Role code -> role, the general table and the codes learned from the names."""
        return {**vocab.ROLE_CODES, **self.ix.learned_role_codes}

    def _place_and_role(self, norm: list[str]) -> bool:
        """Alias words that are a place the inventory has and then a role noun ("nyc §fw"
        of "nyc firewalls"): the start of aliases such as "nyc-fw-a" but better read as the
        place and the role, which also finds the hosts aliased otherwise."""
        if len(norm) < 2 or not norm[-1].startswith("\u00a7"):
            return False
        return all(
            any(m.kind in _PLACE_KINDS and self.ix.hosts_for(m)
                for m in self.ix.lexicon.get((word,), ()))
            for word in norm[:-1]
        )

    def _loose_names(self) -> None:
        """Names with look-alike characters or a typo; well-formed names that do not exist."""
        ix = self.ix
        role_codes = frozenset(ix.learned_role_codes) | frozenset(vocab.ROLE_CODES)
        for c in self.coarse:
            if not c.canon or not c.count or not self._span_free(c.first, c.first + c.count):
                continue
            has_digit = _has_digit(c.canon)
            if not has_digit and not _has_separator(c.raw) and not _SHIFT_DIGITS.intersection(
                c.raw
            ):
                continue
            match: NameMatch | None = None
            if _SHIFT_DIGITS.intersection(c.raw) or any(ch in "ilo" for ch in c.canon):
                match = ix.name_table.lookalike(c.raw) or ix.alias_table.lookalike(c.raw)
            if match is None and _SHIFT_DIGITS.intersection(c.raw):
                match = ix.name_table.stem(c.canon) or ix.name_table.lookup(c.canon)
            name_like = has_digit and ix.name_table.is_name_like(c.canon)
            if match is None and name_like:
                match = ix.name_table.fuzzy(c.canon, role_codes, self._code_roles())
            if (
                match is None
                and (has_digit or _has_separator(c.raw))
                and len(c.canon) >= 5
                and (ix.alias_table.is_name_like(c.canon) or _has_separator(c.raw))
            ):
                match = ix.alias_table.fuzzy(c.canon)
            if match is not None:
                self._use(c.first, c.first + c.count)
                self.idents.append(_Ident(match.ids, c.raw, match.how, match.distance, c.first))
                continue
            alias_like = _has_separator(c.raw) and _alias_stem_exists(ix, c.canon)
            if name_like and not alias_like and self._site_kind_code(c):
                continue  # "london DC2 core 1": datacenter 2, read with the descriptions
            if name_like or alias_like:
                self._use(c.first, c.first + c.count)
                decoded = self._decoded(c) if name_like else None
                if decoded is not None:
                    self.idents.append(_Ident(decoded, c.raw, "decoded", start=c.first))
                else:
                    self.failed.append(c.raw)

    def _site_kind_code(self, c: _Coarse) -> bool:
        """The token is a site kind code and number of a site the inventory has ("DC2",
        "b1" where a datacenter 2 / building 1 exists)."""
        words = fold_words(c.raw)
        if len(words) != 2 or not words[1].isdigit():
            return False
        kind = KIND_CODES.get(words[0])
        return kind is not None and bool(self.ix.kind.get((kind, int(words[1]))))

    def _decoded(self, c: _Coarse) -> set[int] | None:
        """A name with separators that matches no host, read part by part as a description:
        "muc-dc2-rtr01" written without the country prefix of "de-muc-dc2-rtr01" is city code
        muc, datacenter 2, router 1. Its host when every part names something the inventory
        has and together they fit exactly one host; else None (the name does not exist)."""
        if self.nested or not _has_separator(c.raw):
            return None
        ids = self._described(_SEPARATORS.sub(" ", c.raw))
        return ids if ids is not None and len(ids) == 1 else None

    def _described(self, text: str) -> set[int] | None:
        """The hosts that ``text`` (the parts of one name) describes when every word of it
        names something the inventory has (a place, site, role, number, ...); else None."""
        sub = _Parser(self.ix, text, nested=True)
        sub._identifiers()
        if sub.idents or sub.failed:
            return None
        sub._descriptions()
        if sub.negs or sub.quants or sub.plural:
            return None
        covered: set[int] = set()
        for m in sub.mentions:
            if m.ids is None or m.dim == "device" or m.plural:
                return None
            covered.update(range(m.start, m.end))
        if not sub.mentions or covered != set(range(len(sub.words))):
            return None
        return sub._combine(sub.mentions)

    # -- pass 2: descriptions ---------------------------------------------------------------------

    def _descriptions(self) -> None:
        self.code_candidates = self._code_candidates()
        p = 0
        n = len(self.words)
        pending_ord: tuple[int, int] | None = None
        while p < n:
            if self.used[p]:
                p += 1
                continue
            size, meanings, plural = self._phrase_at(p)
            if self.words[p] == "but" and size == 1 and self._excluding_but(p):
                # "everything but the firewalls", "all switches but leaf 2", "routers but the
                # delhi ones": after a quantifier or a set, "but" excludes what follows.
                self.negs.append(p)
                self._use(p, p + 1)
                p += 1
                continue
            position = self._position_at(p)
            if position is not None:
                p = position
                continue
            if self.words[p] in vocab.UNIT_STATE_WORDS and meanings and not (
                self._describes_devices(p + 1)
            ):
                # "active sessions on the oslo firewall" where aliases say "...-active"
                self._use(p, p + 1)
                p += 1
                continue
            rank = vocab.UNIT_RANK_WORDS.get(self.words[p])
            if rank is not None and not meanings and self._describes_devices(p + 1):
                # "the primary firewall": unit A where names end in a unit letter, else number 1
                if "a" in self.ix.side and "b" in self.ix.side:
                    self.unit_rank = ("ab"[rank - 1], p)
                else:
                    pending_ord = (rank, p)
                self._use(p, p + 1)
                p += 1
                continue
            if not meanings:
                self._unknown_word(p)
                p += 1
                continue
            end = p + size
            chosen = self._choose(meanings, p, end)
            kind = chosen[0].kind if chosen else ""
            if kind == "ord":
                after = end + 1 if end < n and self.words[end] in _PRONOUNS else end
                if (after == end + 1 or after == n) and self._after_negation(p):
                    # "except the second one", "other than the first": that device number
                    found = self.ix.device_index.get(int(chosen[0].value))
                    self.mentions.append(_Mention(
                        "index", set(found) if found else None,
                        f"number {chosen[0].value}", p, after,
                    ))
                    self._use(p, after)
                    p = after
                    continue
                pending_ord = (int(chosen[0].value), p)
            elif kind == "num":
                value = int(chosen[0].value)
                nxt = self._peek_kind(end)
                if nxt in ("family", "device", "qual", "role", "rolecode") and value >= 2:
                    self.plural = True
                if end < n and self.words[end] in vocab.ORDINAL_SUFFIXES:
                    pending_ord = (value, p)
                    end += 1
            elif kind == "quant":
                self.quants.append(p)
            elif kind == "neg":
                self.negs.append(p)
            elif kind == "device":
                word_plural = plural or any(
                    w in vocab.PLURAL_ROLE_WORDS for w in self.words[p:end]
                )
                self.mentions.append(_Mention("device", None, "device", p, end,
                                              plural=word_plural))
            elif kind in ("qual", "family", "role", "rolecode"):
                end = self._role_phrase(p, pending_ord)
                pending_ord = None
            elif kind == "kind":
                end = self._site_kind(p, end, str(chosen[0].value), pending_ord)
                if chosen[0].value == "floor":
                    pending_ord = None
            elif chosen and kind in ENTITY_KINDS:
                self._entity(chosen, p, end, plural)
                if self._language(p, end, kind):
                    self.languages.append(self.mentions[-1])
            elif not chosen and not self._alias_vocab_word(p, end):
                self._unknown_word(p)
            self._use(p, end)
            p = max(end, p + 1)
            if pending_ord is not None and p - pending_ord[1] > 5:
                pending_ord = None
        self._unknown_site_codes()
        self._unknown_places()

    def _language(self, p: int, end: int, kind: str) -> bool:
        """A country adjective right after "in" may be a language ("the output in english
        for the tokyo router"); it is dropped where the request names another place."""
        return (
            kind == "country" and end - p == 1 and p > 0 and self.words[p - 1] == "in"
            and self.words[p] in places.demonyms()
        )

    def _excluding_but(self, p: int) -> bool:
        """"but" that excludes what follows: after a quantifier ("everything but the
        firewalls") or after a set ("routers but not the delhi ones", "the switches in delhi but
        sw1"), and followed by a description or a name, not by "only", "also", a clause."""
        words = self.words
        if p + 1 >= len(words) or (words[p + 1] in _BUT_NOT_EXCLUDING and words[p + 1] != "not"):
            return False
        if any(w in vocab.QUANTIFIERS and w != "list" for w in words[:p]):
            return True
        if not (self.plural or any(m.plural and m.end <= p for m in self.mentions)):
            return False
        q = p + 1
        while q < len(words) and words[q] in ("the", "not", "for"):
            q += 1
        if q >= len(words):
            return False
        if self.used[q]:
            return any(ident.start == q for ident in self.idents)
        return self._describes_devices(q) or words[q] in vocab.ORDINAL_WORDS or (
            words[q] in vocab.LAST_WORDS
        )

    def _after_negation(self, p: int) -> bool:
        """A negation comes before ``p`` with only glue words between."""
        return any(neg < p and self._only_glue(neg + 1, p) for neg in self.negs)

    def _describes_devices(self, q: int) -> bool:
        """Words from ``q`` describe devices: places, vendors, qualifiers, ... and then a role
        or device noun ("tokyo switch", "of the routers in delhi", "one" at the end)."""
        words = self.words
        if q < len(words) and words[q] in _PRONOUNS:
            return True
        r = q
        while r < len(words) and r < q + 8:
            if words[r] in ("of", "the", "these", "those", "in", "at", "our"):
                r += 1
                continue
            if self.used[r]:
                return False
            if words[r] in _PRONOUNS and r > q:
                return True  # "the delhi ones"
            size, meanings, _plural = self._phrase_at(r)
            kinds = {m.kind for m in meanings}
            if kinds & {"family", "role", "rolecode", "qual", "device"}:
                return True
            if not kinds & (ENTITY_KINDS | {"kind", "num"}):
                return False
            r += size
        return False

    def _position_at(self, p: int) -> int | None:
        """"the last tokyo switch", "the last two routers", "the first two routers", "except
        the last one": a position in the set the rest of the request describes, ordered by
        device number (applied in run). Returns where the words it takes end."""
        words = self.words
        word = words[p]
        if word in vocab.LAST_WORDS:
            from_end = True
        elif vocab.ORDINAL_WORDS.get(word) == 1:
            from_end = False
        else:
            return None
        q = p + 1
        count = 1
        number = self._number_at(q)
        if number is not None and words[q] not in _PRONOUNS and not (
            q + 1 < len(words) and words[q + 1] in vocab.ORDINAL_SUFFIXES
        ):
            if not 1 <= number <= 1000:
                return None
            count = number
            q += 1
        if not from_end and count < 2:
            return None  # "the first router" is router 1
        negated = self._after_negation(p)
        if not (self._describes_devices(q) or (negated and q == len(words))):
            return None
        if q < len(words) and words[q] in _PRONOUNS:
            q += 1
        self.pick = (from_end, count, negated)
        if count >= 2 and not negated:
            self.plural = True
        self._use(p, q)
        return q

    def _alias_vocab_word(self, p: int, end: int) -> bool:
        """A site kind word with no number that aliases carry ("the lab switches" where hosts
        are aliased "chelsea-lab", "sjc-lab-sw"): those hosts; adds a mention when it is."""
        if end - p != 1:
            return False
        word = self.words[p]
        for key in (word, word[:-1] if len(word) > 3 and word.endswith("s") else ""):
            found = self.ix.aliasvocab.get(key) if key else None
            if found and any(m.kind == "kind" for m in self._phrase_at(p)[1]):
                self.mentions.append(_Mention("aliasword", set(found), f"alias word {key}",
                                              p, end))
                return True
        return False

    def _unknown_site_codes(self) -> None:
        """A site code shaped like the inventory's that it does not have ("sto9" where sites
        are "sto1", "ams3"): the place it names is missing, it is not its city."""
        for k in self.code_candidates:
            c = self.coarse[k]
            m = _SITE_CODE.fullmatch(c.canon)
            if m is None or c.count != 2:
                continue
            letters = m.group(1)
            if letters not in self.ix.citycode or not any(
                key != c.canon and key[len(letters):].isdigit() and key.startswith(letters)
                for key in self.ix.sites
            ):
                continue
            for mention in self.mentions:
                if mention.start == c.first and mention.dim in ("place", "site"):
                    mention.ids = None
                    mention.label = f"site {c.raw}"

    def _phrase_at(self, p: int) -> tuple[int, list[Meaning], bool]:
        """Longest phrase at ``p``: (length, meanings, plural-by-suffix)."""
        ix = self.ix
        words = self.words
        limit = min(MAX_PHRASE, len(words) - p)
        for size in range(limit, 0, -1):
            if not self._span_free(p, p + size):
                continue
            key = tuple(words[p : p + size])
            found = [*ix.lexicon.get(key, ()), *self.static.get(key, ())]
            if found:
                if size == 1 and not self._code_allowed(p, found):
                    continue
                return size, found, False
            last = key[-1]
            if size > 1 and len(last) > 3 and last.endswith("s") and last.isalpha():
                # "palo altos", "wan edges": a plural of a phrase
                key = (*key[:-1], last[:-1])
                found = [m for m in (*ix.lexicon.get(key, ()), *self.static.get(key, ()))
                         if m.kind in ENTITY_KINDS or m.kind == "device"]
                if found:
                    return size, found, True
        word = words[p]
        if word.isdigit():
            return 1, [Meaning("num", int(word))], False
        code = self._country_code(p)
        if code is not None:
            return 1, [Meaning("country", code)], False
        if len(word) > 3 and word.endswith("s") and word.isalpha():
            for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
                if not stem:
                    continue
                found = [*ix.lexicon.get((stem,), ()), *self.static.get((stem,), ())]
                found = [m for m in found if m.kind in ENTITY_KINDS or m.kind == "device"]
                if found:
                    return 1, found, True
        for size in range(min(3, len(words) - p), 1, -1):
            # A typo in a city name of several words: "los angles", "sao palo".
            span = words[p : p + size]
            if not self._span_free(p, p + size) or not all(
                w.isalpha() and w not in vocab.STOPWORDS for w in span
            ) or all(w in vocab.COMMON_WORDS for w in span):
                continue
            fuzzy = [m for m in self._fuzzy("".join(span)) if m.kind == "city"]
            if fuzzy:
                return size, fuzzy, False
        fuzzy = self._fuzzy(word)
        if fuzzy:
            return 1, fuzzy, False
        return 1, [], False

    def _code_allowed(self, p: int, found: list[Meaning]) -> bool:
        """Two-letter words that are also English ("in", "at") only count in capitals."""
        word = self.words[p]
        if word not in vocab.STOPWORDS:
            return True
        before = self.words[p - 1] if p > 0 else ""
        if before in vocab.PLACE_PREPOSITIONS and any(
            m.kind == "city" and self.ix.hosts_for(m) for m in found
        ):
            return True  # "the firewall in la" where the inventory has Los Angeles
        if not self._standalone_upper(p) and before != "the":
            return False
        return any(m.kind in ENTITY_KINDS for m in found)

    def _standalone_upper(self, p: int) -> bool:
        """The word is a whole token written in capitals ("IN", not "GUEST-IN")."""
        c = self.coarse[self.word_coarse[p]]
        return c.upper and c.count == 1

    def _country_code(self, p: int) -> str | None:
        """Bare country codes ("IN", "uk", "USA"); short English words need capitals."""
        word = self.words[p]
        if not word.isalpha() or len(word) not in (2, 3):
            return None
        code = places.country_names().get(word)
        if code is None:
            return None
        upper = self._standalone_upper(p)
        in_inventory = code in self.ix.country
        if word in vocab.STOPWORDS or word in vocab.COMMON_WORDS:
            after_the = p > 0 and self.words[p - 1] == "the" and len(word) == 2
            return code if (upper and in_inventory) or after_the else None
        if in_inventory or word in places.UNAMBIGUOUS_COUNTRY_CODES:
            return code
        return code if upper and word == code and len(word) == 3 else None

    def _fuzzy(self, word: str) -> list[Meaning]:
        if (
            len(word) < 5
            or not word.isalpha()
            or word in vocab.STOPWORDS
            or word in vocab.COMMON_WORDS
        ):
            return []
        budget = 1 if len(word) < 8 else 2
        if word in places.world_city_names():
            return []
        hits = process.extract(
            word, self.ix.fuzzy_keys, scorer=OSA.distance, score_cutoff=budget, limit=4
        )
        if not hits:
            return []
        best = min(h[1] for h in hits)
        keys = {self.ix.fuzzy_vocab[h[0]] for h in hits if h[1] == best}
        if len(keys) != 1:
            return []
        key = keys.pop()
        return [*self.ix.lexicon.get(key, ()), *self.static.get(key, ())]

    def _choose(self, meanings: list[Meaning], start: int, end: int) -> list[Meaning]:
        """Pick the meanings of a phrase: entities the inventory has, else structure words,
        else entities it lacks."""
        present: list[Meaning] = []
        unknown: list[Meaning] = []
        structural: list[Meaning] = []
        for m in meanings:
            if m.kind in ENTITY_KINDS:
                (present if self.ix.hosts_for(m) else unknown).append(m)
            else:
                structural.append(m)
        if present:
            for kinds in _KIND_PRIORITY:
                picked = [m for m in present if m.kind in kinds]
                if picked:
                    return picked
            return present[:1]
        kinds_here = [m for m in structural if m.kind == "kind"]
        for m in structural:
            if m.kind == "kind" and not self._kind_ok(start, end):
                continue
            if m.kind == "qual" and any(
                (k.value, None) in self.ix.kind for k in kinds_here
            ) and self.ix.qualifier_family([str(m.value)]) is None:
                continue  # "the nyc branch switch": sites are marked branch, roles are not
            if m.kind == "qual" and self._peek_role_after_quals(start) is None and (
                m.value not in vocab.STANDALONE_QUALIFIERS
            ) and not self._bare_qualifiers(start):
                continue
            return [m]
        if unknown:
            return unknown[:1]
        return []

    def _kind_ok(self, start: int, end: int) -> bool:
        word = self.words[start]
        if end - start == 1 and word in vocab.SITE_KINDS_NEED_NUMBER:
            return self._number_at(end) is not None
        return True

    def _number_at(self, p: int) -> int | None:
        if p >= len(self.words) or self.used[p]:
            return None
        word = self.words[p]
        if word.isdigit():
            return int(word)
        return vocab.NUMBER_WORDS.get(word)

    def _peek_kind(self, p: int) -> str | None:
        if p >= len(self.words) or self.used[p]:
            return None
        _size, meanings, _plural = self._phrase_at(p)
        return meanings[0].kind if meanings else None

    def _peek_role_after_quals(self, p: int) -> tuple[int, int] | None:
        """If qualifiers at ``p`` are followed by a role noun, its (start, end)."""
        q = p
        while q < len(self.words) and not self.used[q]:
            size, meanings, _plural = self._phrase_at(q)
            kinds = {m.kind for m in meanings}
            if kinds & {"family", "role", "rolecode"}:
                return q, q + size
            if "qual" in kinds:
                q += size
                continue
            return None
        return None

    def _bare_qualifiers(self, p: int) -> bool:
        """Qualifiers at ``p`` name a role by themselves ("core 2", "the wan edge", "all
        cores"): the inventory uses them with one role family only, and a number follows or a
        determiner, quantifier, ordinal or negation comes before."""
        quals: list[str] = []
        q = p
        while q < len(self.words) and not self.used[q]:
            size, meanings, _plural = self._phrase_at(q)
            qual = next((m for m in meanings if m.kind == "qual"), None)
            if qual is None:
                break
            quals.append(str(qual.value))
            q += size
        if not quals or self.ix.qualifier_family(quals) is None:
            return False
        if self._number_at(q) is not None or (q < len(self.words) and self.words[q] == "ones"):
            return True  # "core 2", "the core ones"
        if q < len(self.words) and (
            self.words[q] in vocab.COMMON_WORDS or not self._phrase_at(q)[1]
        ) and self.words[q] not in vocab.STOPWORDS:
            return False  # "the core dump", "the edge ports": a qualifier of something else
        before = self.words[p - 1] if p > 0 else ""
        return (
            before in _DETERMINERS
            or before in vocab.ORDINAL_WORDS
            or (before,) in vocab.NEGATIONS
            or before in vocab.CONJUNCTIONS
        )

    def _qual_at(self, p: int) -> bool:
        """A qualifier word starts at ``p``."""
        if p >= len(self.words) or self.used[p]:
            return False
        return any(m.kind == "qual" for m in self._phrase_at(p)[1])

    def _numbers_after(self, end: int, first: int) -> tuple[list[int], int]:
        """More device or site numbers after ``first``: "1 and 2", "1 to 3" (with the end)."""
        numbers = [first]
        while end + 1 < len(self.words) and not self.used[end]:
            joiner = self.words[end]
            nxt = self._number_at(end + 1)
            if nxt is None or joiner not in ("and", "or", "to", "through", "thru", "till"):
                break
            if joiner in ("and", "or"):
                if end + 2 < len(self.words) and self.words[end + 2] in vocab.ORDINAL_SUFFIXES:
                    break
                numbers.append(nxt)
            elif numbers[-1] < nxt <= numbers[-1] + 100:
                numbers.extend(range(numbers[-1] + 1, nxt + 1))
            else:
                break
            end += 2
        return numbers, end

    def _role_phrase(self, p: int, pending_ord: tuple[int, int] | None) -> int:
        """Qualifiers + role noun (+ number) starting at ``p``; returns the end position."""
        ix = self.ix
        quals: list[str] = []
        q = p
        family: str | None = None
        exact: tuple[str, str | None] | None = None
        unknown_family = False
        plural = False
        noun_end = p
        while q < len(self.words) and not self.used[q]:
            size, meanings, suffix_plural = self._phrase_at(q)
            by_kind = {m.kind: m for m in meanings}
            chosen = self._choose(meanings, q, q + size)
            chosen_kinds = {m.kind for m in chosen}
            words = self.words[q : q + size]
            if "qual" in by_kind and chosen_kinds & {"role", "rolecode"} and (
                self._peek_role_after_quals(q + size) is not None or self._qual_at(q + size)
            ):
                # "core switch", "wan edge" where "core", "wan" are also learned role codes:
                # the qualifier.
                chosen, chosen_kinds = [by_kind["qual"]], {"qual"}
            if chosen_kinds & {"family", "role", "rolecode"} or (
                not chosen and "family" in by_kind
            ):
                m = chosen[0] if chosen else by_kind["family"]
                if m.kind == "family":
                    family = str(m.value)
                    unknown_family = not ix.family.get(family)
                elif m.kind == "role":
                    family, qual = m.value
                    if qual:
                        quals.append(qual)
                else:
                    exact = m.value
                    family = exact[0] if exact else None
                plural = suffix_plural or any(w in vocab.PLURAL_ROLE_WORDS for w in words)
                noun_end = q + size
                break
            if "qual" in by_kind and not chosen_kinds & ENTITY_KINDS:
                quals.append(str(by_kind["qual"].value))
                plural = plural or any(w in vocab.PLURAL_ROLE_WORDS for w in words)
                q += size
                noun_end = q
                continue
            break
        if family is None:
            standalone = [x for x in quals if x in vocab.STANDALONE_QUALIFIERS]
            named = self.ix.qualifier_family(quals) if quals else None
            if named is not None:
                family = named
            elif standalone:
                family = vocab.STANDALONE_QUALIFIERS[standalone[-1]]
            else:
                return max(noun_end, p + 1)
        end = noun_end
        index: int | None = None
        if noun_end == q and end < len(self.words) and self.words[end] in _PRONOUNS and (
            self.words[end] == "ones"
            or (p > 0 and self.words[p - 1] == "the" and self._after_negation(p))
        ):
            end += 1  # "except the core one(s)": the qualifier's role, "one" is no number
            plural = plural or self.words[end - 1] == "ones"
        if end < len(self.words) and not self.used[end] and self.words[end] in (
            vocab.NUMBER_MARKERS
        ) and self._number_at(end + 1) is not None:
            end += 1
        number = self._number_at(end)
        indexes: list[int] = []
        if number is not None and not (
            end + 1 < len(self.words) and self.words[end + 1] in vocab.ORDINAL_SUFFIXES
        ):
            index = number
            indexes, end = self._numbers_after(end + 1, number)
            if len(indexes) > 1:
                plural = True
        elif pending_ord is not None:
            index = pending_ord[0]
        sides: list[str] = []
        if index is None and self.ix.side:
            sides, end = self._sides_after(end)
            if not sides:
                before = self._side_before(p)
                sides = [before] if before else []
            if not sides and self.unit_rank is not None and p - self.unit_rank[1] <= 5:
                sides = [self.unit_rank[0]]
                self.unit_rank = None
        if unknown_family:
            ids: set[int] | None = None
        elif exact is not None and not quals:
            ids = set(ix.role.get(exact, set()))
        else:
            found = ix.role_hosts(family, quals)
            ids = set(found) if found is not None else None
        if ids is not None and index is not None:
            if len(indexes) > 1:
                wanted: set[int] = set()
                for number in indexes:
                    wanted |= ids & ix.device_index.get(number, set())
                ids = wanted
            else:
                ids &= ix.device_index.get(index, set())
        if ids is not None and sides:
            ids &= set().union(*(ix.side.get(side, set()) for side in sides))
            plural = plural or len(sides) > 1
        prefer: set[int] | None = None
        if ids and quals and not unknown_family:
            carried = ix.alias_qualified(family, quals)
            prefer = (ids & carried) or None if carried else None
        label = " ".join([*quals, family.replace("_", " ")]) + (
            f" {', '.join(map(str, indexes or [index]))}" if index is not None else ""
        ) + (f" {' and '.join(side.upper() for side in sides)}" if sides else "")
        self.mentions.append(
            _Mention("role", ids, label, p, end, plural=plural, index=index, family=family,
                     qualifiers=quals, prefer=prefer)
        )
        return end

    def _side_word(self, p: int) -> bool:
        """A one-letter word that can name a unit of a pair, where names end in one ("FW_A")."""
        word = self.words[p] if p < len(self.words) else ""
        return len(word) == 1 and word.isalpha() and word != "i" and not self.used[p]

    def _sides_after(self, end: int) -> tuple[list[str], int]:
        """Unit letters right after a role noun: "firewall b", "fw a and b", "firewall a side".
        "a" counts only where it cannot be the article (at the end, before a preposition)."""
        words = self.words
        if end >= len(words) or not self._side_word(end):
            return [], end
        sides = [words[end]]
        q = end + 1
        while q + 1 < len(words) and words[q] in ("and", "or") and self._side_word(q + 1):
            sides.append(words[q + 1])
            q += 2
        if q < len(words) and words[q] in _SIDE_WORDS:
            q += 1
        elif sides == ["a"] and q < len(words) and words[q] not in vocab.PLACE_PREPOSITIONS:
            return [], end  # "the firewall a few times"
        return sides, q

    def _side_before(self, p: int) -> str | None:
        """A unit letter before a role phrase: "the b firewall", "the a-side firewall"."""
        k = p - 1
        strong = k >= 0 and self.words[k] in _SIDE_WORDS
        if strong:
            k -= 1
        if k < 0 or len(self.words[k]) != 1 or not self.words[k].isalpha() or (
            self.words[k] == "i" or any(m.start <= k < m.end for m in self.mentions)
        ):
            return None
        if not strong and (k == 0 or self.words[k - 1] != "the"):
            return None
        return self.words[k]

    def _site_kind(
        self, p: int, end: int, kind: str, pending_ord: tuple[int, int] | None = None
    ) -> int:
        number = self._number_at(end)
        numbers: list[int | None] = [None]
        if number is not None:
            listed, end = self._numbers_after(end + 1, number)
            numbers = list(listed)
        elif kind == "floor" and pending_ord is not None and pending_ord[1] >= p - 2:
            number = pending_ord[0]  # "the third floor"
            numbers = [number]
        if kind == "site" and number is None:
            return end
        ids: set[int] = set()
        for num in numbers:
            found = self.ix.kind.get(("*" if kind == "site" else kind, num))
            if found and len(numbers) == 1:
                ids = set(found)
            elif found:
                ids |= found
        label = kind + (" " + " and ".join(map(str, numbers)) if number is not None else "")
        # A floor is inside a site: it narrows a building or datacenter rather than adding one.
        dim = "floor" if kind == "floor" else "kind"
        self.mentions.append(
            _Mention(dim, ids or None, label, p, end, plural=len(numbers) > 1)
        )
        return end

    def _entity(self, chosen: list[Meaning], p: int, end: int, plural: bool) -> None:
        ix = self.ix
        kind = chosen[0].kind
        words = " ".join(self.words[p:end])
        ids: set[int] | None = set()
        for m in chosen:
            found = ix.hosts_for(m)
            if found and ids is not None:
                ids |= found
        if not ids:
            ids = None
        if kind in _PLACE_KINDS or kind == "site":
            levels = {m.kind for m in chosen}
            level = "city" if levels - {"country", "region"} else "country"
            dim = "site" if levels <= {"locword", "site"} else "place"
            self.mentions.append(_Mention(dim, ids, self._place_label(chosen, words), p, end,
                                          level=level))
            return
        dim = {"vendor": "vendor", "platform": "platform", "group": "group",
               "aliasword": "aliasword", "family": "role", "role": "role",
               "rolecode": "role"}.get(kind, kind)
        self.mentions.append(_Mention(dim, ids, f"{dim} {words}", p, end, plural=plural))

    def _place_label(self, chosen: list[Meaning], words: str) -> str:
        m = chosen[0]
        if m.kind == "city":
            return "city " + self.ix.city_display.get(str(m.value), str(m.value).title())
        if m.kind == "country":
            return "country " + places.country_display().get(str(m.value), str(m.value))
        if m.kind == "world":
            return "city " + str(m.value).title()
        if m.kind == "region":
            return "region " + places.region_display(str(m.value))
        return f"place {words}"

    def _unknown_word(self, p: int) -> None:
        word = self.words[p]
        if (
            len(word) >= 3
            and word.isalpha()
            and word not in vocab.STOPWORDS
            and word not in vocab.COMMON_WORDS
        ):
            self.unknown_words.append(p)

    def _unknown_places(self) -> None:
        """Unknown words in a place slot: "routers in atlantis", "the gotham switch".

        Only when the request names no known place (then an extra unknown word is more likely
        an adjective than a second place), and not for words shaped like adjectives, verbs or
        adverbs ("flaky", "affected", "failing", "busiest").
        """
        if any(m.dim in ("place", "site", "kind", "floor") and m.ids for m in self.mentions):
            return
        self._unknown_codes()
        starts = {m.start: m for m in self.mentions}
        for p in self.unknown_words:
            word = self.words[p]
            if self._misspelt_world_city(p):
                continue
            if word.endswith(_NOT_PLACE_SUFFIXES) and places.near_world_city(word) is None:
                continue
            prev = p - 1
            while prev >= 0 and self.words[prev] in ("the", "a", "an"):
                prev -= 1
            after_preposition = prev >= 0 and self.words[prev] in vocab.PLACE_PREPOSITIONS
            nxt = starts.get(p + 1)
            before_noun = nxt is not None and nxt.dim in ("role", "device", "kind", "floor") and (
                p == 0 or self.words[p - 1] in _DETERMINERS
            )
            capitalised = self.coarse[self.word_coarse[p]].raw[:1].isupper()
            if before_noun and not after_preposition and len(word) < 4 and not capitalised and (
                not self._city_code_shaped(word)
            ):
                continue
            if after_preposition or before_noun:
                self.mentions.append(
                    _Mention("place", None, f"place {word}", p, p + 1, level="city")
                )

    def _city_code_shaped(self, word: str) -> bool:
        """An unknown word shaped like the city codes of the inventory's names ("the pek
        router" where names carry "blr", "del", "sin"): a city the inventory does not have."""
        if len(word) != 3 or not word.isalpha() or word in vocab.NOT_CITY_CODES or (
            (word,) in self.static
        ):
            return False
        codes = self.ix.citycode
        if len(codes) < 2:
            return False
        three = sum(1 for code in codes if len(code) == 3)
        return three * 4 >= len(codes) * 3

    def _misspelt_world_city(self, p: int) -> bool:
        """A two-word city the inventory lacks, misspelt, after a preposition ("routers in
        new yrok", "at san fransisco"): a place that is not there, not every host."""
        if p == 0 or self.used[p - 1] or any(m.start <= p - 1 < m.end for m in self.mentions):
            return False
        prev = p - 2
        while prev >= 0 and self.words[prev] in ("the", "a", "an"):
            prev -= 1
        if prev < 0 or self.words[prev] not in vocab.PLACE_PREPOSITIONS:
            return False
        city = places.near_world_city(f"{self.words[p - 1]} {self.words[p]}")
        if city is None or " " not in city:
            return False
        self.mentions.append(_Mention("place", None, f"city {city.title()}", p - 1, p + 1,
                                      level="city"))
        return True

    def _code_candidates(self) -> list[int]:
        """Coarse tokens no identifier took (before the descriptions pass reads numbers)."""
        return [k for k, c in enumerate(self.coarse)
                if c.count and self._span_free(c.first, c.first + c.count)]

    def _unknown_codes(self) -> None:
        """Unknown codes of letters and digits in a place slot: "everything in rack z99"."""
        covered = {q for m in self.mentions for q in range(m.start, m.end)}
        for k in self.code_candidates:
            c = self.coarse[k]
            if covered.intersection(range(c.first, c.first + c.count)):
                continue
            letters = "".join(ch for ch in c.canon if ch.isalpha())
            if not letters or letters == c.canon or len(c.canon) > 8 or (
                letters in vocab.COMMON_WORDS or letters in vocab.STOPWORDS
                or (letters,) in self.static
            ):
                continue
            prev = k - 1
            while prev >= 0 and self.coarse[prev].raw.lower() in _PLACE_NOUNS:
                prev -= 1
            if prev >= 0 and self.coarse[prev].raw.lower() in vocab.PLACE_PREPOSITIONS:
                self.mentions.append(_Mention("place", None, f"place {c.raw}", c.first,
                                              c.first + c.count, level="city"))

    # -- combining --------------------------------------------------------------------------------

    def _apply_negations(self) -> None:
        if not self.negs:
            return
        ordered = sorted(self.mentions, key=lambda m: m.start)
        idents = sorted(self.idents, key=lambda i: i.start)
        for neg in self.negs:
            after = [m for m in ordered if m.start > neg and m.dim != "device"]
            names = [i for i in idents if i.start > neg]
            if names and (not after or names[0].start < after[0].start) and self._only_glue(
                neg + 1, names[0].start
            ):
                self._negate_idents(neg, names)
                continue
            if not after:
                continue
            first = after[0]
            if not self._only_glue(neg + 1, first.start):
                continue
            first.negated = True
            if self.words[neg] == "non" and first.dim == "role" and first.qualifiers and (
                first.family and first.index is None
                and any((w,) in family_phrases() for w in self.words[first.start : first.end])
            ):
                # "non-core switches": the switches, except the core ones.
                found = self.ix.family.get(first.family)
                self.mentions.append(_Mention(
                    "role", set(found) if found else None,
                    first.family.replace("_", " "), first.start, first.start,
                    plural=first.plural, family=first.family,
                ))
            first.neg_group = neg
            previous = first
            for m in after[1:]:
                if m.start == previous.end and m.dim != previous.dim and (
                    self.words[neg] in _EXCEPT_WORDS
                ):
                    # "except fra leaf 2", "but not the juniper routers": one description,
                    # the hosts that fit all of it are left out.
                    m.negated = True
                    m.neg_group = previous.neg_group
                    previous = m
                    continue
                between = self.words[previous.end : m.start]
                if not any(w in vocab.CONJUNCTIONS for w in between) or not self._only_glue(
                    previous.end, m.start
                ):
                    break
                m.negated = True
                m.neg_group = len(self.words) + m.start
                previous = m

    def _negate_idents(self, neg: int, names: list[_Ident]) -> None:
        """"all switches in london except core1", "except rtr1 and rtr2": the names after a
        negation (joined by conjunctions) are left out, not looked up."""
        names[0].negated = True
        for prev, ident in pairwise(names):
            between = self.words[prev.start + 1 : ident.start]
            if not any(w in vocab.CONJUNCTIONS for w in between) or not all(
                self.used[q] or w in vocab.CONJUNCTIONS or w in vocab.STOPWORDS
                for q, w in enumerate(between, prev.start + 1)
            ):
                break
            ident.negated = True

    def _only_glue(self, start: int, end: int) -> bool:
        for w in self.words[start:end]:
            if w in vocab.STOPWORDS or w in vocab.CONJUNCTIONS or w in vocab.QUANTIFIERS:
                continue
            if w in ("in", "at", "from", "devices", "device", "not", "ones", "one"):
                continue
            return False
        return True

    def _quantified(self) -> bool:
        covered: dict[int, _Mention] = {}
        for m in self.mentions:
            for q in range(m.start, m.end):
                covered[q] = m
        for q in self.quants:
            r = q + 1
            while r < len(self.words) and (
                self.words[r] in vocab.STOPWORDS or self.words[r] in vocab.QUANTIFIERS
            ):
                r += 1
            if r < len(self.words) and (r in covered or self.used[r]):
                return True
        return False

    def run(self) -> Resolution:
        self._identifiers()
        self._descriptions()
        self._apply_negations()
        quantified = self._quantified()
        plural = (
            self.plural
            or quantified
            or any(m.plural for m in self.mentions if not m.negated)
            or self.ranged
        )
        roles = [m for m in self.mentions if m.dim == "role" and not m.negated]
        if len(roles) >= 2:
            plural = True
        if self.failed:
            return self._failed()
        language = {id(m) for m in self.languages}
        if language and any(m.dim == "place" and m.ids and not m.negated
                            and id(m) not in language for m in self.mentions):
            self.mentions = [m for m in self.mentions if id(m) not in language]
        positive = [m for m in self.mentions if not m.negated and m.dim != "device"]
        if any(m.dim in ("place", "site", "kind") and m.ids for m in positive):
            # A bare site kind the inventory does not record ("the london datacenter" where
            # sites have no kinds) adds nothing to a place that is named.
            positive = [m for m in positive if not (
                m.dim == "kind" and m.ids is None and m.label in vocab.SITE_KINDS
            )]
        negative = [m for m in self.mentions if m.negated]
        missing = [m.label for m in positive if m.ids is None]
        excluded: set[int] = set()
        groups: dict[int, set[int]] = {}
        for m in negative:
            found = m.ids or set()
            if m.prefer and found & m.prefer:
                found = found & m.prefer
            group = groups.get(m.neg_group)
            groups[m.neg_group] = set(found) if group is None else group & found
        for found in groups.values():
            excluded |= found
        left_out = [i for i in self.idents if i.negated]
        if left_out:
            self.idents = [i for i in self.idents if not i.negated]
            for ident in left_out:
                excluded |= ident.ids
            negative = [*negative, *(_Mention("device", ident.ids, ident.label, ident.start,
                                              ident.start, negated=True)
                                     for ident in left_out)]
        criteria = [self._criterion(m) for m in self.mentions if m.dim != "device"]
        criteria += [f"not name={ident.label}" for ident in left_out]
        if self.idents:
            return self._from_idents(positive, excluded, plural, criteria)
        if not positive:
            if negative:
                ids = set(self.ix.all_ids) - excluded
                return self._status(ids, True, criteria, "everything except " + ", ".join(
                    m.label for m in negative))
            devices = [m for m in self.mentions if m.dim == "device"]
            everything = any(w in ("everything", "everyone") for w in self.words)
            if devices and (quantified or everything):
                return self._status(set(self.ix.all_ids), True, ["all devices"],
                                    "every device (the request asks for all of them)")
            return Resolution(
                "none",
                reason="The request names no device, place, role, vendor or platform that "
                "could pick devices, so none is chosen.",
                query=self.query,
            )
        ids = self._combine(positive)
        ids -= excluded
        for m in positive:
            if m.prefer and ids & m.prefer:
                ids &= m.prefer
        if missing and not ids:
            return Resolution(
                "none",
                reason="Nothing in the inventory matches: "
                + "; ".join(f"{label} is not in the inventory" for label in missing) + ".",
                query=self.query,
                criteria=criteria,
            )
        description = ", ".join(m.label for m in positive if m.ids is not None)
        if negative:
            description += " except " + ", ".join(m.label for m in negative)
        if self.pick is not None and ids:
            return self._position(ids, plural, criteria, description)
        return self._status(ids, plural, criteria, description)

    def _position(
        self, ids: set[int], plural: bool, criteria: list[str], description: str
    ) -> Resolution:
        """Apply "the last", "the first two", "except the last one" to the set ``ids``."""
        assert self.pick is not None
        from_end, count, negated = self.pick
        where = ("the last" if from_end else "the first") + (f" {count}" if count > 1 else "")
        criteria = [*criteria, ("not " if negated else "") + f"position={where}"]
        picked, state = self._picked(ids, from_end, count)
        if state == "short":
            return Resolution(
                "none",
                reason=f"Only {len(picked)} device{'s' if len(picked) != 1 else ''} with a "
                f"number match {description}, so there is no {where}.",
                query=self.query, criteria=criteria,
            )
        if state == "tie":
            # Several hosts share the number at the edge of the position: nothing is picked.
            return self._status(picked if not negated else ids, False, criteria,
                                f"{where} of {description} (they share a device number)")
        if negated:
            return self._status(ids - picked, plural, criteria,
                                f"{description} except {where}")
        return self._status(picked, count > 1, criteria, f"{where} of {description}")

    def _picked(self, ids: set[int], from_end: bool, count: int) -> tuple[set[int], str]:
        """The ``count`` hosts of ``ids`` with the highest (``from_end``) or lowest device
        numbers (else unit letters), and "ok", "tie" (hosts share the number at the edge, or
        none has one: all of them are given) or "short" (fewer hosts than asked for)."""
        numbered: dict[int, set[int]] = {}
        for number in self.ix.device_index:
            found = self.ix.device_index.get(number)
            if found and (hit := ids & found):
                numbered[number] = set(hit)
        if not numbered:
            for letter in self.ix.side:
                found = self.ix.side.get(letter)
                if found and (hit := ids & found):
                    numbered[ord(letter)] = set(hit)
        if not numbered:
            return set(ids), "tie" if len(ids) >= count else "short"
        chosen: set[int] = set()
        for number in sorted(numbered, reverse=from_end):
            group = numbered[number] - chosen
            if len(chosen) + len(group) > count:
                return chosen | group, "tie"
            chosen |= group
            if len(chosen) == count:
                return chosen, "ok"
        return chosen, "short"

    def _combine(self, positive: list[_Mention]) -> set[int]:
        by_dim: dict[str, list[_Mention]] = {}
        for m in positive:
            by_dim.setdefault(m.dim, []).append(m)
        result: set[int] | None = None
        for dim, ms in by_dim.items():
            if dim == "place":
                city = [m for m in ms if m.level == "city"]
                country = [m for m in ms if m.level == "country"]
                city_ids = _union(city)
                country_ids = _union(country)
                if city and country and city_ids and city_ids <= country_ids:
                    ids = city_ids
                else:
                    ids = city_ids | country_ids
            else:
                ids = _union(ms)
            result = ids if result is None else result & ids
            if not result:
                return set()
        return result or set()

    def _from_idents(
        self, positive: list[_Mention], excluded: set[int], plural: bool, criteria: list[str]
    ) -> Resolution:
        ids: set[int] = set()
        for ident in self.idents:
            ids |= ident.ids
        if positive and all(m.ids is not None for m in positive):
            narrowed = ids & self._combine(positive)
            if narrowed:
                ids = narrowed
            else:
                places = [m for m in positive if m.dim in ("place", "site", "kind", "floor")]
                if places and not ids & self._combine(places):
                    # "the tokyo lab firewall" where the alias "lab-fw" is in San Francisco:
                    # the place named contradicts the name, never the other place's host.
                    return Resolution(
                        "none",
                        reason=", ".join(i.label for i in self.idents) + " is not in "
                        + ", ".join(m.label for m in places) + "; no device fits both.",
                        query=self.query,
                        criteria=[*(f"name={i.label}" for i in self.idents), *criteria],
                    )
        if excluded and ids - excluded:
            ids -= excluded
        labels = ", ".join(f"{i.label} ({_HOW.get(i.how, i.how)})" for i in self.idents)
        criteria = [*(f"name={i.label}" for i in self.idents), *criteria]
        if len(self.idents) >= 2 or plural:
            return self._status(ids, True, criteria, labels)
        return self._status(ids, False, criteria, labels)

    def _failed(self) -> Resolution:
        ix = self.ix
        hints: list[str] = []
        for raw in self.failed:
            near = ix.name_table.nearest(canon(raw))
            if near:
                hints.append(", ".join(sorted(ix.names[i] for i in near)[:3]))
        reason = "No device is named " + ", ".join(repr(f) for f in self.failed)
        reason += "; a name that does not exist is not replaced by a similar one."
        if hints:
            reason += " Existing names with other numbers: " + "; ".join(hints) + "."
        return Resolution("none", reason=reason, query=self.query,
                          criteria=[f"name={f}" for f in self.failed])

    def _status(
        self, ids: set[int], plural: bool, criteria: list[str], description: str
    ) -> Resolution:
        names = [self.ix.names[i] for i in sorted(ids)]
        status: Status
        if not names:
            return Resolution(
                "none",
                reason=f"No device matches {description}.",
                query=self.query,
                criteria=criteria,
            )
        if plural:
            status = "many"
            reason = f"{len(names)} device{'s' if len(names) != 1 else ''} match {description}."
        elif len(names) == 1:
            status = "one"
            reason = f"Only {names[0]} matches {description}."
        else:
            status = "ambiguous"
            reason = f"One device is meant but {len(names)} match {description}."
            return Resolution(status, [], names, reason, self.query, criteria)
        return Resolution(status, names, list(names), reason, self.query, criteria)

    def _criterion(self, m: _Mention) -> str:
        if m.dim in ("role", "kind", "floor"):
            text = f"{'role' if m.dim == 'role' else 'site'}={m.label}"
        else:
            text = m.label.replace(" ", "=", 1)
        if m.ids is None:
            text += " (not in inventory)"
        return ("not " if m.negated else "") + text


_HOW = {
    "name": "by name",
    "alias": "by alias",
    "hostname": "by address",
    "stem": "name without its number",
    "aliasstem": "start of an alias",
    "lookalike": "name with a look-alike character",
    "fuzzy": "name with a typo",
    "decoded": "name read part by part",
    "range": "name range",
}


def _union(ms: list[_Mention]) -> set[int]:
    out: set[int] = set()
    for m in ms:
        if m.ids:
            out |= m.ids
    return out


_DOTTED_BUDGET = 2
_FAR = 99


def _label_distance(mine: str, theirs: str) -> int:
    """Edits between a written label of a dotted name and a host's (canonical keys): the
    digits must be the same; letters may differ by one edit (two from eight letters), none in
    labels of fewer than four letters."""
    if mine == theirs:
        return 0
    mine_runs, their_runs = runs(mine), runs(theirs)
    if [r for r in mine_runs if r.isdigit()] != [r for r in their_runs if r.isdigit()]:
        return _FAR
    letters = sum(len(r) for r in mine_runs if not r.isdigit())
    allowed = 0 if letters < 4 else 1 if letters < 8 else 2
    dist = OSA.distance(mine, theirs, score_cutoff=allowed) if allowed else allowed + 1
    return dist if dist <= allowed else _FAR


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _has_separator(raw: str) -> bool:
    return any(ch in "-_./" for ch in raw.strip("-_./"))


def _alias_stem_exists(ix: InventoryIndex, key: str) -> bool:
    m = re.fullmatch(r"(.*?[a-z])(\d+)", key)
    return bool(m) and m is not None and m.group(1) in ix.alias_table.stems


