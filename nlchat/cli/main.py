"""``nlchat``: the console command."""

from __future__ import annotations

from typing import Annotated

import typer

from nlchat.cli import chat, commands, health, records, retry, serve
from nlchat.cli import lab as lab_cli

app = typer.Typer(
    name="nlchat",
    help="Talk to your network in plain language (read-only by default).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("translate")(commands.translate_cmd)
app.command("resolve")(commands.resolve_cmd)
app.command("ask")(commands.ask_cmd)
app.command("platforms")(commands.platforms_cmd)
app.command("retry")(retry.retry_cmd)
app.command("chat")(chat.chat_cmd)
app.command("history")(records.history_cmd)
app.command("audit")(records.audit_cmd)
app.command("health")(health.health_cmd)
app.command("monitor")(health.monitor_cmd)
app.command("serve")(serve.serve_cmd)
app.command("mcp")(serve.mcp_cmd)
app.add_typer(serve.token_app, name="token")
app.add_typer(lab_cli.app, name="lab")


def _version(value: bool) -> None:
    if value:
        from nlchat import __version__

        typer.echo(f"nlchat {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Talk to your network in plain language (read-only by default)."""


def main() -> None:
    """Entry point of the ``nlchat`` script."""
    app()


if __name__ == "__main__":
    main()
