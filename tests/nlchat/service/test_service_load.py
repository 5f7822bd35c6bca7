"""benchmarks/api_load.py drives /api/ask with concurrent clients (a small, bounded run)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.nlchat.service.svc_helpers import Service

REPO = Path(__file__).resolve().parents[3]


def _load() -> ModuleType:
    path = REPO / "benchmarks" / "api_load.py"
    spec = importlib.util.spec_from_file_location("nlchat_bench_api_load", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_load_check_reports_percentiles_and_no_errors(service: Service) -> None:
    bench = _load()
    figures = bench.drive(service.url, service.tokens["root"], clients=4, requests=48,
                          max_seconds=30)
    assert figures["requests"] == 48 and figures["errors"] == 0, figures["error_samples"]
    assert figures["statuses"] == {"200 ok": 48}
    assert 0 < figures["p50_ms"] <= figures["p95_ms"] <= figures["p99_ms"] <= figures["max_ms"]
    # the seed's targets are for the benchmark's own run; here only a loose bound (shared CI)
    assert figures["p99_ms"] < 5000


def test_load_check_only_targets_loopback() -> None:
    bench = _load()
    with pytest.raises(SystemExit):
        bench.drive("http://10.0.0.1:8000", "token", clients=1, requests=1, max_seconds=1)
