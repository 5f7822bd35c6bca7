"""``nlchat chat``: an interactive conversation with the fleet.

Each turn shows the devices and the command per device before it runs, asks before
anything that changes state, then answers. Follow-ups keep context. Line editing and
history come from readline. Ctrl-C cancels the running request, not the chat; Ctrl-D or
``:quit`` ends it. ``:raw`` prints the last raw output, ``:context`` what is remembered.
"""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer

from nlchat.cli.common import ConfigOpt, InventoryOpt, JsonOpt, handle_errors, setup, source

PROMPT = "nlchat> "
HELP = ("Ask about your devices in plain words, e.g. \"cpu on the delhi router\". "
        "Follow-ups keep context (\"what about memory?\", \"and on INBLRB1RTR1?\"). "
        "Commands: :raw  :context  :help  :quit")


def _history_file() -> Path:
    from nornir_nlchat.store.db import default_path

    return default_path().with_name("chat_history")


def _setup_readline() -> None:
    try:
        import readline
    except ImportError:  # pragma: no cover - readline is missing on some platforms
        return
    path = _history_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    readline.set_history_length(1000)
    import atexit

    atexit.register(lambda: readline.write_history_file(path))


def _run_cancellable(work: Any) -> Any:
    """Run ``work()`` in a thread; Ctrl-C abandons it and returns None."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        typer.echo("cancelled", err=True)
        return None
    if "error" in box:
        raise box["error"]
    return box.get("value")


@handle_errors
def chat_cmd(
    allow_write: Annotated[bool, typer.Option("--allow-write",
                                              help="Allow state-changing commands (each is "
                                              "shown and confirmed).")] = False,
    as_json: JsonOpt = False,
    config: ConfigOpt = None,
    inventory: InventoryOpt = None,
) -> None:
    """Chat with the fleet: questions, follow-ups, answers."""
    setup(as_json)
    from nlchat.conversation import Conversation, context_dict
    from nlchat.session import NLChat

    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        _setup_readline()
        typer.echo(HELP)
    with NLChat(inventory=source(config, inventory), allow_write=allow_write,
                progress=interactive) as chat:
        conversation = Conversation(chat)
        while True:
            try:
                text = input(PROMPT if interactive else "")
            except EOFError:
                break
            except KeyboardInterrupt:
                typer.echo("")
                continue
            text = text.strip()
            if not text:
                continue
            if text in (":quit", ":q", "exit", "quit"):
                break
            if text == ":help":
                typer.echo(HELP)
                continue
            if text == ":context":
                typer.echo(json.dumps(context_dict(conversation)))
                continue
            if text == ":raw":
                last = conversation.last
                for name, result in (last.results.items() if last else []):
                    typer.echo(f"--- {name}$ {result.command}\n{result.output}")
                continue
            try:
                _turn(conversation, text, as_json, interactive)
            except KeyboardInterrupt:  # arrived between two steps of the turn
                typer.echo("cancelled", err=True)


def _turn(conversation: Any, text: str, as_json: bool, interactive: bool) -> None:
    turn = _run_cancellable(lambda: conversation.understand(text))
    if turn is None:
        return
    if turn.answer is not None:
        conversation.last = turn.answer
        _show(turn.answer, as_json)
        return
    plan = turn.plan
    if plan.status == "ready" and not as_json:
        typer.echo(plan.describe())
    confirmed = False
    if plan.status == "ready" and plan.writes:
        if not interactive:
            typer.echo("refused: state-changing commands need an interactive confirmation",
                       err=True)
            return
        confirmed = typer.confirm("These commands change device state. Run them?",
                                  default=False)
        if not confirmed:
            typer.echo("Nothing was run.")
            return
    answer = _run_cancellable(lambda: conversation.chat.execute(plan, confirmed=confirmed))
    if answer is None:
        return
    conversation.remember(turn, answer)
    _show(answer, as_json)


def _show(answer: Any, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(answer.to_dict(), default=str) + "\n")
        sys.stdout.flush()
    else:
        typer.echo(answer.text)
