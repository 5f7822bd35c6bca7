"""Write neutral slot values in a platform's notation.

The generic helpers here (MAC notation, prefix as length or mask, interface naming styles)
are vendor-free; a platform plugin picks its styles by configuring a
:class:`StyledSlotFormatter` in its catalog module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from netutils.ip import cidr_to_netmask
from netutils.mac import mac_to_format

from nornir_nlchat.catalog import interfaces as ifn


class SlotError(ValueError):
    """A slot value cannot be written for this platform (the engine tries another command)."""


MAC_STYLES = ("dot", "colon", "hyphen", "hyphen6", "bare")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/@#+-]{0,63}$")
# a VLAN range or list as the CLI takes it: 10-20, 10,20,30
_VLAN_LIST = re.compile(r"^\d{1,4}(?:-\d{1,4})?(?:,\d{1,4}(?:-\d{1,4})?)+$|^\d{1,4}-\d{1,4}$")
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_.,:/@#()+ -]{1,80}$")
_JUNOS_NAME = re.compile(ifn.JUNOS_STYLE.pattern, re.IGNORECASE)


def format_mac(value: str, style: str = "colon") -> str:
    """Write a MAC address (any notation) in one of :data:`MAC_STYLES`.

    >>> format_mac("00:1a:2b:3c:4d:5e", "dot")
    '001a.2b3c.4d5e'
    >>> format_mac("001a.2b3c.4d5e", "colon")
    '00:1a:2b:3c:4d:5e'
    >>> format_mac("001a2b3c4d5e", "hyphen6")
    '001a2b-3c4d5e'
    """
    digits = re.sub(r"[^0-9a-fA-F]", "", value).lower()
    if len(digits) != 12:
        raise SlotError(f"{value!r} is not a MAC address")
    if style == "dot":
        return str(mac_to_format(digits, "MAC_DOT_FOUR"))
    if style == "colon":
        return str(mac_to_format(digits, "MAC_COLON_TWO"))
    if style == "hyphen":
        return str(mac_to_format(digits, "MAC_DASH_TWO"))
    if style == "hyphen6":
        return f"{digits[:6]}-{digits[6:]}"
    if style == "bare":
        return digits
    raise SlotError(f"unknown MAC style {style!r}")


def format_prefix(value: str, style: str = "cidr") -> str:
    """Write a prefix as ``address/length`` (``cidr``) or ``address mask`` (``mask``).

    >>> format_prefix("172.16.40.0/24", "mask")
    '172.16.40.0 255.255.255.0'
    >>> format_prefix("10.0.0.0/8")
    '10.0.0.0/8'
    """
    address, _, length = value.partition("/")
    if not length:
        return address
    if style == "mask":
        return f"{address} {cidr_to_netmask(int(length))}"
    return f"{address}/{length}"


def format_interface(value: str, style: str = "long",
                     types: Mapping[str, str] | None = None) -> str:
    """Write a neutral interface name in a platform's style.

    Args:
        value: Neutral name (``GigabitEthernet1/0/24``, ``Port-channel1``, ``ge-0/0/1``, ``12``).
        style: ``long`` (full name), ``short`` (abbreviation) for names without a mapping.
        types: Canonical type → the platform's prefix for it (``""``: the number alone).

    >>> format_interface("Port-channel1", types={"Port-channel": "lag"})
    'lag1'
    >>> format_interface("GigabitEthernet1/1/5", types={"GigabitEthernet": ""})
    '1/1/5'
    >>> format_interface("GigabitEthernet0/1", "short")
    'Gi0/1'
    >>> format_interface("ge-0/0/1")
    'ge-0/0/1'
    """
    if _JUNOS_NAME.fullmatch(value) or not value[:1].isalpha():
        return value
    type_name, number = ifn.split_name(value)
    if types and type_name in types:
        return f"{types[type_name]}{number}"
    if not number:
        return value
    if style == "short":
        return ifn.abbreviated(value)
    return value


@dataclass(frozen=True)
class StyledSlotFormatter:
    """A :class:`~nornir_nlchat.catalog.slots.SlotFormatter` configured with a platform's styles.

    Attributes:
        interface_style: ``long`` or ``short`` names for interface types without a mapping.
        interface_types: Canonical interface type → the platform's prefix (``""`` = number only).
        mac_style: One of :data:`MAC_STYLES`.
        prefix_style: ``cidr`` or ``mask``.
        protocols: Neutral routing-protocol name → the platform's word (``connected`` →
            ``direct`` on Junos). Missing names are used as they are.
        sections: Neutral configuration-section name → the platform's words.
        sections_strict: When True, a section missing from ``sections`` raises
            :class:`SlotError` (so the engine falls back to another command form).
        filesystems: Neutral file-system name → the platform's (``flash`` → ``flash:``).
    """

    interface_style: str = "long"
    interface_types: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    mac_style: str = "colon"
    prefix_style: str = "cidr"
    protocols: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sections: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sections_strict: bool = False
    filesystems: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def format_slot(self, kind: str, value: str) -> str:
        """Return ``value`` of slot ``kind`` in the platform's notation.

        Raises:
            SlotError: The value cannot be written for this platform.
        """
        if kind in {"interface", "interface2"}:
            return format_interface(value, self.interface_style, self.interface_types)
        if kind == "mac":
            return format_mac(value, self.mac_style)
        if kind == "prefix":
            return format_prefix(value, self.prefix_style)
        if kind == "protocol":
            return self.protocols.get(value, value)
        if kind == "section":
            if value in self.sections:
                return self.sections[value]
            if self.sections_strict:
                raise SlotError(f"no configuration section {value!r} on this platform")
            return value
        if kind == "filesystem":
            return self.filesystems.get(value, f"{value}:")
        return generic_slot(kind, value)


def generic_slot(kind: str, value: str) -> str:
    """Check and return a slot that needs no platform notation (VLAN, IP, names, counts).

    >>> generic_slot("vlan", "20")
    '20'
    >>> generic_slot("vlan", "10-20,30")
    '10-20,30'
    >>> generic_slot("vrf", "bad;name")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    SlotError: 'bad;name' is not a usable vrf name
    """
    if kind == "vlan" and _VLAN_LIST.match(value):
        return value
    if kind in {"vlan", "count"}:
        if not value.isdigit():
            raise SlotError(f"{value!r} is not a number")
        return str(int(value))
    if kind in {"description", "pattern", "text"}:
        if not _SAFE_TEXT.match(value):
            raise SlotError(f"{value!r} contains characters that cannot go into a command")
        return value
    if not _SAFE_NAME.match(value):
        raise SlotError(f"{value!r} is not a usable {kind} name")
    return value


DEFAULT_FORMATTER = StyledSlotFormatter()
