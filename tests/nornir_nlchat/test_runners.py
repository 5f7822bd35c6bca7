"""The ``nlchat_threaded`` runner on a real Nornir: retries, breaker, timeouts, dead letters."""

from __future__ import annotations

import io
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.task import Result, Task

from nornir_nlchat.execute.breaker import BreakerBoard
from nornir_nlchat.execute.deadletter import DeadLetterStore, replay
from nornir_nlchat.processors import ProgressProcessor
from nornir_nlchat.runners import NLChatRunner, register


class NetmikoAuthenticationException(Exception):
    """Named like netmiko's (classification is by name)."""


_calls: dict[str, int] = {}
_calls_lock = threading.Lock()


def _count(task: Task) -> int:
    with _calls_lock:
        _calls[task.host.name] = _calls.get(task.host.name, 0) + 1
        return _calls[task.host.name]


def flaky(task: Task, fail_first: dict[str, int], kind: str = "connection") -> Result:
    n = _count(task)
    if n <= fail_first.get(task.host.name, 0):
        if kind == "auth":
            raise NetmikoAuthenticationException("Authentication to device failed.")
        raise ConnectionRefusedError(111, "Connection refused")
    return Result(host=task.host, result={"output": f"ok after {n}", "error_kind": None})


def sleepy(task: Task, seconds: dict[str, float]) -> Result:
    time.sleep(seconds.get(task.host.name, 0))
    return Result(host=task.host, result="done")


@pytest.fixture(autouse=True)
def _reset() -> None:
    _calls.clear()


@pytest.fixture()
def inventory(tmp_path: Path) -> Path:
    hosts = "".join(f"R{i}:\n  hostname: 127.0.0.1\n  port: 1\n" for i in range(1, 7))
    (tmp_path / "hosts.yaml").write_text(hosts)
    return tmp_path


def nornir(folder: Path, runner: NLChatRunner) -> Nornir:
    return InitNornir(inventory={"plugin": "SimpleInventory",
                                 "options": {"host_file": str(folder / "hosts.yaml")}},
                      logging={"enabled": False}).with_runner(runner)


def fast_runner(**kw: Any) -> NLChatRunner:
    opts: dict[str, Any] = {"num_workers": 6, "retries": 2, "backoff_base": 0.01,
                            "backoff_max": 0.05, "dead_letter": False,
                            "breaker": BreakerBoard(failure_threshold=5, cool_off=60)}
    opts.update(kw)
    return NLChatRunner(**opts)


def test_selectable_from_config(inventory: Path) -> None:
    register()
    nr = InitNornir(runner={"plugin": "nlchat_threaded",
                            "options": {"num_workers": 3, "retries": 1, "dead_letter": False}},
                    inventory={"plugin": "SimpleInventory",
                               "options": {"host_file": str(inventory / "hosts.yaml")}},
                    logging={"enabled": False})
    assert isinstance(nr.runner, NLChatRunner) and nr.runner.num_workers == 3
    result = nr.run(task=flaky, fail_first={})
    assert not result.failed and len(result) == 6


def test_retries_connection_errors_but_not_auth(inventory: Path) -> None:
    nr = nornir(inventory, fast_runner())
    result = nr.run(task=flaky, fail_first={"R1": 2, "R2": 5}, on_failed=True)
    assert not result["R1"].failed and result["R1"].attempts == 3
    assert result["R1"][0].result["output"] == "ok after 3"
    assert result["R1"][0].result["attempts"] == 3
    assert result["R2"].failed and result["R2"].attempts == 3       # gave up
    assert result["R3"].attempts == 1 and not result["R3"].failed
    _calls.clear()
    auth = nr.run(task=flaky, fail_first={"R4": 9}, kind="auth", on_failed=True)
    assert auth["R4"].failed and auth["R4"].attempts == 1 and _calls["R4"] == 1


def test_breaker_opens_short_circuits_and_half_opens(inventory: Path) -> None:
    board = BreakerBoard(failure_threshold=2, cool_off=0.3)
    nr = nornir(inventory, fast_runner(retries=0, breaker=board))
    for _ in range(2):
        nr.run(task=flaky, fail_first={"R1": 99}, on_failed=True)
    assert board.state("R1")["state"] == "open"
    calls = _calls["R1"]
    short = nr.run(task=flaky, fail_first={"R1": 99}, on_failed=True)
    assert _calls["R1"] == calls                      # nothing was attempted
    payload = short["R1"][0].result
    assert payload["error_kind"] == "circuit_open" and payload["breaker"] == "open"
    assert "circuit open" in payload["error"]
    assert not short["R2"].failed                     # other hosts unaffected
    time.sleep(0.35)
    probe = nr.run(task=flaky, fail_first={}, on_failed=True)
    assert not probe["R1"].failed and probe["R1"].breaker == "closed"


def test_host_timeout_is_enforced(inventory: Path) -> None:
    nr = nornir(inventory, fast_runner(host_timeout=0.3))
    started = time.monotonic()
    result = nr.run(task=sleepy, seconds={"R1": 2.0}, on_failed=True)
    assert time.monotonic() - started < 1.5
    assert result["R1"].failed
    payload = result["R1"][0].result
    assert payload["error_kind"] == "timeout" and "per-host timeout" in payload["error"]
    assert not result["R2"].failed and result["R2"][0].result == "done"


def test_dead_letters_recorded_and_replayed(inventory: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # The task must be importable for a replay: put it in a module on sys.path.
    mod = tmp_path / "nlchat_replay_tasks.py"
    flag = tmp_path / "down"
    mod.write_text(textwrap.dedent(f"""
        from pathlib import Path
        from nornir.core.task import Result

        def maybe_down(task, command):
            if Path({str(flag)!r}).exists() and task.host.name in ("R2", "R5"):
                raise ConnectionRefusedError(111, "Connection refused")
            return Result(host=task.host, result={{"output": command, "error_kind": None}})
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    maybe_down = importlib.import_module("nlchat_replay_tasks").maybe_down
    flag.touch()
    store = DeadLetterStore(tmp_path / "dl.db")
    runner = fast_runner(retries=1, store=store, breaker=BreakerBoard(failure_threshold=50))
    nr = nornir(inventory, runner)
    result = nr.run(task=maybe_down, command="show clock", on_failed=True)
    assert sorted(h for h, m in result.items() if m.failed) == ["R2", "R5"]
    letters = store.list()
    assert [(x.host, x.error_kind, x.attempts) for x in letters] == [
        ("R2", "connection", 2), ("R5", "connection", 2)]
    assert letters[0].task == "nlchat_replay_tasks:maybe_down"
    assert letters[0].params == {"command": "show clock"}
    assert letters[0].inventory == str(inventory)
    outcomes = replay(nr, store)                       # still down: counted, kept
    assert [o["status"] for o in outcomes] == ["failed", "failed"]
    assert store.list()[0].retries == 1
    flag.unlink()
    outcomes = replay(nr, store)
    assert [o["status"] for o in outcomes] == ["resolved", "resolved"]
    assert store.list() == []


def test_progress_counts_each_host_once(inventory: Path) -> None:
    from rich.console import Console

    out = io.StringIO()
    proc = ProgressProcessor(enabled=True, min_hosts=2,
                             console=Console(file=out, force_terminal=True))
    nr = nornir(inventory, fast_runner()).with_processors([proc])
    nr.run(task=flaky, fail_first={"R1": 1, "R6": 9}, on_failed=True)
    assert proc.completed == 6 and proc.failed == 1
    quiet = ProgressProcessor(enabled=False, min_hosts=0)
    nornir(inventory, fast_runner()).with_processors([quiet]).run(task=flaky, fail_first={})
    assert quiet._progress is None and quiet.completed == 6
    auto = ProgressProcessor(min_hosts=1, console=Console(file=io.StringIO()))
    nornir(inventory, fast_runner()).with_processors([auto]).run(task=flaky, fail_first={})
    assert auto.completed == 6  # not a terminal: counted, nothing drawn
