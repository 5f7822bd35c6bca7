"""``nlchat_ray`` on a local Ray (4 logical CPUs, worker processes) against the lab.

Asks and a health round give the same results as the threaded runner; a worker killed
mid-run loses no host; placement pins shards to nodes by resource.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ray = pytest.importorskip("ray", reason="Ray is the [distributed] extra")

from nornir import InitNornir  # noqa: E402
from nornir.core import Nornir  # noqa: E402

from nornir_nlchat.distributed.runner import RayRunner  # noqa: E402
from nornir_nlchat.errors import ConfigError, ExecutionError  # noqa: E402
from nornir_nlchat.execute.deadletter import DeadLetterStore  # noqa: E402
from nornir_nlchat.health.poll import poll_host, poll_round  # noqa: E402
from nornir_nlchat.inventory import load_nornir  # noqa: E402
from nornir_nlchat.lab.runner import Lab  # noqa: E402
from nornir_nlchat.tasks import run_command, run_config  # noqa: E402

pytestmark = pytest.mark.timeout(180)
CHECKS = ["interfaces", "errdisabled", "cpu", "bgp"]


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """A local Ray instance: 4 logical CPUs, a ``dc_test`` resource, shut down after."""
    if ray.is_initialized():
        ray.shutdown()
    ray.init(num_cpus=4, resources={"dc_test": 2}, include_dashboard=False,
             log_to_driver=False, namespace="nlchat-tests")
    try:
        yield
    finally:
        ray.shutdown()


def _inventory(folder: Path) -> dict[str, Any]:
    return {"plugin": "SimpleInventory", "options": {
        "host_file": str(folder / "hosts.yaml"), "group_file": str(folder / "groups.yaml"),
        "defaults_file": str(folder / "defaults.yaml")}}


def _runner(**kw: Any) -> RayRunner:
    options: dict[str, Any] = {"num_actors": 2, "dead_letter": False, "batch_size": 4,
                               "actor_cpus": 0.5,
                               "retries": 1, "backoff_base": 0.05, "host_timeout": 60}
    options.update(kw)
    return RayRunner(**options)


@pytest.fixture(scope="module")
def ray_nr(lab: Lab, local_ray: None) -> Iterator[tuple[Nornir, RayRunner]]:
    runner = _runner()
    nr = load_nornir(lab.inventory_dir).with_runner(runner)
    try:
        yield nr, runner
    finally:
        nr.close_connections(on_good=True, on_failed=True)
        runner.shutdown()


def _steady(output: str | None) -> str:
    """Output without the lines that change by the second (uptime)."""
    return "\n".join(line for line in (output or "").splitlines()
                     if "uptime" not in line.lower())


def _steady_records(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parsed records without the uptime fields (a run a minute later differs there)."""
    return [{k: v for k, v in r.items() if not k.startswith("uptime")} for r in records]


def _comparable(result: Any) -> dict[str, tuple[Any, ...]]:
    out = {}
    for name, multi in result.items():
        data = multi[0].result
        out[name] = (multi.failed, data.get("command"), data.get("error_kind"),
                     _steady(data.get("output")))
    return out


def test_same_results_as_threaded_over_two_worker_processes(
        lab: Lab, ray_nr: tuple[Nornir, RayRunner]) -> None:
    nr, runner = ray_nr
    threaded = load_nornir(lab.inventory_dir)
    try:
        expected = threaded.run(task=run_command, command="show version", on_failed=True)
    finally:
        threaded.close_connections(on_good=True, on_failed=True)
    got = nr.run(task=run_command, command="show version", on_failed=True)
    assert list(got) == list(expected) and len(got) == 20
    assert _comparable(got) == _comparable(expected)
    assert not got.failed
    pids = {info["pid"] for info in runner.info}
    assert len(pids) == 2 and os.getpid() not in pids          # two separate processes
    workers = {name: multi.worker for name, multi in got.items()}
    assert set(workers.values()) == {"shard-0", "shard-1"}
    sites = yaml.safe_load((lab.inventory_dir / "hosts.yaml").read_text())
    by_site: dict[str, set[str]] = {}
    for name, host in sites.items():
        by_site.setdefault(host["data"]["site"], set()).add(workers[name])
    assert all(len(w) == 1 for w in by_site.values())           # a site on one worker
    parsed = got["INBLRDC1RTR1"][0].result
    assert _steady_records(parsed["parsed"]) == \
        _steady_records(expected["INBLRDC1RTR1"][0].result["parsed"])
    # the second run reuses the workers' open connections: no new logins
    again = nr.run(task=run_command, command="show version", on_failed=True)
    assert all(m[0].result.get("attempts") == 1 for m in again.values())
    assert runner.last_run["batches"] >= 2 and runner.last_run["rerouted"] == 0


def test_nlchat_asks_through_the_runner_match_threaded(lab: Lab, local_ray: None,
                                                       tmp_path: Path) -> None:
    from nlchat import NLChat

    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({
        "inventory": _inventory(lab.inventory_dir),
        "runner": {"plugin": "nlchat_ray",
                   "options": {"num_actors": 2, "shard_by": "site", "dead_letter": False,
                               "actor_cpus": 0.5}},
        "logging": {"enabled": False}}))
    asks = ["show version on the delhi switches", "cpu on all bangalore routers",
            "interfaces on INDELB1SW1", "bgp neighbors on the singapore router"]
    with NLChat(config, progress=False) as chat:
        assert isinstance(chat.runner, RayRunner)
        runner = chat.runner
        dist = [chat.ask(q) for q in asks]
    runner.shutdown()
    with NLChat(inventory=lab.inventory_dir, progress=False) as chat:
        assert not isinstance(chat.runner, RayRunner)
        base = [chat.ask(q) for q in asks]
    for got, want in zip(dist, base, strict=True):
        assert got.status == want.status, got.query
        assert got.hosts == want.hosts and got.hosts
        for name, res in want.results.items():
            mine = got.results[name]
            assert (mine.command, mine.failed, mine.error_kind) == \
                (res.command, res.failed, res.error_kind), (got.query, name)
    assert dist[0].status == "ok"
    assert {n: _steady(r.output) for n, r in dist[0].results.items()} == \
        {n: _steady(r.output) for n, r in base[0].results.items()}       # static output: identical


def test_health_round_through_the_runner_matches_threaded(
        lab: Lab, ray_nr: tuple[Nornir, RayRunner]) -> None:
    nr = ray_nr[0]
    nr.close_connections(on_good=True, on_failed=True)  # both sides log in afresh
    lab.fault("INDELB1SW1", "err-disabled")
    lab.fault("INBLRB1RTR1", "connection-refused")
    threaded = load_nornir(lab.inventory_dir)
    try:
        expected = poll_round(threaded, checks=CHECKS, read_timeout=20)
        got = poll_round(nr, checks=CHECKS, read_timeout=20)  # the health API, on Ray
    finally:
        threaded.close_connections(on_good=True, on_failed=True)
        lab.clear("INDELB1SW1")
        lab.clear("INBLRB1RTR1")

    def statuses(round_: Any) -> dict[tuple[str, str], str]:
        return {(r.host, r.check): r.status for r in round_.results()}

    assert statuses(got) == statuses(expected)
    assert len({p.host for p in got.polls}) == 20
    down = {(r.host, r.check): r for r in got.results()}
    assert down[("INBLRB1RTR1", "reachability")].status == "critical"
    assert down[("INDELB1SW1", "errdisabled")].status != "ok"
    one = poll_host(nr, nr.inventory.hosts["INDELB1CSW1"], CHECKS, read_timeout=20)
    # the workers polled: the driver's hosts opened no connection of their own
    assert not any(host.connections for host in nr.inventory.hosts.values())
    assert one.ok and one.facts is not None and one.commands > 0
    assert {r.check for r in one.results} >= {"reachability", "cpu"}


def _slow_then_kill(lab: Lab, runner: RayRunner, victim: int, hosts: list[str],
                    delay: float) -> threading.Thread:
    for name in hosts:
        lab.fault(name, "slow-login", seconds=2)

    def kill() -> None:
        time.sleep(delay)
        os.kill(int(runner.info[victim]["pid"]), signal.SIGKILL)

    thread = threading.Thread(target=kill, daemon=True)
    thread.start()
    return thread


def test_worker_killed_mid_run_loses_no_host_and_takes_its_shard_back(
        lab: Lab, local_ray: None) -> None:
    runner = _runner(batch_size=3, num_workers=4)
    nr = load_nornir(lab.inventory_dir).with_runner(runner)
    try:
        nr.run(task=run_command, command="show clock", on_failed=True)   # place the shards
        shard0 = runner.shards.shards()["shard-0"]
        old_pid = runner.info[0]["pid"]
        nr.close_connections(on_good=True, on_failed=True)              # fresh, slow logins
        killer = _slow_then_kill(lab, runner, 0, shard0, delay=1.0)
        try:
            result = nr.run(task=run_command, command="show version", on_failed=True)
        finally:
            killer.join()
            lab.clear()
        assert set(result) == set(nr.inventory.hosts)                    # nobody lost
        for name in shard0:
            multi = result[name]
            data = multi[0].result
            assert not multi.failed or data["error_kind"] == "worker_lost", (name, data)
        moved = [n for n in shard0 if result[n].worker == "shard-1"]
        assert moved and runner.last_run["lost"] >= len(moved)
        assert not any(result[n].failed for n in moved)
        assert "Cisco" in result[moved[0]][0].result["output"] or \
            result[moved[0]][0].result["output"]
        assert runner.wait_ready(30)                                      # Ray restarted it
        back = nr.run(task=run_command, command="show version", on_failed=True)
        assert not back.failed
        assert {back[n].worker for n in shard0} == {"shard-0"}           # its shard again
        assert runner.info[0]["pid"] != old_pid                           # a new process
    finally:
        nr.close_connections(on_good=True, on_failed=True)
        runner.shutdown()


def test_write_task_on_a_killed_worker_is_a_classified_failure_not_a_rerun(
        lab: Lab, local_ray: None, tmp_path: Path) -> None:
    store = tmp_path / "dl.db"
    runner = _runner(batch_size=2, num_workers=2, max_restarts=0, dead_letter=str(store))
    nr = load_nornir(lab.inventory_dir).with_runner(runner)
    names = ["INDELB1SW1", "INDELB1SW2", "INDELB1CSW1", "INDELB1RTR1"]
    try:
        small = nr.filter(filter_func=lambda h: h.name in names)
        small.run(task=run_command, command="show clock", on_failed=True)
        victim = runner.shards.home["INDELB1SW1"]
        small.close_connections(on_good=True, on_failed=True)
        killer = _slow_then_kill(lab, runner, victim, names, delay=0.8)
        try:
            result = small.run(task=run_config, lines={n: ["interface Ethernet1",
                                                            "description x"] for n in names},
                               allow_write=True, on_failed=True)
        finally:
            killer.join()
            lab.clear()
        assert set(result) == set(names)
        lost = [n for n in names if result[n].failed]
        assert lost
        for name in lost:
            data = result[name][0].result
            assert data["error_kind"] == "worker_lost"
            assert "died" in data["error"] and "check the device" in data["error"]
        assert runner.alive()[victim] is False
        recorded = DeadLetterStore(str(store)).list()
        assert {r.host for r in recorded} >= set(lost)
    finally:
        runner.shutdown()


def test_placement_pins_a_site_to_nodes_with_a_resource(lab: Lab, local_ray: None) -> None:
    runner = _runner(num_actors=1, placement={"SIN-DC1": {"resources": {"dc_test": 0.5}}})
    nr = load_nornir(lab.inventory_dir).with_runner(runner)
    try:
        result = nr.run(task=run_command, command="show version", on_failed=True)
        assert not result.failed
        sin = [n for n in result if n.startswith("SGSIN")]             # behind the bastion
        assert sin and {result[n].worker for n in sin} == {"SIN-DC1-0"}
        assert {result[n].worker for n in result if n not in sin} == {"shard-0"}
    finally:
        nr.close_connections(on_good=True, on_failed=True)
        runner.shutdown()
    missing = _runner(num_actors=1, start_timeout=2,
                      placement={"SIN-DC1": {"resources": {"dc_elsewhere": 1}}})
    with pytest.raises(ExecutionError, match="dc_elsewhere"):
        missing.start()


def test_selected_from_config_and_unsendable_tasks_refused(lab: Lab, local_ray: None) -> None:
    nr = InitNornir(inventory=_inventory(lab.inventory_dir), logging={"enabled": False},
                    runner={"plugin": "nlchat_ray",
                            "options": {"num_actors": 2, "shard_by": "hash",
                                        "dead_letter": False, "actor_cpus": 0.5}})
    runner = nr.runner
    assert isinstance(runner, RayRunner)
    lock = threading.Lock()

    def local_task(task: Any) -> Any:
        with lock:
            return None

    try:
        with pytest.raises(ConfigError, match="module-level"):
            nr.run(task=local_task)
    finally:
        runner.shutdown()
