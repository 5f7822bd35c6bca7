"""Health polls through a Nornir's runner (``nlchat_ray`` workers poll, the driver grades).

:func:`poll_round` and :func:`poll_host` have the signatures and results of the threaded
:func:`nornir_nlchat.health.poll.poll_round` and ``poll_host``: each worker runs
:func:`health_poll` (the ``collect`` task plus dropping a broken connection, as
``poll_host`` does) on its own hosts and connections; the facts come back as data and are
graded, and loops correlated, on the driver, so verdicts are the same as with the threaded
poller.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Sequence
from typing import Any

from nornir.core import Nornir
from nornir.core.filter import F
from nornir.core.inventory import Host
from nornir.core.task import MultiResult, Result, Task

from nornir_nlchat.health.checks import collect
from nornir_nlchat.health.loops import loop_results
from nornir_nlchat.health.poll import RECONNECT_KINDS, HostPoll, Round, evidence_of, grade
from nornir_nlchat.health.rules import Baseline
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.tasks import CONNECTION


def health_poll(task: Task, checks: Sequence[str] | None = None, *,
                read_timeout: float = 30.0) -> Result:
    """Nornir task: ``collect`` the host's facts; drop a broken connection (for next time)."""
    started = time.perf_counter()
    result = collect(task, checks, read_timeout=read_timeout)
    data: dict[str, Any] = result.result if isinstance(result.result, dict) else {}
    if data.get("error") and data.get("error_kind") in RECONNECT_KINDS:
        with contextlib.suppress(Exception):  # nothing open, or already broken
            task.host.close_connection(CONNECTION)
    data["seconds"] = time.perf_counter() - started
    return result


def host_poll(host: Host, multi: MultiResult, thresholds: Thresholds | None = None,
              baseline: Baseline | None = None) -> HostPoll:
    """Grade one host's ``health_poll`` result as ``poll_host`` does."""
    first = multi[0]
    data = first.result if isinstance(first.result, dict) else {}
    return grade(host, multi, thresholds, baseline, float(data.get("seconds", 0.0)))


def poll_host(nornir: Nornir, host: Host, checks: Sequence[str] | None = None, *,
              thresholds: Thresholds | None = None, baseline: Baseline | None = None,
              read_timeout: float = 30.0) -> HostPoll:
    """Poll one host through ``nornir``'s runner (same signature as the threaded one)."""
    run = nornir.filter(F(name=host.name)).run(
        task=health_poll, name="health_poll", checks=checks, read_timeout=read_timeout,
        on_failed=True)
    return host_poll(host, run[host.name], thresholds, baseline)


def poll_round(nornir: Nornir, hosts: Iterable[str] | None = None,
               checks: Sequence[str] | None = None, *, thresholds: Thresholds | None = None,
               baselines: dict[str, Baseline] | None = None, workers: int = 20,
               read_timeout: float = 30.0, loops: bool = True) -> Round:
    """Poll ``hosts`` (default: all) through ``nornir``'s runner; correlate loops.

    ``workers`` is accepted for signature compatibility; parallelism is the runner's.
    """
    del workers
    names = list(hosts) if hosts is not None else list(nornir.inventory.hosts)
    inventory = nornir.inventory.hosts
    chosen = nornir.filter(F(name__any=names)) if len(names) != len(inventory) else nornir
    run = chosen.run(task=health_poll, name="health_poll", checks=checks,
                     read_timeout=read_timeout, on_failed=True)
    polls = [host_poll(inventory[n], run[n], thresholds,
                       baselines.get(n) if baselines is not None else None) for n in names]
    loop_check = None
    if loops:
        evidence = {p.host: ev for p in polls if (ev := evidence_of(p)) is not None}
        if evidence:
            loop_check = loop_results(evidence, thresholds)
    return Round(polls, loop_check)
