"""Output filters (``| include``, ``| section``, ``| last 5``...): the mechanics, no vendor words.

A personality maps its own pipe keywords to a :class:`Filter` (what it does) and words the
results that need words (e.g. a count line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Filter:
    """What one pipe keyword does.

    Attributes:
        kind: ``include``, ``exclude``, ``begin``, ``section``, ``count``, ``last``, ``first``
            or ``none`` (accepted and ignored, e.g. ``no-more``).
        ignore_case: Match regardless of case.
        takes_arg: Whether the keyword needs an argument.
        count_text: Formats the ``count`` result.
    """

    kind: str
    ignore_case: bool = False
    takes_arg: bool = True
    count_text: Callable[[int], str] = str


class PipeError(Exception):
    """A pipe the personality does not know, or one missing its argument."""

    def __init__(self, kind: str, column: int, token: str) -> None:
        super().__init__(kind)
        self.kind, self.column, self.token = kind, column, token


def split_pipes(line: str) -> tuple[str, list[tuple[str, int]]]:
    """Split a line into the command and its pipe segments (text, column)."""
    parts: list[tuple[str, int]] = []
    in_quote = False
    start = 0
    for pos, ch in enumerate(line):
        if ch == '"':
            in_quote = not in_quote
        elif ch == "|" and not in_quote:
            parts.append((line[start:pos], start))
            start = pos + 1
    parts.append((line[start:], start))
    command = parts[0][0]
    return command, parts[1:]


def parse_pipes(segments: list[tuple[str, int]],
                pipes: Mapping[str, Filter]) -> list[tuple[Filter, str]]:
    """Resolve pipe segments (keywords may be abbreviated) into filters and their arguments.

    A segment that does not start with a known keyword continues the previous regular
    expression, so ``| include a|b`` means the pattern ``a|b``.
    """
    chain: list[tuple[Filter, str]] = []
    for text, column in segments:
        stripped = text.strip()
        word, _, arg = stripped.partition(" ")
        arg = arg.strip()
        if len(arg) >= 2 and arg[0] == arg[-1] == '"':
            arg = arg[1:-1]
        low = word.lower()
        names = [low] if low in pipes else [n for n in pipes if n.startswith(low)] if low else []
        lead = column + len(text) - len(text.lstrip())
        if len(names) != 1:
            if chain and chain[-1][0].kind in ("include", "exclude", "begin", "section"):
                last, pattern = chain[-1]
                chain[-1] = (last, f"{pattern}|{stripped}")
                continue
            raise PipeError("ambiguous" if len(names) > 1 else "invalid", lead, word)
        filt = pipes[names[0]]
        if filt.takes_arg and not arg:
            raise PipeError("incomplete", column + len(text), "")
        chain.append((filt, arg))
    return chain


def apply_filters(text: str, chain: list[tuple[Filter, str]]) -> str:
    """Run the output through the filter chain."""
    for filt, arg in chain:
        lines = text.splitlines()
        kind = filt.kind
        if kind == "none":
            continue
        if kind in ("last", "first"):
            n = int(arg) if arg.isdigit() else 10
            lines = lines[-n:] if kind == "last" else lines[:n]
            text = "\n".join(lines)
            continue
        try:
            rx = re.compile(arg, re.IGNORECASE if filt.ignore_case else 0)
        except re.error:
            rx = re.compile(re.escape(arg), re.IGNORECASE if filt.ignore_case else 0)
        if kind == "include":
            lines = [ln for ln in lines if rx.search(ln)]
        elif kind == "exclude":
            lines = [ln for ln in lines if not rx.search(ln)]
        elif kind == "begin":
            for idx, ln in enumerate(lines):
                if rx.search(ln):
                    lines = lines[idx:]
                    break
            else:
                lines = []
        elif kind == "section":
            lines = _section(lines, rx)
        elif kind == "count":
            text = filt.count_text(sum(1 for ln in lines if rx.search(ln)))
            continue
        text = "\n".join(lines)
    return text


def _section(lines: list[str], rx: re.Pattern[str]) -> list[str]:
    out: list[str] = []
    keep = False
    for ln in lines:
        top = bool(ln) and not ln[0].isspace()
        if top:
            keep = bool(rx.search(ln))
        elif not keep and rx.search(ln):
            out.append(ln)
            continue
        if keep:
            out.append(ln)
    return out
