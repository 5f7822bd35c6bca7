"""Background jobs: progress streamed per host until done; results survive a restart."""

from __future__ import annotations

import threading
import time
from typing import Any

from tests.nlchat.service.svc_helpers import Service

BANGALORE_ROUTERS = {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}


def test_ask_job_streams_per_host_progress_to_done(service: Service) -> None:
    alice = service.client("alice")
    created = alice.post("/api/jobs/ask", {"query": "show version on all routers in bangalore"})
    assert created.status == 202, created.body
    job = created.json()
    assert job["kind"] == "ask" and set(job["hosts"]) == BANGALORE_ROUTERS
    events = alice.events(f"/api/jobs/{job['id']}/events")
    names = [name for name, _ in events]
    assert names[-1] == "done"
    finished = {data["host"]: data for name, data in events
                if name == "host" and data["state"] in ("done", "failed")}
    assert set(finished) == BANGALORE_ROUTERS
    assert all(d["state"] == "done" and d["command"] == "show version"
               for d in finished.values())
    done = events[-1][1]
    assert done["status"] == "done"
    results = done["result"]["results"]
    assert set(results) == BANGALORE_ROUTERS
    assert all(not r["failed"] and r["parsed"] for r in results.values())
    # polling gives the same; another user cannot see the job
    polled = alice.get(f"/api/jobs/{job['id']}").json()
    assert polled["status"] == "done" and polled["result"] == done["result"]
    assert service.client("root").get(f"/api/jobs/{job['id']}").status == 200  # admin
    bob = service.core.tokens.create("bob")[1]
    assert service.client().get(f"/api/jobs/{job['id']}", token=bob).status == 404
    assert any(j["id"] == job["id"] for j in alice.get("/api/jobs?status=done").json())


def test_health_job_reports_each_host(service: Service) -> None:
    alice = service.client("alice")
    created = alice.post("/api/jobs/health", {"query": "cpu on the bangalore routers"})
    assert created.status == 202, created.body
    job_id = created.json()["id"]
    deadline = time.monotonic() + 60
    job: dict[str, Any] = created.json()
    while job["status"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.1)
        job = alice.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "done", job
    assert set(job["progress"]) == BANGALORE_ROUTERS
    assert {p["state"] for p in job["progress"].values()} == {"done"}
    assert job["result"]["checks"] == ["cpu"] and job["result"]["polls"]


def test_denied_job_is_refused_before_it_is_queued(service: Service) -> None:
    alice = service.client("alice")
    reply = alice.post("/api/jobs/ask", {"query": "show version on SGSINDC1RTR1"})
    assert reply.status == 403 and reply.json()["hosts"] == ["SGSINDC1RTR1"]
    assert alice.post("/api/jobs/health", {"query": "bgp on SGSINDC1RTR1"}).status == 403


def test_restart_keeps_finished_results_and_marks_unfinished_ones(service: Service) -> None:
    from nlchat.service.jobs import JobManager, JobProgress

    db = service.core.db
    first = JobManager(db, workers=1)
    done = first.submit("ask", "alice", {"query": "quick"}, ["INBLRDC1RTR1"],
                        lambda progress: {"status": "ok", "results": {}})
    release = threading.Event()

    def slow(progress: JobProgress) -> dict[str, Any]:
        progress.host("INBLRDC1RTR1", "running")
        release.wait(30)
        return {}

    deadline = time.monotonic() + 10
    while (first.get(done["id"]) or {}).get("status") != "done" and time.monotonic() < deadline:
        time.sleep(0.02)
    stuck = first.submit("ask", "alice", {"query": "slow"}, ["INBLRDC1RTR1"], slow)
    while (first.get(stuck["id"]) or {}).get("status") != "running":
        time.sleep(0.02)
    second = JobManager(db, workers=1)  # what a restarted service does first
    try:
        assert second.interrupted >= 1
        kept = second.get(done["id"])
        assert kept is not None and kept["status"] == "done"
        assert kept["result"] == {"status": "ok", "results": {}}
        lost = second.get(stuck["id"])
        assert lost is not None and lost["status"] == "interrupted" and lost["error"]
    finally:
        release.set()
        first.shutdown()
        second.shutdown()
