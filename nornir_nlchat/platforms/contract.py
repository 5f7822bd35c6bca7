"""The platform-plugin contract.

A platform plugin is everything nornir-nlchat knows about one vendor OS, packaged as data
plus small adapters. The engine holds no vendor knowledge: it asks the plugin.

A plugin is registered through the ``nlchat.platforms`` entry-point group. The entry point
names either a :class:`PlatformPlugin` instance or a zero-argument callable returning one::

    [project.entry-points."nlchat.platforms"]
    mikrotik_routeros = "nlchat_mikrotik:plugin"

Built-in vendors (``nlchat_plugins.*``) are registered exactly the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nornir_nlchat.catalog.slots import SlotFormatter
    from nornir_nlchat.lab.personality import LabPersonality
    from nornir_nlchat.translate.guard import ReadOnlyGrammar


def _load_ref(value: Any) -> Any:
    """Import ``"package.module:NAME"`` references; return anything else unchanged."""
    if not isinstance(value, str):
        return value
    from importlib import import_module

    module, _, name = value.partition(":")
    return getattr(import_module(module), name)


@dataclass(frozen=True)
class CommandSpec:
    """One catalog entry: a vendor-neutral intent rendered as this platform's command.

    Attributes:
        intent: Vendor-neutral intent name, e.g. ``"cpu"`` or ``"interface_one"``.
        command: The command with ``{slot}`` placeholders, e.g. ``"show interfaces {interface}"``.
        read_only: False for anything that changes device state.
        template: A TextFSM template file in the plugin's ``templates_dir`` used to parse the
            output. ``None`` means: look the command up in ntc-templates.
        ntc_command: The string to look up in ntc-templates' index when it differs from the
            rendered command (ntc-templates matches prefixes and can pick the wrong template).
        parse: False when the output is not meant to be parsed (e.g. a config dump).
        config_mode: True for configuration lines (sent in configuration mode, one change
            set per ask, committed where the platform commits); False for exec commands.
        units: The unit of the sizes in the parsed records when the output does not say it
            (``"B"``, ``"kB"``, ``"MB"``, ``"GB"``; kB = 1024 bytes, as devices count), so
            that answers can say "1.2 of 4.0 GB" for every platform alike.
        vlan_list: True when the command's ``{vlan}`` takes a list or range (``10,20``,
            ``10-20``) on the real device; a list is never put into a command without it
            (the person is asked for one VLAN instead).
    """

    intent: str
    command: str
    read_only: bool = True
    template: str | None = None
    ntc_command: str | None = None
    parse: bool = True
    config_mode: bool = False
    units: str | None = None
    vlan_list: bool = False

    @property
    def slots(self) -> tuple[str, ...]:
        """The slot names the command needs, in order of appearance."""
        import string

        return tuple(
            name for _, name, _, _ in string.Formatter().parse(self.command) if name is not None
        )


@dataclass(frozen=True)
class PlatformPlugin:
    """Everything the engine needs to know about one vendor OS.

    Attributes:
        name: The canonical platform name: Netmiko's ``device_type`` (e.g. ``"cisco_ios"``).
        vendor: Vendor name in lower case (``"cisco"``).
        display_name: Human name (``"Cisco IOS / IOS-XE"``).
        aliases: Extra names users may give as a platform (``"ios"``); names known to
            ``netutils.lib_mapper`` are mapped automatically and need not be listed.
        commands: The command catalog.
        unsupported: Intent → a sentence saying why this platform has no such command.
        slot_formatter: Rewrites slot values (interfaces, MACs, prefixes...) into this
            platform's notation. ``None`` uses the engine's generic formatter.
        templates_dir: Folder of the plugin's own TextFSM templates.
        error_patterns: Regular expressions that match the platform's CLI error text.
        read_only_grammar: What a read-only command looks like on this platform; the guard
            checks every command against it before it is sent.
        lab: The simulated device's personality for the built-in lab, or an import path
            ``"package.module:NAME"`` to it so that it is imported only when the lab runs
            (read it through :meth:`lab_personality`).
        health: Health-check adapter (CPU, memory, STP... from parsed records), or an
            import path to it (read it through :meth:`health_adapter`).
        model_adapter: Name of this platform's LoRA adapter for the local model.
        connection_options: Extra Netmiko connection arguments for this platform.
        config_commit: Configuration changes only take effect after a commit (Junos).
    """

    name: str
    vendor: str
    display_name: str
    aliases: tuple[str, ...] = ()
    commands: tuple[CommandSpec, ...] = ()
    unsupported: Mapping[str, str] = field(default_factory=dict)
    slot_formatter: SlotFormatter | None = None
    templates_dir: Path | None = None
    error_patterns: tuple[str, ...] = ()
    read_only_grammar: ReadOnlyGrammar | None = None
    lab: LabPersonality | str | None = None
    health: Any = None
    model_adapter: str | None = None
    connection_options: Mapping[str, Any] = field(default_factory=dict)
    config_commit: bool = False

    def lab_personality(self) -> LabPersonality | None:
        """The lab personality, imported on first use when given as an import path."""
        value = _load_ref(self.lab)
        return value  # type: ignore[no-any-return]

    def health_adapter(self) -> Any:
        """The health adapter, imported on first use when given as an import path."""
        return _load_ref(self.health)

    def commands_for(self, intent: str) -> tuple[CommandSpec, ...]:
        """All catalog entries for an intent (first is the preferred one)."""
        return tuple(spec for spec in self.commands if spec.intent == intent)

    @property
    def intents(self) -> tuple[str, ...]:
        """The intents this platform's catalog knows, in catalog order, without repeats."""
        return tuple(dict.fromkeys(spec.intent for spec in self.commands))

    def spec_for_command(self, command: str) -> CommandSpec | None:
        """Find the catalog entry whose rendered form matches ``command`` (slots as wildcards)."""
        from nornir_nlchat.platforms.matching import match_spec

        return match_spec(self.commands, command)
