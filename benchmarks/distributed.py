"""Distributed benchmark: ``nlchat_ray`` (2-4 actors) against ``nlchat_threaded`` on the lab.

It starts one lab (``--devices``, default 1,000, no bastion) and a local Ray, then for the
threaded runner and for each actor count measures, one side at a time (connections closed
in between):

* cold: connect + ``show version`` on every device;
* warm: the same again on the connections left open (best of ``--repeat``).

Both sides get the same total number of worker threads (``--workers``; each actor gets its
share). It also measures the fixed costs (``ray.init``, starting the actors) and the
per-device costs the estimate in docs/distributed.md uses:

* ``driver_cpu_ms``: CPU the driver spends per device (dispatch, result assembly);
* ``worker_cpu_ms``: CPU the actors spend per device (SSH, parsing, Nornir);
* ``lab_cpu_ms``: CPU the simulated devices spend per device (on a real network: the
  devices' own CPUs, so not a cost of the cluster).

and prints the estimated wall time for ``--estimate-devices`` (50,000) over
``--estimate-nodes`` (20) nodes::

    T = T_fixed + max(n * worker_cpu / cores, ceil(n / C) * t_device) + N * driver_cpu

with ``n = N / nodes`` devices per node, ``cores`` usable cores per node, ``C`` concurrent
sessions per node (actors per node x threads per actor) and ``t_device`` the time a real
device takes to log in and answer (an assumption, not a measurement: the lab answers in
milliseconds). Usage::

    python benchmarks/distributed.py                       # 1,000 devices, 2 and 4 actors
    python benchmarks/distributed.py --devices 300 --actors 2 --json

Figures are wall-clock seconds on this machine, lab included: on a 2-core box the lab,
the actors and the driver compete for the same cores, so Ray's overhead shows in full and
the gain of more processes does not.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nornir import InitNornir
from nornir.core import Nornir
from nornir.core.task import AggregatedResult

COMMAND = "show version"
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu(pid: int | None) -> float:
    """CPU seconds (user + system, all threads) of process ``pid``; 0.0 if unknown."""
    if not pid:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, ValueError, IndexError):
        return 0.0


def _nornir(folder: Path) -> Nornir:
    return InitNornir(
        inventory={"plugin": "SimpleInventory",
                   "options": {"host_file": str(folder / "hosts.yaml"),
                               "group_file": str(folder / "groups.yaml"),
                               "defaults_file": str(folder / "defaults.yaml")}},
        logging={"enabled": False})


def _measure(run: Callable[[], AggregatedResult], pids: Callable[[], list[int]],
             lab_pid: int | None) -> dict[str, Any]:
    workers0 = sum(_cpu(p) for p in pids())
    lab0, cpu0, t0 = _cpu(lab_pid), time.process_time(), time.perf_counter()
    result = run()
    wall = time.perf_counter() - t0
    return {"seconds": round(wall, 3),
            "driver_cpu": round(time.process_time() - cpu0, 3),
            "worker_cpu": round(sum(_cpu(p) for p in pids()) - workers0, 3),
            "lab_cpu": round(_cpu(lab_pid) - lab0, 3),
            "failed": len(result.failed_hosts), "hosts": len(result)}


def _side(nr: Nornir, pids: Callable[[], list[int]], lab_pid: int | None,
          repeat: int) -> dict[str, Any]:
    from nornir_nlchat.tasks import run_command

    def run() -> AggregatedResult:
        return nr.run(task=run_command, command=COMMAND, parse=False, on_failed=True)

    cold = _measure(run, pids, lab_pid)
    warm = [_measure(run, pids, lab_pid) for _ in range(repeat)]
    nr.close_connections(on_good=True, on_failed=True)
    return {"cold": cold, "warm": min(warm, key=lambda m: m["seconds"])}


def threaded(folder: Path, workers: int, lab_pid: int | None, repeat: int) -> dict[str, Any]:
    """The ``nlchat_threaded`` runner in this process."""
    from nornir_nlchat.execute.breaker import BreakerBoard
    from nornir_nlchat.runners import NLChatRunner

    runner = NLChatRunner(num_workers=workers, dead_letter=False, breaker=BreakerBoard())
    nr = _nornir(folder).with_runner(runner)
    out = _side(nr, lambda: [], lab_pid, repeat)
    runner.close()
    return out


def distributed(folder: Path, actors: int, workers: int, lab_pid: int | None,
                repeat: int) -> dict[str, Any]:
    """``nlchat_ray`` with ``actors`` actors sharing ``workers`` threads."""
    from nornir_nlchat.distributed.runner import RayRunner

    per_actor = max(1, math.ceil(workers / actors))
    runner = RayRunner(num_actors=actors, num_workers=per_actor, dead_letter=False,
                       actor_cpus=0.01, batch_size=250, shard_by="hash")
    started = time.perf_counter()
    runner.start()
    start_s = time.perf_counter() - started
    nr = _nornir(folder).with_runner(runner)
    out = _side(nr, lambda: [int(i["pid"]) for i in runner.info], lab_pid, repeat)
    out.update(actors=actors, threads_per_actor=per_actor, start_seconds=round(start_s, 3),
               shards=runner.shard_sizes())
    runner.shutdown()
    return out


def estimate(devices: int, nodes: int, fixed: float, driver_cpu: float, worker_cpu: float,
             cores: int, concurrency: int, t_device: float) -> dict[str, Any]:
    """Wall time for ``devices`` over ``nodes`` (see the module docstring)."""
    per_node = math.ceil(devices / nodes)
    cpu_bound = per_node * worker_cpu / cores
    latency_bound = math.ceil(per_node / concurrency) * t_device
    driver = devices * driver_cpu
    return {"devices": devices, "nodes": nodes, "per_node": per_node,
            "fixed_s": round(fixed, 2), "node_cpu_bound_s": round(cpu_bound, 2),
            "node_latency_bound_s": round(latency_bound, 2), "driver_s": round(driver, 2),
            "total_s": round(fixed + max(cpu_bound, latency_bound) + driver, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=1000)
    parser.add_argument("--actors", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--workers", type=int, default=50, help="threads in all, per side")
    parser.add_argument("--repeat", type=int, default=2, help="warm runs (best is kept)")
    parser.add_argument("--estimate-devices", type=int, default=50_000)
    parser.add_argument("--estimate-nodes", type=int, default=20)
    parser.add_argument("--cores", type=int, default=8, help="usable cores per node")
    parser.add_argument("--node-sessions", type=int, default=200,
                        help="concurrent sessions per node (actors x threads)")
    parser.add_argument("--device-seconds", type=float, default=3.0,
                        help="assumed login + answer time of a real device")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import ray

    from nornir_nlchat.lab import Lab

    report: dict[str, Any] = {"devices": args.devices, "workers": args.workers,
                              "cpus": os.cpu_count()}
    t0 = time.perf_counter()
    with Lab(devices=args.devices, bastion=False, startup_timeout=600) as lab:
        report["lab_start_s"] = round(time.perf_counter() - t0, 2)
        lab_pid = lab.proc.pid if lab.proc else None
        report["threaded"] = threaded(lab.inventory_dir, args.workers, lab_pid, args.repeat)
        t1 = time.perf_counter()
        ray.init(num_cpus=max(args.actors) + 1, include_dashboard=False, log_to_driver=False)
        report["ray_init_s"] = round(time.perf_counter() - t1, 2)
        try:
            report["ray"] = [distributed(lab.inventory_dir, k, args.workers, lab_pid,
                                         args.repeat) for k in args.actors]
        finally:
            ray.shutdown()
    base = report["threaded"]
    for side in report["ray"]:
        for phase in ("cold", "warm"):
            side[phase]["vs_threaded"] = round(side[phase]["seconds"] / base[phase]["seconds"], 2)
    best = min(report["ray"], key=lambda s: s["cold"]["seconds"])
    n = args.devices
    per_device = {
        "driver_cpu_ms": round(1000 * best["cold"]["driver_cpu"] / n, 3),
        "worker_cpu_ms": round(1000 * best["cold"]["worker_cpu"] / n, 3),
        "lab_cpu_ms": round(1000 * best["cold"]["lab_cpu"] / n, 3),
        "warm_driver_cpu_ms": round(1000 * best["warm"]["driver_cpu"] / n, 3),
        "warm_worker_cpu_ms": round(1000 * best["warm"]["worker_cpu"] / n, 3)}
    report["per_device"] = per_device
    fixed = report["ray_init_s"] + best["start_seconds"]
    report["estimate"] = {
        "assumptions": {"cores_per_node": args.cores, "sessions_per_node": args.node_sessions,
                        "device_seconds": args.device_seconds},
        "cold": estimate(args.estimate_devices, args.estimate_nodes, fixed,
                         per_device["driver_cpu_ms"] / 1000, per_device["worker_cpu_ms"] / 1000,
                         args.cores, args.node_sessions, args.device_seconds),
        "warm": estimate(args.estimate_devices, args.estimate_nodes, 0.0,
                         per_device["warm_driver_cpu_ms"] / 1000,
                         per_device["warm_worker_cpu_ms"] / 1000, args.cores,
                         args.node_sessions, args.device_seconds / 3)}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    _print(report)
    return 0


def _print(report: dict[str, Any]) -> None:
    print(f"{report['devices']} lab devices, {report['workers']} threads per side, "
          f"{report['cpus']} CPUs; lab start {report['lab_start_s']} s, "
          f"ray.init {report['ray_init_s']} s")
    print(f"{'runner':<22}{'phase':<6}{'wall s':>8}{'x thr':>7}{'drv cpu':>9}{'wrk cpu':>9}"
          f"{'lab cpu':>9}{'failed':>8}")
    rows = [("nlchat_threaded", report["threaded"])] + [
        (f"nlchat_ray {s['actors']}x{s['threads_per_actor']}", s) for s in report["ray"]]
    for name, side in rows:
        for phase in ("cold", "warm"):
            m = side[phase]
            print(f"{name:<22}{phase:<6}{m['seconds']:>8.2f}{m.get('vs_threaded', 1.0):>7.2f}"
                  f"{m['driver_cpu']:>9.2f}{m['worker_cpu']:>9.2f}{m['lab_cpu']:>9.2f}"
                  f"{m['failed']:>8}")
    for side in report["ray"]:
        print(f"  {side['actors']} actors started in {side['start_seconds']} s; shards "
              f"{side['shards']}")
    print("per device (best Ray side):", report["per_device"])
    est = report["estimate"]
    print("estimate", est["assumptions"])
    for phase in ("cold", "warm"):
        e = est[phase]
        print(f"  {phase}: {e['devices']} devices / {e['nodes']} nodes = {e['per_node']} per "
              f"node: fixed {e['fixed_s']} s + max(cpu {e['node_cpu_bound_s']} s, latency "
              f"{e['node_latency_bound_s']} s) + driver {e['driver_s']} s = {e['total_s']} s")


if __name__ == "__main__":
    sys.exit(main())
