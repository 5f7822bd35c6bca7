"""Arista EOS: which commands each health check runs and how to read them.

EOS prints ``show interfaces``, spanning-tree detail and syslog lines much like IOS; CPU and
memory come from ``top`` (``show processes top once``).
"""

from __future__ import annotations

import re
from typing import Any

from nlchat_plugins.cisco_ios.health import LLDP, read_logs, read_mac_flaps, read_stp
from nornir_nlchat.health.adapter import GenericAdapter, Probe, Records
from nornir_nlchat.health.facts import (
    Cpu,
    ErrDisabled,
    InterfaceStat,
    MacEntry,
    Memory,
    Neighbor,
    Sensor,
)
from nornir_nlchat.health.parsing import duration, mac
from nornir_nlchat.health.readers import from_records, per_block, per_row, unless


def read_top(_records: Records | None, output: str) -> list[Any]:
    """CPU (100 % minus idle) and memory (used less buffers and cache) from ``top``."""
    facts: list[Any] = []
    idle = re.search(r"%?Cpu\(s\):.*?([\d.]+)\s*%?\s*id\b", output)
    if idle:
        facts.append(Cpu(five_sec=round(100.0 - float(idle.group(1)), 1)))
    total = re.search(r"^(?:[KMG]iB )?Mem\s*:\s*([\d.]+)k?\s*total", output, re.M)
    if total:
        avail = re.search(r"([\d.]+)\s*avail Mem", output)
        if avail:
            used = float(total.group(1)) - float(avail.group(1))
        else:
            parts: dict[str, float] = {}
            for v, k in re.findall(r"([\d.]+)k?\s*(used|buffers|cached)\b", output):
                parts.setdefault(k, float(v))
            used = parts.get("used", 0.0) - parts.get("buffers", 0.0) - parts.get("cached", 0.0)
        facts.append(Memory(total=float(total.group(1)), used=max(0.0, used)))
    return facts


INTERFACES = per_block(
    InterfaceStat,
    r"^(?P<name>\S+) is (?:administratively )?\w+, line protocol is",
    oper_up=lambda text, m: bool(re.match(r"^\S+ is up, line protocol is up", text)),
    admin_up=lambda text, m: "administratively down" not in text.split("\n", 1)[0],
    in_packets=r"(\d+) packets input",
    in_errors=r"(\d+) input errors",
    crc=r"(\d+) CRC",
    out_errors=r"(\d+) output errors",
    in_discards=r"(\d+) input discards",
    out_discards=r"(\d+) output discards",
    flaps=r"(\d+) link status changes since last clear",
)

ERRDISABLED = per_row(ErrDisabled, r"^(?P<port>(?:Et|Ethernet|Po|Ma)\S+)\s+.*?"
                                   r"\berr-?disabled\s+(?P<reason>\S+)")

MAC_TABLE = from_records(
    MacEntry,
    mac=lambda r: mac(str(r.get("mac_address", ""))),
    port=lambda r: _first(r.get("destination_port")),
    vlan=lambda r: str(r.get("vlan_id", "")),
    moves=lambda r: r.get("moves") or None,
    last_move_s=lambda r: duration(r.get("last_move")),
    keep=lambda e: bool(e.port) and e.port.upper() not in ("CPU", "ROUTER"),
)

def _bgp_up(record: dict[str, Any]) -> bool:
    state = str(record.get("state") or "")
    return state.lower().startswith("estab") or (
        not state and str(record.get("state_pfxrcd", "")).isdigit())


BGP = unless(r"BGP (?:is )?(?:not|inactive)", from_records(
    Neighbor, constants={"protocol": "bgp"}, peer="bgp_neigh",
    state=lambda r: "Established" if _bgp_up(r) else (r.get("state") or r.get("state_pfxrcd")),
    established=_bgp_up,
    detail=lambda r: f"{r.get('bgp_neigh')} AS {r.get('neigh_as')} {r.get('state')} "
                     f"up/down {r.get('up_down')}"))

OSPF = from_records(
    Neighbor, constants={"protocol": "ospf"}, peer="neighbor_id", state="state",
    interface="interface",
    established=lambda r: str(r.get("state", "")).upper().startswith(("FULL", "2WAY")),
    detail=lambda r: f"{r.get('neighbor_id')} {r.get('state')} on {r.get('interface')}")

_TEMP_ROW = re.compile(r"^\s*(?P<id>\d+)\s+(?P<desc>\S.*?)\s+(?P<temp>\d+(?:\.\d+)?)C?\s+"
                       r"(?:\(\d+\)\s+[\d.]+\s+)?(?P<alert>\d+(?:\.\d+)?)\s+"
                       r"(?P<crit>\d+(?:\.\d+)?)(?:\s+(?P<status>[A-Za-z]\w*))?\s*$")


def read_temperature(_records: Records | None, output: str) -> list[Any]:
    """Sensors of ``show environment temperature``: value, alert and critical limits."""
    out: list[Any] = []
    module = ""
    for line in output.splitlines():
        head = re.match(r"^(\w[\w ]*\d+):\s*$", line)
        if head:
            module = head.group(1)
            continue
        m = _TEMP_ROW.match(line)
        if m:
            status = m.group("status") or ""
            out.append(Sensor("temperature", f"{module} {m.group('id')} {m.group('desc')}"
                              .strip(), ok=status.lower() in ("", "ok"), status=status,
                              value=float(m.group("temp")), warning=float(m.group("alert")),
                              critical=float(m.group("crit"))))
    return out


FANS = per_row(Sensor, r"^\s*(?P<name>\d+/\d+|PowerSupply\d+/\d+)\s+(?P<status>Not Inserted|"
                       r"[A-Za-z]\w*)\b", constants={"kind": "fan", "ok": True},
               keep=lambda s: s.status.lower() not in ("not inserted", "notinserted"))


def _fan_ok(facts: list[Any]) -> list[Any]:
    for fan in facts:
        fan.ok = fan.status.lower() == "ok"
        fan.name = f"fan {fan.name}"
    return facts


def read_fans(records: Records | None, output: str) -> list[Any]:
    """Fans of ``show environment cooling``."""
    return _fan_ok(FANS(records, output))


POWER = from_records(
    Sensor, constants={"kind": "power"},
    name=lambda r: f"PSU {r.get('power_supply_location') or r.get('power_supply_pid')}",
    status="power_supply_status",
    ok=lambda r: str(r.get("power_supply_status", "")).lower() == "ok",
    keep=lambda s: (s.status or "").lower() not in ("", "notinserted", "not inserted", "--"))



def _first(value: Any) -> str:
    return str(value[0] if isinstance(value, list) and value else value or "")


ADAPTER = GenericAdapter({
    "cpu": (Probe("show processes top once", read_top, intent="cpu"),),
    "memory": (Probe("show processes top once", read_top, intent="memory"),),
    "interfaces": (Probe("show interfaces", INTERFACES, intent="interfaces_all"),),
    "errdisabled": (Probe("show interfaces status errdisabled", ERRDISABLED,
                          intent="interfaces_errdisabled"),),
    "stp": (Probe("show spanning-tree detail", read_stp),),
    "mac": (Probe("show mac address-table", MAC_TABLE, intent="mac_all", parse=True),
            Probe("show logging", read_mac_flaps, intent="logs")),
    "bgp": (Probe("show ip bgp summary", BGP, intent="bgp_summary", parse=True,
                  optional=True),),
    "ospf": (Probe("show ip ospf neighbor", OSPF, intent="ospf_neighbors", parse=True,
                   optional=True),),
    "environment": (Probe("show environment temperature", read_temperature,
                          intent="env_temperature", optional=True),
                    Probe("show environment cooling", read_fans, intent="env_fans",
                          optional=True),
                    Probe("show environment power", POWER, intent="env_power", parse=True,
                          optional=True)),
    "logs": (Probe("show logging", read_logs, intent="logs"),),
    "topology": (Probe("show lldp neighbors detail", LLDP, intent="lldp_detail", parse=True,
                       optional=True),),
})
