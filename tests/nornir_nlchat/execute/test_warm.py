"""Warm batches: the event loop runs a command on every open asyncssh session itself."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from nornir.core import Nornir
from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task

from nornir_nlchat.execute import connections as pool
from nornir_nlchat.tasks import run_command

from .test_execute_lab import make_nornir, runner

LOOP = "nlchat-asyncssh"  # the thread of the asyncssh event loop


class Threads:
    """A Nornir processor that notes which thread started each host's task."""

    def __init__(self) -> None:
        self.started: dict[str, str] = {}
        self.completed: list[str] = []

    def task_started(self, task: Task) -> None:
        self.started.clear()
        self.completed.clear()

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        pass

    def task_instance_started(self, task: Task, host: Host) -> None:
        self.started[host.name] = threading.current_thread().name

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        self.completed.append(host.name)

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        pass

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        pass


def _nornir(lab_dir: Path, threads: Threads) -> Nornir:
    return make_nornir(lab_dir, runner(), transport="asyncssh").with_processors([threads])


def test_warm_hosts_run_on_the_event_loop_with_the_same_results(lab_dir: Path) -> None:
    threads = Threads()
    nr = _nornir(lab_dir, threads)
    try:
        cold = nr.run(task=run_command, command="show version", on_failed=True)
        assert not cold.failed
        assert all(t.startswith("nlchat") for t in threads.started.values())  # workers
        warm = nr.run(task=run_command, command="show version", on_failed=True)
        assert not warm.failed, {h: m[0].result["error"] for h, m in warm.items() if m.failed}
        assert set(threads.started.values()) == {LOOP}  # no worker thread took part
        assert sorted(threads.completed) == sorted(nr.inventory.hosts)
        assert list(warm) == list(cold)  # the inventory's order
        for name, multi in warm.items():
            data, before = multi[0].result, cold[name][0].result
            assert multi[0].name == "run_command" and multi.attempts == 1
            assert multi.breaker == "closed" and data["breaker"] == "closed"
            assert set(data) == set(before)
            assert data["connection"]["reused"] is True
            assert data["connection"]["transport"] == "asyncssh"
            assert data["timings"]["command_ms"] > 0
            assert re.sub(r"\d+", "0", data["output"]) == \
                re.sub(r"\d+", "0", before["output"])
            assert data["parsed"] and data["parsed"][0]["version"] == \
                before["parsed"][0]["version"]
        # a refusal is the same on the warm path as on the workers' (nothing sent)
        refused = nr.run(task=run_command, command="reload", on_failed=True)
        assert all(m[0].result["error_kind"] == "unsafe" for m in refused.values())
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_faults_on_warm_sessions(lab: Any, lab_dir: Path) -> None:
    """A warm session that hangs times out; one that drops is retried by the workers
    (reconnect, backoff) and fails as a connection error; garbage is reported; every other
    host answers from the event loop."""
    threads = Threads()
    nr = _nornir(lab_dir, threads)
    names = list(nr.inventory.hosts)
    hang, drop, garbage = names[:3]
    try:
        assert not nr.run(task=run_command, command="show clock", on_failed=True).failed
        lab.fault(hang, "hang")
        lab.fault(drop, "disconnect")
        lab.fault(garbage, "garbage")
        result = nr.run(task=run_command, command="show clock", read_timeout=1.5,
                        on_failed=True)
        got = {h: result[h][0].result for h in (hang, drop, garbage)}
        assert got[hang]["error_kind"] == "timeout"
        assert "did not finish answering" in got[hang]["error"]
        assert pool.ASYNCSSH_CONNECTION not in nr.inventory.hosts[hang].connections
        assert got[drop]["error_kind"] == "connection" and result[drop].attempts == 3
        assert threads.started[drop].startswith("nlchat")  # retried by the workers
        assert got[garbage]["error_kind"] == "garbled"
        assert set(result.failed_hosts) == {hang, drop, garbage}
        assert {threads.started[h] for h in names[3:]} == {LOOP}
        lab.clear()
        again = nr.run(task=run_command, command="show clock", on_failed=True)
        assert not again.failed
        assert again[hang][0].result["connection"]["reused"] is False  # reopened
    finally:
        lab.clear()
        nr.close_connections(on_good=True, on_failed=True)


def test_concurrent_warm_runs_never_share_a_session(lab_dir: Path) -> None:
    """Runs started together from several threads each get every host's own answer (one
    command at a time per session; the others wait in a worker)."""
    nr = make_nornir(lab_dir, runner(), transport="asyncssh")
    try:
        assert not nr.run(task=run_command, command="show version", on_failed=True).failed
        results: list[AggregatedResult] = []

        def ask() -> None:
            results.append(nr.run(task=run_command, command="show version", on_failed=True))

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 4
        for result in results:
            assert not result.failed, {h: m[0].result["error"] for h, m in result.items()
                                       if m.failed}
            for name, multi in result.items():
                assert f"{name} uptime is" in multi[0].result["output"], name
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_a_warm_batch_leaves_no_garbage_for_the_cycle_collector(lab_dir: Path) -> None:
    """Each host's call, answer and task copy are freed by reference counting as soon as
    the host is handled: a batch leaves nothing for Python's cycle collector, whose
    passes would otherwise grow with the fleet and stall the loop (the results stay)."""
    import gc

    nr = _nornir(lab_dir, Threads())
    try:
        assert not nr.run(task=run_command, command="show clock", on_failed=True).failed
        gc.collect()
        gc.disable()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            warm = nr.run(task=run_command, command="show clock", on_failed=True)
            assert not warm.failed
            del warm
            gc.collect()
            ours = {"WarmCall", "Answer", "AnswerReader", "Prepared", "Task", "MultiResult",
                    "Result"}  # other threads' stray garbage (a traceback) does not count
            garbage = sorted({type(o).__name__ for o in gc.garbage} & ours)
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
            gc.enable()
        assert garbage == []
    finally:
        nr.close_connections(on_good=True, on_failed=True)
