"""Lab benchmark: start-up time and commands per second for 100 and 500 devices.

Run: ``python benchmarks/lab.py [--sizes 100 500] [--clients 8] [--seconds 10]``.
Each client holds one Netmiko session to a different device and sends ``show version`` in a
loop; the figure is commands answered per second by the one lab process.
"""

from __future__ import annotations

import argparse
import threading
import time

from netmiko import ConnectHandler

from nornir_nlchat.lab import Lab


def _client(host: dict[str, object], stop: float, counts: list[int], idx: int) -> None:
    conn = ConnectHandler(device_type=host["platform"], host=host["hostname"],
                          port=host["port"], username="lab", password="lab-pass",
                          secret="lab-enable")
    try:
        while time.monotonic() < stop:
            conn.send_command("show version")
            counts[idx] += 1
    finally:
        conn.disconnect()


def run(size: int, clients: int, seconds: float) -> None:
    started = time.perf_counter()
    with Lab(size, bastion=False) as lab:
        wall = time.perf_counter() - started
        hosts = [h for h in lab.hosts().values()][:clients]
        counts = [0] * len(hosts)
        stop = time.monotonic() + seconds
        threads = [threading.Thread(target=_client, args=(h, stop, counts, k))
                   for k, h in enumerate(hosts)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - t0
        print(f"{size:>4} devices: lab ready in {lab.startup_seconds:.2f} s inside the process "
              f"({wall:.2f} s from spawn); {sum(counts) / elapsed:.1f} commands/s with "
              f"{len(hosts)} Netmiko clients over {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.clients, args.seconds)


if __name__ == "__main__":
    main()
