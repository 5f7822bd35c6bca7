"""What the model reads: a request with its slot values masked, its words normalised, and the
catalog vocabulary's concept tags alongside.

The model never sees an interface name, an address or a VLAN number: the catalog's slot
extractor (:mod:`nornir_nlchat.catalog.extract`) finds them, and each is replaced by a
placeholder word (``ifname``, ``ipaddr``...). The remaining words go through the catalog
vocabulary's normaliser (abbreviations expanded, typos corrected), and the concepts those
words name (``cpu``, ``neighbor``...) are given as a second segment. The slot values
themselves are filled back in by the renderer, so the model only decides *what* is asked.

>>> model_input("any CRC errors on Gi1/0/2??").text
'any crc errors on ifname'
>>> model_input("macs in vlan 20 on port 1/1/3").concepts
'mac interface'

Pure Python: importing this module does not import torch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nornir_nlchat.catalog import vocab
from nornir_nlchat.catalog.extract import Extraction, extract
from nornir_nlchat.catalog.matcher import _REWRITES, analyse
from nornir_nlchat.catalog.text import clean, words

PLACEHOLDERS: dict[str, str] = {
    "text": "quoted", "mac": "macaddr", "prefix": "ipprefix", "interface": "ifname",
    "interface2": "ifname", "ip": "ipaddr", "ip2": "ipaddr", "vrf": "vrfname",
    "acl": "aclname", "vlan": "vlanid", "count": "number", "pattern": "keyword",
}
NO_CONCEPTS = "none"
_SPELLED_KINDS = ("mac", "prefix", "interface", "interface2")
_VALUE_KINDS = ("ip", "ip2", "vrf", "acl", "pattern")


@dataclass(frozen=True)
class ModelInput:
    """A request as the model reads it.

    Attributes:
        text: Normalised words, slot values replaced by placeholders.
        concepts: Space-separated concept tags of the catalog vocabulary (or ``"none"``).
        slots: Slot values in neutral form, ready for the renderer.
    """

    text: str
    concepts: str
    slots: dict[str, str] = field(default_factory=dict)


def _runs(original: str, blanked: str) -> list[tuple[int, int]]:
    """Spans the extractor blanked out; runs separated only by spaces are merged."""
    spans: list[tuple[int, int]] = []
    i, n = 0, min(len(original), len(blanked))
    while i < n:
        if blanked[i] == " " and original[i] != " ":
            j = i
            while j < n and blanked[j] == " " and original[j] != " ":
                j += 1
            if spans and not original[spans[-1][1]:i].strip():
                spans[-1] = (spans[-1][0], j)
            else:
                spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _kinds(span: str, found: Extraction) -> list[str]:
    """Which slot kinds a blanked span held, in order of appearance."""
    lower = span.lower()
    hits: list[tuple[int, str]] = []
    if span.lstrip()[:1] in {'"', "'"} and "text" in found.slots:
        return ["text"]
    for kind in _SPELLED_KINDS:
        spelled = found.spellings.get(kind)
        if spelled and spelled.lower() in lower:
            hits.append((lower.index(spelled.lower()), kind))
    for kind in _VALUE_KINDS:
        value = found.slots.get(kind)
        if value and value.lower() in lower and not any(k.startswith("interface") and
                                                         value.lower() in (found.spellings.get(k)
                                                                           or "").lower()
                                                         for _, k in hits):
            hits.append((lower.index(value.lower()), kind))
    for kind in ("vlan", "count"):
        value = found.slots.get(kind)
        if value:
            m = re.search(rf"(?<![\d/.:]){value}(?![\d/.:])", lower)
            if m and not any(k in {"ip", "prefix", "interface", "mac"} for _, k in hits):
                hits.append((m.start(), kind))
    kinds = [kind for _, kind in sorted(hits)]
    return list(dict.fromkeys(kinds)) or ["value"]


def _normalised(segment: str) -> list[str]:
    return vocab.normalise(words(segment))


def masked_words(text: str) -> list[str]:
    """The request's words, normalised, with placeholders where slot values were.

    >>> masked_words("ping 10.1.1.1 in the MGMT vrf 3 times")
    ['ping', 'ipaddr', 'in', 'the', 'vrfname', 'number', 'times']
    """
    found = extract(text)
    out: list[str] = []
    position = 0
    for start, end in _runs(text, found.rest):
        out.extend(_normalised(text[position:start]))
        out.extend(PLACEHOLDERS.get(kind, "value") for kind in _kinds(text[start:end], found))
        position = end
    out.extend(_normalised(text[position:]))
    return out


def model_input(query: str) -> ModelInput:
    """Turn a request into what the model reads (see the module docstring)."""
    text = clean(query)
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    analysis = analyse(text)
    concepts = " ".join(c.replace("_", " ") for c in dict.fromkeys(analysis.concepts))
    return ModelInput(text=" ".join(masked_words(text)), concepts=concepts or NO_CONCEPTS,
                      slots=dict(analysis.slots))
