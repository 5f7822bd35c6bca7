"""Every `$ nlchat ...` command shown in README.md and docs/ runs, against the lab.

Commands are taken from ```console blocks. `-c config.yaml` (the built-in lab's config)
is pointed at the test's running lab instead. A trailing `# exit N` states the expected
exit code (default 0). Lab-control commands (`nlchat lab ...`) are run by the lab's own
CLI tests, and long-running services are not started here.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
NLCHAT = str(Path(sys.executable).with_name("nlchat"))
SKIP = {"lab": "run by tests/nornir_nlchat/lab (the CLI starts and stops a lab)",
        "monitor": "a long-running service, run by its own tests",
        "chat": "interactive, run through a pseudo-terminal by tests/nlchat/cli/test_cli_chat.py",
        "serve": "a long-running service, run by its own tests"}


def doc_commands() -> list[tuple[str, str, int]]:
    found = []
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for block in re.findall(r"```console\n(.*?)```", path.read_text(), re.S):
            for line in block.splitlines():
                if not line.startswith("$ nlchat"):
                    continue
                command, _, comment = line[2:].partition("  #")
                code = re.search(r"exit (\d)", comment)
                found.append((path.name, command.strip(), int(code.group(1)) if code else 0))
    return found


COMMANDS = doc_commands()


def test_docs_show_commands() -> None:
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize(("doc", "command", "code"), COMMANDS,
                         ids=[f"{d}:{c[:60]}" for d, c, _ in COMMANDS])
def test_doc_command_runs(doc: str, command: str, code: int, lab: Any) -> None:
    words = shlex.split(command)
    if words[1] in SKIP:
        pytest.skip(SKIP[words[1]])
    args = []
    for word in words[1:]:
        args.append(str(lab.inventory_dir) if word == "config.yaml" else word)
    args = ["-i" if a == "-c" else a for a in args]
    proc = subprocess.run([NLCHAT, *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, f"{doc}: {command}\n{proc.stdout}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    if "--json" in args:
        import json

        json.loads(proc.stdout)
