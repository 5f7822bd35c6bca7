"""``nlchat lab``: run the device lab in the foreground and switch faults on a running lab.

Everything heavy (asyncssh, the lab engine, the personalities) is imported inside the
commands, so ``nlchat --help`` stays fast.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(help="The simulated device lab.", no_args_is_help=True)


def pointer() -> Path:
    """Where ``nlchat lab up`` records the running lab for ``fault``/``faults`` (per user)."""
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"nlchat-lab-{uid}.json"


def _echo(data: Any, as_json: bool, text: str) -> None:
    typer.echo(json.dumps(data, indent=2) if as_json else text)


def _value(text: str) -> Any:
    """A ``--param`` value: a number when it reads as one, else the text."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


@app.command()
def up(
    devices: Annotated[int | None, typer.Option(
        "--devices", "-n", help="Generate this many devices (default: the built-in 20-device "
        "lab).")] = None,
    platforms: Annotated[list[str] | None, typer.Option(
        "--platforms", "-p", help="Only these platforms (repeat the option).")] = None,
    inventory_out: Annotated[Path, typer.Option(
        "--inventory-out", help="Where to write the lab's SimpleInventory.")] = Path(
        "lab-inventory"),
    inventory: Annotated[Path | None, typer.Option(
        "--inventory", help="Start the lab an existing inventory folder describes "
        "(e.g. inventory/).")] = None,
    port_base: Annotated[int, typer.Option(
        "--port-base", help="Fixed ports from here (0: any free ports).")] = 22000,
    as_json: Annotated[bool, typer.Option("--json", help="Print the ready record as JSON.")] = (
        False),
) -> None:
    """Run a lab until Ctrl-C or SIGTERM."""
    import asyncio
    import signal

    from nornir_nlchat import aio
    from nornir_nlchat.lab.process import LabConfig, LabProcess

    config = LabConfig(devices=devices, platforms=list(platforms) if platforms else None,
                       inventory=str(inventory) if inventory else None,
                       inventory_out=str(inventory_out), port_base=port_base)

    async def main() -> None:
        lab = LabProcess(config)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, lab.stopping.set)
        try:
            info = await lab.start()
        except OSError as exc:
            await lab.close()
            typer.echo(f"error: the lab did not start: {exc}", err=True)
            raise typer.Exit(1) from None
        where = pointer()
        where.write_text(json.dumps(info), encoding="utf-8")
        lines = [f"Lab up: {info['devices']} devices in {info['startup_s']} s",
                 f"Inventory: {info['inventory_dir']}",
                 f"Control port: 127.0.0.1:{info['control_port']}"]
        if info.get("bastion"):
            lines.append(f"Jump host: {info['bastion'][0]}:{info['bastion'][1]}")
        assert lab.fleet is not None
        for name, (host, port) in sorted(lab.fleet.addresses.items()):
            lines.append(f"  {name:<16} {host}:{port}")
        behind = sorted(lab.fleet.unix_paths)
        if behind:
            lines.append(f"  behind the jump host: {', '.join(behind)}")
        lines.append("Ctrl-C stops the lab.")
        _echo(info, as_json, "\n".join(lines))
        try:
            await lab.serve()
        finally:
            if where.exists() and json.loads(where.read_text()).get("pid") == os.getpid():
                where.unlink()
        if not as_json:
            typer.echo("Lab stopped.")

    aio.run(main())


def _control_port(lab: Path | None) -> int:
    source = (lab / "lab.json" if lab.is_dir() else lab) if lab else pointer()
    try:
        return int(json.loads(source.read_text(encoding="utf-8"))["control_port"])
    except (OSError, ValueError, KeyError):
        raise typer.BadParameter(f"no running lab found at {source}; start one with "
                                 "'nlchat lab up' or pass --lab INVENTORY_DIR") from None


LabOption = Annotated[Path | None, typer.Option(
    "--lab", help="The running lab's inventory folder or its lab.json (default: the lab "
    "'nlchat lab up' started last).")]


@app.command()
def fault(
    host: Annotated[str, typer.Argument(help="Device name.")],
    kind: Annotated[str, typer.Argument(
        help="Fault kind, e.g. cpu-high, stp-loop, bgp-down ('all' with --clear).")],
    param: Annotated[list[str] | None, typer.Option(
        "--param", help="KEY=VALUE (repeatable), e.g. --param peer=INBLRDC1SW1 or "
        "--param interface=Gi1/0/5.")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Clear the fault instead.")] = False,
    lab: LabOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Switch a fault on (or off with --clear) on a running lab."""
    from nornir_nlchat.lab.control import ControlError, request

    port = _control_port(lab)
    params: dict[str, Any] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"--param wants KEY=VALUE, not {item!r}")
        params[key] = _value(value)
    try:
        if clear:
            result = request(port, "clear", host=host, kind=None if kind == "all" else kind)
            _echo(result, as_json, f"cleared on {host}: {', '.join(result) or 'nothing'}")
        else:
            result = request(port, "fault", host=host, kind=kind, params=params)
            shown = ", ".join(f"{k}={v}" for k, v in result.items())
            _echo(result, as_json, f"{kind} on {host}" + (f": {shown}" if shown else ""))
    except ControlError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command()
def faults(
    lab: LabOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the faults in force on a running lab."""
    from nornir_nlchat.lab.control import ControlError, request

    try:
        result = request(_control_port(lab), "faults")
    except ControlError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    text = "\n".join(f"{h}: {k} {p}" for h, kinds in result.items() for k, p in kinds.items())
    _echo(result, as_json, text or "no faults")
