"""Turn a recognised intent and its slots into a platform's command(s).

The platform's catalog may hold several command forms for one intent (preferred first). The
form chosen is the one that uses the most of what the person said (a VRF, a count...), then
the earlier one; forms needing a slot nobody gave are skipped. A command template may hold
several lines (``\\n``): they become separate commands, run in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from nornir_nlchat.catalog.formatting import DEFAULT_FORMATTER
from nornir_nlchat.catalog.intents import Intent
from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin


class MissingSlot(Exception):
    """Every command form of the intent needs a slot the request did not give."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class Unrenderable(Exception):
    """The request's slot values cannot be written in any of the platform's command forms."""


@dataclass(frozen=True)
class Rendered:
    """Commands for one intent on one platform.

    Attributes:
        spec: The catalog entry used.
        commands: The command(s), in order.
        slots: The slot values used, in the platform's notation.
        dropped: Slots the person gave that this platform's command cannot take.
    """

    spec: CommandSpec
    commands: list[str]
    slots: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


def render(intent: Intent, platform: PlatformPlugin, slots: Mapping[str, str]) -> Rendered:
    """Render ``intent`` for ``platform`` with the request's (neutral) ``slots``.

    Raises:
        MissingSlot: A slot every command form needs is missing.
        Unrenderable: The values could not be written in any form.
        LookupError: The platform has no command for the intent.
    """
    specs = platform.commands_for(intent.name)
    if not specs:
        raise LookupError(intent.name)
    given = set(slots)
    available = given | set(intent.defaults)
    ranked: list[tuple[int, int, CommandSpec]] = []
    missing: list[str] = []
    for index, spec in enumerate(specs):
        needed = set(spec.slots)
        if not needed <= available:
            missing.extend(kind for kind in spec.slots if kind not in available)
            continue
        ranked.append((-len(needed & given), index, spec))
    if not ranked:
        order = [k for k in (*intent.needs, *intent.optional) if k in missing] or missing
        raise MissingSlot(order[0])
    ranked.sort(key=lambda item: item[:2])
    formatter = platform.slot_formatter or DEFAULT_FORMATTER
    relevant = set(intent.needs) | set(intent.optional)
    for _, _, spec in ranked:
        values: dict[str, str] = {}
        try:
            for kind in dict.fromkeys(spec.slots):
                raw = slots.get(kind, intent.defaults.get(kind, ""))
                values[kind] = formatter.format_slot(kind, raw)
        except ValueError:
            continue
        text = spec.command.format(**values)
        commands = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
        dropped = sorted(kind for kind in given & relevant if kind not in spec.slots)
        return Rendered(spec=spec, commands=commands, slots=values, dropped=dropped)
    raise Unrenderable(intent.name)
