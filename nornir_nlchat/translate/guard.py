"""The read-only guard: the last check before any command goes on the wire.

Every command about to be sent to a device, whatever produced it (a provider, a plugin, a
caller passing a raw command), is checked here against the platform's read-only grammar.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from nornir_nlchat.errors import UnsafeCommandError


@dataclass(frozen=True)
class ReadOnlyGrammar:
    """What a read-only command looks like on one platform.

    Attributes:
        read_verbs: First words of read-only commands (``show``, ``ping``...). An
            abbreviation of one of them is accepted when it is unambiguous.
        pipe_filters: Words allowed after ``|`` (``include``, ``section``...).
        write_verbs: First words that change state; an abbreviation that could mean one of
            them is refused.
        destructive_verbs: Write verbs that need a further explicit flag (reload, erase...).
        min_abbreviation: Shortest abbreviation of a verb the platform accepts.
    """

    read_verbs: tuple[str, ...]
    pipe_filters: tuple[str, ...] = ()
    write_verbs: tuple[str, ...] = ()
    destructive_verbs: tuple[str, ...] = ()
    min_abbreviation: int = 2


@dataclass(frozen=True)
class GuardVerdict:
    """The guard's decision on one command."""

    allowed: bool
    read_only: bool
    destructive: bool
    reason: str


_SEPARATORS = re.compile(r"[;\n\r`]|&&|\|\||\$\(|>")


def _words_match(word: str, verbs: tuple[str, ...], minimum: int) -> list[str]:
    word = word.lower()
    return [v for v in verbs if v == word or (len(word) >= minimum and v.startswith(word))]


def check(
    command: str,
    grammar: ReadOnlyGrammar,
    *,
    allow_write: bool = False,
    allow_destructive: bool = False,
) -> GuardVerdict:
    """Decide whether ``command`` may be sent.

    Args:
        command: The exact command text.
        grammar: The platform's read-only grammar.
        allow_write: The caller explicitly enabled write mode.
        allow_destructive: The caller explicitly allowed reload / erase / format.

    Returns:
        A verdict; ``allowed`` is False with a reason when the command must not be sent.
    """

    def deny(reason: str, *, destructive: bool = False) -> GuardVerdict:
        return GuardVerdict(False, False, destructive, reason)

    if not command or not command.strip():
        return deny("The command is empty.")
    if not command.isascii() or unicodedata.normalize("NFKC", command) != command:
        return deny("The command contains non-ASCII or look-alike characters.")
    if any(ord(c) < 32 and c not in "\t" for c in command) or _SEPARATORS.search(command):
        return deny("The command chains several commands or redirects output.")
    segments = [s.strip() for s in command.split("|")]
    words = segments[0].split()
    if not words:
        return deny("The command is empty.")
    first = words[0]
    reads = _words_match(first, grammar.read_verbs, grammar.min_abbreviation)
    writes = _words_match(first, grammar.write_verbs, grammar.min_abbreviation)
    destructive = bool(_words_match(first, grammar.destructive_verbs, grammar.min_abbreviation))
    for pipe in segments[1:]:
        pipe_words = pipe.split()
        if not pipe_words or not _words_match(pipe_words[0], grammar.pipe_filters, 1):
            return deny(f"The output filter '| {pipe}' is not a read-only filter on this platform.")
    if reads and not writes:
        return GuardVerdict(True, True, False, "read-only command")
    if destructive:
        if allow_write and allow_destructive:
            return GuardVerdict(True, False, True, "destructive command explicitly allowed")
        return deny(f"'{first}' is destructive (reload / erase / format) and is never run "
                    "without write mode and an explicit destructive flag.", destructive=True)
    if allow_write:
        return GuardVerdict(True, False, False, "write mode is enabled")
    return deny(f"'{first}' is not a read-only command; nlchat only runs read-only commands "
                "unless write mode is enabled.")


def ensure_allowed(
    command: str,
    grammar: ReadOnlyGrammar,
    *,
    allow_write: bool = False,
    allow_destructive: bool = False,
) -> GuardVerdict:
    """Like :func:`check` but raise :class:`UnsafeCommandError` when refused."""
    verdict = check(command, grammar, allow_write=allow_write, allow_destructive=allow_destructive)
    if not verdict.allowed:
        raise UnsafeCommandError(f"Refused {command!r}: {verdict.reason}")
    return verdict
