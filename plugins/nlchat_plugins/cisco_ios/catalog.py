"""Cisco IOS / IOS-XE: the command catalog (skeleton; the translation issue fills it in)."""

from __future__ import annotations

from collections.abc import Mapping

from nornir_nlchat.catalog.slots import SlotFormatter
from nornir_nlchat.platforms.contract import CommandSpec

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("version", "show version"),
    CommandSpec("cpu", "show processes cpu sorted"),
    CommandSpec("memory", "show processes memory sorted"),
    CommandSpec("interfaces_brief", "show ip interface brief"),
    CommandSpec("interface_one", "show interfaces {interface}"),
    CommandSpec("clock", "show clock"),
)

UNSUPPORTED: Mapping[str, str] = {}

SLOT_FORMATTER: SlotFormatter | None = None
