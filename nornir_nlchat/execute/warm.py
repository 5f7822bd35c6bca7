"""Warm batches: one command on many hosts' open asyncssh sessions, run on the event loop.

On warm connections a fleet command costs CPU, not waiting: with a worker thread per host,
every answer wakes a thread (a futex, a hand-off of the GIL) and the threads queue for the
GIL behind the event loop. So ``nlchat_threaded`` first runs the task for every host whose
asyncssh session is open on the event loop that owns those sessions, at most
``num_workers`` at a time: the command goes out, the answer comes in and the task's checks
and result are made in one thread, without a hand-off per host; the runner's thread waits
for the batch once. Each host's result still goes through Nornir's ``Task.start``
(processors, called from the loop's thread here, result name, severity as usual), the
breaker and the retry policy.

Hosts that are not warm (no open session yet, another transport, the host's lock held by
another run, an open circuit) go through the worker threads as before; so does a host whose
warm try failed on the connection (the worker path reconnects). A task takes part by
registering a :class:`WarmTask` for its function (:func:`register`); ``run_command`` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from nornir_nlchat.execute.connections import AnswerReader

if TYPE_CHECKING:
    from nornir.core.inventory import Host
    from nornir.core.task import Result, Task

log = logging.getLogger(__name__)


class WarmTask(Protocol):
    """What a task offers the runner's warm path."""

    def begin(self, task: Task, arrivals: Arrivals) -> WarmCall | None:
        """Send the task's command on ``task.host``'s warm session, or None when it is not
        warm (the host then goes through a worker thread)."""

    def finish(self, call: WarmCall) -> Result | None:
        """The Result of an answered call, or None when the host must go through a worker
        thread after all (its connection failed: the worker reconnects)."""

    def expire(self, call: WarmCall) -> Result:
        """The Result of a call that got no answer in time (its connection is dropped)."""


_warm: dict[Callable[..., Any], WarmTask] = {}


def register(function: Callable[..., Any], warm: WarmTask) -> None:
    """Let the runner run ``function`` on warm hosts through ``warm``."""
    _warm[function] = warm


def warm_task(function: Callable[..., Any]) -> WarmTask | None:
    """The warm path registered for a task function, if any."""
    return _warm.get(function)


@dataclass(eq=False)
class WarmCall:
    """One host's command in flight on its asyncssh session.

    Attributes:
        task: The host's copy of the task (``task.host`` set).
        plugin: The host's ``AsyncSSHConnection``.
        pending: The answer as it arrives (filled on the event loop).
        deadline: ``time.monotonic()`` after which the call has timed out.
        state: What the warm task keeps between ``begin`` and ``finish`` / ``expire``.
    """

    task: Task
    plugin: Any
    pending: Answer
    deadline: float
    state: Any = None

    @property
    def host(self) -> Host:
        """The host the call runs on."""
        return self.task.host


class Answer:
    """A pending answer (what the asyncssh session fills, like its ``Pending``) that, when
    complete, joins its batch's arrivals instead of waking a thread."""

    __slots__ = ("answer", "arrivals", "call", "error", "finished", "result")

    def __init__(self, reader: AnswerReader, arrivals: Arrivals) -> None:
        self.answer = reader
        self.result: str | None = None
        self.error: BaseException | None = None
        self.finished = False
        self.arrivals = arrivals
        self.call: WarmCall | None = None

    def finish(self, result: str | None = None, error: BaseException | None = None) -> None:
        """Keep the answer (or the error) and report the call as arrived (once)."""
        if not self.finished:
            self.finished = True
            self.result, self.error = result, error
            if self.call is not None:
                self.arrivals.add(self.call)


class Arrivals:
    """The calls whose answers are in (filled and read on the event loop)."""

    def __init__(self) -> None:
        self._ready: deque[WarmCall] = deque()
        self._event = asyncio.Event()

    def add(self, call: WarmCall) -> None:
        """Called on the loop when ``call``'s answer is complete."""
        self._ready.append(call)
        self._event.set()

    async def wait(self, timeout: float) -> list[WarmCall]:
        """The calls that arrived, waiting at most ``timeout`` seconds for the first."""
        if not self._ready:
            loop = asyncio.get_running_loop()
            timer = loop.call_later(timeout, self._event.set)
            try:
                await self._event.wait()
            finally:
                timer.cancel()
        self._event.clear()
        ready = self._ready
        out = []
        while ready:
            out.append(ready.popleft())
        return out


def send(plugin: Any, command: str, arrivals: Arrivals, read_timeout: float,
         state: Any, task: Task) -> WarmCall | None:
    """Start ``command`` on ``plugin``'s session; None when the session is not usable."""
    session = plugin.session
    if session is None or session.closed or not plugin.fast:
        return None
    conn = plugin.connection
    pending = Answer(AnswerReader(command, plugin.prompt_pattern(), conn.encoding), arrivals)
    call = WarmCall(task, plugin, pending, time.monotonic() + read_timeout, state)
    pending.call = call
    session.start((command + conn.RETURN).encode(conn.encoding), pending)  # on the loop
    return call


def cancel(call: WarmCall) -> None:
    """Stop reading for ``call`` (it timed out; on the loop)."""
    session = call.plugin.session
    if session is not None:
        session.cancel(call.pending)


def run_warm(task: Task, hosts: list[Host], warm: WarmTask, window: int,
             deliver: Callable[[Task, Result], bool],
             limit: float | None = None) -> list[Host]:
    """Run ``task`` on the warm ones of ``hosts``, ``window`` at a time; a host gets no
    more than ``limit`` seconds (the runner's per-host limit) besides the task's own.

    The batch runs on the asyncssh event loop (sending, reading, the task's checks and
    ``deliver`` alike: no hand-off of the GIL between threads per answer); the calling
    thread waits for it. ``deliver(task, result)`` records the result of the host's task
    copy (``task.host``) and returns False when the host must be run again through the
    worker threads (a retryable failure). Returns the hosts left for the worker threads.
    """
    from nornir_nlchat.execute.connections import ASYNCSSH_CONNECTION

    candidates = [h for h in hosts if ASYNCSSH_CONNECTION in h.connections]
    if not candidates:
        return list(hosts)
    from nornir_nlchat.execute import asyncssh_transport as ax

    loop = ax.event_loop()
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:  # called from a callback on the loop itself: no batch
        return list(hosts)
    others = [h for h in hosts if ASYNCSSH_CONNECTION not in h.connections]
    batch = _batch(task, candidates, warm, window, deliver, limit)
    return others + asyncio.run_coroutine_threadsafe(batch, loop).result()


#: hosts with a warm call in flight, of every batch (only touched on the loop). The hosts'
#: locks are reentrant and every batch holds them from the loop's thread, so they cannot
#: keep two batches off one session: this set does.
_busy: set[int] = set()


async def _batch(task: Task, hosts: list[Host], warm: WarmTask, window: int,
                 deliver: Callable[[Task, Result], bool], limit: float | None) -> list[Host]:
    """:func:`run_warm` on the loop."""
    arrivals = Arrivals()
    todo = deque(hosts)
    rest: list[Host] = []
    inflight: set[WarmCall] = set()

    def fill() -> None:
        """Start calls until ``window`` are in flight."""
        while todo and len(inflight) < window:
            host = todo.popleft()
            if id(host) in _busy:  # another batch is using its session: a worker waits
                rest.append(host)
                continue
            copy = task.copy()
            copy.host = host
            try:
                call = warm.begin(copy, arrivals)
            except Exception:  # the worker path runs it and reports what went wrong
                log.debug("warm start failed on %s", host.name, exc_info=True)
                call = None
            if call is None:
                rest.append(host)
                continue
            if limit is not None:
                call.deadline = min(call.deadline, time.monotonic() + limit)
            inflight.add(call)
            _busy.add(id(host))

    def done(call: WarmCall) -> None:
        inflight.discard(call)
        _busy.discard(id(call.host))
        call.pending.call = None  # no cycle left: the call is freed as soon as it is handled

    try:
        fill()
        while inflight:
            wait = max(0.0, min(c.deadline for c in inflight) - time.monotonic())
            arrived = [c for c in await arrivals.wait(wait) if c in inflight]
            for call in arrived:
                done(call)
            fill()  # replacements first: the devices work while the answers are handled
            for call in arrived:
                result = _finished(warm, call)
                if result is None or not deliver(call.task, result):
                    rest.append(call.host)
            now = time.monotonic()
            for call in [c for c in inflight if c.deadline <= now]:
                if call.pending.finished:  # arrived just now: taken at the next wait
                    continue
                done(call)
                cancel(call)
                if not deliver(call.task, warm.expire(call)):
                    rest.append(call.host)
            fill()
        return rest
    finally:
        for call in list(inflight):  # interrupted: no session stays locked or half-read
            done(call)
            cancel(call)
            with contextlib.suppress(Exception):
                warm.expire(call)


def _finished(warm: WarmTask, call: WarmCall) -> Result | None:
    """``warm.finish(call)``; an unexpected error becomes the host's failed result, as
    Nornir's ``Task.start`` makes it (the command is not sent again)."""
    try:
        return warm.finish(call)
    except Exception as exc:
        import traceback

        from nornir.core.task import Result

        log.error("Host %r: task %r failed with traceback:\n%s", call.host.name,
                  call.task.name, traceback.format_exc())
        return Result(call.host, exception=exc, result=traceback.format_exc(), failed=True)
