"""The SSH side of the lab: one asyncio loop, one listener per device.

Built on asyncssh with two adjustments real clients need:

- paramiko sends a new ``ssh-userauth`` service request before each authentication method;
  a stock asyncssh server drops the connection on the second one. :class:`LabConnection`
  accepts the repeat.
- TCP_NODELAY on every socket (delayed ACKs otherwise add ~90 ms to each login).

And three for the lab's own CPU (clients see the same session):

- asyncssh puts an empty ``SSH_MSG_IGNORE`` in front of every packet it sends (a defence
  for CBC ciphers); network devices do not, and it doubles the packets to encrypt. The lab
  leaves them out;
- the SSH packets a connection produces in one go are written to the socket together,
  once per turn of the event loop, instead of one system call per packet;
- packets are described for asyncssh's packet log only when that log is on (asyncssh
  formats the description of every packet first and asks the logger after).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from typing import Any

import asyncssh
from asyncssh.constants import MSG_IGNORE, MSG_SERVICE_ACCEPT, MSG_SERVICE_REQUEST
from asyncssh.packet import SSHPacket, String

from nornir_nlchat.lab.faults import FaultBook
from nornir_nlchat.lab.shell import Shell
from nornir_nlchat.lab.state import Session
from nornir_nlchat.lab.world import World
from nornir_nlchat.sshlog import packet_log_on, quiet_packet_log

_USERAUTH = b"ssh-userauth"
_EMPTY = String(b"")
logger = logging.getLogger(__name__)


class LabConnection(asyncssh.SSHServerConnection):
    """An asyncssh server connection that serves one lab device."""

    def __init__(self, loop: asyncio.AbstractEventLoop,
                 options: asyncssh.SSHServerConnectionOptions,
                 server_factory: Callable[[], asyncssh.SSHServer]) -> None:
        super().__init__(loop, options, None, None, None)
        self._protocol_factory = server_factory
        self._outgoing: list[bytes] = []

    def log_sent_packet(self, pkttype: int, pktid: int | None, packet: Any,
                        note: str = "") -> None:
        if packet_log_on():
            super().log_sent_packet(pkttype, pktid, packet, note)

    def log_received_packet(self, pkttype: int, pktid: int | None, packet: Any,
                            note: str = "") -> None:
        if packet_log_on():
            super().log_received_packet(pkttype, pktid, packet, note)

    def send_packet(self, pkttype: int, *args: bytes, handler: Any = None) -> None:
        """Send an SSH packet, except the empty IGNORE asyncssh puts before each one."""
        if pkttype == MSG_IGNORE and args == (_EMPTY,):
            return
        super().send_packet(pkttype, *args, handler=handler)

    def _send(self, data: bytes) -> None:
        """Queue ``data``; what is queued in one turn of the loop leaves in one write."""
        transport = self._transport
        if not transport:
            return
        if not self._outgoing:
            self._loop.call_soon(self._flush_outgoing, transport)
        self._outgoing.append(data)

    def _flush_outgoing(self, transport: asyncio.BaseTransport) -> None:
        data = b"".join(self._outgoing)
        self._outgoing.clear()
        if not transport.is_closing():
            with contextlib.suppress(ConnectionError):
                transport.write(data)  # type: ignore[attr-defined]

    def _process_service_request(self, _pkttype: int, _pktid: int, packet: SSHPacket) -> None:
        if self._auth_in_progress and not self._auth_complete and self._next_service is None:
            service = packet.get_string()
            packet.check_end()
            if service == _USERAUTH:
                self.send_packet(MSG_SERVICE_ACCEPT, String(service))
                return
            raise asyncssh.ServiceNotAvailable("Unexpected service in service request")
        super()._process_service_request(_pkttype, _pktid, packet)

    # asyncssh dispatches packets through this class attribute; the base declares it the same
    _packet_handlers = {  # noqa: RUF012
        **asyncssh.SSHServerConnection._packet_handlers,
        MSG_SERVICE_REQUEST: _process_service_request,
    }




def server_options(host_key: asyncssh.SSHKey) -> asyncssh.SSHServerConnectionOptions:
    """Connection options shared by every device (one host key per lab run)."""
    return asyncssh.SSHServerConnectionOptions(
        server_host_keys=[host_key], keepalive_interval=0, login_timeout=60,
        allow_scp=False, agent_forwarding=False, x11_forwarding=False, line_editor=False)


def bound_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on a loopback address (``port`` 0 picks a free one)."""
    if not host.startswith("127."):
        raise ValueError(f"the lab listens on 127.0.0.0/8 only, not {host}")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class DeviceServer(asyncssh.SSHServer):
    """Authentication and sessions for one device."""

    def __init__(self, lab: SSHFleet, device: str) -> None:
        self.lab, self.device = lab, device
        self.conn: asyncssh.SSHServerConnection | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self.conn = conn

    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def public_key_auth_supported(self) -> bool:
        return False

    def kbdint_auth_supported(self) -> bool:
        return False

    async def validate_password(self, username: str, password: str) -> bool:
        faults = self.lab.faults
        slow = faults.get(self.device, "slow-login")
        if slow is not None:
            await asyncio.sleep(float(slow.get("seconds", 5.0)))
        if faults.get(self.device, "wrong-password") is not None:
            return False
        dev = self.lab.world.devices[self.device]
        creds = self.lab.world.credentials
        return username in dev.users and password == creds.password

    def session_requested(self) -> asyncssh.SSHServerSession[str]:
        return CliSession(self.lab, self.device, self.conn)


class CliSession(asyncssh.SSHServerSession[str]):
    """An interactive shell or a single command on one device."""

    def __init__(self, lab: SSHFleet, device: str,
                 conn: asyncssh.SSHServerConnection | None) -> None:
        self.lab, self.device, self.conn = lab, device, conn
        self.chan: asyncssh.SSHServerChannel[str] | None = None
        self.shell: Shell | None = None
        self.command: str | None = None
        self.task: asyncio.Task[None] | None = None

    def connection_made(self, chan: asyncssh.SSHServerChannel[str]) -> None:
        self.chan = chan
        quiet_packet_log(chan)

    def pty_requested(self, term_type: str, term_size: tuple[int, int, int, int],
                      term_modes: Any) -> bool:
        return True

    def shell_requested(self) -> bool:
        return True

    def exec_requested(self, command: str) -> bool:
        self.command = command
        return True

    def session_started(self) -> None:
        assert self.chan is not None
        chan = self.chan
        user = chan.get_extra_info("username") or ""
        dev = self.lab.world.devices[self.device]
        shell = Shell(self.lab.world, dev, user, self._write, self.lab.faults)
        self.shell = shell
        peer = chan.get_extra_info("peername") or ("127.0.0.1", 0)
        record = Session(len(dev.sessions) + 2, user, str(peer[0]), self.lab.world.now())
        dev.sessions.append(record)

        async def serve() -> None:
            try:
                if self.command is not None:
                    await shell.run_once(self.command)
                else:
                    await shell.run()
            except Exception:  # a renderer bug must not leave the client hanging
                logger.exception("%s: session failed", self.device)
            finally:
                if record in dev.sessions:
                    dev.sessions.remove(record)
                if not chan.is_closing():
                    chan.exit(0)

        self.task = asyncio.get_running_loop().create_task(serve())

    def _write(self, text: str) -> None:
        if self.chan is not None and not self.chan.is_closing():
            self.chan.write(text)

    def data_received(self, data: str, datatype: asyncssh.DataType) -> None:
        if self.shell is not None:
            self.shell.feed(data)

    def eof_received(self) -> bool:
        # Keep the channel half-open: ``ssh host command </dev/null`` sends EOF at once and
        # still expects the output and the exit status.
        if self.shell is not None and self.command is None:
            self.shell.close()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        if self.shell is not None:
            self.shell.close()


class SSHFleet:
    """All device listeners of one lab.

    Args:
        world: The lab.
        host_key: The SSH host key every device presents.
    """

    def __init__(self, world: World, host_key: asyncssh.SSHKey) -> None:
        self.world = world
        self.options = server_options(host_key)
        self.faults = FaultBook(world, on_listen=self.set_listening)
        self.servers: dict[str, asyncio.AbstractServer] = {}
        self.addresses: dict[str, tuple[str, int]] = {}
        self.unix_paths: dict[str, str] = {}
        self.tasks: set[asyncio.Task[Any]] = set()  # listeners being reopened

    def _factory(self, device: str) -> Callable[[], LabConnection]:
        loop = asyncio.get_running_loop()

        def make() -> LabConnection:
            return LabConnection(loop, self.options, lambda: DeviceServer(self, device))

        return make

    async def listen_tcp(self, device: str, host: str, port: int) -> tuple[str, int]:
        """Serve ``device`` on ``host:port``; returns the address actually bound."""
        sock = bound_socket(host, port)
        loop = asyncio.get_running_loop()
        self.servers[device] = await loop.create_server(self._factory(device), sock=sock)
        address = sock.getsockname()[:2]
        self.addresses[device] = (address[0], address[1])
        return self.addresses[device]

    async def listen_unix(self, device: str, path: str) -> None:
        """Serve ``device`` on a Unix socket only (reachable through the bastion)."""
        loop = asyncio.get_running_loop()
        self.servers[device] = await loop.create_unix_server(self._factory(device), path)
        self.unix_paths[device] = path

    def set_listening(self, device: str, listening: bool) -> None:
        """Stop or resume accepting connections for ``device`` (``connection-refused``)."""
        loop = asyncio.get_running_loop()
        task: asyncio.Task[Any]
        if not listening:
            server = self.servers.pop(device, None)
            if server is not None:
                server.close()
            return
        if device in self.servers:
            return
        if device in self.unix_paths:
            task = loop.create_task(self.listen_unix(device, self.unix_paths[device]))
        elif device in self.addresses:
            host, port = self.addresses[device]
            task = loop.create_task(self.listen_tcp(device, host, port))
        else:
            return
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def close(self) -> None:
        """Stop every listener."""
        for server in self.servers.values():
            server.close()
        self.servers.clear()
