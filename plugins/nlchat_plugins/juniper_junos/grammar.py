"""Juniper Junos: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show",),
    pipe_filters=("include", "exclude", "begin"),
    write_verbs=("configure", "copy", "write", "delete", "erase", "reload", "clear", "request"),
    destructive_verbs=("reload", "erase", "delete"),
)

ERROR_PATTERNS: tuple[str, ...] = (r"^% Invalid input", r"(?i)^(error|syntax error|unknown command)")
