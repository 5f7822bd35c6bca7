"""asyncssh's packet log, paid for only while it is on (used by the engine and the lab).

asyncssh describes every packet it sends or receives (formats it) and asks its logger
afterwards; with hundreds of sessions that is a large share of the CPU per command.
"""

from __future__ import annotations

import functools
import logging
from typing import Any


def packet_log_on() -> bool:
    """Whether asyncssh logs packets (debug level 3 and DEBUG enabled on its logger)."""
    logger = _asyncssh_logger()
    return logger.isEnabledFor(logging.DEBUG) and getattr(logger, "_debug_level", 3) >= 3


@functools.cache
def _asyncssh_logger() -> Any:
    import asyncssh.logging

    return asyncssh.logging.logger


def quiet_packet_log(handler: Any) -> None:
    """Describe ``handler``'s (a connection's or channel's) packets only while asyncssh's
    packet log is on."""
    for name in ("log_sent_packet", "log_received_packet"):
        original = getattr(handler, name, None)
        if original is None:
            continue

        def log(*args: Any, _original: Any = original, **kwargs: Any) -> None:
            if packet_log_on():
                _original(*args, **kwargs)

        setattr(handler, name, log)
