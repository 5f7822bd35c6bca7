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


class OneVlanOnly(Unrenderable):
    """A VLAN list or range was given, but the platform's command takes a single VLAN."""


def is_vlan_list(value: str) -> bool:
    """Whether a (neutral) VLAN slot value names several VLANs (``10,20`` or ``10-20``).

    >>> is_vlan_list("10-20"), is_vlan_list("10,20"), is_vlan_list("10")
    (True, True, False)
    """
    return "," in value or "-" in value


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


def one_vlan_reason(intent: Intent, platform: PlatformPlugin) -> str:
    """What to ask when a VLAN list was given to a command that takes a single VLAN."""
    return (f"{platform.display_name}'s command for {intent.label} takes a single VLAN, not a "
            "list or range: which VLAN?")


def render(intent: Intent, platform: PlatformPlugin, slots: Mapping[str, str]) -> Rendered:
    """Render ``intent`` for ``platform`` with the request's (neutral) ``slots``.

    Raises:
        MissingSlot: A slot every command form needs is missing.
        OneVlanOnly: A VLAN list or range was given and no form takes more than one VLAN.
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
    vlan_list = is_vlan_list(slots.get("vlan", ""))
    single_vlan_only = False
    for _, _, spec in ranked:
        if vlan_list and "vlan" in spec.slots and not spec.vlan_list:
            # the real command takes one VLAN: a list in it would be rejected by the device
            single_vlan_only = True
            continue
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
    if single_vlan_only:
        raise OneVlanOnly(intent.name)
    raise Unrenderable(intent.name)
