"""The development set: >= 98 % overall and every "none" case (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]
EVAL = REPO.parent / "shared" / "eval"


def load_benchmark() -> ModuleType:
    """benchmarks/resolve.py as a module (it holds the scoring rules)."""
    path = REPO / "benchmarks" / "resolve.py"
    spec = importlib.util.spec_from_file_location("nlchat_bench_resolve", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark()


def test_dev_set_scores(bench: ModuleType) -> None:
    cases_path = EVAL / "resolve_dev.jsonl"
    inventory = EVAL / "inventory_dev"
    if not cases_path.is_file() or not (inventory / "hosts.yaml").is_file():
        pytest.skip(f"{EVAL} is absent (only CI and developers have ../shared)")
    from nornir_nlchat.resolve import index_for

    index = index_for(bench.load_nornir(inventory))
    report = bench.score(bench.read_jsonl(cases_path), index.resolve)
    failures = "\n".join(
        f"{f['case']['id']}: {f['case']['query']!r} -> {f['got']['status']} {f['got']['reason']}"
        for f in report["failures"]
    )
    assert report["overall"] >= 0.98, failures
    ok, total = report["by_kind"]["none"]
    assert ok == total, failures


def test_benchmark_small_scale(bench: ModuleType) -> None:
    timing = bench.time_scale(500, queries=60)
    assert timing["hosts"] == 500
    assert timing["build_s"] > 0 and timing["p50_ms"] > 0
    assert timing["p95_ms"] >= timing["p50_ms"]


def test_scoring_rules(bench: ModuleType) -> None:
    from nornir_nlchat.resolve import Resolution

    one = {"expect": "one", "hosts": ["A"]}
    assert bench.passes(one, Resolution("one", ["A"], ["A"]))
    assert not bench.passes(one, Resolution("ambiguous", [], ["A", "B"]))
    amb = {"expect": "ambiguous", "hosts": ["A", "B"]}
    assert bench.passes(amb, Resolution("ambiguous", [], ["B", "A", "C"]))
    assert not bench.passes(amb, Resolution("one", ["A"], ["A"]))
    none = {"expect": "none", "hosts": []}
    assert bench.passes(none, Resolution("none"))
    assert not bench.passes(none, Resolution("many", ["A"], ["A"]))


def test_bundled_sets_score(bench: ModuleType) -> None:
    """The three inventories unlike the dev one (benchmarks/data/resolve) and their sets."""
    from nornir_nlchat.resolve import index_for

    sets = bench.data_sets(bench.DEFAULT_DATA)
    assert {name for name, _path, _inv in sets} >= {"metro", "netbox", "campus"}
    for name, path, inventory in sets:
        cases = bench.read_jsonl(path)
        assert len(cases) >= 60
        report = bench.score(cases, index_for(bench.load_nornir(inventory)).resolve)
        failures = "\n".join(
            f"{f['case']['id']}: {f['case']['query']!r} -> {f['got']['status']} "
            f"{f['got']['reason']}"
            for f in report["failures"]
        )
        assert report["overall"] >= 0.95, f"{name}:\n{failures}"
        ok, total = report["by_kind"]["none"]
        assert ok == total, f"{name}:\n{failures}"
