"""Nornir tasks: run a read-only command (guarded, parsed, classified) or a request in words.

Tasks are module-level functions returning plain data in ``Result.result`` so that they can
be shipped to other processes (the distributed runner) and stored as they are::

    from nornir_nlchat.tasks import run_command, nl_command
    result = nr.run(task=run_command, command="show version")
    result = nr.run(task=nl_command, query="what's the cpu?")

``Result.result`` is a dict with ``command``, ``output``, ``parsed`` (list of records or
None), ``parse_error``, ``error``, ``error_kind`` and ``duration_ms``. A failure on a host
is a failed Result carrying a classified exception — never an exception that stops the run.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from nornir.core.task import Result, Task

from nornir_nlchat.errors import CommandRejected, NLChatError, UnsafeCommandError
from nornir_nlchat.execute.classify import classify, device_error, kind_of
from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.logs import mask
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.translate import guard

log = logging.getLogger(__name__)

CONNECTION = "netmiko"


def _payload(command: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"command": command, "output": "", "parsed": None,
                            "parse_error": None, "error": None, "error_kind": None,
                            "duration_ms": 0.0}
    data.update(extra)
    return data


def _failed(task: Task, command: str, error: NLChatError, started: float) -> Result:
    data = _payload(command, error=mask(str(error)), error_kind=kind_of(error),
                    duration_ms=round((time.perf_counter() - started) * 1000, 1))
    return Result(host=task.host, result=data, failed=True, exception=error)


def _send(task: Task, command: str, read_timeout: float) -> str:
    had_connection = CONNECTION in task.host.connections
    for attempt in (1, 2):
        conn = task.host.get_connection(CONNECTION, task.nornir.config)
        try:
            output: str = conn.send_command(command, read_timeout=read_timeout)
            return output
        except Exception:
            # A connection kept from an earlier ask may have died: reconnect once.
            if attempt == 1 and had_connection:
                log.info("reconnecting to %s", task.host.name, extra={"host": task.host.name})
                task.host.close_connection(CONNECTION)
                continue
            raise
    raise AssertionError("unreachable")


def run_command(
    task: Task,
    command: str,
    *,
    parse: bool = True,
    allow_write: bool = False,
    read_timeout: float = 60.0,
) -> Result:
    """Run one command on the host over its persistent connection, guarded and parsed.

    Args:
        task: The Nornir task.
        command: The exact command to send.
        parse: Parse the output into records (TextFSM).
        allow_write: Let a non-read-only command through the guard (write mode). Callers
            must have shown the command and had it confirmed.
        read_timeout: Seconds to wait for the device to finish answering.
    """
    started = time.perf_counter()
    try:
        platform = get_platform(task.host.platform)
    except NLChatError as exc:
        return _failed(task, command, exc, started)
    if platform.read_only_grammar is None:
        return _failed(task, command, UnsafeCommandError(
            f"{platform.name} declares no read-only grammar; nothing is sent."), started)
    verdict = guard.check(command, platform.read_only_grammar, allow_write=allow_write)
    if not verdict.allowed:
        return _failed(task, command, UnsafeCommandError(f"Refused {command!r}: "
                                                         f"{verdict.reason}"), started)
    try:
        output = _send(task, command, read_timeout)
    except Exception as exc:  # transport errors become classified, per-host failures
        return _failed(task, command, classify(exc, task.host.name), started)
    duration = round((time.perf_counter() - started) * 1000, 1)
    log.info("ran %r on %s in %.0f ms", command, task.host.name, duration,
             extra={"host": task.host.name, "command": command, "duration_ms": duration})
    rejected = device_error(output, platform.error_patterns)
    if rejected:
        error = CommandRejected(f"{task.host.name} rejected {command!r}: {rejected}")
        data = _payload(command, output=output, error=str(error), error_kind="rejected",
                        duration_ms=duration)
        return Result(host=task.host, result=data, failed=True, exception=error)
    parsed, parse_error = parse_output(platform, command, output) if parse else (None, None)
    data = _payload(command, output=output, parsed=parsed, parse_error=parse_error,
                    duration_ms=duration)
    return Result(host=task.host, result=data)


def run_commands(
    task: Task,
    commands: dict[str, list[str]],
    *,
    parse: bool = True,
    allow_write: bool = False,
    read_timeout: float = 60.0,
) -> Result:
    """Run each host's own list of commands (``commands[host.name]``), one after another.

    ``Result.result`` is a list of per-command payloads (see :func:`run_command`). The
    host's result fails when any command failed; later commands still run unless the
    connection itself failed.
    """
    payloads: list[dict[str, Any]] = []
    failed = False
    exception: BaseException | None = None
    for command in commands.get(task.host.name, []):
        result = run_command(task, command, parse=parse, allow_write=allow_write,
                             read_timeout=read_timeout)
        payloads.append(result.result)
        if result.failed:
            failed, exception = True, result.exception
            if result.result.get("error_kind") in ("auth", "connection"):
                break
    return Result(host=task.host, result=payloads, failed=failed, exception=exception)


def nl_command(
    task: Task,
    query: str,
    *,
    allow_write: bool = False,
    parse: bool = True,
    read_timeout: float = 60.0,
) -> Result:
    """Translate ``query`` for this host's platform with the default provider chain and run it.

    A refusal or a question back is a failed Result whose payload carries the reason.
    """
    from nornir_nlchat.translate.chain import run_chain
    from nornir_nlchat.translate.provider import load_provider

    started = time.perf_counter()
    try:
        platform = get_platform(task.host.platform)
    except NLChatError as exc:
        return _failed(task, "", exc, started)
    translation = run_chain(query, platform, [load_provider("catalog")], allow_write=allow_write)
    if not translation.ok or translation.command is None:
        error = UnsafeCommandError(translation.reason) if translation.status == "refused" \
            else NLChatError(translation.reason, hint="Rephrase the request.")
        return _failed(task, "", error, started)
    return run_command(task, translation.command, parse=parse, allow_write=allow_write,
                       read_timeout=read_timeout)
