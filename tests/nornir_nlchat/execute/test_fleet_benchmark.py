"""benchmarks/fleet.py runs end to end on a tiny lab (both sides, every figure present)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]


def _fleet() -> Any:
    spec = importlib.util.spec_from_file_location("fleet_bench", REPO / "benchmarks" / "fleet.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fleet_benchmark_measures_both_sides() -> None:
    fleet = _fleet()
    row = fleet.measure(6, workers=6, parse=False, repeat=1, platforms=["cisco_ios"],
                        transports=[None, "netmiko"], rounds=1)
    sides = row["sides"]
    assert set(sides) == {"baseline", "nlchat[asyncssh]", "nlchat[netmiko]"}
    for name, side in sides.items():
        assert side["failed"] == 0, name
        assert side["cold_s"] > 0 and side["warm_s"] > 0
        assert side["warm_client_cpu_ms_per_cmd"] > 0
    assert sides["nlchat[asyncssh]"]["warm_speedup"] > 0
    assert len(row["load_1min"]) == 2
