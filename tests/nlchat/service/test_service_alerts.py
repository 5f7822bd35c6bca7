"""API health rounds raise and clear alerts like the monitor (same engine, same policy,
same store): a CPU fault injected in the lab, rounds until the alert is raised (after two
bad polls), seen in ``/api/alerts`` and on the alert stream; the fault cleared, rounds until
it clears (after two good polls); a monitor on the same store agrees with the API."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.nlchat.service.svc_helpers import Client, Service, settings_for, write_config

FAULTY = "INBLRB1RTR1"
ROUND = {"query": FAULTY, "checks": ["cpu"]}


@pytest.fixture(scope="module")
def strict_service(lab: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    """A service of its own whose alerts need two bad polls to raise, two good to clear."""
    from nlchat.service.app import create_app
    from nlchat.service.core import ServiceCore
    from nlchat.service.server import ServerThread

    folder = tmp_path_factory.mktemp("alerting")
    config = write_config(folder, Path(lab.inventory_dir), str(folder / "alerts.db"))
    data = yaml.safe_load(config.read_text())
    data["user_defined"]["nlchat"]["health"] = {
        "checks": ["cpu"], "alerts": {"raise_after": 2, "clear_after": 2}}
    config.write_text(yaml.safe_dump(data))
    core = ServiceCore(config, settings=settings_for(config), job_workers=1)
    tokens = {"alice": core.tokens.create("alice")[1], "root": core.tokens.create("root")[1]}
    with ServerThread(create_app(core, close_core=True)) as server:
        yield Service(core, server.url, tokens, config)


def stream(client: Client, last_id: str | None) -> list[tuple[str, str, Any]]:
    """The alert stream for one second: ``[(id, event, data), ...]``."""
    headers = {"Authorization": f"Bearer {client.token}"}
    if last_id:
        headers["Last-Event-ID"] = last_id
    req = urllib.request.Request(client.base + "/api/alerts/events?max_seconds=1",
                                 headers=headers)
    out: list[tuple[str, str, Any]] = []
    event_id, name, data = "", "message", ""
    with urllib.request.urlopen(req, timeout=30) as resp:
        for raw in resp:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                event_id = line[4:]
            elif line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
            elif not line and data:
                out.append((event_id, name, json.loads(data)))
                name, data = "message", ""
    return out


def cpu_alerts(client: Client) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = client.get(f"/api/alerts?host={FAULTY}&check=cpu").json()
    return rows


def health_round(client: Client, *, job: bool = False) -> dict[str, Any]:
    if not job:
        reply = client.post("/api/health", ROUND, timeout=120)
        assert reply.status == 200, reply.body
        result: dict[str, Any] = reply.json()
        return result
    reply = client.post("/api/jobs/health", ROUND)
    assert reply.status == 202, reply.body
    done = client.events(f"/api/jobs/{reply.json()['id']}/events")[-1][1]
    assert done["status"] == "done", done
    result = done["result"]
    return result


def test_api_health_rounds_raise_and_clear_alerts_like_the_monitor(
        strict_service: Service, lab: Any) -> None:
    from nornir_nlchat.health.history import HealthHistory
    from nornir_nlchat.health.monitor import Monitor
    from nornir_nlchat.health.settings import HealthSettings
    from nornir_nlchat.inventory import load_nornir

    root, alice = strict_service.client("root"), strict_service.client("alice")
    start = stream(root, None)
    assert start[0][1] == "snapshot" and start[0][2]["alerts"] == []
    cursor = start[0][0]
    history = HealthHistory(database=strict_service.core.db)

    lab.fault(FAULTY, "cpu-high", load=97)
    try:
        first = health_round(root)
        assert first["status"] == "critical" and first["hosts"] == [FAULTY]
        assert cpu_alerts(root) == []  # one bad poll: pending, not raised
        health_round(root, job=True)  # the second bad poll (a background job) raises it
        firing = cpu_alerts(root)
        assert [(a["state"], a["severity"]) for a in firing] == [("firing", "critical")]
        alert_id = firing[0]["id"]
        assert firing[0]["value"] is not None and firing[0]["value"] >= 80
        # a user who may query the device sees it too; the device lists it as firing
        assert [a["id"] for a in cpu_alerts(alice)] == [alert_id]
        assert root.get(f"/api/devices/{FAULTY}").json()["alerts_firing"] == 1
        raised = [(name, data) for _, name, data in stream(root, cursor)]
        assert [(n, d["kind"], d["alert"]["id"]) for n, d in raised] == [
            ("alert", "raised", alert_id)]

        # the monitor, on the same store, takes the API's alert over: no second raise
        monitor = Monitor(load_nornir(strict_service.config),
                          HealthSettings(checks=["cpu"], workers=1), hosts=[FAULTY],
                          history=history, metrics=None)
        assert monitor.poll_now([FAULTY])[0].ok
        assert [e["kind"] for e in history.events(alert_id=alert_id)] == ["raised"]
        health_round(root)  # still bad: still one firing alert, no new event
        assert [a["state"] for a in cpu_alerts(root)] == ["firing"]
    finally:
        lab.clear(FAULTY)

    # healthy again: one good round is not enough (clear_after: 2), the second clears it
    assert health_round(root)["status"] == "ok"
    assert [a["state"] for a in cpu_alerts(root)] == ["firing"]
    health_round(root, job=True)
    cleared = cpu_alerts(root)
    assert [(a["id"], a["state"]) for a in cleared] == [(alert_id, "cleared")]
    assert cleared[0]["cleared_at"]
    changes = [(d["kind"], d["alert"]["state"]) for _, n, d in stream(root, cursor)
               if n == "alert" and d["alert"]["id"] == alert_id]
    assert changes == [("raised", "cleared"), ("cleared", "cleared")]  # the alert as it is now
    assert root.get(f"/api/devices/{FAULTY}").json()["alerts_firing"] == 0

    # the monitor agrees that it cleared: it neither clears it again nor raises a new one
    monitor.poll_now([FAULTY])
    assert [e["kind"] for e in history.events(alert_id=alert_id)] == ["raised", "cleared"]
    assert len(cpu_alerts(root)) == 1


def test_an_alert_the_monitor_raised_is_cleared_by_api_rounds(
        strict_service: Service, lab: Any) -> None:
    from nornir_nlchat.health.history import HealthHistory
    from nornir_nlchat.health.monitor import Monitor
    from nornir_nlchat.health.settings import HealthSettings
    from nornir_nlchat.inventory import load_nornir

    root = strict_service.client("root")
    history = HealthHistory(database=strict_service.core.db)
    before = {a["id"] for a in cpu_alerts(root)}
    monitor = Monitor(load_nornir(strict_service.config),
                      HealthSettings(checks=["cpu"], workers=1), hosts=[FAULTY],
                      history=history, metrics=None)
    lab.fault(FAULTY, "cpu-high", load=95)
    try:
        monitor.poll_now([FAULTY])  # raise_after 1 (the monitor's own policy)
    finally:
        lab.clear(FAULTY)
    new = [a for a in cpu_alerts(root) if a["id"] not in before]
    assert [a["state"] for a in new] == ["firing"]
    health_round(root)
    health_round(root)
    after = {a["id"]: a["state"] for a in cpu_alerts(root)}
    assert after[new[0]["id"]] == "cleared"
    assert [e["kind"] for e in history.events(alert_id=new[0]["id"])] == ["raised", "cleared"]


def test_the_engine_takes_the_stores_firing_alerts_and_keeps_its_pending_ones() -> None:
    from datetime import datetime, timezone

    from nornir_nlchat.health.alerts import FIRING, PENDING, Alert, AlertEngine
    from nornir_nlchat.health.settings import AlertPolicy
    from nornir_nlchat.health.verdict import Status

    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    engine = AlertEngine(AlertPolicy(raise_after=2), clock=lambda: now)
    mine = Alert("R1", "cpu", "", Status.CRITICAL, state=FIRING, last_notified_at=now)
    pending = Alert("R2", "cpu", "", Status.WARNING, state=PENDING)
    engine.restore([mine])
    engine._active[pending.key] = pending  # a first bad poll of R2, not raised yet
    theirs = Alert("R3", "memory", "", Status.WARNING, state=FIRING, last_notified_at=now)
    engine.sync([theirs])  # R1 was cleared elsewhere, R3 raised elsewhere
    assert sorted(a.host for a in engine.active()) == ["R3"]
    assert engine._active[pending.key].state == PENDING
    engine.sync([theirs, mine])
    assert sorted(a.host for a in engine.active()) == ["R1", "R3"]
