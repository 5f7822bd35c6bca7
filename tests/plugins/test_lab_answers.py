"""Over real SSH to the lab, CPU / memory / version questions get a sentence on every platform.

The commands are the catalog's, sent with :func:`nornir_nlchat.tasks.run_command` exactly as
the assistant sends them, and the answer is :func:`nlchat.summaries.summarize`'s line: it must
carry figures, not "N lines of output" nor the generic first-record listing.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from nlchat.answer import HostResult
from nlchat.summaries import _generic, summarize
from nornir_nlchat.inventory import load_nornir
from nornir_nlchat.lab import Lab
from nornir_nlchat.platforms import get_platform
from nornir_nlchat.runners import NLChatRunner
from nornir_nlchat.tasks import run_command
from tests.nornir_nlchat.lab.helpers import PLATFORMS, direct_hosts

EXPECTED = {
    "cpu": re.compile(r": CPU \d+(\.\d+)? % \(.+\), (normal|elevated|high)$"),
    "memory": re.compile(r": memory \d+ % used.*, (normal|elevated|high)$"),
    "version": re.compile(r": version \S+"),
}


@pytest.fixture(scope="module")
def answers(lab: Lab) -> dict[tuple[str, str], tuple[HostResult, str]]:
    """(platform, intent) -> (host result, answer line), one directly reachable host each."""
    nr = load_nornir(lab.inventory_dir).with_runner(NLChatRunner(num_workers=6))
    chosen: dict[str, str] = {}
    for name, host in direct_hosts(lab).items():
        chosen.setdefault(host["platform"], name)
    assert set(chosen) == set(PLATFORMS)
    out: dict[tuple[str, str], tuple[HostResult, str]] = {}
    try:
        for intent in EXPECTED:
            for platform, name in chosen.items():
                command = get_platform(platform).commands_for(intent)[0].command
                payload: Any = nr.filter(name=name).run(task=run_command, command=command,
                                                        on_failed=True)[name][0].result
                result = HostResult(name, platform, command, output=payload.get("output", ""),
                                    parsed=payload.get("parsed"),
                                    failed=bool(payload.get("error_kind")),
                                    error=payload.get("error"),
                                    parse_error=payload.get("parse_error"))
                out[(platform, intent)] = (result, summarize(result, intent, ""))
    finally:
        nr.close_connections(on_failed=True)
    return out


@pytest.mark.parametrize("intent", list(EXPECTED))
@pytest.mark.parametrize("platform", PLATFORMS)
def test_answer_is_a_sentence(answers: dict[tuple[str, str], tuple[HostResult, str]],
                              platform: str, intent: str) -> None:
    result, line = answers[(platform, intent)]
    assert not result.failed, result.error
    assert result.parsed, f"{platform} {result.command!r} not parsed: {result.parse_error}"
    assert line != _generic(result, result.parsed), line
    assert EXPECTED[intent].search(line), line


def test_junos_cpu_figures_are_busy_not_idle(
        answers: dict[tuple[str, str], tuple[HostResult, str]]) -> None:
    """Junos prints idle per window; the answer gives 100 - idle."""
    result, line = answers[("juniper_junos", "cpu")]
    record = (result.parsed or [{}])[0]
    idle = int(str(record["cpu_idle_5_sec"]))
    assert f"CPU {100 - idle} % (5 s)" in line


# The most-asked intents whose answer is still not a sentence, with the reason.
NOT_YET = {
    ("cisco_ios", "environment"): "'show environment all' has several tables; no template",
    ("cisco_ios", "env_fans"): "no template for 'show environment fan'",
    ("cisco_nxos", "env_fans"): "no template for 'show environment fan'",
    ("cisco_nxos", "env_power"): "no template for 'show environment power'",
    ("arista_eos", "environment"): "'show environment all' has several tables; no template",
    ("arista_eos", "env_temperature"): "ntc's record has no status or temperature field name",
    ("juniper_junos", "uptime"): "ntc's record splits the boot time into date parts",
    ("hp_procurve", "ip_interfaces"): "ntc's 'show ip' record has no status",
}
MOST_ASKED = ("cpu", "memory", "version", "uptime", "interfaces_status", "interfaces_brief",
              "interfaces_errors", "interface_errors", "ip_interfaces", "routes_all",
              "bgp_summary", "bgp_neighbors", "ospf_neighbors", "lldp_neighbors",
              "cdp_neighbors", "vlans", "mac_all", "arp_all", "environment",
              "env_temperature", "env_fans", "env_power", "inventory", "logs", "stp_summary",
              "stp_all", "port_channels", "lacp_neighbors")


def test_most_asked_intents_answer_in_a_sentence_on_every_platform() -> None:
    """In-process lab (same renderers as over SSH): parsed, and not the generic listing.

    For each platform and intent the device is one whose state has something to show (a LAG
    for port-channels, BGP for BGP...); intents no device of the platform has data for in
    the lab (Junos runs no BGP there...) are left out.
    """
    from nornir_nlchat.execute.parse import parse_output
    from nornir_nlchat.lab.builder import build_world
    from nornir_nlchat.lab.process import LabConfig, personalities, plan
    from nornir_nlchat.lab.topology import links
    from tests.nornir_nlchat.lab.helpers import catalog_lines, run_in_process
    from tests.nornir_nlchat.lab.test_lab_ntc import needs

    hosts = plan(LabConfig(devices=20, bastion=False))
    world = build_world(hosts, links(hosts), personalities())
    problems = []
    checked = 0
    for platform in PLATFORMS:
        plugin = get_platform(platform)
        devices = sorted((d for d in world.devices.values() if d.platform == platform),
                         key=lambda d: d.role != "router")
        for intent in MOST_ASKED:
            if not plugin.commands_for(intent) or (platform, intent) in NOT_YET:
                continue
            dev = next((d for d in devices if needs(intent, d)), None)
            if dev is None:
                continue
            spec, lines = next((s, ls) for s, ls in catalog_lines(dev) if s.intent == intent
                               and not (intent.startswith("bgp") and "vrf" in s.slots))
            # (the lab runs BGP in the global table only)
            output = run_in_process(world, dev, lines[:1])[lines[0]]
            parsed, why = parse_output(plugin, lines[0], output, spec)
            result = HostResult(dev.name, platform, lines[0], output=output, parsed=parsed,
                                parse_error=why)
            line = summarize(result, intent, "")
            checked += 1
            if not parsed:
                problems.append(f"{platform} {intent} {lines[0]!r}: not parsed ({why})")
            elif line == _generic(result, parsed):
                problems.append(f"{platform} {intent} {lines[0]!r}: generic answer {line!r}")
    assert checked > 120
    assert not problems, "\n".join(problems)
