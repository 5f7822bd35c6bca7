"""Parse coverage: which read-only catalog commands parse on the lab, and which answer in words.

Run: ``python benchmarks/parse_coverage.py [--devices 20] [--platforms cisco_ios ...]
[--focus] [--in-process] [--verbose]``.

A small lab is started (``nornir_nlchat.lab.Lab``, no jump host); on one host per platform,
every read-only catalog intent's preferred command (slots filled from the device's state) is
sent over SSH with :func:`nornir_nlchat.tasks.run_command`, exactly as the assistant does.
Per command it prints: whether the output parsed into records (and with which template:
the plugin's own or ntc-templates'), and what :func:`nlchat.summaries.summarize` made of it:

* ``sentence``: a real answer (CPU figures, memory, version, up/down counts, neighbours...);
* ``generic``: records, but only the first record's fields listed;
* ``raw``: no records, the answer is "N lines of output" / "could not parse";
* ``no data``: no records, and no device of that platform in the lab has anything for the
  command to show (Junos devices run no BGP in the lab...); left out of the figures.

``--focus`` limits the run to the intents people ask most. ``--in-process`` runs the commands
on the lab's shells in this process instead of over SSH (faster; same renderers).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nlchat.answer import HostResult
from nlchat.summaries import _generic, summarize
from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.state import Device
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from nornir_nlchat.platforms.contract import CommandSpec
from nornir_nlchat.platforms.registry import get_platform
from tests.nornir_nlchat.lab.test_lab_ntc import needs

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")

# The intents people ask most (prefixes of catalog intent names).
FOCUS = ("cpu", "memory", "version", "uptime", "interfaces_status", "interfaces_brief",
         "interfaces_errors", "interfaces_counters", "interface_errors", "interface_counters",
         "ip_interfaces", "routes_all", "bgp_summary", "bgp_neighbors", "ospf_neighbors",
         "lldp_neighbors", "cdp_neighbors", "vlans", "mac_all", "arp_all", "environment",
         "env_temperature", "env_fans", "env_power", "inventory", "logs", "stp_summary",
         "stp_all", "port_channels", "lacp")


def template_for(plugin: Any, line: str, spec: CommandSpec) -> tuple[str, str] | None:
    """Which template reads the command (``("own"|"ntc", file)``), as the engine decides."""
    try:
        from nornir_nlchat.execute.parse import template_for as engine_template_for
    except ImportError:  # an engine from before the plugins' template index (baseline runs)
        from nornir_nlchat.execute.parse import _ntc_templates

        if spec.template:
            return "own", spec.template
        if not spec.parse or "|" in line:
            return None
        paths = _ntc_templates(plugin.name, spec.ntc_command or line)
        return ("ntc", "+".join(p.name for p in paths)) if paths else None
    found: tuple[str, str] | None = engine_template_for(plugin, line, spec)
    return found


_RAW = re.compile(r": (\d+ lines of output|could not parse|the device answered with no)")


@dataclass
class Row:
    """One audited command."""

    platform: str
    intent: str
    command: str
    records: int
    template: str
    answer: str
    kind: str
    host: str = ""


def classify(result: HostResult, line: str) -> str:
    """``sentence``, ``generic`` or ``raw`` for a host's summary line."""
    if not result.parsed or _RAW.search(line):
        return "raw"
    return "generic" if line == _generic(result, result.parsed) else "sentence"


def pick_hosts(world: World, platforms: tuple[str, ...]) -> dict[str, Device]:
    """One device per platform: a router where the platform has one, else the first."""
    chosen: dict[str, Device] = {}
    for dev in world.devices.values():
        if dev.platform not in platforms:
            continue
        current = chosen.get(dev.platform)
        if current is None or (current.role != "router" and dev.role == "router"):
            chosen[dev.platform] = dev
    return chosen


def preferred_lines(world: World, platform: str,
                    first: Device) -> list[tuple[Device, CommandSpec, str]]:
    """(device, spec, first command line) for each read-only intent's preferred entry.

    The device is the first of the platform whose state gives the intent something to show
    (BGP neighbours for BGP commands, a LAG for port-channel commands...), else ``first``.
    """
    from tests.nornir_nlchat.lab.helpers import catalog_lines

    devices = [first] + [d for d in world.devices.values()
                         if d.platform == platform and d is not first]
    seen: set[str] = set()
    out: list[tuple[Device, CommandSpec, str]] = []
    for spec, _ in catalog_lines(first):
        if spec.intent in seen:
            continue
        seen.add(spec.intent)
        dev = next((d for d in devices if needs(spec.intent, d)), first)
        lines = dict((s, ls) for s, ls in catalog_lines(dev))[spec]
        if lines:
            out.append((dev, spec, lines[0]))
    return out


def _over_ssh(lab: Any, dev: Device, lines: list[str]) -> dict[str, dict[str, Any]]:
    from nornir_nlchat.inventory import load_nornir
    from nornir_nlchat.runners import NLChatRunner
    from nornir_nlchat.tasks import run_command

    nr = load_nornir(lab.inventory_dir).with_runner(NLChatRunner(num_workers=1))
    nr = nr.filter(name=dev.name)
    answers: dict[str, dict[str, Any]] = {}
    try:
        for line in dict.fromkeys(lines):
            result = nr.run(task=run_command, command=line, on_failed=True)[dev.name][0]
            answers[line] = result.result if isinstance(result.result, dict) else {}
    finally:
        nr.close_connections(on_failed=True)
    return answers


def _in_process(world: World, dev: Device, lines: list[str]) -> dict[str, dict[str, Any]]:
    from tests.nornir_nlchat.lab.helpers import run_in_process

    plugin = get_platform(dev.platform)
    answers: dict[str, dict[str, Any]] = {}
    for line, output in run_in_process(world, dev, lines).items():
        parsed, why = parse_output(plugin, line, output)
        answers[line] = {"output": output, "parsed": parsed, "parse_error": why}
    return answers


def audit(answers: dict[tuple[str, str], dict[str, Any]],
          picks: list[tuple[Device, CommandSpec, str]]) -> list[Row]:
    """Rows from the payloads ``run_command`` returned, by (device name, command line)."""
    rows = []
    for dev, spec, line in picks:
        plugin = get_platform(dev.platform)
        data = answers.get((dev.name, line), {})
        parsed = data.get("parsed")
        result = HostResult(dev.name, dev.platform, line, output=data.get("output") or "",
                            parsed=parsed, failed=bool(data.get("failed") or
                                                       data.get("error_kind")),
                            error=data.get("error"), parse_error=data.get("parse_error"))
        answer = summarize(result, spec.intent, "")
        found = template_for(plugin, line, spec)
        template = f"{found[0]}:{found[1]}" if found else "-"
        kind = "failed" if result.failed else classify(result, answer)
        if kind == "raw" and not needs(spec.intent, dev):
            kind = "no data"  # no device of the lab has anything for it to show
        rows.append(Row(dev.platform, spec.intent, line, len(parsed or []), template, answer,
                        kind, dev.name))
    return rows


def report(rows: list[Row], verbose: bool) -> None:
    """Print the table and the per-platform coverage figures."""
    by_platform: dict[str, list[Row]] = {}
    for row in rows:
        by_platform.setdefault(row.platform, []).append(row)
    for platform, items in by_platform.items():
        print(f"\n== {platform}")
        for r in items:
            ok = "parsed" if r.records else "------"
            print(f"  {r.intent:<24} {r.command[:44]:<44} {ok} {r.records:>4} "
                  f"{r.template[:52]:<52} {r.kind}")
            if verbose:
                print(f"      {r.answer[:150]}")
    print("\nCoverage (read-only intents whose output has data in this lab; parsed = records "
          "> 0; sentence = a real answer):")
    total: Counter[str] = Counter()
    for platform, everything in by_platform.items():
        items = [r for r in everything if r.kind != "no data"]
        counts = Counter(r.kind for r in items)
        parsed = sum(1 for r in items if r.records)
        total.update(counts)
        total["parsed"] += parsed
        total["n"] += len(items)
        print(f"  {platform:<14} {len(items):>3} intents  parsed {parsed:>3} "
              f"({100 * parsed / len(items):3.0f} %)  sentence {counts['sentence']:>3}  "
              f"generic {counts['generic']:>3}  raw {counts['raw']:>3}  "
              f"failed {counts['failed']:>3}")
    if total["n"]:
        print(f"  {'all':<14} {total['n']:>3} intents  parsed {total['parsed']:>3} "
              f"({100 * total['parsed'] / total['n']:3.0f} %)  sentence {total['sentence']:>3}"
              f"  generic {total['generic']:>3}  raw {total['raw']:>3}  "
              f"failed {total['failed']:>3}")


def main(argv: list[str] | None = None) -> list[Row]:
    """Run the audit; returns the rows (for tests and notebooks)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--platforms", nargs="+", default=list(PLATFORMS))
    parser.add_argument("--focus", action="store_true", help="only the most asked intents")
    parser.add_argument("--in-process", action="store_true", help="no SSH (faster)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each answer")
    args = parser.parse_args(argv)
    config = LabConfig(devices=args.devices, bastion=False)
    hosts = plan(config)
    world = build_world(hosts, links(hosts), personalities())
    chosen = pick_hosts(world, tuple(args.platforms))
    rows: list[Row] = []
    lab = None
    if not args.in_process:
        from nornir_nlchat.lab import Lab

        lab = Lab(args.devices, bastion=False).start()
    try:
        for platform in args.platforms:
            first = chosen.get(platform)
            if first is None:
                print(f"no {platform} device in a {args.devices}-device lab", file=sys.stderr)
                continue
            picks = [(d, s, line) for d, s, line in preferred_lines(world, platform, first)
                     if not args.focus or s.intent.startswith(FOCUS)]
            answers: dict[tuple[str, str], dict[str, Any]] = {}
            for dev in {d.name: d for d, _, _ in picks}.values():
                lines = [line for d, _, line in picks if d is dev]
                got = (_in_process(world, dev, lines) if lab is None
                       else _over_ssh(lab, dev, lines))
                answers.update({(dev.name, line): data for line, data in got.items()})
            rows += audit(answers, picks)
    finally:
        if lab is not None:
            lab.cleanup()
    report(rows, args.verbose)
    return rows


if __name__ == "__main__":
    main()
