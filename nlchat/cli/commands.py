"""The core subcommands: translate, resolve, ask, platforms."""

from __future__ import annotations

from typing import Annotated

import typer

from nlchat.cli.common import (
    EXIT_HOST_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    ConfigOpt,
    InventoryOpt,
    JsonOpt,
    emit_json,
    handle_errors,
    setup,
    source,
)

Query = Annotated[str, typer.Argument(help="The request, in words.")]


@handle_errors
def translate_cmd(
    query: Query,
    platform: Annotated[str, typer.Option("--platform", "-p", help="Platform, e.g. cisco_ios.")],
    provider: Annotated[str | None, typer.Option(help="Use only this provider.")] = None,
    allow_write: Annotated[bool, typer.Option("--allow-write",
                                              help="Allow state-changing commands.")] = False,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Turn a request into the platform's command (nothing is run)."""
    setup(as_json)
    from nlchat.api import translate
    from nornir_nlchat.config import load_settings
    from nornir_nlchat.inventory import config_section, load_nornir

    settings = None
    if config is not None or inventory is not None:
        settings = load_settings(config_section(load_nornir(source(config, inventory))))
    result = translate(query, platform, provider=provider, allow_write=allow_write,
                       settings=settings)
    if as_json:
        emit_json(result.to_dict())
    elif result.ok:
        typer.echo(result.command)
    else:
        typer.echo(f"{result.status}: {result.reason}", err=True)
        if result.choices:
            typer.echo("options: " + "; ".join(result.choices), err=True)
    raise typer.Exit(EXIT_OK if result.ok else EXIT_REFUSED)


@handle_errors
def resolve_cmd(
    query: Query,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Show which inventory devices a request is about (nothing is run)."""
    setup(as_json)
    from nlchat.api import resolve

    result = resolve(query, inventory=source(config, inventory))
    if as_json:
        emit_json(result.to_dict())
    else:
        typer.echo(f"{result.status}: {', '.join(result.hosts or result.candidates) or '-'}")
        if result.reason:
            typer.echo(result.reason)
    raise typer.Exit(EXIT_OK if result.status in ("one", "many") else EXIT_REFUSED)


@handle_errors
def ask_cmd(
    query: Query,
    allow_write: Annotated[bool, typer.Option("--allow-write",
                                              help="Allow state-changing commands.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm state-changing commands without "
                                      "asking (scripts).")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Also print the raw output.")] = False,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Ask a question: find the devices, run the right command, answer."""
    setup(as_json)
    from nlchat.session import NLChat

    def confirm(writes: dict[str, list[str]]) -> bool:
        if yes:
            return True
        if as_json:
            return False
        for host, cmds in writes.items():
            typer.echo(f"{host}: " + "; ".join(cmds), err=True)
        return typer.confirm("Run these state-changing commands?", err=True)

    with NLChat(inventory=source(config, inventory), allow_write=allow_write,
                confirm=confirm, progress=not as_json) as chat:
        answer = chat.ask(query)
    if as_json:
        emit_json(answer.to_dict())
    else:
        _print_answer(answer, raw)
    if answer.status in ("refused", "clarify", "ambiguous", "none", "denied"):
        raise typer.Exit(EXIT_REFUSED)
    raise typer.Exit(EXIT_HOST_FAILED if answer.failed_hosts else EXIT_OK)


def _print_answer(answer: object, raw: bool) -> None:
    from rich.console import Console

    from nlchat.answer import Answer

    assert isinstance(answer, Answer)
    console = Console(highlight=False)
    for name, result in answer.results.items():
        if result.command:
            console.print(f"[dim]{name}$ {result.command}[/dim]")
    console.print(answer.text)
    if raw:
        for name, result in answer.results.items():
            console.rule(name)
            console.print(result.output, markup=False)


@handle_errors
def platforms_cmd(as_json: JsonOpt = False) -> None:
    """List the installed platform plugins."""
    setup(as_json)
    from nornir_nlchat.platforms import all_platforms

    plugins = all_platforms()
    rows = [{"name": p.name, "vendor": p.vendor, "display_name": p.display_name,
             "intents": len(p.intents), "aliases": list(p.aliases)}
            for p in sorted(plugins.values(), key=lambda p: p.name)]
    if as_json:
        emit_json(rows)
    else:
        for row in rows:
            typer.echo(f"{row['name']:<16} {row['display_name']:<28} {row['intents']} intents")
