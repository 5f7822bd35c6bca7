"""Health history and alerts in a real database: SQLite and a PostgreSQL server we start."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nornir_nlchat.health.alerts import AlertEngine
from nornir_nlchat.health.history import HealthHistory
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.settings import AlertPolicy
from nornir_nlchat.health.verdict import Status, Verdict, grade


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def cpu(value: float, at: datetime, host: str = "sw1") -> CheckResult:
    status, thr = grade(value, 80, 95)
    return CheckResult(Verdict(host, "cpu", status, value=value, threshold=thr, unit="%",
                               message=f"CPU {value} %", evidence=[f"five sec {value}"],
                               details={"five_sec": value}, at=at))


def test_samples_alerts_and_events_round_trip(db_url: str) -> None:
    history = HealthHistory(db_url)
    clock = Clock()
    engine = AlertEngine(AlertPolicy(cooldown_s=900, hysteresis={"cpu": 10}), clock=clock)
    values = [30, 91, 93, 97, 75, 60]
    for value in values:
        result = cpu(value, clock.now)
        history.record_samples([result])
        history.record_events(engine.process([result]))
        history.update_active(engine.active())
        clock.now += timedelta(minutes=1)
    samples = history.samples(host="sw1", check="cpu")
    assert [s["value"] for s in samples] == values
    assert [s["status"] for s in samples] == ["ok", "warning", "warning", "critical", "ok",
                                              "ok"]
    assert samples[0]["at"] == datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    (alert,) = history.alerts(host="sw1")
    assert alert["state"] == "cleared" and alert["peak"] == "critical"
    assert alert["notifications"] == 3 and alert["value"] == 60
    assert alert["cleared_at"] == "2026-03-01T12:05:00+00:00"
    events = history.events(alert_id=alert["id"])
    assert [(e["kind"], e["notified"]) for e in events] == [
        ("raised", True), ("escalated", True), ("cleared", True)]
    assert history.open_alerts() == []


def test_firing_alerts_survive_a_restart(db_url: str) -> None:
    clock = Clock()
    first = AlertEngine(AlertPolicy(cooldown_s=900), clock=clock)
    history = HealthHistory(db_url)
    history.record_events(first.process([cpu(90, clock.now)]))
    (alert,) = history.alerts(state="firing")
    assert alert["check"] == "cpu" and alert["severity"] == "warning"
    # a new monitor process: same database, new engine
    second = AlertEngine(AlertPolicy(cooldown_s=900), clock=clock)
    second.restore(HealthHistory(db_url).open_alerts())
    clock.now += timedelta(minutes=5)
    assert second.process([cpu(91, clock.now)]) == []  # no duplicate "raised"
    clock.now += timedelta(minutes=5)
    events = second.process([cpu(20, clock.now)])
    history.record_events(events)
    assert [e.kind for e in events] == ["cleared"]
    rows = history.alerts()
    assert len(rows) == 1 and rows[0]["state"] == "cleared"


def test_per_subject_and_fleet_alerts(db_url: str) -> None:
    history = HealthHistory(db_url)
    engine = AlertEngine()
    item = Verdict("sw1", "loop", Status.CRITICAL, subject="sw1,sw2",
                   message="forwarding loop", details={"ports": [["sw1", "Gi1"]]})
    fleet = CheckResult(Verdict("*", "loop", Status.CRITICAL, value=1.0), items=[item],
                        per_subject=True)
    history.record_events(engine.process([fleet], scope="*"))
    history.record_samples([fleet])
    (alert,) = history.alerts(check="loop")
    assert alert["scope"] == "*" and alert["subject"] == "sw1,sw2"
    assert alert["details"]["ports"] == [["sw1", "Gi1"]]
    (sample,) = history.samples(check="loop")
    assert sample["host"] == "*" and sample["details"]["items"][0]["subject"] == "sw1,sw2"


def test_prune_keeps_recent_history(db_url: str) -> None:
    history = HealthHistory(db_url)
    now = datetime.now(timezone.utc)
    history.record_samples([cpu(10, now - timedelta(days=40)), cpu(11, now)])
    assert history.prune(timedelta(days=30)) == 1
    assert [s["value"] for s in history.samples()] == [11]
