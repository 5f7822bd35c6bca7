"""What every subcommand shares: options, exit codes, JSON output, error handling.

Heavy modules are imported inside the commands so that ``nlchat --help`` starts fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

EXIT_OK = 0
EXIT_HOST_FAILED = 1
EXIT_USAGE = 2
EXIT_REFUSED = 3

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON on stdout and nothing else.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Nornir config.yaml (default: $NLCHAT_CONFIG or "
                 "./config.yaml).", envvar="NLCHAT_CONFIG"),
]
InventoryOpt = Annotated[
    Path | None,
    typer.Option("--inventory", "-i", help="SimpleInventory folder (hosts.yaml...) instead of "
                 "--config."),
]

F = TypeVar("F", bound=Callable[..., Any])


def emit_json(data: Any) -> None:
    """Write ``data`` as JSON on stdout."""
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
    sys.stdout.flush()


def setup(as_json: bool) -> None:
    """Configure logging for a command (quiet; JSON lines on stderr when --json)."""
    from nornir_nlchat.config import load_settings
    from nornir_nlchat.logs import setup_logging

    try:
        settings = load_settings()
        level, fmt = settings.log_level, settings.log_format
    except Exception:
        level, fmt = "WARNING", "text"
    setup_logging(level, "json" if as_json else fmt)


def handle_errors(func: F) -> F:
    """Turn library errors into one clear line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from nornir_nlchat.errors import NLChatError
        from nornir_nlchat.logs import mask

        try:
            return func(*args, **kwargs)
        except NLChatError as exc:
            if kwargs.get("as_json"):
                emit_json({"error": mask(exc.message), "hint": exc.hint,
                           "type": type(exc).__name__})
            else:
                sys.stderr.write(f"error: {mask(exc.message)}\nhint: {exc.hint}\n")
            raise typer.Exit(EXIT_USAGE) from None

    return wrapper  # type: ignore[return-value]


def source(config: Path | None, inventory: Path | None) -> Path:
    """The inventory source a command works on."""
    from nornir_nlchat.errors import InventoryError

    chosen = inventory or config
    if chosen is None:
        if Path("config.yaml").is_file():
            return Path("config.yaml")
        raise InventoryError("No --config or --inventory given and no ./config.yaml here.")
    return chosen
