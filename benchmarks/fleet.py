"""Fleet benchmark: plain Nornir + nornir_netmiko (baseline) vs nornir-nlchat, on the lab.

For each fleet size it starts a lab (no bastion), then measures, with the same number of
worker threads on both sides:

* cold: connect + one command (``show version``) on every device;
* warm: the same command again on the connections left open (median of ``--repeat``).

Usage::

    python benchmarks/fleet.py                      # 100 and 300 devices, 50 workers
    python benchmarks/fleet.py --sizes 100 --workers 20 --parse --json

``--parse`` makes both sides parse with TextFSM (baseline ``use_textfsm=True``); without it
both return raw output. Times are wall-clock seconds on this machine, lab included.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.task import AggregatedResult

COMMAND = "show version"


def _nornir(folder: Path, workers: int) -> Nornir:
    return InitNornir(
        runner={"plugin": "threaded", "options": {"num_workers": workers}},
        inventory={"plugin": "SimpleInventory",
                   "options": {"host_file": str(folder / "hosts.yaml"),
                               "group_file": str(folder / "groups.yaml"),
                               "defaults_file": str(folder / "defaults.yaml")}},
        logging={"enabled": False})


def _timed(run: Callable[[], AggregatedResult]) -> tuple[float, int]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, len(result.failed_hosts)


def baseline(folder: Path, workers: int, parse: bool, repeat: int) -> dict[str, Any]:
    """Plain Nornir, threaded runner, nornir_netmiko's netmiko_send_command."""
    from nornir_netmiko.tasks import netmiko_send_command

    nr = _nornir(folder, workers)

    def run() -> AggregatedResult:
        return nr.run(task=netmiko_send_command, command_string=COMMAND, use_textfsm=parse,
                      on_failed=True)

    try:
        cold, cold_failed = _timed(run)
        warm = [_timed(run) for _ in range(repeat)]
    finally:
        nr.close_connections(on_good=True, on_failed=True)
    return {"cold_s": cold, "cold_failed": cold_failed,
            "warm_s": statistics.median(w[0] for w in warm),
            "warm_failed": max(w[1] for w in warm)}


def nlchat(folder: Path, workers: int, parse: bool, repeat: int) -> dict[str, Any]:
    """nornir-nlchat: nlchat_threaded runner, run_command on persistent connections."""
    from nornir_nlchat.runners import NLChatRunner
    from nornir_nlchat.tasks import run_command

    nr = _nornir(folder, workers).with_runner(
        NLChatRunner(num_workers=workers, dead_letter=False))

    def run() -> AggregatedResult:
        return nr.run(task=run_command, command=COMMAND, parse=parse, on_failed=True)

    try:
        cold, cold_failed = _timed(run)
        warm = [_timed(run) for _ in range(repeat)]
    finally:
        nr.close_connections(on_good=True, on_failed=True)
    return {"cold_s": cold, "cold_failed": cold_failed,
            "warm_s": statistics.median(w[0] for w in warm),
            "warm_failed": max(w[1] for w in warm)}


def measure(size: int, workers: int, parse: bool, repeat: int,
            platforms: list[str] | None) -> dict[str, Any]:
    """Start a lab of ``size`` devices and run both sides against it."""
    from nornir_nlchat.lab import Lab

    with Lab(devices=size, platforms=platforms, bastion=False,
             startup_timeout=300) as lab:
        base = baseline(lab.inventory_dir, workers, parse, repeat)
        ours = nlchat(lab.inventory_dir, workers, parse, repeat)
    return {
        "devices": size, "workers": workers, "parse": parse, "baseline": base, "nlchat": ours,
        "cold_speedup": base["cold_s"] / ours["cold_s"],
        "warm_speedup": base["warm_s"] / ours["warm_s"],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--workers", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3, help="warm runs (median)")
    parser.add_argument("--parse", action="store_true", help="parse with TextFSM on both sides")
    parser.add_argument("--platforms", nargs="*", default=None,
                        help="lab platforms (default: all the lab offers)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("paramiko").setLevel(logging.CRITICAL)
    rows = [measure(n, args.workers, args.parse, args.repeat, args.platforms)
            for n in args.sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'devices':>7} {'side':<9} {'cold s':>8} {'warm s':>8} {'failed':>7}")
    for row in rows:
        for side in ("baseline", "nlchat"):
            r = row[side]
            print(f"{row['devices']:>7} {side:<9} {r['cold_s']:>8.2f} {r['warm_s']:>8.3f} "
                  f"{r['cold_failed'] + r['warm_failed']:>7}")
        print(f"{row['devices']:>7} {'ratio':<9} {row['cold_speedup']:>7.2f}x "
              f"{row['warm_speedup']:>7.1f}x   (baseline / nlchat; "
              f"{row['workers']} workers, parse={row['parse']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
