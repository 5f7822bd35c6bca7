"""``nlchat lab``: run the device lab in the foreground and switch faults on a running lab."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import typer

app = typer.Typer(help="The simulated device lab.", no_args_is_help=True)

POINTER = Path(tempfile.gettempdir()) / f"nlchat-lab-{os.getuid() if hasattr(os, 'getuid') else 0}.json"


def _echo(data: Any, as_json: bool, text: str) -> None:
    typer.echo(json.dumps(data, indent=2) if as_json else text)


@app.command()
def up(
    devices: int = typer.Option(None, "--devices", "-n", help="Generate this many devices "
                                "(default: the built-in 20-device lab)."),
    platforms: list[str] = typer.Option(None, "--platforms", "-p",
                                        help="Only these platforms (repeat the option)."),
    inventory_out: Path = typer.Option(Path("lab-inventory"), "--inventory-out",
                                       help="Where to write the lab's SimpleInventory."),
    inventory: Path = typer.Option(None, "--inventory", help="Start the lab an existing "
                                   "inventory folder describes (e.g. inventory/)."),
    port_base: int = typer.Option(22000, "--port-base",
                                  help="Fixed ports from here (0: any free ports)."),
    as_json: bool = typer.Option(False, "--json", help="Print the ready record as JSON."),
) -> None:
    """Run a lab until Ctrl-C or SIGTERM."""
    from nornir_nlchat.lab.process import LabConfig, LabProcess

    config = LabConfig(devices=devices, platforms=list(platforms) if platforms else None,
                       inventory=str(inventory) if inventory else None,
                       inventory_out=str(inventory_out), port_base=port_base)

    async def main() -> None:
        import signal

        lab = LabProcess(config)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, lab.stopping.set)
        info = await lab.start()
        POINTER.write_text(json.dumps(info), encoding="utf-8")
        lines = [f"Lab up: {info['devices']} devices in {info['startup_s']} s",
                 f"Inventory: {info['inventory_dir']}",
                 f"Control port: 127.0.0.1:{info['control_port']}"]
        if info.get("bastion"):
            lines.append(f"Jump host: {info['bastion'][0]}:{info['bastion'][1]}")
        assert lab.fleet is not None
        for name, (host, port) in sorted(lab.fleet.addresses.items()):
            lines.append(f"  {name:<16} {host}:{port}")
        lines.append("Ctrl-C stops the lab.")
        _echo(info, as_json, "\n".join(lines))
        try:
            await lab.serve()
        finally:
            POINTER.unlink(missing_ok=True)

    asyncio.run(main())


def _control_port(lab: Path | None) -> int:
    source = (lab / "lab.json" if lab.is_dir() else lab) if lab else POINTER
    try:
        return int(json.loads(source.read_text(encoding="utf-8"))["control_port"])
    except (OSError, ValueError, KeyError):
        raise typer.BadParameter(f"no running lab found at {source}; start one with "
                                 "'nlchat lab up' or pass --lab INVENTORY_DIR") from None


@app.command()
def fault(
    host: str = typer.Argument(..., help="Device name."),
    kind: str = typer.Argument(..., help="Fault kind, e.g. cpu-high, stp-loop, bgp-down."),
    param: list[str] = typer.Option(None, "--param", help="KEY=VALUE (repeatable), e.g. "
                                    "--param peer=INBLRDC1SW1 or --param interface=Gi1/0/5."),
    clear: bool = typer.Option(False, "--clear", help="Clear the fault instead."),
    lab: Path = typer.Option(None, "--lab", help="The lab's inventory folder or lab.json."),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Switch a fault on (or off with --clear) on a running lab."""
    from nornir_nlchat.lab.control import ControlError, request

    port = _control_port(lab)
    params: dict[str, Any] = {}
    for item in param or []:
        key, _, value = item.partition("=")
        params[key] = value
    try:
        if clear:
            result = request(port, "clear", host=host, kind=None if kind == "all" else kind)
            _echo(result, as_json, f"cleared on {host}: {', '.join(result) or 'nothing'}")
        else:
            result = request(port, "fault", host=host, kind=kind, params=params)
            _echo(result, as_json, f"{kind} on {host}: {result}")
    except ControlError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command()
def faults(
    lab: Path = typer.Option(None, "--lab", help="The lab's inventory folder or lab.json."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
) -> None:
    """List the faults in force on a running lab."""
    from nornir_nlchat.lab.control import request

    result = request(_control_port(lab), "faults")
    text = "\n".join(f"{h}: {k} {p}" for h, kinds in result.items() for k, p in kinds.items())
    _echo(result, as_json, text or "no faults")
