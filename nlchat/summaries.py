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
    match = re.search(r"-?\d+(\.\d+)?", _text(value))
    return float(match.group()) if match else None


def cpu_figures(records: list[Record]) -> list[tuple[str, float]]:
    """(window, percent) pairs found in CPU records, e.g. [("5 s", 15.0), ("1 min", 14.0)].

    >>> cpu_figures([{"cpu_usage_5_sec": "15", "cpu_usage_1_min": "14", "cpu_usage_5_min": "13"}])
    [('5 s', 15.0), ('1 min', 14.0), ('5 min', 13.0)]
    >>> cpu_figures([{"global_cpu_percent_idle": "92.5"}])
    [('now', 7.5)]
    >>> cpu_figures([{"global_cpu_percent_user": "9.9", "global_cpu_percent_system": "4.2"}])
    [('now', 14.1)]
    """
    figures: list[tuple[str, float]] = []
    for record in records[:1]:
        cpu_keys = [k for k in record if "cpu" in k.lower() or "util" in k.lower()
                    or "load" in k.lower()]
        for label, pattern in _WINDOWS:
            for key in cpu_keys:
                if re.search(rf"(^|_)({pattern})($|_)", key.lower()):
                    number = _number(record[key])
                    if number is not None:
                        figures.append((label, number))
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
    >>> memory_figures({"interface": "Gi0/1"}) is None
    True
    """
    keys = [k for k in record if "mem" in k.lower() and not isinstance(record[k], list)]
    total = next((k for k in keys if "total" in k.lower()), None)
    used = next((k for k in keys if "used" in k.lower()), None)
    free = next((k for k in keys if "free" in k.lower()), None)
    total_value = _number(record[total]) if total else None
    if not total_value:
        return None
    if used and _number(record[used]) is not None:
        return _number(record[used]) or 0.0, total_value
    if free and _number(record[free]) is not None:
        return total_value - (_number(record[free]) or 0.0), total_value
    return None


def _memory(result: HostResult, records: list[Record]) -> str | None:
    figures = memory_figures(records[0])
    if figures is None:
        return None
    used, total = figures
    percent = 100.0 * used / total
    level = "high" if percent >= 90 else ("elevated" if percent >= 75 else "normal")
    return f"{result.host}: memory {percent:.0f} % used ({used:,.0f} of {total:,.0f}), {level}"


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
    if len(records) > 1 or intent.startswith(("interface", "vlan", "port", "lldp", "cdp",
                                              "bgp", "ospf")):
        candidates.append(_table(result, records, query))
    for line in candidates:
        if line:
            return line
    return _generic(result, records)
