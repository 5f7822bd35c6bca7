"""Interface names in any spelling: find them in text and put them into a neutral form.

The neutral form is what the rest of the engine passes around: the long Cisco-style name
that :func:`netutils.interface.canonical_interface_name` produces (``GigabitEthernet1/0/24``,
``Port-channel10``, ``Vlan10``), or, for names that have no Cisco equivalent, the name as the
vendor writes it (``ge-0/0/3``, ``1/1/5``, ``12``). A platform's slot formatter turns the
neutral form into its own notation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from netutils.constants import BASE_INTERFACES
from netutils.interface import abbreviated_interface_name, canonical_interface_name

# Lower-case spellings (abbreviations, odd forms) → canonical type. Starts from netutils' own
# table and adds what people type that it does not know (it is case-sensitive).
_EXTRA_TYPES = {
    "e": "Ethernet", "eth": "Ethernet", "ether": "Ethernet", "ethernet": "Ethernet",
    "et": "Ethernet",
    "g": "GigabitEthernet", "ge": "GigabitEthernet", "gi": "GigabitEthernet",
    "gig": "GigabitEthernet",
    "gige": "GigabitEthernet", "gigabit": "GigabitEthernet", "gigabitethernet": "GigabitEthernet",
    "gigethernet": "GigabitEthernet",
    "te": "TenGigabitEthernet", "ten": "TenGigabitEthernet", "tengig": "TenGigabitEthernet",
    "tengige": "TenGigabitEthernet", "tengigabitethernet": "TenGigabitEthernet",
    "tw": "TwoGigabitEthernet", "two": "TwoGigabitEthernet",
    "twogigabitethernet": "TwoGigabitEthernet",
    "twe": "TwentyFiveGigE", "twentyfivegige": "TwentyFiveGigE",
    "fo": "FortyGigabitEthernet", "fortygig": "FortyGigabitEthernet",
    "fortygigabitethernet": "FortyGigabitEthernet",
    "hu": "HundredGigE", "hundredgig": "HundredGigE", "hundredgige": "HundredGigE",
    "vx": "Vxlan", "vxlan": "Vxlan",
    # type names written as separate words ("gigabit ethernet 1/0/1", "ten gig 1/1/1"); the
    # lookup joins the words
    "gigabit ethernet": "GigabitEthernet", "gig ethernet": "GigabitEthernet",
    "ten gig": "TenGigabitEthernet", "ten gige": "TenGigabitEthernet",
    "ten gigabit": "TenGigabitEthernet", "tengigabit": "TenGigabitEthernet",
    "ten gigabit ethernet": "TenGigabitEthernet", "two gig": "TwoGigabitEthernet",
    "twogig": "TwoGigabitEthernet", "two gigabit ethernet": "TwoGigabitEthernet",
    "twenty five gig": "TwentyFiveGigE", "twentyfivegig": "TwentyFiveGigE",
    "forty gig": "FortyGigabitEthernet", "forty gigabit ethernet": "FortyGigabitEthernet",
    "hundred gig": "HundredGigE", "fast ethernet": "FastEthernet",
    "hundredgigabitethernet": "HundredGigabitEthernet",
    "fa": "FastEthernet", "fast": "FastEthernet", "fastethernet": "FastEthernet",
    "po": "Port-channel", "port-channel": "Port-channel", "portchannel": "Port-channel",
    "port-chan": "Port-channel", "port channel": "Port-channel", "port chan": "Port-channel",
    "lag": "Port-channel", "trk": "Port-channel",
    "bond": "Port-channel", "etherchannel": "Port-channel",
    "vl": "Vlan", "vlan": "Vlan", "svi": "Vlan",
    "lo": "Loopback", "loop": "Loopback", "loopback": "Loopback",
    "ma": "Management", "mgmt": "Management", "mgt": "Management", "management": "Management",
    "tu": "Tunnel", "tun": "Tunnel", "tunnel": "Tunnel",
    "se": "Serial", "serial": "Serial",
    "nve": "nve", "bdi": "BDI",
}
# netutils' long spellings (5+ letters; its 2-4 letter keys include English words such as "at").
_TYPES: dict[str, str] = {k.lower(): v for k, v in BASE_INTERFACES.items() if len(k) >= 5}
_TYPES.update(_EXTRA_TYPES)
# Single letters and pure-English words are only types when directly glued to a number
# with a slash ("e1/5", "g0/1"); otherwise they are words.
_GLUE_ONLY = {"e", "g", "ge", "tw", "two", "ten", "fast", "loop", "bond", "serial", "management",
              "ether", "gigabit", "se", "ma", "tu", "lo", "vl", "svi", "mgmt", "mgt"}

_NUM = r"\d+(?:/\d+){0,3}(?:\.\d+)?(?::\d+)?"
_TYPE_ALT = "|".join(sorted((re.escape(t) for t in _TYPES), key=len, reverse=True))

# Cisco/Arista/Aruba style: a type word, optional space or hyphen, then numbers.
CISCO_STYLE = re.compile(rf"(?<![\w/.:-])(?P<type>{_TYPE_ALT})(?P<sep>[ -]?)(?P<num>{_NUM})"
                         r"(?![\w/:])",
                         re.IGNORECASE)
# Junos names: ge-0/0/1, xe-0/1/0.0, et-0/0/0, ae0, irb.10, lo0.0, em0, fxp0, me0, vme.
JUNOS_STYLE = re.compile(
    r"(?<![\w/.-])(?P<name>(?:ge|xe|et|fe|mge|gr|lt|so|ip|st|sp)-\d+/\d+/\d+(?::\d+)?(?:\.\d+)?"
    r"|(?:ae|reth|fxp|em|me|vme)\d+(?:\.\d+)?|irb\.\d+|vlan\.\d+|lo0\.\d+)(?![\w/])",
    re.IGNORECASE,
)
# Junos irb / vlan interfaces named with their unit spelt out: "irb unit 20" is irb.20.
JUNOS_BARE_UNIT = re.compile(r"(?<![\w/.-])(?P<name>irb|vlan)\s+(?:logical\s+)?unit\s+"
                             r"(?P<unit>\d{1,5})\b", re.IGNORECASE)
# A Junos logical unit spelt out after the physical name: "ge-0/0/3 unit 100" is ge-0/0/3.100.
JUNOS_UNIT = re.compile(r"\s+(?:logical\s+)?unit\s+(?P<unit>\d{1,5})\b", re.IGNORECASE)
# Bare member/slot/port numbers (AOS-CX 1/1/5, "port 1/0/5"): two or three numbers; an AOS-S
# stack member's lettered port (1/A3).
BARE_SLASHED = re.compile(r"(?<![\w./:-])(?P<num>\d{1,2}/(?:\d{1,2}(?:/\d{1,3})?(?::\d+)?"
                          r"|[A-Za-z]\d{1,2}))(?![\w./:])")
# A bare port number or AOS-S port name right after a port word: "port 12", "interface A1".
AFTER_PORT_WORD = re.compile(
    r"\b(?:ports?|interfaces?|int|intf|iface|if)\s+(?:number\s+|no\.?\s*|#\s*)?"
    r"(?P<num>[A-Za-z]?\d{1,3}(?:-[A-Za-z]?\d{1,3})?)(?![\w/.:])",
    re.IGNORECASE,
)

# An AOS-S module port on its own, as the switch writes it ("A1 status", "errors on B12"):
# one capital letter and the port number; lower case ("a1") is left alone.
LETTERED_PORT = re.compile(r"(?<![\w/.:-])(?P<num>[A-L][1-9]\d?)(?![\w/.:-])")


@lru_cache(maxsize=1024)
def canonical(type_word: str, number: str) -> str:
    """Neutral (long) name for an interface type spelling and its number.

    >>> canonical("gig", "1/0/24")
    'GigabitEthernet1/0/24'
    >>> canonical("e", "1/5")
    'Ethernet1/5'
    >>> canonical("lag", "1")
    'Port-channel1'
    """
    long_type = _TYPES.get(type_word.lower().replace(" ", ""), type_word)
    return canonical_interface_name(f"{long_type}{number}", addl_name_map={long_type: long_type})


def split_name(name: str) -> tuple[str, str]:
    """Split a neutral name into (type, number); type is '' for bare numbers.

    >>> split_name("GigabitEthernet1/0/24")
    ('GigabitEthernet', '1/0/24')
    >>> split_name("1/1/5")
    ('', '1/1/5')
    >>> split_name("ge-0/0/1")
    ('ge-', '0/0/1')
    """
    match = re.match(r"^(?P<type>[A-Za-z][A-Za-z-]*?)(?P<num>\d.*)$", name)
    if not match:
        return ("", name)
    return match.group("type"), match.group("num")


def abbreviated(name: str) -> str:
    """Short form of a neutral name (``Gi1/0/24``), via netutils.

    >>> abbreviated("GigabitEthernet1/0/24")
    'Gi1/0/24'
    """
    return abbreviated_interface_name(name)


_TYPE_BEFORE_NUMBER = re.compile(r"[ -]?\d")


def is_type_before_number(word: str, text: str, end: int) -> bool:
    """True when ``word`` (ending at ``end`` in ``text``) is an interface type followed by
    its number ("et 4", "po20"); VLAN spellings are left out ("vl 10" names a VLAN).

    >>> is_type_before_number("et", "sh int et 4", 10)
    True
    >>> is_type_before_number("vl", "sh vl 10", 5)
    False
    """
    lower = word.lower()
    return (lower in _TYPES and _TYPES[lower] != "Vlan"
            and _TYPE_BEFORE_NUMBER.match(text, end) is not None)


# Glue-only words that still name the type when a space parts them from a slashed number
# ("interface gigabit 1/0/5", "serial 0/0/0", "fast 0/1"): "1/0/5" is no quantity.
_SPACED_BEFORE_SLASH = {"gigabit", "serial", "fast", "ten"}


def is_glue_only(type_word: str, num: str = "") -> bool:
    """True for type spellings that only count when glued to a number (``e1/5``).

    >>> is_glue_only("gigabit"), is_glue_only("gigabit", "1/0/5"), is_glue_only("e", "1/5")
    (True, False, True)
    """
    lower = type_word.lower()
    if lower in _SPACED_BEFORE_SLASH and "/" in num:
        return False
    return lower in _GLUE_ONLY
