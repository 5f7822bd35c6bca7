"""Intent recognition: score every intent against the concepts and slots of a request.

A request is analysed once (:func:`analyse`): slots are extracted, the remaining words are
normalised and reduced to concepts. Each intent whose required groups are all present is
scored by the total weight of the request's concepts and slots it explains; the best-scoring
intent wins, more specific intents (more required groups) winning ties. Coverage, the share
of the request's weight the winner explains, becomes the confidence.

>>> best = rank(analyse("any crc errors on gi0/2?"))[0]
>>> best.intent.name, best.score
('interface_errors', 5)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from nornir_nlchat.catalog import intents as _intents
from nornir_nlchat.catalog import text as _text
from nornir_nlchat.catalog import vocab
from nornir_nlchat.catalog.extract import extract
from nornir_nlchat.catalog.intents import Intent

# Concepts that describe a change: they never count against a read-only intent's coverage.
WRITE_CONCEPTS = frozenset({"shut_w", "noshut_w", "create_w", "set_w", "save_w"})
_SECTION_ORDER = ("bgp", "ospf", "eigrp", "isis", "rip", "ntp", "snmp", "aaa", "qos", "banner",
                  "acl", "static", "stp", "lldp", "cdp", "hsrp", "vrrp", "dhcp", "mlag", "lacp",
                  "portchannel", "poe", "vrf", "users", "logs", "vlan", "route")


@dataclass(frozen=True)
class Analysis:
    """A request taken apart.

    Attributes:
        text: The cleaned request.
        slots: Slot values in neutral form (see :mod:`nornir_nlchat.catalog.extract`), plus
            values carried by concepts (``protocol``, ``section``, ``filesystem``).
        tokens: Normalised words left once the slots were taken out.
        concepts: Concepts named by those words, in order.
        features: Concepts plus ``@slot`` markers (what intents are matched against).
    """

    text: str
    slots: dict[str, str]
    tokens: tuple[str, ...]
    concepts: tuple[str, ...]
    features: frozenset[str]

    @property
    def weight(self) -> int:
        """Total weight of what the request says (write concepts excluded)."""
        return sum(vocab.WEIGHTS.get(f, 0) for f in self.features if f not in WRITE_CONCEPTS)


@dataclass(frozen=True)
class Match:
    """One intent's fit to a request."""

    intent: Intent
    score: int
    specificity: int
    coverage: float


def analyse(query: str) -> Analysis:
    """Take a request apart into slots, words and concepts (cached per text)."""
    return _analyse(_text.clean(query))


_REWRITES = (
    (re.compile(r"\berr(?:or)?[- ]?disabled?\b", re.IGNORECASE), "errdisabled"),
    # "boot history" (AOS-CX, AOS-S): the restarts and their reasons
    (re.compile(r"\b(?:boot|reload|reboot|restart)[- ]?history\b", re.IGNORECASE),
     "reboot history"),
    # "the name of port 6", "port 6's name": a port's name is its description (AOS-S calls
    # it so: "show name")
    (re.compile(r"\bnames?\s+(?:of|on|for)\s+(?=(?:the\s+|this\s+|that\s+|each\s+|every\s+"
                r"|all\s+(?:the\s+)?)?(?:ports?|interfaces?|int|intf|links?)\b)", re.IGNORECASE),
     "description of "),
    (re.compile(r"\b(?P<port>(?:port|interface|int|intf)\s+\S+?)(?:'s|s')?\s+names?\b(?!\s+\w)",
                re.IGNORECASE), r"\g<port> description"),
    # "can the box reach 10.1.1.1" asks for a ping; "how do we reach ..." for a route
    (re.compile(r"\b(?:can|could|is)\s+(?:\w+\s+){0,3}(?:reach|get to)\b", re.IGNORECASE), "ping"),
)


@lru_cache(maxsize=4096)
def _analyse(text: str) -> Analysis:
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    # a shortened CLI keyword is spelt out before slots are looked for, so that it is not
    # taken for a name ("sh ip ro vrf all": "ro" is "route", not a VRF called "ro")
    found = extract(vocab.expand_cli_abbreviations(text))
    raw = _text.words(found.rest)
    tokens = vocab.normalise(raw)
    named = vocab.concepts(tokens)
    slots = dict(found.slots)
    features = set(named)
    if any(word in vocab.PLURAL_INTERFACE_WORDS for word in raw):
        features.add("plural")
    for concept in named:
        protocol = vocab.PROTOCOL_OF.get(concept)
        if protocol and "protocol" not in slots:
            slots["protocol"] = protocol
    sections = [c for c in _SECTION_ORDER if c in features]
    extra_sections = [vocab.SECTION_WORDS[t] for t in tokens if t in vocab.SECTION_WORDS]
    if extra_sections:
        slots["section"] = extra_sections[0]
    elif sections:
        slots["section"] = vocab.SECTION_OF[sections[0]]
    if "section" in slots:
        slots["section_text"] = slots["section"]
    for token in raw:
        if token in vocab.FILESYSTEM_WORDS:
            slots["filesystem"] = vocab.FILESYSTEM_WORDS[token]
            break
    # "the vlan 10 svi", "arp for vlan 10", "the ip of vlan 10": the VLAN interface.
    if slots.get("vlan", "").isdigit() and "interface" not in slots and (
            "svi" in features or "arp" in features
            or ("ip" in features and not features & _NOT_SVI_IP)):
        slots["interface"] = f"Vlan{slots['vlan']}"
    # "which ports are in lag 2", "members of trk1": the LAG's members, not the LAG interface
    if _LAG_NAME.match(slots.get("interface", "")) and features & {"member", "plural"}:
        features.add("portchannel")
    # a change word in a request that asks for no change describes a state ("which ports are
    # admin down", "is gi0/1 shut"): the write detector has already let the request through
    if features & {"shut_w", "noshut_w"}:
        features.add("status")
    # "the mac of 10.1.1.5": the address's ARP entry, not the whole MAC table
    if "mac" in features and "ip" in slots and "mac" not in slots and "arp" not in features \
            and not features & _NOT_SVI_IP - {"mac"}:
        features.add("arp")
    # power drawn by a port ("watts on 1/1/12", "power draw per port") is PoE, not the PSUs
    if "power" in features and not features & _NOT_POE_POWER and (
            "interface" in slots or features & {"interface", "plural"}):
        features.add("poe")
    # how loaded the ports are ("busiest interface", "most utilised uplinks"): their traffic
    # counters, unless the load of something else (CPU, memory, PoE...) is named
    if "interface" not in slots and features & {"interface", "plural"} \
            and not features & _OTHER_LOADS and any(t in _LOAD_WORDS for t in tokens):
        features.add("counter")
    if "pattern" in slots and "logs" not in features:
        del slots["pattern"]
    features |= {f"@{kind}" for kind in slots if kind in _MARKED}
    return Analysis(text=text, slots=slots, tokens=tuple(tokens), concepts=tuple(named),
                    features=frozenset(features))


# With these an address next to a VLAN is not the VLAN interface's ("mac addresses in vlan 10",
# "routes in vlan 10", "dhcp leases in vlan 10").
_NOT_SVI_IP = frozenset({"mac", "route", "prefix", "dhcp", "snooping", "binding", "ipv6",
                         "neighbor", "bgp", "ospf", "vrf", "acl", "ping", "traceroute"})
# a LAG in neutral form: Port-channel10 (po, lag, trk...), or Junos ae0 / Linux-style bond
_LAG_NAME = re.compile(r"^(?:Port-channel|ae)\d+$")
_NOT_POE_POWER = frozenset({"psu", "transceiver", "poe", "environment"})
_OTHER_LOADS = frozenset({"cpu", "memory", "process", "controlplane", "poe", "power", "psu",
                          "filesystem", "license", "transceiver", "counter"})
_LOAD_WORDS = frozenset({"busy", "utilization", "utilisation", "utilized", "utilised", "load",
                         "loaded"})
_MARKED = frozenset({"interface", "vlan", "ip", "prefix", "mac", "vrf", "acl", "count",
                     "pattern", "description", "vlan_name"})


def rank(analysis: Analysis, candidates: Iterable[Intent] | None = None) -> list[Match]:
    """Intents that fit the request, best first."""
    features = analysis.features
    total = max(analysis.weight, 1)
    matches: list[tuple[int, int, int, int, Match]] = []
    for order, intent in enumerate(candidates if candidates is not None
                                   else _intents.READ_INTENTS):
        if intent.avoid & features:
            continue
        # a technology no intent covers is named: no read intent is a fair answer
        if "uncovered" in features and not intent.write:
            continue
        if not all(group & features for group in intent.require):
            continue
        explained = features & intent.explains
        score = sum(vocab.WEIGHTS.get(f, 0) for f in explained)
        coverage = min(1.0, score / total) if not intent.write else 1.0
        match = Match(intent=intent, score=score, specificity=len(intent.require),
                      coverage=coverage)
        # on equal score and specificity, the intent whose *required* concepts weigh most
        # wins ("line cards in the chassis": modules, not inventory)
        core = sum(max(vocab.WEIGHTS.get(f, 0) for f in group & features)
                   for group in intent.require)
        matches.append((-score, -match.specificity, -core, order, match))
    matches.sort(key=lambda item: item[:4])
    return [item[4] for item in matches]
