"""``nlchat_ray``: the inventory sharded over Ray actors that keep their connections open.

Select it in a Nornir config.yaml (``NLChat``, ``nlchat ask`` and ``nlchat.health`` keep a
configured runner)::

    runner:
      plugin: nlchat_ray
      options:
        num_actors: 4             # general workers (Ray actors)
        shard_by: auto            # site | region | jump_host | hash | <data key> | auto
        address: auto             # join a running cluster; omit for a local Ray
        placement:                # pin keys to nodes by Ray resource or node label
          SIN-DC1: {resources: {dc_sin: 0.01}}
        num_workers: 50           # threads inside each worker
        retries: 2
        host_timeout: 120

Each worker (:class:`~nornir_nlchat.distributed.worker.ShardWorker`) owns a Nornir over its
shard and runs ``nlchat_threaded`` inside (retries, breakers, per-host timeouts); the driver
sends batches of host names (and, the first time, their inventory as plain data), gets plain
data back and builds the ``AggregatedResult``; dead letters are written on the driver.

Faults: a worker that dies mid-run has the hosts of its unfinished batches run again on a
surviving worker of the same pool (read-only tasks only) or, when none is left, on the same
worker once Ray has restarted it; otherwise they fail with ``error_kind: worker_lost`` and
the reason. A restarted worker takes its own hosts again at the next run.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task

from nornir_nlchat.distributed.shards import GENERAL, ShardMap, parse_placement
from nornir_nlchat.distributed.wire import failed_multi, inventory_payload, unpack_multi
from nornir_nlchat.distributed.worker import ShardWorker, close_host_connections
from nornir_nlchat.errors import CommandTimeout, ConfigError, ExecutionError
from nornir_nlchat.execute.retry import RETRYABLE_DEFAULT
from nornir_nlchat.logs import mask
from nornir_nlchat.runners import NLChatRunner

log = logging.getLogger(__name__)

WRITE_TASKS = frozenset({"run_config"})
WORKER_LOST = "worker_lost"


class WorkerLost(ExecutionError):
    """A worker process died or stopped answering while it held the host."""

    default_hint = ("The host was not run to the end; run the request again (a restarted "
                    "worker takes its hosts back), and check the Ray cluster's logs.")


@dataclass
class _Spec:
    """The task as it crosses to the workers."""

    func: Any
    name: str
    params: Any  # an ObjectRef to the params dict
    raw_params: dict[str, Any]
    severity_level: int
    dry_run: bool
    rerunnable: bool


@dataclass
class _Batch:
    worker: int
    names: list[str]
    sent: float
    resend: int = 0


def _task_function(func: Any) -> Any:
    """The function to send; Nornir's own close-connections closure becomes ours."""
    qualname = getattr(func, "__qualname__", "")
    if qualname.endswith("close_connections.<locals>.close_connections_task"):
        return close_host_connections
    return func


class RayRunner(NLChatRunner):
    """Runner that shards the inventory over Ray actors with persistent connections.

    Args:
        num_actors: General workers (hosts no placement pins).
        shard_by: ``auto``, ``site``, ``region``, ``jump_host``, ``hash`` or a data key.
        placement: ``{key: {"resources": {...}, "labels": {...}, "actors": n}}``: hosts
            whose shard key, site or region is ``key`` run on workers placed that way.
        address: A Ray cluster address (``auto``, ``ray://host:10001``); None starts a
            local Ray when none is running in this process.
        ray_init: More keywords for ``ray.init`` (``num_cpus``, ``runtime_env``...).
        actor_cpus: CPUs each worker reserves in Ray's scheduler.
        actor_concurrency: Batches a worker runs at once.
        batch_size: Hosts per call to a worker (a lost worker loses at most its open
            batches).
        max_restarts: Times Ray restarts a dead worker (-1: always).
        reroute: Run a lost worker's unfinished hosts again elsewhere (read-only tasks).
        restart_wait: Seconds to wait for a restarted worker when no other can take over.
        start_timeout: Seconds the workers may take to start (e.g. no node matches a
            placement).
        call_timeout: Seconds a batch may take; default from ``host_timeout`` (none without).
        namespace: Ray namespace when this runner starts or joins Ray.
        Others: as for ``nlchat_threaded`` (applied inside every worker).
    """

    distributed = True  # hosts run in other processes (health polls go through run())

    def __init__(
        self,
        num_actors: int = 2,
        shard_by: str = "auto",
        placement: Mapping[str, Any] | None = None,
        address: str | None = None,
        ray_init: Mapping[str, Any] | None = None,
        actor_cpus: float = 1.0,
        actor_concurrency: int = 4,
        batch_size: int = 250,
        max_restarts: int = 5,
        reroute: bool = True,
        restart_wait: float = 30.0,
        start_timeout: float = 120.0,
        call_timeout: float | None = None,
        namespace: str | None = "nlchat",
        num_workers: int = 20,
        retries: int = 2,
        backoff_base: float = 0.2,
        backoff_factor: float = 2.0,
        backoff_max: float = 5.0,
        jitter: float = 0.5,
        retry_on: Iterable[str] = RETRYABLE_DEFAULT,
        host_timeout: float | None = None,
        breaker_threshold: int = 5,
        breaker_cool_off: float = 30.0,
        dead_letter: bool | str | None = True,
    ) -> None:
        super().__init__(num_workers=num_workers, retries=retries, backoff_base=backoff_base,
                         backoff_factor=backoff_factor, backoff_max=backoff_max, jitter=jitter,
                         retry_on=retry_on, host_timeout=host_timeout,
                         breaker_threshold=breaker_threshold,
                         breaker_cool_off=breaker_cool_off, dead_letter=dead_letter)
        self.worker_options: dict[str, Any] = {
            "num_workers": self.num_workers, "retries": retries, "backoff_base": backoff_base,
            "backoff_factor": backoff_factor, "backoff_max": backoff_max, "jitter": jitter,
            "retry_on": list(retry_on), "host_timeout": self.host_timeout,
            "breaker_threshold": breaker_threshold, "breaker_cool_off": breaker_cool_off}
        self.shards = ShardMap(int(num_actors), shard_by, parse_placement(placement))
        self.address = address
        self.ray_init = dict(ray_init or {})
        self.actor_cpus = float(actor_cpus)
        self.actor_concurrency = max(1, int(actor_concurrency))
        self.batch_size = max(1, int(batch_size))
        self.max_restarts = int(max_restarts)
        self.reroute = reroute
        self.restart_wait = float(restart_wait)
        self.start_timeout = float(start_timeout)
        self.call_timeout = call_timeout
        self.namespace = namespace
        self.actors: list[Any] = []
        self.info: list[dict[str, Any]] = []
        self.last_run: dict[str, Any] = {}
        self._known: list[set[str]] = []
        self._down: set[int] = set()
        self._probes: dict[int, Any] = {}
        self._borrowed: dict[int, set[str]] = {}
        self._owns_ray = False
        self._lock = threading.Lock()

    # -- workers ----------------------------------------------------------------------
    def start(self) -> RayRunner:
        """Start Ray (unless running) and the workers; idempotent.

        Raises:
            ExecutionError: a worker did not start within ``start_timeout`` (for example no
                node offers the resources or labels its placement asks for).
        """
        with self._lock:
            self._start()
        return self

    def _start(self) -> None:
        if self.actors:
            return
        import ray

        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                       "namespace": self.namespace, **self.ray_init}
            if self.address:
                options["address"] = self.address
            ray.init(**options)
            self._owns_ray = True
        remote: Any = ray.remote(ShardWorker)
        actors: list[Any] = []
        for index in range(len(self.shards.workers)):
            pool = self.shards.pool_of(index)
            options = {"num_cpus": self.actor_cpus, "max_restarts": self.max_restarts,
                       "max_task_retries": 0, "max_concurrency": self.actor_concurrency}
            if pool == GENERAL:
                options["scheduling_strategy"] = "SPREAD"
            else:
                options.update(self.shards.placement[pool].ray_options())
            actors.append(remote.options(**options).remote(
                self.shards.worker_name(index), self.worker_options))
        pings = [a.ping.remote() for a in actors]
        ready, _late = ray.wait(pings, num_returns=len(pings), timeout=self.start_timeout)
        late = [i for i, p in enumerate(pings) if p not in ready]
        if late:
            for actor in actors:
                ray.kill(actor)
            where = "; ".join(
                f"{self.shards.worker_name(i)} needs "
                + (self.shards.placement[self.shards.pool_of(i)].describe()
                   if self.shards.pool_of(i) != GENERAL else f"{self.actor_cpus:g} CPU")
                for i in late)
            raise ExecutionError(
                f"{len(late)} Ray worker(s) did not start within {self.start_timeout:g} s: "
                f"{where}.",
                hint="Check that a node offers those resources/labels (ray status), or lower "
                     "actor_cpus / num_actors, or fix the placement option.")
        self.info = list(ray.get(pings))
        self.actors = actors
        self._known = [set() for _ in actors]
        self._down = set()
        self._borrowed = {i: set() for i in range(len(actors))}

    def alive(self) -> list[bool]:
        """Which workers are up (as far as the last run or :meth:`wait_ready` knows)."""
        return [i not in self._down for i in range(len(self.actors))]

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Wait until every worker that died has come back (or ``timeout``)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                self._check_returning(0.2)
                if not self._down:
                    return True
            if time.monotonic() >= deadline:
                return False

    def _check_returning(self, wait: float) -> None:
        """Take back workers that Ray restarted (their own hosts return to them)."""
        import ray

        for worker in sorted(self._down):
            probe = self._probes.get(worker)
            if probe is None:
                probe = self._probes[worker] = self.actors[worker].ping.remote()
            ready, _ = ray.wait([probe], timeout=wait)
            if not ready:
                continue
            del self._probes[worker]
            try:
                info = ray.get(probe)
            except Exception as exc:  # restarting failed or restarts used up
                log.info("worker %s still down: %s", self.shards.worker_name(worker),
                         mask(str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
                continue
            self._down.discard(worker)
            self.info[worker] = info
            self._known[worker] = set()
            for other, names in self._borrowed.items():
                back = [n for n in names if self.shards.home.get(n) == worker]
                if back and other not in self._down:
                    names.difference_update(back)
                    self._known[other].difference_update(back)
                    self.actors[other].release.remote(back)
            log.info("worker %s is back (pid %s)", self.shards.worker_name(worker),
                     info.get("pid"))

    def shutdown(self) -> None:
        """Stop the workers (their connections close) and Ray if this runner started it."""
        with self._lock:
            if not self.actors and not self._owns_ray:
                return
            import ray

            for actor in self.actors:
                try:
                    ray.kill(actor)
                except Exception as exc:  # already gone
                    log.debug("kill: %s", exc)
            self.actors = []
            if self._owns_ray:
                ray.shutdown()
                self._owns_ray = False

    def close(self) -> None:
        """Same as :meth:`shutdown` (and the base runner's thread pool)."""
        super().close()
        self.shutdown()

    def shard_sizes(self) -> dict[str, int]:
        """Hosts assigned to each worker so far."""
        return {name: len(hosts) for name, hosts in self.shards.shards().items()}

    # -- the run ----------------------------------------------------------------------
    def _spec(self, task: Task) -> _Spec:
        import ray
        from ray import cloudpickle

        func = _task_function(task.task)
        params = dict(task.params or {})
        try:
            dumps: Any = cloudpickle.dumps
            dumps(func)
            ref = ray.put(params)
        except Exception as exc:
            raise ConfigError(
                f"Task {task.name!r} cannot be sent to a Ray worker: {mask(str(exc))}.",
                hint="Use a module-level task function and plain-data parameters.") from None
        rerunnable = not params.get("allow_write") and \
            getattr(func, "__name__", "") not in WRITE_TASKS
        return _Spec(func, str(task.name), ref, params, int(task.severity_level),
                     bool(task.global_dry_run), rerunnable)

    @staticmethod
    def _config(task: Task) -> dict[str, Any]:
        config = task.nornir.config
        return {"ssh": {"config_file": config.ssh.config_file},
                "user_defined": dict(config.user_defined or {})}

    def _deadline(self, size: int) -> float | None:
        if self.call_timeout:
            return float(self.call_timeout)
        if self.host_timeout is None:
            return None
        rounds = math.ceil(size / max(1, self.num_workers))
        return self.host_timeout * rounds + 30.0

    def _fallback(self, worker: int) -> int | None:
        """A live worker of the same pool to take over ``worker``'s hosts (least loaded)."""
        pool = self.shards.pool_of(worker)
        alive = [i for i in self.shards.members(pool) if i != worker and i not in self._down]
        if not alive:
            return None
        return min(alive, key=lambda i: (self.shards.load[i] + len(self._borrowed[i]), i))

    def run(self, task: Task, hosts: list[Host]) -> AggregatedResult:
        """Run ``task`` on every host (Nornir's runner interface)."""
        with self._lock:
            self._start()
            self._check_returning(0.0)
            return self._run(task, hosts)

    def _run(self, task: Task, hosts: list[Host]) -> AggregatedResult:
        import ray

        started = time.perf_counter()
        spec = self._spec(task)
        config = ray.put(self._config(task))
        by_name = {h.name: h for h in hosts}
        defaults = task.nornir.inventory.defaults if task.nornir is not None else None
        results: dict[str, MultiResult] = {}
        pending: dict[Any, _Batch] = {}
        tries: dict[str, int] = {}
        stats = {"batches": 0, "rerouted": 0, "lost": 0, "resent": 0}

        def submit(worker: int, names: list[str], resend: int = 0) -> None:
            for i in range(0, len(names), self.batch_size):
                chunk = names[i:i + self.batch_size]
                new = [by_name[n] for n in chunk if n not in self._known[worker]]
                payload = inventory_payload(new, defaults) if new else None
                ref = self.actors[worker].run_batch.remote(
                    spec.func, spec.name, spec.params, chunk, payload, config,
                    severity_level=spec.severity_level, dry_run=spec.dry_run)
                self._known[worker].update(chunk)
                pending[ref] = _Batch(worker, chunk, time.monotonic(), resend)
                stats["batches"] += 1

        def fail(names: list[str], error: ExecutionError, kind: str, worker: int) -> None:
            for name in names:
                multi = failed_multi(by_name[name], spec.name, spec.raw_params, error, kind,
                                     self.shards.worker_name(worker), tries.get(name, 0) + 1)
                results[name] = multi
                task.processors.task_instance_completed(task, by_name[name], multi)

        def place(home: int, names: list[str], reason: str | None) -> None:
            target = home if home not in self._down else self._fallback(home)
            if target is None:
                target = self._await_restart(home)
            if target is None:
                why = reason or f"worker {self.shards.worker_name(home)} is down"
                fail(names, WorkerLost(f"{why}; no other worker of its pool is up and it did "
                                       f"not come back within {self.restart_wait:g} s."),
                     WORKER_LOST, home)
                return
            if target != home:
                self._borrowed[target].update(names)
                stats["rerouted"] += len(names)
            submit(target, names)

        for host in hosts:
            task.processors.task_instance_started(task, host)
        for home, names in self.shards.plan(hosts).items():
            place(home, names, None)

        while pending:
            wait = self._next_wait(pending)
            ready, _ = ray.wait(list(pending), num_returns=1, timeout=wait)
            if not ready:
                self._expire_batches(pending, fail)
                continue
            for ref in ready:
                batch = pending.pop(ref)
                try:
                    out = ray.get(ref)
                except ray.exceptions.RayActorError as exc:
                    self._lost_batch(batch, exc, spec, tries, stats, fail, place)
                    continue
                except Exception as exc:  # the worker code raised: report, keep going
                    text = mask(str(exc).strip().splitlines()[-1] if str(exc).strip()
                                else type(exc).__name__)
                    fail(batch.names, ExecutionError(
                        f"worker {self.shards.worker_name(batch.worker)} failed: {text}"),
                        "error", batch.worker)
                    continue
                for name, data in out["results"].items():
                    multi = unpack_multi(data, by_name[name], spec.name, out["worker"])
                    results[name] = multi
                    task.processors.task_instance_completed(task, by_name[name], multi)
                if out["missing"]:
                    self._known[batch.worker].difference_update(out["missing"])
                    stats["resent"] += len(out["missing"])
                    if batch.resend >= 2:
                        fail(out["missing"], WorkerLost(
                            f"worker {out['worker']} keeps losing its inventory."),
                            WORKER_LOST, batch.worker)
                    else:
                        submit(batch.worker, list(out["missing"]), batch.resend + 1)

        ordered = AggregatedResult(task.name)
        for host in hosts:
            ordered[host.name] = results[host.name]
        self.last_run = {"seconds": time.perf_counter() - started, "hosts": len(hosts),
                         **stats}
        self._dead_letters(task, ordered)
        return ordered

    def _next_wait(self, pending: dict[Any, _Batch]) -> float | None:
        ends = [b.sent + d for b in pending.values()
                if (d := self._deadline(len(b.names))) is not None]
        return max(0.05, min(ends) - time.monotonic()) if ends else None

    def _expire_batches(self, pending: dict[Any, _Batch], fail: Any) -> None:
        import ray

        now = time.monotonic()
        for ref, batch in list(pending.items()):
            limit = self._deadline(len(batch.names))
            if limit is None or now - batch.sent < limit:
                continue
            del pending[ref]
            name = self.shards.worker_name(batch.worker)
            fail(batch.names, CommandTimeout(
                f"worker {name} gave no answer for these hosts within {limit:g} s; it is "
                "restarted."), "timeout", batch.worker)
            if batch.worker not in self._down:
                self._down.add(batch.worker)
                ray.kill(self.actors[batch.worker], no_restart=False)

    def _await_restart(self, worker: int) -> int | None:
        """Wait up to ``restart_wait`` for ``worker`` to come back; it, or None."""
        if self.max_restarts == 0 or self.restart_wait <= 0:
            return None
        deadline = time.monotonic() + self.restart_wait
        while worker in self._down and time.monotonic() < deadline:
            self._check_returning(min(1.0, max(0.0, deadline - time.monotonic())))
        return None if worker in self._down else worker

    def _lost_batch(self, batch: _Batch, exc: BaseException, spec: _Spec,
                    tries: dict[str, int], stats: dict[str, int], fail: Any,
                    place: Any) -> None:
        name = self.shards.worker_name(batch.worker)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = f"worker {name} died while running this host ({type(exc).__name__}: " \
                 f"{mask(first[:200])})"
        log.warning("%s; %d host(s) affected", reason, len(batch.names))
        self._down.add(batch.worker)
        self._known[batch.worker] = set()
        self._borrowed[batch.worker] = set()  # a new process holds nothing
        stats["lost"] += len(batch.names)
        for host in batch.names:
            tries[host] = tries.get(host, 0) + 1
        if not (self.reroute and spec.rerunnable):
            note = "" if spec.rerunnable else (
                " The task changes configuration: it may or may not have been applied, so it "
                "is not run again automatically; check the device first.")
            fail(batch.names, WorkerLost(reason + "." + note), WORKER_LOST, batch.worker)
            return
        again = [h for h in batch.names if tries[h] <= 1]
        spent = [h for h in batch.names if tries[h] > 1]
        if spent:
            fail(spent, WorkerLost(reason + "; it was already run once elsewhere."),
                 WORKER_LOST, batch.worker)
        if again:
            place(batch.worker, again, reason)


def register() -> None:
    """Register ``nlchat_ray`` with Nornir without the entry point (idempotent)."""
    from nornir.core.plugins.runners import RunnersPluginRegister

    RunnersPluginRegister.register("nlchat_ray", RayRunner)
