"""Load check of the REST API: concurrent clients drive ``POST /api/ask`` on loopback.

Run: ``python benchmarks/api_load.py [--clients 8] [--requests 400] [--max-seconds 60]``.

Without ``--url`` it starts the 20-device lab and ``nlchat serve`` (a separate process, so
the clients do not share its interpreter) on 127.0.0.1 with a temporary store and token.
Each client keeps one HTTP/1.1 connection open and sends asks from a mix that runs real
commands on the lab (IOS, NX-OS, EOS, Junos behind the jump host...) until ``--requests``
asks were sent in all or ``--max-seconds`` passed. It prints p50 / p95 / p99 latency,
throughput, status counts and errors, and compares with the seed's targets (p95 < 500 ms,
p99 < 1 s); ``--check`` makes a miss exit 1. Traffic only ever goes to 127.0.0.1 (or the
loopback ``--url`` given).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

QUERIES = (
    "show version on INBLRDC1RTR1",
    "what's the cpu on INDELB1SW1?",
    "memory on INBLRDC1CSW1",
    "show ip interface brief on INBLRB1RTR1",
    "cpu on SGSINDC1RTR1",
    "show clock on INBLRDC1RTR2",
    "interfaces on INBLRDC1SW1",
    "uptime of INDELB1SW1",
)
TARGET_P95_MS, TARGET_P99_MS = 500.0, 1000.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _loopback(url: str) -> None:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host not in ("localhost", "::1") and not host.startswith("127."):
        sys.exit(f"refusing to load {host}: only loopback addresses are allowed")


class Client(threading.Thread):
    """One client: one kept-alive connection, asks until told to stop."""

    def __init__(self, index: int, url: str, token: str, budget: Any, deadline: float
                 ) -> None:
        super().__init__(name=f"client-{index}", daemon=True)
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.token = token
        self.index = index
        self.budget = budget
        self.deadline = deadline
        self.latencies: list[float] = []
        self.statuses: dict[str, int] = {}
        self.errors: list[str] = []

    def run(self) -> None:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        n = self.index
        while time.monotonic() < self.deadline and self.budget.take():
            body = json.dumps({"query": QUERIES[n % len(QUERIES)]})
            n += 1
            started = time.perf_counter()
            try:
                conn.request("POST", "/api/ask", body=body, headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Bearer {self.token}"})
                resp = conn.getresponse()
                payload = resp.read()
                elapsed = (time.perf_counter() - started) * 1000
                status = str(resp.status)
                if resp.status == 200:
                    answer = json.loads(payload)["status"]
                    status = f"200 {answer}"
                    if answer not in ("ok", "partial"):
                        self.errors.append(f"{answer}: {json.loads(payload)['text'][:100]}")
                else:
                    self.errors.append(f"HTTP {resp.status}: {payload[:100]!r}")
            except Exception as exc:  # a dropped connection counts as an error
                elapsed = (time.perf_counter() - started) * 1000
                status = type(exc).__name__
                self.errors.append(f"{status}: {exc}")
                conn.close()
                conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.latencies.append(elapsed)
            self.statuses[status] = self.statuses.get(status, 0) + 1
        conn.close()


class Budget:
    """How many requests are left to send, shared by the clients."""

    def __init__(self, total: int) -> None:
        self.left = total
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


def drive(url: str, token: str, clients: int, requests: int, max_seconds: float
          ) -> dict[str, Any]:
    """Run the load against a server; returns the figures (the first ask of each query,
    which opens the device connections, is not counted)."""
    _loopback(url)
    for query in QUERIES:
        req = urllib.request.Request(url + "/api/ask", data=json.dumps(
            {"query": query}).encode(), headers={"Content-Type": "application/json",
                                                 "Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            resp.read()
    budget = Budget(requests)
    started = time.monotonic()
    workers = [Client(i, url, token, budget, started + max_seconds) for i in range(clients)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(max_seconds + 60)
    wall = time.monotonic() - started
    latencies = [x for w in workers for x in w.latencies]
    statuses: dict[str, int] = {}
    for w in workers:
        for key, n in w.statuses.items():
            statuses[key] = statuses.get(key, 0) + n
    errors = [e for w in workers for e in w.errors]
    figures = {
        "clients": clients, "requests": len(latencies), "seconds": round(wall, 2),
        "per_second": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(_percentile(latencies, 50), 1),
        "p95_ms": round(_percentile(latencies, 95), 1),
        "p99_ms": round(_percentile(latencies, 99), 1),
        "max_ms": round(max(latencies), 1) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
        "errors": len(errors), "error_samples": errors[:5], "statuses": statuses,
    }
    figures["targets_met"] = bool(latencies) and not errors and \
        figures["p95_ms"] < TARGET_P95_MS and figures["p99_ms"] < TARGET_P99_MS
    return figures


def _wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the API server exited")
        try:
            with urllib.request.urlopen(url + "/readyz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the API server did not become ready")


def run_with_lab(clients: int, requests: int, max_seconds: float) -> dict[str, Any]:
    """Start the lab and the API server, drive the load, stop everything."""
    from nlchat.service.tokens import TokenStore
    from nornir_nlchat.lab import Lab
    from nornir_nlchat.store.db import Database

    with Lab() as lab, tempfile.TemporaryDirectory(prefix="nlchat-load-") as tmp:
        store = str(Path(tmp) / "load.db")
        token = TokenStore(Database(store)).create("load", name="api_load")[1]
        port = _free_port()
        env = {**os.environ, "NLCHAT_DATABASE_URL": store, "NLCHAT_EXECUTION__RETRIES": "0",
               "NLCHAT_EXECUTION__DEAD_LETTER": "false"}
        code = ("import sys; from nlchat.service.server import serve; "
                f"serve(sys.argv[1], host='127.0.0.1', port={port}, log_level='warning')")
        proc = subprocess.Popen([sys.executable, "-c", code, str(lab.inventory_dir)], env=env,
                                stdin=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(url, proc)
            return drive(url, token, clients, requests, max_seconds)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=400, help="asks in all (a bound)")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="time bound")
    parser.add_argument("--url", help="a running server on loopback (needs --token)")
    parser.add_argument("--token", help="API token for --url")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 unless p95 < 500 ms, p99 < 1 s and no error")
    args = parser.parse_args(argv)
    if args.url and not args.token:
        parser.error("--url needs --token")
    requests = max(1, min(args.requests, 100_000))
    seconds = max(1.0, min(args.max_seconds, 3600.0))
    clients = max(1, min(args.clients, 256))
    if args.url:
        figures = drive(args.url.rstrip("/"), args.token, clients, requests, seconds)
    else:
        figures = run_with_lab(clients, requests, seconds)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{figures['requests']} asks from {figures['clients']} clients in "
              f"{figures['seconds']} s ({figures['per_second']}/s)")
        print(f"latency ms: p50 {figures['p50_ms']}  p95 {figures['p95_ms']}  "
              f"p99 {figures['p99_ms']}  max {figures['max_ms']}")
        print(f"errors: {figures['errors']}  statuses: {figures['statuses']}")
        for sample in figures["error_samples"]:
            print(f"  {sample}")
        print(f"targets (p95 < {TARGET_P95_MS:.0f} ms, p99 < {TARGET_P99_MS:.0f} ms, no "
              f"errors): {'met' if figures['targets_met'] else 'MISSED'}")
    return 0 if figures["targets_met"] or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
