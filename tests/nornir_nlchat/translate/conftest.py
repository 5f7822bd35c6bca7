"""Fixtures for the translate tests: a small stable platform and a local JSON HTTP server."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from nlchat_plugins.cisco_ios.grammar import GRAMMAR as IOS_GRAMMAR
from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin

# A catalog that does not move while the real ones grow.
MINI_IOS = PlatformPlugin(
    name="cisco_ios",
    vendor="cisco",
    display_name="Cisco IOS (test)",
    commands=(
        CommandSpec("version", "show version"),
        CommandSpec("interfaces_brief", "show ip interface brief"),
        CommandSpec("interface_one", "show interfaces {interface}"),
        CommandSpec("bgp_section", "show running-config | section bgp"),
        CommandSpec("environment", "show environment\nshow inventory"),
        CommandSpec("save_config", "write memory", read_only=False),
    ),
    unsupported={"vsx": "VSX is an Aruba AOS-CX feature."},
    read_only_grammar=IOS_GRAMMAR,
)


@pytest.fixture
def mini_ios() -> PlatformPlugin:
    """A cisco_ios platform with a small fixed catalog and the real IOS grammar."""
    return MINI_IOS


# (status, body) for a request; body is sent as JSON unless it is a str.
Reply = Callable[[str, dict[str, Any]], tuple[int, Any]]


@dataclass
class JSONServer:
    """A local HTTP server answering POSTs with ``reply(path, request_json)``."""

    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)


@pytest.fixture
def json_server() -> Iterator[Callable[[Reply], JSONServer]]:
    """Start local servers on 127.0.0.1 (ephemeral ports); stopped after the test."""
    servers: list[ThreadingHTTPServer] = []

    def start(reply: Reply) -> JSONServer:
        record = JSONServer(url="")

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                payload = json.loads(self.rfile.read(length) or b"{}")
                record.requests.append({"path": self.path,
                                        "headers": {k.lower(): v for k, v in self.headers.items()},
                                        "json": payload})
                status, body = reply(self.path, payload)
                data = (body if isinstance(body, str) else json.dumps(body)).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                         daemon=True).start()
        record.url = f"http://127.0.0.1:{server.server_address[1]}"
        return record

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A local port with nothing listening on it."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
