"""The control channel of a running lab: JSON lines over TCP on 127.0.0.1.

Each request is one JSON object on one line, answered by one JSON object on one line::

    {"op": "fault", "host": "INBLRDC1CSW1", "kind": "cpu-high", "params": {"load": 90}}
    {"ok": true, "result": {"load": 90}}

Operations: ``ping``, ``devices``, ``faults``, ``fault``, ``clear``, ``stop``.
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from typing import Any

from nornir_nlchat.lab.faults import FaultBook, FaultError


class ControlServer:
    """Serves control requests for one lab process.

    Args:
        faults: The lab's fault book.
        devices: Returns the device list (name, platform, address...).
        stop: Called by the ``stop`` operation.
    """

    def __init__(self, faults: FaultBook, devices: Callable[[], list[dict[str, Any]]],
                 stop: Callable[[], None]) -> None:
        self.faults, self.devices, self.stop = faults, devices, stop
        self.server: asyncio.AbstractServer | None = None
        self.port = 0

    async def start(self, port: int = 0) -> int:
        """Listen on 127.0.0.1; returns the port."""
        self.server = await asyncio.start_server(self._client, "127.0.0.1", port)
        self.port = self.server.sockets[0].getsockname()[1]
        return self.port

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                writer.write((json.dumps(self.handle(line)) + "\n").encode())
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def handle(self, raw: bytes) -> dict[str, Any]:
        """Answer one request."""
        try:
            req = json.loads(raw)
            op = req.get("op")
            if op == "ping":
                return {"ok": True, "result": "pong"}
            if op == "devices":
                return {"ok": True, "result": self.devices()}
            if op == "faults":
                return {"ok": True, "result": self.faults.in_force()}
            if op == "fault":
                params = self.faults.apply(req["host"], req["kind"], **req.get("params", {}))
                return {"ok": True, "result": params}
            if op == "clear":
                host = req.get("host")
                if host is None:
                    self.faults.clear_all()
                    return {"ok": True, "result": []}
                return {"ok": True, "result": self.faults.clear(host, req.get("kind"))}
            if op == "stop":
                asyncio.get_running_loop().call_soon(self.stop)
                return {"ok": True, "result": "stopping"}
            return {"ok": False, "error": f"unknown op {op!r}"}
        except (FaultError, KeyError, TypeError, ValueError) as exc:
            return {"ok": False, "error": str(exc)}

    def close(self) -> None:
        """Stop listening."""
        if self.server is not None:
            self.server.close()


class ControlError(RuntimeError):
    """The lab refused a control request or could not be reached."""


def request(port: int, op: str, timeout: float = 10.0, **fields: Any) -> Any:
    """Send one control request to the lab listening on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            sock.sendall((json.dumps({"op": op, **fields}) + "\n").encode())
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError as exc:
        raise ControlError(f"cannot reach the lab's control port {port}: {exc}") from None
    answer = json.loads(data or b"{}")
    if not answer.get("ok"):
        raise ControlError(answer.get("error", "no answer from the lab"))
    return answer.get("result")
