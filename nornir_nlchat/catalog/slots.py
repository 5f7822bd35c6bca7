"""Slot formatting contract: rewrite slot values into a platform's notation.

Slots are found by :mod:`nornir_nlchat.catalog.extract` in a neutral form; a platform plugin
provides a :class:`SlotFormatter` (usually a configured
:class:`~nornir_nlchat.catalog.formatting.StyledSlotFormatter`) that writes them its way.

Slot kinds: ``interface``, ``vlan``, ``ip``, ``prefix``, ``mac``, ``vrf``, ``acl``,
``count``, ``protocol``, ``section``, ``filesystem``, ``pattern``, ``description``,
``vlan_name``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

SLOT_KINDS: tuple[str, ...] = (
    "interface", "vlan", "ip", "prefix", "mac", "vrf", "acl", "count", "protocol", "section",
    "filesystem", "pattern", "description", "vlan_name",
)


@runtime_checkable
class SlotFormatter(Protocol):
    """Rewrites one slot value (interface, mac, prefix, ...) into a platform's notation."""

    def format_slot(self, kind: str, value: str) -> str:
        """Return ``value`` of slot ``kind`` in the platform's notation.

        Raise :class:`~nornir_nlchat.catalog.formatting.SlotError` (a ``ValueError``) when
        the value cannot be written for the platform.
        """
        ...
