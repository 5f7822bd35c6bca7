"""Aruba AOS-CX platform plugin (built in, registered like any third-party plugin).

The plugin object is assembled from data modules: ``catalog`` (commands, slot formats),
``grammar`` (read-only grammar, CLI error text), ``health`` (health checks) and ``lab`` (the
simulated device); the last two are imported only when used.
"""

from __future__ import annotations

from pathlib import Path

from nlchat_plugins.aruba_aoscx.catalog import COMMANDS, SLOT_FORMATTER, UNSUPPORTED
from nlchat_plugins.aruba_aoscx.grammar import ERROR_PATTERNS, GRAMMAR
from nornir_nlchat.platforms.contract import PlatformPlugin

plugin = PlatformPlugin(
    name="aruba_aoscx",
    vendor="aruba",
    display_name="Aruba AOS-CX",
    aliases=('aoscx', 'aos-cx', 'arubaoss-cx'),
    commands=COMMANDS,
    unsupported=UNSUPPORTED,
    slot_formatter=SLOT_FORMATTER,
    templates_dir=Path(__file__).parent / "templates",
    error_patterns=ERROR_PATTERNS,
    read_only_grammar=GRAMMAR,
    lab="nlchat_plugins.aruba_aoscx.lab:PERSONALITY",
    health="nlchat_plugins.aruba_aoscx.health:ADAPTER",
)
