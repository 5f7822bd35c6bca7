"""Slot extraction: pull the parameters of a request out of its text.

Slots are returned in a neutral form (see :mod:`nornir_nlchat.catalog.formatting` for the
per-platform notation):

=============  ==========================================================================
kind           neutral value
=============  ==========================================================================
interface      ``GigabitEthernet1/0/24``, ``Port-channel1``, ``Vlan10``, ``ge-0/0/3``,
               ``1/1/5``, ``12``
vlan           ``"20"`` (1-4094); a range or list as the CLI writes it: ``"10-20"``,
               ``"10,20,30"``
ip             ``"10.1.1.1"``
prefix         ``"10.0.0.0/16"`` (a mask given as ``255.255.0.0`` is turned into a length)
mac            ``"001a2b3c4d5e"`` (12 lower-case hex digits)
vrf            the name as written (case kept)
acl            the name or number as written (case kept)
count          ``"50"``
text           a quoted string
description    free text for a description (write mode)
vlan_name      a VLAN name (write mode)
pattern        a word to filter output on ("logs mentioning BGP")
=============  ==========================================================================

Every slot's span is blanked out of :attr:`Extraction.rest`, so the words left over describe
*what* is asked and not *which* thing.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from nornir_nlchat.catalog import interfaces as ifn
from nornir_nlchat.catalog import vocab

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
_MASK = r"(?:255|254|252|248|240|224|192|128|0)(?:\.(?:255|254|252|248|240|224|192|128|0)){3}"

QUOTED = re.compile(r"\"([^\"]{1,200})\"|'([^']{1,200})'")
MAC = re.compile(
    r"(?<![\w:.-])(?:"
    r"(?P<colon>[0-9a-f]{2}(?P<s>[:-])[0-9a-f]{2}(?:(?P=s)[0-9a-f]{2}){4})"
    r"|(?P<dot>[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})"
    r"|(?P<six>[0-9a-f]{6}-[0-9a-f]{6})"
    r"|(?P<dash4>[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})"  # H3C / Comware: 0011-2233-4455
    # bare hex, digits only included ("001122334455": nothing else in a request has 12 digits)
    r"|(?P<bare>[0-9a-f]{12})"
    r")(?![\w:.-])",
    re.IGNORECASE,
)
PREFIX_LEN = re.compile(
    rf"(?<![\w.])(?P<ip>{_IPV4})(?:\s*/\s*|"
    # "10.1.0.0 prefix length 16", "10.1.0.0 with a length of 16", "10.1.0.0 slash 16"
    r"\s+(?:(?:with|and|of)\s+)?(?:an?\s+|the\s+)?(?:(?:prefix|mask)[- ]?)?(?:length|len|slash)"
    r"(?:\s+of)?\s+/?)"
    r"(?P<len>3[0-2]|[12]?\d)(?![\w./])", re.IGNORECASE)
PREFIX_MASK = re.compile(
    rf"(?<![\w.])(?P<ip>{_IPV4})(?:"
    # "10.1.0.0 255.255.0.0", "... mask 255.255.0.0", "... with subnet mask 255.255.0.0"
    r"\s+(?:(?:(?:with|and|using)\s+)?(?:an?\s+|the\s+)?(?:(?:sub)?net[- ]?)?mask(?:\s+of)?\s+)?"
    rf"|\s*/\s*|\s*\(\s*(?=(?:{_MASK})\s*\)))(?P<mask>{_MASK})\)?"
    r"(?![\w.])", re.IGNORECASE)
IPV4 = re.compile(rf"(?<![\w.])(?P<ip>{_IPV4})(?![\w.]|/\d)")
VLAN = re.compile(r"\b(?:vlans?|vids?|vlan-ids?|vlan\s+ids?|vlan\s+numbers?)"
                  r"(?:\s*[=:]?\s*|[-_](?=\d))"
                  r"(?:ids?\s*|#\s*|no\.?\s*|numbers?\s*)?"
                  r"(?P<vlan>\d{1,4})\b(?![/.:])"
                  # a range or list of VLANs: "vlans 10-20", "vlan 10 to 20", "vlans 10,20,30"
                  # ... and "vlans 10 and 20", "vlan 10, 20 and 30"
                  r"(?P<more>(?:\s*(?:-|,\s*and\b|,|\band\b|\bto\b|\bthrough\b|\bthru\b)"
                  r"\s*(?:vlan\s*)?\d{1,4}\b(?![/.:]))*)",
                  re.IGNORECASE)
_VLAN_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\b\s*)?|\s+and\s+", re.IGNORECASE)
_VLAN_WORD = re.compile(r"^vlans?\s*", re.IGNORECASE)
_VLAN_RANGE = re.compile(r"^(\d{1,4})\s*(?:-|\bto\b|\bthrough\b|\bthru\b)\s*(?:vlan\s*)?(\d{1,4})$",
                         re.IGNORECASE)
# A quoted name right after the word that names it ("acl 'ACL_IN'", "vrf \"MGMT\""): the quotes
# are dropped so that the name is read like an unquoted one.
QUOTED_NAME = re.compile(
    r"\b(?P<word>vrf|routing[- ]instance|vpn|acl|access[- ]?lists?|access[- ]?groups?|filters?|"
    r"firewall\s+filter|prefix[- ]lists?|named|called)\s+"
    r"(?P<q>[\"'])(?P<name>[A-Za-z0-9][A-Za-z0-9_.:-]{0,62})(?P=q)", re.IGNORECASE)
COUNT = (
    re.compile(r"\b(?:last|latest|recent|newest|most\s+recent|top|first|final|past)\s+(?P<n>\d{1,5})\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,5})\s+(?=(?:times|pings?|packets?|probes?|repetitions|echos|echoes|"
               r"requests|tries|lines?|entries|messages|events|logs?|log\s+\w+|most\s+recent|"
               r"latest|newest|recent)\b)", re.IGNORECASE),
    re.compile(r"\b(?:count|repeat|repetitions|reps)\s+(?P<n>\d{1,5})\b", re.IGNORECASE),
)
_NAME = r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,62}"
VRF_AFTER = re.compile(r"\b(?:vrf|routing[- ]instance|vpn|instance)(?:\s*[=:]\s*|\s+)"
                       r"(?:named\s+|called\s+|name\s+)?"
                       rf"(?P<name>{_NAME})", re.IGNORECASE)
VRF_BEFORE = re.compile(rf"\b(?P<name>{_NAME})\s+(?:vrf|routing[- ]instance)\b", re.IGNORECASE)
ACL = re.compile(
    r"\b(?:ip\s+|ipv6\s+|mac\s+)?(?:access[- ]?lists?|acls?|access[- ]?groups?|firewall\s+filters?|"
    r"filters?|prefix[- ]lists?)\s+(?:named\s+|called\s+|name\s+|number\s+|#\s*)?(?P<name>"
    rf"{_NAME})", re.IGNORECASE)
# "the ACL_IN acl", "the MGMT-ACCESS access list": a name written the way names are (capitals,
# digits, _ or -), not an English word ("the inbound acl")
ACL_BEFORE = re.compile(r"(?<![\w.:-])(?P<name>(?=[A-Za-z0-9_.-]*[A-Z0-9_-])"
                        r"[A-Za-z0-9][A-Za-z0-9_.-]{0,62})\s+(?i:(?:ip\s+)?"
                        r"(?:access[- ]?lists?|acls?|firewall\s+filters?|prefix[- ]lists?))\b")
NAMED = re.compile(r"\b(?:named|called|name\s+it|name\s+(?=[A-Z0-9_-]{2,}\b)|call\s+it|"
                   r"label(?:led)?)\s+"
                   r"[\"']?(?P<name>[A-Za-z0-9_.-]{1,32})", re.IGNORECASE)
DESCRIPTION = re.compile(
    r"\b(?:description|descr|desc)\b(?:.*?\b(?:to|as|of)\b)?\s*"
    r"(?P<text>[A-Za-z0-9_.,:/#() -]{1,80})$",
    re.IGNORECASE)
PATTERN = re.compile(
    # a filter typed the CLI way: "sh log | i OSPF", "show logging | include LINK"
    r"(?:\|\s*(?:include|incl|inc|in|i|grep|match|m)|"
    r"\b(?:(?:grep|search|scan|filter|check)\s+(?:\w+\s+){0,3}?(?:for|on)|"
    r"containing|contains?|matching|match(?:es)?|mentioning|mentions?|about|regarding|"
    r"concerning|involving|related\s+to|grep(?:\s+for)?|filtered\s+(?:by|on|for)|filter\s+(?:by|on|for)|"
    r"with\s+the\s+(?:word|string|text)|that\s+mention|including|includes?))\s+"
    r"(?P<word>[A-Za-z0-9_%.:/-]{2,64})",
    re.IGNORECASE)
# "the default route", "gateway of last resort": the prefix 0.0.0.0/0
DEFAULT_ROUTE = re.compile(r"\b(?:default[- ]route|default[- ]gateway|gateway\s+of\s+last\s+resort|"
                           r"default\s+gw|route\s+of\s+last\s+resort)\b", re.IGNORECASE)
# "poe on 14", "lldp for 24": a bare port number at the end of the request (AOS-S style)
BARE_PORT_AT_END = re.compile(r"\b(?:on|for|at)\s+(?:port\s+)?(?P<num>\d{1,3})\s*[?.!]*\s*$",
                              re.IGNORECASE)

# Words that are never a VRF / ACL / pattern name when they follow the keyword.
NOT_A_NAME = frozenset([
    "a", "an", "the", "all", "any", "each", "every", "per", "which", "what", "this", "that",
    "these", "those", "my", "our", "your", "its", "their", "of", "in", "on", "for", "from",
    "to", "via", "with", "and", "or", "is", "are", "was", "be", "by", "at", "as", "it", "them",
    "table", "tables", "list", "lists", "info", "information", "detail", "details", "summary",
    "brief", "status", "state", "entries", "entry", "config", "configuration", "routes",
    "route", "routing", "instance", "instances", "name", "named", "called", "count", "counts",
    "hit", "hits", "counters", "applied", "used", "default", "global", "please", "pls",
    "names", "ip", "ipv4", "ipv6", "mac", "interface", "interfaces", "port", "ports", "show",
    "display", "times", "pings", "packets", "lines", "entries", "messages", "events", "logs",
    "only", "configured", "defined", "present", "installed", "exist", "exists", "existing",
    "there", "here", "applied", "inbound", "outbound",
])


@dataclass
class Extraction:
    """What slot extraction found.

    Attributes:
        slots: Slot kind → neutral value.
        rest: The request with every slot span blanked out (case kept).
        spellings: Slot kind → the text as the person wrote it.
    """

    slots: dict[str, str] = field(default_factory=dict)
    rest: str = ""
    spellings: dict[str, str] = field(default_factory=dict)

    @property
    def markers(self) -> frozenset[str]:
        """``@kind`` markers for the slots found (what intents require)."""
        return frozenset(f"@{kind}" for kind in self.slots)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def mac_hex(value: str) -> str | None:
    """Twelve lower-case hex digits for a MAC in any notation, or None.

    >>> mac_hex("00:1A:2b:3c:4d:5e")
    '001a2b3c4d5e'
    >>> mac_hex("001b2c-3d4e5f")
    '001b2c3d4e5f'
    >>> mac_hex("not a mac") is None
    True
    """
    digits = re.sub(r"[^0-9a-fA-F]", "", value)
    if len(digits) != 12 or not MAC.fullmatch(value.strip()):
        return None
    return digits.lower()


def vlan_list(text: str) -> str | None:
    """A VLAN range or list as the CLI writes it ("10-20", "10,20,30"), or None.

    >>> vlan_list("10 to 20")
    '10-20'
    >>> vlan_list("10, 20,30-32")
    '10,20,30-32'
    >>> vlan_list("10 and 20"), vlan_list("10, 20 and vlan 30")
    ('10,20', '10,20,30')
    >>> vlan_list("20-10") is None
    True
    """
    parts: list[str] = []
    for item in _VLAN_LIST_SPLIT.split(text.strip()):
        item = _VLAN_WORD.sub("", item)
        ranged = _VLAN_RANGE.match(item)
        if ranged:
            low, high = int(ranged.group(1)), int(ranged.group(2))
            if not 1 <= low < high <= 4094:
                return None
            parts.append(f"{low}-{high}")
        elif item.isdigit() and 1 <= int(item) <= 4094:
            parts.append(str(int(item)))
        else:
            return None
    return ",".join(parts) if len(parts) > 1 or "-" in parts[0] else None


def _prefix(ip: str, length: int) -> str:
    network = ipaddress.ip_network(f"{ip}/{length}", strict=False)
    return f"{network.network_address}/{length}"


def _mask_len(mask: str) -> int | None:
    try:
        return ipaddress.ip_network(f"0.0.0.0/{mask}").prefixlen
    except ValueError:
        return None


_SVI_WORD_BEFORE = re.compile(r"\b(?P<word>interface|int|intf|svi|l3)\s*$", re.IGNORECASE)
_SVI_WORD_AFTER = re.compile(r"\s+(?:interface|int|intf|svi|l3 interface)\b(?!\s*s\b)",
                             re.IGNORECASE)


_VRF_KEYWORD_BEFORE = re.compile(r"\b(?:vrf|routing[- ]instance|instance|vpn)\s*[=:]?\s*$",
                                 re.IGNORECASE)
_NAMED_BY_KEYWORD = re.compile(r"\b(?:vrf|routing[- ]instance|instance|vpn|acls?|access[- ]?lists?|"
                               r"filters?|named|called)\s*[=:]?\s*$", re.IGNORECASE)


def _take_interfaces(text: str, found: Extraction) -> str:
    """Find an interface name; blank it (and any others) out of ``text``."""
    spans: list[tuple[int, int, str, str]] = []
    for m in ifn.JUNOS_STYLE.finditer(text):
        spans.append((m.start(), m.end(), m.group("name").lower(), m.group(0)))
    for m in ifn.JUNOS_BARE_UNIT.finditer(text):
        spans.append((m.start(), m.end(), f"{m.group('name').lower()}.{int(m.group('unit'))}",
                      m.group(0)))
    for m in ifn.CISCO_STYLE.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in spans):
            continue
        type_word, sep, num = m.group("type"), m.group("sep"), m.group("num")
        if ifn.is_glue_only(type_word, num) and sep:
            continue
        if "/" not in num and _VRF_KEYWORD_BEFORE.search(text[:m.start()]):
            continue  # "vrf E5", "instance lo1": the name of a VRF, not a port
        start, end = m.start(), m.end()
        if type_word.lower() in {"vlan", "vl", "svi"}:
            if "/" in num or "." in num:
                continue
            # "vlan 10" is a VLAN id; "vlan10" / "interface vlan 10" / "the vlan 10 interface"
            # is the VLAN interface. The word "interface" then only says which kind of name
            # follows: it goes with the name (it is no "which ports" topic word).
            word_before = _SVI_WORD_BEFORE.search(text[:start])
            word_after = _SVI_WORD_AFTER.match(text, end)
            if word_before:
                start = word_before.start("word")
            elif word_after and sep:
                end = word_after.end()
            elif sep:
                continue
        spans.append((start, end, ifn.canonical(type_word, num), m.group(0)))
    for m in ifn.BARE_SLASHED.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in spans):
            continue
        spans.append((m.start("num"), m.end("num"), m.group("num"), m.group("num")))
    for m in ifn.AFTER_PORT_WORD.finditer(text):
        if any(s <= m.start("num") < e for s, e, _, _ in spans):
            continue
        num = m.group("num")
        spans.append((m.start("num"), m.end("num"), num.upper() if num[0].isalpha() else num, num))
    if not spans:
        # "vrf B2", "acl A1": a name the keyword announces is no AOS-S module port
        lettered = next((m for m in ifn.LETTERED_PORT.finditer(text)
                         if not _NAMED_BY_KEYWORD.search(text[:m.start()])), None)
        if lettered:
            spans.append((lettered.start("num"), lettered.end("num"), lettered.group("num"),
                          lettered.group("num")))
    if not spans:
        return text
    # "ge-0/0/3 unit 100", "lo0 unit 0": the logical unit spelt out is part of the name
    for index, (start, end, name, _) in enumerate(spans):
        unit = ifn.JUNOS_UNIT.match(text, end)
        if unit and "." not in name and name[:1].isalpha():
            spans[index] = (start, unit.end(), f"{name}.{int(unit.group('unit'))}",
                            text[start:unit.end()])
    spans.sort()
    first = spans[0]
    found.slots["interface"] = first[2]
    found.spellings["interface"] = first[3]
    if len(spans) > 1:
        found.slots["interface2"] = spans[1][2]
        found.spellings["interface2"] = spans[1][3]
    for start, end, _, _ in spans:
        text = _blank(text, start, end)
    return text


def extract(text: str) -> Extraction:
    """Find the slots in a (cleaned) request.

    >>> e = extract("macs on Gig 1/0/5 in vlan 20")
    >>> e.slots["interface"], e.slots["vlan"]
    ('GigabitEthernet1/0/5', '20')
    >>> extract("route to 172.16.40.0 255.255.255.0").slots["prefix"]
    '172.16.40.0/24'
    >>> extract("where is 0050.56ab.cdef").slots["mac"]
    '005056abcdef'
    >>> extract("ping 10.20.30.40 via the OOB vrf 3 times").slots == {
    ...     "ip": "10.20.30.40", "vrf": "OOB", "count": "3"}
    True
    """
    found = Extraction()
    rest = QUOTED_NAME.sub(lambda q: f"{q.group('word')}  {q.group('name')} ", text)

    m = QUOTED.search(rest)
    if m:
        found.slots["text"] = (m.group(1) or m.group(2)).strip()
        rest = _blank(rest, m.start(), m.end())

    for m in MAC.finditer(rest):
        if "mac" not in found.slots:
            value = m.group(0)
            found.slots["mac"] = re.sub(r"[^0-9a-fA-F]", "", value).lower()
            found.spellings["mac"] = value
        rest = _blank(rest, m.start(), m.end())

    for m in PREFIX_LEN.finditer(rest):
        if "prefix" not in found.slots:
            found.slots["prefix"] = _prefix(m.group("ip"), int(m.group("len")))
            found.spellings["prefix"] = m.group(0)
        rest = _blank(rest, m.start(), m.end())
    for m in PREFIX_MASK.finditer(rest):
        length = _mask_len(m.group("mask"))
        if length is None:
            continue
        if "prefix" not in found.slots:
            found.slots["prefix"] = _prefix(m.group("ip"), length)
            found.spellings["prefix"] = m.group(0)
        rest = _blank(rest, m.start(), m.end())
    if "prefix" not in found.slots and "ip" not in found.slots:
        m = DEFAULT_ROUTE.search(rest)
        if m:
            found.slots["prefix"] = "0.0.0.0/0"
            found.spellings["prefix"] = m.group(0)
            # keep the word "route": the request is about routing
            rest = rest[:m.start()] + " route " + rest[m.end():]
    ips = list(IPV4.finditer(rest))
    for index, m in enumerate(ips):
        key = "ip" if index == 0 else f"ip{index + 1}"
        if index < 2:
            found.slots[key] = m.group("ip")
        rest = _blank(rest, m.start(), m.end())

    for pattern in COUNT:
        m = pattern.search(rest)
        if m:
            found.slots["count"] = str(int(m.group("n")))
            rest = _blank(rest, m.start("n"), m.end("n"))
            break

    rest = _take_interfaces(rest, found)
    if "interface" not in found.slots:
        m = BARE_PORT_AT_END.search(rest)
        if m and int(m.group("num")) >= 1:
            found.slots["interface"] = str(int(m.group("num")))
            found.spellings["interface"] = m.group("num")
            rest = _blank(rest, m.start("num"), m.end("num"))

    for m in VLAN.finditer(rest):
        vlan = int(m.group("vlan"))
        if 1 <= vlan <= 4094 and "vlan" not in found.slots:
            listed = vlan_list(m.group("vlan") + m.group("more")) if m.group("more") else None
            found.slots["vlan"] = listed or str(vlan)
            found.spellings["vlan"] = m.group(0)
            end = m.end("more") if listed else m.end("vlan")
            rest = _blank(rest, m.start("vlan"), end)
            # keep the word "vlan" out of the topic words only when it just names the id
            rest = _blank(rest, m.start(), m.start("vlan"))
    if "vlan" not in found.slots and found.slots.get("interface", "").startswith("Vlan"):
        found.slots["vlan"] = found.slots["interface"][4:]

    for pattern in (ACL, ACL_BEFORE):
        for m in pattern.finditer(rest):
            name = m.group("name")
            if name.lower() in NOT_A_NAME or name.lower().rstrip("s") in NOT_A_NAME:
                continue
            found.slots["acl"] = name
            rest = _blank(rest, m.start("name"), m.end("name"))
            break
        if "acl" in found.slots:
            break

    vrf = _find_vrf(rest)
    if vrf is not None:
        name, start, end = vrf
        found.slots["vrf"] = name
        rest = _blank(rest, start, end)

    m = NAMED.search(rest)
    if m and m.group("name").lower() not in NOT_A_NAME:
        found.slots["vlan_name"] = m.group("name")
    m = DESCRIPTION.search(rest)
    if "text" in found.slots:
        found.slots["description"] = found.slots["text"]
    elif m and m.group("text").strip():
        found.slots["description"] = " ".join(m.group("text").split())
    if "text" in found.slots:
        found.slots["pattern"] = found.slots["text"]
    else:
        for m in PATTERN.finditer(rest):
            if m.group("word").lower() in NOT_A_NAME:
                continue
            found.slots["pattern"] = m.group("word")
            rest = _blank(rest, m.start("word"), m.end("word"))
            break

    found.rest = rest
    return found


def _find_vrf(text: str) -> tuple[str, int, int] | None:
    """The VRF named next to the word "vrf" (after it, or before it: "the MGMT vrf")."""

    def usable(name: str) -> bool:
        return name.lower() not in NOT_A_NAME and name.lower() not in {"vrf", "vrfs", "default"}

    def plausible(name: str) -> bool:
        # a word of the vocabulary ("ping", "times") is rarely a VRF name, but "mgmt" is
        lower = name.lower()
        return usable(name) and (lower not in vocab.KNOWN_WORDS or lower in _VRF_WORDS)

    after = [(m.group("name"), m.start(), m.end()) for m in VRF_AFTER.finditer(text)]
    before = [(m.group("name"), m.start(), m.end()) for m in VRF_BEFORE.finditer(text)]
    for candidates in ([c for c in after if plausible(c[0])],
                       [c for c in before if plausible(c[0])],
                       [c for c in after if usable(c[0])],
                       [c for c in before if usable(c[0])]):
        if candidates:
            return candidates[0]
    return None


_VRF_WORDS = frozenset({"mgmt", "management", "internet", "inet", "oob", "guest", "voice", "data",
                        "red", "blue", "green", "core", "transit", "public", "private", "storage",
                        "backup"})
