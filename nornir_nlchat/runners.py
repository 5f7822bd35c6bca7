"""``nlchat_threaded``: Nornir's threaded runner plus retries, breakers, timeouts, dead letters.

Plain Nornir users select it in config.yaml::

    runner:
      plugin: nlchat_threaded
      options:
        num_workers: 50
        retries: 2              # extra tries for connection errors, backoff with jitter
        host_timeout: 120       # seconds per host, all tries included (Nornir has none)
        breaker_threshold: 5    # consecutive failures that open a host's circuit
        breaker_cool_off: 30    # seconds before a half-open probe
        dead_letter: true       # true (default store), false, or a URL / SQLite path

What it adds to each host's run, in order: the circuit breaker may short-circuit it (a failed
``circuit_open`` result, nothing sent); the task runs; a failure whose kind is retryable is
run again after an exponential, jittered delay; the whole host is bounded by
``host_timeout`` (its connections are closed to unblock it); the final failure is written
to the dead-letter store. Every host's ``MultiResult`` gets ``attempts`` and ``breaker``
attributes, and dict payloads get the same keys.

A task with a warm path (``run_command``) runs first on the asyncssh event loop for the
hosts whose sessions are open (:mod:`nornir_nlchat.execute.warm`: no worker thread and no
hand-off between threads per host); the other hosts, and warm ones whose connection
failed, go to the worker threads.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Result, Task

from nornir_nlchat.errors import CommandTimeout, ExecutionError
from nornir_nlchat.execute.breaker import CLOSED, BreakerBoard, shared_board
from nornir_nlchat.execute.classify import classify, kind_of
from nornir_nlchat.execute.deadletter import DeadLetterStore, task_path
from nornir_nlchat.execute.retry import RETRYABLE_DEFAULT, RetryPolicy
from nornir_nlchat.execute.warm import run_warm, warm_task
from nornir_nlchat.logs import mask

log = logging.getLogger(__name__)

NOT_DEAD_LETTERED: frozenset[str] = frozenset({"unsafe"})


def result_error(multi: MultiResult) -> tuple[str | None, str | None]:
    """``(error_kind, error message)`` of a host's results; ``(None, None)`` when it passed."""
    if not multi.failed:
        return None, None
    for result in multi:
        data = result.result
        payloads = data if isinstance(data, list) else [data]
        for payload in payloads:
            if isinstance(payload, dict) and payload.get("error_kind"):
                return str(payload["error_kind"]), str(payload.get("error") or "")
    for result in multi:
        exc = result.exception
        if result.failed and exc is not None and type(exc).__name__ != "NornirSubTaskError":
            error = classify(exc, multi[0].host.name if multi[0].host else "?")
            return kind_of(error), mask(str(error))
    first = multi[0]
    return "error", mask(str(first.exception or first.result or "task failed"))


def _annotate(multi: MultiResult, attempts: int, breaker: str) -> None:
    multi.attempts = attempts  # type: ignore[attr-defined]
    multi.breaker = breaker  # type: ignore[attr-defined]
    data: Any = multi[0].result if multi else None
    for payload in data if isinstance(data, list) else [data]:
        if isinstance(payload, dict):
            payload.setdefault("attempts", attempts)
            payload["breaker"] = breaker


def _failed_multi(task: Task, host: Host, error: ExecutionError) -> MultiResult:
    params = task.params or {}
    payload: dict[str, Any] = {
        "command": str(params.get("command", "")), "output": "", "parsed": None,
        "parse_error": None, "error": mask(str(error)), "error_kind": kind_of(error),
        "duration_ms": 0.0,
    }
    multi = MultiResult(task.name)
    result = Result(host=host, result=payload, failed=True, exception=error)
    result.name = task.name  # type: ignore[assignment]
    result.severity_level = logging.ERROR
    multi.append(result)
    return multi


def _inventory_of(task: Task) -> str | None:
    try:
        options = task.nornir.config.inventory.options or {}
    except AttributeError:
        return None
    host_file = options.get("host_file")
    return os.path.dirname(os.path.abspath(host_file)) if host_file else None


class NLChatRunner:
    """Threaded runner with retries, per-host circuit breakers, timeouts and dead letters.

    Args:
        num_workers: Threads (hosts run in parallel).
        retries: Extra attempts for retryable failures.
        backoff_base: Delay before the first retry (seconds).
        backoff_factor: Growth of the delay per retry.
        backoff_max: Upper bound of one delay (seconds).
        jitter: Random fraction of each delay (0..1).
        retry_on: Error kinds that are retried (default ``["connection"]``); ``auth`` and
            ``rejected`` are never retried.
        host_timeout: Seconds a host may take in all (tries and delays included); ``None``
            for no limit.
        breaker_threshold: Consecutive failures that open a host's circuit (0: no breaker).
        breaker_cool_off: Seconds an open circuit waits before a probe.
        dead_letter: ``True`` for the default store, ``False``/``None`` for none, or a URL /
            SQLite path.
        breaker: A board to share between runners (default: one per process and settings).
        store: A dead-letter store object (overrides ``dead_letter``).
        warm: Run tasks that offer a warm path (``run_command``) on the event loop for
            hosts whose sessions are open (``False``: always a worker thread per host).
    """

    def __init__(
        self,
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
        breaker: BreakerBoard | None = None,
        store: DeadLetterStore | None = None,
        warm: bool = True,
    ) -> None:
        self.num_workers = max(1, int(num_workers))
        self.warm = bool(warm)
        self.policy = RetryPolicy(retries=retries, base=backoff_base, factor=backoff_factor,
                                  max_delay=backoff_max, jitter=jitter,
                                  retry_on=tuple(retry_on))
        self.host_timeout = host_timeout if host_timeout and host_timeout > 0 else None
        self.breaker = breaker or shared_board(breaker_threshold, breaker_cool_off)
        self._dead_letter = dead_letter
        self._store = store
        self.record_dead_letters = True
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._pool_busy = False

    # -- the store is opened on first use (SQLAlchemy stays unimported until then) --------
    @property
    def store(self) -> DeadLetterStore | None:
        """The dead-letter store, or None when disabled."""
        if self._store is None and self._dead_letter not in (False, None, "", "false"):
            url = None if self._dead_letter is True else str(self._dead_letter)
            self._store = DeadLetterStore(url)
        return self._store

    def _take_pool(self) -> tuple[ThreadPoolExecutor, bool]:
        """The runner's worker threads, kept between runs (starting 50 threads per run costs
        milliseconds); a run that overlaps another gets a pool of its own."""
        with self._pool_lock:
            if not self._pool_busy:
                self._pool_busy = True
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.num_workers,
                                                    thread_name_prefix="nlchat")
                return self._pool, True
        return ThreadPoolExecutor(self.num_workers, thread_name_prefix="nlchat"), False

    def _give_back(self, pool: ThreadPoolExecutor, shared: bool, expired: set[str]) -> None:
        if not shared:
            pool.shutdown(wait=not expired, cancel_futures=True)
            return
        with self._pool_lock:
            if expired:  # a worker may still be stuck on an expired host: start afresh
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
            self._pool_busy = False

    def close(self) -> None:
        """Stop the worker threads kept between runs (they also stop with the runner)."""
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def run(self, task: Task, hosts: list[Host]) -> AggregatedResult:
        """Run ``task`` on every host (Nornir's runner interface).

        A task with a warm path (``run_command``) first runs on the event loop for the
        hosts whose sessions are open (:mod:`nornir_nlchat.execute.warm`); the others go to
        the worker threads.
        """
        done: dict[str, MultiResult] = {}
        rest = hosts
        warm = warm_task(task.task) if self.warm else None
        if warm is not None:
            closed = [h for h in hosts if self.breaker.state_name(h.name) == CLOSED]
            rest = [h for h in hosts if self.breaker.state_name(h.name) != CLOSED]
            rest += run_warm(task, closed, warm, self.num_workers,
                             lambda copy, result: self._deliver(copy, result, done),
                             limit=self.host_timeout)
        threaded = self._run_threaded(task, rest) if rest else AggregatedResult(task.name)
        ordered = AggregatedResult(task.name)
        for host in hosts:
            ordered[host.name] = done[host.name] if host.name in done else \
                threaded[host.name]
        self._dead_letters(task, ordered)
        return ordered

    def _deliver(self, copy: Task, result: Result, done: dict[str, MultiResult]) -> bool:
        """Hand a warm result to Nornir (processors, name, severity) through the host's task
        copy, and to the breaker; False when the failure is retryable (the host goes to the
        worker threads)."""
        host = copy.host
        name = host.name
        copy.task = _Returns(result)
        multi = copy.start(host)
        failed = multi.failed
        kind, error_text = result_error(multi) if failed else (None, None)
        self.breaker.record(name, ok=not failed, kind=kind, error=error_text)
        if failed and self.policy.should_retry(kind, 1):
            return False
        _annotate(multi, 1, self.breaker.state_name(name))
        done[name] = multi
        return True

    def _run_threaded(self, task: Task, hosts: list[Host]) -> AggregatedResult:
        """Run ``task`` on ``hosts`` in the worker threads.

        The worker threads take hosts from one queue until it is empty (no future per
        host), and the caller wakes once: when every host is done, or at the next host
        deadline.
        """
        result = AggregatedResult(task.name)
        started: dict[str, float] = {}
        expired: set[str] = set()
        todo = deque(hosts)
        finished: dict[str, MultiResult | BaseException] = {}
        left = [len(hosts)]
        count_lock = threading.Lock()
        all_done = threading.Event()
        if not hosts:
            all_done.set()

        def drain() -> None:
            while True:
                try:
                    host = todo.popleft()
                except IndexError:
                    return
                try:
                    outcome: MultiResult | BaseException = \
                        self._run_host(task, host, started, expired)
                except BaseException as exc:  # raised again in the caller, as a Future would
                    outcome = exc
                finished[host.name] = outcome
                with count_lock:
                    left[0] -= 1
                    if left[0] <= 0:
                        all_done.set()

        pool, shared = self._take_pool()
        try:
            for _ in range(min(self.num_workers, len(hosts))):
                pool.submit(drain)
            by_name = {host.name: host for host in hosts}
            while not all_done.wait(self._tick(started, finished, by_name)):
                pending = [h for n, h in by_name.items() if n not in finished]
                if not self._expire(task, pending, started, expired, result):
                    break
            for host in hosts:
                if host.name in result:  # expired: its failure is already there
                    continue
                outcome = finished[host.name]
                if isinstance(outcome, BaseException):
                    raise outcome
                result[host.name] = outcome
        finally:
            todo.clear()  # a run cut short leaves nothing queued for the kept threads
            self._give_back(pool, shared, expired)
        return result

    def _tick(self, started: dict[str, float], finished: dict[str, Any],
              by_name: dict[str, Host]) -> float | None:
        """Seconds until the next unfinished host reaches ``host_timeout`` (None: no limit)."""
        if self.host_timeout is None:
            return None
        now = time.monotonic()
        ends = [begun + self.host_timeout - now for name, begun in list(started.items())
                if name in by_name and name not in finished]
        return max(0.01, min([self.host_timeout, *ends]))

    def _expire(self, task: Task, pending: list[Host], started: dict[str, float],
                expired: set[str], result: AggregatedResult) -> list[Host]:
        """Fail the hosts of ``pending`` past ``host_timeout``; return those still running."""
        assert self.host_timeout is not None
        now = time.monotonic()
        still: list[Host] = []
        for host in pending:
            if host.name in expired:
                continue
            begun = started.get(host.name)
            if begun is None or now - begun < self.host_timeout:
                still.append(host)
                continue
            expired.add(host.name)
            error = CommandTimeout(f"{host.name}: no result within {self.host_timeout:g} s "
                                   "(per-host timeout); its connection was closed.")
            self.breaker.record(host.name, ok=False, kind="timeout", error=str(error))
            multi = _failed_multi(task, host, error)
            _annotate(multi, 1, self.breaker.state_name(host.name))
            result[host.name] = multi
            task.processors.task_instance_completed(task, host, multi)
            threading.Thread(target=_close_quietly, args=(host,), daemon=True).start()
        return still

    def _run_host(self, task: Task, host: Host, started: dict[str, float],
                  expired: set[str]) -> MultiResult:
        name = host.name  # Nornir's Host resolves attributes in Python: read it once
        started[name] = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            allowed, _state = self.breaker.allow(name)
            if not allowed:
                error = self.breaker.error_for(name)
                multi = _failed_multi(task, host, error)
                task.processors.task_instance_started(task, host)
                task.processors.task_instance_completed(task, host, multi)
                break
            multi = task.copy().start(host)
            failed = multi.failed
            kind, error_text = result_error(multi) if failed else (None, None)
            if name in expired:
                break
            self.breaker.record(name, ok=not failed, kind=kind, error=error_text)
            if not failed or not self.policy.should_retry(kind, attempt):
                break
            delay = self.policy.delay(attempt)
            if self.host_timeout is not None and \
                    time.monotonic() + delay - started[name] > self.host_timeout:
                break
            log.info("retrying %s in %.2f s after %s (attempt %d)", name, delay, kind,
                     attempt + 1, extra={"host": name})
            time.sleep(delay)
        _annotate(multi, attempt, self.breaker.state_name(name))
        return multi

    def _dead_letters(self, task: Task, results: AggregatedResult) -> None:
        if not self.record_dead_letters or not results.failed:
            return
        store = self.store
        if store is None:
            return
        path = task_path(task.task)
        inventory = _inventory_of(task)
        for name, multi in results.items():
            kind, error = result_error(multi)
            if kind is None or kind in NOT_DEAD_LETTERED:
                continue
            try:
                multi.dead_letter = store.record(  # type: ignore[attr-defined]
                    host=name, task=path, task_name=task.name, params=dict(task.params or {}),
                    error_kind=kind, error=error or "", inventory=inventory,
                    attempts=int(getattr(multi, "attempts", 1)))
            except Exception as exc:  # the store must never break a run
                log.warning("could not record the failure of %s: %s", name, mask(str(exc)))


class _Returns:
    """A task function that returns a result already made (a warm host's)."""

    def __init__(self, result: Result) -> None:
        self.result = result

    def __call__(self, task: Task, **_params: Any) -> Result:
        return self.result


def _close_quietly(host: Host) -> None:
    from nornir_nlchat.execute.connections import close_host

    close_host(host)


def register() -> None:
    """Register ``nlchat_threaded`` with Nornir without the entry point (idempotent)."""
    from nornir.core.plugins.runners import RunnersPluginRegister

    RunnersPluginRegister.register("nlchat_threaded", NLChatRunner)


def prepare_session(nr: Any, execution: Any, *, progress: bool | None = None
                    ) -> tuple[Any, NLChatRunner]:
    """Give a session's Nornir this runner, the progress bar and the execution settings.

    ``execution`` is the validated ``user_defined.nlchat.execution`` section (config file
    plus ``NLCHAT_*`` overrides); it is written back into the Nornir config, where the
    connection layer reads its limits. A runner chosen in config.yaml
    (``runner: {plugin: nlchat_threaded}``) is kept as configured.

    Returns:
        The new Nornir object and its runner.
    """
    from nornir_nlchat.processors import ProgressProcessor

    values: dict[str, Any] = execution.model_dump() if hasattr(execution, "model_dump") \
        else dict(execution or {})
    user = nr.config.user_defined
    if isinstance(user, dict):
        user.setdefault("nlchat", {}).setdefault("execution", {}).update(values)
    runner = getattr(nr, "_runner", None)
    if not isinstance(runner, NLChatRunner):
        retries = int(values.get("retries", 2))
        connect = float(values.get("connect_timeout", 15.0))
        command = float(values.get("command_timeout", 60.0))
        runner = NLChatRunner(
            num_workers=int(values.get("num_workers", 20)), retries=retries,
            host_timeout=values.get("host_timeout") or (connect + command) * (retries + 1) + 10,
            breaker_threshold=int(values.get("breaker_threshold", 5)),
            breaker_cool_off=float(values.get("breaker_cool_off", 30.0)),
            dead_letter=values.get("dead_letter", True))
    return nr.with_runner(runner).with_processors([ProgressProcessor(enabled=progress)]), runner
