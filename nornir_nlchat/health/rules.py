"""From facts to verdicts: the engine's judgement, the same for every vendor.

:func:`evaluate` grades one host's facts from one poll. Rates (errors, topology changes,
flaps, MAC moves) need the previous poll: pass the host's :class:`Baseline` (the monitor
keeps one per host) and it is updated in place. Without one, only what a single look can
tell is judged.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nornir_nlchat.health.facts import (
    Cpu,
    ErrDisabled,
    Facts,
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
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.health.verdict import Status, Verdict, grade, utcnow

MAX_EVIDENCE = 10


@dataclass
class CheckResult:
    """One check on one host in one poll.

    Attributes:
        summary: The device-level verdict (subject ``""``): worst status, headline value.
        items: Per-subject verdicts (an interface, a neighbour, a sensor) for checks that
            look at many things; only the ones worth telling (not ok) plus, for numeric
            subjects, ok ones whose value matters for clearing.
        per_subject: Alerts follow ``items`` (True) or ``summary`` (False).
    """

    summary: Verdict
    items: list[Verdict] = field(default_factory=list)
    per_subject: bool = False

    @property
    def host(self) -> str:
        """The host."""
        return self.summary.host

    @property
    def check(self) -> str:
        """The check."""
        return self.summary.check

    @property
    def status(self) -> Status:
        """The summary's status."""
        return self.summary.status

    def alertable(self) -> list[Verdict]:
        """The verdicts alerts are kept on."""
        return list(self.items) if self.per_subject else [self.summary]

    def verdicts(self) -> list[Verdict]:
        """Summary first, then the items."""
        return [self.summary, *self.items]

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {**self.summary.to_dict(), "items": [v.to_dict() for v in self.items]}


@dataclass
class Baseline:
    """What the previous polls of one host left behind, for rates and changes."""

    ran_at: dict[str, datetime] = field(default_factory=dict)
    counters: dict[str, dict[str, Any]] = field(default_factory=dict)
    seen_up: set[str] = field(default_factory=set)
    neighbors: dict[str, set[str]] = field(default_factory=dict)
    topology_changes: dict[str, int] = field(default_factory=dict)
    stp_states: dict[str, str] = field(default_factory=dict)
    churn: deque[set[str]] = field(default_factory=lambda: deque(maxlen=16))
    roots: dict[str, str] = field(default_factory=dict)
    mac_ports: dict[tuple[str, str], str] = field(default_factory=dict)
    mac_moves: dict[tuple[str, str], int] = field(default_factory=dict)
    log_seen: deque[str] = field(default_factory=lambda: deque(maxlen=5000))
    mac_log_seen: deque[str] = field(default_factory=lambda: deque(maxlen=2000))
    polls: int = 0

    def elapsed(self, check: str, now: datetime) -> float | None:
        """Seconds since ``check`` last ran on this host (None the first time)."""
        before = self.ran_at.get(check)
        if before is None:
            return None
        return max(0.001, (now - before).total_seconds())


Rule = Callable[[str, Facts, Thresholds, "Baseline | None", datetime], CheckResult]


def evaluate(host: str, facts: Facts, thresholds: Thresholds | None = None,
             baseline: Baseline | None = None, at: datetime | None = None
             ) -> list[CheckResult]:
    """Grade one host's facts, check by check (the checks that ran or failed).

    Args:
        host: The host's inventory name.
        facts: What the adapter extracted (``facts.ran`` and ``facts.errors`` say which
            checks ran).
        thresholds: Thresholds (defaults when None).
        baseline: The host's memory of earlier polls; updated in place.
        at: When the facts were collected (now by default).
    """
    thresholds = thresholds or Thresholds()
    at = at or utcnow()
    results: list[CheckResult] = []
    for check, why in facts.errors.items():
        if check == "reachability":
            continue
        results.append(CheckResult(Verdict(host, check, Status.UNKNOWN,
                                           message=f"could not check: {why}", at=at)))
    for check in facts.ran:
        rule = RULES.get(check)
        if rule is None:
            continue
        results.append(rule(host, facts, thresholds, baseline, at))
        if baseline is not None:
            baseline.ran_at[check] = at
    if baseline is not None:
        baseline.polls += 1
    return results


def reachability(host: str, error: str | None, kind: str | None = None,
                 at: datetime | None = None) -> CheckResult:
    """The ``reachability`` verdict: critical when the device could not be polled."""
    at = at or utcnow()
    if error:
        return CheckResult(Verdict(host, "reachability", Status.CRITICAL, value=0.0,
                                   message=f"cannot poll the device ({kind or 'error'}): "
                                           f"{error}", evidence=[error],
                                   details={"error_kind": kind}, at=at))
    return CheckResult(Verdict(host, "reachability", Status.OK, value=1.0,
                               message="reachable", at=at))


# --- device-level numbers -------------------------------------------------------------------

def _cpu(host: str, facts: Facts, t: Thresholds, _b: Baseline | None, at: datetime
         ) -> CheckResult:
    cpu = facts.first(Cpu)
    if cpu is None:
        return CheckResult(Verdict(host, "cpu", Status.UNKNOWN,
                                   message="no CPU figure in the output", at=at))
    windows = {"five_sec": cpu.five_sec, "one_min": cpu.one_min, "five_min": cpu.five_min}
    value = windows[t.cpu_window]
    if value is None:
        value = next((v for v in windows.values() if v is not None), None)
    status, threshold = grade(value, t.cpu_warning, t.cpu_critical)
    shown = ", ".join(f"{name.replace('_', ' ')} {v:g} %" for name, v in windows.items()
                      if v is not None)
    message = (f"CPU {value:g} % ({t.cpu_window.replace('_', ' ')}), threshold "
               f"{threshold:g} %" if value is not None else "no CPU figure")
    return CheckResult(Verdict(host, "cpu", status, value=value, threshold=threshold, unit="%",
                               message=message, evidence=[f"CPU {shown}"],
                               details={k: v for k, v in windows.items()}, at=at))


def _memory(host: str, facts: Facts, t: Thresholds, _b: Baseline | None, at: datetime
            ) -> CheckResult:
    pools = facts.get(Memory)
    if not pools:
        return CheckResult(Verdict(host, "memory", Status.UNKNOWN,
                                   message="no memory figure in the output", at=at))
    worst = max(pools, key=lambda m: m.percent)
    status, threshold = grade(worst.percent, t.memory_warning, t.memory_critical)
    evidence = [f"{m.pool}: {m.used:g} used of {m.total:g} ({m.percent:g} %)" for m in pools]
    return CheckResult(Verdict(host, "memory", status, value=worst.percent, threshold=threshold,
                               unit="%", message=f"memory {worst.percent:g} % used "
                                                 f"({worst.pool}), threshold {threshold:g} %",
                               evidence=evidence, details={"pool": worst.pool}, at=at))


# --- interfaces -------------------------------------------------------------------------------

def merged(facts: list[Any], key: Callable[[Any], Any]) -> list[Any]:
    """Join facts about the same thing from several commands: later non-blank fields win
    (a port's counters from one command and its state from another)."""
    from dataclasses import fields, replace

    out: dict[Any, Any] = {}
    for fact in facts:
        k = key(fact)
        if k not in out:
            out[k] = replace(fact)
            continue
        current = out[k]
        for f in fields(fact):
            value = getattr(fact, f.name)
            if value not in (None, "", []):
                setattr(current, f.name, value)
    return list(out.values())


def _errors(stat: InterfaceStat) -> int | None:
    parts = [p for p in (max(stat.in_errors or 0, stat.crc or 0) if
                         (stat.in_errors is not None or stat.crc is not None) else None,
                         stat.out_errors) if p is not None]
    return sum(parts) if parts else None


def _discards(stat: InterfaceStat) -> int | None:
    parts = [p for p in (stat.in_discards, stat.out_discards) if p is not None]
    return sum(parts) if parts else None


def _rate(now: int | None, before: int | None, elapsed: float | None) -> float | None:
    if now is None or before is None or elapsed is None:
        return None
    delta = now - before if now >= before else now  # counters cleared in between
    return delta * 60.0 / elapsed


def _interfaces(host: str, facts: Facts, t: Thresholds, b: Baseline | None, at: datetime
                ) -> CheckResult:
    stats = merged(facts.get(InterfaceStat), lambda f: f.name)
    errdisabled = {e.port for e in facts.get(ErrDisabled)}
    elapsed = b.elapsed("interfaces", at) if b is not None else None
    items: list[Verdict] = []
    for stat in stats:
        findings: list[tuple[Status, str, float | None, float | None, str]] = []
        prev = b.counters.get(stat.name) if b is not None else None
        errors, discards = _errors(stat), _discards(stat)
        error_rate = _rate(errors, prev.get("errors") if prev else None, elapsed)
        if error_rate is not None:
            status, thr = grade(error_rate, t.errors_per_min_warning, t.errors_per_min_critical)
            if status.bad:
                findings.append((status, f"errors rising {error_rate:.1f}/min (CRC "
                                 f"{stat.crc}, in {stat.in_errors}, out {stat.out_errors})",
                                 round(error_rate, 2), thr, "/min"))
        elif errors and stat.in_packets:
            ratio = errors / max(1, stat.in_packets)
            if ratio >= t.error_ratio_warning:
                findings.append((Status.WARNING, f"{errors} errors for {stat.in_packets} "
                                 f"packets in (CRC {stat.crc}) since the counters were cleared",
                                 float(errors), None, "errors"))
        discard_rate = _rate(discards, prev.get("discards") if prev else None, elapsed)
        if discard_rate is not None and discard_rate >= t.discards_per_min_warning:
            findings.append((Status.WARNING, f"discards rising {discard_rate:.0f}/min",
                             round(discard_rate, 1), t.discards_per_min_warning, "/min"))
        flaps = _flaps(stat, prev, elapsed) if stat.name not in errdisabled else 0
        if flaps:
            status, thr = grade(flaps, t.flaps_warning, t.flaps_critical)
            if status.bad:
                findings.append((status, f"link flapped {flaps} time(s) since the last poll",
                                 float(flaps), thr, "flaps"))
        if (b is not None and stat.oper_up is False and stat.admin_up is not False
                and stat.name in b.seen_up and stat.name not in errdisabled):
            findings.append((Status.CRITICAL, "link went down", 0.0, None, ""))
        if findings:
            worst = max(findings, key=lambda f: f[0].rank)
            items.append(Verdict(host, "interfaces", worst[0], subject=stat.name,
                                 value=worst[2], threshold=worst[3], unit=worst[4],
                                 message="; ".join(f[1] for f in findings),
                                 evidence=[f"{stat.name}: {f[1]}" for f in findings], at=at))
        if b is not None:
            b.counters[stat.name] = {"errors": errors, "discards": discards,
                                     "flaps": stat.flaps, "oper_up": stat.oper_up}
            if stat.oper_up:
                b.seen_up.add(stat.name)
            elif stat.admin_up is False:
                b.seen_up.discard(stat.name)
    return _summary(host, "interfaces", items, at, f"{len(stats)} interfaces",
                    "interface(s) with problems")


def _flaps(stat: InterfaceStat, prev: dict[str, Any] | None, elapsed: float | None) -> int:
    if prev is not None and stat.flaps is not None and prev.get("flaps") is not None:
        return max(0, stat.flaps - int(prev["flaps"]))
    if stat.last_flap_s is not None and elapsed is not None:
        return 1 if stat.last_flap_s < elapsed else 0
    return 0  # a link that went down is reported as such; one that came back is fine


def _errdisabled(host: str, facts: Facts, _t: Thresholds, _b: Baseline | None, at: datetime
                 ) -> CheckResult:
    items = [Verdict(host, "errdisabled", Status.CRITICAL, subject=e.port, value=1.0,
                     message=f"err-disabled ({e.reason or 'no reason given'})",
                     evidence=[f"{e.port} err-disabled {e.reason}".strip()], at=at)
             for e in facts.get(ErrDisabled)]
    return _summary(host, "errdisabled", items, at, "no err-disabled port",
                    "err-disabled port(s)")


# --- spanning tree and MAC moves ----------------------------------------------------------

def _stp(host: str, facts: Facts, t: Thresholds, b: Baseline | None, at: datetime
         ) -> CheckResult:
    bridges = merged(facts.get(StpBridge), lambda f: f.instance)
    ports = merged(facts.get(StpPort), lambda f: (f.instance, f.port))
    if not bridges and not ports:
        return CheckResult(Verdict(host, "stp", Status.OK, message="spanning tree not running",
                                   details={"running": False}, at=at))
    elapsed = b.elapsed("stp", at) if b is not None else None
    findings: list[tuple[Status, str]] = []
    evidence: list[str] = []
    rate: float | None = None
    for br in bridges:
        key = br.instance or "0"
        if b is not None and br.topology_changes is not None:
            r = _rate(br.topology_changes, b.topology_changes.get(key), elapsed)
            if r is not None:
                rate = max(rate or 0.0, r)
            b.topology_changes[key] = br.topology_changes
    value: float | None = rate
    threshold: float | None = t.topology_changes_per_min_warning
    unit = "/min"
    if rate is not None:
        status, threshold = grade(rate, t.topology_changes_per_min_warning,
                                  t.topology_changes_per_min_critical)
        if status.bad:
            findings.append((status, f"{rate:.1f} topology changes per minute"))
    else:
        recent = [br for br in bridges if br.last_change_s is not None
                  and br.last_change_s <= t.topology_change_recent_s]
        if recent:
            findings.append((Status.WARNING, "topology changed "
                             f"{min(br.last_change_s or 0 for br in recent):g} s ago "
                             f"({len(recent)} instance(s))"))
        counts = [br.topology_changes for br in bridges if br.topology_changes is not None]
        value, threshold, unit = (float(max(counts)) if counts else None), None, "changes"
    for br in bridges:
        if br.topology_changes is not None:
            ago = f", last {br.last_change_s:g} s ago" if br.last_change_s is not None else ""
            evidence.append(f"instance {br.instance or '-'}: {br.topology_changes} topology "
                            f"changes{ago}")
    churned: list[str] = []
    if b is not None:
        changed: set[str] = set()
        for p in ports:
            key = f"{p.instance}|{p.port}"
            before = b.stp_states.get(key)
            if before is not None and before != p.state and "forwarding" in (before, p.state):
                changed.add(p.port)
                evidence.append(f"{p.port} (instance {p.instance or '-'}): {before} → {p.state}")
            b.stp_states[key] = p.state
        b.churn.append(changed)
        window = list(b.churn)[-t.stp_churn_window:]
        flips: dict[str, int] = {}
        for polled in window:
            for port in polled:
                flips[port] = flips.get(port, 0) + 1
        churned = sorted(p for p, n in flips.items() if n >= t.stp_churn_warning)
        if churned:
            findings.append((Status.WARNING, "ports changing between blocking and forwarding: "
                             + ", ".join(churned)))
        for br in bridges:
            key = br.instance or "0"
            before_root = b.roots.get(key)
            if before_root and br.root_id and before_root != br.root_id:
                findings.append((Status.WARNING, f"root bridge changed in instance {key}: "
                                 f"{before_root} → {br.root_id}"))
            if br.root_id:
                b.roots[key] = br.root_id
    status = Status.worst(f[0] for f in findings)
    message = "; ".join(f[1] for f in findings) or (
        f"{rate:.1f} topology changes per minute" if rate is not None else "stable")
    details = {"running": True, "tc_per_min": rate, "churn_ports": churned,
               "blocking": sorted({p.port for p in ports if p.state == "blocking"}),
               "bridge_ids": sorted({br.bridge_id for br in bridges if br.bridge_id})}
    return CheckResult(Verdict(host, "stp", status, value=value, threshold=threshold, unit=unit,
                               message=message, evidence=evidence[:MAX_EVIDENCE],
                               details=details, at=at))


def _mac(host: str, facts: Facts, t: Thresholds, b: Baseline | None, at: datetime
         ) -> CheckResult:
    moves: dict[tuple[str, str], dict[str, Any]] = {}

    def note(vlan: str, mac: str, ports: list[str], count: int, why: str) -> None:
        entry = moves.setdefault((vlan, mac), {"vlan": vlan, "mac": mac, "ports": [],
                                               "count": 0, "evidence": []})
        for port in ports:
            if port and port not in entry["ports"]:
                entry["ports"].append(port)
        entry["count"] += count
        if why and len(entry["evidence"]) < 3:
            entry["evidence"].append(why)

    by_mac: dict[tuple[str, str], list[str]] = {}
    for e in facts.get(MacEntry):
        key = (e.vlan, e.mac.lower())
        by_mac.setdefault(key, [])
        if e.port not in by_mac[key]:
            by_mac[key].append(e.port)
        if b is not None and e.moves is not None:
            before = b.mac_moves.get(key)
            if before is not None and e.moves > before:
                note(e.vlan, key[1], [e.port], e.moves - before,
                     f"{key[1]} vlan {e.vlan}: {e.moves - before} moves (device counter)")
            b.mac_moves[key] = e.moves
    for (vlan, mac), ports in by_mac.items():
        if len(ports) > 1:
            note(vlan, mac, ports, len(ports) - 1,
                 f"{mac} vlan {vlan} learnt on {', '.join(ports)} at once")
        elif b is not None:
            before_port = b.mac_ports.get((vlan, mac))
            if before_port and before_port != ports[0]:
                note(vlan, mac, [before_port, ports[0]], 1,
                     f"{mac} vlan {vlan} moved {before_port} → {ports[0]}")
    if b is not None:
        b.mac_ports = {k: v[-1] for k, v in by_mac.items()} or b.mac_ports
    moves_logged = facts.get(MacMove)
    if b is not None:  # a log line is news once; the first poll only learns the buffer
        first = "mac" not in b.ran_at
        seen = set(b.mac_log_seen)
        fresh = [mv for mv in moves_logged if not mv.evidence or mv.evidence not in seen]
        b.mac_log_seen.extend(mv.evidence for mv in fresh if mv.evidence)
        moves_logged = [] if first else fresh
    for mv in moves_logged:
        note(mv.vlan, mv.mac.lower(), mv.ports, mv.count, mv.evidence)
    total = sum(m["count"] for m in moves.values())
    status, threshold = grade(float(total), t.mac_moves_warning, t.mac_moves_critical)
    evidence = [line for m in moves.values() for line in m["evidence"]][:MAX_EVIDENCE]
    message = (f"{total} MAC move(s) for {len(moves)} address(es)" if moves
               else "no MAC moves")
    return CheckResult(Verdict(host, "mac", status, value=float(total), threshold=threshold,
                               unit="moves", message=message, evidence=evidence,
                               details={"moves": [{k: v for k, v in m.items() if k != "evidence"}
                                                  for m in moves.values()]}, at=at))


# --- neighbours, environment, logs ---------------------------------------------------------

def _neighbors(protocol: str) -> Rule:
    def rule(host: str, facts: Facts, _t: Thresholds, b: Baseline | None, at: datetime
             ) -> CheckResult:
        found = merged([n for n in facts.get(Neighbor) if n.protocol == protocol],
                       lambda n: n.peer)
        items = [Verdict(host, protocol, Status.CRITICAL, subject=n.peer, value=0.0,
                         message=f"{protocol.upper()} neighbour {n.peer} is {n.state}, not "
                                 "established", evidence=[n.detail or f"{n.peer} {n.state}"],
                         details={"state": n.state, "interface": n.interface}, at=at)
                 for n in found if not n.established]
        if b is not None:
            now_peers = {n.peer for n in found}
            seen = b.neighbors.setdefault(protocol, set())
            for peer in sorted(seen - now_peers):
                items.append(Verdict(host, protocol, Status.CRITICAL, subject=peer, value=0.0,
                                     message=f"{protocol.upper()} neighbour {peer} is gone "
                                             "from the neighbour table",
                                     evidence=[f"{peer} was a neighbour in an earlier poll"],
                                     details={"state": "missing"}, at=at))
            seen |= {n.peer for n in found if n.established}
        up = sum(1 for n in found if n.established)
        return _summary(host, protocol, items, at, f"{up} neighbour(s) established",
                        f"{protocol.upper()} neighbour(s) down", total=len(found))

    return rule


def _environment(host: str, facts: Facts, t: Thresholds, _b: Baseline | None, at: datetime
                 ) -> CheckResult:
    items: list[Verdict] = []
    sensors = facts.get(Sensor)
    for s in sensors:
        if s.kind == "temperature" and s.value is not None:
            status, thr = grade(s.value, s.warning or t.temperature_warning,
                                s.critical or t.temperature_critical)
            if not s.ok:
                status = Status.worst([status, Status.WARNING])
            items.append(Verdict(host, "environment", status, subject=s.name, value=s.value,
                                 threshold=thr, unit="C",
                                 message=f"temperature {s.value:g} C ({s.status or 'no state'})",
                                 evidence=[f"{s.name}: {s.value:g} C {s.status}".strip()],
                                 details={"kind": s.kind}, at=at))
        elif not s.ok:
            items.append(Verdict(host, "environment", Status.CRITICAL, subject=s.name,
                                 value=0.0, message=f"{s.kind} {s.name} is {s.status or 'failed'}",
                                 evidence=[f"{s.name}: {s.status}"], details={"kind": s.kind},
                                 at=at))
    return _summary(host, "environment", items, at, f"{len(sensors)} sensor(s) ok",
                    "sensor(s) out of range or failed", total=len(sensors))


def _logs(host: str, facts: Facts, t: Thresholds, b: Baseline | None, at: datetime
          ) -> CheckResult:
    lines = [ln for ln in facts.get(LogLine) if ln.severity <= t.log_severity]
    if b is not None:  # only lines not seen before; the first poll only learns the buffer
        first = "logs" not in b.ran_at
        seen = set(b.log_seen)
        fresh = [ln for ln in lines if ln.text not in seen]
        for ln in facts.get(LogLine):
            if ln.text not in seen:
                b.log_seen.append(ln.text)
                seen.add(ln.text)
        lines = [] if first else fresh
    worst = min((ln.severity for ln in lines), default=None)
    if worst is None:
        status = Status.OK
    else:
        status = Status.CRITICAL if worst <= t.log_critical_severity else Status.WARNING
    message = (f"{len(lines)} new log line(s) at severity {t.log_severity} or worse"
               if lines else "no high-severity log lines")
    return CheckResult(Verdict(host, "logs", status, value=float(len(lines)), unit="lines",
                               message=message,
                               evidence=[ln.text for ln in lines][-MAX_EVIDENCE:],
                               details={"severity_at_most": t.log_severity,
                                        "mnemonics": sorted({ln.mnemonic for ln in lines
                                                             if ln.mnemonic})}, at=at))


def _topology(host: str, facts: Facts, _t: Thresholds, _b: Baseline | None, at: datetime
              ) -> CheckResult:
    from nornir_nlchat.health.facts import Adjacency

    adj = facts.get(Adjacency)
    return CheckResult(Verdict(host, "topology", Status.OK, value=float(len(adj)),
                               unit="neighbours", message=f"{len(adj)} LLDP/CDP neighbour(s)",
                               at=at))


def _summary(host: str, check: str, items: list[Verdict], at: datetime, ok_text: str,
             bad_text: str, total: int | None = None) -> CheckResult:
    bad = [v for v in items if v.status.bad]
    status = Status.worst(v.status for v in bad)
    message = f"{len(bad)} {bad_text}" if bad else ok_text
    evidence = [line for v in bad for line in v.evidence][:MAX_EVIDENCE]
    details: dict[str, Any] = {"subjects": [v.subject for v in bad]}
    if total is not None:
        details["total"] = total
    return CheckResult(Verdict(host, check, status, value=float(len(bad)), unit="bad",
                               message=message, evidence=evidence, details=details, at=at),
                       items=items, per_subject=True)


RULES: dict[str, Rule] = {
    "cpu": _cpu,
    "memory": _memory,
    "interfaces": _interfaces,
    "errdisabled": _errdisabled,
    "stp": _stp,
    "mac": _mac,
    "bgp": _neighbors("bgp"),
    "ospf": _neighbors("ospf"),
    "environment": _environment,
    "logs": _logs,
    "topology": _topology,
}
