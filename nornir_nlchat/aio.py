"""The asyncio event loop the engine runs its SSH sessions on (and the lab its devices).

uvloop (libuv, in C) where it is installed — a dependency on Linux and macOS — because a
fleet's warm commands are bound by the client's CPU and uvloop spends about a quarter
less of it per command than asyncio's own loop; asyncio's loop elsewhere, or when
``NLCHAT_EVENT_LOOP=asyncio`` asks for it.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def loop_kind() -> str:
    """``uvloop`` or ``asyncio``: the loop :func:`new_event_loop` makes here.

    >>> loop_kind() in ("uvloop", "asyncio")
    True
    """
    if os.environ.get("NLCHAT_EVENT_LOOP", "").strip().lower() == "asyncio":
        return "asyncio"
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return "asyncio"
    return "uvloop"


def new_event_loop() -> asyncio.AbstractEventLoop:
    """A new event loop of the kind :func:`loop_kind` names."""
    if loop_kind() == "uvloop":
        import uvloop

        return uvloop.new_event_loop()
    return asyncio.new_event_loop()


def run(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run(main)`` on a loop from :func:`new_event_loop`."""
    loop = new_event_loop()
    try:
        asyncio.set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


def _cancel_all(loop: asyncio.AbstractEventLoop) -> None:
    tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
