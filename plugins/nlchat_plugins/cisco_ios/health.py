"""Cisco IOS / IOS-XE: which commands each health check runs and how to read them.

Hot checks (CPU, memory, interfaces, spanning tree, logs) read the raw text with regular
expressions: it costs a fraction of TextFSM's time on long outputs. Tabular outputs that
vary between releases (neighbours, environment, MAC table) use the ntc-templates records.
"""

from __future__ import annotations

import re
from typing import Any

from nornir_nlchat.health.adapter import GenericAdapter, Probe, Records
from nornir_nlchat.health.facts import (
    Adjacency,
    Cpu,
    ErrDisabled,
    InterfaceStat,
    LogLine,
    MacEntry,
    MacMove,
    Memory,
    Neighbor,
    Sensor,
    StpBridge,
    StpPort,
)
from nornir_nlchat.health.parsing import duration, field, instance_name, mac, stp_role, stp_state
from nornir_nlchat.health.readers import (
    combine,
    from_records,
    match_one,
    per_block,
    per_row,
    unless,
    within_blocks,
)

CPU = match_one(Cpu, five_sec=r"CPU utilization for five seconds:\s*(\d+)%",
                one_min=r"one minute:\s*(\d+)%", five_min=r"five minutes:\s*(\d+)%")

MEMORY = match_one(Memory, total=r"^\s*Processor\s+Pool\s+Total:\s*(\d+)",
                   used=r"^\s*Processor\s+Pool\s+Total:\s*\d+\s+Used:\s*(\d+)",
                   require=("total", "used"))

INTERFACES = per_block(
    InterfaceStat,
    r"^(?P<name>\S+) is (?:administratively )?\w+[^,]*, line protocol is",
    oper_up=lambda text, m: bool(re.match(r"^\S+ is .*line protocol is up", text)),
    admin_up=lambda text, m: "administratively down" not in text.split("\n", 1)[0],
    in_packets=r"(\d+) packets input",
    in_errors=r"(\d+) input errors",
    crc=r"(\d+) CRC",
    out_errors=r"(\d+) output errors",
    in_discards=r"Input queue: \d+/\d+/(\d+)",
    out_discards=r"Total output drops: (\d+)",
)

ERRDISABLED = from_records(ErrDisabled, port=("port", "interface"),
                           reason=("port_error", "reason", "status"))

_BRIDGE_DETAIL = per_block(
    StpBridge,
    r"^\s*(?P<instance>VLAN\d+|MST\d+) is executing",
    bridge_id=lambda t, m: _pri_addr(t, r"Bridge Identifier has priority (\d+),.*?address (\S+)"),
    root_id=lambda t, m: _pri_addr(t, r"Current root has priority (\d+), address (\S+)"),
    root_port=r"Root port is \d+ \((\S+)\)",
    topology_changes=r"Number of topology changes (\d+)",
    last_change_s=lambda t, m: duration(_group(t, r"last change occurred (\S+) ago")),
)
_BRIDGE_BRIEF = per_block(
    StpBridge,
    r"^(?P<instance>VLAN\d+|MST\d+)\s*$",
    bridge_id=lambda t, m: _pri_addr(t, r"Bridge ID\s+Priority\s+(\d+).*?\n\s+Address\s+(\S+)",
                                     re.S),
    root_id=lambda t, m: _pri_addr(t, r"Root ID\s+Priority\s+(\d+)\s*\n\s+Address\s+(\S+)"),
    root_port=r"^\s+Port\s+\d+ \((\S+)\)",
    topology_changes=r"Number of topology changes (\d+)",
    last_change_s=lambda t, m: duration(_group(t, r"last change occurred (\S+) ago")),
)
_PORTS_DETAIL = per_row(StpPort, r"^\s*Port \d+ \((?P<port>[^)]+)\) of (?P<instance>\S+) is "
                        r"(?P<role>\w+) (?P<state>\w+)",
                        convert={"role": stp_role, "state": stp_state,
                                 "instance": instance_name})
_PORTS_BRIEF = within_blocks(
    r"^(?P<instance>VLAN\d+|MST\d+)\s*$",
    per_row(StpPort, r"^(?P<port>\S+)\s+(?P<role>Root|Desg|Altn|Back|Mstr|Disa|Bound|root|"
                     r"designated|alternate|backup|master|disabled)\s+(?P<state>[A-Z]{3}\*?|"
                     r"forwarding|blocking|discarding|learning|listening|disabled|broken)\s+\d+",
            convert={"role": stp_role, "state": stp_state}),
    inherit={"instance": instance_name})


def _instances(facts: list[Any]) -> list[Any]:
    for fact in facts:
        if isinstance(fact, StpBridge):
            fact.instance = instance_name(fact.instance)
    return facts


def read_stp(records: Records | None, output: str) -> list[Any]:
    """Spanning tree from ``show spanning-tree detail`` (or the brief form)."""
    if re.search(r"No spanning tree instances? exist", output, re.I):
        return []
    return _instances(combine(_BRIDGE_DETAIL, _BRIDGE_BRIEF, _PORTS_DETAIL, _PORTS_BRIEF)(
        records, output))


MAC_TABLE = from_records(
    MacEntry,
    mac=lambda r: mac(str(field(r, "destination_address", "mac_address", default=""))),
    port=lambda r: _first(field(r, "destination_port", "port", default="")),
    vlan=lambda r: str(field(r, "vlan_id", "vlan", default="")),
    keep=lambda e: bool(e.port) and e.port.upper() not in ("CPU", "ROUTER", "SWITCH"),
)

_LOG_LINE = re.compile(r"%(?P<mnemonic>[A-Z0-9_]+-(?P<severity>[0-7])-[A-Z0-9_]+)")
_FLAP = re.compile(r"Host (?P<mac>\S+) in vlan (?P<vlan>\d+) is flapping between port "
                   r"(?P<a>\S+) and port (?P<b>\S+)", re.I)


def read_logs(_records: Records | None, output: str) -> list[Any]:
    """Syslog lines (``%FACILITY-SEVERITY-MNEMONIC``) from ``show logging``."""
    out: list[Any] = []
    for line in output.splitlines():
        m = _LOG_LINE.search(line)
        if m:
            out.append(LogLine(int(m.group("severity")), line.strip(), m.group("mnemonic")))
    return out


def read_mac_flaps(_records: Records | None, output: str) -> list[Any]:
    """MAC moves reported in the log (``%SW_MATM-4-MACFLAP_NOTIF``)."""
    return [MacMove(mac(m.group("mac")), [m.group("a"), m.group("b")], m.group("vlan"),
                    evidence=line.strip())
            for line in output.splitlines() if (m := _FLAP.search(line))]


BGP = unless(r"BGP not active", from_records(
    Neighbor, constants={"protocol": "bgp"}, peer="bgp_neighbor",
    state=lambda r: "Established" if str(r.get("state_or_prefixes_received", "")).isdigit()
    else r.get("state_or_prefixes_received"),
    established=lambda r: str(r.get("state_or_prefixes_received", "")).isdigit(),
    detail=lambda r: f"{r.get('bgp_neighbor')} AS {r.get('neighbor_as')} "
                     f"{r.get('state_or_prefixes_received')} up/down {r.get('up_down')}"))

OSPF = from_records(
    Neighbor, constants={"protocol": "ospf"}, peer="neighbor_id", state="state",
    interface="interface",
    established=lambda r: str(r.get("state", "")).upper().startswith(("FULL", "2WAY")),
    detail=lambda r: f"{r.get('neighbor_id')} {r.get('state')} on {r.get('interface')}")


_TEMP = re.compile(r"^(?P<spot>\w[\w ]*?) Temperature Value:\s*(?P<value>\d+)[^\n]*\n"
                   r"\s*Temperature State:\s*(?P<state>\w+)[^\n]*\n"
                   r"\s*Yellow Threshold\s*:\s*(?P<yellow>\d+)[^\n]*\n"
                   r"\s*Red Threshold\s*:\s*(?P<red>\d+)", re.M)


def read_temperature(_records: Records | None, output: str) -> list[Any]:
    """Temperature sensors (inlet, outlet, hotspot, CPU) of each stack member."""
    out: list[Any] = []
    for block in re.split(r"(?=^Switch \d+:)", output, flags=re.M):
        switch = _group(block, r"^Switch (\d+):") or "1"
        for m in _TEMP.finditer(block):
            state = m.group("state")
            out.append(Sensor("temperature", f"switch {switch} {m.group('spot').lower()}",
                              ok=state.upper() in ("GREEN", "OK"), status=state,
                              value=float(m.group("value")), warning=float(m.group("yellow")),
                              critical=float(m.group("red"))))
        if not _TEMP.search(block):
            state = _group(block, r"SYSTEM TEMPERATURE is (\w+)")
            if state:
                out.append(Sensor("temperature", f"switch {switch}", ok=state.upper() == "OK",
                                  status=state))
    return out


POWER = from_records(
    Sensor, constants={"kind": "power"},
    name=lambda r: f"PSU {r.get('ps_module') or r.get('ps')}",
    status=lambda r: r.get("status") or r.get("sys_pwr") or "",
    ok=lambda r: str(r.get("status") or r.get("sys_pwr") or "").upper() in ("OK", "GOOD"),
    keep=lambda s: (s.status or "").lower() not in ("not present", ""))

CDP = from_records(Adjacency, local_port="local_interface", neighbor="neighbor_name",
                   neighbor_port="neighbor_interface", constants={"protocol": "cdp"})
LLDP = from_records(Adjacency, local_port="local_interface",
                    neighbor=("neighbor_name", "chassis_id"),
                    neighbor_port=lambda r: lldp_port(r),
                    constants={"protocol": "lldp"})


def lldp_port(record: dict[str, Any]) -> str:
    """The neighbour's port: its port ID unless that is a MAC address, else the description."""
    port_id = str(record.get("neighbor_port_id") or "")
    if port_id and not re.fullmatch(r"[0-9a-fA-F.:-]{12,17}", port_id):
        return port_id
    return str(record.get("neighbor_interface") or port_id)


_ADJCHG = re.compile(r"%OSPF-5-ADJCHG: Process \S+, Nbr (?P<peer>\S+) on (?P<iface>\S+) from "
                     r"(?P<old>\S+) to (?P<new>\S+)")


def read_ospf_log(_records: Records | None, output: str) -> list[Any]:
    """Neighbours whose last adjacency change in the log went DOWN (a neighbour that is gone
    no longer shows in ``show ip ospf neighbor``)."""
    last: dict[str, tuple[str, str, str]] = {}
    for line in output.splitlines():
        m = _ADJCHG.search(line)
        if m:
            last[m.group("peer")] = (m.group("new"), m.group("iface"), line.strip())
    return [Neighbor("ospf", peer, state, established=False, interface=iface, detail=line)
            for peer, (state, iface, line) in last.items()
            if not state.upper().startswith(("FULL", "2WAY"))]


def _pri_addr(text: str, pattern: str, flags: int = 0) -> str:
    m = re.search(pattern, text, flags)
    return f"{m.group(1)}.{mac(m.group(2))}" if m else ""


def _group(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text)
    return m.group(1) if m else None


def _first(value: Any) -> str:
    return str(value[0] if isinstance(value, list) and value else value or "")


def _num(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


ADAPTER = GenericAdapter({
    "cpu": (Probe("show processes cpu sorted", CPU, intent="cpu"),),
    "memory": (Probe("show processes memory sorted", MEMORY, intent="memory"),),
    "interfaces": (Probe("show interfaces", INTERFACES, intent="interfaces_all"),),
    "errdisabled": (Probe("show interfaces status err-disabled", ERRDISABLED,
                          intent="interfaces_errdisabled", parse=True),),
    "stp": (Probe("show spanning-tree detail", read_stp),
            Probe("show spanning-tree", read_stp, intent="stp_all")),
    "mac": (Probe("show mac address-table", MAC_TABLE, intent="mac_all", parse=True),
            Probe("show logging", read_mac_flaps, intent="logs")),
    "bgp": (Probe("show ip bgp summary", BGP, intent="bgp_summary", parse=True,
                  optional=True),),
    "ospf": (Probe("show logging", read_ospf_log, intent="logs", optional=True),
             Probe("show ip ospf neighbor", OSPF, intent="ospf_neighbors", parse=True,
                   optional=True)),
    "environment": (Probe("show environment temperature", read_temperature,
                          intent="env_temperature", optional=True),
                    Probe("show environment power all", POWER, intent="env_power", parse=True,
                          optional=True)),
    "logs": (Probe("show logging", read_logs, intent="logs"),),
    "topology": (Probe("show cdp neighbors detail", CDP, intent="cdp_detail", parse=True,
                       optional=True),
                 Probe("show lldp neighbors detail", LLDP, intent="lldp_detail", parse=True,
                       optional=True)),
})
