"""The plugins' own TextFSM templates: which template a command gets, and what it reads.

Each plugin's ``templates/index`` (ntc-templates' index format, whole-command matches) maps
commands ntc-templates cannot read, or reads with the wrong template, to the plugin's own
templates. These tests check the mapping (including ntc-templates' prefix trap), that each
template reads the REAL device output where ../shared has one, and that it reads the lab's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import textfsm
import yaml

from nornir_nlchat.execute.parse import _ntc_templates, parse_output, template_for
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from nornir_nlchat.platforms import get_platform
from tests.nornir_nlchat.lab.helpers import PLATFORMS, catalog_lines, run_in_process
from tests.nornir_nlchat.lab.test_lab_ntc import needs

Records = list[dict[str, Any]]

# (platform, command) -> the template file that must read it ("own:" / "ntc:"); None: none.
MAPPING = [
    ("juniper_junos", "show chassis routing-engine",
     "own:juniper_junos_show_chassis_routing-engine.textfsm"),
    ("juniper_junos", "sh chassis routing-engine",
     "own:juniper_junos_show_chassis_routing-engine.textfsm"),
    ("juniper_junos", "show chassis routing-engine | match Idle", None),
    ("juniper_junos", "show chassis hardware", "ntc:juniper_junos_show_chassis_hardware.textfsm"),
    ("juniper_junos", "show chassis environment",
     "own:juniper_junos_show_chassis_environment.textfsm"),
    ("juniper_junos", "show interfaces terse", "own:juniper_junos_show_interfaces_terse.textfsm"),
    ("juniper_junos", "show interfaces ge-0/0/1 terse",
     "own:juniper_junos_show_interfaces_terse.textfsm"),
    ("juniper_junos", "show route", "own:juniper_junos_show_route.textfsm"),
    ("juniper_junos", "show route 10.1.10.0/24", "own:juniper_junos_show_route.textfsm"),
    ("juniper_junos", "show route summary", "ntc:juniper_junos_show_route_summary.textfsm"),
    ("cisco_nxos", "show system resources", "own:cisco_nxos_show_system_resources.textfsm"),
    ("aruba_aoscx", "show system resource-utilization",
     "own:aruba_aoscx_show_system_resource-utilization.textfsm"),
    ("aruba_aoscx", "show system", "ntc:aruba_aoscx_show_system.textfsm"),
    ("aruba_aoscx", "show version", "own:aruba_aoscx_show_version.textfsm"),
    ("aruba_aoscx", "show interface brief", "own:aruba_aoscx_show_interface_brief.textfsm"),
    ("aruba_aoscx", "show interface", "ntc:aruba_aoscx_show_interface.textfsm"),
    ("aruba_aoscx", "show ip interface brief",
     "own:aruba_aoscx_show_ip_interface_brief.textfsm"),
    ("aruba_aoscx", "show arp", "own:aruba_aoscx_show_arp.textfsm"),
    ("aruba_aoscx", "show arp all-vrfs", "ntc:aruba_aoscx_show_arp_all-vrfs.textfsm"),
    ("aruba_aoscx", "show lldp neighbor-info", "own:aruba_aoscx_show_lldp_neighbor-info.textfsm"),
    ("aruba_aoscx", "show lldp neighbor-info detail",
     "ntc:aruba_aoscx_show_lldp_neighbors-info_detail.textfsm"),
    ("aruba_aoscx", "show ip route", "own:aruba_aoscx_show_ip_route.textfsm"),
    ("aruba_aoscx", "show ip route all-vrfs", "own:aruba_aoscx_show_ip_route.textfsm"),
    ("aruba_aoscx", "show environment fan", "own:aruba_aoscx_show_environment_fan.textfsm"),
    ("aruba_aoscx", "show environment temperature",
     "own:aruba_aoscx_show_environment_temperature.textfsm"),
    ("aruba_aoscx", "show environment power-supply",
     "own:aruba_aoscx_show_environment_power-supply.textfsm"),
    ("hp_procurve", "show cpu", "own:hp_procurve_show_cpu.textfsm"),
    ("hp_procurve", "show version", "own:hp_procurve_show_version.textfsm"),
    ("hp_procurve", "show system", "ntc:hp_procurve_show_system.textfsm"),
    ("hp_procurve", "show system temperature", "own:hp_procurve_show_system_temperature.textfsm"),
    ("hp_procurve", "show system fans", "own:hp_procurve_show_system_fans.textfsm"),
    ("hp_procurve", "show system power-supply",
     "own:hp_procurve_show_system_power-supply.textfsm"),
    ("hp_procurve", "show modules", "own:hp_procurve_show_modules.textfsm"),
    ("hp_procurve", "show cdp neighbors", "own:hp_procurve_show_cdp_neighbors.textfsm"),
    ("hp_procurve", "show cdp neighbors detail",
     "ntc:hp_procurve_show_cdp_neighbors_detail.textfsm"),
    ("hp_procurve", "show interfaces", "own:hp_procurve_show_interfaces.textfsm"),
    ("hp_procurve", "show interfaces 49", "own:hp_procurve_show_interfaces_port.textfsm"),
    ("hp_procurve", "show interfaces A1", "own:hp_procurve_show_interfaces_port.textfsm"),
    ("hp_procurve", "show interfaces brief", "ntc:hp_procurve_show_interfaces_brief.textfsm"),
    ("hp_procurve", "show logging", "own:hp_procurve_show_logging.textfsm"),
    ("hp_procurve", "show logging -r", "own:hp_procurve_show_logging.textfsm"),
    ("hp_procurve", "show spanning-tree", "own:hp_procurve_show_spanning-tree.textfsm"),
    ("cisco_ios", "show interfaces counters errors",
     "own:cisco_ios_show_interfaces_counters_errors.textfsm"),
    ("cisco_ios", "show interfaces Gi1/0/1 counters errors",
     "own:cisco_ios_show_interfaces_counters_errors.textfsm"),
    ("cisco_ios", "show spanning-tree summary", "own:cisco_ios_show_spanning-tree_summary.textfsm"),
    ("cisco_ios", "show spanning-tree", "ntc:cisco_ios_show_spanning-tree.textfsm"),
    ("cisco_ios", "show lacp neighbor", "own:cisco_ios_show_lacp_neighbor.textfsm"),
    ("cisco_nxos", "show interface counters errors",
     "own:cisco_nxos_show_interface_counters_errors.textfsm"),
    ("cisco_nxos", "show logging logfile", "own:cisco_nxos_show_logging_logfile.textfsm"),
    ("cisco_nxos", "show logging last 5", "own:cisco_nxos_show_logging_logfile.textfsm"),
    ("cisco_nxos", "show spanning-tree", "own:cisco_nxos_show_spanning-tree.textfsm"),
    ("cisco_nxos", "show spanning-tree summary",
     "own:cisco_nxos_show_spanning-tree_summary.textfsm"),
    ("cisco_nxos", "show spanning-tree root", "ntc:cisco_nxos_show_spanning-tree_root.textfsm"),
    ("cisco_nxos", "show lacp neighbor", "own:cisco_nxos_show_lacp_neighbor.textfsm"),
    ("arista_eos", "show interfaces counters errors",
     "own:arista_eos_show_interfaces_counters_errors.textfsm"),
    ("arista_eos", "show logging", "own:arista_eos_show_logging.textfsm"),
    ("arista_eos", "show logging 5", "own:arista_eos_show_logging.textfsm"),
    ("arista_eos", "show spanning-tree", "own:arista_eos_show_spanning-tree.textfsm"),
    ("arista_eos", "show lacp neighbor", "own:arista_eos_show_lacp_neighbor.textfsm"),
    ("aruba_aoscx", "show events -r -n 5", "own:aruba_aoscx_show_events.textfsm"),
    ("aruba_aoscx", "show spanning-tree", "own:aruba_aoscx_show_spanning-tree.textfsm"),
    ("aruba_aoscx", "show spanning-tree summary port",
     "own:aruba_aoscx_show_spanning-tree.textfsm"),
    ("aruba_aoscx", "show ip ospf neighbors", "own:aruba_aoscx_show_ip_ospf_neighbors.textfsm"),
    ("aruba_aoscx", "show lacp aggregates", "own:aruba_aoscx_show_lacp_aggregates.textfsm"),
    ("aruba_aoscx", "show lacp interfaces", "own:aruba_aoscx_show_lacp_interfaces.textfsm"),
    ("juniper_junos", "show log messages", "own:juniper_junos_show_log_messages.textfsm"),
    ("juniper_junos", "show interfaces statistics",
     "own:juniper_junos_show_interfaces_statistics.textfsm"),
    ("juniper_junos", "show interfaces xe-0/0/0 extensive",
     "own:juniper_junos_show_interfaces_statistics.textfsm"),
    ("juniper_junos", "show interfaces", None),  # the catalog does not parse it
]

# Where ntc-templates' prefix match picks a template written for a shorter command.
PREFIX_TRAPS = [
    ("aruba_aoscx", "show system resource-utilization", "aruba_aoscx_show_system.textfsm"),
    ("hp_procurve", "show system temperature", "hp_procurve_show_system.textfsm"),
    ("hp_procurve", "show system fans", "hp_procurve_show_system.textfsm"),
    ("hp_procurve", "show system power-supply", "hp_procurve_show_system.textfsm"),
    ("hp_procurve", "show version", "hp_procurve_show_version.textfsm"),  # ArubaOS APs
    ("hp_procurve", "show interfaces 49", "hp_procurve_show_interfaces.textfsm"),
    ("aruba_aoscx", "show interface brief", "aruba_aoscx_show_interface.textfsm"),
    ("juniper_junos", "show interfaces terse", "juniper_junos_show_interfaces.textfsm"),
    ("juniper_junos", "show interfaces statistics", "juniper_junos_show_interfaces.textfsm"),
    ("cisco_ios", "show spanning-tree summary", "cisco_ios_show_spanning-tree.textfsm"),
]

# The intents people ask most: each must have a template on every platform (own or ntc's).
FOCUS = ("cpu", "memory", "version", "uptime", "interfaces_status", "interfaces_brief",
         "ip_interfaces", "routes_all", "lldp_neighbors", "vlans", "mac_all", "arp_all",
         "environment", "env_temperature", "env_fans", "env_power", "inventory")
FOCUS_GAPS = {
    ("cisco_ios", "environment"): "'show environment all' is several tables; no template",
    ("cisco_ios", "env_fans"): "no template for 'show environment fan' yet",
    ("cisco_nxos", "env_fans"): "no template for 'show environment fan' yet",
    ("cisco_nxos", "env_power"): "no template for 'show environment power' yet",
    ("arista_eos", "environment"): "'show environment all' is several tables; no template",
}


def _show(found: tuple[str, str] | None) -> str | None:
    return f"{found[0]}:{found[1]}" if found else None


@pytest.mark.parametrize(("platform", "command", "expected"), MAPPING)
def test_each_command_gets_the_template_written_for_it(platform: str, command: str,
                                                       expected: str | None) -> None:
    assert _show(template_for(get_platform(platform), command)) == expected


@pytest.mark.parametrize(("platform", "command", "ntc_pick"), PREFIX_TRAPS)
def test_prefix_trap_is_avoided(platform: str, command: str, ntc_pick: str) -> None:
    trap = _ntc_templates(platform, command)
    assert trap is not None and trap[0].name == ntc_pick  # what ntc-templates alone would do
    found = template_for(get_platform(platform), command)
    assert found is not None and found[0] == "own"


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_-]+", text.lower()) if w]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_focus_intents_have_a_template_named_for_their_command(platform: str) -> None:
    """Every most-asked intent's preferred command has a template whose name fits it."""
    plugin = get_platform(platform)
    problems = []
    for intent in FOCUS:
        specs = plugin.commands_for(intent)
        if not specs or (platform, intent) in FOCUS_GAPS:
            continue
        spec = specs[0]
        line = spec.command.split("\n")[0]
        found = template_for(plugin, line, spec)
        if found is None:
            problems.append(f"{intent}: {line!r} has no template")
            continue
        name = found[1].split("+")[0].removesuffix(".textfsm").removeprefix(platform + "_")
        want = _words(spec.ntc_command or line)
        got = _words(name)
        if len(got) > len(want) or not all(c.startswith(t) or t.startswith(c)
                                           for t, c in zip(got, want, strict=False)):
            problems.append(f"{intent}: {line!r} -> {found}")
    assert not problems, problems


def _templates_dir(platform: str) -> Path:
    folder = get_platform(platform).templates_dir
    assert folder is not None
    return folder


def read(platform: str, template: str, text: str) -> Records:
    with (_templates_dir(platform) / template).open() as handle:
        fsm = textfsm.TextFSM(handle)
        header = [h.lower() for h in fsm.header]
        return [dict(zip(header, row, strict=False)) for row in fsm.ParseText(text)]


def test_every_index_entry_names_a_template_that_compiles() -> None:
    for platform in PLATFORMS:
        index = _templates_dir(platform) / "index"
        if not index.is_file():
            continue
        for line in index.read_text().splitlines():
            if not line.strip() or line.startswith(("#", "Template,")):
                continue
            name, _, _, command = (part.strip() for part in line.split(",", 3))
            assert command.endswith("$"), f"{platform}: {command!r} would match prefixes"
            with (_templates_dir(platform) / name).open() as handle:
                textfsm.TextFSM(handle)


# ---- real device outputs (../shared/fixtures/ntc-templates) --------------------------------

def _fixture(shared: Path, platform: str, folder: str) -> list[tuple[str, Records]]:
    path = shared / "fixtures" / "ntc-templates" / platform / folder
    raws = sorted(path.glob("*.raw"))
    if not raws:
        pytest.skip(f"no real {platform} output in {path}")
    return [(raw.read_text(), list(yaml.safe_load(raw.with_suffix(".yml").read_text())
                                   ["parsed_sample"])) for raw in raws]


def test_aoscx_arp_reads_the_real_output(shared_dir: Path) -> None:
    for text, expected in _fixture(shared_dir, "aruba_aoscx", "show_arp_all-vrfs"):
        assert read("aruba_aoscx", "aruba_aoscx_show_arp.textfsm", text) == expected


def test_aoscx_ip_route_reads_the_real_output(shared_dir: Path) -> None:
    for text, expected in _fixture(shared_dir, "aruba_aoscx", "show_ip_route_all-vrfs"):
        got = read("aruba_aoscx", "aruba_aoscx_show_ip_route.textfsm", text)
        assert [(r["network"], r["prefix_length"], r["vrf"], r["nexthop"], r["protocol"],
                 [f"[{d}/{m}]" for d, m in zip(r["distance"], r["metric"], strict=True)])
                for r in got] == [
            (e["ip_address"], e["prefix_length"], e["vrf"], e["interface"], e["status"],
             e["metric"]) for e in expected]


def test_procurve_version_leaves_access_point_output_alone(shared_dir: Path) -> None:
    """The only real 'show version' under hp_procurve is an ArubaOS access point's."""
    for text, expected in _fixture(shared_dir, "hp_procurve", "show_version"):
        assert expected[0].get("model") == "310"  # an AP, not an AOS-S switch
        assert read("hp_procurve", "hp_procurve_show_version.textfsm", text) == []


def test_procurve_system_memory_figures_from_real_output(shared_dir: Path) -> None:
    """ntc's 'show system' record (``mem_tot``/``mem_free`` with commas) gives a memory line."""
    from nlchat.answer import HostResult
    from nlchat.summaries import summarize

    for _, expected in _fixture(shared_dir, "hp_procurve", "show_system"):
        line = summarize(HostResult("SW1", "hp_procurve", "show system", parsed=expected),
                         "memory")
        # AOS-S counts bytes (CommandSpec.units): the sentence says MB, not raw bytes
        assert re.match(r"SW1: memory \d+ % used \([\d,.]+ of [\d,.]+ [MG]B\)", line), line


# ---- outputs in the vendors' formats (written from vendor documentation) ------------------

JUNOS_RE_DUAL = """\
Routing Engine status:
  Slot 0:
    Current state                  Master
    Election priority              Master (default)
    Temperature                 36 degrees C / 96 degrees F
    CPU temperature             34 degrees C / 93 degrees F
    DRAM                      16352 MB (16384 MB installed)
    Memory utilization          13 percent
    5 sec CPU utilization:
      User                       1 percent
      Background                 0 percent
      Kernel                     3 percent
      Interrupt                  0 percent
      Idle                      96 percent
    1 min CPU utilization:
      User                       1 percent
      Background                 0 percent
      Kernel                     2 percent
      Interrupt                  0 percent
      Idle                      97 percent
    5 min CPU utilization:
      User                       1 percent
      Background                 0 percent
      Kernel                     2 percent
      Interrupt                  0 percent
      Idle                      97 percent
    15 min CPU utilization:
      User                       1 percent
      Background                 0 percent
      Kernel                     2 percent
      Interrupt                  0 percent
      Idle                      97 percent
    Model                          RE-S-1800x4
    Serial ID                      9009089345
    Start time                     2019-05-07 11:40:05 UTC
    Uptime                         41 days, 2 hours, 48 minutes, 13 seconds
    Last reboot reason             Router rebooted after a normal shutdown.
    Load averages:                 1 minute   5 minute  15 minute
                                       0.18       0.23       0.21
  Slot 1:
    Current state                  Backup
    Election priority              Backup (default)
    Temperature                 35 degrees C / 95 degrees F
    CPU temperature             33 degrees C / 91 degrees F
    DRAM                      16352 MB (16384 MB installed)
    Memory utilization          11 percent
    CPU utilization:
      User                       0 percent
      Background                 0 percent
      Kernel                     1 percent
      Interrupt                  0 percent
      Idle                      99 percent
    Model                          RE-S-1800x4
    Serial ID                      9009089346
    Start time                     2019-05-07 11:38:50 UTC
    Uptime                         41 days, 2 hours, 49 minutes, 28 seconds
"""


def test_junos_routing_engine_reads_both_engines_and_both_cpu_layouts() -> None:
    got = read("juniper_junos", "juniper_junos_show_chassis_routing-engine.textfsm",
               JUNOS_RE_DUAL)
    assert [(r["slot"], r["mastership_state"], r["memory_utilization"], r["cpu_idle_5_sec"],
             r["cpu_idle_15_min"], r["cpu_idle"], r["serial"]) for r in got] == [
        ("0", "Master", "13", "96", "97", "", "9009089345"),
        ("1", "Backup", "11", "", "", "99", "9009089346")]
    assert got[0]["uptime"] == "41 days, 2 hours, 48 minutes, 13 seconds"
    assert got[0]["memory_total"] == "16352" and got[0]["memory_installed"] == "16384"


# ---- the lab speaks like the devices: its outputs parse back to its state ------------------

@pytest.fixture(scope="module")
def world() -> World:
    hosts = plan(LabConfig(devices=20, bastion=False))
    return build_world(hosts, links(hosts), personalities())


def _lab_records(world: World, platform: str, intent: str) -> tuple[str, Records]:
    devices = [d for d in world.devices.values() if d.platform == platform]
    devices.sort(key=lambda d: d.role != "router")
    dev = next((d for d in devices if needs(intent, d)), devices[0])
    spec, lines = next((s, ls) for s, ls in catalog_lines(dev) if s.intent == intent)
    output = run_in_process(world, dev, lines[:1])[lines[0]]
    records, why = parse_output(get_platform(platform), lines[0], output, spec)
    assert records is not None, f"{platform} {lines[0]!r}: {why}"
    return dev.name, records


def test_lab_junos_routing_engine_matches_the_device_state(world: World) -> None:
    name, records = _lab_records(world, "juniper_junos", "cpu")
    dev = world.devices[name]
    assert len(records) == 1
    record = records[0]
    assert record["serial"] == f"{dev.serial}RE"
    assert int(str(record["memory_total"])) == dev.memory_total // 1024
    assert re.fullmatch(r"\d+ days, \d+ hours, \d+ minutes, \d+ seconds", str(record["uptime"]))
    for key in ("cpu_idle_5_sec", "cpu_idle_1_min", "cpu_idle_5_min"):
        assert 0 <= int(str(record[key])) <= 100


def test_lab_junos_terse_lists_every_interface(world: World) -> None:
    name, records = _lab_records(world, "juniper_junos", "interfaces_brief")
    dev = world.devices[name]
    got = {str(r["interface"]): r for r in records}
    for iface in dev.physical():
        assert iface.name in got
        assert got[iface.name]["link_status"] == ("up" if iface.up else "down")
    addresses = {a for r in records for a in r["ip_address"]}
    assert any(a.startswith(dev.mgmt_ip + "/") for a in addresses)


def test_lab_junos_routes_hold_the_routing_table(world: World) -> None:
    name, records = _lab_records(world, "juniper_junos", "routes_all")
    dev = world.devices[name]
    got = {f"{r['network']}/{r['prefix_length']}" for r in records}
    want = {r.prefix for r in dev.routes if not r.vrf}
    assert want <= got, sorted(want - got)[:5]


def test_lab_aoscx_interface_brief_matches_the_ports(world: World) -> None:
    name, records = _lab_records(world, "aruba_aoscx", "interfaces_brief")
    dev = world.devices[name]
    got = {str(r["interface"]): str(r["status"]) for r in records}
    for iface in dev.physical():
        assert got.get(iface.name) == ("up" if iface.up else "down"), iface.name


def test_lab_aoscx_lldp_names_the_neighbours(world: World) -> None:
    name, records = _lab_records(world, "aruba_aoscx", "lldp_neighbors")
    dev = world.devices[name]
    peers = {i.name: i.peer for i in dev.physical() if i.peer and i.up}
    assert {str(r["local_interface"]) for r in records} == set(peers)
    assert all(r["neighbor_name"] for r in records)


@pytest.mark.parametrize(("platform", "intent"), [
    ("juniper_junos", "environment"), ("aruba_aoscx", "env_fans"),
    ("aruba_aoscx", "env_temperature"), ("aruba_aoscx", "env_power"),
    ("hp_procurve", "env_fans"), ("hp_procurve", "env_temperature"),
    ("hp_procurve", "env_power"), ("hp_procurve", "inventory"), ("hp_procurve", "version"),
    ("aruba_aoscx", "version"), ("aruba_aoscx", "ip_interfaces"), ("aruba_aoscx", "arp_all"),
    ("aruba_aoscx", "routes_all"), ("cisco_nxos", "cpu"), ("hp_procurve", "cdp_neighbors"),
    ("cisco_ios", "interfaces_errors"), ("cisco_nxos", "interfaces_errors"),
    ("arista_eos", "interfaces_errors"), ("juniper_junos", "interfaces_errors"),
    ("juniper_junos", "interface_errors"), ("hp_procurve", "interfaces_errors"),
    ("hp_procurve", "interface_errors"), ("cisco_nxos", "logs"), ("cisco_nxos", "logs_recent"),
    ("arista_eos", "logs"), ("aruba_aoscx", "logs"), ("aruba_aoscx", "logs_recent"),
    ("hp_procurve", "logs"), ("juniper_junos", "logs"), ("cisco_ios", "stp_summary"),
    ("cisco_nxos", "stp_summary"), ("cisco_nxos", "stp_all"), ("arista_eos", "stp_all"),
    ("aruba_aoscx", "stp_all"), ("hp_procurve", "stp_all"), ("cisco_ios", "lacp_neighbors"),
    ("cisco_nxos", "lacp_neighbors"), ("arista_eos", "lacp_neighbors"),
    ("aruba_aoscx", "lacp_neighbors"), ("aruba_aoscx", "port_channels"),
    ("aruba_aoscx", "ospf_neighbors"),
])
def test_lab_output_gives_records(world: World, platform: str, intent: str) -> None:
    _, records = _lab_records(world, platform, intent)
    assert records and all(any(v not in ("", []) for v in r.values()) for r in records)


def test_lab_stp_and_lacp_match_the_device_state(world: World) -> None:
    name, records = _lab_records(world, "arista_eos", "lacp_neighbors")
    dev = world.devices[name]
    members = {i.name.replace("Ethernet", "Et") for i in dev.physical() if i.lag}
    assert members and {str(r["interface"]) for r in records} == members  # EOS short names
    name, records = _lab_records(world, "aruba_aoscx", "stp_all")
    assert {str(r["status"]) for r in records} <= {"Forwarding", "Blocking", "Learning",
                                                  "Discarding", "Disabled"}
