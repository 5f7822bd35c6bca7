"""Facts → verdicts: thresholds, rates between polls, changes against the baseline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

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
from nornir_nlchat.health.rules import Baseline, CheckResult, evaluate
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.health.verdict import Status, Verdict, grade

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def facts(check: str, *items: object) -> Facts:
    f = Facts(ran=[check])
    for item in items:
        f.add(item)
    return f


def one(check: str, *items: object, base: Baseline | None = None, at: datetime = T0,
        t: Thresholds | None = None) -> CheckResult:
    (result,) = evaluate("sw1", facts(check, *items), t, base, at)
    return result


def test_grade_and_status_order() -> None:
    assert grade(79.9, 80, 95) == (Status.OK, 80)
    assert grade(80, 80, 95) == (Status.WARNING, 80)
    assert grade(97, 80, 95) == (Status.CRITICAL, 95)
    assert grade(5, 10, 2, higher_is_worse=False) == (Status.WARNING, 10)
    assert Status.worst(["ok", "critical", "warning"]) is Status.CRITICAL
    assert Status.worst([]) is Status.OK


def test_cpu_uses_the_configured_window_and_shows_all_three() -> None:
    r = one("cpu", Cpu(91, 40, 20))
    assert r.status is Status.WARNING and r.summary.value == 91 and r.summary.threshold == 80
    assert r.summary.details == {"five_sec": 91, "one_min": 40, "five_min": 20}
    r = one("cpu", Cpu(91, 40, 20), t=Thresholds(cpu_window="one_min"))
    assert r.status is Status.OK and r.summary.value == 40
    assert one("cpu", Cpu(None, 97, None)).status is Status.CRITICAL  # falls back
    assert one("cpu").status is Status.UNKNOWN


def test_memory_worst_pool() -> None:
    r = one("memory", Memory(100, 50, "processor"), Memory(100, 96, "io"))
    assert r.status is Status.CRITICAL and r.summary.value == 96.0
    assert "io" in r.summary.message


def test_verdict_round_trips_through_dicts() -> None:
    v = Verdict("sw1", "cpu", Status.WARNING, value=81.0, threshold=80.0, unit="%",
                evidence=["CPU 81"], details={"five_sec": 81}, at=T0)
    assert Verdict.from_dict(v.to_dict()) == v


def test_interface_error_rate_between_polls_and_one_look() -> None:
    base = Baseline()
    clean = InterfaceStat("Gi1/0/1", True, True, in_packets=10_000, in_errors=5, crc=5,
                          out_errors=0)
    assert one("interfaces", clean, base=base).status is Status.OK  # first poll: no rate
    worse = InterfaceStat("Gi1/0/1", True, True, in_packets=20_000, in_errors=2405, crc=2405,
                          out_errors=0)
    r = one("interfaces", worse, base=base, at=T0 + timedelta(minutes=1))
    assert r.status is Status.CRITICAL
    (item,) = r.items
    assert item.subject == "Gi1/0/1" and item.value == 2400.0 and item.unit == "/min"
    same = one("interfaces", worse, base=base, at=T0 + timedelta(minutes=2))
    assert same.status is Status.OK and not same.items
    # one look: cumulative errors against packets
    lone = one("interfaces", InterfaceStat("Gi1", True, True, in_packets=1000, in_errors=20,
                                           crc=20))
    assert lone.status is Status.WARNING and lone.items[0].value == 20.0


def test_interface_went_down_and_flaps() -> None:
    base = Baseline()
    one("interfaces", InterfaceStat("Te1/1/1", True, True, flaps=3), base=base)
    r = one("interfaces", InterfaceStat("Te1/1/1", False, True, flaps=4), base=base,
            at=T0 + timedelta(minutes=1))
    assert r.status is Status.CRITICAL
    assert "went down" in r.items[0].message and "flapped 1" in r.items[0].message
    assert r.items[0].evidence == ["Te1/1/1: link flapped 1 time(s) since the last poll",
                                   "Te1/1/1: link went down"]
    # an admin shutdown is not a fault, and is forgotten
    r = one("interfaces", InterfaceStat("Te1/1/1", False, False, flaps=4), base=base,
            at=T0 + timedelta(minutes=2))
    assert r.status is Status.OK
    # err-disabled ports are reported by errdisabled, not twice
    base2 = Baseline()
    one("interfaces", InterfaceStat("Gi9", True, True), base=base2)
    f = facts("interfaces", InterfaceStat("Gi9", False, True), ErrDisabled("Gi9", "bpduguard"))
    (r,) = evaluate("sw1", f, None, base2, T0 + timedelta(minutes=1))
    assert r.status is Status.OK


def test_interface_facts_from_two_commands_are_merged() -> None:
    base = Baseline()
    one("interfaces", InterfaceStat("1", in_packets=5, in_errors=0),
        InterfaceStat("1", oper_up=True, admin_up=True), base=base)
    r = one("interfaces", InterfaceStat("1", in_packets=6, in_errors=0),
            InterfaceStat("1", oper_up=False, admin_up=True), base=base,
            at=T0 + timedelta(minutes=1))
    assert r.status is Status.CRITICAL and r.items[0].subject == "1"


def test_errdisabled_ports_are_critical_items() -> None:
    r = one("errdisabled", ErrDisabled("Gi1/0/5", "bpduguard"))
    assert r.status is Status.CRITICAL and r.per_subject
    assert [(i.subject, i.message) for i in r.items] == [("Gi1/0/5", "err-disabled (bpduguard)")]
    assert one("errdisabled").status is Status.OK


def test_stp_topology_change_rate_churn_and_root_change() -> None:
    base = Baseline()
    ports = [StpPort("Gi1", "forwarding", "root", "10"), StpPort("Gi2", "blocking",
                                                                 "alternate", "10")]
    assert one("stp", StpBridge("10", "1.a", "1.r", topology_changes=10),
               *ports, base=base).status is Status.OK
    flipped = [StpPort("Gi1", "forwarding", "root", "10"),
               StpPort("Gi2", "forwarding", "designated", "10")]
    r = one("stp", StpBridge("10", "1.a", "1.r", topology_changes=160), *flipped, base=base,
            at=T0 + timedelta(minutes=1))
    assert r.status is Status.CRITICAL and r.summary.value == 150.0
    assert any("Gi2" in e and "blocking → forwarding" in e for e in r.summary.evidence)
    assert r.summary.details["churn_ports"] == []  # one change is not churn yet
    r = one("stp", StpBridge("10", "1.a", "2.r", topology_changes=160), *ports, base=base,
            at=T0 + timedelta(minutes=2))
    assert r.summary.details["churn_ports"] == ["Gi2"]
    assert "root bridge changed" in r.summary.message and r.status is Status.WARNING


def test_stp_one_look_flags_a_change_happening_now() -> None:
    r = one("stp", StpBridge("1", topology_changes=5000, last_change_s=1.0))
    assert r.status is Status.WARNING and "changed 1 s ago" in r.summary.message
    assert one("stp", StpBridge("1", topology_changes=5, last_change_s=86400)).status \
        is Status.OK
    assert one("stp").summary.details == {"running": False}


def test_mac_moves_from_table_duplicates_changes_counters_and_logs() -> None:
    base = Baseline()
    table = [MacEntry("aaaa.bbbb.0001", "Gi1", "10", moves=1),
             MacEntry("aaaa.bbbb.0002", "Gi2", "10"),
             MacMove("aaaa.bbbb.0008", ["Gi4", "Te1"], "30", evidence="old flap line")]
    assert one("mac", *table, base=base).status is Status.OK  # old log lines: not news
    moved = [MacEntry("aaaa.bbbb.0001", "Gi1", "10", moves=4),
             MacEntry("aaaa.bbbb.0002", "Gi3", "10"),
             MacEntry("aaaa.bbbb.0003", "Gi1", "20"), MacEntry("aaaa.bbbb.0003", "Te1", "20"),
             MacMove("aaaa.bbbb.0009", ["Gi4", "Te1"], "30", evidence="flap line"),
             MacMove("aaaa.bbbb.0008", ["Gi4", "Te1"], "30", evidence="old flap line")]
    r = one("mac", *moved, base=base, at=T0 + timedelta(minutes=1))
    assert r.summary.value == 3 + 1 + 1 + 1
    assert r.status is Status.WARNING
    ports = {m["mac"]: sorted(m["ports"]) for m in r.summary.details["moves"]}
    assert ports["aaaa.bbbb.0003"] == ["Gi1", "Te1"] and ports["aaaa.bbbb.0002"] == ["Gi2",
                                                                                       "Gi3"]


def test_neighbours_down_and_gone() -> None:
    base = Baseline()
    up = [Neighbor("bgp", "10.0.0.1", "Established", True),
          Neighbor("bgp", "10.0.0.2", "Established", True)]
    assert one("bgp", *up, base=base).status is Status.OK
    r = one("bgp", Neighbor("bgp", "10.0.0.1", "Idle", False), base=base,
            at=T0 + timedelta(minutes=1))
    assert r.status is Status.CRITICAL
    assert {i.subject: i.details["state"] for i in r.items} == {"10.0.0.1": "Idle",
                                                                "10.0.0.2": "missing"}
    # the OSPF table wins over an older DOWN from the log (later facts override)
    r = one("ospf", Neighbor("ospf", "1.1.1.1", "DOWN", False),
            Neighbor("ospf", "1.1.1.1", "FULL/DR", True))
    assert r.status is Status.OK and r.summary.message == "1 neighbour(s) established"


def test_environment_uses_device_thresholds_and_failed_parts() -> None:
    r = one("environment", Sensor("temperature", "inlet", True, "GREEN", 50, 46, 56),
            Sensor("fan", "fan 1", False, "failed"), Sensor("power", "PSU 1", True, "OK"))
    assert r.status is Status.CRITICAL
    assert {i.subject: i.status for i in r.items} == {"inlet": Status.WARNING,
                                                      "fan 1": Status.CRITICAL}
    assert one("environment", Sensor("temperature", "cpu", True, "", 85)).status \
        is Status.CRITICAL  # default thresholds 65 / 80


def test_logs_report_new_high_severity_lines_only() -> None:
    base = Baseline()
    lines = [LogLine(5, "a %SYS-5-RESTART"), LogLine(2, "b %SPANTREE-2-LOOP")]
    r = one("logs", *lines)
    assert r.status is Status.WARNING and r.summary.value == 1.0  # one look: the buffer
    assert one("logs", *lines, base=base).summary.value == 0.0  # monitor: learn the buffer
    again = one("logs", *lines, LogLine(1, "c %PLATFORM-1-FAN"), base=base,
                at=T0 + timedelta(minutes=1))
    assert again.status is Status.CRITICAL and again.summary.evidence == [
        "c %PLATFORM-1-FAN"]


def test_failed_and_unsupported_checks() -> None:
    f = Facts(errors={"bgp": "'show ip bgp summary': rejected"})
    (r,) = evaluate("r1", f)
    assert r.status is Status.UNKNOWN and "rejected" in r.summary.message
