"""Forwarding-loop detection across devices: which devices and ports form the loop.

Each device contributes evidence from its own poll (:func:`evidence_from`): its LLDP/CDP
neighbours, which ports spanning tree lets forward, and loop signs — a topology-change
storm, MAC addresses moving between ports, ports flipping between blocking and forwarding.
:func:`find_loops` joins them:

1. Cables come from LLDP/CDP, matched to inventory hosts by name, deduplicated from both
   ends.
2. A cable carries a loop only when both of its ends forward frames (spanning tree says
   forwarding, or a MAC address was seen moving through that port).
3. Every cycle in that graph of forwarding cables (two cables between the same two switches
   is a cycle too) that passes a device with loop signs is a loop; cycles sharing a device
   are merged. Where no cycle can be drawn (a device that does not report its neighbours)
   devices with strong signs, adjacent to each other, are reported as a *suspected* loop.
4. Two devices with the same bridge ID are reported too (a cloned or misconfigured bridge).

Pure functions over plain data: no device access, no vendor knowledge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nornir_nlchat.health.facts import Adjacency, Facts, StpPort
from nornir_nlchat.health.parsing import short_name
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.health.verdict import Status, Verdict, utcnow

FLEET = "*"


def port_key(name: str) -> str:
    """A port name in one spelling (``Gi1/0/1`` and ``GigabitEthernet1/0/1`` agree)."""
    try:
        from netutils.interface import canonical_interface_name

        return str(canonical_interface_name(name.strip())).lower()
    except Exception:  # unknown spellings stay as they are
        return name.strip().lower()


@dataclass
class LoopEvidence:
    """What one device says about loops, from one poll."""

    host: str
    neighbors: list[Adjacency] = field(default_factory=list)
    stp_running: bool = False
    forwarding: set[str] = field(default_factory=set)  # port keys
    stp_ports: set[str] = field(default_factory=set)  # port keys in any STP instance
    tc_per_min: float | None = None
    tc_recent: bool = False
    churn_ports: list[str] = field(default_factory=list)
    mac_moves: list[dict[str, Any]] = field(default_factory=list)
    bridge_ids: list[str] = field(default_factory=list)
    down: set[str] = field(default_factory=set)  # port keys whose link is down
    names: dict[str, str] = field(default_factory=dict)  # port key -> name as printed

    def signs(self, t: Thresholds) -> list[str]:
        """Loop signs on this device, in words."""
        out = []
        if self.tc_per_min is not None and self.tc_per_min >= t.loop_tc_per_min:
            out.append(f"{self.tc_per_min:.0f} topology changes/min")
        elif self.tc_recent and self.tc_per_min is None:
            out.append("topology changing now")
        moves = sum(int(m.get("count", 1)) for m in self.mac_moves)
        if moves:
            out.append(f"{moves} MAC move(s)")
        if self.churn_ports:
            out.append("ports flipping blocking/forwarding: " + ", ".join(self.churn_ports))
        return out

    def moving_ports(self) -> set[str]:
        """Port keys MAC addresses were seen moving through."""
        return {port_key(p) for m in self.mac_moves for p in m.get("ports", []) if p}


def evidence_from(host: str, facts: Facts, results: Iterable[CheckResult] = ()
                  ) -> LoopEvidence:
    """A device's loop evidence from its facts and its ``stp`` / ``mac`` check results."""
    ev = LoopEvidence(host, neighbors=facts.get(Adjacency))
    from nornir_nlchat.health.facts import InterfaceStat
    from nornir_nlchat.health.rules import merged

    ev.down = {port_key(i.name) for i in merged(facts.get(InterfaceStat), lambda f: f.name)
               if i.oper_up is False}
    ports = merged(facts.get(StpPort), lambda f: (f.instance, f.port))
    ev.stp_running = bool(ports)
    for p in ports:
        key = port_key(p.port)
        ev.names.setdefault(key, p.port)
        ev.stp_ports.add(key)
        if p.forwarding and key not in ev.down:  # a down link forwards nothing
            ev.forwarding.add(key)
    for adj in ev.neighbors:
        ev.names.setdefault(port_key(adj.local_port), adj.local_port)
    for result in results:
        details = result.summary.details
        if result.check == "stp":
            ev.tc_per_min = details.get("tc_per_min")
            ev.churn_ports = list(details.get("churn_ports", []))
            ev.bridge_ids = list(details.get("bridge_ids", []))
            ev.tc_recent = "topology changed" in result.summary.message
        elif result.check == "mac":
            ev.mac_moves = list(details.get("moves", []))
            for m in ev.mac_moves:
                for p in m.get("ports", []):
                    ev.names.setdefault(port_key(p), p)
    return ev


@dataclass
class Loop:
    """A forwarding loop (or a suspected one)."""

    devices: list[str]
    ports: list[tuple[str, str]]
    links: list[tuple[str, str, str, str]]
    signs: dict[str, list[str]]
    confirmed: bool = True

    @property
    def signature(self) -> str:
        """Stable identity: the devices showing loop signs (all devices when none do),
        sorted — a loop first seen as suspected keeps its identity once confirmed."""
        return ",".join(sorted(self.signs or self.devices))

    def describe(self) -> str:
        """One sentence for a person."""
        kind = "forwarding loop" if self.confirmed else "suspected loop"
        if self.links:
            path = "; ".join(f"{a} {pa} ↔ {b} {pb}" for a, pa, b, pb in self.links)
            return f"{kind} through {path}"
        ports = ", ".join(f"{h} {p}" for h, p in self.ports)
        return f"{kind} between {', '.join(self.devices)}" + (f" (ports {ports})" if ports
                                                                else "")

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"devices": self.devices, "ports": [list(p) for p in self.ports],
                "links": [list(link) for link in self.links], "signs": self.signs,
                "confirmed": self.confirmed, "description": self.describe()}


Edge = tuple[str, str, str, str]  # host a, port key a, host b, port key b


def _links(evidence: Mapping[str, LoopEvidence]) -> list[Edge]:
    by_name = {short_name(h): h for h in evidence}
    seen: set[frozenset[tuple[str, str]]] = set()
    links: list[Edge] = []
    for host, ev in evidence.items():
        for adj in ev.neighbors:
            other = by_name.get(short_name(adj.neighbor)) if adj.neighbor else None
            if other is None or other == host or not adj.local_port or not adj.neighbor_port:
                continue
            a, b = (host, port_key(adj.local_port)), (other, port_key(adj.neighbor_port))
            key = frozenset((a, b))
            if key in seen:
                continue
            seen.add(key)
            links.append((a[0], a[1], b[0], b[1]))
    return links


def _aggregates(links: list[Edge], evidence: Mapping[str, LoopEvidence]
                ) -> tuple[list[Edge], list[Edge]]:
    """Fold cables that are members of an aggregate into one link per device pair.

    LLDP/CDP report the member ports; spanning tree reports the aggregate (a port no
    neighbour is seen on). Cables between two spanning-tree devices whose ports spanning
    tree does not list become one link between their aggregates.
    """
    plain: list[Edge] = []
    members: dict[tuple[str, str], list[Edge]] = {}
    for e in links:
        a, b = evidence[e[0]], evidence[e[2]]
        if a.stp_running and b.stp_running and (e[1] not in a.stp_ports
                                                or e[3] not in b.stp_ports):
            pair = (e[0], e[2]) if e[0] <= e[2] else (e[2], e[0])
            members.setdefault(pair, []).append(e if e[0] == pair[0] else
                                                (e[2], e[3], e[0], e[1]))
        else:
            plain.append(e)
    folded: list[Edge] = []
    for (ha, hb) in members:
        la, lb = _aggregate_port(evidence[ha], links), _aggregate_port(evidence[hb], links)
        if la and lb:
            folded.append((ha, la, hb, lb))
    return plain, folded


def _aggregate_port(ev: LoopEvidence, links: list[Edge]) -> str | None:
    """The device's forwarding spanning-tree port that no cable is seen on (an aggregate)."""
    cabled = {e[1] for e in links if e[0] == ev.host} | {e[3] for e in links
                                                         if e[2] == ev.host}
    logical = sorted(p for p in ev.forwarding if p not in cabled)
    return logical[0] if len(logical) == 1 else None


def _forwards(ev: LoopEvidence, port: str) -> bool:
    if port in ev.moving_ports():
        return True
    return ev.stp_running and port in ev.forwarding


def _cycles(edges: list[Edge]) -> list[list[Edge]]:
    """Fundamental cycles of a multigraph (one per edge outside a spanning forest)."""
    parent: dict[str, tuple[str, Edge] | None] = {}
    depth: dict[str, int] = {}
    adjacency: dict[str, list[Edge]] = {}
    for e in edges:
        adjacency.setdefault(e[0], []).append(e)
        adjacency.setdefault(e[2], []).append(e)
    tree: set[Edge] = set()
    for root in sorted(adjacency):
        if root in parent:
            continue
        parent[root], depth[root] = None, 0
        stack = [root]
        while stack:
            node = stack.pop()
            for e in adjacency[node]:
                other = e[2] if e[0] == node else e[0]
                if other not in parent:
                    parent[other], depth[other] = (node, e), depth[node] + 1
                    tree.add(e)
                    stack.append(other)
    cycles = []
    for e in edges:
        if e in tree:
            continue
        a, b = e[0], e[2]
        path_a: list[Edge] = []
        path_b: list[Edge] = []
        while a != b:
            if depth[a] >= depth[b]:
                step = parent[a]
                assert step is not None
                path_a.append(step[1])
                a = step[0]
            else:
                step = parent[b]
                assert step is not None
                path_b.append(step[1])
                b = step[0]
        cycles.append([e, *path_a, *reversed(path_b)])
    return cycles


def find_loops(evidence: Mapping[str, LoopEvidence], thresholds: Thresholds | None = None
               ) -> list[Loop]:
    """Correlate per-device evidence into loops (see the module docstring)."""
    t = thresholds or Thresholds()
    signs = {h: ev.signs(t) for h, ev in evidence.items()}
    suspects = {h for h, s in signs.items() if s}
    if not suspects:
        return []
    cables = _links(evidence)
    plain, folded = _aggregates(cables, evidence)
    links = plain + folded
    forwarding = [e for e in links
                  if _forwards(evidence[e[0]], e[1]) and _forwards(evidence[e[2]], e[3])]
    groups: list[tuple[set[str], list[Edge]]] = []
    for cycle in _cycles(forwarding):
        hosts = {e[0] for e in cycle} | {e[2] for e in cycle}
        if not hosts & suspects:
            continue
        for group in groups:
            if group[0] & hosts:
                group[0].update(hosts)
                group[1].extend(e for e in cycle if e not in group[1])
                break
        else:
            groups.append((set(hosts), list(cycle)))
    loops = [_loop(hosts, edges, evidence, signs, confirmed=True) for hosts, edges in groups]
    covered = set().union(*(g[0] for g in groups)) if groups else set()
    # Without a cycle to show: MAC moves, or storms on neighbouring devices, still say loop.
    left = suspects - covered
    neighbours = {h: {b if a == h else a for a, _pa, b, _pb in links if h in (a, b)}
                  for h in left}
    strong = {h for h in left if evidence[h].mac_moves or neighbours[h] & left}
    for component in _components(strong, links):
        loops.append(_loop(component, [e for e in links if e[0] in component
                                       and e[2] in component], evidence, signs,
                           confirmed=False))
    return loops


def _components(hosts: set[str], links: list[Edge]) -> list[set[str]]:
    remaining = set(hosts)
    out = []
    while remaining:
        start = remaining.pop()
        group, stack = {start}, [start]
        while stack:
            node = stack.pop()
            for a, _pa, b, _pb in links:
                other = b if a == node else a if b == node else None
                if other in remaining:
                    remaining.discard(other)
                    group.add(other)
                    stack.append(other)
        out.append(group)
    return out


def _loop(hosts: set[str], edges: list[Edge], evidence: Mapping[str, LoopEvidence],
          signs: Mapping[str, list[str]], *, confirmed: bool) -> Loop:
    def name(host: str, key: str) -> str:
        return evidence[host].names.get(key, key)

    ports: list[tuple[str, str]] = []
    for a, pa, b, pb in edges:
        for item in ((a, name(a, pa)), (b, name(b, pb))):
            if item not in ports:
                ports.append(item)
    if not confirmed:
        for h in sorted(hosts):
            named = [p for m in evidence[h].mac_moves for p in m.get("ports", []) if p]
            for port in [*named, *evidence[h].churn_ports]:
                item = (h, name(h, port_key(port)) if port_key(port) in evidence[h].names
                        else port)
                if item not in ports:
                    ports.append(item)
    order: list[str] = []
    for a, _pa, b, _pb in edges:
        for h in (a, b):
            if h not in order:
                order.append(h)
    order += sorted(h for h in hosts if h not in order)
    return Loop(order, ports, [(a, name(a, pa), b, name(b, pb)) for a, pa, b, pb in edges],
                {h: list(signs.get(h, [])) for h in order if signs.get(h)},
                confirmed=confirmed)


def duplicate_bridge_ids(evidence: Mapping[str, LoopEvidence]) -> dict[str, list[str]]:
    """Bridge IDs claimed by more than one device."""
    owners: dict[str, set[str]] = {}
    for host, ev in evidence.items():
        for bid in ev.bridge_ids:
            owners.setdefault(bid, set()).add(host)
    return {bid: sorted(hosts) for bid, hosts in owners.items() if len(hosts) > 1}


def loop_results(evidence: Mapping[str, LoopEvidence], thresholds: Thresholds | None = None,
                 at: Any = None) -> CheckResult:
    """The fleet-wide ``loop`` check: one item per loop (and per duplicate bridge ID)."""
    at = at or utcnow()
    items: list[Verdict] = []
    for loop in find_loops(evidence, thresholds):
        status = Status.CRITICAL if loop.confirmed else Status.WARNING
        evidence_lines = [f"{h}: {'; '.join(s)}" for h, s in loop.signs.items()]
        items.append(Verdict(loop.devices[0], "loop", status, subject=loop.signature,
                             value=float(len(loop.devices)), unit="devices",
                             message=loop.describe(), evidence=evidence_lines,
                             details=loop.to_dict(), at=at))
    for bid, hosts in duplicate_bridge_ids(evidence).items():
        items.append(Verdict(hosts[0], "loop", Status.WARNING, subject=f"bridge-id {bid}",
                             value=float(len(hosts)), unit="devices",
                             message=f"bridge ID {bid} is used by {', '.join(hosts)}",
                             evidence=[f"{h}: bridge ID {bid}" for h in hosts],
                             details={"devices": hosts, "bridge_id": bid}, at=at))
    status = Status.worst(v.status for v in items)
    message = "; ".join(v.message for v in items) or "no forwarding loop found"
    return CheckResult(Verdict(FLEET, "loop", status, value=float(len(items)), unit="loops",
                               message=message, details={"devices": len(evidence)}, at=at),
                       items=items, per_subject=True)
