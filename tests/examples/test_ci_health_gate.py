"""The CI health-gate example passes on a healthy lab and fails on a critical CPU."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "ci" / "health_gate.sh"


def gate(lab: Any, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "NLCHAT_CONFIG": str(lab.inventory_dir),
           "HEALTH_REPORT": str(tmp_path / "report.json")}
    return subprocess.run(["bash", str(SCRIPT), "cpu on INDELB1SW1"], capture_output=True,
                          text=True, timeout=180, env=env)


def test_gate_passes_then_fails_on_critical_cpu(lab: Any, tmp_path: Path) -> None:
    healthy = gate(lab, tmp_path)
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "0 critical finding(s)" in healthy.stdout
    lab.fault("INDELB1SW1", "cpu-high", load=99)
    try:
        sick = gate(lab, tmp_path)
    finally:
        lab.clear("INDELB1SW1")
    assert sick.returncode == 1, sick.stdout + sick.stderr
    assert "CRITICAL INDELB1SW1: cpu" in sick.stdout
    assert (tmp_path / "report.json").stat().st_size > 0
