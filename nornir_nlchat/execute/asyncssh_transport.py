"""The ``asyncssh`` transport: every device session on one background event loop.

Connection plugin ``nlchat_asyncssh``. Why: with Netmiko/paramiko each open connection has
its own reader thread, so every packet of an answer costs two thread switches and a fight
for the GIL; with hundreds of warm connections that CPU, not the network, bounds a fleet
command. Here one daemon thread runs an asyncio loop that reads and writes every session;
a worker thread hands it a command (many at once wake the loop once) and blocks on a lock
that the loop releases when the prompt after the command's echo has arrived
(:class:`~nornir_nlchat.execute.connections.AnswerReader`).

Vendor knowledge still comes from Netmiko: after the SSH login (asyncssh) and the
interactive shell (a pty, like Netmiko's ``invoke_shell``), the platform's Netmiko driver
runs its own ``session_preparation`` (paging off, terminal width, base prompt, "press any
key" banners...) over this session through :class:`ChannelAdapter`, a paramiko-channel
look-alike. The connection's ``connection`` attribute is that Netmiko object, so Netmiko's
methods (``send_command``, ``send_config_set``, ``commit``) keep working on it; commands on
the warm path are read until the prompt the driver found, on the loop.

Jump hosts: one shared asyncssh connection per bastion, each device tunnelled through it
(a ``direct-tcpip`` channel, asyncssh's ``tunnel=``).

Errors are raised as the library's classes (``AuthenticationFailure``,
``ConnectionFailure``) or as Netmiko's ``ReadTimeout`` and :class:`DeviceClosed` for a
command, so :func:`nornir_nlchat.execute.classify.classify` sorts them like Netmiko's.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import asyncssh
from nornir.core.configuration import Config

from nornir_nlchat.aio import new_event_loop
from nornir_nlchat.errors import AuthenticationFailure, ConnectionFailure
from nornir_nlchat.execute.connections import AnswerReader, DeviceClosed
from nornir_nlchat.execute.jump import JumpSpec, jump_spec
from nornir_nlchat.execute.timeouts import ExecutionLimits, limits_from
from nornir_nlchat.logs import mask, register_secret
from nornir_nlchat.sshlog import quiet_packet_log

if TYPE_CHECKING:
    from nornir.core.inventory import Host, Inventory

log = logging.getLogger(__name__)

CONNECTION = "nlchat_asyncssh"
PROMPT_TERMINATORS = "#>$%]"
TERM_SIZE = (511, 1000)  # what Netmiko's invoke_shell asks for
_GCM_FIRST = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")


# -- the loop -----------------------------------------------------------------------------
class _Loop:
    """One asyncio loop in a daemon thread, started on first use (again after a fork)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pid = 0

    def get(self) -> asyncio.AbstractEventLoop:
        loop = self._loop
        if loop is not None and self._pid == os.getpid():
            return loop
        with self._lock:
            if self._loop is None or self._pid != os.getpid():
                self._loop = self._start()
                self._pid = os.getpid()
            return self._loop

    @staticmethod
    def _start() -> asyncio.AbstractEventLoop:
        loop = new_event_loop()  # uvloop where installed (nornir_nlchat.aio)
        ready = threading.Event()

        def serve() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            loop.run_forever()

        threading.Thread(target=serve, name="nlchat-asyncssh", daemon=True).start()
        ready.wait()
        return loop


_LOOP = _Loop()


def event_loop() -> asyncio.AbstractEventLoop:
    """The shared loop every asyncssh session runs on."""
    return _LOOP.get()


class _Starter:
    """Hands commands to the loop: many workers, one wake-up of the loop per batch.

    ``call_soon_threadsafe`` writes to the loop's self-pipe on every call; when 50 workers
    send at once, the loop takes them all from this queue after one wake-up instead.
    """

    def __init__(self) -> None:
        self.queue: deque[tuple[ShellSession, bytes, Pending]] = deque()
        self.scheduled = False

    def submit(self, session: ShellSession, data: bytes, pending: Pending) -> None:
        self.queue.append((session, data, pending))
        if not self.scheduled:
            self.scheduled = True
            event_loop().call_soon_threadsafe(self.drain)

    def drain(self) -> None:
        self.scheduled = False  # before taking: a later submit schedules another drain
        queue = self.queue
        while queue:
            session, data, pending = queue.popleft()
            session.start(data, pending)


_STARTER = _Starter()


class _Waker:
    """Wakes the threads whose answers came in, together, once the loop has read what
    arrived in this turn (a thread woken mid-turn fights the loop for the GIL)."""

    def __init__(self) -> None:
        self.ready: list[Pending] = []

    def wake(self, pending: Pending) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on the loop: wake it at once
            pending.done.release()
            return
        if not self.ready:
            loop.call_soon(self.release)
        self.ready.append(pending)

    def release(self) -> None:
        ready, self.ready = self.ready, []
        for pending in ready:
            pending.done.release()


_WAKER = _Waker()


def run_sync(coro: Any, timeout: float) -> Any:
    """Run ``coro`` on the shared loop and wait for it (at most ``timeout`` seconds)."""
    future = asyncio.run_coroutine_threadsafe(coro, event_loop())
    try:
        return future.result(timeout)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise TimeoutError(f"no answer within {timeout:g} s") from None


# -- one interactive session ---------------------------------------------------------------
class Pending:
    """A command waiting for its prompt; the waiting thread blocks on ``done``.

    Lighter than a ``concurrent.futures.Future`` (no Condition): one lock, acquired by
    the worker to wait and released by the loop when the answer (or an error) is in.
    """

    __slots__ = ("answer", "done", "error", "finished", "result")

    def __init__(self, answer: AnswerReader) -> None:
        self.answer = answer
        self.result: str | None = None
        self.error: BaseException | None = None
        self.finished = False
        self.done = threading.Lock()
        self.done.acquire()

    def finish(self, result: str | None = None, error: BaseException | None = None) -> None:
        """Hand the answer (or the error) to the waiting thread (once)."""
        if not self.finished:
            self.finished = True
            self.result, self.error = result, error
            _WAKER.wake(self)

    def wait(self, timeout: float) -> str | None:
        """The answer, or None when ``timeout`` passed first."""
        if not self.done.acquire(timeout=max(0.0, timeout)):
            return None
        if self.error is not None:
            raise self.error
        return self.result


class ShellSession(asyncssh.SSHClientSession[bytes]):
    """The client side of the device's interactive shell (lives on the loop).

    Data goes to the pending command when there is one (checked for the prompt as it
    arrives), otherwise into a buffer that Netmiko reads through :class:`ChannelAdapter`.
    """

    def __init__(self) -> None:
        self.chan: asyncssh.SSHClientChannel[bytes] | None = None
        self.buffer = bytearray()
        self.guard = threading.Lock()
        self.closed = False
        self.why = ""
        self.pending: Pending | None = None
        #: writes the connection's queued packets now (set once the connection is lean)
        self.flush: Callable[[], None] = _nothing

    # asyncssh's SSHClientSession interface
    def connection_made(self, chan: asyncssh.SSHClientChannel[bytes]) -> None:
        self.chan = chan
        quiet_packet_log(chan)

    def session_started(self) -> None:
        pass

    def data_received(self, data: bytes, _datatype: Any) -> None:
        pending = self.pending
        if pending is None:
            with self.guard:
                self.buffer += data
            return
        if pending.answer.feed(data):
            self.pending = None
            pending.finish(pending.answer.text())

    def eof_received(self) -> bool:
        self._lost("the device closed the session")
        return False

    def connection_lost(self, exc: BaseException | None) -> None:
        self._lost(str(exc) if exc else "the session ended")

    def pause_writing(self) -> None:
        pass

    def resume_writing(self) -> None:
        pass

    # ours
    def _lost(self, why: str) -> None:
        self.closed = True
        self.why = self.why or why
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.finish(error=DeviceClosed("the device closed the connection while "
                                              "answering"))

    def start(self, data: bytes, pending: Pending) -> None:
        """Send a command whose answer ends at ``pending``'s prompt (on the loop)."""
        if self.closed or self.chan is None:
            pending.finish(error=DeviceClosed("the device closed the connection while "
                                              "answering"))
            return
        with self.guard:
            self.buffer.clear()  # leftovers: a late echo, an asynchronous log line
        self.pending = pending
        try:
            self.chan.write(data)
            self.flush()  # out now: the device answers while the loop serves the others
        except Exception as exc:  # the channel closed under us
            self.pending = None
            pending.finish(error=DeviceClosed(
                f"the device closed the connection while answering ({exc})"))

    def cancel(self, pending: Pending) -> None:
        """Forget a command whose caller stopped waiting (on the loop)."""
        if self.pending is pending:
            self.pending = None


class ChannelAdapter:
    """What Netmiko's ``SSHChannel`` needs of a paramiko ``Channel``, over a ShellSession.

    Reads never block (Netmiko polls); writes are handed to the loop.
    """

    def __init__(self, session: ShellSession, owner: AsyncSSHConnection) -> None:
        self.session = session
        self.owner = owner
        self.timeout: float | None = None

    @property
    def closed(self) -> bool:
        return self.session.closed

    def recv_ready(self) -> bool:
        return bool(self.session.buffer) or self.session.closed

    def recv(self, size: int) -> bytes:
        session = self.session
        with session.guard:
            data = bytes(session.buffer[:size])
            del session.buffer[:size]
        return data

    def sendall(self, data: bytes) -> None:
        session = self.session
        if session.closed or session.chan is None:
            raise OSError(f"the SSH session is closed ({session.why})")
        event_loop().call_soon_threadsafe(_write, session, bytes(data))

    send = sendall

    def settimeout(self, timeout: float | None) -> None:
        self.timeout = timeout

    def get_transport(self) -> None:
        return None

    def close(self) -> None:
        self.owner.close()


def _write(session: ShellSession, data: bytes) -> None:
    if session.chan is not None and not session.closed:
        with contextlib.suppress(Exception):
            session.chan.write(data)


# -- jump hosts ----------------------------------------------------------------------------
class _Bastion:
    def __init__(self, spec: JumpSpec) -> None:
        self.spec = spec
        self.conn: asyncssh.SSHClientConnection | None = None
        self.lock: asyncio.Lock | None = None
        self.devices: set[AsyncSSHConnection] = set()

    async def connection(self, timeout: float, keepalive: float) -> asyncssh.SSHClientConnection:
        import asyncssh

        if self.lock is None:
            self.lock = asyncio.Lock()
        async with self.lock:
            conn = self.conn
            if conn is not None and not conn.is_closed():
                return conn
            spec = self.spec
            label = spec.name or spec.hostname
            register_secret(spec.password)
            try:
                conn = await asyncio.wait_for(asyncssh.connect(
                    spec.hostname, spec.port, **_credentials(spec.username, spec.password),
                    **_client_options(spec.key_file, keepalive, timeout)), timeout)
            except asyncssh.PermissionDenied:
                raise AuthenticationFailure(
                    f"jump host {label}: authentication failed.",
                    hint="Check the jump host's username, password or key.") from None
            except (OSError, asyncssh.Error, asyncio.TimeoutError) as exc:
                raise ConnectionFailure(f"jump host {label}: cannot connect "
                                        f"({mask(_text(exc))}).") from None
            _lean(conn)
            self.conn = conn
            log.info("connected to jump host %s (asyncssh)", label)
            return conn

    def open_devices(self) -> int:
        return sum(1 for d in list(self.devices) if d.alive())

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()
        self.devices.clear()


_bastions: dict[tuple[str, int, str], _Bastion] = {}
_bastions_lock = threading.Lock()


def _bastion(spec: JumpSpec) -> _Bastion:
    with _bastions_lock:
        bastion = _bastions.get(spec.key)
        if bastion is None:
            bastion = _bastions[spec.key] = _Bastion(spec)
        return bastion


def bastion_stats() -> dict[str, int]:
    """Open device sessions per asyncssh bastion (``name:port`` -> count)."""
    with _bastions_lock:
        return {f"{b.spec.name or b.spec.hostname}:{b.spec.port}": b.open_devices()
                for b in _bastions.values() if b.conn is not None}


def close_idle_bastions() -> int:
    """Close asyncssh bastions that carry no open device session; return how many."""
    closed = 0
    with _bastions_lock:
        for key, bastion in list(_bastions.items()):
            if not bastion.open_devices():
                if bastion.conn is not None:
                    closed += 1
                    event_loop().call_soon_threadsafe(bastion.close)
                del _bastions[key]
    return closed


def close_all_bastions() -> None:
    """Close every asyncssh bastion connection of this process."""
    with _bastions_lock:
        bastions = list(_bastions.values())
        _bastions.clear()
    if bastions:
        loop = event_loop()
        for bastion in bastions:
            loop.call_soon_threadsafe(bastion.close)


# -- the connection plugin -----------------------------------------------------------------
def _client_options(key_file: str | None, keepalive: float, timeout: float) -> dict[str, Any]:
    import asyncssh.encryption

    default = [a.decode() for a in asyncssh.encryption.get_default_encryption_algs()]
    ciphers = [a for a in _GCM_FIRST if a in default] + [a for a in default
                                                         if a not in _GCM_FIRST and
                                                         "cbc" not in a]
    keys = [str(Path(key_file).expanduser())] if key_file else None
    return {
        "known_hosts": None, "config": None, "agent_path": None, "client_keys": keys,
        "preferred_auth": "publickey,password" if keys else "password,keyboard-interactive",
        "encryption_algs": ciphers, "compression_algs": None,
        "keepalive_interval": max(0.0, float(keepalive)), "login_timeout": timeout,
        "connect_timeout": timeout,
    }


def _lean(conn: Any) -> Callable[[], None]:
    """Two savings per command on an established connection (the same bytes for the device).

    * asyncssh sends an empty ``SSH_MSG_IGNORE`` before every packet, a defence meant for
      CBC ciphers; only AEAD and CTR ciphers are offered here (:func:`_client_options`),
      so it is left out: one packet to encrypt per command instead of two.
    * the packets produced in one turn of the loop leave in one socket write, at the end
      of the turn or earlier through the function returned: a command goes out as soon
      as it is written (:meth:`ShellSession.start`), so the device starts on it while
      the loop is still busy with other sessions.

    Both hook asyncssh's connection object (``send_packet``, ``_send``); when a future
    asyncssh lacks them, the connection is left as it is (and the function returned does
    nothing). Packets are also described for asyncssh's packet log only while that log
    is on.
    """
    from asyncssh.constants import MSG_IGNORE
    from asyncssh.packet import String

    send_packet = getattr(conn, "send_packet", None)
    raw_send = getattr(type(conn), "_send", None)
    loop = getattr(conn, "_loop", None)
    if send_packet is None or raw_send is None or loop is None or \
            not hasattr(conn, "_transport"):
        return _nothing
    empty = String(b"")

    def lean_send_packet(pkttype: int, *args: bytes, handler: Any = None) -> None:
        if pkttype == MSG_IGNORE and args == (empty,):
            return
        send_packet(pkttype, *args, handler=handler)

    queued: list[bytes] = []

    def flush(transport: Any) -> None:
        if not queued:  # sent already by flush_now
            return
        data = b"".join(queued)
        queued.clear()
        if not transport.is_closing():
            with contextlib.suppress(ConnectionError):
                transport.write(data)

    def flush_now() -> None:
        """Write what is queued now (the callback scheduled for it then finds nothing)."""
        transport = conn._transport
        if queued and transport:
            flush(transport)

    def corked_send(data: bytes) -> None:
        transport = conn._transport
        if not transport:
            return
        if not queued:
            loop.call_soon(flush, transport)
        queued.append(data)

    conn.send_packet = lean_send_packet
    conn._send = corked_send
    quiet_packet_log(conn)
    _lazy_keepalive(conn)
    return flush_now


def _nothing() -> None:
    pass


def _lazy_keepalive(conn: Any) -> None:
    """asyncssh restarts its keepalive timer (cancel + a new timer) on every packet it
    receives; here a packet only notes the time, and the timer, when it fires early,
    waits for the rest of the interval. Keepalives go out as before: after
    ``keepalive_interval`` seconds without anything received."""
    interval = getattr(conn, "_keepalive_interval", 0)
    callback = getattr(conn, "_keepalive_timer_callback", None)
    loop = getattr(conn, "_loop", None)
    if not interval or callback is None or loop is None or \
            not hasattr(conn, "_reset_keepalive_timer") or \
            not hasattr(conn, "_cancel_keepalive_timer") or \
            not hasattr(conn, "_set_keepalive_timer"):
        return
    received = [loop.time()]

    def note_received() -> None:
        received[0] = loop.time()

    def check() -> None:
        quiet = loop.time() - received[0]
        if quiet < interval:
            conn._keepalive_timer = loop.call_later(interval - quiet, check)
            return
        callback()

    conn._reset_keepalive_timer = note_received
    conn._keepalive_timer_callback = check
    conn._cancel_keepalive_timer()
    conn._set_keepalive_timer()




def _credentials(username: str | None, password: str | None) -> dict[str, str]:
    """asyncssh's ``username``/``password`` arguments (left out when not set)."""
    given = {"username": username, "password": password}
    return {k: v for k, v in given.items() if v is not None}


def _text(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class AsyncSSHConnection:
    """Nornir connection plugin: asyncssh on the shared loop, Netmiko's session preparation."""

    def __init__(self) -> None:
        self.connection: Any = None  # the Netmiko driver object (prepared, not connected)
        self.ssh: asyncssh.SSHClientConnection | None = None
        self.session: ShellSession | None = None
        self.opened_at = 0.0
        self.last_used = 0.0
        self.commands = 0
        self.fast = True
        self.via: str | None = None
        self.limits = ExecutionLimits()
        self._bastion: _Bastion | None = None
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
        """Log in and prepare the session (Nornir's connection-plugin interface)."""
        extras = dict(extras or {})
        inventory: Inventory | None = extras.pop("nlchat_inventory", None)
        host: Host | None = extras.pop("nlchat_host", None)
        self.fast = bool(extras.pop("nlchat_fast", True))
        for key in [k for k in extras if k.startswith("nlchat_")]:
            extras.pop(key)
        register_secret(password)
        register_secret(extras.get("secret"))
        self.limits = limits_from(configuration)
        timeout = float(extras.get("conn_timeout") or self.limits.connect_timeout)
        port = int(port or 22)
        if not hostname:
            raise ValueError("no hostname")
        name = host.name if host is not None else hostname
        spec = jump_spec(host, inventory) if host is not None else None
        if spec is not None:
            self._bastion = _bastion(spec)
            self.via = spec.name or spec.hostname
        key_file = extras.get("key_file") if extras.get("use_keys") else None
        self.ssh, self.session = run_sync(
            self._connect(name, hostname, port, username, password, key_file, timeout),
            timeout + 5)
        try:
            self.connection = self._prepare(hostname, username, password, port, platform,
                                            extras, timeout)
        except BaseException:
            self.close()
            raise
        if self._bastion is not None:
            self._bastion.devices.add(self)
        self.opened_at = self.last_used = time.monotonic()

    async def _connect(self, name: str, hostname: str, port: int, username: str | None,
                       password: str | None, key_file: str | None, timeout: float
                       ) -> tuple[asyncssh.SSHClientConnection, ShellSession]:
        import asyncssh

        options = _client_options(key_file, self.limits.keepalive, timeout)
        started = time.monotonic()
        tunnel: Any = ()
        if self._bastion is not None:
            tunnel = await self._bastion.connection(timeout, self.limits.keepalive)
        left = max(0.1, timeout - (time.monotonic() - started))
        try:
            conn = await asyncio.wait_for(asyncssh.connect(
                hostname, port, tunnel=tunnel, **_credentials(username, password), **options),
                left)
        except asyncssh.PermissionDenied:
            raise AuthenticationFailure(f"{name}: authentication failed.") from None
        except asyncssh.ChannelOpenError as exc:
            assert self._bastion is not None
            spec = self._bastion.spec
            raise ConnectionFailure(
                f"{name}: jump host {spec.name or spec.hostname} could not reach "
                f"{hostname}:{port} ({mask(exc.reason or _text(exc))}).") from None
        except (asyncio.TimeoutError, TimeoutError):
            raise ConnectionFailure(f"{name}: login timed out (no SSH session within "
                                    f"{timeout:g} s).") from None
        except ConnectionRefusedError:
            raise ConnectionFailure(f"{name}: connection refused.") from None
        except (OSError, asyncssh.Error) as exc:
            raise ConnectionFailure(f"{name}: connection failed ({mask(_text(exc))}).") \
                from None
        try:
            left = max(0.1, timeout - (time.monotonic() - started))
            _chan, opened = await asyncio.wait_for(conn.create_session(
                ShellSession, term_type="vt100", term_size=TERM_SIZE, encoding=None), left)
            session = cast(ShellSession, opened)
            session.flush = _lean(conn)
        except BaseException as exc:
            conn.abort()
            if isinstance(exc, (asyncio.TimeoutError, TimeoutError)):
                raise ConnectionFailure(f"{name}: the device opened no shell within "
                                        f"{timeout:g} s.") from None
            if isinstance(exc, (OSError, asyncssh.Error)):
                raise ConnectionFailure(f"{name}: no shell ({mask(_text(exc))}).") from None
            raise
        return conn, session

    def _prepare(self, hostname: str, username: str | None, password: str | None, port: int,
                 platform: str | None, extras: dict[str, Any], timeout: float) -> Any:
        """The platform's Netmiko driver, prepared over this session (paging off, prompt)."""
        from netmiko import ConnectHandler
        from netmiko.channel import SSHChannel

        params: dict[str, Any] = {
            "host": hostname, "username": username, "password": password, "port": port,
            "device_type": platform, "fast_cli": True, "conn_timeout": timeout,
            "auth_timeout": timeout, "banner_timeout": timeout, "keepalive": 0,
            "read_timeout_override": timeout,
        }
        params.update({k: v for k, v in extras.items() if k not in ("sock", "ssh_config_file")})
        params["auto_connect"] = False
        conn = ConnectHandler(**params)
        assert self.session is not None
        adapter = ChannelAdapter(self.session, self)
        conn.remote_conn = adapter
        conn.remote_conn_pre = adapter
        conn.channel = SSHChannel(conn=adapter, encoding=conn.encoding)
        conn._modify_connection_params()
        conn.special_login_handler()
        # Netmiko writes a RETURN and sleeps 0.1 s "so that there is data"; its preparation
        # reads until the prompt anyway, so the RETURN is enough (0.1 s less per login).
        conn.write_channel(conn.RETURN)
        conn._try_session_preparation(force_data=False)
        conn.read_timeout_override = extras.get("read_timeout_override")
        return conn

    def close(self) -> None:
        """Close the SSH connection (never raises, any thread, does not wait)."""
        ssh, self.ssh = self.ssh, None
        session = self.session
        if session is not None:
            session.closed = True
        if self._bastion is not None:
            self._bastion.devices.discard(self)
        if ssh is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop is gone (interpreter exit)
            event_loop().call_soon_threadsafe(_close, ssh, session)

    # -- health -------------------------------------------------------------------------
    def alive(self) -> bool:
        """A cheap check (no round trip) that the SSH session is still up."""
        session, ssh = self.session, self.ssh
        return not (session is None or ssh is None or session.closed or ssh.is_closed())

    def idle_for(self) -> float:
        """Seconds since the connection was last used."""
        return time.monotonic() - self.last_used

    def prompt_pattern(self) -> re.Pattern[str]:
        """The device's prompt as the Netmiko driver found it, as a regular expression."""
        if self._prompt_re is None:
            base = re.escape(str(self.connection.base_prompt or "").strip())
            self._prompt_re = re.compile(rf"{base}[^\n]{{0,64}}[{re.escape(PROMPT_TERMINATORS)}]"
                                         r"\s*$")
        return self._prompt_re

    # -- commands -----------------------------------------------------------------------
    def send(self, command: str, read_timeout: float) -> str:
        """Send ``command`` and return the raw answer up to and including the prompt.

        Raises:
            netmiko.exceptions.ReadTimeout: no prompt within ``read_timeout`` seconds.
            DeviceClosed: the device closed the session mid-output.
        """
        session, conn = self.session, self.connection
        if session is None or session.closed:
            raise DeviceClosed("the device closed the connection while answering")
        pattern = self.prompt_pattern()
        pending = Pending(AnswerReader(command, pattern, conn.encoding))
        _STARTER.submit(session, (command + conn.RETURN).encode(conn.encoding), pending)
        answer = pending.wait(read_timeout)
        if answer is None:
            from netmiko.exceptions import ReadTimeout

            event_loop().call_soon_threadsafe(session.cancel, pending)
            raise ReadTimeout(f"Pattern not detected: {pattern.pattern!r} in output "
                              f"within {read_timeout:g} s.")
        return answer


def _close(ssh: asyncssh.SSHClientConnection, session: ShellSession | None) -> None:
    if session is not None:
        session._lost("closed by the client")
    ssh.close()


def register() -> None:
    """Register ``nlchat_asyncssh`` with Nornir without the entry point (idempotent)."""
    from nornir.core.plugins.connections import ConnectionPluginRegister

    ConnectionPluginRegister.register(CONNECTION, AsyncSSHConnection)


register()
