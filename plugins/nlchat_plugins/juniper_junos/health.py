"""Juniper Junos: which commands each health check runs and how to read them."""

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
from nornir_nlchat.health.parsing import duration, integer, mac, stp_role, stp_state
from nornir_nlchat.health.readers import from_records, per_block


def read_routing_engine(_records: Records | None, output: str) -> list[Any]:
    """CPU (100 - idle per window) and memory from ``show chassis routing-engine``."""
    facts: list[Any] = []
    windows: dict[str, float] = {}
    for label, key in (("5 sec CPU utilization", "five_sec"), ("1 min CPU utilization",
                                                                 "one_min"),
                       ("5 min CPU utilization", "five_min"), ("CPU utilization", "five_sec")):
        m = re.search(re.escape(label) + r":?.*?Idle\s+(\d+) percent", output, re.S)
        if m and key not in windows:
            windows[key] = 100.0 - float(m.group(1))
    if windows:
        facts.append(Cpu(**windows))
    mem = re.search(r"Memory utilization\s+(\d+) percent", output)
    if mem:
        facts.append(Memory(total=100.0, used=float(mem.group(1))))
    return facts


INTERFACES = per_block(
    InterfaceStat,
    r"^Physical interface: (?P<name>[^,\s]+),",
    oper_up=lambda text, m: bool(re.search(r"Physical link is Up", text.split("\n", 1)[0])),
    admin_up=lambda text, m: "Administratively down" not in text.split("\n", 1)[0],
    in_packets=r"Input\s+packets\s*:\s*(\d+)",
    in_errors=r"Input errors:?\s*(?:Errors:\s*)?(\d+)",
    out_errors=r"Output errors:?\s*(?:Carrier transitions: \d+, )?(?:Errors:\s*)?(\d+)",
    crc=r"CRC/Align errors\s*:?\s*(\d+)",
    in_discards=r"Input errors:\s*\n?\s*Errors: \d+, Drops:\s*(\d+)",
    out_discards=r"Output errors:\s*\n?\s*Carrier transitions: \d+, Errors: \d+, Drops:\s*(\d+)",
    flaps=r"Carrier transitions:\s*(\d+)",
    last_flap_s=lambda text, m: duration(_group(text, r"Last flapped\s*:.*\((.*?) ago\)")),
)

ERRDISABLED = from_records(
    ErrDisabled, port=lambda r: str(r.get("interface", "")).split(".")[0],
    reason=lambda r: " ".join(r["port_error"]) if isinstance(r.get("port_error"), list)
    else str(r.get("port_error") or "").strip(),
    keep=lambda e: bool(e.reason)
    and not re.fullmatch(r"(?:unblocked\s*)+|blocked by.*", e.reason, re.I))


def read_stp(_records: Records | None, output: str) -> list[Any]:
    """``show spanning-tree bridge`` plus ``show spanning-tree interface`` rows."""
    if re.search(r"STP (?:is )?not (?:running|enabled)|Spanning-tree is not", output, re.I):
        return []
    facts: list[Any] = []
    for block in re.split(r"(?=^\s*Context ID\s*:)", output, flags=re.M):
        changes = _group(block, r"Number of topology changes\s*:\s*(\d+)")
        bridge = _group(block, r"Local parameters.*?Bridge ID\s*:\s*(\S+)", re.S)
        if changes is None and bridge is None:
            continue
        facts.append(StpBridge(
            instance=_group(block, r"Context ID\s*:\s*(\d+)") or "0",
            bridge_id=_bridge_id(bridge), root_id=_bridge_id(_group(block, r"Root ID\s*:\s*"
                                                                            r"(\S+)")),
            root_port=_group(block, r"Root port\s*:\s*(\S+)") or "",
            topology_changes=integer(changes),
            last_change_s=duration(_group(block, r"Time since last topology change\s*:\s*(.+)"))))
    for m in re.finditer(r"^\s*(?P<port>(?:ge|xe|et|ae|mge)-?[\d/.:]+)\s+\S+\s+\S+\s+\S+\s+\d+\s+"
                         r"(?P<state>FWD|BLK|DIS|LRN|LIS)\s+(?P<role>\w+)", output, re.M):
        facts.append(StpPort(m.group("port"), stp_state(m.group("state")),
                             stp_role(m.group("role")), "0"))
    return facts


def _bridge_id(text: str | None) -> str:
    if not text:
        return ""
    m = re.match(r"(\d+)\.(.+)", text)
    return f"{m.group(1)}.{mac(m.group(2))}" if m else mac(text)


MAC_TABLE = from_records(
    MacEntry, mac=lambda r: mac(str(r.get("mac") or r.get("mac_address") or "")),
    port=lambda r: str(r.get("logical_interface") or r.get("interface") or "").split(".")[0],
    vlan=lambda r: str(r.get("vlan_id") or r.get("vlan_name") or r.get("vlan") or ""),
    keep=lambda e: bool(e.port))

_SEV_WORDS = ((2, re.compile(r"\b(?:emerg\w*|alert|crit\w*|fail(?:ed|ure)?|loop detected|"
                             r"alarm set)\b", re.I)),
              (3, re.compile(r"\berr(?:or)?\b|_DOWN\b|\bdown\b", re.I)),
              (4, re.compile(r"\bwarn\w*\b", re.I)))
_LOG = re.compile(r"^\w{3}\s+\d+\s+[\d:.]+\s+\S+\s+(?P<proc>[\w-]+)(?:\[\d+\])?:\s*"
                  r"(?:(?P<tag>[A-Z][A-Z0-9_]+):)?")
_FLAP = re.compile(r"MAC (?:address )?(?P<mac>[0-9a-fA-F:.-]{12,17}).*?(?:vlan|VLAN) "
                   r"(?P<vlan>\S+?),? .*?(?:between|from) (?:interface )?(?P<a>\S+?),? "
                   r"(?:and|to) (?:interface )?(?P<b>\S+)", re.I)


def read_logs(_records: Records | None, output: str) -> list[Any]:
    """Syslog lines of ``show log messages``; Junos prints no severity, so it is inferred
    from the words of the message (failures and alarms 2, errors and downs 3, warnings 4)."""
    out: list[Any] = []
    for line in output.splitlines():
        m = _LOG.match(line)
        if not m:
            continue
        severity = next((sev for sev, rx in _SEV_WORDS if rx.search(line)), 6)
        out.append(LogLine(severity, line.strip(), m.group("tag") or m.group("proc")))
    return out


def read_mac_flaps(_records: Records | None, output: str) -> list[Any]:
    """MAC moves reported in the log."""
    return [MacMove(mac(m.group("mac")), [m.group("a"), m.group("b")], m.group("vlan"),
                    evidence=line.strip())
            for line in output.splitlines() if (m := _FLAP.search(line))]


BGP = from_records(
    Neighbor, constants={"protocol": "bgp"}, peer="peer_ip",
    state=lambda r: "Established" if _bgp_up(r) else r.get("state"),
    established=lambda r: _bgp_up(r),
    detail=lambda r: f"{r.get('peer_ip')} AS {r.get('peer_as')} {r.get('state')} flaps "
                     f"{r.get('flaps')}")


def _bgp_up(record: dict[str, Any]) -> bool:
    state = str(record.get("state") or "")
    return state.lower().startswith("establ") or bool(re.fullmatch(r"[\d/]+", state))


OSPF = from_records(
    Neighbor, constants={"protocol": "ospf"}, peer=("neighbor_id", "ip_address"),
    state="state", interface="interface",
    established=lambda r: str(r.get("state", "")).lower() in ("full", "2way"),
    detail=lambda r: f"{r.get('neighbor_id')} {r.get('state')} on {r.get('interface')}")


def read_environment(_records: Records | None, output: str) -> list[Any]:
    """``show chassis environment``: class, item, status, measurement (class carries down)."""
    out: list[Any] = []
    cls = ""
    for line in output.splitlines():
        m = re.match(r"^(?P<cls>Temp|Fans|Power|Misc|FPC|Routing)?\s*(?P<item>\S.*?)\s{2,}"
                     r"(?P<status>OK|Failed|Absent|Check|Testing|Present)\s*(?P<measure>.*)$",
                     line)
        if not m:
            continue
        cls = m.group("cls") or cls
        status = m.group("status")
        if status in ("Absent", "Present"):
            continue
        kind = {"Temp": "temperature", "Fans": "fan", "Power": "power"}.get(cls, "other")
        temp = re.search(r"(\d+) degrees C", m.group("measure"))
        out.append(Sensor(kind, m.group("item").strip(), ok=status == "OK", status=status,
                          value=float(temp.group(1)) if temp else None))
    return out


LLDP = from_records(Adjacency, local_port="local_interface",
                    neighbor=("neighbor_name", "chassis_id"),
                    neighbor_port="neighbor_interface", constants={"protocol": "lldp"})


def _group(text: str, pattern: str, flags: int = re.M) -> str | None:
    m = re.search(pattern, text, flags)
    return m.group(1).strip() if m else None


ADAPTER = GenericAdapter({
    "cpu": (Probe("show chassis routing-engine", read_routing_engine, intent="cpu"),),
    "memory": (Probe("show chassis routing-engine", read_routing_engine, intent="memory"),),
    "interfaces": (Probe("show interfaces extensive", INTERFACES, intent="interfaces"),),
    "errdisabled": (Probe("show ethernet-switching interfaces", ERRDISABLED,
                          intent="interfaces_errdisabled", parse=True, optional=True),),
    "stp": (Probe("show spanning-tree bridge", read_stp, intent="stp_summary", optional=True),
            Probe("show spanning-tree interface", read_stp, intent="stp_interfaces",
                  optional=True)),
    "mac": (Probe("show ethernet-switching table", MAC_TABLE, intent="mac_table", parse=True,
                  optional=True),
            Probe("show log messages", read_mac_flaps, intent="logs")),
    "bgp": (Probe("show bgp summary", BGP, intent="bgp_summary", parse=True, optional=True),),
    "ospf": (Probe("show ospf neighbor", OSPF, intent="ospf_neighbors", parse=True,
                   optional=True),),
    "environment": (Probe("show chassis environment", read_environment, intent="environment",
                          optional=True),),
    "logs": (Probe("show log messages", read_logs, intent="logs"),),
    "topology": (Probe("show lldp neighbors", LLDP, intent="lldp_neighbors", parse=True,
                       optional=True),),
})
