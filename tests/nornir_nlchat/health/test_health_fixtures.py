"""Every platform's health adapter on real device outputs (../shared/fixtures/ntc-templates):
the facts it extracts agree with the records ntc-templates expects from the same text."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.health.adapter import CHECKS, GenericAdapter, Probe
from nornir_nlchat.health.facts import (
    Adjacency,
    Cpu,
    ErrDisabled,
    InterfaceStat,
    LogLine,
    MacEntry,
    Memory,
    Neighbor,
    Sensor,
    StpBridge,
    StpPort,
)
from nornir_nlchat.health.parsing import mac, number, short_name
from nornir_nlchat.platforms.registry import get_platform

Records = list[dict[str, Any]]


def adapter(platform: str) -> GenericAdapter:
    found = importlib.import_module(f"nlchat_plugins.{platform}.health").ADAPTER
    assert isinstance(found, GenericAdapter)
    return found


def probe(platform: str, check: str, command: str) -> Probe:
    found = [p for p in adapter(platform).probes(check) if p.command == command]
    assert found, f"{platform} {check} has no probe {command!r}"
    return found[0]


def cases(root: Path, platform: str, folder: str) -> list[tuple[str, Records]]:
    out = []
    for raw in sorted((root / platform / folder).glob("*.raw")):
        expected = yaml.safe_load(raw.with_suffix(".yml").read_text()) or {}
        out.append((raw.read_text(encoding="utf-8", errors="replace"),
                    expected.get("parsed_sample") or []))
    assert out, f"no fixtures in {platform}/{folder}"
    return out


def facts_of(platform: str, check: str, command: str, raw: str) -> list[Any]:
    p = probe(platform, check, command)
    records = None
    if p.parse:
        records, error = parse_output(get_platform(platform), command, raw)
        assert error is None, error
    return list(p.extract(records, raw))


def only(kind: type[Any], facts: list[Any]) -> list[Any]:
    return [f for f in facts if isinstance(f, kind)]


def n(value: Any) -> float | None:
    return number(value)


# --- expectations: (facts, expected records) -> None ----------------------------------------

def cpu_ios(facts: list[Any], recs: Records) -> None:
    (cpu,) = only(Cpu, facts)
    r = recs[0]
    key = "cpu_usage_5_sec" if "cpu_usage_5_sec" in r else "cpu_5_sec"
    assert cpu.five_sec == n(r[key])
    assert cpu.one_min == n(r.get("cpu_usage_1_min", r.get("cpu_1_min")))
    assert cpu.five_min == n(r.get("cpu_usage_5_min", r.get("cpu_5_min")))


def memory_ios(facts: list[Any], recs: Records) -> None:
    (mem,) = only(Memory, facts)
    assert (mem.total, mem.used) == (n(recs[0]["memory_total"]), n(recs[0]["memory_used"]))


def interfaces(name: str, fields: dict[str, str], up: Callable[[dict[str, Any]], bool] | None,
               rename: Callable[[str], str] = str) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        stats = only(InterfaceStat, facts)
        assert [f.name for f in stats] == [rename(r[name]) for r in recs]
        for stat, r in zip(stats, recs, strict=True):
            for attr, key in fields.items():
                if r.get(key) not in (None, ""):
                    assert getattr(stat, attr) == n(r[key]), (r[name], attr)
            if up is not None:
                assert stat.oper_up == up(r), r[name]
    return check


def errdisabled(port: str) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        assert [e.port for e in only(ErrDisabled, facts)] == [r[port] for r in recs]
        assert all(e.reason for e in only(ErrDisabled, facts))

    return check


def stp_ios(facts: list[Any], recs: Records) -> None:
    got = {(p.instance, p.port): p for p in only(StpPort, facts)}
    assert len(got) == len(recs)
    for r in recs:
        p = got[(r["vlan_id"], r["interface"])]
        assert p.state == {"FWD": "forwarding", "BLK": "blocking", "LRN": "learning",
                           "LIS": "listening"}[r["status"]]
        assert p.role[:4].lower() == r["role"][:4].lower().replace("desg", "desi").replace(
            "altn", "alte")
    bridges = only(StpBridge, facts)
    assert {b.instance for b in bridges} == {r["vlan_id"] for r in recs}
    assert all(b.bridge_id and b.root_id for b in bridges)


def mac_table(mac_key: str, port_key: str, vlan_key: str | None
              ) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        got = {(e.vlan, e.mac, e.port) for e in only(MacEntry, facts)}
        for r in recs:
            port = r[port_key] if not isinstance(r[port_key], list) else (
                r[port_key][0] if r[port_key] else "")
            if not port or port.upper() in ("CPU", "ROUTER", "SWITCH", "DROP") or \
                    port.lower().startswith(("sup-", "vpc peer")):
                continue
            vlan = str(r.get(vlan_key, "")) if vlan_key else ""
            assert (vlan, mac(r[mac_key]), port) in got, (vlan, r[mac_key], port)

    return check


def neighbours(peer: str, up: Callable[[dict[str, Any]], bool]
               ) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        got = {nb.peer: nb.established for nb in only(Neighbor, facts)}
        assert got == {r[peer]: up(r) for r in recs}

    return check


def adjacencies(local: str, neighbor: tuple[str, ...]) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        got = [(a.local_port, short_name(a.neighbor)) for a in only(Adjacency, facts)]
        want = [(r[local], short_name(next((r[k] for k in neighbor if r.get(k)), "")))
                for r in recs]
        assert got == want

    return check


def sensors(kind: str, count: Callable[[Records], int],
            bad: Callable[[Records], int] = lambda _r: 0) -> Callable[[list[Any], Records],
                                                                        None]:
    def check(facts: list[Any], recs: Records) -> None:
        got = [s for s in only(Sensor, facts) if s.kind == kind]
        assert len(got) == count(recs)
        assert sum(1 for s in got if not s.ok) == bad(recs)

    return check


def temps_ios(facts: list[Any], recs: Records) -> None:
    got = {s.name: s for s in only(Sensor, facts)}
    for r in recs:
        inlet = got[f"switch {r['switch']} inlet"]
        assert (inlet.value, inlet.warning, inlet.critical) == (
            n(r["inlet_temperature_value"]), n(r["inlet_yellow_threshold"]),
            n(r["inlet_red_threshold"]))
        assert got[f"switch {r['switch']} hotspot"].value == n(r["hotspot_temperature_value"])


def logs_ios(facts: list[Any], recs: Records) -> None:
    lines = only(LogLine, facts)
    syslog = [r for r in recs if r["severity"]]  # other lines are debug output
    want = [f"{r['facility']}-{r['severity']}-{r['mnemonic']}" for r in syslog]
    assert [ln.mnemonic for ln in lines][-len(want):] == want
    assert [ln.severity for ln in lines][-len(want):] == [int(r["severity"]) for r in syslog]


def cpu_top(facts: list[Any], recs: Records) -> None:
    (cpu,) = only(Cpu, facts)
    assert cpu.five_sec == round(100 - float(recs[0]["global_cpu_percent_idle"]), 1)
    (mem,) = only(Memory, facts)
    assert mem.total == n(recs[0]["global_mem_total"]) and 0 < mem.percent < 100


def one_value(kind: type[Any], attr: str, key: str, convert: Callable[[Any], Any] = n
              ) -> Callable[[list[Any], Records], None]:
    def check(facts: list[Any], recs: Records) -> None:
        (fact,) = only(kind, facts)
        assert getattr(fact, attr) == convert(recs[0][key])

    return check


def memory_hp(facts: list[Any], recs: Records) -> None:
    (mem,) = only(Memory, facts)
    assert mem.total == n(recs[0]["mem_tot"])
    assert mem.used == n(recs[0]["mem_tot"]) - n(recs[0]["mem_free"])  # type: ignore


def upword(key: str) -> Callable[[dict[str, Any]], bool]:
    return lambda r: str(r.get(key, "")).lower().startswith(("up", "connected"))


CASES: list[tuple[str, str, str, str, Callable[[list[Any], Records], None]]] = [
    # platform, fixture folder, check, command, expectation
    ("cisco_ios", "show_processes_cpu", "cpu", "show processes cpu sorted", cpu_ios),
    ("cisco_ios", "show_processes_memory_sorted", "memory", "show processes memory sorted",
     memory_ios),
    ("cisco_ios", "show_interfaces", "interfaces", "show interfaces",
     interfaces("interface", {"crc": "crc", "in_errors": "input_errors",
                              "out_errors": "output_errors", "in_packets": "input_packets"},
                upword("protocol_status"))),
    ("cisco_ios", "show_interfaces_status_err-disabled", "errdisabled",
     "show interfaces status err-disabled", errdisabled("interface")),
    ("cisco_ios", "show_spanning-tree", "stp", "show spanning-tree", stp_ios),
    ("cisco_ios", "show_mac-address-table", "mac", "show mac address-table",
     mac_table("destination_address", "destination_port", "vlan_id")),
    ("cisco_ios", "show_ip_bgp_summary", "bgp", "show ip bgp summary",
     neighbours("bgp_neighbor", lambda r: r["state_or_prefixes_received"].isdigit())),
    ("cisco_ios", "show_ip_ospf_neighbor", "ospf", "show ip ospf neighbor",
     neighbours("neighbor_id", lambda r: r["state"].startswith("FULL"))),
    ("cisco_ios", "show_environment_temperature", "environment",
     "show environment temperature", temps_ios),
    ("cisco_ios", "show_environment_power_all", "environment", "show environment power all",
     sensors("power", lambda rs: sum(1 for r in rs if (r["status"] or r["sys_pwr"]) not in (
         "", "Not Present")), lambda rs: sum(1 for r in rs if (r["status"] or r["sys_pwr"])
                                             not in ("", "Not Present", "OK", "Good")))),
    ("cisco_ios", "show_logging", "logs", "show logging", logs_ios),
    ("cisco_ios", "show_cdp_neighbors_detail", "topology", "show cdp neighbors detail",
     adjacencies("local_interface", ("neighbor_name",))),
    ("cisco_ios", "show_lldp_neighbors_detail", "topology", "show lldp neighbors detail",
     adjacencies("local_interface", ("neighbor_name", "chassis_id"))),
    ("cisco_nxos", "show_processes_cpu", "cpu", "show processes cpu", cpu_ios),
    ("cisco_nxos", "show_interface", "interfaces", "show interface",
     interfaces("interface", {"crc": "crc", "in_errors": "input_errors",
                              "out_errors": "output_errors", "in_discards": "input_discards",
                              "out_discards": "output_discards"}, upword("link_status"))),
    ("cisco_nxos", "show_interface_status_err-disabled", "errdisabled",
     "show interface status err-disabled", errdisabled("interface")),
    ("cisco_nxos", "show_mac_address-table", "mac", "show mac address-table",
     mac_table("mac_address", "ports", "vlan_id")),
    ("cisco_nxos", "show_ip_bgp_summary", "bgp", "show ip bgp summary",
     neighbours("bgp_neigh", lambda r: r["state_pfxrcd"].isdigit())),
    ("cisco_nxos", "show_ip_ospf_neighbor", "ospf", "show ip ospf neighbors",
     neighbours("neighbor_id", lambda r: r["state"].startswith("FULL"))),
    ("cisco_nxos", "show_environment", "environment", "show environment",
     sensors("power", lambda rs: sum(1 for r in rs if r.get("power_supply")
                                     and r["power_supply_status"].lower() != "absent"))),
    ("cisco_nxos", "show_cdp_neighbors_detail", "topology", "show cdp neighbors detail",
     adjacencies("local_interface", ("neighbor_name",))),
    ("arista_eos", "show_processes_top_once", "cpu", "show processes top once", cpu_top),
    ("arista_eos", "show_interfaces", "interfaces", "show interfaces",
     interfaces("interface", {"flaps": "link_status_change"}, upword("protocol_status"))),
    ("arista_eos", "show_mac_address-table", "mac", "show mac address-table",
     mac_table("mac_address", "destination_port", "vlan_id")),
    ("arista_eos", "show_ip_bgp_summary", "bgp", "show ip bgp summary",
     neighbours("bgp_neigh", lambda r: r["state"].lower().startswith("estab") or (
         not r["state"] and r["state_pfxrcd"].isdigit()))),
    ("arista_eos", "show_ip_ospf_neighbor", "ospf", "show ip ospf neighbor",
     neighbours("neighbor_id", lambda r: r["state"].startswith("FULL"))),
    ("arista_eos", "show_environment_temperature", "environment",
     "show environment temperature", sensors("temperature", len)),
    ("arista_eos", "show_environment_cooling", "environment", "show environment cooling",
     sensors("fan", lambda rs: sum(1 for r in rs if r["status"] not in ("", "Not Inserted")),
             lambda rs: sum(1 for r in rs if r["status"] not in ("", "Not Inserted", "Ok")))),
    ("arista_eos", "show_lldp_neighbors_detail", "topology", "show lldp neighbors detail",
     adjacencies("local_interface", ("neighbor_name", "chassis_id"))),
    ("aruba_aoscx", "show_interface", "interfaces", "show interface",
     interfaces("interface", {"crc": "rx_crc_fcs", "in_errors": "rx_errors",
                              "in_discards": "rx_dropped", "out_errors": "tx_errors",
                              "flaps": "link_transitions"}, upword("link_status"))),
    ("aruba_aoscx", "show_mac-address-table", "mac", "show mac-address-table",
     mac_table("mac_address", "port", "vlan_id")),
    ("aruba_aoscx", "show_bgp_all-vrfs_all_summary", "bgp", "show bgp ipv4 unicast summary",
     neighbours("neighbour", lambda r: r["state"] == "Established")),
    ("aruba_aoscx", "show_lldp_neighbors-info_detail", "topology",
     "show lldp neighbor-info detail",
     adjacencies("local_interface", ("neighbor_name", "chassis_id"))),
    ("hp_procurve", "show_system", "cpu", "show system",
     one_value(Cpu, "five_sec", "cpu_util")),
    ("hp_procurve", "show_system", "memory", "show system", memory_hp),
    ("hp_procurve", "show_interfaces_brief", "interfaces", "show interfaces brief",
     interfaces("port", {}, upword("status"), rename=lambda p: p.split("-")[0])),
    ("hp_procurve", "show_mac-address", "mac", "show mac-address",
     mac_table("mac_address", "port", "vlan_id")),
    ("hp_procurve", "show_lldp_info_remote-device", "topology",
     "show lldp info remote-device",
     adjacencies("local_interface", ("neighbor_name", "chassis_id"))),
    ("juniper_junos", "show_bgp_summary", "bgp", "show bgp summary",
     neighbours("peer_ip", lambda r: r["state"].lower().startswith("establ"))),
    ("juniper_junos", "show_ospf_neighbor", "ospf", "show ospf neighbor",
     neighbours("neighbor_id", lambda r: r["state"] == "Full")),
    ("juniper_junos", "show_ethernet-switching_interfaces", "errdisabled",
     "show ethernet-switching interfaces",
     lambda facts, recs: assert_ports(facts, ["ge-0/0/4", "ge-0/0/5", "ge-0/0/6"])),
    ("juniper_junos", "show_ethernet-switching_table", "mac",
     "show ethernet-switching table",
     lambda facts, recs: assert_macs(facts, recs)),
    ("juniper_junos", "show_lldp_neighbors", "topology", "show lldp neighbors",
     adjacencies("local_interface", ("neighbor_name",))),
]


def assert_ports(facts: list[Any], ports: list[str]) -> None:
    got = [e.port for e in only(ErrDisabled, facts)]
    assert got[:len(ports)] == ports and all("unblocked" not in e.reason
                                             for e in only(ErrDisabled, facts))


def assert_macs(facts: list[Any], recs: Records) -> None:
    got = {(e.mac, e.port) for e in only(MacEntry, facts)}
    assert got == {(mac(r["mac_address"]), r["logical_interface"].split(".")[0])
                   for r in recs}


@pytest.mark.parametrize(("platform", "folder", "check", "command", "expect"), CASES,
                         ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_adapter_reads_real_output(ntc_fixtures: Path, platform: str, folder: str,
                                   check: str, command: str,
                                   expect: Callable[[list[Any], Records], None]) -> None:
    for raw, records in cases(ntc_fixtures, platform, folder):
        facts = facts_of(platform, check, command, raw)
        assert facts or not records, f"nothing read from {folder}"
        expect(facts, records)


PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_probe_command_passes_the_read_only_guard(platform: str) -> None:
    from nornir_nlchat.translate import guard

    plugin = get_platform(platform)
    assert plugin.read_only_grammar is not None
    ad = adapter(platform)
    assert set(ad.checks) <= set(CHECKS) and {"cpu", "memory", "interfaces"} <= set(ad.checks)
    for check in ad.checks:
        for p in ad.probes(check):
            verdict = guard.check(p.command, plugin.read_only_grammar)
            assert verdict.allowed, (platform, p.command, verdict.reason)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_readers_survive_garbage(platform: str) -> None:
    ad = adapter(platform)
    for check in ad.checks:
        for p in ad.probes(check):
            for text in ("", "% Invalid input detected at '^' marker.", "\x00\x01 garbage"):
                if p.parse:
                    continue
                assert isinstance(p.extract(None, text), list)


def test_stp_detail_and_bridge_ids() -> None:
    detail = """
 VLAN0010 is executing the rstp compatible Spanning Tree protocol
  Bridge Identifier has priority 32768, sysid 10, address 0050.56bd.1d6f
  Current root has priority 24586, address 0069.f5d7.75d6
  Root port is 49 (TenGigabitEthernet1/1/1), cost of root path is 2000
  Number of topology changes 1234 last change occurred 00:00:01 ago
          from TenGigabitEthernet1/1/2

 Port 49 (TenGigabitEthernet1/1/1) of VLAN0010 is root forwarding
 Port 50 (TenGigabitEthernet1/1/2) of VLAN0010 is alternate blocking
"""
    facts = facts_of("cisco_ios", "stp", "show spanning-tree detail", detail)
    (bridge,) = only(StpBridge, facts)
    assert (bridge.instance, bridge.bridge_id, bridge.root_id, bridge.root_port,
            bridge.topology_changes, bridge.last_change_s) == (
        "10", "32768.0050.56bd.1d6f", "24586.0069.f5d7.75d6", "TenGigabitEthernet1/1/1", 1234,
        1.0)
    assert [(p.port, p.role, p.state) for p in only(StpPort, facts)] == [
        ("TenGigabitEthernet1/1/1", "root", "forwarding"),
        ("TenGigabitEthernet1/1/2", "alternate", "blocking")]
