"""Nornir tasks: run a read-only command (guarded, parsed, classified) or a request in words.

Tasks are module-level functions returning plain data in ``Result.result`` so that they can
be shipped to other processes (the distributed runner) and stored as they are::

    from nornir_nlchat.tasks import run_command, nl_command
    result = nr.run(task=run_command, command="show version")
    result = nr.run(task=nl_command, query="what's the cpu?")

``Result.result`` is a dict with ``command``, ``output``, ``parsed`` (list of records or
None), ``parse_error``, ``error``, ``error_kind``, ``duration_ms``, ``timings``
(``connect_ms``, ``command_ms``, ``parse_ms``) and ``connection`` (``transport``, ``reused``,
``via``). A failure on a host is a failed Result carrying a classified exception — never an
exception that stops the run.

Connections stay open on the host between runs (see :mod:`nornir_nlchat.execute.connections`);
``nornir.close_connections()`` closes them. The transport is ``asyncssh`` (one event loop for
every session, Netmiko's platform drivers for the session preparation; see
:mod:`nornir_nlchat.execute.asyncssh_transport`) for SSH device types and Netmiko for telnet
or serial ones, unless the inventory data key ``nlchat_transport`` (host, group or defaults)
or ``user_defined.nlchat.execution.transports`` (platform -> transport, ``"*"`` for all) says
``netmiko`` (Netmiko over paramiko), ``asyncssh`` or ``scrapli``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nornir.core.task import Result, Task

from nornir_nlchat import logs
from nornir_nlchat.errors import (
    CommandRejected,
    ConnectionFailure,
    ExecutionError,
    NLChatError,
    UnsafeCommandError,
)
from nornir_nlchat.execute import connections as pool
from nornir_nlchat.execute import warm
from nornir_nlchat.execute.classify import (
    GarbledOutput,
    classify,
    device_error,
    garbled,
    kind_of,
)
from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.logs import mask
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.translate import guard

if TYPE_CHECKING:
    from nornir.core.inventory import Host

    from nornir_nlchat.platforms.contract import PlatformPlugin

log = logging.getLogger(__name__)

CONNECTION = pool.CONNECTION
TRANSPORTS = ("netmiko", "scrapli", "asyncssh")
DEFAULT_TRANSPORT = "asyncssh"


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)


def _payload(command: str, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"command": command, "output": "", "parsed": None,
                            "parse_error": None, "error": None, "error_kind": None,
                            "duration_ms": 0.0}
    data.update(extra)
    return data


def _failed(task: Task, command: str, error: NLChatError, started: float,
            **extra: Any) -> Result:
    data = _payload(command, error=mask(str(error)), error_kind=kind_of(error),
                    duration_ms=_ms(started), **extra)
    return Result(host=task.host, result=data, failed=True, exception=error)


def _mask_secrets(text: str) -> str:
    """Mask registered secrets only (device output keeps its own ``password ...`` lines)."""
    return logs.mask_registered(text)


#: device types asyncssh cannot serve (not SSH): Netmiko's own connection is used for them
_NOT_SSH = ("_telnet", "_serial")


def default_transport(platform: str | None) -> str:
    """``asyncssh`` for SSH device types, ``netmiko`` for telnet/serial ones."""
    name = platform or ""
    if name.endswith(_NOT_SSH) or name in ("terminal_server", "autodetect"):
        return "netmiko"
    return DEFAULT_TRANSPORT


def transport_for(task: Task, platform: str | None = None) -> str:
    """``asyncssh`` (default for SSH), ``netmiko`` or ``scrapli`` for this host.

    In order: the inventory data key ``nlchat_transport`` (host, group, defaults), then
    ``user_defined.nlchat.execution.transports`` by platform (the key ``"*"`` for every
    platform), then :func:`default_transport`. ``platform``: the host's, when the caller
    already has it (Nornir works it out through the groups on every access).
    """
    host = task.host
    if platform is None:
        platform = host.platform
    chosen = _inherited(host, "nlchat_transport")
    if not chosen and task.nornir is not None:
        user = task.nornir.config.user_defined or {}
        by_platform = ((user.get("nlchat") or {}).get("execution") or {}).get("transports") or {}
        chosen = by_platform.get(platform or "") or by_platform.get("*")
    chosen = str(chosen or default_transport(platform))
    if chosen not in TRANSPORTS:
        raise ConnectionFailure(f"{task.host.name}: unknown transport {chosen!r}.",
                                hint="Use nlchat_transport: netmiko, asyncssh or scrapli.")
    return chosen


def _inherited(host: Host, key: str) -> Any:
    """``host[key]`` (the host's data, its groups', the defaults') or None, without the
    exceptions Nornir's lookup raises and catches on every miss."""
    data = host.data
    if key in data:
        return data[key]
    groups = host.groups
    if groups:
        found = _in_groups(groups, key, set())
        if found is not _MISSING:
            return found
    defaults = host.defaults
    return defaults.data.get(key) if defaults is not None else None


_MISSING = object()


def _in_groups(groups: Any, key: str, seen: set[int]) -> Any:
    """``key`` in the first group that has it, in Nornir's order (each group, then its own
    groups, depth first; every group once), or ``_MISSING``."""
    for group in groups:
        if id(group) in seen:
            continue
        seen.add(id(group))
        data = group.data
        if key in data:
            return data[key]
        if group.groups:
            found = _in_groups(group.groups, key, seen)
            if found is not _MISSING:
                return found
    return _MISSING


def _is_read_timeout(exc: BaseException) -> bool:
    from netmiko.exceptions import ReadTimeout

    return isinstance(exc, ReadTimeout)


def _is_connection_error(exc: BaseException) -> bool:
    return kind_of(classify(exc, "")) == "connection"


def _send_netmiko(task: Task, command: str, read_timeout: float,
                  info: dict[str, Any]) -> str:
    """Netmiko's driver over paramiko, or over asyncssh (``info["transport"]``)."""
    host = task.host
    transport = info.get("transport", "netmiko")
    for attempt in (1, 2):
        t0 = time.perf_counter()
        plugin, reused = pool.connection_for(task, transport)
        info["reused"], info["via"] = reused, plugin.via
        if not reused:
            info["connect_ms"] = _ms(t0)
        t1 = time.perf_counter()
        try:
            output = pool.fast_send(plugin, command, read_timeout)
        except Exception as exc:
            pool.drop(host)  # after a timeout the device may still be answering: start clean
            # A connection kept from an earlier run may have died: reconnect once.
            if attempt == 1 and reused and not _is_read_timeout(exc) and \
                    _is_connection_error(exc):
                log.info("reconnecting to %s", host.name, extra={"host": host.name})
                continue
            raise
        plugin.last_used = time.monotonic()
        plugin.commands += 1
        info["command_ms"] = _ms(t1)
        return output
    raise AssertionError("unreachable")


def _send_scrapli(task: Task, command: str, read_timeout: float,
                  info: dict[str, Any]) -> str:
    from nornir_nlchat.execute.jump import jump_spec

    host = task.host
    if jump_spec(host, task.nornir.inventory) is not None:
        raise ConnectionFailure(f"{host.name}: the scrapli transport does not use jump_host.",
                                hint="Use the netmiko transport for hosts behind a jump host.")
    reused = "scrapli" in host.connections
    t0 = time.perf_counter()
    conn = host.get_connection("scrapli", task.nornir.config)
    info["reused"] = reused
    if not reused:
        info["connect_ms"] = _ms(t0)
    t1 = time.perf_counter()
    try:
        response = conn.send_command(command, timeout_ops=read_timeout)
    except Exception:
        try:
            host.close_connection("scrapli")
        except Exception:
            host.connections.pop("scrapli", None)
        raise
    info["command_ms"] = _ms(t1)
    return str(response.result)


def run_command(
    task: Task,
    command: str,
    *,
    parse: bool = True,
    allow_write: bool = False,
    read_timeout: float = 60.0,
    allow_destructive: bool = False,
) -> Result:
    """Run one command on the host over its persistent connection, guarded and parsed.

    Args:
        task: The Nornir task.
        command: The exact command to send.
        parse: Parse the output into records (TextFSM).
        allow_write: Let a non-read-only command through the guard (write mode). Callers
            must have shown the command and had it confirmed.
        read_timeout: Seconds to wait for the device to finish answering.
        allow_destructive: With ``allow_write``, also let reload / erase / format through.
    """
    ready = prepare_command(task, command, allow_write=allow_write,
                            allow_destructive=allow_destructive)
    if isinstance(ready, Result):
        return ready
    info = ready.info
    try:
        info["transport"] = transport_for(task, ready.platform_name)
        send = _send_scrapli if info["transport"] == "scrapli" else _send_netmiko
        with pool.host_lock(task.host):
            output = send(task, command, read_timeout, info)
    except Exception as exc:  # transport errors become classified, per-host failures
        return _failed(task, command, classify(exc, task.host.name), ready.started,
                       **_extras(info, 0.0))
    return finish_command(task, command, output, ready, parse=parse)


@dataclass
class Prepared:
    """A command that passed the guard on this host, ready to be sent.

    Attributes:
        platform: The host's platform plugin.
        platform_name: The host's platform as the inventory gives it.
        started: ``time.perf_counter()`` when the task began (for ``duration_ms``).
        info: Connection facts for the result (transport, reused, via, timings).
    """

    platform: PlatformPlugin
    platform_name: str | None
    started: float
    info: dict[str, Any] = field(default_factory=dict)


def prepare_command(task: Task, command: str, *, allow_write: bool = False,
                    allow_destructive: bool = False) -> Prepared | Result:
    """The checks before anything is sent: the platform plugin and the read-only guard.

    Returns the failed Result when the command must not go out (unknown platform, no
    grammar, refused by the guard), else what :func:`finish_command` needs.
    """
    started = time.perf_counter()
    platform_name = task.host.platform  # worked out through the groups: once
    try:
        platform = get_platform(platform_name)
    except NLChatError as exc:
        return _failed(task, command, exc, started)
    if platform.read_only_grammar is None:
        return _failed(task, command, UnsafeCommandError(
            f"{platform.name} declares no read-only grammar; nothing is sent."), started)
    verdict = guard.check(command, platform.read_only_grammar, allow_write=allow_write,
                          allow_destructive=allow_destructive)
    if not verdict.allowed:
        return _failed(task, command, UnsafeCommandError(f"Refused {command!r}: "
                                                         f"{verdict.reason}"), started)
    info: dict[str, Any] = {"transport": default_transport(platform_name),
                            "reused": False, "via": None, "connect_ms": 0.0, "command_ms": 0.0}
    return Prepared(platform, platform_name, started, info)


def finish_command(task: Task, command: str, output: str, ready: Prepared, *,
                   parse: bool = True) -> Result:
    """The Result of a command the device answered: secrets masked, garbled output and the
    platform's error text turned into failures, records parsed."""
    name = task.host.name
    output = _mask_secrets(output)
    info = ready.info
    if log.isEnabledFor(logging.INFO):
        took = _ms(ready.started)
        log.info("ran %r on %s in %.0f ms", command, name, took,
                 extra={"host": name, "command": command, "duration_ms": took})
    noise = garbled(output)
    error: ExecutionError
    if noise:
        error = GarbledOutput(f"{name} answered {command!r} with garbled output "
                              f"({noise}).")
        data = _payload(command, output=output, error=mask(str(error)), error_kind="garbled",
                        duration_ms=_ms(ready.started), **_extras(info, 0.0))
        return Result(host=task.host, result=data, failed=True, exception=error)
    rejected = device_error(output, ready.platform.error_patterns)
    if rejected:
        error = CommandRejected(f"{name} rejected {command!r}: {rejected}")
        data = _payload(command, output=output, error=mask(str(error)), error_kind="rejected",
                        duration_ms=_ms(ready.started), **_extras(info, 0.0))
        return Result(host=task.host, result=data, failed=True, exception=error)
    t_parse = time.perf_counter()
    parsed, parse_error = parse_output(ready.platform, command, output) if parse else \
        (None, None)
    data = _payload(command, output=output, parsed=parsed, parse_error=parse_error,
                    duration_ms=_ms(ready.started), **_extras(info, _ms(t_parse)))
    return Result(host=task.host, result=data)


def failed_command(task: Task, command: str, exc: BaseException, ready: Prepared) -> Result:
    """The Result of a command whose sending failed (classified like :func:`run_command`)."""
    return _failed(task, command, classify(exc, task.host.name), ready.started,
                   **_extras(ready.info, 0.0))


class _WarmRunCommand:
    """``run_command`` on a host whose asyncssh session is open and idle, for the runner's
    warm batches (:mod:`nornir_nlchat.execute.warm`): the same checks, result and errors as
    the task, without a worker thread per host."""

    def begin(self, task: Task, arrivals: warm.Arrivals) -> warm.WarmCall | None:
        params = task.params
        command = params.get("command")
        if not isinstance(command, str) or set(params) - _WARM_PARAMS:
            return None
        ready = prepare_command(task, command, allow_write=bool(params.get("allow_write")),
                                allow_destructive=bool(params.get("allow_destructive")))
        if isinstance(ready, Result):
            return None  # the worker path gives the same refusal
        try:
            transport = transport_for(task, ready.platform_name)
        except ConnectionFailure:
            return None
        plugin = pool.warm_connection(task.host, transport) if transport == "asyncssh" \
            else None
        if plugin is None:
            return None
        lock = pool.host_lock(task.host)
        if not lock.acquire(blocking=False):  # another run is using the host
            return None
        ready.info.update(transport=transport, reused=True, via=plugin.via)
        state = (ready, lock, time.perf_counter())
        try:
            call = warm.send(plugin, command, arrivals,
                             float(params.get("read_timeout", 60.0)), state, task)
        except BaseException:
            lock.release()
            raise
        if call is None:
            lock.release()
        return call

    def finish(self, call: warm.WarmCall) -> Result | None:
        ready, lock, sent_at = call.state
        task, plugin, pending = call.task, call.plugin, call.pending
        command = str(task.params["command"])
        try:
            if pending.error is not None or pending.result is None:
                pool.drop(task.host)  # the worker path reconnects, as run_command does
                return None
            output = pool.clean_output(plugin.connection, pending.result, command)
            plugin.last_used = time.monotonic()
            plugin.commands += 1
        finally:
            lock.release()
        ready.info["command_ms"] = _ms(sent_at)
        return finish_command(task, command, output, ready,
                              parse=bool(task.params.get("parse", True)))

    def expire(self, call: warm.WarmCall) -> Result:
        from netmiko.exceptions import ReadTimeout

        ready, lock, _sent_at = call.state
        try:
            pool.drop(call.host)  # the device may still be answering: start clean next time
        finally:
            lock.release()
        timeout = float(call.task.params.get("read_timeout", 60.0))
        return failed_command(call.task, str(call.task.params["command"]), ReadTimeout(
            f"Pattern not detected in output within {timeout:g} s."), ready)


_WARM_PARAMS = frozenset({"command", "parse", "allow_write", "read_timeout",
                          "allow_destructive"})
warm.register(run_command, _WarmRunCommand())


def _extras(info: dict[str, Any], parse_ms: float) -> dict[str, Any]:
    return {
        "timings": {"connect_ms": info["connect_ms"], "command_ms": info["command_ms"],
                    "parse_ms": parse_ms},
        "connection": {"transport": info["transport"], "reused": info["reused"],
                       "via": info["via"]},
    }


def run_commands(
    task: Task,
    commands: dict[str, list[str]],
    *,
    parse: bool = True,
    allow_write: bool = False,
    read_timeout: float = 60.0,
    allow_destructive: bool = False,
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
                             read_timeout=read_timeout, allow_destructive=allow_destructive)
        payloads.append(result.result)
        if result.failed:
            failed, exception = True, result.exception
            if result.result.get("error_kind") in ("auth", "connection", "timeout"):
                break
    return Result(host=task.host, result=payloads, failed=failed, exception=exception)


def run_config(
    task: Task,
    lines: dict[str, list[str]],
    *,
    allow_write: bool = False,
    allow_destructive: bool = False,
    read_timeout: float = 60.0,
) -> Result:
    """Apply this host's configuration lines (``lines[host.name]``) as one change set.

    Only in write mode: every line passes the guard first (reload / erase / format also need
    ``allow_destructive``), then the lines go through Netmiko's configuration mode, and the
    change is committed where the platform commits (``PlatformPlugin.config_commit``).
    Callers must have shown the lines and had them confirmed.
    """
    started = time.perf_counter()
    todo = lines.get(task.host.name, [])
    text = "\n".join(todo)
    try:
        platform = get_platform(task.host.platform)
    except NLChatError as exc:
        return _failed(task, text, exc, started)
    if not allow_write or platform.read_only_grammar is None:
        return _failed(task, text, UnsafeCommandError(
            "Configuration changes need write mode; nothing was sent."), started)
    for line in todo:
        verdict = guard.check(line, platform.read_only_grammar, allow_write=True,
                              allow_destructive=allow_destructive)
        if not verdict.allowed:
            return _failed(task, text, UnsafeCommandError(
                f"Refused {line!r}: {verdict.reason}"), started)
    info: dict[str, Any] = {"transport": "netmiko", "reused": False, "via": None,
                            "connect_ms": 0.0, "command_ms": 0.0}
    try:
        transport = transport_for(task)
        info["transport"] = transport if transport != "scrapli" else "netmiko"
        with pool.host_lock(task.host):
            plugin, info["reused"] = pool.connection_for(task, info["transport"])
            conn = plugin.connection
            t1 = time.perf_counter()
            output: str = conn.send_config_set(todo, read_timeout=read_timeout)
            if platform.config_commit:
                # Netmiko's commit() stays in configuration mode; the kept connection must
                # be back in exec mode for the next ask.
                output += "\n" + str(conn.commit())
                conn.exit_config_mode()
            info["command_ms"] = _ms(t1)
            plugin.last_used = time.monotonic()
    except Exception as exc:
        pool.drop(task.host)
        return _failed(task, text, classify(exc, task.host.name), started, **_extras(info, 0.0))
    output = _mask_secrets(output)
    log.info("applied %d configuration line(s) on %s", len(todo), task.host.name,
             extra={"host": task.host.name, "command": text, "duration_ms": _ms(started)})
    rejected = device_error(output, platform.error_patterns)
    if rejected:
        error = CommandRejected(f"{task.host.name} rejected the configuration: {rejected}")
        data = _payload(text, output=output, error=mask(str(error)), error_kind="rejected",
                        duration_ms=_ms(started), **_extras(info, 0.0))
        return Result(host=task.host, result=[data], failed=True, exception=error)
    data = _payload(text, output=output, duration_ms=_ms(started), **_extras(info, 0.0))
    return Result(host=task.host, result=[data])


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
