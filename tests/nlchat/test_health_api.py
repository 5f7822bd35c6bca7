"""``nlchat.health``: requests in words, the report, records and the DataFrame."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from nlchat.health import COLUMNS, HealthReport, health
from nornir_nlchat.errors import AccessDenied, ResolutionError
from nornir_nlchat.health.poll import HostPoll
from nornir_nlchat.health.request import checks_in
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.verdict import Status, Verdict

AT = datetime(2026, 5, 1, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parents[2]


def report() -> HealthReport:
    cpu = CheckResult(Verdict("sw1", "cpu", Status.CRITICAL, value=97.0, threshold=95.0,
                              unit="%", message="CPU 97 %", evidence=["five sec 97"], at=AT))
    down = Verdict("r1", "bgp", Status.CRITICAL, subject="10.0.0.2", message="Idle", at=AT)
    bgp = CheckResult(Verdict("r1", "bgp", Status.CRITICAL, value=1.0, at=AT), items=[down],
                      per_subject=True)
    ok = CheckResult(Verdict("sw2", "cpu", Status.OK, value=5.0, threshold=80.0, at=AT))
    polls = [HostPoll("sw1", "cisco_ios", AT, None), HostPoll("r1", "cisco_ios", AT, None),
             HostPoll("sw2", "cisco_ios", AT, None, error="refused", error_kind="connection")]
    return HealthReport("", ["sw1", "r1", "sw2"], [], [cpu, bgp, ok], polls)


def test_requests_in_words_name_checks_and_devices() -> None:
    assert checks_in("cpu and memory on the bangalore switches") == (["cpu", "memory"], True)
    assert checks_in("are there loops?") == (["stp", "mac", "topology"], False)
    assert checks_in("temperature and fans in delhi") == (["environment"], True)
    assert checks_in("bgp neighbours") == (["bgp", "ospf"], False)


def test_report_records_problems_text_and_dict() -> None:
    r = report()
    assert r.status is Status.CRITICAL and r.failed_hosts == ["sw2"]
    assert [(v.host, v.check, v.subject) for v in r.problems()] == [
        ("sw1", "cpu", ""), ("r1", "bgp", "10.0.0.2")]
    assert len(r) == 4 and list(r.records[0]) == list(COLUMNS)
    assert r.records[0]["evidence"] == "five sec 97" and r.records[0]["status"] == "critical"
    assert "2 problem(s) on 2 device(s)" in r.text
    data = r.to_dict()
    assert data["status"] == "critical" and data["polls"][2]["error_kind"] == "connection"


def test_to_dataframe_in_one_call() -> None:
    pd = pytest.importorskip("pandas")
    frame = report().to_dataframe()
    assert isinstance(frame, pd.DataFrame) and list(frame.columns) == list(COLUMNS)
    assert frame.loc[frame["check"] == "cpu", "value"].max() == 97.0
    assert (frame["status"] == "critical").sum() == 3


def test_an_unknown_place_is_a_resolution_error_before_anything_is_sent() -> None:
    with pytest.raises(ResolutionError):
        health("cpu on the atlantis routers", inventory=REPO / "inventory")


def test_access_control_applies_to_health_rounds(lab: Any) -> None:
    """With ``access`` on, a round polls only the devices the user's roles cover."""
    from nornir_nlchat.inventory import load_nornir

    nr = load_nornir(lab.inventory_dir)
    names = sorted(nr.inventory.hosts)
    mine = names[:2]
    nr.config.user_defined["nlchat"] = {"access": {
        "enabled": True, "roles": {"two": {"hosts": mine}},
        "users": {"alice": {"roles": ["two"]}}}}
    try:
        report = health(inventory=nr, checks=["cpu"], user="alice")
        assert sorted(report.hosts) == mine and sorted(report.denied) == names[2:]
        assert sorted(p.host for p in report.polls) == mine
        assert "Not checked (your roles do not cover them)" in report.text
        assert sorted(report.to_dict()["denied"]) == names[2:]
        with pytest.raises(AccessDenied, match="mallory may not query"):
            health(inventory=nr, checks=["cpu"], user="mallory")
    finally:
        nr.close_connections(on_good=True, on_failed=True)
