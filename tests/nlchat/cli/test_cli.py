"""The nlchat command as a user runs it (subprocesses, real entry point)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

NLCHAT = str(Path(sys.executable).with_name("nlchat"))


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([NLCHAT, *args], capture_output=True, text=True, timeout=60, env=env)


def test_translate_json_contract() -> None:
    proc = run("translate", "--json", "-p", "cisco_ios", "show version")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)  # stdout is JSON and nothing else
    assert data["status"] == "ok"
    assert data["command"] == "show version"
    assert data["commands"] == ["show version"]
    assert data["provider"] == "catalog"
    assert data["intent"]
    assert 0.0 <= data["confidence"] <= 1.0
    assert "reason" in data


def test_translate_refusal_exit_code() -> None:
    proc = run("translate", "--json", "-p", "ios", "reload the router now")
    assert proc.returncode == 3
    data = json.loads(proc.stdout)
    assert data["status"] in ("refused", "clarify")
    assert data["command"] is None and data["commands"] == []


def test_unknown_platform_is_usage_error() -> None:
    proc = run("translate", "-p", "no_such_os", "show version")
    assert proc.returncode == 2
    assert "no_such_os" in proc.stderr and "hint:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_platform_json() -> None:
    proc = run("translate", "--json", "-p", "no_such_os", "show version")
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["type"] == "UnknownPlatformError"


def test_platforms_lists_built_ins() -> None:
    proc = run("platforms", "--json")
    names = {row["name"] for row in json.loads(proc.stdout)}
    assert {"cisco_ios", "juniper_junos", "aruba_aoscx"} <= names


def test_missing_inventory_is_usage_error(tmp_path: Path) -> None:
    proc = run("resolve", "--inventory", str(tmp_path / "none"), "the router")
    assert proc.returncode == 2
    assert "does not exist" in proc.stderr


def test_help_lists_only_working_subcommands() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    for name in ("translate", "resolve", "ask", "platforms"):
        assert name in proc.stdout


def test_start_up_imports_nothing_heavy() -> None:
    code = ("import sys, nlchat.cli.main; "
            "print(sorted(m for m in ('torch', 'transformers', 'openai', 'peft', 'nornir', "
            "'netmiko', 'paramiko', 'sqlalchemy', 'hvac') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.strip() == "[]"
