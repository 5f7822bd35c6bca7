"""Logging: an optional JSON formatter and a filter that masks secrets everywhere.

Secrets are registered with :func:`register_secret` (the credential layer does it for every
password it hands out) and replaced by ``********`` in every log record, whatever the
handler. ``key=value`` / ``"key": "value"`` pairs whose key looks like a secret are masked
too.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import threading
import time
from typing import Any

MASK = "********"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_secret_re: re.Pattern[str] | None = None
_few: tuple[str, ...] | None = ()  # the secrets while there are few (a plain search is faster)

_KEYED = re.compile(
    r"(?i)((?:password|passwd|secret|token|api[_-]?key|enable)[\"']?\s*[:=]\s*[\"']?)"
    r"([^\"'\s,}]+)"
)

CONTEXT_FIELDS = ("host", "command", "duration_ms", "session")


def register_secret(value: str | None) -> None:
    """Remember a secret so that it is masked in every log record and error text."""
    global _secret_re, _few
    if not value or len(value) < 3:
        return
    with _secrets_lock:
        if value in _secrets:
            return
        _secrets.add(value)
        ordered = sorted(_secrets, key=len, reverse=True)
        _secret_re = re.compile("|".join(re.escape(s) for s in ordered))
        _few = tuple(ordered) if len(ordered) <= 8 else None


def mask_registered(text: str) -> str:
    """Mask only the registered secrets (keeps a device's own ``password ...`` lines).

    >>> register_secret("only-this-one")
    >>> mask_registered("password 7 0822455D0A16; key only-this-one")
    'password 7 0822455D0A16; key ********'
    """
    pattern, few = _secret_re, _few
    if pattern is None or (few is not None and not any(s in text for s in few)):
        return text  # the usual case: no secret in the text
    return pattern.sub(MASK, text)


def mask(text: str) -> str:
    """Return ``text`` with every registered secret and ``password=...`` value masked.

    >>> register_secret("hunter2-secret")
    >>> mask("login with hunter2-secret failed; password=abc")
    'login with ******** failed; password=********'
    """
    return _KEYED.sub(lambda m: m.group(1) + MASK, mask_registered(text))


class MaskingFilter(logging.Filter):
    """Mask secrets in the message and its arguments (exception text: see the formatters).

    Only the message is rewritten, so other handlers (pytest's, a service's) still see the
    record's exception.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        return True


def _exception_text(record: logging.LogRecord) -> str | None:
    if record.exc_info and record.exc_info[1] is not None:
        return mask(logging.Formatter().formatException(record.exc_info))
    return mask(record.exc_text) if record.exc_text else None


class TextFormatter(logging.Formatter):
    """``LEVEL logger: message``, with a masked traceback only when ``tracebacks`` is on."""

    def __init__(self, tracebacks: bool = False) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        line = mask(self.formatMessage(_with_message(record)))
        exception = _exception_text(record) if self.tracebacks else None
        return f"{line}\n{exception}" if exception else line


def _with_message(record: logging.LogRecord) -> logging.LogRecord:
    copy = logging.makeLogRecord(record.__dict__)
    copy.message = copy.getMessage()
    return copy


class JSONFormatter(logging.Formatter):
    """One JSON object per line: timestamp, level, logger, message and context fields."""

    def __init__(self, tracebacks: bool = True) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
        }
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                data[name] = value
        exception = _exception_text(record) if self.tracebacks else None
        if exception:
            data["exception"] = exception
        return json.dumps(data, default=str)


def setup_logging(level: str = "WARNING", fmt: str = "text", stream: Any = None) -> None:
    """Configure the root logger once for the CLI or a service.

    Args:
        level: Log level name.
        fmt: ``"text"`` or ``"json"``.
        stream: Where to write (default stderr).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_nlchat", False):
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._nlchat = True  # type: ignore[attr-defined]
    handler.addFilter(MaskingFilter())
    # library tracebacks (nornir logs one per failed host) stay off the console but DEBUG
    tracebacks = level == "DEBUG"
    handler.setFormatter(JSONFormatter(tracebacks) if fmt == "json"
                         else TextFormatter(tracebacks))
    root.addHandler(handler)
    root.setLevel(level)
    # Nornir logs every failed task with a traceback at ERROR; results carry the failure.
    logging.getLogger("nornir").setLevel("CRITICAL" if level != "DEBUG" else "DEBUG")
    logging.getLogger("paramiko").setLevel("CRITICAL" if level != "DEBUG" else "DEBUG")
    logging.getLogger("asyncssh").setLevel("WARNING" if level != "DEBUG" else "DEBUG")
