"""The Ansible example playbook runs against the lab and uses nlchat's JSON answer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PLAYBOOK = Path(__file__).resolve().parents[2] / "examples" / "ansible" / "check_bgp.yml"
BIN = Path(sys.executable).parent


def test_playbook_runs_against_the_lab(lab: Any, tmp_path: Path) -> None:
    playbook = BIN / "ansible-playbook"
    if not playbook.exists() and shutil.which("ansible-playbook") is None:
        pytest.skip("ansible-core is not installed (it is in the dev extra)")
    env = {**os.environ, "PATH": f"{BIN}:{os.environ.get('PATH', '')}",
           "ANSIBLE_LOCAL_TEMP": str(tmp_path), "ANSIBLE_NOCOLOR": "1",
           "ANSIBLE_PYTHON_INTERPRETER": sys.executable}
    proc = subprocess.run(
        [str(playbook if playbook.exists() else "ansible-playbook"), str(PLAYBOOK),
         "-i", "localhost,", "-e", f"nlchat_config={lab.inventory_dir}"],
        capture_output=True, text=True, timeout=240, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "BGP neighbour(s)" in proc.stdout
    assert "failed=0" in proc.stdout
