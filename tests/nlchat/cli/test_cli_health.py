"""``nlchat health`` and ``nlchat monitor`` as a user runs them, against the lab."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

NLCHAT = str(Path(sys.executable).with_name("nlchat"))
PLATFORMS = ["cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos"]

# Until the health commands are mounted on `nlchat` and the adapters wired into the plugins,
# run them from a small launcher that does both.
LAUNCHER = f"""
import importlib, typer
from nornir_nlchat.health.adapter import adapter_for, register_adapter
from nornir_nlchat.platforms.registry import get_platform
for name in {PLATFORMS!r}:
    if adapter_for(get_platform(name)) is None:
        register_adapter(name, importlib.import_module(f"nlchat_plugins.{{name}}.health").ADAPTER)
from nlchat.cli.health import health_cmd, monitor_cmd
app = typer.Typer(pretty_exceptions_enable=False)
app.command("health")(health_cmd)
app.command("monitor")(monitor_cmd)
app()
"""


def command() -> list[str]:
    mounted = subprocess.run([NLCHAT, "health", "--help"], capture_output=True, text=True,
                             timeout=60)
    wired = subprocess.run([sys.executable, "-c", (
        "from nornir_nlchat.health.adapter import adapter_for;"
        "from nornir_nlchat.platforms.registry import get_platform;"
        f"raise SystemExit(0 if all(adapter_for(get_platform(p)) for p in {PLATFORMS!r}) "
        "else 1)")], timeout=60)
    if mounted.returncode == 0 and wired.returncode == 0:
        return [NLCHAT]
    return [sys.executable, "-c", LAUNCHER]


@pytest.fixture(scope="module")
def cli_lab() -> Iterator[Any]:
    lab_module = pytest.importorskip("nornir_nlchat.lab")
    try:
        lab = lab_module.Lab(8, platforms=PLATFORMS, bastion=False, password="cli-Secret-7",
                             secret="cli-Secret-7").start()
    except Exception as exc:
        pytest.skip(f"the lab does not start: {exc}")
    try:
        yield lab
    finally:
        lab.stop()


@pytest.fixture(scope="module")
def nlchat_cmd() -> list[str]:
    return command()


def run(cmd: list[str], *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_health_json_reports_a_cpu_fault_and_exit_codes(cli_lab: Any, nlchat_cmd: list[str]
                                                        ) -> None:
    cli_lab.fault("INBLRDC1SW1", "cpu-high")
    try:
        proc = run(nlchat_cmd, "health", "--json", "--check", "cpu", "--inventory",
                   str(cli_lab.inventory_dir))
        strict = run(nlchat_cmd, "health", "cpu", "--fail-on", "warning", "--inventory",
                     str(cli_lab.inventory_dir))
    finally:
        cli_lab.clear()
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["status"] == "critical" and data["checks"] == ["cpu"]
    assert len(data["polls"]) == 8 and not data["failed_hosts"]
    cpu = [r for r in data["results"] if r["host"] == "INBLRDC1SW1" and r["check"] == "cpu"]
    assert cpu[0]["status"] == "critical" and cpu[0]["value"] >= 90
    assert strict.returncode == 1
    assert "INBLRDC1SW1" in strict.stdout and "cpu" in strict.stdout


def test_health_of_named_devices_and_unknown_ones(cli_lab: Any, nlchat_cmd: list[str]
                                                  ) -> None:
    proc = run(nlchat_cmd, "health", "bgp on INBLRDC1RTR1", "--json", "--inventory",
               str(cli_lab.inventory_dir))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["hosts"] == ["INBLRDC1RTR1"] and data["checks"] == ["bgp"]
    proc = run(nlchat_cmd, "health", "cpu on atlantis", "--inventory",
               str(cli_lab.inventory_dir))
    assert proc.returncode == 2 and "error:" in proc.stderr


def test_monitor_alerts_and_stops_cleanly_on_sigterm(cli_lab: Any, nlchat_cmd: list[str],
                                                     tmp_path: Path) -> None:
    cli_lab.fault("INBLRDC1SW1", "cpu-high")
    db = tmp_path / "monitor.db"
    proc = subprocess.Popen(
        [*nlchat_cmd, "monitor", "--json", "--interval", "1", "--check", "cpu",
         "--cooldown", "600", "--inventory", str(cli_lab.inventory_dir),
         "--database-url", f"sqlite:///{db}", "--metrics-port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())  # the first alert, as a JSON line
        assert first["event"] == "raised" and first["alert"]["host"] == "INBLRDC1SW1"
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        cli_lab.clear()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["stopped"] and summary["polls"] >= 8
    from nornir_nlchat.health.history import HealthHistory

    alerts = HealthHistory(f"sqlite:///{db}").alerts(host="INBLRDC1SW1", check="cpu")
    assert alerts and alerts[0]["state"] == "firing" and alerts[0]["notifications"] == 1
