"""The asyncssh transport on the lab: every platform, jump host, reconnects, faults."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nornir import InitNornir
from nornir.core import Nornir

from nornir_nlchat.execute import asyncssh_transport as ax
from nornir_nlchat.execute import connections as pool
from nornir_nlchat.execute.breaker import BreakerBoard
from nornir_nlchat.execute.jump import bastion_stats, close_all_bastions
from nornir_nlchat.runners import NLChatRunner
from nornir_nlchat.tasks import run_command, run_config

from .test_execute_lab import behind_bastion, lab_bastion_port, make_nornir, runner

ASYNC = pool.ASYNCSSH_CONNECTION


def _asyncssh(nr: Nornir) -> Nornir:
    nr.inventory.defaults.data["nlchat_transport"] = "asyncssh"
    return nr


@pytest.fixture(scope="module")
def mixed_lab() -> Iterator[Any]:
    """A small lab with every platform the lab simulates (no bastion)."""
    from nornir_nlchat.lab import Lab

    lab = Lab(devices=14, bastion=False)
    lab.start()
    try:
        yield lab
    finally:
        lab.cleanup()


def _mixed_nornir(folder: Path, transport: str) -> Nornir:
    nr = InitNornir(
        inventory={"plugin": "SimpleInventory",
                   "options": {"host_file": str(folder / "hosts.yaml"),
                               "group_file": str(folder / "groups.yaml"),
                               "defaults_file": str(folder / "defaults.yaml")}},
        user_defined={"nlchat": {"execution": {"connect_timeout": 10}}},
        logging={"enabled": False})
    nr.inventory.defaults.data["nlchat_transport"] = transport
    return nr.with_runner(NLChatRunner(num_workers=20, dead_letter=False,
                                       breaker=BreakerBoard(failure_threshold=50)))


def _same(text: str) -> str:
    """Output with the figures that change from one second to the next blanked."""
    return re.sub(r"\d+", "0", text)


def test_every_platform_answers_like_the_netmiko_transport(mixed_lab: Any) -> None:
    commands = ("show version", "show interfaces", "show clock", "show vresion")
    answers: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
    for transport in ("netmiko", "asyncssh"):
        nr = _mixed_nornir(mixed_lab.inventory_dir, transport)
        try:
            for command in commands:
                result = nr.run(task=run_command, command=command, on_failed=True)
                for name, multi in result.items():
                    answers.setdefault(transport, {})[(name, command)] = multi[0].result
        finally:
            nr.close_connections(on_good=True, on_failed=True)
    platforms = {h["platform"] for h in mixed_lab.hosts().values()}
    assert len(platforms) >= 6, platforms
    for key, ours in answers["asyncssh"].items():
        theirs = answers["netmiko"][key]
        assert ours["connection"]["transport"] == "asyncssh"
        assert ours["error_kind"] == theirs["error_kind"], (key, ours["error"], theirs["error"])
        assert _same(ours["output"]) == _same(theirs["output"]), key
        assert (ours["parsed"] is None) == (theirs["parsed"] is None), key
    first = answers["asyncssh"]
    assert all(first[(n, "show version")]["error_kind"] is None for n, _ in first)
    assert {v["error_kind"] for (n, c), v in first.items() if c == "show vresion"} == \
        {"rejected"}


def test_configuration_goes_through_the_same_session(mixed_lab: Any) -> None:
    nr = _mixed_nornir(mixed_lab.inventory_dir, "asyncssh")
    name = next(n for n, h in nr.inventory.hosts.items() if h.platform == "cisco_ios")
    one = nr.filter(name=name)
    try:
        brief = one.run(task=run_command, command="show ip interface brief")
        port = brief[name][0].result["parsed"][0]["interface"]
        plugin = nr.inventory.hosts[name].connections[ASYNC]
        lines = {name: [f"interface {port}", "description via-asyncssh"]}
        done = one.run(task=run_config, lines=lines, allow_write=True, on_failed=True)
        assert not done.failed, done[name][0].result
        assert done[name][0].result[0]["connection"]["transport"] == "asyncssh"
        shown = one.run(task=run_command, command=f"show running-config interface {port}")
        assert "via-asyncssh" in shown[name][0].result["output"], shown[name][0].result
        assert nr.inventory.hosts[name].connections[ASYNC] is plugin  # no second login
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_jump_host_reuse_and_rejection(lab_dir: Path) -> None:
    nr = _asyncssh(make_nornir(lab_dir, runner()))
    ours = f"127.0.0.1:{lab_bastion_port(nr)}"  # other tests' bastions may still be open
    try:
        first = nr.run(task=run_command, command="show version", on_failed=True)
        assert not first.failed, {h: m[0].result["error"] for h, m in first.items() if m.failed}
        jumped = behind_bastion(nr)
        assert jumped
        for name, multi in first.items():
            data = multi[0].result
            assert data["connection"] == {"transport": "asyncssh", "reused": False,
                                          "via": "127.0.0.1" if name in jumped else None}
            assert data["parsed"] and data["parsed"][0]["version"], name
            assert not data["output"].startswith("show version")
        assert bastion_stats().get(ours) == len(jumped)
        opened = {h: nr.inventory.hosts[h].connections[ASYNC].opened_at for h in first}
        second = nr.run(task=run_command, command="show clock", on_failed=True)
        assert not second.failed
        for name, multi in second.items():
            assert multi[0].result["connection"]["reused"] is True
            assert nr.inventory.hosts[name].connections[ASYNC].opened_at == opened[name]
        rejected = nr.run(task=run_command, command="show vresion", on_failed=True)
        assert rejected[jumped[0]][0].result["error_kind"] == "rejected"
        assert rejected[jumped[0]].attempts == 1
    finally:
        nr.close_connections(on_good=True, on_failed=True)
        close_all_bastions()
    deadline = time.monotonic() + 5
    while ours in bastion_stats() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ours not in bastion_stats()


def test_faults_are_classified(lab: Any, lab_dir: Path) -> None:
    nr = _asyncssh(make_nornir(lab_dir, runner(), connect_timeout=4))
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
        assert got["hang"]["error_kind"] == "timeout"
        assert "did not finish answering" in got["hang"]["error"]
        assert got["disconnect"]["error_kind"] == "connection"
        assert "closed" in got["disconnect"]["error"]
        assert result[victims["disconnect"]].attempts == 3
        assert got["garbage"]["error_kind"] == "garbled"
        assert got["slow-login"]["error_kind"] == "connection"
        assert "timed out" in got["slow-login"]["error"]
        failed = {h for h, m in result.items() if m.failed}
        assert failed == set(victims.values()), {
            h: result[h][0].result["error"] for h in failed - set(victims.values())}
        assert all(result[h][0].result["connection"]["transport"] == "asyncssh"
                   for h in result)
        assert elapsed < 30
        lab.clear()
        again = nr.run(task=run_command, command="show version", on_failed=True)
        assert not again.failed, {h: m[0].result["error"] for h, m in again.items() if m.failed}
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_reconnect_idle_timeout_close_and_serialised_use(lab_dir: Path) -> None:
    nr = _asyncssh(make_nornir(lab_dir, runner(), idle_timeout=0.6))
    host_name = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    one = nr.filter(name=host_name)
    host = nr.inventory.hosts[host_name]
    try:
        assert not one.run(task=run_command, command="show clock").failed
        plugin = host.connections[ASYNC]
        assert isinstance(plugin, ax.AsyncSSHConnection) and plugin.alive()
        # the TCP connection dies under us: the next command reconnects transparently
        fd = plugin.ssh.get_extra_info("socket").fileno()
        with socket.socket(fileno=os.dup(fd)) as dup:
            dup.shutdown(socket.SHUT_RDWR)
        time.sleep(0.2)
        again = one.run(task=run_command, command="show clock", on_failed=True)
        assert not again.failed and again[host_name].attempts == 1, \
            again[host_name][0].result
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
        # close_host unblocks a reader that waits for a prompt that never comes
        plugin = host.connections[ASYNC]
        waiting: list[BaseException] = []

        def stuck() -> None:
            try:
                plugin.send("show clock", 30)
            except BaseException as exc:
                waiting.append(exc)

        t = threading.Thread(target=stuck)
        plugin._prompt_re = re.compile("NEVER-MATCHES$")
        t.start()
        time.sleep(0.3)
        pool.close_host(host)
        t.join(5)
        assert not t.is_alive() and waiting and isinstance(waiting[0], pool.DeviceClosed)
        assert ASYNC not in host.connections
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_transport_switch_replaces_the_connection(lab_dir: Path) -> None:
    nr = make_nornir(lab_dir, runner())
    host_name = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    one = nr.filter(name=host_name)
    host = nr.inventory.hosts[host_name]
    try:
        host.data["nlchat_transport"] = "netmiko"
        assert not one.run(task=run_command, command="show clock").failed
        assert set(host.connections) == {pool.CONNECTION}
        host.data["nlchat_transport"] = "asyncssh"
        assert not one.run(task=run_command, command="show clock").failed
        assert set(host.connections) == {ASYNC}
    finally:
        nr.close_connections(on_good=True, on_failed=True)


@contextlib.contextmanager
def _one_open_host(lab_dir: Path, **options: Any) -> Iterator[tuple[Nornir, str, Any]]:
    """A Nornir of one direct lab host (asyncssh), its name and its open connection."""
    nr = _asyncssh(make_nornir(lab_dir, runner(), **options))
    host_name = next(n for n in nr.inventory.hosts if n not in behind_bastion(nr))
    one = nr.filter(name=host_name)
    try:
        assert not one.run(task=run_command, command="show clock").failed
        yield one, host_name, nr.inventory.hosts[host_name].connections[ASYNC]
    finally:
        nr.close_connections(on_good=True, on_failed=True)


def test_keepalives_go_out_only_after_a_quiet_interval(lab_dir: Path) -> None:
    """Traffic postpones the keepalive (no timer per packet); silence sends one, and the
    device's answer keeps the connection open."""
    with _one_open_host(lab_dir, keepalive=0.4) as (one, host_name, plugin):
        conn = plugin.ssh
        sent: list[float] = []
        original = conn._make_keepalive_request

        def counted() -> Any:
            sent.append(time.monotonic())
            return original()

        conn._make_keepalive_request = counted
        for _ in range(8):  # busy for 0.8 s: twice the interval, no keepalive needed
            assert not one.run(task=run_command, command="show clock").failed
            time.sleep(0.1)
        assert sent == []
        time.sleep(1.0)  # quiet for more than twice the interval
        assert 1 <= len(sent) <= 3, sent
        assert plugin.alive() and conn._keepalive_count == 0
        again = one.run(task=run_command, command="show clock")
        assert again[host_name][0].result["connection"]["reused"] is True


def test_a_command_leaves_as_soon_as_it_is_written(lab_dir: Path) -> None:
    """Packets written in one turn of the loop are corked into one socket write, but a
    command is not held back until the turn ends: the device starts on it while the loop
    is still busy (with a warm batch, the other sessions' answers)."""
    with _one_open_host(lab_dir) as (_one, _name, plugin):
        conn = plugin.ssh
        pending = ax.Pending(pool.AnswerReader("show clock", plugin.prompt_pattern(), "utf-8"))
        written: list[bytes] = []

        class Recording:  # the real transport, with its writes noted
            def __init__(self, transport: Any) -> None:
                self.transport = transport

            def write(self, data: bytes) -> None:
                written.append(data)
                self.transport.write(data)

            def __getattr__(self, name: str) -> Any:
                return getattr(self.transport, name)

        async def start_and_look() -> int:
            real = conn._transport
            conn._transport = Recording(real)
            try:
                plugin.session.start(b"show clock\n", pending)
                return len(written)  # before the loop gets to its end-of-turn callbacks
            finally:
                conn._transport = real

        assert ax.run_sync(start_and_look(), 10) == 1
        assert "show clock" in (pending.wait(10) or "")
