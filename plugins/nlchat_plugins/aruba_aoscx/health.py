"""Aruba AOS-CX: which commands each health check runs and how to read them."""

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
from nornir_nlchat.health.parsing import duration, instance_name, mac, stp_role, stp_state
from nornir_nlchat.health.readers import (
    from_records,
    match_one,
    per_block,
    per_row,
)

CPU = match_one(Cpu, five_sec=r"^CPU usage\s*\(%\)\s*:\s*(\d+)",
                one_min=r"^CPU usage\s*\(%\)\s*:\s*\d+,\s*(\d+)",
                five_min=r"^CPU usage\s*\(%\)\s*:\s*\d+,\s*\d+,\s*(\d+)")


def read_memory(_records: Records | None, output: str) -> list[Any]:
    """``Memory usage (%): 31`` as a pool of 100."""
    m = re.search(r"Memory usage\s*\(%\)\s*:\s*(\d+)", output)
    return [Memory(total=100.0, used=float(m.group(1)))] if m else []


INTERFACES = per_block(
    InterfaceStat,
    r"^(?:Interface|Aggregate) (?P<name>\S+) is ",
    oper_up=lambda text, m: bool(re.match(r"^\w+ \S+ is up", text)),
    admin_up=lambda text, m: not re.search(r"Admin state is down", text, re.I),
    in_packets=lambda text, m: _rx(text, r"(\d+) total packets", "Packets"),
    in_errors=lambda text, m: _rx(text, r"(\d+) errors", "Errors"),
    crc=lambda text, m: _rx(text, r"(\d+) CRC/FCS", "CRC/FCS"),
    in_discards=lambda text, m: _rx(text, r"(\d+) dropped", "Dropped"),
    out_errors=lambda text, m: _tx(text, r"(\d+) errors", "Errors"),
    out_discards=lambda text, m: _tx(text, r"(\d+) dropped", "Dropped"),
    flaps=r"Link transitions:\s*(\d+)",
)


def _stat(text: str, row: str, column: int) -> int | None:
    """A counter from the ``Statistic  RX  TX  Total`` table of newer releases."""
    m = re.search(rf"^\s*{re.escape(row)}\s+(\S+)\s+(\S+)", text, re.M)
    value = m.group(column) if m else None
    return int(value) if value and value.isdigit() else None


def _rx(text: str, pattern: str, row: str) -> int | None:
    section = re.search(r"^\s*Rx\s*$(.*?)(?=^\s*Tx\s*$|\Z)", text, re.M | re.S)
    m = re.search(pattern, section.group(1)) if section else None
    return int(m.group(1)) if m else _stat(text, row, 1)


def _tx(text: str, pattern: str, row: str) -> int | None:
    section = re.search(r"^\s*Tx\s*$(.*)", text, re.M | re.S)
    m = re.search(pattern, section.group(1)) if section else None
    return int(m.group(1)) if m else _stat(text, row, 2)


ERRDISABLED = per_row(ErrDisabled, r"^\s*(?P<port>\d+/\d+/\d+|lag\d+)\s+.*?\bdown\s+"
                                   r"(?P<reason>(?:Disabled by|err-?disabled)\s*\S*)",
                      convert={"reason": lambda r: r.replace("Disabled by", "").strip()
                               or "err-disabled"})

def read_stp(_records: Records | None, output: str) -> list[Any]:
    """``show spanning-tree detail``: per instance the root and bridge IDs and port roles;
    the topology-change counters (printed once) go to the first instance."""
    if re.search(r"Spanning[- ]tree (?:status\s*:\s*)?(?:is )?disabled", output, re.I):
        return []
    facts: list[Any] = []
    marks = list(re.finditer(r"^(MST\d+|CIST|VLAN\d+)\s*$", output, re.M))
    for i, m in enumerate(marks):
        block = output[m.start():marks[i + 1].start() if i + 1 < len(marks) else len(output)]
        instance = instance_name(m.group(1))
        facts.append(StpBridge(instance=instance,
                               bridge_id=_pri_mac(block, "Bridge ID"),
                               root_id=_pri_mac(block, "Root ID")))
        for p in re.finditer(r"^(\d+/\d+/\d+|lag\d+)\s+(Root|Designated|Alternate|Backup|"
                             r"Disabled|Master)\s+(\w+)", block, re.M):
            facts.append(StpPort(p.group(1), stp_state(p.group(3)), stp_role(p.group(2)),
                                 instance))
    bridges = [f for f in facts if isinstance(f, StpBridge)]
    if bridges:
        changes = _group(output, r"Number of topology changes\s*:\s*(\d+)")
        bridges[0].topology_changes = int(changes) if changes else None
        bridges[0].last_change_s = duration(_group(
            output, r"Last topology change occurred\s*:\s*(.+?)(?: ago)?$"))
    return facts


MAC_TABLE = from_records(
    MacEntry, mac=lambda r: mac(str(r.get("mac_address", ""))),
    port=lambda r: str(r.get("port", "")), vlan=lambda r: str(r.get("vlan_id", "")),
    keep=lambda e: bool(e.port))

_EVENT = re.compile(r"\|(?P<level>LOG_\w+)\|")
_LEVELS = {"LOG_EMER": 0, "LOG_ALERT": 1, "LOG_CRIT": 2, "LOG_ERR": 3, "LOG_WARN": 4,
           "LOG_NOTICE": 5, "LOG_INFO": 6, "LOG_DEBUG": 7}
_FLAP = re.compile(r"MAC (?:address )?(?P<mac>[0-9a-fA-F:.-]{12,17}).*?(?:vlan|VLAN) "
                   r"(?P<vlan>\d+).*?(?:between|from) (?:port |interface )?(?P<a>\S+?),? "
                   r"(?:and|to) (?:port |interface )?(?P<b>\S+)", re.I)


def read_logs(_records: Records | None, output: str) -> list[Any]:
    """Event-log lines with their ``|LOG_*|`` severity (``show events -r``)."""
    out: list[Any] = []
    for line in output.splitlines():
        m = _EVENT.search(line)
        if m:
            level = m.group("level")
            out.append(LogLine(_LEVELS.get(level[:9], _LEVELS.get(level[:8], 6)), line.strip(),
                               level))
    return out


def read_mac_flaps(_records: Records | None, output: str) -> list[Any]:
    """MAC moves reported in the event log."""
    return [MacMove(mac(m.group("mac")), [m.group("a"), m.group("b")], m.group("vlan"),
                    evidence=line.strip())
            for line in output.splitlines() if (m := _FLAP.search(line))]



_OSPF_ROW = re.compile(r"^\s*(?P<peer>\d+\.\d+\.\d+\.\d+)\s+\d+\s+(?P<state>[A-Za-z0-9]+"
                       r"(?:/\S+)?)\s+.*?(?P<interface>\d+/\d+/\d+|vlan\d+|lag\d+)\s*$")


def read_ospf(_records: Records | None, output: str) -> list[Any]:
    """Rows of ``show ip ospf neighbors``."""
    return [Neighbor("ospf", m.group("peer"), m.group("state"),
                     established=m.group("state").upper().startswith(("FULL", "2WAY")),
                     interface=m.group("interface"), detail=line.strip())
            for line in output.splitlines() if (m := _OSPF_ROW.match(line))]


_BGP_ROW = re.compile(r"^\s*(?P<peer>\d+\.\d+\.\d+\.\d+|[0-9a-fA-F:]+:[0-9a-fA-F:]*)\s+"
                      r"(?P<asn>\d+)\s+\d+\s+\d+\s+\S+\s+(?P<state>[A-Za-z]\S*)")


def read_bgp(_records: Records | None, output: str) -> list[Any]:
    """Rows of ``show bgp ... summary`` (neighbour, AS, messages, up/down, state)."""
    found: dict[str, Any] = {}
    for line in output.splitlines():
        m = _BGP_ROW.match(line)
        if m:
            state = m.group("state")
            found[m.group("peer")] = Neighbor(
                "bgp", m.group("peer"), state, established=state.lower().startswith("estab"),
                detail=line.strip())
    return list(found.values())


def read_environment(_records: Records | None, output: str) -> list[Any]:
    """Temperature sensors, fans and PSUs (``show environment temperature|fan|power-supply``)."""
    out: list[Any] = []
    for m in re.finditer(r"^\s*(?P<name>\d+/\d+\S*)\s+(?P<desc>\S*?)\s+"
                         r"(?P<value>\d+(?:\.\d+)?)\s*C\s+(?P<status>normal|warning|critical|"
                         r"\w+)\s*$", output, re.M | re.I):
        out.append(Sensor("temperature", f"{m.group('name')} {m.group('desc')}".strip(),
                          ok=m.group("status").lower() == "normal", status=m.group("status"),
                          value=float(m.group("value"))))
    for m in re.finditer(r"^\s*(?P<name>\d+/\d+(?:/\d+)?)\s+(?P<model>\S+)\s+.*?\b(?P<status>OK|"
                         r"ok|Fault|Failed|Empty|Absent|Input Fault|No Power)\b", output, re.M):
        status = m.group("status")
        if status.lower() in ("empty", "absent"):
            continue
        kind = "fan" if re.search(r"fan", m.group("model"), re.I) else "power"
        out.append(Sensor(kind, m.group("name"), ok=status.lower() == "ok", status=status))
    return out


def read_lldp(_records: Records | None, output: str) -> list[Any]:
    """``show lldp neighbor-info detail``: one block per local port."""
    out: list[Any] = []
    for block in re.split(r"(?=^Port\s*:)", output, flags=re.M):
        port = _group(block, r"^Port\s*:\s*(\S+)")
        name = _group(block, r"Neighbor (?:Chassis|System)-Name\s*:\s*(\S.*?)\s*$") or _group(
            block, r"Neighbor Chassis-ID\s*:\s*(\S+)")
        if not port or not name:
            continue
        port_id = _group(block, r"Neighbor Port-ID\s*:\s*(\S+)") or ""
        if re.fullmatch(r"[0-9a-fA-Fx:.-]{12,17}", port_id):  # a MAC: use the description
            port_id = _group(block, r"Neighbor Port-Desc\s*:\s*(\S+)") or port_id
        out.append(Adjacency(port, name, port_id, "lldp"))
    return out


def _pri_mac(block: str, label: str) -> str:
    m = re.search(re.escape(label) + r"\s+Priority\s*:\s*(\d+)\s*\n\s*MAC-Address\s*:\s*(\S+)",
                  block)
    return f"{m.group(1)}.{mac(m.group(2))}" if m else ""


def _group(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text, re.I | re.M)
    return m.group(1).strip() if m else None


ADAPTER = GenericAdapter({
    "cpu": (Probe("show system resource-utilization", CPU, intent="cpu"),),
    "memory": (Probe("show system resource-utilization", read_memory, intent="memory"),),
    "interfaces": (Probe("show interface", INTERFACES, intent="interfaces_all"),),
    "errdisabled": (Probe("show interface brief", ERRDISABLED, intent="interfaces_brief"),),
    "stp": (Probe("show spanning-tree detail", read_stp),),
    "mac": (Probe("show mac-address-table", MAC_TABLE, intent="mac_all", parse=True),
            Probe("show events -r", read_mac_flaps, intent="logs_recent")),
    "bgp": (Probe("show bgp ipv4 unicast summary", read_bgp, intent="bgp_summary",
                  optional=True),),
    "ospf": (Probe("show ip ospf neighbors", read_ospf, intent="ospf_neighbors",
                   optional=True),),
    "environment": (Probe("show environment temperature", read_environment,
                          intent="env_temperature", optional=True),
                    Probe("show environment power-supply", read_environment,
                          intent="env_power", optional=True)),
    "logs": (Probe("show events -r", read_logs, intent="logs_recent"),),
    "topology": (Probe("show lldp neighbor-info detail", read_lldp, intent="lldp_detail",
                       optional=True),),
})
