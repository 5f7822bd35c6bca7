"""Monitor benchmark: devices polled per minute on persistent connections, and the CPU the
monitor itself uses (the lab runs in its own process and is not counted).

Run: ``python benchmarks/monitor.py [--sizes 100 500] [--interval 60] [--minutes 2]``.

For each size a lab of that many devices starts; the monitor polls every device every
``--interval`` seconds (spread and jittered over the interval) with the default checks.
The first round opens the SSH connections and is reported on its own; the steady state is
then measured for ``--minutes``: polls per minute, CPU of this process as a percentage of
one core, poll latency, failures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from nornir_nlchat.health.adapter import adapter_for, register_adapter
from nornir_nlchat.health.monitor import Monitor
from nornir_nlchat.health.poll import HostPoll
from nornir_nlchat.health.settings import load_health_settings
from nornir_nlchat.inventory import load_nornir
from nornir_nlchat.lab import Lab
from nornir_nlchat.platforms.registry import get_platform

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")


def _wire_adapters() -> None:
    for name in PLATFORMS:
        if adapter_for(get_platform(name)) is None:
            module = importlib.import_module(f"nlchat_plugins.{name}.health")
            register_adapter(name, module.ADAPTER)


def run(size: int, interval: float, minutes: float, workers: int, checks: list[str] | None
        ) -> dict[str, Any]:
    _wire_adapters()
    spawn = time.perf_counter()
    with Lab(size, bastion=False, password="bench-Secret-1", secret="bench-Secret-1",
             startup_timeout=600) as lab, tempfile.TemporaryDirectory() as tmp:
        lab_ready = time.perf_counter() - spawn
        nr = load_nornir(lab.inventory_dir, num_workers=workers)
        settings = load_health_settings({
            "interval_s": interval, "workers": workers, "checks": checks or [],
            "database_url": f"sqlite:///{Path(tmp) / 'bench.db'}"})
        polls: list[tuple[float, HostPoll]] = []
        lock = threading.Lock()

        def on_poll(poll: HostPoll) -> None:
            with lock:
                polls.append((time.monotonic(), poll))

        monitor = Monitor(nr, settings, on_poll=on_poll, read_timeout=60)
        runner = threading.Thread(target=monitor.run, kwargs={"install_signals": False})
        t0, c0 = time.monotonic(), time.process_time()
        runner.start()
        # First round: every device polled once (this opens the SSH connections).
        while len({p.host for _t, p in polls}) < size and time.monotonic() - t0 < 30 * interval:
            time.sleep(0.5)
        t_first, c_first = time.monotonic(), time.process_time()
        first_round = len({p.host for _t, p in polls})
        time.sleep(interval)  # let the schedule settle into its steady rhythm
        t1, c1 = time.monotonic(), time.process_time()
        time.sleep(minutes * 60)
        t2, c2 = time.monotonic(), time.process_time()
        monitor.stop()
        runner.join()
        steady = [p for t, p in polls if t1 <= t < t2]
        minutes_run = (t2 - t1) / 60
        seconds = sorted(p.seconds for p in steady)
        result = {
            "devices": size,
            "interval_s": interval,
            "lab_ready_s": round(lab_ready, 1),
            "first_round": {"devices_polled": first_round, "wall_s": round(t_first - t0, 1),
                            "cpu_percent": round(100 * (c_first - c0) / (t_first - t0), 1)},
            "steady": {
                "minutes": round(minutes_run, 2),
                "polls": len(steady),
                "polls_per_minute": round(len(steady) / minutes_run, 1),
                "devices_polled": len({p.host for p in steady}),
                "failed_polls": sum(1 for p in steady if not p.ok),
                "cpu_percent_of_one_core": round(100 * (c2 - c1) / (t2 - t1), 1),
                "cpu_ms_per_poll": round(1000 * (c2 - c1) / max(1, len(steady)), 1),
                "poll_latency_p50_s": round(statistics.median(seconds), 2) if seconds else None,
                "poll_latency_p95_s": round(seconds[int(0.95 * (len(seconds) - 1))], 2)
                if seconds else None,
                "commands_per_poll": round(statistics.mean(p.commands for p in steady), 1)
                if steady else None,
            },
            "alert_events": monitor.stats.events,
        }
        return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--interval", type=float, default=60.0)
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=50)
    parser.add_argument("--checks", default="", help="comma-separated (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args()
    checks = [c for c in args.checks.split(",") if c] or None
    for size in args.sizes:
        result = run(size, args.interval, args.minutes, args.workers, checks)
        if args.json:
            print(json.dumps(result))
            continue
        s, f = result["steady"], result["first_round"]
        print(f"{size:>4} devices every {args.interval:g} s: {s['polls_per_minute']} polls/min "
              f"({s['devices_polled']} devices, {s['failed_polls']} failed), monitor "
              f"CPU {s['cpu_percent_of_one_core']} % of one core ({s['cpu_ms_per_poll']} ms "
              f"per poll, {s['commands_per_poll']} commands), poll p50 "
              f"{s['poll_latency_p50_s']} s p95 {s['poll_latency_p95_s']} s; first round "
              f"{f['devices_polled']} devices in {f['wall_s']} s at {f['cpu_percent']} % CPU; "
              f"lab ready in {result['lab_ready_s']} s")


if __name__ == "__main__":
    main()
