"""``nlchat retry``: list and replay the failures kept in the dead-letter store."""

from __future__ import annotations

from pathlib import Path
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
)


@handle_errors
def retry_cmd(
    ids: Annotated[list[int] | None, typer.Option(
        "--id", help="Replay only this dead letter (repeat for several).")] = None,
    list_only: Annotated[bool, typer.Option(
        "--list", help="Show the pending failures; run nothing.")] = False,
    allow_write: Annotated[bool, typer.Option(
        "--allow-write", help="Also replay failures of state-changing commands.")] = False,
    db: Annotated[str | None, typer.Option(
        "--db", help="Store URL or SQLite file (default: $NLCHAT_DATABASE_URL, then "
        "~/.local/state/nlchat/nlchat.db).")] = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Replay the host failures kept in the dead-letter store (``--list`` to see them)."""
    setup(as_json)
    from nornir_nlchat.execute.deadletter import DeadLetterStore

    store = DeadLetterStore(db)
    letters = store.list(ids=ids or None)
    if list_only or not letters:
        rows = [letter.to_dict() for letter in letters]
        if as_json:
            emit_json({"pending": rows, "store": store.url})
        elif not rows:
            typer.echo("Nothing to retry: no pending failures.")
        else:
            for row in rows:
                typer.echo(f"#{row['id']:<5} {row['created_at'][:19]}  {row['host']:<20} "
                           f"{row['task_name']:<14} {row['error_kind']:<12} "
                           f"tries {row['attempts'] + row['retries']}  {row['error']}")
        raise typer.Exit(EXIT_OK)
    outcomes = _replay(store, letters, ids, allow_write, config, inventory)
    if as_json:
        emit_json({"outcomes": outcomes, "store": store.url})
    else:
        for o in outcomes:
            detail = f" — {o['error']}" if o["error"] else ""
            typer.echo(f"#{o['id']:<5} {o['host']:<20} {o['status']}{detail}")
    failed = any(o["status"] != "resolved" for o in outcomes)
    raise typer.Exit(EXIT_HOST_FAILED if failed else EXIT_OK)


def _replay(store: Any, letters: list[Any], ids: list[int] | None, allow_write: bool,
            config: Path | None, inventory: Path | None) -> list[dict[str, Any]]:
    """Replay on the given inventory, or on the inventory each failure was recorded from."""
    from nornir_nlchat.errors import InventoryError
    from nornir_nlchat.execute.deadletter import replay
    from nornir_nlchat.inventory import load_nornir

    sources: dict[str | None, list[int]] = {}
    if config is not None or inventory is not None:
        sources[str(inventory or config)] = [letter.id for letter in letters]
    else:
        for letter in letters:
            sources.setdefault(letter.inventory, []).append(letter.id)
    outcomes: list[dict[str, Any]] = []
    for src, wanted in sources.items():
        if src is None:
            if Path("config.yaml").is_file():
                src = "config.yaml"
            else:
                raise InventoryError("Some failures do not say which inventory they came from.",
                                     hint="Pass --config or --inventory.")
        nr = load_nornir(src)
        outcomes += replay(nr, store, ids=wanted, allow_write=allow_write)
        nr.close_connections(on_good=True, on_failed=True)
    return sorted(outcomes, key=lambda o: int(o["id"]))
