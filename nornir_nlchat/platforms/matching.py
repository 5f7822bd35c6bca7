"""Match a concrete command back to the catalog entry it was rendered from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nornir_nlchat.platforms.contract import CommandSpec


# Slots whose values are free text and may hold spaces; every other slot is one word.
FREE_TEXT_SLOTS = frozenset({"description", "pattern", "section", "section_text"})


def _slot_regex(part: str) -> str:
    if not part.startswith("{"):
        return re.escape(part)
    return r"(.+?)" if part.strip("{}") in FREE_TEXT_SLOTS else r"(\S+)"


@lru_cache(maxsize=4096)
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z_0-9]+\})", template)
    regex = "".join(_slot_regex(p) for p in parts)
    regex = regex.replace(r"\ ", r"\s+")
    return re.compile(rf"^\s*{regex}\s*$", re.IGNORECASE)


def match_spec(specs: Iterable[CommandSpec], command: str) -> CommandSpec | None:
    """Return the most specific catalog entry whose template matches ``command``.

    >>> from nornir_nlchat.platforms.contract import CommandSpec
    >>> specs = (CommandSpec("iface", "show interfaces {interface}"),
    ...          CommandSpec("ifaces", "show interfaces"))
    >>> match_spec(specs, "show interfaces Gi0/1").intent
    'iface'
    >>> match_spec(specs, "show clock") is None
    True
    >>> match_spec(specs, "show interfaces Gi0/1 on SW1") is None
    True
    """
    best: CommandSpec | None = None
    best_literal = -1
    for spec in specs:
        if _pattern(spec.command).match(command):
            literal = len(re.sub(r"\{[a-z_0-9]+\}", "", spec.command))
            if literal > best_literal:
                best, best_literal = spec, literal
    return best
