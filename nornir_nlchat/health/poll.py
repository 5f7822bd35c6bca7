"""Polling devices: one host (:func:`poll_host`) or one round over many (:func:`poll_round`).

A poll runs the ``collect_facts`` task on the host's persistent connection, grades the facts
(:mod:`~nornir_nlchat.health.rules`) against the host's baseline, and returns plain results.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nornir.core import Nornir
from nornir.core.inventory import Host
from nornir.core.task import MultiResult, Task

from nornir_nlchat.health.checks import collect
from nornir_nlchat.health.facts import Facts
from nornir_nlchat.health.loops import LoopEvidence, evidence_from, loop_results
from nornir_nlchat.health.rules import Baseline, CheckResult, evaluate, reachability
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.health.verdict import utcnow
from nornir_nlchat.tasks import CONNECTION


@dataclass
class HostPoll:
    """The outcome of polling one host once."""

    host: str
    platform: str
    at: datetime
    facts: Facts | None
    results: list[CheckResult] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    seconds: float = 0.0
    commands: int = 0

    @property
    def ok(self) -> bool:
        """The device answered."""
        return self.error is None


def poll_host(nornir: Nornir, host: Host, checks: Sequence[str] | None = None, *,
              thresholds: Thresholds | None = None, baseline: Baseline | None = None,
              read_timeout: float = 30.0) -> HostPoll:
    """Poll one host now (in the calling thread) and grade what it says.

    With the ``nlchat_ray`` runner the poll runs on the host's Ray worker instead
    (:mod:`nornir_nlchat.distributed.health`), over the connection that worker keeps.
    """
    if _distributed(nornir):
        from nornir_nlchat.distributed.health import poll_host as distributed_poll_host

        return distributed_poll_host(nornir, host, checks, thresholds=thresholds,
                                     baseline=baseline, read_timeout=read_timeout)
    started = time.perf_counter()
    task = Task(collect, nornir, global_dry_run=False, processors=nornir.processors,
                name="health_poll", checks=checks, read_timeout=read_timeout)  # type: ignore[arg-type]
    multi = task.start(host)
    poll = grade(host, multi, thresholds, baseline, time.perf_counter() - started)
    if poll.error and poll.error_kind in RECONNECT_KINDS:
        with contextlib.suppress(Exception):  # nothing open, or already broken
            host.close_connection(CONNECTION)
    return poll


#: failures after which the host's connection is dropped (the next poll logs in afresh)
RECONNECT_KINDS = ("connection", "timeout", "error")


def grade(host: Host, multi: MultiResult, thresholds: Thresholds | None = None,
          baseline: Baseline | None = None, seconds: float = 0.0) -> HostPoll:
    """Grade one host's ``collect`` result: reachability, then each check's verdict."""
    first = multi[0]
    data: dict[str, Any] = first.result if isinstance(first.result, dict) else {}
    at = data.get("at") or utcnow()
    error = data.get("error") if data else str(first.exception or first.result)
    kind = data.get("error_kind") if data else "error"
    if error:
        return HostPoll(host.name, host.platform or "", at, None,
                        [reachability(host.name, error, kind, at)], error, kind, seconds)
    facts = data["facts"] if isinstance(data.get("facts"), Facts) else Facts()
    results = [reachability(host.name, None, at=at),
               *evaluate(host.name, facts, thresholds, baseline, at)]
    return HostPoll(host.name, host.platform or "", at, facts, results, seconds=seconds,
                    commands=int(data.get("commands", 0)))


def _distributed(nornir: Nornir) -> bool:
    """Whether ``nornir`` runs its tasks on a distributed runner (``nlchat_ray``)."""
    return bool(getattr(getattr(nornir, "_runner", None), "distributed", False))


def evidence_of(poll: HostPoll) -> LoopEvidence | None:
    """The loop evidence of a successful poll."""
    if poll.facts is None:
        return None
    return evidence_from(poll.host, poll.facts, poll.results)


@dataclass
class Round:
    """One round over many hosts, plus the fleet-wide loop check."""

    polls: list[HostPoll]
    loops: CheckResult | None

    def results(self) -> list[CheckResult]:
        """Every check result of the round (loops last)."""
        out = [r for p in self.polls for r in p.results]
        return out + ([self.loops] if self.loops is not None else [])


def poll_round(nornir: Nornir, hosts: Iterable[str] | None = None,
               checks: Sequence[str] | None = None, *, thresholds: Thresholds | None = None,
               baselines: dict[str, Baseline] | None = None, workers: int = 20,
               read_timeout: float = 30.0, loops: bool = True) -> Round:
    """Poll ``hosts`` (default: all) in parallel and correlate loops across them.

    With the ``nlchat_ray`` runner the hosts are polled by their Ray workers.
    """
    if _distributed(nornir):
        from nornir_nlchat.distributed.health import poll_round as distributed_poll_round

        return distributed_poll_round(nornir, hosts, checks, thresholds=thresholds,
                                      baselines=baselines, workers=workers,
                                      read_timeout=read_timeout, loops=loops)
    names = list(hosts) if hosts is not None else list(nornir.inventory.hosts)
    inventory = nornir.inventory.hosts

    def one(name: str) -> HostPoll:
        base = baselines.get(name) if baselines is not None else None
        return poll_host(nornir, inventory[name], checks, thresholds=thresholds,
                         baseline=base, read_timeout=read_timeout)

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(names) or 1)),
                            thread_name_prefix="nlchat-health") as pool:
        polls = list(pool.map(one, names))
    loop_check = None
    if loops:
        evidence = {p.host: ev for p in polls if (ev := evidence_of(p)) is not None}
        if evidence:
            loop_check = loop_results(evidence, thresholds)
    return Round(polls, loop_check)
