"""End to end on the simulated lab: faults are detected, alerted once, held back by the
cooldown and cleared — with history and alerts in SQLite and in PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from nornir_nlchat.health.alerts import AlertEvent
from nornir_nlchat.health.history import HealthHistory
from nornir_nlchat.health.monitor import Monitor
from nornir_nlchat.health.notify import CallbackNotifier
from nornir_nlchat.health.poll import HostPoll
from nornir_nlchat.health.settings import load_health_settings

lab_module = pytest.importorskip("nornir_nlchat.lab")

PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]


@pytest.fixture(scope="module")
def health_lab() -> Iterator[Any]:
    """Twelve devices of all six platforms (a password that no output contains)."""
    try:
        lab = lab_module.Lab(12, platforms=PLATFORMS, bastion=False,
                             password="hl-Secret-9", secret="hl-Secret-9").start()
    except Exception as exc:  # the lab is another team's work in progress
        pytest.skip(f"the lab does not start: {exc}")
    try:
        names = {d["name"]: d for d in lab.devices()}
        need = {"INBLRDC1SW1", "INBLRDC1SW2", "INBLRDC1SW3", "INBLRDC1SW4", "INBLRDC1CSW2",
                "INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRDC1FW2"}
        if not need <= set(names):
            pytest.skip(f"the lab's layout changed: {sorted(names)}")
        yield lab
    finally:
        lab.stop()


class Watch:
    """Collects alert events and polls from a running monitor."""

    def __init__(self) -> None:
        self.events: list[AlertEvent] = []
        self.polls: dict[str, int] = {}
        self.lock = threading.Lock()

    def on_event(self, event: AlertEvent) -> None:
        with self.lock:
            self.events.append(event)

    def on_poll(self, poll: HostPoll) -> None:
        with self.lock:
            self.polls[poll.host] = self.polls.get(poll.host, 0) + 1

    def wait(self, what: str, predicate: Callable[[], bool], timeout: float = 40.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}; events: "
                             + "; ".join(str(e) for e in self.events))

    def find(self, kind: str, host: str, check: str, subject: str | None = None
             ) -> list[AlertEvent]:
        with self.lock:
            return [e for e in self.events if e.kind == kind and e.alert.host == host
                    and e.alert.check == check
                    and (subject is None or e.alert.subject == subject)]

    def notified(self, host: str, check: str) -> list[str]:
        with self.lock:
            return [e.kind for e in self.events if e.notify and e.alert.host == host
                    and e.alert.check == check]


def test_faults_are_detected_alerted_once_cooled_down_and_cleared(health_lab: Any,
                                                                   db_url: str) -> None:
    from nornir_nlchat.inventory import load_nornir

    nr = load_nornir(health_lab.inventory_dir)
    settings = load_health_settings({
        "interval_s": 2.0, "jitter": 0.1, "workers": 12, "database_url": db_url,
        "checks": ["cpu", "interfaces", "errdisabled", "stp", "mac", "bgp", "ospf",
                   "topology"],
        "every": {"topology": 1},
        "alerts": {"raise_after": 2, "clear_after": 2, "cooldown_s": 600,
                   "hysteresis": {"cpu": 10}},
    })
    watch = Watch()
    monitor = Monitor(nr, settings, notifiers=[CallbackNotifier(watch.on_event)],
                      on_poll=watch.on_poll, read_timeout=20)
    runner = threading.Thread(target=monitor.run, kwargs={"install_signals": False})
    runner.start()
    try:
        watch.wait("two quiet polls of every device",
                   lambda: len(watch.polls) == 12 and min(watch.polls.values()) >= 2)
        assert not [e for e in watch.events if e.notify], "alerts on a healthy lab"

        health_lab.fault("INBLRDC1SW3", "cpu-high")
        loop = health_lab.fault("INBLRDC1SW1", "stp-loop", peer="INBLRDC1CSW2")
        bgp = health_lab.fault("INBLRDC1RTR1", "bgp-down")
        health_lab.fault("INBLRDC1RTR2", "ospf-down")
        errd = health_lab.fault("INBLRDC1SW2", "err-disabled")
        crc = health_lab.fault("INBLRDC1SW4", "crc-errors")
        health_lab.fault("INBLRDC1FW2", "connection-refused")
        health_lab.fault("INBLRDC1FW2", "disconnect")  # the open session drops too
        assert loop["peer"] == "INBLRDC1CSW2"

        def raised(host: str, check: str, subject: str | None = None) -> bool:
            return bool(watch.find("raised", host, check, subject))

        watch.wait("the CPU alert", lambda: raised("INBLRDC1SW3", "cpu"))
        watch.wait("the loop alert", lambda: any(
            {"INBLRDC1SW1", "INBLRDC1CSW2"} <= set(e.alert.details.get("devices", []))
            for e in watch.find("raised", "INBLRDC1SW1", "loop")
            + watch.find("raised", "INBLRDC1CSW2", "loop")))
        watch.wait("the BGP alert", lambda: raised("INBLRDC1RTR1", "bgp", bgp["neighbor"]))
        watch.wait("the OSPF alert", lambda: bool(watch.find("raised", "INBLRDC1RTR2",
                                                             "ospf")))
        watch.wait("the err-disabled alert",
                   lambda: raised("INBLRDC1SW2", "errdisabled", errd["interface"]))
        watch.wait("the CRC alert", lambda: raised("INBLRDC1SW4", "interfaces",
                                                   crc["interface"]))
        watch.wait("the unreachable alert", lambda: raised("INBLRDC1FW2", "reachability"))

        # the loop: which devices and ports
        loop_events = [e for e in watch.events if e.kind == "raised"
                       and e.alert.check == "loop"]
        assert len(loop_events) == 1, [str(e) for e in loop_events]
        loop_event = loop_events[0]
        watch.wait("the loop to be confirmed", lambda: any(
            a.details.get("confirmed") for a in monitor.engine.active()
            if a.check == "loop"))
        (active,) = [a for a in monitor.engine.active() if a.check == "loop"]
        assert active.subject == loop_event.alert.subject  # one alert, confirmed later
        details = active.details
        assert details["confirmed"] and active.severity.value == "critical"
        assert {"INBLRDC1SW1", "INBLRDC1CSW2"} <= set(details["devices"])
        ports = {tuple(p) for p in details["ports"]}
        assert any(h == "INBLRDC1SW1" for h, _p in ports)
        assert any(h == "INBLRDC1CSW2" for h, _p in ports)

        # faults held for several more polls: nothing is notified twice (cooldown)
        time.sleep(2 * settings.interval_s + 1)
        for host, check in (("INBLRDC1SW3", "cpu"), ("INBLRDC1RTR1", "bgp"),
                            ("INBLRDC1SW2", "errdisabled"), ("INBLRDC1FW2", "reachability")):
            assert watch.notified(host, check).count("raised") == 1, (host, check)
        assert not [e for e in watch.events if e.kind == "reminder"]

        health_lab.clear()
        for host, check in (("INBLRDC1SW3", "cpu"), ("INBLRDC1RTR1", "bgp"),
                            ("INBLRDC1SW2", "errdisabled"), ("INBLRDC1SW4", "interfaces"),
                            ("INBLRDC1FW2", "reachability"), ("INBLRDC1RTR2", "ospf")):
            watch.wait(f"{host} {check} to clear",
                       lambda h=host, c=check: bool(watch.find("cleared", h, c)))
        watch.wait("the loop to clear", lambda: bool(
            [e for e in watch.events if e.kind == "cleared" and e.alert.check == "loop"]))

        # the CPU spikes again within the cooldown: recorded, not notified
        health_lab.fault("INBLRDC1SW3", "cpu-high")
        watch.wait("the repeat CPU alert", lambda: any(
            a.suppressed for a in monitor.engine.active()
            if (a.host, a.check) == ("INBLRDC1SW3", "cpu")))
        told = watch.notified("INBLRDC1SW3", "cpu")
        assert told.count("raised") == 1 and told[-1] == "cleared"  # (escalations may occur)
        health_lab.clear()
    finally:
        health_lab.clear()
        monitor.stop()
        runner.join(timeout=60)
    assert not runner.is_alive()

    history = HealthHistory(db_url)
    cpu_alerts = history.alerts(host="INBLRDC1SW3", check="cpu")
    assert [a["state"] for a in cpu_alerts][-1] == "cleared"
    kinds = [e["kind"] for e in history.events(host="INBLRDC1SW3", check="cpu")]
    assert kinds[0] == "raised" and kinds.count("raised") == 1
    assert kinds.index("cleared") < kinds.index("suppressed")
    samples = history.samples(host="INBLRDC1SW3", check="cpu")
    assert max(s["value"] for s in samples) >= 80 and len(samples) >= 6
    assert history.alerts(check="loop")[-1]["details"]["devices"]
    assert monitor.stats.failed_polls >= 1 and monitor.stats.store_failures == 0


def test_one_round_api_finds_the_faults(health_lab: Any) -> None:
    import nlchat.health as api

    health_lab.fault("INBLRDC1SW3", "cpu-high")
    health_lab.fault("INBLRDC1RTR1", "bgp-down")
    try:
        report = api.health(inventory=health_lab.inventory_dir,
                            checks=["cpu", "bgp"])
    finally:
        health_lab.clear()
    problems = {(v.host, v.check) for v in report.problems()}
    assert ("INBLRDC1SW3", "cpu") in problems and ("INBLRDC1RTR1", "bgp") in problems
    assert report.status.value == "critical" and not report.failed_hosts
    frame = report.to_dataframe()
    assert set(frame["check"]) >= {"cpu", "bgp", "reachability"}
    assert len(frame) == len(report.records) and "evidence" in frame.columns


def test_monitor_survives_an_unreachable_database(health_lab: Any) -> None:
    from nornir_nlchat.inventory import load_nornir

    nr = load_nornir(health_lab.inventory_dir)
    settings = load_health_settings({
        "interval_s": 1.0, "checks": ["cpu"],
        "database_url": "postgresql+psycopg://nobody@127.0.0.1:1/none"})
    watch = Watch()
    monitor = Monitor(nr, settings, hosts=["INBLRDC1SW1", "INBLRDC1SW3"],
                      notifiers=[CallbackNotifier(watch.on_event)], on_poll=watch.on_poll)
    health_lab.fault("INBLRDC1SW3", "cpu-high")
    try:
        stats = monitor.run(duration=5, install_signals=False)
    finally:
        health_lab.clear()
    assert stats.polls >= 4 and stats.store_failures >= 1
    assert watch.find("raised", "INBLRDC1SW3", "cpu")  # alerts still go out


def test_health_check_is_a_plain_nornir_task(health_lab: Any) -> None:
    from nornir_nlchat.health.checks import collect_facts, health_check
    from nornir_nlchat.inventory import load_nornir

    nr = load_nornir(health_lab.inventory_dir)
    routers = nr.filter(filter_func=lambda h: h.name in ("INBLRDC1RTR1", "INBLRDC1SW4"))
    result = routers.run(task=health_check, checks=["cpu", "bgp"],
                         thresholds={"cpu_warning": 1, "cpu_critical": 99})
    for host, multi in result.items():
        verdicts = multi[0].result["verdicts"]
        assert {v["check"] for v in verdicts} >= {"reachability", "cpu"}, host
        cpu = next(v for v in verdicts if v["check"] == "cpu")
        assert cpu["status"] == "warning" and cpu["threshold"] == 1  # plain data
    facts = routers.run(task=collect_facts, checks=["memory"])
    data = facts["INBLRDC1RTR1"][0].result
    assert data["ran"] == ["memory"] and data["facts"]["memory"][0]["total"] > 0
    assert "unsupported" in data and data["error"] is None
    nr.close_connections()
