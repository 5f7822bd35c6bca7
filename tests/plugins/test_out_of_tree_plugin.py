"""A third-party vendor plugin installed with pip appears with no change to the core."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PLUGIN = '''
from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin
from nornir_nlchat.translate.guard import ReadOnlyGrammar

plugin = PlatformPlugin(
    name="acme_os",
    vendor="acme",
    display_name="ACME OS",
    commands=(CommandSpec("version", "display version"),
              CommandSpec("clock", "display clock")),
    read_only_grammar=ReadOnlyGrammar(read_verbs=("display",), write_verbs=("reboot",)),
)
'''

SETUP = '''
[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "nlchat-acme"
version = "0.0.1"

[project.entry-points."nlchat.platforms"]
acme_os = "nlchat_acme:plugin"
'''


def test_pip_installed_plugin_is_found(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "nlchat_acme").mkdir(parents=True)
    (src / "nlchat_acme" / "__init__.py").write_text(PLUGIN)
    (src / "pyproject.toml").write_text(SETUP)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(src)],
        check=True, capture_output=True, text=True, timeout=180,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    nlchat = str(Path(sys.executable).with_name("nlchat"))

    listed = subprocess.run([nlchat, "platforms", "--json"], capture_output=True, text=True,
                            env=env, check=True)
    assert "acme_os" in {row["name"] for row in json.loads(listed.stdout)}

    translated = subprocess.run([nlchat, "translate", "--json", "-p", "acme_os",
                                 "display version"], capture_output=True, text=True, env=env)
    assert translated.returncode == 0, translated.stderr
    assert json.loads(translated.stdout)["command"] == "display version"

    refused = subprocess.run([nlchat, "translate", "--json", "-p", "acme_os", "reboot"],
                             capture_output=True, text=True, env=env)
    assert refused.returncode == 3
    assert json.loads(refused.stdout)["command"] is None
