"""Running commands on the lab: persistent connections, jump host, faults, breaker, replay."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from nornir import InitNornir
from nornir.core import Nornir

from nornir_nlchat.execute import connections as pool
from nornir_nlchat.execute.breaker import BreakerBoard
from nornir_nlchat.execute.deadletter import DeadLetterStore, replay
from nornir_nlchat.execute.jump import bastion_stats, close_all_bastions
from nornir_nlchat.inventory import register_inventory_secrets
from nornir_nlchat.runners import NLChatRunner
from nornir_nlchat.tasks import run_command

from .conftest import LAB_PASSWORD


def make_nornir(folder: Path, runner: NLChatRunner, transport: str | None = None,
                **execution: Any) -> Nornir:
    """The lab's Nornir; ``transport`` pins one (default: the library's default)."""
    nr = InitNornir(
        inventory={"plugin": "SimpleInventory",
                   "options": {"host_file": str(folder / "hosts.yaml"),
                               "group_file": str(folder / "groups.yaml"),
                               "defaults_file": str(folder / "defaults.yaml")}},
        user_defined={"nlchat": {"execution": {"connect_timeout": 5, **execution}}},
        logging={"enabled": False})
    nr.inventory.defaults.password = LAB_PASSWORD
    if transport:
        nr.inventory.defaults.data["nlchat_transport"] = transport
    register_inventory_secrets(nr)
    return nr.with_runner(runner)


def runner(**kw: Any) -> NLChatRunner:
    opts: dict[str, Any] = {"num_workers": 24, "retries": 2, "backoff_base": 0.05,
                            "backoff_max": 0.2, "dead_letter": False, "host_timeout": 20,
                            "breaker": BreakerBoard(failure_threshold=10, cool_off=60)}
    opts.update(kw)
    return NLChatRunner(**opts)


def behind_bastion(nr: Nornir) -> list[str]:
    return [n for n, h in nr.inventory.hosts.items() if h.data.get("jump_host")]


def test_persistent_connections_jump_host_and_parsing(lab_dir: Path) -> None:
    nr = make_nornir(lab_dir, runner(), transport="netmiko")
    try:
        first = nr.run(task=run_command, command="show version", on_failed=True)
        assert not first.failed, {h: m[0].result["error"] for h, m in first.items() if m.failed}
        jumped = behind_bastion(nr)
        assert jumped, "the lab puts its last site behind the bastion"
        opened = {h: nr.inventory.hosts[h].connections[pool.CONNECTION].opened_at
                  for h in nr.inventory.hosts}
        for name, multi in first.items():
            data = multi[0].result
            assert data["parsed"] and data["parsed"][0]["version"], name
            assert data["connection"]["reused"] is False
            assert data["timings"]["connect_ms"] > 0
            assert data["connection"]["via"] == ("127.0.0.1" if name in jumped else None)
            assert not data["output"].startswith("show version")
            assert "#" not in data["output"].strip().splitlines()[-1]
        # one shared bastion connection carries every jumped host (other tests' may linger)
        assert bastion_stats().get(f"127.0.0.1:{lab_bastion_port(nr)}") == len(jumped)
        second = nr.run(task=run_command, command="show clock", on_failed=True)
        assert not second.failed
        for name, multi in second.items():
            data = multi[0].result
            assert data["connection"]["reused"] is True and data["timings"]["connect_ms"] == 0
            assert nr.inventory.hosts[name].connections[pool.CONNECTION].opened_at == \
                opened[name]                                   # no new login
        rejected = nr.run(task=run_command, command="show vresion", on_failed=True)
        payload = rejected[jumped[0]][0].result
        assert payload["error_kind"] == "rejected" and "% Invalid input" in payload["error"]
        assert rejected[jumped[0]].attempts == 1              # never retried
    finally:
        nr.close_connections(on_good=True, on_failed=True)
        close_all_bastions()


def lab_bastion_port(nr: Nornir) -> int:
    host = nr.inventory.hosts[behind_bastion(nr)[0]]
    return int(host.data["jump_host"]["port"])


@pytest.mark.parametrize("transport", ["netmiko", "asyncssh"])
def test_every_fault_is_classified_while_other_hosts_succeed(lab: Any, lab_dir: Path,
                                                             tmp_path: Path,
                                                             transport: str) -> None:
    store = DeadLetterStore(tmp_path / "dl.db")
    nr = make_nornir(lab_dir, runner(store=store), transport=transport, connect_timeout=4)
    names = [n for n in nr.inventory.hosts if n not in behind_bastion(nr)]
    faults = {"wrong-password": {}, "connection-refused": {}, "hang": {},
              "disconnect": {}, "garbage": {}, "slow-login": {"seconds": 9}}
    victims = dict(zip(faults, names, strict=False))
    for kind, host in victims.items():
        lab.fault(host, kind, **faults[kind])
    try:
        started = time.monotonic()
        result = nr.run(task=run_command, command="show version", read_timeout=2,
                        on_failed=True)
        elapsed = time.monotonic() - started
        got = {kind: result[host][0].result for kind, host in victims.items()}
        assert got["wrong-password"]["error_kind"] == "auth"
        assert "authentication failed" in got["wrong-password"]["error"]
        assert result[victims["wrong-password"]].attempts == 1
        assert got["connection-refused"]["error_kind"] == "connection"
        assert "refused" in got["connection-refused"]["error"]
        assert result[victims["connection-refused"]].attempts == 3
        assert got["hang"]["error_kind"] == "timeout"
        assert "did not finish answering" in got["hang"]["error"]
        assert got["disconnect"]["error_kind"] == "connection", got["disconnect"]["error"]
        assert result[victims["disconnect"]].attempts == 3
        assert got["garbage"]["error_kind"] == "garbled"
        assert got["slow-login"]["error_kind"] == "connection"
        assert "timed out" in got["slow-login"]["error"]
        failed = {h for h, m in result.items() if m.failed}
        assert failed == set(victims.values()), {                # everyone else succeeded
            h: result[h][0].result["error"] for h in failed - set(victims.values())}
        assert elapsed < 30
        letters = {x.host: x for x in store.list()}
        assert set(letters) == set(victims.values())
        assert letters[victims["hang"]].params["command"] == "show version"
        assert all(LAB_PASSWORD not in str(x.to_dict()) for x in letters.values())
        lab.clear()
        outcomes = replay(nr, store)
        assert {o["status"] for o in outcomes} == {"resolved"}, outcomes
        assert store.list() == []
    finally:
        nr.close_connections(on_good=True, on_failed=True)


@pytest.mark.parametrize("transport", ["netmiko", "asyncssh"])
def test_a_fault_in_the_session_preparation_is_classified_like_the_same_fault_later(
        lab: Any, lab_dir: Path, transport: str) -> None:
    """The login's own commands (``terminal length 0``) meet the fault: a dropped session
    is a connection failure (retried), a silent one a timeout (not retried)."""
    nr = make_nornir(lab_dir, runner(), transport=transport, connect_timeout=2)
    ios = [n for n, h in nr.inventory.hosts.items()
           if h.platform == "cisco_ios" and n not in behind_bastion(nr)]
    dropped, silent = ios[:2]
    lab.fault(dropped, "disconnect", match="^terminal length")
    lab.fault(silent, "hang", match="^terminal length")
    try:
        result = nr.filter(filter_func=lambda h: h.name in (dropped, silent)).run(
            task=run_command, command="show clock", read_timeout=2, on_failed=True)
        gone, stuck = result[dropped][0].result, result[silent][0].result
        assert gone["error_kind"] == "connection", gone["error"]
        assert result[dropped].attempts == 3
        assert stuck["error_kind"] == "timeout", stuck["error"]
        assert result[silent].attempts == 1
        if transport == "netmiko":
            assert "session preparation" in stuck["error"]
        lab.clear(dropped)
        lab.clear(silent)
        again = nr.filter(filter_func=lambda h: h.name in (dropped, silent)).run(
            task=run_command, command="show clock", on_failed=True)
        assert not again.failed
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_breaker_opens_and_recovers_on_the_lab(lab: Any, lab_dir: Path) -> None:
    board = BreakerBoard(failure_threshold=2, cool_off=1.0)
    nr = make_nornir(lab_dir, runner(retries=0, breaker=board))
    host = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    one = nr.filter(name=host)
    lab.fault(host, "connection-refused")
    try:
        for _ in range(2):
            assert one.run(task=run_command, command="show clock", on_failed=True).failed
        assert board.state(host)["state"] == "open"
        short = one.run(task=run_command, command="show clock", on_failed=True)
        assert short[host][0].result["error_kind"] == "circuit_open"
        assert short[host].breaker == "open"
        lab.clear(host)
        time.sleep(1.1)
        probe = one.run(task=run_command, command="show clock", on_failed=True)
        assert not probe.failed and probe[host].breaker == "closed"
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_reconnect_idle_timeout_and_serialised_use(lab_dir: Path) -> None:
    nr = make_nornir(lab_dir, runner(), transport="netmiko", idle_timeout=0.6)
    host_name = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    one = nr.filter(name=host_name)
    host = nr.inventory.hosts[host_name]
    try:
        assert not one.run(task=run_command, command="show clock").failed
        # the connection dies under us: the next command reconnects transparently
        plugin = host.connections[pool.CONNECTION]
        plugin.connection.remote_conn.get_transport().sock.close()
        again = one.run(task=run_command, command="show clock", on_failed=True)
        assert not again.failed and again[host_name].attempts == 1
        assert again[host_name][0].result["connection"]["reused"] is False
        # idle longer than idle_timeout: closed and opened again
        time.sleep(0.7)
        idle = one.run(task=run_command, command="show clock")
        assert idle[host_name][0].result["connection"]["reused"] is False
        # concurrent runs on the same host are serialised on its one connection
        outputs: list[bool] = []

        def ask() -> None:
            r = one.run(task=run_command, command="show version", on_failed=True)
            outputs.append(not r.failed and bool(r[host_name][0].result["parsed"]))

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert outputs == [True] * 4
        assert pool.CONNECTION in host.connections
    finally:
        nr.close_connections(on_good=True, on_failed=True)


@pytest.mark.parametrize("transport", ["scrapli"])
def test_alternative_transport(lab_dir: Path, transport: str) -> None:
    pytest.importorskip("nornir_scrapli")
    nr = make_nornir(lab_dir, runner())
    host_name = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    host = nr.inventory.hosts[host_name]
    host.data["nlchat_transport"] = transport
    from nornir.core.inventory import ConnectionOptions

    host.connection_options["scrapli"] = ConnectionOptions(
        platform="cisco_iosxe",
        extras={"auth_strict_key": False, "transport": "paramiko",
                "auth_secondary": host.get_connection_parameters("netmiko").extras.get(
                    "secret")})
    one = nr.filter(name=host_name)
    try:
        first = one.run(task=run_command, command="show version", on_failed=True)
        data = first[host_name][0].result
        assert not first.failed, data["error"]
        assert data["connection"]["transport"] == "scrapli" and data["parsed"]
        second = one.run(task=run_command, command="show clock")
        assert second[host_name][0].result["connection"]["reused"] is True
    finally:
        nr.close_connections(on_good=True, on_failed=True)
