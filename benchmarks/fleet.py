"""Fleet benchmark: plain Nornir + nornir_netmiko (baseline) vs nornir-nlchat, on the lab.

For each fleet size it starts a lab (no bastion), then measures, with the same number of
worker threads on both sides:

* cold: connect + one command (``show version``) on every device;
* warm: the same command again on the connections left open (``--repeat`` runs).

The baseline is plain Nornir with its ``threaded`` runner and ``nornir_netmiko``'s
``netmiko_send_command``, default settings. nornir-nlchat is its ``nlchat_threaded`` runner
and ``run_command`` with the default transport (``--transports`` adds others, e.g.
``netmiko`` for Netmiko over paramiko). Each side runs alone (its connections are closed
before the other side starts), and ``--rounds`` repeats the whole sequence so that the
figures of both sides are spread over the same stretch of time on a shared machine.

Usage::

    python benchmarks/fleet.py                      # 100 and 300 devices, 50 workers
    python benchmarks/fleet.py --sizes 300 --rounds 3 --transports asyncssh netmiko
    python benchmarks/fleet.py --sizes 100 --workers 20 --parse --json

``--parse`` makes both sides parse with TextFSM (baseline ``use_textfsm=True``); without it
both return raw output. ``--threads-side`` adds nornir-nlchat with its runner's warm
batches off (a worker thread per host on warm connections too), to show what they save.
Times are wall-clock seconds on this machine, lab included; the
table also gives the CPU time each side used per command in this process (client) and in
the lab process, and the load average, because on a shared machine those explain the
spread.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _process_cpu(pid: int | None) -> float:
    """CPU seconds of process ``pid`` (all threads; 0.0 where /proc cannot tell)."""
    if pid is None:
        return 0.0
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                total += int(f.read().split()[0])
    except (OSError, ValueError):
        return 0.0
    return total / 1e9


class _Meter:
    """Wall time, this process's CPU and the lab's CPU around one run."""

    def __init__(self, lab_pid: int | None) -> None:
        self.lab_pid = lab_pid

    def __call__(self, run: Callable[[], AggregatedResult]) -> dict[str, float]:
        lab0, cpu0, started = _process_cpu(self.lab_pid), time.process_time(), \
            time.perf_counter()
        result = run()
        wall = time.perf_counter() - started
        return {"s": wall, "failed": len(result.failed_hosts), "hosts": len(result),
                "client_cpu_s": time.process_time() - cpu0,
                "lab_cpu_s": _process_cpu(self.lab_pid) - lab0}


def _side(nr: Nornir, run: Callable[[], AggregatedResult], repeat: int,
          meter: _Meter) -> dict[str, Any]:
    try:
        cold = meter(run)
        warm = [meter(run) for _ in range(repeat)]
    finally:
        nr.close_connections(on_good=True, on_failed=True)
    return {"cold": cold, "warm": warm}


def baseline(folder: Path, workers: int, parse: bool, repeat: int,
             meter: _Meter) -> dict[str, Any]:
    """Plain Nornir, threaded runner, nornir_netmiko's netmiko_send_command."""
    from nornir_netmiko.tasks import netmiko_send_command

    nr = _nornir(folder, workers)

    def run() -> AggregatedResult:
        return nr.run(task=netmiko_send_command, command_string=COMMAND, use_textfsm=parse,
                      on_failed=True)

    return _side(nr, run, repeat, meter)


def nlchat(folder: Path, workers: int, parse: bool, repeat: int, meter: _Meter,
           transport: str | None = None, warm: bool = True) -> dict[str, Any]:
    """nornir-nlchat: nlchat_threaded runner, run_command on persistent connections
    (``warm=False``: a worker thread per host on warm connections too)."""
    from nornir_nlchat.execute.breaker import BreakerBoard
    from nornir_nlchat.runners import NLChatRunner
    from nornir_nlchat.tasks import run_command

    # a board of its own: breakers opened earlier in this process must not skip hosts here
    runner = NLChatRunner(num_workers=workers, dead_letter=False, breaker=BreakerBoard(),
                          warm=warm)
    nr = _nornir(folder, workers).with_runner(runner)
    if transport:
        nr.inventory.defaults.data["nlchat_transport"] = transport

    def run() -> AggregatedResult:
        return nr.run(task=run_command, command=COMMAND, parse=parse, on_failed=True)

    try:
        return _side(nr, run, repeat, meter)
    finally:
        runner.close()


def _summary(rounds: list[dict[str, Any]], size: int) -> dict[str, Any]:
    colds = [r["cold"]["s"] for r in rounds]
    warms = [w["s"] for r in rounds for w in r["warm"]]
    per_cmd = [w for r in rounds for w in r["warm"]]
    return {
        "cold_s": statistics.median(colds), "cold_min_s": min(colds), "cold_max_s": max(colds),
        "warm_s": statistics.median(warms), "warm_min_s": min(warms), "warm_max_s": max(warms),
        "failed": max([r["cold"]["failed"] for r in rounds] +
                      [w["failed"] for r in rounds for w in r["warm"]]),
        "warm_client_cpu_ms_per_cmd": statistics.median(
            w["client_cpu_s"] * 1000 / size for w in per_cmd),
        "warm_lab_cpu_ms_per_cmd": statistics.median(
            w["lab_cpu_s"] * 1000 / size for w in per_cmd),
    }


def measure(size: int, workers: int, parse: bool, repeat: int, platforms: list[str] | None,
            transports: list[str | None], rounds: int,
            threads_side: bool = False) -> dict[str, Any]:
    """Start a lab of ``size`` devices and run every side against it, ``rounds`` times."""
    from nornir_nlchat.lab import Lab
    from nornir_nlchat.tasks import DEFAULT_TRANSPORT

    names = {t: f"nlchat[{t or DEFAULT_TRANSPORT}]" for t in transports}
    if threads_side:  # the default transport with a worker thread per warm host
        names["threads"] = f"nlchat[{DEFAULT_TRANSPORT},threads]"
    raw: dict[str, list[dict[str, Any]]] = {"baseline": [], **{n: [] for n in names.values()}}
    load = [os.getloadavg()[0]]
    with Lab(devices=size, platforms=platforms, bastion=False,
             startup_timeout=300) as lab:
        meter = _Meter(lab.proc.pid if lab.proc is not None else None)
        for _ in range(rounds):
            raw["baseline"].append(baseline(lab.inventory_dir, workers, parse, repeat, meter))
            for transport, name in names.items():
                if transport == "threads":
                    raw[name].append(nlchat(lab.inventory_dir, workers, parse, repeat, meter,
                                            None, warm=False))
                    continue
                raw[name].append(nlchat(lab.inventory_dir, workers, parse, repeat, meter,
                                        transport))
            load.append(os.getloadavg()[0])
    sides = {name: _summary(runs, size) for name, runs in raw.items()}
    base = sides["baseline"]
    for name in names.values():
        ours = sides[name]
        ours["cold_speedup"] = base["cold_s"] / ours["cold_s"]
        ours["warm_speedup"] = base["warm_s"] / ours["warm_s"]
        ours["warm_speedup_per_round"] = [
            statistics.median(w["s"] for w in b["warm"]) /
            statistics.median(w["s"] for w in o["warm"])
            for b, o in zip(raw["baseline"], raw[name], strict=True)]
    return {"devices": size, "workers": workers, "parse": parse, "rounds": rounds,
            "repeat": repeat, "load_1min": load, "cpus": os.cpu_count(), "sides": sides}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--workers", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per round")
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat baseline + nlchat this many times (medians over all)")
    parser.add_argument("--transports", nargs="*", default=None,
                        help="nlchat transports to measure (default: the default transport)")
    parser.add_argument("--parse", action="store_true", help="parse with TextFSM on both sides")
    parser.add_argument("--threads-side", action="store_true",
                        help="also measure nlchat with a worker thread per warm host (the "
                             "runner's warm batches off)")
    parser.add_argument("--platforms", nargs="*", default=None,
                        help="lab platforms (default: all the lab offers)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("paramiko").setLevel(logging.CRITICAL)
    transports: list[str | None] = list(args.transports) if args.transports else [None]
    rows = [measure(n, args.workers, args.parse, args.repeat, args.platforms, transports,
                    args.rounds, args.threads_side) for n in args.sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'devices':>7} {'side':<18} {'cold s':>7} {'warm s':>7} {'warm min-max':>13} "
          f"{'cpu ms/cmd':>10} {'lab ms/cmd':>10} {'failed':>6}")
    for row in rows:
        for name, r in row["sides"].items():
            print(f"{row['devices']:>7} {name:<18} {r['cold_s']:>7.2f} {r['warm_s']:>7.3f} "
                  f"{r['warm_min_s']:>6.3f}-{r['warm_max_s']:<6.3f} "
                  f"{r['warm_client_cpu_ms_per_cmd']:>10.2f} "
                  f"{r['warm_lab_cpu_ms_per_cmd']:>10.2f} {r['failed']:>6}")
        for name, r in row["sides"].items():
            if name == "baseline":
                continue
            rounds = " ".join(f"{x:.1f}" for x in r["warm_speedup_per_round"])
            print(f"{row['devices']:>7} {'ratio ' + name:<18} {r['cold_speedup']:>6.2f}x "
                  f"{r['warm_speedup']:>6.1f}x   (baseline / nlchat; per round: {rounds}; "
                  f"{row['workers']} workers, parse={row['parse']})")
        loads = " ".join(f"{x:.1f}" for x in row["load_1min"])
        print(f"{row['devices']:>7} load average (1 min) during the run: {loads} "
              f"on {row['cpus']} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
