"""The jump host: an SSH bastion that forwards ``direct-tcpip`` (``ssh -J``, ProxyJump).

Devices behind the bastion listen on Unix sockets only, so the bastion is the one way in.
Through it every device is reachable at its management address, port 22; devices that also
listen on loopback are reachable at that address too.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import asyncssh

from nornir_nlchat.lab.server import LabConnection, bound_socket

if TYPE_CHECKING:
    from nornir_nlchat.lab.server import SSHFleet

Target = tuple[str, int] | str  # (host, port) or a Unix socket path


class BastionServer(asyncssh.SSHServer):
    """Authenticates with the lab credentials and forwards to lab devices only."""

    def __init__(self, bastion: Bastion) -> None:
        self.bastion = bastion

    def begin_auth(self, username: str) -> bool:
        return True

    def password_auth_supported(self) -> bool:
        return True

    def kbdint_auth_supported(self) -> bool:
        return False

    def validate_password(self, username: str, password: str) -> bool:
        creds = self.bastion.fleet.world.credentials
        return username == creds.username and password == creds.password

    def connection_requested(self, dest_host: str, dest_port: int, orig_host: str,
                             orig_port: int) -> Callable[[asyncssh.SSHReader[bytes],
                                                          asyncssh.SSHWriter[bytes]],
                                                         Awaitable[None]]:
        target = self.bastion.route(dest_host, dest_port)
        if target is None:
            raise asyncssh.ChannelOpenError(asyncssh.OPEN_CONNECT_FAILED,
                                            f"{dest_host}:{dest_port} is not a lab device")

        async def pipe(reader: asyncssh.SSHReader[bytes],
                       writer: asyncssh.SSHWriter[bytes]) -> None:
            try:
                if isinstance(target, str):
                    r, w = await asyncio.open_unix_connection(target)
                else:
                    r, w = await asyncio.open_connection(*target)
            except OSError:
                writer.close()
                return

            async def up() -> None:
                while data := await reader.read(65536):
                    w.write(data)
                    await w.drain()
                w.close()

            async def down() -> None:
                while data := await r.read(65536):
                    writer.write(data)
                writer.close()

            with contextlib.suppress(Exception):
                await asyncio.gather(up(), down())

        return pipe


class Bastion:
    """The jump host of a lab.

    Args:
        fleet: The device listeners (for addresses and credentials).
    """

    def __init__(self, fleet: SSHFleet) -> None:
        self.fleet = fleet
        self.server: asyncio.AbstractServer | None = None
        self.address: tuple[str, int] = ("127.0.0.1", 0)

    def route(self, host: str, port: int) -> Target | None:
        """Where a forwarded connection to ``host:port`` goes."""
        for name, dev in self.fleet.world.devices.items():
            if host in (dev.mgmt_ip, name, name.lower()) and port == 22:
                if name in self.fleet.unix_paths:
                    return self.fleet.unix_paths[name]
                return self.fleet.addresses.get(name)
        if (host, port) in self.fleet.addresses.values():
            return host, port
        return None

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> tuple[str, int]:
        """Listen; returns the address bound."""
        sock = bound_socket(host, port)
        loop = asyncio.get_running_loop()

        def make() -> LabConnection:
            return LabConnection(loop, self.fleet.options, lambda: BastionServer(self))

        self.server = await loop.create_server(make, sock=sock)
        bound = sock.getsockname()
        self.address = (bound[0], bound[1])
        return self.address

    def close(self) -> None:
        """Stop listening."""
        if self.server is not None:
            self.server.close()
