"""Juniper Junos: the command catalog (skeleton; the translation issue fills it in)."""

from __future__ import annotations

from collections.abc import Mapping

from nornir_nlchat.catalog.slots import SlotFormatter
from nornir_nlchat.platforms.contract import CommandSpec

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("version", "show version"),
)

UNSUPPORTED: Mapping[str, str] = {}

SLOT_FORMATTER: SlotFormatter | None = None
