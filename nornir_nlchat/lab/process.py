"""The lab process: build the world, open every listener, serve until told to stop.

Run as ``python -m nornir_nlchat.lab '<config json>'`` (that is what :class:`Lab` and
``nlchat lab up`` do); it prints one JSON line when ready and exits cleanly on SIGTERM/SIGINT.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import asyncssh

from nornir_nlchat import aio
from nornir_nlchat.lab.bastion import Bastion
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.control import ControlServer
from nornir_nlchat.lab.inventory import LAB_FILE, read_hosts, write_inventory
from nornir_nlchat.lab.personality import LabPersonality
from nornir_nlchat.lab.server import SSHFleet
from nornir_nlchat.lab.topology import HostSpec, default_hosts, generate, links
from nornir_nlchat.lab.world import Credentials, World


@dataclass
class LabConfig:
    """What lab to run.

    Attributes:
        devices: How many devices to generate; ``None`` is the default 20-device lab.
        platforms: Restrict a generated lab to these platforms.
        inventory: Plan the lab from this SimpleInventory folder instead (its addresses too).
        inventory_out: Where to write the lab's inventory (a temporary folder if None).
        port_base: Listen on fixed ports from here (bastion on ``port_base``); 0 = any free.
        host: The loopback address devices listen on.
        bastion: Run the jump host (devices of the last site sit behind it).
        credentials: Lab login, password and enable secret.
    """

    devices: int | None = None
    platforms: list[str] | None = None
    inventory: str | None = None
    inventory_out: str | None = None
    port_base: int = 0
    host: str = "127.0.0.1"
    bastion: bool = True
    credentials: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        """Serialise for the lab process's command line."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> LabConfig:
        """Parse what :meth:`to_json` wrote."""
        return cls(**json.loads(text))


def personalities() -> dict[str, LabPersonality]:
    """Every registered platform plugin's lab personality."""
    from nornir_nlchat.platforms.registry import all_platforms

    found = {name: p.lab_personality() for name, p in all_platforms().items()}
    return {name: personality for name, personality in found.items() if personality is not None}


def plan(config: LabConfig) -> list[HostSpec]:
    """The hosts of the lab ``config`` describes, with the ports they will listen on."""
    if config.inventory:
        return read_hosts(Path(config.inventory))
    if config.devices is None and not config.platforms:
        hosts = default_hosts()
    else:
        hosts = generate(config.devices or 20, config.platforms,
                         bastion_sites=1 if config.bastion and (config.devices or 20) >= 20
                         else 0)
    port = config.port_base
    for h in hosts:
        h.host = config.host
        if port and not h.behind_bastion:
            port += 1
            h.port = port
    if not config.bastion:
        for h in hosts:
            h.behind_bastion = False
    return hosts


class LabProcess:
    """A running lab inside this process's event loop."""

    def __init__(self, config: LabConfig) -> None:
        self.config = config
        self.stopping = asyncio.Event()
        self.world: World | None = None
        self.fleet: SSHFleet | None = None
        self.bastion: Bastion | None = None
        self.control: ControlServer | None = None
        self.socket_dir = tempfile.mkdtemp(prefix="nlchat-lab-")
        self.info: dict[str, Any] = {}

    async def start(self) -> dict[str, Any]:
        """Build and open everything; returns the ready record (addresses, ports, timing)."""
        t0 = time.perf_counter()
        hosts = plan(self.config)
        world = build_world(hosts, links(hosts), personalities(),
                            Credentials(**self.config.credentials))
        self.world = world
        built = time.perf_counter() - t0
        fleet = SSHFleet(world, asyncssh.generate_private_key("ssh-ed25519"))
        self.fleet = fleet
        behind = [h for h in hosts if h.behind_bastion]
        for h in hosts:
            if h.behind_bastion:
                await fleet.listen_unix(h.name, os.path.join(self.socket_dir, f"{h.name}.sock"))
            else:
                await fleet.listen_tcp(h.name, h.host, h.port)
        bastion_addr = None
        if behind or self.config.bastion:
            self.bastion = Bastion(fleet)
            bastion_port = self.config.port_base
            if self.config.inventory:
                from nornir_nlchat.lab.inventory import read_bastion

                recorded = read_bastion(Path(self.config.inventory))
                bastion_port = recorded[1] if recorded else 0
            bastion_addr = await self.bastion.start(self.config.host, bastion_port)
        self.control = ControlServer(fleet.faults, self.devices, self.stopping.set)
        control_port = await self.control.start()
        out = Path(self.config.inventory_out or tempfile.mkdtemp(prefix="nlchat-lab-inv-"))
        self.info = {
            "pid": os.getpid(), "control_port": control_port, "inventory_dir": str(out),
            "devices": len(hosts), "bastion": list(bastion_addr) if bastion_addr else None,
            "build_s": round(built, 3), "startup_s": round(time.perf_counter() - t0, 3),
        }
        write_inventory(out, hosts, fleet.addresses, {d.name: d.mgmt_ip for d in
                                                      world.devices.values()},
                        world.credentials, bastion_addr, self.info)
        return self.info

    def devices(self) -> list[dict[str, Any]]:
        """The device list for the control channel."""
        assert self.world is not None and self.fleet is not None
        out = []
        for name, dev in self.world.devices.items():
            addr = self.fleet.addresses.get(name)
            out.append({"name": name, "platform": dev.platform, "role": dev.role,
                        "site": dev.site, "mgmt_ip": dev.mgmt_ip,
                        "address": list(addr) if addr else None,
                        "behind_bastion": name in self.fleet.unix_paths})
        return out

    async def serve(self) -> None:
        """Run until :attr:`stopping` is set."""
        await self.stopping.wait()
        await self.close()

    async def close(self) -> None:
        """Close listeners and remove the socket folder and ``lab.json``."""
        if self.control:
            self.control.close()
        if self.bastion:
            self.bastion.close()
        if self.fleet:
            await self.fleet.close()
        for name in os.listdir(self.socket_dir):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(self.socket_dir, name))
        with contextlib.suppress(OSError):
            os.rmdir(self.socket_dir)
        lab_file = Path(self.info.get("inventory_dir", "")) / LAB_FILE
        with contextlib.suppress(OSError):
            if json.loads(lab_file.read_text()).get("pid") == os.getpid():
                lab_file.unlink()


async def run(config: LabConfig, announce: bool = True) -> None:
    """Start the lab, print the ready line, serve until SIGINT/SIGTERM or ``stop``."""
    lab = LabProcess(config)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, lab.stopping.set)
    try:
        info = await lab.start()
    except OSError as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
        await lab.close()
        raise SystemExit(1) from None
    if announce:
        print(json.dumps({"ready": True, **info}), flush=True)
    parent = int(os.environ.get("NLCHAT_LAB_PARENT", "0"))
    watcher = loop.create_task(_watch_parent(parent, lab.stopping)) if parent else None
    await lab.serve()
    if watcher is not None:
        watcher.cancel()


async def _watch_parent(pid: int, stopping: asyncio.Event) -> None:
    """Stop when the process that started the lab is gone (a test run that crashed)."""
    while not stopping.is_set():
        await asyncio.sleep(2.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            stopping.set()
        except PermissionError:
            pass


def main(argv: list[str] | None = None) -> None:
    """Entry point of ``python -m nornir_nlchat.lab``."""
    args = sys.argv[1:] if argv is None else argv
    config = LabConfig.from_json(args[0]) if args else LabConfig()
    aio.run(run(config))
