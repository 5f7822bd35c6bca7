"""Aruba AOS-S / HP ProCurve platform plugin (built in, registered like any third-party plugin).

The plugin object is assembled from data modules: ``catalog`` (commands, slot formats),
``grammar`` (read-only grammar, CLI error text), ``health`` (health checks) and ``lab`` (the
simulated device); the last two are imported only when used.
"""

from __future__ import annotations

from pathlib import Path

from nlchat_plugins.hp_procurve.catalog import COMMANDS, SLOT_FORMATTER, UNSUPPORTED
from nlchat_plugins.hp_procurve.grammar import ERROR_PATTERNS, GRAMMAR
from nornir_nlchat.platforms.contract import PlatformPlugin

plugin = PlatformPlugin(
    name="hp_procurve",
    vendor="hp",
    display_name="Aruba AOS-S / HP ProCurve",
    aliases=('procurve', 'aos-s', 'arubaos-switch', 'aruba_procurve', 'aruba_osswitch'),
    commands=COMMANDS,
    unsupported=UNSUPPORTED,
    slot_formatter=SLOT_FORMATTER,
    templates_dir=Path(__file__).parent / "templates",
    error_patterns=ERROR_PATTERNS,
    read_only_grammar=GRAMMAR,
    lab="nlchat_plugins.hp_procurve.lab:PERSONALITY",
    health="nlchat_plugins.hp_procurve.health:ADAPTER",
)
