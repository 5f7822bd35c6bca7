"""Slot formatting: rewrite slot values into a platform's notation.

(Skeleton: the translation issue fills in extraction and the per-kind formatters.)
"""

from __future__ import annotations

from typing import Protocol


class SlotFormatter(Protocol):
    """Rewrites one slot value (interface, mac, prefix, ...) into a platform's notation."""

    def format_slot(self, kind: str, value: str) -> str:
        """Return ``value`` of slot ``kind`` in the platform's notation."""
        ...
