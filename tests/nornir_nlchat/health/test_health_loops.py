"""Loop correlation across devices, as pure functions over per-device evidence."""

from __future__ import annotations

from nornir_nlchat.health.facts import Adjacency, Facts, StpBridge, StpPort
from nornir_nlchat.health.loops import (
    LoopEvidence,
    duplicate_bridge_ids,
    evidence_from,
    find_loops,
    loop_results,
    port_key,
)
from nornir_nlchat.health.rules import evaluate
from nornir_nlchat.health.verdict import Status

# sw1 ─ Te1/1/1 ─ csw1 Eth1/1     csw1 Eth1/49 ─ csw2 Eth1/49     sw1 Te1/1/2 ─ csw2 Eth1/1
CABLES = [("SW1", "Te1/1/1", "CSW1", "Eth1/1"), ("CSW1", "Eth1/49", "CSW2", "Eth1/49"),
          ("SW1", "Te1/1/2", "CSW2", "Eth1/1"), ("CSW1", "Eth1/7", "RTR1", "Gi0/0/0")]


def evidence(blocked: set[tuple[str, str]], storm: set[str] = frozenset(),  # type: ignore
             moves: dict[str, list[str]] | None = None) -> dict[str, LoopEvidence]:
    out: dict[str, LoopEvidence] = {}
    for name in ("SW1", "CSW1", "CSW2", "RTR1"):
        ev = LoopEvidence(name)
        for a, pa, b, pb in CABLES:
            # neighbours name themselves with a domain, spell ports their own way
            if a == name:
                ev.neighbors.append(Adjacency(pa, f"{b}.lab.example.net", pb.replace(
                    "Eth", "Ethernet"), "lldp"))
            if b == name:
                ev.neighbors.append(Adjacency(pb, a, pa, "cdp"))
        if name != "RTR1":  # the router runs no spanning tree
            ev.stp_running = True
            for a, pa, b, pb in CABLES:
                for host, port in ((a, pa), (b, pb)):
                    if host == name and host != "RTR1":
                        ev.stp_ports.add(port_key(port))
                        ev.names[port_key(port)] = port
                        if (host, port) not in blocked:
                            ev.forwarding.add(port_key(port))
        if name in storm:
            ev.tc_per_min = 150.0
        ev.mac_moves = [{"mac": "aaaa.bbbb.cccc", "vlan": "10", "ports": ports, "count": 5}
                        for host, ports in (moves or {}).items() if host == name]
        out[name] = ev
    return out


def test_a_healthy_ring_with_a_blocked_port_is_no_loop() -> None:
    assert find_loops(evidence({("SW1", "Te1/1/2")}, storm={"SW1"})) == []


def test_all_forwarding_ring_with_signs_is_a_loop_with_its_devices_and_ports() -> None:
    (loop,) = find_loops(evidence(set(), storm={"SW1", "CSW2"},
                                  moves={"SW1": ["Gi1/0/22", "Te1/1/2"]}))
    assert loop.confirmed
    assert sorted(loop.devices) == ["CSW1", "CSW2", "SW1"]  # not the router
    assert set(loop.ports) == {("SW1", "Te1/1/1"), ("CSW1", "Eth1/1"), ("CSW1", "Eth1/49"),
                               ("CSW2", "Eth1/49"), ("SW1", "Te1/1/2"), ("CSW2", "Eth1/1")}
    assert "150 topology changes/min" in loop.signs["SW1"][0]
    assert loop.describe().startswith("forwarding loop through")


def test_forwarding_ring_without_signs_is_left_alone() -> None:
    assert find_loops(evidence(set())) == []


def test_two_cables_between_the_same_switches_form_a_loop() -> None:
    ev = evidence({("SW1", "Te1/1/2")}, storm={"SW1"})
    ev["SW1"].neighbors.append(Adjacency("Gi1/0/48", "CSW1", "Eth1/48"))
    ev["CSW1"].neighbors.append(Adjacency("Eth1/48", "SW1", "Gi1/0/48"))
    for host, port in (("SW1", "Gi1/0/48"), ("CSW1", "Eth1/48")):
        ev[host].forwarding.add(port_key(port))
        ev[host].stp_ports.add(port_key(port))
        ev[host].names[port_key(port)] = port
    (loop,) = find_loops(ev)
    assert sorted(loop.devices) == ["CSW1", "SW1"]
    assert ("SW1", "Gi1/0/48") in loop.ports and ("SW1", "Te1/1/1") in loop.ports


def test_aggregate_members_fold_into_one_link() -> None:
    ev = evidence(set(), storm={"SW1"})
    # the core-to-core link is an aggregate: LLDP sees its members, spanning tree the Po
    for host in ("CSW1", "CSW2"):
        ev[host].neighbors = [a for a in ev[host].neighbors if a.local_port != "Eth1/49"]
        ev[host].stp_ports.discard(port_key("Eth1/49"))
        ev[host].forwarding.discard(port_key("Eth1/49"))
        ev[host].stp_ports.add(port_key("Po1"))
        ev[host].forwarding.add(port_key("Po1"))
        ev[host].names[port_key("Po1")] = "Po1"
    for a, b in (("CSW1", "CSW2"), ("CSW2", "CSW1")):
        for member in ("Eth1/5", "Eth1/6"):
            ev[a].neighbors.append(Adjacency(member, b, member))
    (loop,) = find_loops(ev)
    assert ("CSW1", "Po1", "CSW2", "Po1") in loop.links
    assert sorted(loop.devices) == ["CSW1", "CSW2", "SW1"]


def test_mac_moves_make_a_port_count_as_forwarding_without_stp() -> None:
    ev = evidence(set(), moves={"SW1": ["Te1/1/1", "Te1/1/2"]})
    for e in ev.values():
        e.stp_running = False
        e.forwarding.clear()
    ev["CSW1"].mac_moves = [{"ports": ["Eth1/1", "Eth1/49"], "count": 3}]
    ev["CSW2"].mac_moves = [{"ports": ["Eth1/1", "Eth1/49"], "count": 3}]
    (loop,) = find_loops(ev)
    assert loop.confirmed and sorted(loop.devices) == ["CSW1", "CSW2", "SW1"]


def test_signs_without_a_drawable_cycle_give_a_suspected_loop() -> None:
    ev = evidence(set(), storm={"SW1", "CSW1"}, moves={"SW1": ["Gi1/0/3", "Gi1/0/4"]})
    for e in ev.values():
        e.forwarding.clear()
    (loop,) = find_loops(ev)
    assert not loop.confirmed and sorted(loop.devices) == ["CSW1", "SW1"]
    assert ("SW1", "Gi1/0/3") in loop.ports


def test_duplicate_bridge_ids_and_the_fleet_result() -> None:
    ev = evidence(set(), storm={"SW1"})
    ev["SW1"].bridge_ids = ["32768.aaaa.bbbb.cccc"]
    ev["CSW2"].bridge_ids = ["32768.aaaa.bbbb.cccc"]
    assert duplicate_bridge_ids(ev) == {"32768.aaaa.bbbb.cccc": ["CSW2", "SW1"]}
    result = loop_results(ev)
    assert result.status is Status.CRITICAL and result.host == "*" and result.per_subject
    subjects = sorted(i.subject for i in result.items)
    assert subjects == ["SW1", "bridge-id 32768.aaaa.bbbb.cccc"]  # named by the suspects
    loop_item = next(i for i in result.items if i.subject == "SW1")
    assert sorted(loop_item.details["devices"]) == ["CSW1", "CSW2", "SW1"]
    assert loop_results(evidence({("SW1", "Te1/1/2")})).status is Status.OK


def test_evidence_from_facts_and_rule_results() -> None:
    f = Facts(ran=["stp", "mac", "topology"])
    f.add(StpBridge("10", "32768.aaaa.aaaa.aaaa", topology_changes=1))
    f.add(StpPort("Te1/1/1", "forwarding", "root", "10"))
    f.add(StpPort("Te1/1/2", "blocking", "alternate", "10"))
    f.add(Adjacency("TenGigabitEthernet1/1/1", "CSW1.lab.example.net", "Ethernet1/1"))
    ev = evidence_from("SW1", f, evaluate("SW1", f))
    assert ev.stp_running and ev.forwarding == {port_key("Te1/1/1")}
    assert ev.bridge_ids == ["32768.aaaa.aaaa.aaaa"] and len(ev.neighbors) == 1
    assert port_key("Te1/1/1") == port_key("TenGigabitEthernet1/1/1")
