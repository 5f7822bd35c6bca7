"""Jump hosts (bastions): one shared SSH connection per bastion, one channel per device.

A host's jump host comes from the inventory data key ``jump_host`` (set on the host, a group
or the defaults; Nornir's inheritance applies). It is either the name of another inventory
host (its hostname, port, username and password are used) or a mapping::

    jump_host:
      hostname: bastion.example.net
      port: 22
      username: netops
      key_file: ~/.ssh/id_ed25519     # or password (better: from a credential transform)

Every device behind the same bastion gets its own ``direct-tcpip`` channel over one shared
SSH connection; the device's SSH session runs inside that channel (Netmiko's ``sock=``).
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nornir_nlchat.errors import AuthenticationFailure, ConnectionFailure
from nornir_nlchat.logs import mask, register_secret

if TYPE_CHECKING:
    import paramiko
    from nornir.core.inventory import Host, Inventory

log = logging.getLogger(__name__)

JUMP_KEY = "jump_host"


@dataclass(frozen=True)
class JumpSpec:
    """How to reach a bastion."""

    hostname: str
    port: int = 22
    username: str | None = None
    password: str | None = None
    key_file: str | None = None
    name: str = ""

    @property
    def key(self) -> tuple[str, int, str]:
        """What identifies one shared bastion connection."""
        return (self.hostname, self.port, self.username or "")

    def __repr__(self) -> str:  # never show the password
        return f"JumpSpec({self.name or self.hostname}:{self.port}, user={self.username!r})"


def jump_spec(host: Host, inventory: Inventory | None = None) -> JumpSpec | None:
    """The host's jump host, or None for a direct connection.

    Raises:
        ConnectionFailure: the jump host names no inventory host or lacks a hostname.
    """
    try:
        value = host.get(JUMP_KEY)
    except Exception:
        value = None
    if not value:
        return None
    if isinstance(value, str):
        target = inventory.hosts.get(value) if inventory is not None else None
        if target is None:
            raise ConnectionFailure(f"{host.name}: jump host {value!r} is not in the inventory.",
                                    hint="Name an inventory host in `jump_host`, or give a "
                                         "mapping with hostname/port/username.")
        key_file = target.get("ssh_key_file")
        return JumpSpec(hostname=target.hostname or target.name, port=target.port or 22,
                        username=target.username, password=target.password,
                        key_file=key_file, name=value)
    if isinstance(value, Mapping):
        if not value.get("hostname"):
            raise ConnectionFailure(f"{host.name}: jump host settings have no hostname.",
                                    hint="Add `hostname:` to the host's jump_host mapping.")
        password = value.get("password")
        if password is None and not value.get("key_file") and not value.get("username"):
            password = host.password  # like `ssh -J`: the same login as the device
        register_secret(password)
        return JumpSpec(hostname=str(value["hostname"]), port=int(value.get("port") or 22),
                        username=value.get("username") or host.username,
                        password=password, key_file=value.get("key_file"),
                        name=str(value.get("name") or value["hostname"]))
    raise ConnectionFailure(f"{host.name}: jump_host must be a host name or a mapping.")


def tcp_socket(hostname: str, port: int, timeout: float) -> socket.socket:
    """A connected TCP socket with TCP_NODELAY (SSH logins lose ~90 ms to delayed ACKs)."""
    sock = socket.create_connection((hostname, port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


class _Bastion:
    def __init__(self, spec: JumpSpec) -> None:
        self.spec = spec
        self.lock = threading.Lock()
        self.client: paramiko.SSHClient | None = None
        self.channels: list[paramiko.Channel] = []

    def transport(self, timeout: float, keepalive: float) -> paramiko.Transport:
        import paramiko

        client = self.client
        if client is not None:
            transport = client.get_transport()
            if transport is not None and transport.is_active():
                return transport
            client.close()
            self.client = None
        spec = self.spec
        register_secret(spec.password)
        try:
            sock = tcp_socket(spec.hostname, spec.port, timeout)
        except OSError as exc:
            raise ConnectionFailure(f"jump host {spec.name or spec.hostname}: cannot connect "
                                    f"({mask(str(exc))}).") from None
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        try:
            client.connect(spec.hostname, spec.port, username=spec.username,
                           password=spec.password, key_filename=spec.key_file, sock=sock,
                           timeout=timeout, auth_timeout=timeout, banner_timeout=timeout,
                           look_for_keys=False, allow_agent=False)
        except paramiko.AuthenticationException:
            client.close()
            raise AuthenticationFailure(
                f"jump host {spec.name or spec.hostname}: authentication failed.",
                hint="Check the jump host's username, password or key.") from None
        except (paramiko.SSHException, OSError) as exc:
            client.close()
            raise ConnectionFailure(f"jump host {spec.name or spec.hostname}: SSH failed "
                                    f"({mask(str(exc))}).") from None
        transport = client.get_transport()
        assert transport is not None
        if keepalive:
            transport.set_keepalive(int(max(1, keepalive)))
        self.client = client
        log.info("connected to jump host %s", spec.name or spec.hostname)
        return transport

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        self.channels = []


_bastions: dict[tuple[str, int, str], _Bastion] = {}
_bastions_lock = threading.Lock()


def open_channel(spec: JumpSpec, dest: str, port: int, *, timeout: float = 15.0,
                 keepalive: float = 30.0, device: str = "") -> paramiko.Channel:
    """A ``direct-tcpip`` channel through the shared bastion connection to ``dest:port``.

    Raises:
        AuthenticationFailure: the bastion refused the credentials.
        ConnectionFailure: the bastion or the device behind it cannot be reached.
    """
    import paramiko

    with _bastions_lock:
        bastion = _bastions.get(spec.key)
        if bastion is None:
            bastion = _bastions[spec.key] = _Bastion(spec)
    with bastion.lock:
        transport = bastion.transport(timeout, keepalive)
        try:
            channel = transport.open_channel("direct-tcpip", (dest, port), ("127.0.0.1", 0),
                                             timeout=timeout)
        except (paramiko.ChannelException, paramiko.SSHException, OSError) as exc:
            reason = getattr(exc, "text", None) or str(exc) or type(exc).__name__
            raise ConnectionFailure(
                f"{device or dest}: jump host {spec.name or spec.hostname} could not reach "
                f"{dest}:{port} ({mask(str(reason))}).") from None
        bastion.channels = [c for c in bastion.channels if not c.closed] + [channel]
        return channel


def _asyncssh_side() -> Any:
    """The asyncssh transport's module when it is in use (its bastions are its own)."""
    return sys.modules.get("nornir_nlchat.execute.asyncssh_transport")


def bastion_stats() -> dict[str, int]:
    """Open device channels per bastion (``name:port`` -> count), both transports."""
    with _bastions_lock:
        stats = {f"{b.spec.name or b.spec.hostname}:{b.spec.port}":
                 sum(1 for c in b.channels if not c.closed)
                 for b in _bastions.values() if b.client is not None}
    other = _asyncssh_side()
    if other is not None:
        for key, count in other.bastion_stats().items():
            stats[key] = stats.get(key, 0) + count
    return stats


def close_idle_bastions() -> int:
    """Close bastion connections that carry no open device channel; return how many."""
    closed = 0
    with _bastions_lock:
        for key, bastion in list(_bastions.items()):
            with bastion.lock:
                if not any(not c.closed for c in bastion.channels):
                    if bastion.client is not None:
                        closed += 1
                    bastion.close()
                    del _bastions[key]
    other = _asyncssh_side()
    if other is not None:
        closed += other.close_idle_bastions()
    return closed


def close_all_bastions() -> None:
    """Close every bastion connection of this process."""
    with _bastions_lock:
        for bastion in _bastions.values():
            bastion.close()
        _bastions.clear()
    other = _asyncssh_side()
    if other is not None:
        other.close_all_bastions()


def params_for_log(spec: JumpSpec) -> dict[str, Any]:
    """What may be logged about a jump host."""
    return {"jump_host": spec.name or spec.hostname, "port": spec.port,
            "username": spec.username}
