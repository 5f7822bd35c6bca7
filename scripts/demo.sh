#!/usr/bin/env bash
# Set up a virtual environment with the project, start the built-in simulated lab and run a
# short scripted conversation with it. No real devices are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/python examples/quickstart.py
