"""``nlchat lab up`` / ``nlchat lab fault`` / ``nlchat lab faults`` run as a user runs them.

The lab runs in the background from the real CLI, a fault is switched on from another CLI
process, a client sees it, it clears, and SIGTERM stops the lab cleanly.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from tests.nornir_nlchat.lab.helpers import netmiko

CLI = [sys.executable, "-m", "nlchat.cli.main", "lab"]


def _nlchat(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=60,
                          check=False)


def _five_seconds(text: str) -> int:
    m = re.search(r"five seconds: (\d+)%", text)
    assert m, text
    return int(m.group(1))


def test_lab_up_fault_clear_and_sigterm(tmp_path: Path) -> None:
    inv = tmp_path / "inventory"
    # The pointer to the running lab lives in the temporary folder: keep it private.
    env = dict(os.environ, TMPDIR=str(tmp_path), PYTHONUNBUFFERED="1")
    up = subprocess.Popen([*CLI, "up", "--port-base", "0", "--inventory-out", str(inv)],
                          env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not (inv / "lab.json").exists():
            assert up.poll() is None, up.communicate()
            assert time.monotonic() < deadline, "the lab did not come up"
            time.sleep(0.1)
        hosts = yaml.safe_load((inv / "hosts.yaml").read_text())
        name = "INBLRDC1SW2"
        assert hosts[name]["platform"] == "cisco_ios"

        on = _nlchat(env, "fault", name, "cpu-high", "--param", "load=90")
        assert on.returncode == 0, on.stderr
        assert "cpu-high on INBLRDC1SW2: load=90" in on.stdout
        listed = _nlchat(env, "faults", "--lab", str(inv))
        assert "INBLRDC1SW2: cpu-high {'load': 90}" in listed.stdout

        conn = netmiko(hosts[name])
        try:
            assert _five_seconds(conn.send_command("show processes cpu sorted")) > 80
            off = _nlchat(env, "fault", name, "cpu-high", "--clear")
            assert off.returncode == 0, off.stderr
            assert "cleared on INBLRDC1SW2: cpu-high" in off.stdout
            assert _five_seconds(conn.send_command("show processes cpu sorted")) < 40
        finally:
            conn.disconnect()
        assert _nlchat(env, "faults").stdout.strip() == "no faults"

        wrong = _nlchat(env, "fault", name, "no-such-fault")
        assert wrong.returncode == 1
        assert "unknown fault kind" in wrong.stderr
    finally:
        up.send_signal(signal.SIGTERM)
        out, err = up.communicate(timeout=20)
    assert up.returncode == 0, err
    assert f"Inventory: {inv}" in out
    assert "Lab stopped." in out
    assert not (inv / "lab.json").exists()
    assert (inv / "hosts.yaml").exists()
    assert not list(tmp_path.glob("nlchat-lab-*.json"))
    gone = _nlchat(env, "faults")
    assert gone.returncode != 0
    assert "no running lab" in gone.stderr
