"""HP / Aruba ProCurve (ArubaOS-Switch): which commands each health check runs and how to
read them. These switches run no BGP or OSPF here."""

from __future__ import annotations

import re
from typing import Any

from nornir_nlchat.health.adapter import GenericAdapter, Probe, Records
from nornir_nlchat.health.facts import (
    Adjacency,
    Cpu,
    InterfaceStat,
    LogLine,
    MacEntry,
    MacMove,
    Memory,
    Sensor,
    StpBridge,
    StpPort,
)
from nornir_nlchat.health.parsing import duration, integer, mac, number, stp_role, stp_state
from nornir_nlchat.health.readers import from_records, match_one, per_row

CPU = match_one(Cpu, five_sec=r"CPU Util \(%\)\s*:\s*(\d+)")


def read_memory(_records: Records | None, output: str) -> list[Any]:
    """``Memory - Total : 128,380,928`` and ``Free : 61,999,280`` from ``show system``."""
    total = re.search(r"Memory\s+-\s+Total\s*:\s*([\d,]+)", output)
    free = re.search(r"^\s*(?:CPU Util.*?)?Free\s*:\s*([\d,]+)", output, re.M)
    if not total or not free:
        return []
    t, f = number(total.group(1)) or 0.0, number(free.group(1)) or 0.0
    return [Memory(total=t, used=t - f)]


COUNTERS = per_row(InterfaceStat, r"^\s*(?P<name>[A-Z]?\d+(?:/\d+)?|Trk\d+)\s+[\d,]+\s+"
                                  r"(?P<in_packets>[\d,]+)\s+(?P<in_errors>[\d,]+)\s+"
                                  r"(?P<out_discards>[\d,]+)\s+\w+")
STATUS = per_row(InterfaceStat, r"^\s*(?P<name>[A-Z]?\d+(?:/\d+)?|Trk\d+)(?:-\w+)?\*?\s+"
                                r"(?:\S+\s+)?\|"
                                r"\s+\w+\s+(?P<admin_up>Yes|No)\s+(?P<oper_up>Up|Down)\b")


def read_stp(_records: Records | None, output: str) -> list[Any]:
    """``show spanning-tree``: the CST bridge, topology changes and port roles/states."""
    if re.search(r"STP Enabled\s*:\s*No", output):
        return []
    bridge_mac = _group(output, r"Switch MAC Address\s*:\s*(\S+)")
    bridge_pri = _group(output, r"Switch Priority\s*:\s*(\d+)")
    root_mac = _group(output, r"(?:CST )?Root MAC Address\s*:\s*(\S+)")
    root_pri = _group(output, r"(?:CST )?Root Priority\s*:\s*(\d+)")
    facts: list[Any] = [StpBridge(
        instance="0",
        bridge_id=f"{bridge_pri}.{mac(bridge_mac)}" if bridge_mac else "",
        root_id=f"{root_pri}.{mac(root_mac)}" if root_mac else "",
        root_port=_group(output, r"(?:CST )?Root Port\s*:\s*(\S+)") or "",
        topology_changes=integer(_group(output, r"Topology Change Count\s*:\s*([\d,]+)")),
        last_change_s=duration(_group(output, r"Time Since Last Change\s*:\s*(.+)")))]
    for m in re.finditer(r"^\s*(?P<port>[A-Z]?\d+(?:/\d+)?|Trk\d+)\s+\S+\s+\|\s+\S+\s+\d+\s+"
                         r"(?P<role>Root|Designated|Alternate|Backup|Disabled|Master)\s+"
                         r"(?P<state>Forwarding|Blocking|Learning|Listening|Disabled|"
                         r"Discarding)", output, re.M):
        facts.append(StpPort(m.group("port"), stp_state(m.group("state")),
                             stp_role(m.group("role")), "0"))
    return facts


MAC_TABLE = from_records(
    MacEntry, mac=lambda r: mac(str(r.get("mac_address", ""))),
    port=lambda r: str(r.get("port", "")), vlan=lambda r: str(r.get("vlan_id") or ""),
    keep=lambda e: bool(e.port))

_SEVERITY = {"M": 2, "E": 3, "W": 4, "I": 6, "D": 7}
_LOG = re.compile(r"^\s*(?P<sev>[IWMED])\s+\d\d/\d\d/\d\d\s+\S+\s+\d+\s+(?P<fac>[\w-]+):")
_FLAP = re.compile(r"port (?P<b>\S+?)-Excessive MAC moves\. MAC (?P<mac>\S+) moved from port "
                   r"(?P<a>\S+)", re.I)


def read_logs(_records: Records | None, output: str) -> list[Any]:
    """Event-log lines (``M`` major, ``E`` error, ``W`` warning, ``I`` info)."""
    out: list[Any] = []
    for line in output.splitlines():
        m = _LOG.match(line)
        if m:
            out.append(LogLine(_SEVERITY[m.group("sev")], line.strip(), m.group("fac")))
    return out


def read_mac_flaps(_records: Records | None, output: str) -> list[Any]:
    """MAC moves reported in the event log."""
    return [MacMove(mac(m.group("mac")), [m.group("a"), m.group("b")], "",
                    evidence=line.strip())
            for line in output.splitlines() if (m := _FLAP.search(line))]


def read_environment(_records: Records | None, output: str) -> list[Any]:
    """Fans, power supplies and temperatures (``show system fans|power-supply|temperature``)."""
    out: list[Any] = []
    for m in re.finditer(r"^\s*(?P<name>Sys-\d+|Fan-?\d+|\d+)\s*\|\s*(?:Fan )?(?P<state>OK|"
                         r"Fail\w*|Removed)\s*\|", output, re.M | re.I):
        if m.group("state").lower() != "removed":
            out.append(Sensor("fan", f"fan {m.group('name')}",
                              ok=m.group("state").upper() == "OK", status=m.group("state")))
    for m in re.finditer(r"^\s*(?P<ps>\d+)\s+\S+\s+\S+\s+(?P<state>Powered|Failed|Faulted|"
                         r"Aux Not Powered|Not Present)\b", output, re.M):
        if m.group("state") != "Not Present":
            out.append(Sensor("power", f"PSU {m.group('ps')}",
                              ok=m.group("state") == "Powered", status=m.group("state")))
    for m in re.finditer(r"^\s*(?P<name>Chassis|Sensor-?\d*|\w+)\s*\|\s*(?P<cur>\d+)C\s+\d+C\s+"
                         r"\d+C\s+(?P<thr>\d+)C\s+(?P<over>YES|NO)", output, re.M | re.I):
        out.append(Sensor("temperature", m.group("name"), ok=m.group("over").upper() == "NO",
                          status="over temperature" if m.group("over").upper() == "YES"
                          else "ok", value=float(m.group("cur")),
                          critical=float(m.group("thr"))))
    return out


def _lldp_port(record: dict[str, Any]) -> str:
    """The neighbour's port ID, or its description when the ID column cut it short."""
    port_id = str(record.get("neighbor_interface") or "")
    descr = str(record.get("neighbor_description") or "")
    return descr if descr.startswith(port_id) and len(descr) > len(port_id) else port_id


LLDP = from_records(Adjacency, local_port="local_interface",
                    neighbor=("neighbor_name", "chassis_id"), neighbor_port=_lldp_port,
                    constants={"protocol": "lldp"})


def _group(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text, re.M)
    return m.group(1).strip() if m else None


ADAPTER = GenericAdapter({
    "cpu": (Probe("show system", CPU, intent="cpu"),),
    "memory": (Probe("show system", read_memory, intent="memory"),),
    "interfaces": (Probe("show interfaces", COUNTERS, intent="interfaces_all"),
                   Probe("show interfaces brief", STATUS, intent="interfaces_brief")),
    "stp": (Probe("show spanning-tree", read_stp, intent="stp_summary"),),
    "mac": (Probe("show mac-address", MAC_TABLE, intent="mac_all", parse=True),
            Probe("show logging -r", read_mac_flaps, intent="logs_recent")),
    "environment": (Probe("show system fans", read_environment, intent="env_fans",
                          optional=True),
                    Probe("show system power-supply", read_environment, intent="env_power",
                          optional=True),
                    Probe("show system temperature", read_environment,
                          intent="env_temperature", optional=True)),
    "logs": (Probe("show logging -r", read_logs, intent="logs_recent"),),
    "topology": (Probe("show lldp info remote-device", LLDP, intent="lldp_neighbors",
                       parse=True, optional=True),),
}, unsupported={"bgp": "ProCurve access switches run no BGP.",
                "ospf": "ProCurve access switches run no OSPF here.",
                "errdisabled": "ProCurve reports disabled ports in the port status (see "
                               "interfaces)."})
