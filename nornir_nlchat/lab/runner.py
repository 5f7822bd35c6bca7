"""``Lab``: run the device lab in a separate process, for tests, notebooks and scripts.

>>> with Lab() as lab:                                   # doctest: +SKIP
...     nr = load_nornir(lab.inventory_dir)
...     lab.fault("INBLRDC1CSW1", "cpu-high")
...     lab.clear("INBLRDC1CSW1")
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from nornir_nlchat.lab.control import ControlError, request
from nornir_nlchat.lab.process import LabConfig


class LabError(RuntimeError):
    """The lab process did not start or stopped answering."""


class Lab:
    """A lab running in its own process (an in-process server would slow the clients).

    Args:
        devices: Number of devices to generate; ``None`` runs the default 20-device lab that
            ``inventory/`` describes.
        platforms: Restrict a generated lab to these platforms.
        inventory: Start the lab described by this SimpleInventory folder (its hosts, sites,
            roles, platforms and loopback ports); e.g. ``Lab(inventory="inventory/")``.
        inventory_dir: Where to write the lab's inventory (default: a temporary folder).
        port_base: Listen on fixed ports from here instead of free ones.
        bastion: Run the jump host (hosts of the last site are reachable only through it).
        username: Lab login (privilege 15).
        password: Lab password (also of the unprivileged ``operator`` user).
        secret: Enable secret.
        startup_timeout: Seconds to wait for the lab to be ready.
    """

    def __init__(self, devices: int | None = None, *, platforms: Sequence[str] | None = None,
                 inventory: str | Path | None = None, inventory_dir: str | Path | None = None,
                 port_base: int = 0, bastion: bool = True, username: str = "lab",
                 password: str = "lab-pass", secret: str = "lab-enable",
                 startup_timeout: float = 60.0) -> None:
        self._owned_dir = inventory_dir is None
        out = Path(inventory_dir) if inventory_dir else Path(
            tempfile.mkdtemp(prefix="nlchat-lab-"))
        self.config = LabConfig(
            devices=devices, platforms=list(platforms) if platforms else None,
            inventory=str(inventory) if inventory else None, inventory_out=str(out),
            port_base=port_base, bastion=bastion,
            credentials={"username": username, "password": password, "secret": secret},
        )
        self.inventory_dir = out
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[str] | None = None
        self.info: dict[str, Any] = {}

    def start(self) -> Lab:
        """Start the lab process and wait until every device listens."""
        env = dict(os.environ, NLCHAT_LAB_PARENT=str(os.getpid()))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "nornir_nlchat.lab", self.config.to_json()],
            stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env)
        assert self.proc.stdout is not None
        line = _readline(self.proc.stdout, self.startup_timeout)
        try:
            info = json.loads(line) if line else {}
        except ValueError:
            info = {"error": line}
        if not info.get("ready"):
            self.stop()
            raise LabError(f"the lab did not start: {info.get('error', 'no answer')}")
        self.info = info
        return self

    def stop(self) -> None:
        """Stop the lab process (SIGTERM, then SIGKILL if it lingers)."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout:
            proc.stdout.close()

    def __enter__(self) -> Lab:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    @property
    def control_port(self) -> int:
        """TCP port of the lab's control channel on 127.0.0.1."""
        if not self.info:
            raise LabError("the lab is not running")
        return int(self.info["control_port"])

    @property
    def bastion(self) -> tuple[str, int] | None:
        """Address of the jump host, if the lab runs one."""
        addr = self.info.get("bastion")
        return (str(addr[0]), int(addr[1])) if addr else None

    @property
    def startup_seconds(self) -> float:
        """How long the lab process took from planning to listening."""
        return float(self.info.get("startup_s", 0.0))

    def _request(self, op: str, **fields: Any) -> Any:
        try:
            return request(self.control_port, op, **fields)
        except ControlError as exc:
            raise LabError(str(exc)) from None

    def fault(self, host: str, kind: str, **params: Any) -> dict[str, Any]:
        """Switch a fault on (see :mod:`nornir_nlchat.lab.faults` for kinds and parameters).

        Returns the parameters in force (defaults filled in, e.g. the interface chosen).
        """
        result: dict[str, Any] = self._request("fault", host=host, kind=kind, params=params)
        return result

    def clear(self, host: str | None = None, kind: str | None = None) -> list[str]:
        """Clear one fault, all faults of ``host``, or (no host) every fault in the lab."""
        result: list[str] = self._request("clear", host=host, kind=kind)
        return result

    def faults(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Faults in force: host → kind → parameters."""
        result: dict[str, dict[str, dict[str, Any]]] = self._request("faults")
        return result

    def devices(self) -> list[dict[str, Any]]:
        """Name, platform, role, site, management IP and listening address of each device."""
        result: list[dict[str, Any]] = self._request("devices")
        return result

    def hosts(self) -> dict[str, Any]:
        """The inventory's ``hosts.yaml`` as a mapping."""
        import yaml

        data: dict[str, Any] = yaml.safe_load(
            (self.inventory_dir / "hosts.yaml").read_text(encoding="utf-8"))
        return data

    def cleanup(self) -> None:
        """Stop, and remove the inventory folder if the lab made it."""
        self.stop()
        if self._owned_dir:
            for child in self.inventory_dir.glob("*"):
                with contextlib.suppress(OSError):
                    child.unlink()
            with contextlib.suppress(OSError):
                self.inventory_dir.rmdir()


def _readline(stream: Any, timeout: float) -> str:
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(stream, selectors.EVENT_READ)
    try:
        if not sel.select(timeout):
            return ""
        return str(stream.readline()).strip()
    finally:
        sel.close()
