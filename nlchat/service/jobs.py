"""Background jobs: long asks and health rounds with per-host progress, kept in the store.

A job is a row of ``service_jobs``: its request, the hosts it covers with the state of each
(``pending`` → ``running`` → ``done`` / ``failed``), and at the end its result. Finished
results survive a restart; a job that was queued or running when the process stopped is
marked ``interrupted`` at the next start. Progress is followed by polling the job or by
streaming it (:meth:`JobManager.stream`: Server-Sent Events).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task

from nlchat.service.jsonable import as_dict, jsonable

if TYPE_CHECKING:
    from nornir_nlchat.store.db import Database

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED, INTERRUPTED = "queued", "running", "done", "failed", "interrupted"
FINAL = frozenset({DONE, FAILED, INTERRUPTED})
Work = Callable[["JobProgress"], dict[str, Any]]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()


def _row_dict(row: Any) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "user": row.user, "status": row.status,
            "request": dict(row.request or {}), "hosts": list(row.hosts or []),
            "progress": dict(row.progress or {}), "result": row.result, "error": row.error,
            "created_at": _iso(row.created_at), "started_at": _iso(row.started_at),
            "finished_at": _iso(row.finished_at)}


class JobProgress:
    """Handed to a job's work: report per-host states; also a Nornir processor, so an ask's
    run reports each host as it starts and ends."""

    def __init__(self, manager: JobManager, job_id: str) -> None:
        self.manager = manager
        self.job_id = job_id

    def host(self, name: str, state: str, **info: Any) -> None:
        """Set one host's state (``pending``, ``running``, ``done``, ``failed``)."""
        self.manager.set_host(self.job_id, name, state, info)

    def hosts(self, names: list[str]) -> None:
        """The hosts the job turned out to cover (once they are known)."""
        self.manager.set_hosts(self.job_id, names)

    # Nornir processor interface ------------------------------------------------------------
    def task_started(self, task: Task) -> None:
        """Nothing per run."""

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        """Nothing per run."""

    def task_instance_started(self, task: Task, host: Host) -> None:
        """The host is running."""
        self.host(host.name, RUNNING)

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """The host is done or failed."""
        data = result[0].result if len(result) else None
        payloads = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
        error = next((p for p in payloads if p.get("error")), None)
        self.host(host.name, FAILED if result.failed else DONE,
                  command="\n".join(str(p.get("command", "")) for p in payloads) or None,
                  error_kind=error.get("error_kind") if error else None,
                  duration_ms=round(sum(float(p.get("duration_ms") or 0) for p in payloads),
                                    1))

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        """Part of the host's task."""

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        """Part of the host's task."""


class JobManager:
    """Runs jobs on a small thread pool and keeps them in the store.

    Args:
        db: The store.
        workers: Jobs that run at once (asks still take turns on shared connections).
    """

    def __init__(self, db: Database, *, workers: int = 4) -> None:
        from nornir_nlchat.store.models import Base
        from nornir_nlchat.store.service_models import SERVICE_TABLES

        self.db = db
        Base.metadata.create_all(db.engine, tables=list(SERVICE_TABLES))
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers),
                                        thread_name_prefix="nlchat-job")
        self._live: dict[str, dict[str, Any]] = {}
        self._versions: dict[str, int] = {}
        self._lock = threading.Lock()
        self.on_finish: Callable[[dict[str, Any]], None] | None = None
        self.interrupted = self._recover()

    # -- lifetime --------------------------------------------------------------------------
    def _recover(self) -> int:
        """Mark jobs a previous process left queued or running as interrupted."""
        from sqlalchemy import update

        from nornir_nlchat.store.service_models import ServiceJob

        with self.db.session() as s:
            result = s.execute(update(ServiceJob).where(ServiceJob.status.in_((QUEUED, RUNNING)))
                               .values(status=INTERRUPTED, finished_at=_now(),
                                       error="The service stopped before the job finished."))
            return int(getattr(result, "rowcount", 0) or 0)

    def shutdown(self) -> None:
        """Cancel queued jobs (marked interrupted) and wait for running ones."""
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            left = [job_id for job_id, job in self._live.items() if job["status"] == QUEUED]
        for job_id in left:
            self._update(job_id, status=INTERRUPTED, finished_at=_now(),
                         error="The service stopped before the job started.")

    # -- submitting and running ------------------------------------------------------------
    def submit(self, kind: str, user: str, request: dict[str, Any], hosts: list[str],
               work: Work) -> dict[str, Any]:
        """Queue ``work``; returns the job as it is now."""
        from nornir_nlchat.store.service_models import ServiceJob

        job_id = str(uuid.uuid4())
        progress = {h: {"state": "pending"} for h in hosts}
        with self.db.session() as s:
            row = ServiceJob(id=job_id, kind=kind, user=user, status=QUEUED,
                             request=as_dict(request), hosts=list(hosts), progress=progress,
                             created_at=_now())
            s.add(row)
            s.flush()
            job = _row_dict(row)
        with self._lock:
            self._live[job_id] = job
            self._versions[job_id] = 0
        self._pool.submit(self._run, job_id, work)
        return as_dict(job)

    def _run(self, job_id: str, work: Work) -> None:
        from nornir_nlchat.logs import mask

        self._update(job_id, status=RUNNING, started_at=_now())
        try:
            result = as_dict(work(JobProgress(self, job_id)))
        except Exception as exc:
            from nlchat.service.errors import ServiceError

            if not isinstance(exc, ServiceError):
                log.exception("job %s failed", job_id)
            detail = exc.detail if isinstance(exc, ServiceError) else mask(str(exc))
            self._update(job_id, status=FAILED, finished_at=_now(), error=detail[:2000])
        else:
            self._update(job_id, status=DONE, finished_at=_now(), result=result,
                         progress=_final_progress(self.get(job_id) or {}, result))
        finally:
            job = self.get(job_id)
            with self._lock:
                self._live.pop(job_id, None)
                self._versions[job_id] = self._versions.get(job_id, 0) + 1
            if job is not None and self.on_finish is not None:
                self.on_finish(job)

    # -- progress --------------------------------------------------------------------------
    def set_host(self, job_id: str, host: str, state: str, info: dict[str, Any]) -> None:
        """Record one host's state."""
        with self._lock:
            job = self._live.get(job_id)
            if job is None:
                return
            progress = dict(job["progress"])
            progress[host] = {"state": state, **jsonable(
                {k: v for k, v in info.items() if v is not None})}
            hosts = job["hosts"] if host in job["hosts"] else [*job["hosts"], host]
        self._update(job_id, progress=progress, hosts=hosts)

    def set_hosts(self, job_id: str, hosts: list[str]) -> None:
        """Replace the job's host list (hosts not seen yet are pending)."""
        with self._lock:
            job = self._live.get(job_id)
            if job is None:
                return
            progress = {h: job["progress"].get(h, {"state": "pending"}) for h in hosts}
        self._update(job_id, hosts=list(hosts), progress=progress)

    def _update(self, job_id: str, **values: Any) -> None:
        from sqlalchemy import update

        from nornir_nlchat.store.service_models import ServiceJob

        with self._lock:
            job = self._live.get(job_id)
            if job is not None:
                job.update({k: _iso(v) if isinstance(v, datetime) else v
                            for k, v in values.items()})
            self._versions[job_id] = self._versions.get(job_id, 0) + 1
        try:
            with self.db.session() as s:
                s.execute(update(ServiceJob).where(ServiceJob.id == job_id).values(**values))
        except Exception as exc:  # progress stays in memory; the result is retried below
            log.warning("could not store job %s: %s", job_id, exc)
            if "result" in values or values.get("status") in FINAL:
                raise

    # -- reading ---------------------------------------------------------------------------
    def get(self, job_id: str) -> dict[str, Any] | None:
        """The job (a copy), from memory while it runs, else from the store."""
        from nornir_nlchat.store.service_models import ServiceJob

        with self._lock:
            live = self._live.get(job_id)
            if live is not None:
                return as_dict(live)
        with self.db.session() as s:
            row = s.get(ServiceJob, job_id)
            return _row_dict(row) if row is not None else None

    def list(self, *, user: str | None = None, status: str | None = None, limit: int = 50
             ) -> list[dict[str, Any]]:
        """Jobs, newest first."""
        from sqlalchemy import select

        from nornir_nlchat.store.service_models import ServiceJob

        query = select(ServiceJob).order_by(ServiceJob.created_at.desc()).limit(limit)
        if user:
            query = query.where(ServiceJob.user == user)
        if status:
            query = query.where(ServiceJob.status == status)
        with self.db.session() as s:
            return [_row_dict(row) for row in s.scalars(query)]

    def version(self, job_id: str) -> int:
        """Grows each time the job changes (cheap change detection for streams)."""
        with self._lock:
            return self._versions.get(job_id, 0)

    def counts(self) -> dict[str, int]:
        """Jobs in memory by status (queued / running)."""
        with self._lock:
            out: dict[str, int] = {}
            for job in self._live.values():
                out[job["status"]] = out.get(job["status"], 0) + 1
            return out

    async def stream(self, job_id: str, *, poll_s: float = 0.05, heartbeat_s: float = 15.0
                     ) -> AsyncIterator[str]:
        """Server-Sent Events for one job: ``status`` when it changes, ``host`` for each
        host state change, then ``done`` with the whole job (its per-host results) and the
        end of the stream. A comment line keeps idle connections open."""
        sent_hosts: dict[str, Any] = {}
        sent_status = None
        seen = -1
        idle = 0.0
        event_id = 0
        while True:
            version = self.version(job_id)
            if version != seen:
                seen = version
                job = await asyncio.to_thread(self.get, job_id)
                if job is None:
                    return
                for host in job["hosts"]:
                    state = job["progress"].get(host)
                    if state is not None and sent_hosts.get(host) != state:
                        sent_hosts[host] = state
                        event_id += 1
                        yield _event("host", {"id": job_id, "host": host, **state}, event_id)
                if job["status"] != sent_status:
                    sent_status = job["status"]
                    event_id += 1
                    yield _event("status", {"id": job_id, "status": sent_status}, event_id)
                if job["status"] in FINAL:
                    yield _event("done", job, event_id + 1)
                    return
                idle = 0.0
            await asyncio.sleep(poll_s)
            idle += poll_s
            if idle >= heartbeat_s:
                idle = 0.0
                yield ": keep-alive\n\n"


def _event(name: str, data: dict[str, Any], event_id: int) -> str:
    return f"id: {event_id}\nevent: {name}\ndata: {json.dumps(jsonable(data))}\n\n"


def _final_progress(job: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """Per-host states from the result (every host ends done, failed or skipped)."""
    progress = dict(job.get("progress") or {})
    per_host = result.get("results")
    if isinstance(per_host, dict):  # an ask: host -> HostResult
        for host, r in per_host.items():
            progress[host] = {**progress.get(host, {}),
                              "state": FAILED if r.get("failed") else DONE,
                              "command": r.get("command"), "error_kind": r.get("error_kind"),
                              "duration_ms": r.get("duration_ms")}
    for poll in result.get("polls") or []:  # a health round
        progress[poll["host"]] = {**progress.get(poll["host"], {}),
                                  "state": DONE if poll.get("ok") else FAILED,
                                  "error_kind": poll.get("error_kind"),
                                  "duration_ms": round(float(poll.get("seconds") or 0) * 1000,
                                                       1)}
    for host, state in progress.items():
        if state.get("state") in ("pending", RUNNING):
            progress[host] = {**state, "state": "skipped"}
    return {h: {k: v for k, v in s.items() if v is not None} for h, s in progress.items()}
