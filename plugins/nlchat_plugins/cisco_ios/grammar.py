"""Cisco IOS / IOS-XE: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "traceroute", "dir", "more"),
    pipe_filters=("include", "exclude", "begin", "section", "count"),
    write_verbs=("configure", "copy", "write", "delete", "erase", "format", "reload", "clear",
                 "debug", "undebug", "no", "shutdown", "squeeze", "rename", "mkdir", "rmdir",
                 "install", "request", "boot", "archive", "crypto", "license", "set", "send",
                 "tclsh", "event", "monitor", "test", "hw-module", "upgrade", "verify", "alias"),
    destructive_verbs=("reload", "erase", "format", "delete", "squeeze"),
)

ERROR_PATTERNS: tuple[str, ...] = (
    r"^% Invalid input", r"^% Incomplete command", r"^% Ambiguous command", r"^% Unknown command",
)
