"""Health checks as Nornir tasks.

``collect_facts`` runs the commands the host's platform adapter names for each check (over
the host's persistent connection, through the read-only guard) and returns the facts as
plain data; ``health_check`` also grades them into verdicts::

    from nornir_nlchat.health.checks import health_check
    result = nr.run(task=health_check, checks=["cpu", "bgp"])
    for host, multi in result.items():
        for verdict in multi[0].result["verdicts"]:
            print(host, verdict["check"], verdict["status"], verdict["message"])

A device that cannot be reached gives a failed ``Result`` whose payload says why
(``error``, ``error_kind``); a check whose command is rejected or whose output cannot be
read is listed under ``errors`` and the other checks still run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from nornir.core.task import Result, Task

from nornir_nlchat.errors import NLChatError
from nornir_nlchat.health.adapter import CHECKS, Probe, adapter_for
from nornir_nlchat.health.facts import Facts
from nornir_nlchat.health.rules import evaluate, reachability
from nornir_nlchat.health.settings import Thresholds
from nornir_nlchat.health.verdict import utcnow
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.tasks import run_command

log = logging.getLogger(__name__)

UNREACHABLE_KINDS = frozenset({"auth", "connection", "timeout", "circuit_open"})


class _Unreachable(Exception):
    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__(payload.get("error"))
        self.payload = payload


def _run_probe(task: Task, probe: Probe, command: str, cache: dict[tuple[str, bool], Any],
               read_timeout: float) -> dict[str, Any]:
    key = (command, probe.parse)
    if key not in cache:
        result = run_command(task, command, parse=probe.parse, read_timeout=read_timeout)
        payload: dict[str, Any] = result.result
        if result.failed and payload.get("error_kind") in UNREACHABLE_KINDS:
            raise _Unreachable(payload)
        cache[key] = payload
    payload = cache[key]
    return payload


def gather(task: Task, checks: Sequence[str] | None, read_timeout: float
           ) -> tuple[Facts, dict[str, Any]]:
    """Run the probes of ``checks`` on the task's host; return the facts and run metadata."""
    facts = Facts()
    meta: dict[str, Any] = {"commands": 0, "unsupported": []}
    try:
        plugin = get_platform(task.host.platform)
    except NLChatError as exc:
        facts.errors["reachability"] = exc.message
        meta.update(error=exc.message, error_kind="platform")
        return facts, meta
    adapter = adapter_for(plugin)
    if adapter is None:
        meta.update(error=f"{plugin.name} has no health adapter", error_kind="platform")
        facts.errors["reachability"] = meta["error"]
        return facts, meta
    supported = adapter.checks
    wanted = [c for c in CHECKS if c in (checks or supported)]
    meta["unsupported"] = [c for c in (checks or []) if c not in supported]
    cache: dict[tuple[str, bool], Any] = {}
    for check in wanted:
        if check not in supported:
            continue
        problems: list[str] = []
        found = 0
        for probe in adapter.probes(check):
            command = probe.command_for(plugin)
            if command is None:
                problems.append(f"no command for {probe.intent}")
                continue
            payload = _run_probe(task, probe, command, cache, read_timeout)
            if payload.get("error"):
                if not probe.optional:
                    problems.append(f"{command!r}: {payload['error']}")
                continue
            try:
                for fact in probe.extract(payload.get("parsed"), payload.get("output") or ""):
                    facts.add(fact)
                found += 1
            except Exception as exc:  # a reader that chokes on odd output fails one check
                log.debug("health %s on %s: cannot read %r: %s", check, task.host.name,
                          command, exc)
                problems.append(f"cannot read the output of {command!r}: {exc}")
        if problems and not found:
            facts.errors[check] = "; ".join(problems)
        else:
            facts.ran.append(check)
    meta["commands"] = len(cache)
    return facts, meta


def collect(task: Task, checks: Sequence[str] | None = None, *,
            read_timeout: float = 30.0) -> Result:
    """Like :func:`collect_facts`, but ``Result.result`` keeps the :class:`Facts` object
    under ``"facts"`` (in-process use: the monitor skips the round trip through dicts)."""
    started = time.perf_counter()
    at = utcnow()
    base = {"host": task.host.name, "platform": task.host.platform, "at": at,
            "error": None, "error_kind": None, "commands": 0}
    try:
        facts, meta = gather(task, checks, read_timeout)
    except _Unreachable as exc:
        data = {**base, "facts": None, "error": exc.payload.get("error"),
                "error_kind": exc.payload.get("error_kind"),
                "duration_ms": round((time.perf_counter() - started) * 1000, 1)}
        return Result(host=task.host, result=data, failed=True)
    data = {**base, **meta, "facts": facts,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1)}
    return Result(host=task.host, result=data, failed=bool(data.get("error")))


def collect_facts(task: Task, checks: Sequence[str] | None = None, *,
                  read_timeout: float = 30.0) -> Result:
    """Nornir task: collect the health facts of ``checks`` (default: all the platform has).

    ``Result.result``: ``host``, ``platform``, ``at`` (ISO time), ``facts`` (kind → list of
    dicts), ``errors`` (check → why it could not run), ``ran`` (checks that ran),
    ``unsupported``, ``commands`` (commands sent), ``duration_ms``, and ``error`` /
    ``error_kind`` when the device could not be polled (then the Result is failed).
    """
    started = time.perf_counter()
    at = utcnow()
    base = {"host": task.host.name, "platform": task.host.platform, "at": at.isoformat(),
            "error": None, "error_kind": None}
    try:
        facts, meta = gather(task, checks, read_timeout)
    except _Unreachable as exc:
        data = {**base, **Facts().to_dict(), "error": exc.payload.get("error"),
                "error_kind": exc.payload.get("error_kind"), "commands": 0, "unsupported": [],
                "duration_ms": round((time.perf_counter() - started) * 1000, 1)}
        return Result(host=task.host, result=data, failed=True)
    data = {**base, **facts.to_dict(), **meta,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1)}
    return Result(host=task.host, result=data, failed=bool(data.get("error")))


def health_check(task: Task, checks: Sequence[str] | None = None, *,
                 thresholds: Thresholds | dict[str, Any] | None = None,
                 read_timeout: float = 30.0) -> Result:
    """Nornir task: collect and grade; ``Result.result["verdicts"]`` lists verdict dicts.

    One look per device: rates that need two polls (errors per minute, topology changes
    per minute) are judged by the monitor, which keeps the previous poll.
    """
    if isinstance(thresholds, dict):
        thresholds = Thresholds.model_validate(thresholds)
    collected = collect_facts(task, checks, read_timeout=read_timeout)
    data = dict(collected.result)
    results = [reachability(task.host.name, data.get("error"), data.get("error_kind"))]
    if not data.get("error"):
        results += evaluate(task.host.name, Facts.from_dict(data), thresholds)
    data["verdicts"] = [v.to_dict() for r in results for v in r.verdicts()]
    return Result(host=task.host, result=data, failed=collected.failed)
