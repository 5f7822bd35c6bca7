"""Short answers for a person, from parsed records: a sentence, not a dump.

Vendor-neutral: records from different templates name their fields differently, so the
summaries look for field *shapes* (``cpu`` + ``5 sec`` / ``1 min`` / ``5 min``, a status
field, an interface field) rather than one template's names. When nothing was parsed the
answer says so honestly and points to the raw output; device state is never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from nlchat.answer import HostResult

Record = dict[str, Any]

_WINDOWS = (("5 s", r"5_?s(ec)?|five_?sec"), ("1 min", r"1_?m(in)?|one_?min"),
            ("5 min", r"5_?m(in)?|five_?min"))
STATUS_KEYS = ("link_status", "status", "link", "protocol_status", "state", "port_state",
                "admin_state", "oper_status", "line_status")
_INTERFACE_KEYS = ("interface", "port", "intf", "name")
_DOWN = re.compile(r"\b(down|notconnect|disabled|err-?disabled|inactive|dn|not ?present)\b",
                   re.I)
_UP = re.compile(r"\b(up|connected|active|enabled)\b", re.I)
_VERSION_KEYS = (("version", "version"), ("os_version", "version"), ("os", "version"),
                 ("junos_version", "version"), ("image", "version"),
                 ("software_version", "version"), ("hardware", "model"), ("model", "model"),
                 ("platform", "model"), ("uptime", "up"), ("serial", "serial"))


def _first(record: Record, keys: Iterable[str]) -> tuple[str, Any] | None:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return key, value
    return None


def _text(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _number(value: Any) -> float | None:
    match = re.search(r"-?\d+(\.\d+)?", re.sub(r"(?<=\d),(?=\d{3})", "", _text(value)))
    return float(match.group()) if match else None


def cpu_figures(records: list[Record]) -> list[tuple[str, float]]:
    """(window, percent) pairs found in CPU records, e.g. [("5 s", 15.0), ("1 min", 14.0)].

    >>> cpu_figures([{"cpu_usage_5_sec": "15", "cpu_usage_1_min": "14", "cpu_usage_5_min": "13"}])
    [('5 s', 15.0), ('1 min', 14.0), ('5 min', 13.0)]
    >>> cpu_figures([{"global_cpu_percent_idle": "92.5"}])
    [('now', 7.5)]
    >>> cpu_figures([{"global_cpu_percent_user": "9.9", "global_cpu_percent_system": "4.2"}])
    [('now', 14.1)]
    >>> cpu_figures([{"cpu_idle_5_sec": "87", "cpu_idle_1_min": "90", "cpu_idle_5_min": "91"}])
    [('5 s', 13.0), ('1 min', 10.0), ('5 min', 9.0)]
    """
    figures: list[tuple[str, float]] = []
    for record in records[:1]:
        cpu_keys = [k for k in record if "cpu" in k.lower() or "util" in k.lower()
                    or "load" in k.lower()]
        for label, pattern in _WINDOWS:
            for key in cpu_keys:
                if re.search(rf"(^|_)({pattern})($|_)", key.lower()):
                    number = _number(record[key])
                    if number is not None:  # an idle figure (Junos) is turned into busy
                        figures.append((label, round(100 - number, 1) if "idle" in key.lower()
                                        else number))
                        break
        if not figures:
            idle = next((k for k in cpu_keys if "idle" in k.lower()), None)
            busy = [k for k in cpu_keys if re.search(r"user|system|sys$|kernel", k.lower())]
            if idle is not None and _number(record[idle]) is not None:
                figures.append(("now", round(100 - (_number(record[idle]) or 0.0), 1)))
            elif busy:
                figures.append(("now", round(sum(_number(record[k]) or 0.0 for k in busy), 1)))
            else:
                number = next((n for n in (_number(record[k]) for k in cpu_keys)
                               if n is not None), None)
                if number is not None:
                    figures.append(("now", number))
    return figures


def _cpu(result: HostResult, records: list[Record]) -> str | None:
    figures = cpu_figures(records)
    if not figures:
        return None
    peak = max(value for _, value in figures)
    level = "high" if peak >= 80 else ("elevated" if peak >= 60 else "normal")
    shown = ", ".join(f"{value:g} % ({label})" for label, value in figures)
    return f"{result.host}: CPU {shown}, {level}"


def memory_figures(record: Record) -> tuple[float, float] | None:
    """(used, total) from a memory record, whatever the template calls them.

    >>> memory_figures({"memory_total": "8000", "memory_used": "2000"})
    (2000.0, 8000.0)
    >>> memory_figures({"total_memory": "8000", "free_memory": "6000"})
    (2000.0, 8000.0)
    >>> memory_figures({"mem_tot": "128,380,928", "mem_free": "61,999,280"})
    (66381648.0, 128380928.0)
    >>> memory_figures({"memory_total": "16384", "memory_utilization": "41"})
    (6717.44, 16384.0)
    >>> memory_figures({"interface": "Gi0/1"}) is None
    True
    """
    keys = [k for k in record if "mem" in k.lower() and not isinstance(record[k], list)]
    total = next((k for k in keys if re.search(r"tot(al)?($|_)", k.lower())), None)
    used = next((k for k in keys if "used" in k.lower()), None)
    free = next((k for k in keys if "free" in k.lower()), None)
    percent = memory_percent(record)
    total_value = _number(record[total]) if total else None
    if not total_value:
        return None
    if used and _number(record[used]) is not None:
        return _number(record[used]) or 0.0, total_value
    if free and _number(record[free]) is not None:
        return total_value - (_number(record[free]) or 0.0), total_value
    if percent is not None:
        return round(total_value * percent / 100, 2), total_value
    return None


def memory_percent(record: Record) -> float | None:
    """The memory used in per cent, where a record gives only that (``memory_usage`` 30).

    >>> memory_percent({"cpu_usage": "11", "memory_usage": "30"})
    30.0
    >>> memory_percent({"memory_total": "8000"}) is None
    True
    """
    key = next((k for k in record if "mem" in k.lower() and not isinstance(record[k], list)
                and re.search(r"util|usage|percent|pct", k.lower())), None)
    return _number(record[key]) if key is not None else None


def _memory(result: HostResult, records: list[Record]) -> str | None:
    figures = memory_figures(records[0])
    if figures is None:
        percent_only = memory_percent(records[0])
        if percent_only is None:
            return None
        level = "high" if percent_only >= 90 else ("elevated" if percent_only >= 75
                                                    else "normal")
        return f"{result.host}: memory {percent_only:.0f} % used, {level}"
    used, total = figures
    percent = 100.0 * used / total
    level = "high" if percent >= 90 else ("elevated" if percent >= 75 else "normal")
    factor = mebibytes_per(memory_unit(result, records[0]))
    sizes = (f"{used:,.0f} of {total:,.0f}" if factor is None else
             _sizes(used * factor, total * factor))
    return f"{result.host}: memory {percent:.0f} % used ({sizes}), {level}"


_MEBIBYTES = {"b": 1 / 1048576, "byte": 1 / 1048576, "bytes": 1 / 1048576,
              "k": 1 / 1024, "kb": 1 / 1024, "kib": 1 / 1024, "kbytes": 1 / 1024,
              "m": 1.0, "mb": 1.0, "mib": 1.0, "g": 1024.0, "gb": 1024.0, "gib": 1024.0}


def mebibytes_per(unit: str | None) -> float | None:
    """How many MB (2**20 bytes) one ``unit`` is, or None for an unknown unit.

    >>> mebibytes_per("kB"), mebibytes_per("MiB"), mebibytes_per("parsecs")
    (0.0009765625, 1.0, None)
    """
    return _MEBIBYTES.get(unit.strip().lower()) if unit else None


def memory_unit(result: HostResult, record: Record) -> str | None:
    """The unit of a memory record's sizes: the record's own (``global_mem_unit: KiB``),
    else the one the platform's catalog declares for the command (``CommandSpec.units``)."""
    for key, value in record.items():
        low = key.lower()
        if "mem" in low and "unit" in low and "swap" not in low and isinstance(value, str) \
                and value.strip():
            return value.strip()
    return catalog_units(result.platform, result.command)


def catalog_units(platform: str, command: str | None) -> str | None:
    """``CommandSpec.units`` of the catalog entry that renders ``command`` (no slots)."""
    from nornir_nlchat.errors import NLChatError
    from nornir_nlchat.platforms.registry import get_platform

    if not command:
        return None
    try:
        plugin = get_platform(platform)
    except NLChatError:
        return None
    wanted = " ".join(command.split()).lower()
    for spec in plugin.commands:
        if spec.units and " ".join(spec.command.split()).lower() == wanted:
            return spec.units
    return None


def _sizes(used_mb: float, total_mb: float) -> str:
    """``"1.2 of 4.0 GB"`` or ``"310 of 1,024 MB"``."""
    if total_mb >= 10240:
        return f"{used_mb / 1024:,.1f} of {total_mb / 1024:,.1f} GB"
    return f"{used_mb:,.0f} of {total_mb:,.0f} MB"


def _version(result: HostResult, records: list[Record]) -> str | None:
    record = records[0]
    parts: list[str] = []
    seen: set[str] = set()
    for key, label in _VERSION_KEYS:
        if label in seen or record.get(key) in (None, "", []):
            continue
        seen.add(label)
        parts.append(f"{label} {_text(record[key])}" if label != "version"
                     else f"version {_text(record[key])}")
    return f"{result.host}: " + "; ".join(parts) if parts else None


def row_status(record: Record) -> str | None:
    """The status a record carries (``up``, ``down``, ``connected``...), if any."""
    found = _first(record, STATUS_KEYS)
    return _text(found[1]) if found else None


def row_name(record: Record) -> str:
    """The interface / port / neighbour a record is about."""
    found = _first(record, _INTERFACE_KEYS)
    return _text(found[1]) if found else "?"


def is_down(record: Record) -> bool:
    """True when the record's status says down / not connected / disabled."""
    status = row_status(record)
    return bool(status and _DOWN.search(status))


def _table(result: HostResult, records: list[Record], query: str) -> str | None:
    statuses = [(row_name(r), row_status(r)) for r in records]
    if not any(status for _, status in statuses):
        return None
    down = [name for name, status in statuses if status and _DOWN.search(status)]
    up = [name for name, status in statuses if status and not _DOWN.search(status)
          and _UP.search(status)]
    wants_down = bool(re.search(r"\b(down|dead|not up|offline|disabled|broken)\b", query, re.I))
    wants_up = bool(re.search(r"\b(up|online|working)\b", query, re.I)) and not wants_down
    if wants_down:
        shown = ", ".join(down[:20]) + (" …" if len(down) > 20 else "")
        return (f"{result.host}: {len(down)} of {len(records)} down" +
                (f": {shown}" if down else ""))
    if wants_up:
        shown = ", ".join(up[:20]) + (" …" if len(up) > 20 else "")
        return f"{result.host}: {len(up)} of {len(records)} up" + (f": {shown}" if up else "")
    return f"{result.host}: {len(records)} entries, {len(up)} up, {len(down)} down"


def _peer_state(record: Record) -> tuple[str, str] | None:
    peer = next((k for k in record if re.search(r"neighbou?r|peer", k) and
                 not re.search(r"as$|_as|asn|interface|descr|count|local", k)), None)
    state = next((k for k in record if re.search(r"state|status|adjacency|pfxrcd", k)), None)
    if peer is None or state is None:
        return None
    return _text(record[peer]), _text(record[state])


def _adjacencies(result: HostResult, records: list[Record], protocol: str) -> str | None:
    """BGP / OSPF neighbours: how many, and which are not up."""
    pairs = [p for p in (_peer_state(r) for r in records) if p is not None]
    if not pairs:
        return None
    good = re.compile(r"^\d+$|establ|full|up\b", re.I)
    down = [peer for peer, state in pairs if not good.search(state.strip())]
    detail = (": not established " + ", ".join(f"{p}" for p in down[:10])) if down else ""
    return (f"{result.host}: {len(pairs)} {protocol} neighbour(s), "
            f"{len(pairs) - len(down)} up{detail}")


def _neighbours(result: HostResult, records: list[Record]) -> str | None:
    """LLDP / CDP: which devices are connected on which ports."""
    name_key = next((k for k in records[0] if re.search(r"neighbou?r(_name)?$|system_name|"
                                                       r"destination_host|device_id", k)), None)
    if name_key is None:
        return None
    names = sorted({_text(r.get(name_key)) for r in records if r.get(name_key)})
    return f"{result.host}: {len(records)} neighbour(s): " + ", ".join(names[:12])


_ERROR_KEY = re.compile(r"err|discard|drop|crc|fcs|runt|giant|collision|undersize|symbol",
                        re.I)


def _errors(result: HostResult, records: list[Record]) -> str | None:
    """Interface error counters: which ports have errors, and how many.

    >>> r = HostResult("SW1", "cisco_ios", "show interfaces counters errors", parsed=[
    ...     {"interface": "Gi0/1", "fcs_err": "0", "outdiscards": "25"},
    ...     {"interface": "Gi0/2", "fcs_err": "0", "outdiscards": "0"}])
    >>> _errors(r, r.parsed or [])
    'SW1: 1 of 2 interfaces with errors or discards: Gi0/1 (outdiscards 25)'
    """
    rows = []
    for record in records:
        counts = {k: n for k, v in record.items() if _ERROR_KEY.search(k)
                  and not isinstance(v, list) and (n := _number(v)) is not None}
        if counts:
            rows.append((row_name(record), counts))
    if not rows:
        return None
    bad = [(name, counts) for name, counts in rows if any(counts.values())]
    if not bad:
        return f"{result.host}: no errors or discards on {len(rows)} interface(s)"
    shown = ", ".join(f"{name} (" + ", ".join(f"{k.replace('_', ' ')} {v:g}" for k, v in
                                               counts.items() if v) + ")"
                      for name, counts in bad[:8])
    more = " …" if len(bad) > 8 else ""
    return (f"{result.host}: {len(bad)} of {len(rows)} interfaces with errors or discards: "
            f"{shown}{more}")


def _key(record: Record, pattern: str) -> str | None:
    return next((k for k in record if re.search(pattern, k.lower())), None)


def _routes(result: HostResult, records: list[Record]) -> str | None:
    """Route tables: how many routes, by protocol, and the default route's next hop.

    >>> r = HostResult("R1", "juniper_junos", "show route", parsed=[
    ...     {"network": "0.0.0.0", "prefix_length": "0", "protocol": "Static",
    ...      "nexthop_ip": ["10.0.0.1"]},
    ...     {"network": "10.1.0.0", "prefix_length": "24", "protocol": "OSPF"},
    ...     {"network": "10.2.0.0", "prefix_length": "24", "protocol": "OSPF"}])
    >>> _routes(r, r.parsed or [])
    'R1: 3 routes (2 ospf, 1 static); default route via 10.0.0.1'
    """
    network = _key(records[0], r"^(network|prefix|destination|route)$")
    if network is None:
        return None
    proto = _key(records[0], r"^protocol$|^proto$|^type$")
    counts: dict[str, int] = {}
    for record in records:
        value = record.get(proto) if proto else None
        name = (_text(value[0] if isinstance(value, list) and value else value or "?")
                .strip().lower() or "?")
        counts[name] = counts.get(name, 0) + 1
    shown = ", ".join(f"{n} {p}" for p, n in sorted(counts.items(), key=lambda i: -i[1])[:6])
    line = f"{result.host}: {len(records)} routes ({shown})"
    default = next((r for r in records if r.get(network) in ("0.0.0.0", "0.0.0.0/0", "::/0")
                    and str(r.get("prefix_length", "0")) == "0"), None)
    if default is not None:
        hop_key = _key(default, r"next_?hop(_ip)?$|^nexthop$|^gateway$")
        hop = default.get(hop_key) if hop_key else None
        hop_text = _text(hop[0] if isinstance(hop, list) and hop else hop or "")
        line += f"; default route via {hop_text}" if hop_text else "; default route present"
    return line


def _entries(result: HostResult, records: list[Record], what: str) -> str | None:
    """MAC / ARP tables: how many entries, on how many ports and VLANs.

    >>> r = HostResult("SW1", "cisco_ios", "show mac address-table", parsed=[
    ...     {"destination_address": "aabb.cc00.0001", "vlan_id": "10",
    ...      "destination_port": ["Gi1/0/1"]},
    ...     {"destination_address": "aabb.cc00.0002", "vlan_id": "20",
    ...      "destination_port": ["Gi1/0/1"]}])
    >>> _entries(r, r.parsed or [], "MAC address")
    'SW1: 2 MAC address entries on 1 port(s) in 2 VLAN(s)'
    """
    if _key(records[0], r"mac|address|ip") is None:
        return None
    port_key = _key(records[0], r"port|interface|intf")
    vlan_key = _key(records[0], r"^vlan(_id)?$")

    def distinct(key: str | None) -> int:
        values = set()
        for record in records:
            value = record.get(key) if key else None
            values.add(_text(value[0] if isinstance(value, list) and value else value or ""))
        return len(values - {""})

    line = f"{result.host}: {len(records)} {what} entries"
    if port_key and distinct(port_key):
        line += f" on {distinct(port_key)} port(s)"
    if vlan_key and distinct(vlan_key):
        line += f" in {distinct(vlan_key)} VLAN(s)"
    return line


def _inventory(result: HostResult, records: list[Record]) -> str | None:
    """Hardware inventory: how many parts, and the first (the chassis) with its serial."""
    model_key = _key(records[0], r"^(pid|model|part|descr|description|chassis_description|"
                                 r"chassis)$")
    serial_key = _key(records[0], r"^(sn|serial|serial_number|chassis_serial(_number)?)$")
    if model_key is None and serial_key is None:
        return None
    first = records[0]
    parts = [_text(first[model_key]) for _ in [0] if model_key and first.get(model_key)]
    if serial_key and first.get(serial_key):
        parts.append(f"serial {_text(first[serial_key])}")
    return (f"{result.host}: {len(records)} inventory item(s); "
            + (" ".join(parts) if parts else "no model or serial shown"))


def _logs(result: HostResult, records: list[Record]) -> str | None:
    """Log buffers: how many messages, how many at error severity or worse, the last one."""
    message = _key(records[0], r"^(message|msg|text|description)$")
    if message is None:
        return None
    severity = _key(records[0], r"^(severity|level|sev)$")
    serious = sum(1 for r in records if severity and re.fullmatch(  # syslog 0-3, AOS-S E/M
        r"[0-3]|[EM]|(LOG_)?(emerg\w*|alert|crit\w*|err\w*)", _text(r.get(severity, ""))
        .strip(), re.I))
    last = records[-1]
    mnemonic = next((k for k in ("mnemonic", "event", "tag", "process") if last.get(k)), None)
    text = " ".join(_text(last.get(message, "")).split())
    label = f"{_text(last[mnemonic])}: " if mnemonic and last.get(mnemonic) else ""
    worse = f", {serious} at error severity or worse" if severity else ""
    return (f"{result.host}: {len(records)} log message(s){worse}; last entry: "
            f"{label}{text[:100]}")


def _stp(result: HostResult, records: list[Record]) -> str | None:
    """Spanning tree: ports forwarding / blocking (which), and who the root bridge is.

    >>> r = HostResult("SW1", "arista_eos", "show spanning-tree", parsed=[
    ...     {"interface": "Et1", "status": "forwarding", "root_address": "0069.f5d7.75d6",
    ...      "bridge_address": "004e.e751.0778"},
    ...     {"interface": "Et2", "status": "BLK", "root_address": "0069.f5d7.75d6",
    ...      "bridge_address": "004e.e751.0778"}])
    >>> _stp(r, r.parsed or [])
    'SW1: 2 spanning-tree port entries: 1 forwarding, 1 blocking (Et2); root bridge 0069.f5d7.75d6'
    """
    first = records[0]
    if "forwarding" in first and "blocking" in first:  # per-VLAN counts ("summary")
        fwd = sum(int(_number(r.get("forwarding")) or 0) for r in records)
        blk = sum(int(_number(r.get("blocking")) or 0) for r in records)
        root = _text(first.get("root_bridge_for") or "").strip()
        root_text = f"; root bridge for {root}" if root and root.lower() != "none" else ""
        return (f"{result.host}: {len(records)} spanning-tree instance(s), {fwd} port(s) "
                f"forwarding, {blk} blocking{root_text}")
    state_key = _key(first, r"^(status|state|port_state|sts)$")
    if state_key is None:
        return None
    states = [(row_name(r), _text(r.get(state_key, "")).lower()) for r in records]
    fwd = sum(1 for _, st in states if re.match(r"fwd|forward", st))
    blocked = list(dict.fromkeys(name for name, st in states
                                 if re.match(r"blk|block|discard|bkn", st)))
    line = (f"{result.host}: {len(records)} spanning-tree port entries: {fwd} forwarding, "
            f"{len(blocked)} blocking" + (f" ({', '.join(blocked[:10])})" if blocked else ""))
    root_id, own_id = first.get("root_address"), first.get("bridge_address")
    if root_id and own_id and root_id == own_id:
        line += "; this switch is the root bridge"
    elif root_id:
        line += f"; root bridge {_text(root_id)}"
    return line


def _lags(result: HostResult, records: list[Record]) -> str | None:
    """Port-channels / LAGs: each with its flags or mode and its member ports.

    >>> r = HostResult("SW1", "cisco_nxos", "show port-channel summary", parsed=[
    ...     {"bundle_name": "Po1", "bundle_status": "SU",
    ...      "member_interface": ["Eth1/5", "Eth1/6"]}])
    >>> _lags(r, r.parsed or [])
    'SW1: 1 port-channel(s): Po1 (SU; members Eth1/5, Eth1/6)'
    """
    name_key = _key(records[0], r"^(bundle_name|aggregate|port_channel|lag|trunk|bundle)$")
    if name_key is None:
        return None
    if "interface" in records[0]:  # LACP member-port rows
        return _lacp_members(result, records, name_key)
    member_key = _key(records[0], r"^(member_interface|interfaces|members|ports)$")
    state_key = _key(records[0], r"^(bundle_status|status|state|mode)$")
    shown = []
    for record in records[:8]:
        members = record.get(member_key) if member_key else None
        member_text = (", ".join(members) if isinstance(members, list)
                       else ", ".join(_text(members or "").split()))
        detail = "; ".join(part for part in (
            _text(record.get(state_key) or "") if state_key else "",
            f"members {member_text}" if member_text else "") if part)
        shown.append(f"{_text(record[name_key])}" + (f" ({detail})" if detail else ""))
    return f"{result.host}: {len(records)} port-channel(s): " + ", ".join(shown)


def _lacp_members(result: HostResult, records: list[Record], channel_key: str) -> str:
    """LACP member ports by channel, the partner system, and members not bundled / up.

    >>> r = HostResult("SW1", "arista_eos", "show lacp neighbor", parsed=[
    ...     {"port_channel": "Po1", "interface": "Et5", "status": "Bundled",
    ...      "partner_system_id": "8000,0069.f5d7.75d6"},
    ...     {"port_channel": "Po1", "interface": "Et6", "status": "Standby",
    ...      "partner_system_id": "8000,0069.f5d7.75d6"}])
    >>> _lacp_members(r, r.parsed or [], "port_channel")[:61]
    'SW1: 2 LACP member port(s): Po1: Et5, Et6; partner 8000,0069.'
    >>> _lacp_members(r, r.parsed or [], "port_channel")[61:]
    'f5d7.75d6; not bundled: Et6 (Standby)'
    """
    groups: dict[str, list[str]] = {}
    for record in records:
        groups.setdefault(_text(record.get(channel_key) or "?"), []).append(row_name(record))
    partner_key = _key(records[0], r"^partner_system_id$")
    partners = sorted({_text(r[partner_key]) for r in records
                       if partner_key and r.get(partner_key)})
    state_key = _key(records[0], r"^(status|state)$")
    odd = [f"{row_name(r)} ({_text(r[state_key])})" for r in records if state_key
           and r.get(state_key) and not re.search(r"bundl|^up$|^p$", _text(r[state_key]), re.I)]
    line = (f"{result.host}: {len(records)} LACP member port(s): "
            + "; ".join(f"{name}: {', '.join(ports)}" for name, ports in groups.items()))
    if partners:
        line += f"; partner {', '.join(partners[:3])}"
    return line + (f"; not bundled: {', '.join(odd[:8])}" if odd else "")


_ENV_NAME_KEYS = ("item", "sensor", "fan", "psu", "name", "slot", "module", "description")
_ENV_BAD = re.compile(r"fail|fault|alarm|critical|not ?ok|check|warn|error|shutdown|"
                      r"\bdown\b|\bover\b|\byes\b", re.I)
_ENV_ABSENT = re.compile(r"not ?present|absent|empty|not ?installed", re.I)


def _environment(result: HostResult, records: list[Record]) -> str | None:
    """Sensors, fans, power supplies: how many, which are not OK, the hottest reading.

    >>> r = HostResult("R1", "juniper_junos", "show chassis environment", parsed=[
    ...     {"item": "CPU", "status": "OK", "temperature": "53"},
    ...     {"item": "Fan 2", "status": "Failed", "temperature": ""}])
    >>> _environment(r, r.parsed or [])
    'R1: 2 environment readings, 1 not OK: Fan 2 (Failed); highest temperature 53 °C'
    """
    rows = [(r, _first(r, STATUS_KEYS) or _first(r, [k for k in r if re.search(
        r"(state|status|alert|over_threshold)$", k.lower())])) for r in records]
    if not any(status for _, status in rows):
        return None
    bad = []
    for record, status in rows:
        text = _text(status[1]) if status else ""
        if text and _ENV_BAD.search(text) and not _ENV_ABSENT.search(text):
            found = _first(record, _ENV_NAME_KEYS)
            bad.append(f"{_text(found[1]) if found else '?'} ({text})")
    temps = [n for r in records for k, v in r.items()
             if "temp" in k.lower() and not re.search(r"min|max|thresh|over", k.lower())
             and (n := _number(v)) is not None]
    state = (f"{len(bad)} not OK: " + ", ".join(bad[:8])) if bad else "all OK"
    hottest = f"; highest temperature {max(temps):g} °C" if temps else ""
    plural = "s" if len(records) != 1 else ""
    return f"{result.host}: {len(records)} environment reading{plural}, {state}{hottest}"


def _generic(result: HostResult, records: list[Record]) -> str:
    record = records[0]
    parts = [f"{k.replace('_', ' ')} {_text(v)}" for k, v in record.items()
             if v not in (None, "", [])][:4]
    more = f" (+{len(records) - 1} more)" if len(records) > 1 else ""
    return f"{result.host}: " + "; ".join(parts) + more if parts else \
        f"{result.host}: {len(records)} records"


def summarize(result: HostResult, intent: str | None, query: str = "") -> str:
    """One or two lines that answer the question for one host.

    >>> r = HostResult("SW1", "cisco_ios", "show processes cpu sorted",
    ...                parsed=[{"cpu_usage_5_sec": "91", "cpu_usage_1_min": "85",
    ...                         "cpu_usage_5_min": "40"}])
    >>> summarize(r, "cpu")
    'SW1: CPU 91 % (5 s), 85 % (1 min), 40 % (5 min), high'
    """
    if result.failed:
        return f"{result.host}: failed — {result.error}"
    records = result.parsed or []
    if not records:
        lines = [line for line in result.output.strip().splitlines() if line.strip()]
        if not lines:
            return f"{result.host}: the device answered with no output."
        if result.parse_error and "not parsed" not in result.parse_error:
            return (f"{result.host}: could not parse the output; raw output below "
                    f"(--raw). First line: {lines[0].strip()[:100]}")
        return f"{result.host}: {len(lines)} lines of output (--raw shows them)."
    intent = intent or ""
    candidates = []
    if intent.startswith("cpu"):
        candidates.append(_cpu(result, records))
    if intent.startswith("memory"):
        candidates.append(_memory(result, records))
    if intent in ("version", "uptime"):
        candidates.append(_version(result, records))
    if intent.startswith(("bgp", "ospf")):
        candidates.append(_adjacencies(result, records, intent.split("_")[0].upper()))
    if intent.startswith(("lldp", "cdp")):
        candidates.append(_neighbours(result, records))
    if intent.startswith(("env", "environment")):
        candidates.append(_environment(result, records))
    if intent.endswith("_errors"):
        candidates.append(_errors(result, records))
    if intent.startswith("route") and intent != "route_summary":
        candidates.append(_routes(result, records))
    if intent.startswith(("mac", "arp")):
        candidates.append(_entries(result, records, "MAC address" if intent.startswith("mac")
                                   else "ARP"))
    if intent in ("inventory", "modules", "serial"):
        candidates.append(_inventory(result, records))
    if intent.startswith("logs"):
        candidates.append(_logs(result, records))
    if intent.startswith("stp"):
        candidates.append(_stp(result, records))
    if intent.startswith(("port_channel", "lacp")):
        candidates.append(_lags(result, records))
    if len(records) > 1 or intent.startswith(("interface", "vlan", "port", "lldp", "cdp",
                                              "bgp", "ospf")):
        candidates.append(_table(result, records, query))
    for line in candidates:
        if line:
            return line
    return _generic(result, records)
