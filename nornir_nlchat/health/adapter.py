"""The health-adapter contract a platform plugin implements, and a data-driven adapter.

A platform's adapter says, per check, which commands to run (:class:`Probe`) and how to turn
their output into vendor-neutral facts (:mod:`nornir_nlchat.health.facts`). It holds no
thresholds and makes no judgement: the engine's rules do (:mod:`nornir_nlchat.health.rules`).

A plugin exposes its adapter as ``PlatformPlugin.health``; :func:`register_adapter` overrides
it at run time (a site's own parsing of an odd software release, tests).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from nornir_nlchat.platforms.contract import PlatformPlugin

Records = list[dict[str, Any]]
Extract = Callable[[Records | None, str], list[Any]]
"""``extract(records, output)`` → facts. ``records`` is None when the output was not parsed."""

CHECKS = ("cpu", "memory", "interfaces", "errdisabled", "stp", "mac", "bgp", "ospf",
          "environment", "logs", "topology")
"""Every per-device check the engine knows, in the order they run."""


@dataclass(frozen=True)
class Probe:
    """One command a check runs and how to read its output.

    Attributes:
        command: The command the extractor was written for.
        extract: Turns ``(records, output)`` into facts.
        intent: The catalog intent the command belongs to (for consistency checks and
            documentation); when ``command`` is ``""`` the catalog's command is used.
        parse: Parse the output with the platform's templates first. Leave False where a
            regular expression on the raw text is enough: parsing long outputs with TextFSM
            costs far more CPU than the poll itself.
        optional: A failure of this probe (e.g. the feature is not configured and the
            device says so) does not fail the check.
    """

    command: str
    extract: Extract
    intent: str | None = None
    parse: bool = False
    optional: bool = False

    def command_for(self, plugin: PlatformPlugin | None) -> str | None:
        """The command to send: the probe's own, else the catalog's for ``intent``."""
        if self.command:
            return self.command
        if plugin is not None and self.intent:
            for spec in plugin.commands_for(self.intent):
                if not spec.slots:
                    return spec.command
        return None


@runtime_checkable
class HealthAdapter(Protocol):
    """What the engine asks a platform's health adapter."""

    @property
    def checks(self) -> tuple[str, ...]:
        """The checks this platform supports."""
        ...

    def probes(self, check: str) -> Sequence[Probe]:
        """The probes of ``check`` (empty when unsupported)."""
        ...


class GenericAdapter:
    """An adapter defined entirely by data: check name → probes.

    Args:
        probes: The probes of each supported check.
        unsupported: Check → a sentence saying why the platform cannot do it.

    Example::

        ADAPTER = GenericAdapter({
            "cpu": (Probe("show processes cpu", extract=cpu_from_text),),
        })
    """

    def __init__(self, probes: Mapping[str, Sequence[Probe]],
                 unsupported: Mapping[str, str] | None = None) -> None:
        unknown = set(probes) - set(CHECKS)
        if unknown:
            raise ValueError(f"unknown health checks: {', '.join(sorted(unknown))}")
        self._probes = {check: tuple(p) for check, p in probes.items()}
        self.unsupported = dict(unsupported or {})

    @property
    def checks(self) -> tuple[str, ...]:
        """Supported checks in the engine's order."""
        return tuple(c for c in CHECKS if self._probes.get(c))

    def probes(self, check: str) -> Sequence[Probe]:
        """The probes of ``check``."""
        return self._probes.get(check, ())

    def commands(self) -> dict[str, list[str]]:
        """Check → the commands it runs (for documentation and guard tests)."""
        return {c: [p.command for p in self._probes[c]] for c in self.checks}


_overrides: dict[str, HealthAdapter] = {}
_lock = threading.Lock()


def register_adapter(platform: str, adapter: HealthAdapter | None) -> None:
    """Use ``adapter`` for ``platform`` instead of the plugin's own (None removes it)."""
    with _lock:
        if adapter is None:
            _overrides.pop(platform, None)
        else:
            _overrides[platform] = adapter


def adapter_for(plugin: PlatformPlugin) -> HealthAdapter | None:
    """The health adapter for a platform: a registered override, else the plugin's own
    (``PlatformPlugin.health``: an adapter or its import path, ``"pkg.mod:ADAPTER"``)."""
    with _lock:
        found = _overrides.get(plugin.name)
    if found is not None:
        return found
    loader = getattr(plugin, "health_adapter", None)
    health = loader() if callable(loader) else plugin.health
    return health if isinstance(health, HealthAdapter) else None
