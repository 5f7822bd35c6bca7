"""Cisco NX-OS: which commands each health check runs and how to read them.

NX-OS prints spanning tree, syslog lines and LLDP/CDP like IOS, so those readers are shared
with the IOS adapter.
"""

from __future__ import annotations

import re
from typing import Any

from nlchat_plugins.cisco_ios.health import CDP, LLDP, read_logs, read_mac_flaps, read_stp
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
from nornir_nlchat.health.parsing import duration, field, mac, number
from nornir_nlchat.health.readers import from_records, match_one, per_block, per_row, unless

CPU = match_one(Cpu, five_sec=r"CPU utilization for five seconds:\s*(\d+)%",
                one_min=r"one minute:\s*(\d+)%", five_min=r"five minutes:\s*(\d+)%")


def read_cpu_states(_records: Records | None, output: str) -> list[Any]:
    """CPU from ``show system resources`` (``CPU states : 3.5% user, ... 94.5% idle``)."""
    m = re.search(r"CPU states\s*:.*?([\d.]+)%\s*idle", output)
    return [Cpu(five_sec=round(100.0 - float(m.group(1)), 1))] if m else []


MEMORY = match_one(Memory, total=r"Memory usage:\s*(\d+)K total",
                   used=r"Memory usage:\s*\d+K total,\s*(\d+)K used", require=("total", "used"))

INTERFACES = per_block(
    InterfaceStat,
    r"^(?P<name>\S+) is (?:administratively )?(?:up|down)\b",
    oper_up=lambda text, m: bool(re.match(r"^\S+ is up", text)),
    admin_up=lambda text, m: not re.search(r"admin state is down|Administratively down",
                                           text, re.I),
    in_packets=r"(\d+) input packets",
    in_errors=r"(\d+) input error",
    crc=r"(\d+) CRC",
    out_errors=r"(\d+) output error",
    in_discards=r"(\d+) input discard",
    out_discards=r"(\d+) output discard",
    last_flap_s=lambda text, m: duration(_group(text, r"Last link flapped\s+(.+)")),
)

ERRDISABLED = per_row(ErrDisabled, r"^(?P<port>(?:Eth|Ethernet|Po|port-channel|mgmt)\S+)\s+.*?"
                                   r"\b(?P<reason>\S*[Ee]rr\S*(?:\s+\S*[Ee]rr\S*)?)",
                      convert={"reason": lambda r: "err-disabled" if r.lower().startswith(
                          "err-disabl") else r})

MAC_TABLE = from_records(
    MacEntry,
    mac=lambda r: mac(str(r.get("mac_address", ""))),
    port=lambda r: str(field(r, "ports", "port", default="")),
    vlan=lambda r: str(r.get("vlan_id", "")),
    keep=lambda e: bool(e.port) and e.port.lower() != "drop"
    and not e.port.lower().startswith(("sup-", "(r)", "vpc peer")),
)

BGP = unless(r"BGP (?:is )?not (?:active|running|enabled)|Invalid command", from_records(
    Neighbor, constants={"protocol": "bgp"}, peer="bgp_neigh",
    state=lambda r: "Established" if str(r.get("state_pfxrcd", "")).isdigit()
    else r.get("state_pfxrcd"),
    established=lambda r: str(r.get("state_pfxrcd", "")).isdigit(),
    detail=lambda r: f"{r.get('bgp_neigh')} AS {r.get('neigh_as')} {r.get('state_pfxrcd')} "
                     f"up/down {r.get('up_down')}"))

OSPF = from_records(
    Neighbor, constants={"protocol": "ospf"}, peer="neighbor_id", state="state",
    interface="interface",
    established=lambda r: str(r.get("state", "")).upper().startswith(("FULL", "2WAY")),
    detail=lambda r: f"{r.get('neighbor_id')} {r.get('state')} on {r.get('interface')}")


def read_environment(records: Records | None, _output: str) -> list[Any]:
    """Power supplies, fans and temperature sensors from ``show environment``."""
    out: list[Any] = []
    for r in records or []:
        if r.get("power_supply"):
            status = str(r.get("power_supply_status", ""))
            if status.lower() not in ("absent", ""):
                out.append(Sensor("power", f"PSU {r['power_supply']}",
                                  ok=status.lower() in ("ok", "powered-up"), status=status))
        if r.get("fan"):
            status = str(r.get("fan_status", ""))
            if status.lower() not in ("absent", ""):
                out.append(Sensor("fan", str(r["fan"]), ok=status.lower() == "ok",
                                  status=status))
        if r.get("temperature_sensor"):
            status = str(r.get("temperature_status", ""))
            out.append(Sensor("temperature",
                              f"module {r.get('temperature_module')} "
                              f"{r['temperature_sensor']}".strip(),
                              ok=status.lower() in ("ok", "normal", ""), status=status,
                              value=number(r.get("temperature_current")),
                              warning=number(r.get("temperature_minor_thresh")),
                              critical=number(r.get("temperature_major_thresh"))))
    return out


def _group(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text)
    return m.group(1).strip() if m else None


ADAPTER = GenericAdapter({
    "cpu": (Probe("show processes cpu", CPU, intent="cpu"),),
    "memory": (Probe("show system resources", MEMORY, intent="memory"),),
    "interfaces": (Probe("show interface", INTERFACES, intent="interfaces_all"),),
    "errdisabled": (Probe("show interface status err-disabled", ERRDISABLED,
                          intent="interfaces_errdisabled"),),
    "stp": (Probe("show spanning-tree detail", read_stp),
            Probe("show spanning-tree", read_stp, intent="stp_all")),
    "mac": (Probe("show mac address-table", MAC_TABLE, intent="mac_all", parse=True),
            Probe("show logging last 200", read_mac_flaps, intent="logs_recent")),
    "bgp": (Probe("show ip bgp summary", BGP, intent="bgp_summary", parse=True,
                  optional=True),),
    "ospf": (Probe("show ip ospf neighbors", OSPF, intent="ospf_neighbors", parse=True,
                   optional=True),),
    "environment": (Probe("show environment", read_environment, intent="environment",
                          parse=True, optional=True),),
    "logs": (Probe("show logging last 200", read_logs, intent="logs_recent"),),
    "topology": (Probe("show cdp neighbors detail", CDP, intent="cdp_detail", parse=True,
                       optional=True),
                 Probe("show lldp neighbors detail", LLDP, intent="lldp_detail", parse=True,
                       optional=True)),
})
