"""Turn what went wrong on a host into a classified, actionable failure."""

from __future__ import annotations

import functools
import re
import socket

from nornir_nlchat.errors import (
    AuthenticationFailure,
    CommandRejected,
    CommandTimeout,
    ConnectionFailure,
    ExecutionError,
    UnsafeCommandError,
)
from nornir_nlchat.execute.breaker import CircuitOpen
from nornir_nlchat.logs import mask


class GarbledOutput(ExecutionError):
    """The device answered with unreadable output (control characters, broken encoding)."""

    default_hint = "Line noise or a confused terminal; try again, or check the device's CLI."


ERROR_KINDS: dict[type[BaseException], str] = {
    CircuitOpen: "circuit_open",
    GarbledOutput: "garbled",
    AuthenticationFailure: "auth",
    ConnectionFailure: "connection",
    CommandTimeout: "timeout",
    CommandRejected: "rejected",
    UnsafeCommandError: "unsafe",
}


def kind_of(error: BaseException) -> str:
    """A short machine-readable kind for an error (``auth``, ``connection``...)."""
    for cls, kind in ERROR_KINDS.items():
        if isinstance(error, cls):
            return kind
    return "error"


def classify(exc: BaseException, host: str) -> ExecutionError:
    """Map a transport exception (netmiko, paramiko, socket) to the library's classes."""
    if isinstance(exc, ExecutionError):
        return exc
    name = type(exc).__name__
    text = mask(str(exc).strip().splitlines()[0] if str(exc).strip() else name)
    if "Authentication" in name or ("auth" in text.lower() and "fail" in text.lower()):
        if "authentication timeout" in str(exc).lower():  # slow, not wrong: retryable
            return ConnectionFailure(f"{host}: login timed out (the device took too long to "
                                     "authenticate).")
        return AuthenticationFailure(f"{host}: authentication failed.")
    if isinstance(exc, EOFError) and "while answering" in text:
        return ConnectionFailure(f"{host}: the device closed the connection mid-output.")
    if isinstance(exc, ConnectionRefusedError) or "refused" in text.lower():
        return ConnectionFailure(f"{host}: connection refused.")
    if "ReadTimeout" in name or "Pattern not detected" in text:
        return CommandTimeout(f"{host}: the device did not finish answering in time.")
    if isinstance(exc, (TimeoutError, socket.timeout)) or "Timeout" in name:
        return ConnectionFailure(f"{host}: connection timed out ({text}).")
    if isinstance(exc, (OSError, EOFError)) or "SSH" in name or "closed" in text.lower():
        return ConnectionFailure(f"{host}: connection failed ({text}).")
    return ExecutionError(f"{host}: {name}: {text}")


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_CONTROL = re.compile("[\x00-\x07\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_PLAIN_ASCII = bytes(range(32, 127)) + b"\b\t\n\r"  # what _CONTROL lets through


def garbled(output: str) -> str | None:
    """Describe why ``output`` looks garbled (control characters, undecodable bytes), if so.

    >>> garbled("Gi0/1  up  up") is None
    True
    >>> garbled("Gi0/1 \x07\ufffd up")
    '2 control or undecodable characters'
    """
    if output.isascii():  # the usual case, checked without a regular expression
        if not output.encode("ascii").translate(None, _PLAIN_ASCII):
            return None
    elif _CONTROL.search(output) is None:
        return None
    bad = _CONTROL.findall(_ANSI.sub("", output))
    return f"{len(bad)} control or undecodable characters" if bad else None


def device_error(output: str, patterns: tuple[str, ...]) -> str | None:
    """Return the device's error line when ``output`` is the platform's CLI error text.

    >>> device_error("  ^\\n% Invalid input detected at '^' marker.", (r"^% Invalid input",))
    "% Invalid input detected at '^' marker."
    >>> device_error("Cisco IOS Software, Version 15.2", (r"^% Invalid input",)) is None
    True
    """
    compiled = _compiled(tuple(patterns))
    for line in output.strip().split("\n", 6)[:6]:  # the error is in the first lines
        text = line.strip()
        for pattern in compiled:
            if pattern.search(text):
                return text
    return None


@functools.lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns as one alternation (one search per line), or one by one if they
    cannot be joined (backreferences, global inline flags)."""
    if not patterns:
        return ()
    if any(re.search(r"\\[1-9]|\(\?P=", p) for p in patterns):  # backreferences: as they are
        return tuple(re.compile(p) for p in patterns)
    try:
        return (re.compile("|".join(f"(?:{p})" for p in patterns)),)
    except re.error:
        return tuple(re.compile(p) for p in patterns)
