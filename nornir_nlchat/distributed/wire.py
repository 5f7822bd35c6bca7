"""What crosses the process boundary: inventory slices in, host results out, as plain data.

Inventory goes out as Nornir's own ``dict()`` shapes (hosts, the groups they inherit from,
defaults) and is rebuilt by the worker like SimpleInventory does. Results come back per host
as a list of result dicts; exceptions travel as their class, message and hint (masked), and
anything that is not an :class:`~nornir_nlchat.errors.NLChatError` is classified in the
worker first (so ``error_kind`` survives), never as a pickled traceback or Host object.
"""

from __future__ import annotations

import importlib
import logging
import pickle
from collections.abc import Iterable
from typing import Any

from nornir.core.exceptions import NornirSubTaskError
from nornir.core.inventory import (
    ConnectionOptions,
    Defaults,
    Group,
    Groups,
    Host,
    Hosts,
    ParentGroups,
)
from nornir.core.task import MultiResult, Result

from nornir_nlchat.errors import ExecutionError, NLChatError
from nornir_nlchat.logs import mask

PLAIN = (str, int, float, bool, type(None))


# -- inventory ----------------------------------------------------------------------------
def inventory_payload(hosts: Iterable[Host], defaults: Defaults | None) -> dict[str, Any]:
    """Hosts, every group they inherit from, and the defaults, as plain dicts."""
    out_hosts: dict[str, Any] = {}
    groups: dict[str, Any] = {}
    for host in hosts:
        out_hosts[host.name] = host.dict()
        for group in host.extended_groups():
            if group.name not in groups:
                groups[group.name] = group.dict()
    return {"hosts": out_hosts, "groups": groups,
            "defaults": defaults.dict() if defaults is not None else {}}


def _options(data: dict[str, Any] | None) -> dict[str, ConnectionOptions]:
    return {name: ConnectionOptions(hostname=o.get("hostname"), port=o.get("port"),
                                    username=o.get("username"), password=o.get("password"),
                                    platform=o.get("platform"), extras=o.get("extras"))
            for name, o in (data or {}).items()}


def build_defaults(data: dict[str, Any]) -> Defaults:
    """A Nornir ``Defaults`` from its ``dict()``."""
    return Defaults(hostname=data.get("hostname"), port=data.get("port"),
                    username=data.get("username"), password=data.get("password"),
                    platform=data.get("platform"), data=data.get("data"),
                    connection_options=_options(data.get("connection_options")))


def _element(kind: type[Host], name: str, data: dict[str, Any], defaults: Defaults) -> Any:
    return kind(name=name, hostname=data.get("hostname"), port=data.get("port"),
                username=data.get("username"), password=data.get("password"),
                platform=data.get("platform"), data=data.get("data"), groups=None,
                defaults=defaults, connection_options=_options(data.get("connection_options")))


def merge_inventory(payload: dict[str, Any], hosts: Hosts, groups: Groups,
                    defaults: Defaults) -> list[Host]:
    """Add ``payload``'s groups and hosts to ``hosts`` / ``groups`` (in place).

    Groups already known are kept (hosts hold references to them); hosts are replaced.

    Returns:
        The hosts added.
    """
    new_groups = {n: g for n, g in payload.get("groups", {}).items() if n not in groups}
    for name, data in new_groups.items():
        groups[name] = _element(Group, name, data, defaults)
    for name, data in new_groups.items():
        groups[name].groups = ParentGroups([groups[g] for g in data.get("groups") or []
                                            if g in groups])
    added = []
    for name, data in payload.get("hosts", {}).items():
        host = _element(Host, name, data, defaults)
        host.groups = ParentGroups([groups[g] for g in data.get("groups") or [] if g in groups])
        old = hosts.get(name)
        if old is not None:
            host.connections = old.connections  # keep its open connections
        hosts[name] = host
        added.append(host)
    return added


# -- results ------------------------------------------------------------------------------
def _plain(value: Any, depth: int = 0) -> bool:
    if isinstance(value, PLAIN):
        return True
    if depth > 20:
        return False
    if isinstance(value, (list, tuple)):
        return all(_plain(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, PLAIN) and _plain(v, depth + 1) for k, v in value.items())
    return False


def portable(value: Any, depth: int = 0) -> Any:
    """``value`` where it can cross a process boundary; what cannot becomes its ``repr``.

    Dicts and lists are looked into, so one odd value does not spoil a whole payload.
    """
    if _plain(value):
        return value
    if depth < 20 and type(value) in (dict, list, tuple):
        if isinstance(value, dict):
            return {k: portable(v, depth + 1) for k, v in value.items()}
        return type(value)(portable(v, depth + 1) for v in value)
    try:
        pickle.dumps(value)
    except Exception:
        return mask(repr(value))
    return value


def pack_exception(exc: BaseException | None, host: str) -> dict[str, Any] | None:
    """An exception as plain data (classified first unless it is ours or a subtask error)."""
    if exc is None:
        return None
    if isinstance(exc, NornirSubTaskError):
        return {"type": "nornir.core.exceptions.NornirSubTaskError", "text": mask(str(exc)),
                "task": str(getattr(exc.task, "name", exc.task))}
    from nornir_nlchat.execute.classify import classify

    original = f"{type(exc).__module__}.{type(exc).__qualname__}"
    error = exc if isinstance(exc, NLChatError) else classify(exc, host)
    return {"type": f"{type(error).__module__}.{type(error).__qualname__}",
            "message": mask(error.message), "hint": error.hint, "remote_type": original}


def unpack_exception(data: dict[str, Any] | None) -> BaseException | None:
    """Rebuild an exception packed by :func:`pack_exception`."""
    if data is None:
        return None
    module, _, name = str(data.get("type", "")).rpartition(".")
    cls: Any = None
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError):
        cls = None
    if cls is NornirSubTaskError:
        sub = NornirSubTaskError.__new__(NornirSubTaskError)
        Exception.__init__(sub, data.get("text", ""))
        sub.task = data.get("task", "")
        sub.result = None
        return sub
    if not (isinstance(cls, type) and issubclass(cls, NLChatError)):
        cls = ExecutionError
    error = cls.__new__(cls)
    message, hint = str(data.get("message", "")), str(data.get("hint") or cls.default_hint)
    Exception.__init__(error, f"{message} {hint}".strip())
    error.message, error.hint = message, hint
    setattr(error, "remote_type", data.get("remote_type"))  # noqa: B010
    return error  # type: ignore[no-any-return]


def pack_multi(multi: MultiResult, host: str) -> dict[str, Any]:
    """A host's ``MultiResult`` as plain data."""
    results = []
    for r in multi:
        results.append({
            "name": r.name, "result": portable(r.result), "changed": bool(r.changed),
            "diff": r.diff if isinstance(r.diff, str) else portable(r.diff),
            "failed": bool(r.failed), "severity_level": int(r.severity_level),
            "stdout": r.stdout, "stderr": r.stderr,
            "exception": pack_exception(r.exception, host)})
    return {"results": results, "attempts": int(getattr(multi, "attempts", 1)),
            "breaker": str(getattr(multi, "breaker", "closed"))}


def unpack_multi(data: dict[str, Any], host: Host, name: str, worker: str) -> MultiResult:
    """Rebuild a host's ``MultiResult`` on the driver, pointing at the driver's ``Host``."""
    multi = MultiResult(name)
    for item in data.get("results", []):
        result = Result(host=host, result=item.get("result"), changed=item.get("changed", False),
                        diff=item.get("diff", ""), failed=item.get("failed", False),
                        exception=unpack_exception(item.get("exception")),
                        severity_level=item.get("severity_level", logging.INFO))
        result.name = item.get("name")
        result.stdout, result.stderr = item.get("stdout"), item.get("stderr")
        multi.append(result)
    multi.attempts = int(data.get("attempts", 1))  # type: ignore[attr-defined]
    multi.breaker = str(data.get("breaker", "closed"))  # type: ignore[attr-defined]
    multi.worker = worker  # type: ignore[attr-defined]
    return multi


def failed_multi(host: Host, name: str, params: dict[str, Any], error: ExecutionError,
                 kind: str, worker: str, attempts: int = 1) -> MultiResult:
    """A host failure decided by the driver (worker lost, no answer), with its payload."""
    payload: dict[str, Any] = {
        "command": str(params.get("command", "")), "output": "", "parsed": None,
        "parse_error": None, "error": mask(str(error)), "error_kind": kind,
        "duration_ms": 0.0, "attempts": attempts, "breaker": "closed", "worker": worker}
    multi = MultiResult(name)
    result = Result(host=host, result=payload, failed=True, exception=error,
                    severity_level=logging.ERROR)
    result.name = name  # type: ignore[assignment]
    multi.append(result)
    multi.attempts = attempts  # type: ignore[attr-defined]
    multi.breaker = "closed"  # type: ignore[attr-defined]
    multi.worker = worker  # type: ignore[attr-defined]
    return multi
