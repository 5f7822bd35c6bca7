"""``nlchat health`` (one round) and ``nlchat monitor`` (the long-running service)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from nlchat.cli.common import (
    EXIT_HOST_FAILED,
    EXIT_OK,
    ConfigOpt,
    InventoryOpt,
    JsonOpt,
    emit_json,
    handle_errors,
    setup,
    source,
)

Request = Annotated[str | None, typer.Argument(
    help="Devices and/or checks in words, e.g. 'cpu on the bangalore switches' or 'any "
         "loops in delhi'. Nothing: every device, every check.")]
CheckOpt = Annotated[list[str] | None, typer.Option(
    "--check", help="Run only this check (repeatable): cpu, memory, interfaces, errdisabled, "
                    "stp, mac, bgp, ospf, environment, logs, topology.")]
CpuOpt = Annotated[float | None, typer.Option("--cpu-threshold", min=0, max=100,
                                              help="CPU % that raises a warning.")]
MemOpt = Annotated[float | None, typer.Option("--memory-threshold", min=0, max=100,
                                              help="Memory % that raises a warning.")]
WorkersOpt = Annotated[int | None, typer.Option("--workers", min=1,
                                                help="Devices polled in parallel.")]


def _settings(cfg: Any, inventory: Any, **overrides: Any) -> tuple[Any, Any]:
    from nornir_nlchat.health.settings import load_health_settings
    from nornir_nlchat.inventory import config_section, load_nornir

    nr = load_nornir(source(cfg, inventory))
    section = config_section(nr).get("health")
    return nr, load_health_settings(section, **overrides)


@handle_errors
def health_cmd(
    query: Request = None,
    check: CheckOpt = None,
    cpu_threshold: CpuOpt = None,
    memory_threshold: MemOpt = None,
    show_all: Annotated[bool, typer.Option("--all", help="Show every check, not only "
                                                         "problems.")] = False,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", help="Exit 1 when a problem of this severity or worse is found "
                          "(warning or critical).")] = None,
    workers: WorkersOpt = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Check the health of devices once: CPU, memory, interfaces, STP and loops,
    neighbours, environment, logs."""
    setup(as_json)
    from nlchat.health import health

    nr, settings = _settings(config, inventory, thresholds__cpu_warning=cpu_threshold,
                             thresholds__memory_warning=memory_threshold, workers=workers)
    report = health(query, inventory=nr, checks=check, settings=settings)
    if as_json:
        emit_json(report.to_dict())
    else:
        _print_report(report, show_all)
    failed = bool(report.failed_hosts)
    if fail_on in ("warning", "critical"):
        floor = 2 if fail_on == "warning" else 3
        failed = failed or any(v.status.rank >= floor for v in report.problems())
    raise typer.Exit(EXIT_HOST_FAILED if failed else EXIT_OK)


def _print_report(report: Any, show_all: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    colour = {"ok": "green", "warning": "yellow", "critical": "red", "unknown": "dim"}
    rows = report.verdicts() if show_all else report.problems()
    if rows:
        table = Table(show_lines=False)
        for name in ("host", "check", "subject", "status", "value", "message"):
            table.add_column(name)
        for v in rows:
            unit = v.unit if v.unit in ("%", "C") else ""
            value = "" if v.value is None else f"{v.value:g}{unit}"
            if v.threshold is not None and v.value is not None:
                value += f" / {v.threshold:g}"
            table.add_row(v.host, v.check, v.subject, f"[{colour[v.status.value]}]"
                          f"{v.status.value}[/]", value, v.message)
        console.print(table)
    for poll in report.polls:
        if not poll.ok:
            console.print(f"[red]{poll.host}: {poll.error}[/red]")
    console.print(report.text.splitlines()[0] if report.problems() else report.text)


@handle_errors
def monitor_cmd(
    query: Request = None,
    interval: Annotated[float, typer.Option("--interval", min=1,
                                            help="Seconds between polls of a device.")] = 60.0,
    cpu_threshold: CpuOpt = None,
    memory_threshold: MemOpt = None,
    cooldown: Annotated[float | None, typer.Option(
        "--cooldown", min=0, help="Seconds before the same alert is notified again "
                                  "(default 900).")] = None,
    raise_after: Annotated[int | None, typer.Option(
        "--raise-after", min=1, help="Bad polls in a row before an alert is raised.")] = None,
    clear_after: Annotated[int | None, typer.Option(
        "--clear-after", min=1, help="Good polls in a row before it clears.")] = None,
    jitter: Annotated[float | None, typer.Option("--jitter", min=0, max=1,
                                                 help="Schedule jitter (fraction).")] = None,
    check: CheckOpt = None,
    webhook: Annotated[list[str] | None, typer.Option(
        "--webhook", help="POST alerts as JSON to this URL (repeatable).")] = None,
    metrics_port: Annotated[int | None, typer.Option(
        "--metrics-port", min=0, max=65535, help="Serve Prometheus metrics on this port.")
    ] = None,
    metrics_address: Annotated[str | None, typer.Option(
        "--metrics-address", help="Address for the metrics server.")] = None,
    database_url: Annotated[str | None, typer.Option(
        "--database-url", envvar="NLCHAT_DATABASE_URL",
        help="Where history and alerts go (default: DATABASE_URL or a SQLite file).")] = None,
    no_history: Annotated[bool, typer.Option("--no-history",
                                             help="Keep no history in the database.")] = False,
    duration: Annotated[float | None, typer.Option(
        "--duration", min=0, help="Stop after this many seconds (default: run until "
                                  "SIGTERM).")] = None,
    workers: WorkersOpt = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Watch the fleet: poll every device on a schedule, alert, keep history, export
    metrics. Stops cleanly on SIGTERM or Ctrl-C."""
    setup(as_json)
    from nornir_nlchat.health.monitor import Monitor
    from nornir_nlchat.health.notify import CallbackNotifier

    nr, settings = _settings(
        config, inventory, interval_s=interval, thresholds__cpu_warning=cpu_threshold,
        thresholds__memory_warning=memory_threshold, alerts__cooldown_s=cooldown,
        alerts__raise_after=raise_after, alerts__clear_after=clear_after, jitter=jitter,
        checks=check, webhooks=webhook, metrics_port=metrics_port,
        metrics_address=metrics_address, database_url=database_url,
        history=False if no_history else None, workers=workers)
    hosts = None
    if query:
        from nornir_nlchat.errors import ResolutionError
        from nornir_nlchat.resolve import index_for

        resolution = index_for(nr).resolve(query)
        if resolution.status not in ("one", "many"):
            raise ResolutionError(resolution.reason or "No device matches the request.")
        hosts = list(resolution.hosts)

    def show(event: Any) -> None:
        if as_json:
            sys.stdout.write(json.dumps(event.to_dict(), default=str) + "\n")
            sys.stdout.flush()
        else:
            typer.echo(str(event))

    monitor = Monitor(nr, settings, hosts=hosts, history=not no_history,
                      notifiers=[CallbackNotifier(show)])
    if not as_json:
        typer.echo(f"monitoring {len(monitor.hosts)} device(s) every {settings.interval_s:g} s"
                   + (f"; metrics on :{settings.metrics_port}" if settings.metrics_port
                      is not None else ""), err=True)
    stats = monitor.run(duration=duration)
    summary = stats.to_dict()
    if as_json:
        sys.stdout.write(json.dumps({"stopped": True, **summary}) + "\n")
        sys.stdout.flush()
    else:
        typer.echo(f"stopped after {summary['wall_seconds']} s: {summary['polls']} polls "
                   f"({summary['failed_polls']} failed), {summary['events']} alert events, "
                   f"CPU {summary['cpu_percent']} % of a core", err=True)
    raise typer.Exit(EXIT_OK)
