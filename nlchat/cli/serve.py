"""``nlchat serve`` (REST API), ``nlchat mcp`` (MCP over stdio) and ``nlchat token``.

FastAPI, uvicorn and the MCP SDK are imported inside the commands, so ``nlchat --help``
stays fast.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from nlchat.cli.common import (
    EXIT_USAGE,
    ConfigOpt,
    InventoryOpt,
    JsonOpt,
    emit_json,
    handle_errors,
    setup,
    source,
)

if TYPE_CHECKING:
    from nlchat.service.tokens import TokenStore

DatabaseOpt = Annotated[
    str | None,
    typer.Option("--database", help="The store (URL or SQLite path; default: "
                 "NLCHAT_DATABASE_URL, then the config's database_url, then the default file)."),
]

token_app = typer.Typer(help="Create, list and revoke API tokens of the service.",
                        no_args_is_help=True)


def _missing(extra: str, exc: ImportError) -> typer.Exit:
    typer.echo(f"error: {exc.name or exc} is not installed.\n"
               f"hint: pip install 'nornir-nlchat[{extra}]'", err=True)
    return typer.Exit(EXIT_USAGE)


@handle_errors
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    trace: Annotated[str | None, typer.Option(
        help="Export OpenTelemetry spans: console or otlp (the tracing extra).",
        envvar="NLCHAT_TRACE")] = None,
    jobs: Annotated[int, typer.Option(help="Background jobs that run at once.", min=1,
                                      max=64)] = 4,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs) over one engine whose connections persist."""
    setup(False)
    try:
        from nlchat.service.server import serve
    except ImportError as exc:
        raise _missing("service", exc) from None
    serve(str(source(config, inventory)), host=host, port=port, trace=trace,
          job_workers=jobs, log_level=log_level)


@handle_errors
def mcp_cmd(
    token: Annotated[str | None, typer.Option(
        help="Act for this API token's user (default: NLCHAT_USER / the OS user).",
        envvar="NLCHAT_TOKEN")] = None,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Serve the MCP tools (resolve_devices, ask, run_command, health_check, list_alerts)
    over stdio, read-only, with access control and audit."""
    import logging
    import sys

    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)  # stdout is the protocol
    try:
        from nlchat.service.mcp_server import run_stdio
    except ImportError as exc:
        raise _missing("mcp", exc) from None
    run_stdio(str(source(config, inventory)), token=token)


def _store(database: str | None, config: ConfigOpt, inventory: InventoryOpt) -> TokenStore:
    from nlchat.service.tokens import TokenStore
    from nornir_nlchat.store.db import Database

    url = database
    if url is None and (config is not None or inventory is not None):
        from nornir_nlchat.config import load_settings
        from nornir_nlchat.inventory import config_section, load_nornir

        url = load_settings(config_section(load_nornir(source(config, inventory)))).database_url
    return TokenStore(Database(url))


@token_app.command("create")
@handle_errors
def token_create(
    user: Annotated[str, typer.Argument(help="Whom the token acts for (access roles).")],
    name: Annotated[str, typer.Option(help="A label (what uses the token).")] = "",
    admin: Annotated[bool, typer.Option("--admin", help="May read everyone's records.")
                     ] = False,
    expires_days: Annotated[float | None, typer.Option(help="Expire after this many days.",
                                                       min=0.001)] = None,
    database: DatabaseOpt = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Make an API token. It is shown once: only a salted hash is stored."""
    store = _store(database, config, inventory)
    info, token = store.create(user, name=name, admin=admin, expires_in=timedelta(
        days=expires_days) if expires_days else None)
    if as_json:
        emit_json({**info.to_dict(), "token": token})
        return
    typer.echo(token)
    typer.echo(f"token {info.id} for {info.user}; store it now, it is not shown again.",
               err=True)


@token_app.command("list")
@handle_errors
def token_list(
    user: Annotated[str | None, typer.Option(help="Only this user's tokens.")] = None,
    database: DatabaseOpt = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """List tokens (never their secrets)."""
    store = _store(database, config, inventory)
    rows = [t.to_dict() for t in store.list(user=user)]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        state = "active" if row["active"] else ("revoked" if row["revoked_at"] else "expired")
        typer.echo(f"{row['id']:>4}  {row['user']:<16} {state:<8} {row['name'] or '-':<20} "
                   f"created {row['created_at'][:19]}  last used "
                   f"{(row['last_used_at'] or '-')[:19]}")


@token_app.command("revoke")
@handle_errors
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id (nlchat token list).")],
    database: DatabaseOpt = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Revoke a token: the service refuses it from the next request on."""
    store = _store(database, config, inventory)
    info = store.revoke(token_id)
    if info is None:
        if as_json:
            emit_json({"error": f"no token {token_id}"})
        else:
            typer.echo(f"error: no token {token_id}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if as_json:
        emit_json(info.to_dict())
    else:
        typer.echo(f"token {info.id} of {info.user} revoked")
