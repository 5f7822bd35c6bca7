"""Persistent device connections: fast login, keepalive, idle timeout, reconnect, locking.

``nlchat_netmiko`` is a Nornir connection plugin around Netmiko (the default transport):

* the TCP socket is opened here with TCP_NODELAY (or is a channel through a jump host, see
  :mod:`.jump`) and handed to Netmiko as ``sock=``;
* SSH keepalives keep it open between asks; a connection unused for ``idle_timeout`` seconds
  or found dead is closed and opened again on the next use, transparently;
* commands on an open connection use :func:`fast_send`: the command is written to the SSH
  channel and the answer read until the prompt Netmiko found at login, with a blocking read
  (no polling sleeps, no prompt discovery round trip per command);
* one lock per host serialises concurrent users of the same connection.

The inventory's ``connection_options.netmiko`` settings (extras, port...) apply unchanged.
Keys prefixed ``nlchat_`` in those extras are ours and not passed to Netmiko:
``nlchat_fast: false`` turns the fast read off for a host/group/platform.

The functions here (:func:`connection_for`, :func:`drop`, :func:`close_host`,
:func:`reap_idle`, :func:`fast_send`) also serve ``nlchat_asyncssh``
(:mod:`.asyncssh_transport`), the same contract over one event loop.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import threading
import time
from typing import TYPE_CHECKING, Any

from nornir.core.configuration import Config

from nornir_nlchat.errors import CommandTimeout, ConnectionFailure
from nornir_nlchat.execute.jump import jump_spec, open_channel, tcp_socket
from nornir_nlchat.execute.timeouts import ExecutionLimits, limits_from
from nornir_nlchat.logs import register_secret

if TYPE_CHECKING:
    from nornir.core.inventory import Host, Inventory
    from nornir.core.task import Task

log = logging.getLogger(__name__)

CONNECTION = "nlchat_netmiko"
ASYNCSSH_CONNECTION = "nlchat_asyncssh"
NETMIKO_OPTIONS = "netmiko"
#: transport name -> Nornir connection plugin name (both read ``connection_options.netmiko``)
PLUGINS = {"netmiko": CONNECTION, "asyncssh": ASYNCSSH_CONNECTION}
PROMPT_TERMINATORS = r"[#>$%\]]"
PROMPT_TERMINATORS_SET = frozenset("#>$%]")

_locks: dict[int, threading.RLock] = {}
_locks_guard = threading.Lock()


def host_lock(host: Host) -> threading.RLock:
    """The lock that serialises use of ``host``'s connections (one per Host object)."""
    key = id(host)
    lock = _locks.get(key)
    if lock is None:
        with _locks_guard:
            lock = _locks.setdefault(key, threading.RLock())
    return lock


class NLChatNetmiko:
    """Nornir connection plugin: Netmiko over a TCP_NODELAY socket or a jump-host channel."""

    def __init__(self) -> None:
        self.connection: Any = None
        self.opened_at = 0.0
        self.last_used = 0.0
        self.commands = 0
        self.fast = True
        self.via: str | None = None
        self.limits = ExecutionLimits()
        self._prompt_re: re.Pattern[str] | None = None

    def open(
        self,
        hostname: str | None,
        username: str | None,
        password: str | None,
        port: int | None,
        platform: str | None,
        extras: dict[str, Any] | None = None,
        configuration: Config | None = None,
    ) -> None:
        """Log in (Nornir's connection-plugin interface)."""
        from netmiko import ConnectHandler

        prefer_gcm_ciphers()
        register_secret(password)
        extras = dict(extras or {})
        inventory: Inventory | None = extras.pop("nlchat_inventory", None)
        host: Host | None = extras.pop("nlchat_host", None)
        self.fast = bool(extras.pop("nlchat_fast", True))
        for key in [k for k in extras if k.startswith("nlchat_")]:
            extras.pop(key)
        register_secret(extras.get("secret"))
        self.limits = limits_from(configuration)
        timeout = float(extras.get("conn_timeout") or self.limits.connect_timeout)
        port = int(port or 22)
        if not hostname:
            raise ValueError("no hostname")
        params: dict[str, Any] = {
            "host": hostname, "username": username, "password": password, "port": port,
            "device_type": platform, "fast_cli": True, "conn_timeout": timeout,
            "auth_timeout": timeout, "banner_timeout": timeout,
            "keepalive": int(self.limits.keepalive),
            # bounds every read of the login and session preparation (a device that
            # hangs on "terminal length 0" must not hold the host for netmiko's 20 s)
            "read_timeout_override": timeout,
        }
        params.update(extras)
        if "sock" not in extras and not extras.get("ssh_config_file"):
            spec = jump_spec(host, inventory) if host is not None else None
            if spec is not None:
                params["sock"] = open_channel(spec, hostname, port, timeout=timeout,
                                              keepalive=self.limits.keepalive,
                                              device=host.name if host else hostname)
                self.via = spec.name or spec.hostname
            else:
                params["sock"] = tcp_socket(hostname, port, timeout)
        # Netmiko's own login (``_open``) step by step: when the session preparation fails,
        # its clean-up would drop the channel before we could tell a device that closed
        # the session from one that stopped answering.
        conn = ConnectHandler(**params, auto_connect=False)
        try:
            conn._modify_connection_params()
            conn.establish_connection()
            conn.write_channel(conn.RETURN)  # "there must be data" (as Netmiko does)
            time.sleep(0.1)
            conn.session_preparation()
        except BaseException as exc:
            failure = _preparation_failure(conn, exc, host.name if host else hostname)
            _abandon(conn)
            sock = params.get("sock")
            if sock is not None and "sock" not in extras:
                sock.close()
            if failure is not None:
                raise failure from exc
            raise
        self.connection = conn
        self.connection.read_timeout_override = extras.get("read_timeout_override")
        _quiet_transport(self.connection)
        self.opened_at = self.last_used = time.monotonic()

    def close(self) -> None:
        """Log out and close the socket (never raises)."""
        conn, self.connection = self.connection, None
        if conn is None:
            return
        client = getattr(conn, "remote_conn_pre", None)
        if client is not None:  # SSH: close the transport (no "exit" into a dying socket)
            with contextlib.suppress(Exception):
                client.close()
            return
        with contextlib.suppress(Exception):  # already dead: nothing to clean up
            conn.disconnect()

    # -- health -------------------------------------------------------------------------
    def alive(self) -> bool:
        """A cheap check (no round trip) that the SSH session is still up."""
        conn = self.connection
        if conn is None:
            return False
        channel = getattr(conn, "remote_conn", None)
        if channel is None or getattr(channel, "closed", False):
            return False
        transport = getattr(channel, "transport", None) or getattr(channel, "get_transport",
                                                                    lambda: None)()
        return transport is None or bool(transport.is_active())

    def idle_for(self) -> float:
        """Seconds since the connection was last used."""
        return time.monotonic() - self.last_used

    def prompt_pattern(self) -> re.Pattern[str]:
        """The device's prompt as Netmiko found it at login, as a regular expression."""
        if self._prompt_re is None:
            base = re.escape(str(self.connection.base_prompt or "").strip())
            self._prompt_re = re.compile(rf"{base}[^\n]{{0,64}}{PROMPT_TERMINATORS}\s*$")
        return self._prompt_re


_GCM = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")


def prefer_gcm_ciphers() -> None:
    """Put AES-GCM first in paramiko's cipher preference (same set, new order).

    GCM needs no separate MAC and costs ~40 % less client CPU per packet than
    aes-ctr + hmac-sha2 here; devices without GCM still negotiate the others.
    """
    import paramiko

    current = paramiko.Transport._preferred_ciphers
    if current[:2] != _GCM:
        paramiko.Transport._preferred_ciphers = _GCM + tuple(c for c in current if c not in _GCM)


IDLE_POLL = 2.0


def _quiet_transport(conn: Any) -> None:
    """Let paramiko's reader thread sleep in recv() (it wakes every 0.1 s by default).

    With hundreds of open connections those wake-ups fight for the GIL and slow every
    command down; keepalives still go out (they are checked on each wake-up).
    """
    channel = getattr(conn, "remote_conn", None)
    transport = getattr(channel, "transport", None)
    sock = getattr(transport, "sock", None)
    if sock is not None and hasattr(sock, "settimeout"):
        with contextlib.suppress(Exception):
            sock.settimeout(IDLE_POLL)


def _plugin(host: Host, name: str = CONNECTION) -> Any:
    plugin = host.connections.get(name)
    return plugin if hasattr(plugin, "alive") and hasattr(plugin, "idle_for") else None


def warm_connection(host: Host, transport: str) -> Any:
    """The host's open connection of ``transport`` when it is its only one, alive and not
    idle past its limit; else None (nothing is opened or closed here)."""
    connections = host.connections
    plugin: Any = connections.get(PLUGINS[transport])
    if plugin is None or len(connections) != 1 or not plugin.alive():
        return None
    idle_limit = plugin.limits.idle_timeout
    return None if idle_limit and plugin.idle_for() > idle_limit else plugin


def connection_for(task: Task, transport: str = "netmiko") -> tuple[Any, bool]:
    """The host's open connection (opened now when needed) and whether it was reused.

    ``transport`` is ``netmiko`` (:class:`NLChatNetmiko`) or ``asyncssh``
    (:class:`~nornir_nlchat.execute.asyncssh_transport.AsyncSSHConnection`). A connection
    that died or stayed idle longer than ``idle_timeout`` is replaced; so is one of the
    other transport (a host has one). The caller must hold :func:`host_lock`.
    """
    host = task.host
    name = PLUGINS[transport]
    connections = host.connections
    warm = warm_connection(host, transport)
    if warm is not None:
        return warm, True
    if transport == "asyncssh":
        from nornir_nlchat.execute import asyncssh_transport  # noqa: F401  (registers it)
    for other in PLUGINS.values():
        if other != name and other in connections:
            _drop_one(host, other)
    plugin = _plugin(host, name)
    if plugin is not None:
        idle_limit = plugin.limits.idle_timeout
        if not plugin.alive() or (idle_limit and plugin.idle_for() > idle_limit):
            log.info("reopening the connection to %s (%s)", host.name,
                     "idle" if plugin.alive() else "dead", extra={"host": host.name})
            drop(host)
            plugin = None
    if plugin is not None:
        return plugin, True
    params = host.get_connection_parameters(NETMIKO_OPTIONS)
    extras = dict(params.extras or {})
    extras["nlchat_host"] = host
    extras["nlchat_inventory"] = task.nornir.inventory if task.nornir is not None else None
    host.open_connection(name, configuration=task.nornir.config,
                         hostname=params.hostname, username=params.username,
                         password=params.password, port=params.port,
                         platform=params.platform, extras=extras,
                         default_to_host_attributes=False)
    plugin = _plugin(host, name)
    assert plugin is not None
    return plugin, False


def _drop_one(host: Host, name: str) -> None:
    plugin = host.connections.pop(name, None)
    if plugin is not None:
        with contextlib.suppress(Exception):
            plugin.close()


def drop(host: Host) -> None:
    """Close and forget the host's connection, whichever transport (never raises)."""
    for name in PLUGINS.values():
        _drop_one(host, name)


def close_host(host: Host) -> None:
    """Close every connection of ``host`` without waiting for its lock (unblocks a reader)."""
    for name in list(host.connections):
        plugin = host.connections.get(name)
        if plugin is None:
            continue
        try:
            conn = getattr(plugin, "connection", None)
            channel = getattr(conn, "remote_conn", None)
            if channel is not None:
                channel.close()  # a blocked recv() returns at once
        except Exception:
            pass
        try:
            host.connections.pop(name, None)
            plugin.close()
        except Exception:
            pass


def reap_idle(hosts: Any, idle_timeout: float) -> int:
    """Close connections unused for more than ``idle_timeout`` seconds; return how many."""
    closed = 0
    for host in list(hosts):
        plugins = [p for p in (_plugin(host, n) for n in PLUGINS.values()) if p is not None]
        if not plugins or min(p.idle_for() for p in plugins) <= idle_timeout:
            continue
        lock = host_lock(host)
        if lock.acquire(blocking=False):
            try:
                drop(host)
                closed += 1
            finally:
                lock.release()
    return closed


def _preparation_failure(conn: Any, exc: BaseException, name: str) -> Exception | None:
    """What a Netmiko ``ReadTimeout`` in the login's session preparation (``terminal length
    0``, finding the prompt) means: the device dropped the session (a connection failure,
    retried) or it stopped answering (a timeout, as a command's). None for other errors."""
    from netmiko.exceptions import ReadTimeout

    if not isinstance(exc, ReadTimeout):
        return None
    channel = getattr(conn, "remote_conn", None)
    transport = getattr(channel, "transport", None)
    if channel is not None and (getattr(channel, "closed", False) or (
            transport is not None and not transport.is_active())):
        return ConnectionFailure(f"{name}: the device closed the session while it was being "
                                 "prepared (paging and terminal commands after the login).",
                                 hint="Check the device's vty lines and logs, then try again.")
    return CommandTimeout(f"{name}: the device did not finish answering the session "
                          "preparation (paging and terminal commands after the login) in time.")


def _abandon(conn: Any) -> None:
    """Clean up after a driver whose login failed, without a word to the device: what
    Netmiko itself does then (its secrets log filter, the session log) and the SSH client
    closed. Not ``disconnect()``: its clean-up may wait on a device that stopped answering."""
    from netmiko import base_connection

    flt = getattr(conn, "_secrets_filter", None)
    if flt is not None:
        base_connection.log.removeFilter(flt)
    for part in (getattr(conn, "session_log", None), getattr(conn, "remote_conn", None),
                 getattr(conn, "remote_conn_pre", None)):
        if part is not None:
            with contextlib.suppress(Exception):
                part.close()


class DeviceClosed(EOFError):
    """The device closed the session while answering."""


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ECHO_MAX = 400  # longer commands may come back wrapped: only the prompt ends them then


class AnswerReader:
    """Collects a command's answer as it arrives; complete at the prompt after the echo.

    The prompt only counts once the device has echoed the command (what Netmiko's
    ``send_command`` waits for too, ``cmd_verify``): a prompt left over from the session
    preparation or an earlier command must not end the answer before it started.
    """

    __slots__ = ("chunks", "decoder", "echo", "pattern", "seen", "tail")

    def __init__(self, command: str, pattern: re.Pattern[str], encoding: str) -> None:
        echo = command.strip()
        self.echo = echo if len(echo) <= ECHO_MAX else ""
        self.pattern = pattern
        self.decoder = _decoder(encoding)
        self.chunks: list[str] = []
        self.seen = ""  # the end of what came before the echo
        self.tail = ""  # the end of what came after it

    def feed(self, data: bytes) -> bool:
        """Take one piece of the answer; True when the answer is complete."""
        text = self.decoder.decode(data)
        self.chunks.append(text)
        if self.echo:
            seen = self.seen + text
            clean = _ANSI.sub("", seen.replace("\r", "")) if "\x1b" in seen else \
                seen.replace("\r", "")
            found = clean.find(self.echo)
            if found < 0:
                self.seen = seen[-(len(self.echo) + 64):]
                return False
            text = clean[found + len(self.echo):]
            self.echo = self.seen = ""
        tail = self.tail = (self.tail + text)[-512:]
        end = tail.rstrip()
        if not end or end[-1] not in PROMPT_TERMINATORS_SET:
            return False
        last = end[end.rfind("\n") + 1:].replace("\r", "")
        return self.pattern.search(last) is not None

    def text(self) -> str:
        """Everything received, echo and prompt included."""
        return "".join(self.chunks)


def fast_send(plugin: Any, command: str, read_timeout: float) -> str:
    """Send ``command`` and read until the prompt; return the cleaned output.

    Raises:
        netmiko.exceptions.ReadTimeout: no prompt within ``read_timeout`` seconds.
        DeviceClosed: the device closed the session mid-output.
    """
    conn = plugin.connection
    send = getattr(plugin, "send", None)  # the asyncssh transport reads on its loop
    if plugin.fast and send is not None:
        return clean_output(conn, send(command, read_timeout), command)
    import paramiko
    from netmiko.exceptions import ReadTimeout

    channel = getattr(conn, "remote_conn", None)
    if not plugin.fast or not isinstance(channel, paramiko.Channel):
        output: str = conn.send_command(command, read_timeout=read_timeout,
                                        expect_string=plugin.prompt_pattern().pattern)
        return output
    while channel.recv_ready():  # leftovers (a late echo, an async log line)
        channel.recv(65536)
    channel.sendall((command + conn.RETURN).encode(conn.encoding))
    pattern = plugin.prompt_pattern()
    answer = AnswerReader(command, pattern, conn.encoding)
    deadline = time.monotonic() + read_timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise ReadTimeout(f"Pattern not detected: {pattern.pattern!r} in output "
                              f"within {read_timeout:g} s.")
        channel.settimeout(left)
        try:
            data = channel.recv(65536)
        except TimeoutError:
            continue
        if not data:
            raise DeviceClosed("the device closed the connection while answering")
        if answer.feed(data):
            break
    channel.settimeout(None)
    return clean_output(conn, answer.text(), command)


def clean_output(conn: Any, raw: str, command: str) -> str:
    """The answer without the echo of ``command`` and the prompt (Netmiko's way).

    Whatever came before the echo (a prompt left over from an earlier exchange) goes with
    it; a second echo line (some line editors echo twice) too.
    """
    if "\x1b" in raw and getattr(conn, "ansi_escape_codes", False):
        raw = conn.strip_ansi_escape_codes(raw)
    output = _normalize_linefeeds(conn, raw)
    echo = command.strip()
    if echo:
        found = output.find(echo, 0, 2048 + len(echo))
        if found >= 0:
            end = output.find("\n", found)
            output = "" if end < 0 else output[end + 1:]
            head, _sep, rest = output.partition("\n")
            if head.strip() == echo:
                output = rest
    return _strip_prompt(conn, output)


_NEWLINES = re.compile("(\r\r\r\n|\r\r\n|\r\n|\n\r)")


def _normalize_linefeeds(conn: Any, text: str) -> str:
    """Netmiko's ``normalize_linefeeds`` (its base version without its per-call regex
    lookups; a driver's own version where it has one)."""
    if not _base_methods(type(conn))[0] or conn.RESPONSE_RETURN != "\n":
        return str(conn.normalize_linefeeds(text))
    if "\r" not in text:
        return text
    joined = text.replace("\r\n", "\n")
    if "\r" not in joined:
        # every CR had its LF: the expression turns each such pair (or a lone LF and the
        # CR after it) into one LF, as the replacement did
        return joined
    return _NEWLINES.sub("\n", text).replace("\r", "\n")


def _strip_prompt(conn: Any, text: str) -> str:
    """Netmiko's ``strip_prompt`` (the base version without splitting every line; a
    driver's own version where it has one)."""
    if not _base_methods(type(conn))[1] or conn.RESPONSE_RETURN != "\n":
        return str(conn.strip_prompt(text))
    cut = text.rfind("\n")
    if conn.base_prompt in text[cut + 1:]:
        return text[:cut] if cut >= 0 else ""
    return text


_base: dict[type, tuple[bool, bool]] = {}


def _base_methods(driver: type) -> tuple[bool, bool]:
    """Whether ``driver`` keeps Netmiko's own ``normalize_linefeeds`` / ``strip_prompt``."""
    found = _base.get(driver)
    if found is None:
        from netmiko.base_connection import BaseConnection

        found = _base[driver] = (
            getattr(driver, "normalize_linefeeds", None) is BaseConnection.normalize_linefeeds,
            getattr(driver, "strip_prompt", None) is BaseConnection.strip_prompt)
    return found


def _decoder(encoding: str) -> Any:
    return _decoder_class(encoding)(errors="replace")


@functools.lru_cache(maxsize=16)
def _decoder_class(encoding: str) -> Any:
    import codecs

    return codecs.getincrementaldecoder(encoding)


def register() -> None:
    """Register ``nlchat_netmiko`` with Nornir without the entry point (idempotent)."""
    from nornir.core.plugins.connections import ConnectionPluginRegister

    ConnectionPluginRegister.register(CONNECTION, NLChatNetmiko)


register()
