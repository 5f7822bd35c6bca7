"""Time limits that Nornir does not enforce: per command, per connection, per host.

Per-command limits are enforced by the transport's read (:mod:`.connections`), per-host
limits by the runner (:mod:`nornir_nlchat.runners`). This module only holds the settings,
read from the Nornir config's ``user_defined.nlchat.execution`` section.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ExecutionLimits:
    """Connection lifetime and time limits.

    Attributes:
        connect_timeout: Seconds to open TCP + SSH + login.
        command_timeout: Seconds a command may take to answer.
        keepalive: SSH keepalive interval in seconds (0: none).
        idle_timeout: Seconds a connection may stay unused before it is closed and opened
            again on the next use (0: never).
    """

    connect_timeout: float = 15.0
    command_timeout: float = 60.0
    keepalive: float = 30.0
    idle_timeout: float = 300.0


def limits_from(config: Any) -> ExecutionLimits:
    """Read :class:`ExecutionLimits` from a Nornir ``Config`` (defaults where absent)."""
    section: dict[str, Any] = {}
    try:
        user = getattr(config, "user_defined", None) or {}
        section = dict((user.get("nlchat") or {}).get("execution") or {})
    except AttributeError:
        pass
    defaults = ExecutionLimits()
    values = {}
    for name in ("connect_timeout", "command_timeout", "keepalive", "idle_timeout"):
        raw = section.get(name, getattr(defaults, name))
        try:
            values[name] = float(raw)
        except (TypeError, ValueError):
            values[name] = float(getattr(defaults, name))
    return ExecutionLimits(**values)
