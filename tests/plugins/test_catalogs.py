"""The six built-in catalogs: coverage, slots, templates, ntc-templates mapping, guard."""

from __future__ import annotations

import os
import re
from pathlib import Path

import ntc_templates
import pytest
import textfsm
from textfsm import clitable

from nornir_nlchat.catalog import intents
from nornir_nlchat.catalog.formatting import DEFAULT_FORMATTER
from nornir_nlchat.catalog.slots import SLOT_KINDS, SlotFormatter
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin
from nornir_nlchat.translate import guard

PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]
DATA = Path(__file__).parent / "catalog_data"
SAMPLE = {"interface": "GigabitEthernet1/0/1", "vlan": "10", "ip": "10.1.1.1",
          "prefix": "10.0.0.0/8", "mac": "001122334455", "vrf": "BLUE", "acl": "ACL-1",
          "count": "5", "protocol": "bgp", "section": "bgp", "section_text": "bgp",
          "filesystem": "flash", "pattern": "BGP", "description": "uplink", "vlan_name": "V10"}
# ntc-templates entries whose file name is longer than the command on purpose: the output of
# the command as catalogued is exactly what that template parses.
NTC_EXCEPTIONS = {
    ("hp_procurve", "show lldp info remote-device {interface}"),  # per-port output: detail view
    ("cisco_ios", "show switch"),  # one template for 'show switch' and 'show switch detail'
}


def _render(platform: PlatformPlugin, spec: CommandSpec) -> list[str]:
    formatter = platform.slot_formatter or DEFAULT_FORMATTER
    values = {k: formatter.format_slot(k, SAMPLE[k]) for k in spec.slots}
    return [line for line in spec.command.format(**values).split("\n") if line]


@pytest.fixture(params=PLATFORMS)
def platform(request: pytest.FixtureRequest) -> PlatformPlugin:
    return get_platform(request.param)


def test_every_intent_is_covered_or_explained(platform: PlatformPlugin) -> None:
    have = set(platform.intents)
    for intent in intents.INTENTS:
        if intent.name in have:
            continue
        assert platform.unsupported.get(intent.name), \
            f"{platform.name}: no command and no reason for {intent.name}"
    for name in platform.unsupported:
        assert name in intents.BY_NAME, f"{platform.name}: unknown intent {name}"
        assert name not in have, f"{platform.name}: {name} both supported and unsupported"
    for spec in platform.commands:
        assert spec.intent in intents.BY_NAME, f"{platform.name}: unknown intent {spec.intent}"


def test_slots_and_write_flags(platform: PlatformPlugin) -> None:
    assert isinstance(platform.slot_formatter, SlotFormatter)
    for spec in platform.commands:
        for kind in spec.slots:
            assert kind in SLOT_KINDS or kind == "section_text", (platform.name, spec.command)
        assert spec.read_only is not intents.BY_NAME[spec.intent].write, spec
        assert _render(platform, spec)


def test_the_guard_lets_every_read_only_command_through(platform: PlatformPlugin) -> None:
    assert platform.read_only_grammar is not None
    refused = []
    for spec in platform.commands:
        if not spec.read_only:
            continue
        for command in _render(platform, spec):
            verdict = guard.check(command, platform.read_only_grammar)
            if not verdict.allowed:
                refused.append((command, verdict.reason))
    assert not refused, refused


def test_own_templates_exist_and_parse() -> None:
    cases = [
        ("aruba_aoscx", "cpu", "aruba_aoscx_show_system_resource-utilization_single.txt",
         [{"MODULE": "", "PROCESSES": "71", "CPU_USAGE": "11", "MEMORY_USAGE": "30",
           "OPEN_FDS": "1152"}]),
        ("aruba_aoscx", "memory", "aruba_aoscx_show_system_resource-utilization_modules.txt",
         [{"MODULE": "1/1", "PROCESSES": "180", "CPU_USAGE": "4", "MEMORY_USAGE": "37",
           "OPEN_FDS": "4256"},
          {"MODULE": "1/3", "PROCESSES": "40", "CPU_USAGE": "2", "MEMORY_USAGE": "21",
           "OPEN_FDS": "610"}]),
        ("hp_procurve", "cpu", "hp_procurve_show_cpu.txt",
         [{"CPU_NOW": "3", "SINCE_SECONDS": "300", "CPU_1SEC": "9", "CPU_5SEC": "6",
           "CPU_1MIN": "4"}]),
    ]
    for name, intent, sample, expected in cases:
        plugin = get_platform(name)
        spec = plugin.commands_for(intent)[0]
        assert spec.template and plugin.templates_dir
        with (plugin.templates_dir / spec.template).open() as handle:
            fsm = textfsm.TextFSM(handle)
            rows = fsm.ParseText((DATA / sample).read_text())
        assert [dict(zip(fsm.header, row, strict=False)) for row in rows] == expected
    for name in PLATFORMS:
        plugin = get_platform(name)
        for spec in plugin.commands:
            if spec.template:
                assert plugin.templates_dir and (plugin.templates_dir / spec.template).is_file()


_TABLE = clitable.CliTable("index", os.path.join(os.path.dirname(ntc_templates.__file__),
                                                 "templates"))


def _ntc_template(platform: str, command: str) -> str | None:
    row = _TABLE.index.GetRowMatch({"Command": command, "Platform": platform})
    return _TABLE.index.index[row]["Template"] if row else None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_-]+", text.lower()) if w]


def test_ntc_templates_mapping_picks_the_right_template(platform: PlatformPlugin) -> None:
    """Each parsed command without its own template must find the ntc template named for it.

    ntc-templates matches commands by prefix, so ``show interfaces transceiver`` would get the
    ``show interfaces`` template; such specs carry ``ntc_command`` or ``parse=False``.
    """
    wrong: list[tuple[str, str | None]] = []
    for spec in platform.commands:
        if not spec.read_only or not spec.parse or spec.template:
            continue
        lookup = spec.ntc_command or _render(platform, spec)[0]
        found = _ntc_template(platform.name, lookup)
        if found is None:
            wrong.append((lookup, None))
            continue
        name = found.split(":")[0].removesuffix(".textfsm").removeprefix(platform.name + "_")
        template_words = _words(name)
        literal = _words(re.sub(r"\{[a-z_]+\}", " ", spec.ntc_command or spec.command))
        command_words = literal
        if (platform.name, spec.command) in NTC_EXCEPTIONS:
            continue
        if len(template_words) > len(command_words) or not all(
                c.startswith(t) or t.startswith(c)
                for t, c in zip(template_words, command_words, strict=False)):
            wrong.append((lookup, found))
    assert not wrong, wrong
