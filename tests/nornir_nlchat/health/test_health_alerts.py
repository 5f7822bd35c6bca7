"""The alert state machine with an injected clock: N polls, cooldown, hysteresis, clear."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nornir_nlchat.health.alerts import FIRING, Alert, AlertEngine
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.settings import AlertPolicy
from nornir_nlchat.health.verdict import Status, Verdict, grade


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def cpu(value: float, host: str = "sw1") -> CheckResult:
    status, thr = grade(value, 80, 95)
    return CheckResult(Verdict(host, "cpu", status, value=value, threshold=thr, unit="%",
                               message=f"CPU {value} %"))


def bgp(*down: str, host: str = "r1") -> CheckResult:
    items = [Verdict(host, "bgp", Status.CRITICAL, subject=peer, message=f"{peer} Idle")
             for peer in down]
    return CheckResult(Verdict(host, "bgp", Status.worst(i.status for i in items)),
                       items=items, per_subject=True)


def kinds(events: list) -> list[tuple[str, bool]]:  # type: ignore[type-arg]
    return [(e.kind, e.notify) for e in events]


def test_cpu_spike_alerts_once_cools_down_reminds_and_clears_with_hysteresis() -> None:
    clock = Clock()
    engine = AlertEngine(AlertPolicy(cooldown_s=900, hysteresis={"cpu": 10}), clock=clock)
    assert engine.process([cpu(30)]) == []
    assert kinds(engine.process([cpu(91)])) == [("raised", True)]
    for _ in range(14):  # still high for 14 more minutes: nothing new
        clock.advance(minutes=1)
        assert engine.process([cpu(92)]) == []
    clock.advance(minutes=1)  # 15 minutes after the alert: one reminder
    assert kinds(engine.process([cpu(93)])) == [("reminder", True)]
    clock.advance(minutes=1)
    assert engine.process([cpu(75)]) == []  # under 80 but not under 70: still firing
    assert [a.state for a in engine.active()] == [FIRING]
    clock.advance(minutes=1)
    events = engine.process([cpu(60)])
    assert kinds(events) == [("cleared", True)]
    assert events[0].alert.notifications == 3 and engine.active() == []


def test_raise_only_after_n_polls_and_clear_after_m() -> None:
    engine = AlertEngine(AlertPolicy(raise_after=3, clear_after=2))
    assert engine.process([cpu(90)]) == []
    assert engine.process([cpu(50)]) == []  # a single spike is forgotten
    assert engine.process([cpu(90)]) == [] and engine.process([cpu(90)]) == []
    assert kinds(engine.process([cpu(90)])) == [("raised", True)]
    assert engine.process([cpu(10)]) == []
    assert engine.process([cpu(90)]) == []  # bad again: recoveries start over
    assert engine.process([cpu(10)]) == []
    assert kinds(engine.process([cpu(10)])) == [("cleared", True)]


def test_escalation_is_notified_and_severity_follows() -> None:
    engine = AlertEngine(AlertPolicy(cooldown_s=900))
    engine.process([cpu(85)])
    events = engine.process([cpu(99)])
    assert kinds(events) == [("escalated", True)]
    assert events[0].alert.severity is Status.CRITICAL
    assert engine.process([cpu(85)]) == []  # back to warning: no news
    assert engine.active()[0].severity is Status.WARNING
    assert engine.active()[0].peak is Status.CRITICAL


def test_flapping_within_cooldown_is_suppressed_then_raised_when_it_lasts() -> None:
    clock = Clock()
    engine = AlertEngine(AlertPolicy(cooldown_s=600, hysteresis={}), clock=clock)
    engine.process([cpu(90)])
    clock.advance(minutes=1)
    assert kinds(engine.process([cpu(50)])) == [("cleared", True)]
    clock.advance(minutes=1)
    assert kinds(engine.process([cpu(90)])) == [("suppressed", False)]
    clock.advance(minutes=1)
    assert kinds(engine.process([cpu(50)])) == [("cleared", False)]
    clock.advance(minutes=1)
    engine.process([cpu(90)])
    clock.advance(minutes=7)  # 10 minutes after the first notification: raise for real
    assert kinds(engine.process([cpu(90)])) == [("raised", True)]


def test_per_subject_alerts_clear_when_the_subject_is_no_longer_reported() -> None:
    engine = AlertEngine()
    events = engine.process([bgp("10.0.0.1", "10.0.0.2")])
    assert sorted(e.alert.subject for e in events) == ["10.0.0.1", "10.0.0.2"]
    events = engine.process([bgp("10.0.0.2")])
    assert [(e.kind, e.alert.subject) for e in events] == [("cleared", "10.0.0.1")]
    # another host's results do not clear this host's alerts
    assert engine.process([bgp(host="r2")]) == []
    assert kinds(engine.process([bgp()])) == [("cleared", True)]


def test_unknown_results_neither_raise_nor_clear() -> None:
    engine = AlertEngine()
    engine.process([cpu(90)])
    unknown = CheckResult(Verdict("sw1", "cpu", Status.UNKNOWN, message="could not check"))
    assert engine.process([unknown]) == [] and len(engine.active()) == 1


def test_policy_filters_checks_and_minimum_severity() -> None:
    engine = AlertEngine(AlertPolicy(checks=["bgp"]))
    assert engine.process([cpu(99)]) == []
    engine = AlertEngine(AlertPolicy(min_severity="critical"))
    assert engine.process([cpu(90)]) == []
    assert kinds(engine.process([cpu(99)])) == [("raised", True)]


def test_restore_keeps_firing_alerts_and_their_cooldown() -> None:
    clock = Clock()
    old = Alert("sw1", "cpu", "", Status.WARNING, state=FIRING, opened_at=clock.now,
                last_notified_at=clock.now, notifications=1)
    engine = AlertEngine(AlertPolicy(cooldown_s=900), clock=clock)
    engine.restore([old])
    clock.advance(minutes=5)
    assert engine.process([cpu(90)]) == []  # no second "raised" after a restart
    clock.advance(minutes=5)
    assert kinds(engine.process([cpu(30)])) == [("cleared", True)]


def test_fleet_scope_results_clear_by_check() -> None:
    engine = AlertEngine()
    loop = Verdict("sw1", "loop", Status.CRITICAL, subject="sw1,sw2", message="loop")
    fleet = CheckResult(Verdict("*", "loop", Status.CRITICAL), items=[loop], per_subject=True)
    assert kinds(engine.process([fleet], scope="*")) == [("raised", True)]
    assert engine.active()[0].scope == "*"
    none = CheckResult(Verdict("*", "loop", Status.OK), items=[], per_subject=True)
    assert kinds(engine.process([none], scope="*")) == [("cleared", True)]
