"""``nlchat history`` and ``nlchat audit``: what was asked, and what ran where."""

from __future__ import annotations

from typing import Annotated

import typer

from nlchat.cli.common import EXIT_USAGE, JsonOpt, emit_json, handle_errors, setup

Database = Annotated[str | None, typer.Option("--database", help="Store URL or SQLite path "
                                              "(default: $NLCHAT_DATABASE_URL or the "
                                              "default file).")]


@handle_errors
def history_cmd(
    conversation: Annotated[str | None, typer.Argument(
        help="A conversation id (a prefix is enough) to show; none lists conversations.")] = None,
    export: Annotated[str | None, typer.Option("--export", help="Export the conversation as "
                                               "json or markdown.")] = None,
    user: Annotated[str | None, typer.Option("--user", help="Only this user's.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many.")] = 50,
    database: Database = None,
    as_json: JsonOpt = False,
) -> None:
    """List conversations, show one, or export it."""
    setup(as_json)
    from nlchat.history import History

    history = History(database)
    if conversation is None:
        rows = history.conversations(user=user, limit=limit)
        if as_json:
            emit_json(rows)
        for row in [] if as_json else rows:
            typer.echo(f"{row['id'][:8]}  {row['started_at'][:19]}  {row['user']:<12} "
                       f"{row['messages']:>3} msg  {row['title'][:60]}")
        return
    if export:
        if export not in ("json", "markdown"):
            typer.echo("error: --export takes json or markdown", err=True)
            raise typer.Exit(EXIT_USAGE)
        typer.echo(history.export(conversation, export))
        return
    messages = history.messages(conversation)
    if not messages:
        typer.echo(f"error: no conversation {conversation!r}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if as_json:
        emit_json(messages)
        return
    for m in messages:
        typer.echo(f"[{m['created_at'][:19]}] {m['user']}> {m['query']}")
        for host, command in m["commands"].items():
            if command:
                typer.echo(f"  {host}$ {command}")
        typer.echo(f"  {m['answer']}")


@handle_errors
def audit_cmd(
    user: Annotated[str | None, typer.Option("--user", help="Only this user.")] = None,
    host: Annotated[str | None, typer.Option("--host", help="Only this host.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many.")] = 200,
    database: Database = None,
    as_json: JsonOpt = False,
) -> None:
    """Every command executed (or denied), newest first."""
    setup(as_json)
    from dataclasses import asdict

    from nlchat.history import History

    rows = History(database).audit(user=user, host=host, limit=limit)
    if as_json:
        emit_json([asdict(r) for r in rows])
        return
    for r in rows:
        mode = "" if r.read_only else " [write]"
        typer.echo(f"{r.created_at[:19]}  {r.user:<12} {r.host:<16} {r.outcome:<7} "
                   f"{r.command}{mode}")
