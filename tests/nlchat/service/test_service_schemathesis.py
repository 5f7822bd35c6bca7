"""schemathesis (every check) against the served OpenAPI schema, over the lab: no server
error, no response that breaks the schema, no schema-violating request accepted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.nlchat.service.svc_helpers import Service

pytest.importorskip("schemathesis")

RUN = "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())"


def test_schemathesis_finds_nothing(service: Service, tmp_path: Path) -> None:
    # alice may query only the Bangalore hosts, so the 403 paths are exercised too
    command = [sys.executable, "-c", RUN, "run", f"{service.url}/openapi.json",
               "-H", f"Authorization: Bearer {service.tokens['alice']}",
               "--checks", "all", "--max-examples", "4", "--seed", "20261127",
               "--workers", "1", "--request-timeout", "60", "--generation-database", "none",
               "--no-color", "--max-failures", "5"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=tmp_path,
                          env={**os.environ, "SCHEMATHESIS_HOOKS": ""})
    tail = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, tail
    assert "23 passed" in done.stdout or " passed" in done.stdout, tail
    assert "failures" not in done.stdout.split("SUMMARY")[-1].lower(), tail
