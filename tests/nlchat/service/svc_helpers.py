"""Helpers of the service tests: a config with access roles over the lab, a small HTTP
client (stdlib), and a PostgreSQL server that can be stopped and started again."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ACCESS = {
    "enabled": True,
    "roles": {"blr": {"hosts": ["INBLR*"]}, "everything": {"hosts": ["*"]}},
    "users": {"alice": {"roles": ["blr"]}, "root": {"roles": ["everything"]}},
    "default_roles": [],
}
PG_BIN = Path(os.environ.get("NLCHAT_PG_BIN", "/usr/lib/postgresql/15/bin"))


def write_config(folder: Path, inventory: Path, database_url: str) -> Path:
    """A Nornir config.yaml over the lab's inventory, with access control and a store."""
    config = {
        "inventory": {"plugin": "SimpleInventory", "options": {
            "host_file": str(inventory / "hosts.yaml"),
            "group_file": str(inventory / "groups.yaml"),
            "defaults_file": str(inventory / "defaults.yaml")}},
        "runner": {"plugin": "threaded", "options": {"num_workers": 20}},
        "logging": {"enabled": False},
        "user_defined": {"nlchat": {"access": ACCESS, "database_url": database_url,
                                    "execution": {"retries": 0, "dead_letter": False}}},
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def settings_for(config: Path) -> Any:
    """The nlchat settings of ``config`` alone (no NLCHAT_* variables of the test run)."""
    from nornir_nlchat.config import load_settings

    section = yaml.safe_load(config.read_text())["user_defined"]["nlchat"]
    return load_settings(section, environ={})


@dataclass
class Reply:
    """An HTTP answer."""

    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """A tiny JSON client over urllib (no third-party HTTP library needed)."""

    def __init__(self, base: str, token: str | None = None) -> None:
        self.base = base
        self.token = token

    def request(self, method: str, path: str, body: Any = None, *, token: str | None = "",
                timeout: float = 60) -> Reply:
        token = self.token if token == "" else token
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return Reply(resp.status, dict(resp.headers), resp.read().decode())
        except urllib.error.HTTPError as err:
            return Reply(err.code, dict(err.headers), err.read().decode())

    def get(self, path: str, **kw: Any) -> Reply:
        return self.request("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Reply:
        return self.request("POST", path, {} if body is None else body, **kw)

    def events(self, path: str, timeout: float = 60) -> list[tuple[str, Any]]:
        """Read a Server-Sent Events stream to its end: ``[(event, data), ...]``."""
        req = urllib.request.Request(self.base + path,
                                     headers={"Authorization": f"Bearer {self.token}"})
        out: list[tuple[str, Any]] = []
        name, data = "message", ""
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            assert resp.headers["Content-Type"].startswith("text/event-stream")
            for raw in resp:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    data += line[6:]
                elif not line and data:
                    out.append((name, json.loads(data)))
                    name, data = "message", ""
        return out


@dataclass
class Service:
    """A served API over the lab: its core, URL and one token per user."""

    core: Any
    url: str
    tokens: dict[str, str]
    config: Path

    def client(self, user: str | None = None) -> Client:
        return Client(self.url, self.tokens[user] if user else None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


class Postgres:
    """A private PostgreSQL server that a test can stop and start again."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="nlchat-svc-pg-"))
        self.data, self.sock = self.root / "data", self.root / "sock"
        self.sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.sock, "postgres")
        self.port = free_port()
        self.env = {**os.environ, "LC_ALL": "C"}
        subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(self.data), "-U",
                                     "postgres", "--auth=trust", "-E", "UTF8", "-N"]),
                       check=True, capture_output=True, env=self.env)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        subprocess.run(_as_postgres([
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w",
            "-t", "60", "-o", f"-p {self.port} -k {self.sock} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"]),
            check=True, capture_output=True, env=self.env)

    def stop(self) -> None:
        """A fast shutdown: clients are cut off, committed data is kept."""
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m",
                                     "fast", "-w", "stop"]), capture_output=True,
                       env=self.env)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
