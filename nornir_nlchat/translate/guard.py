"""The read-only guard: the last check before any command goes on the wire.

Every command about to be sent to a device, whatever produced it (a provider, a plugin, a
caller passing a raw command), is checked here against the platform's read-only grammar.

The grammar is an allow-list. A command passes in the default (read-only) mode only when it
is recognisably read-only on that platform:

* plain printable ASCII (no unicode look-alikes, zero-width or control characters, no tab,
  which completes words on a device CLI), not longer than the grammar's limit;
* one command only: no ``;``, newline, ``&``, backtick, ``$(``, ``<``, ``>`` and no ``?``
  (which opens the CLI's help and keeps the rest of the line in the buffer);
* its first word is the platform's read verb (``show``, ``ping``...) or an unambiguous
  abbreviation of one that could not also mean a state-changing verb (``sh`` yes, ``s`` no);
* every ``|`` leads to one of the platform's read-only output filters (``include``,
  ``match``...), never to one that writes a file or runs something (``redirect``, ``tee``,
  ``append``, ``save``, ``request``...).

In write mode (``allow_write=True``) other commands pass too, but still one at a time, in
ASCII, with read-only filters only; shell escapes never pass, and destructive commands
(reload, erase, format, delete, zeroize...) also need ``allow_destructive=True``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from nornir_nlchat.errors import UnsafeCommandError

# Anything outside printable ASCII: non-ASCII (look-alikes, fullwidth forms, zero-width and
# bidi characters, non-breaking spaces), C0 controls including tab / CR / LF / ESC, and DEL.
_NOT_PRINTABLE = re.compile(r"[^\x20-\x7e]")
# Characters that chain commands, redirect output, run a sub-command or open the CLI help.
_CHAINING = re.compile(r"[;&`<>?]|\$[({]")


@dataclass(frozen=True)
class ReadOnlyGrammar:
    """What a read-only command looks like on one platform.

    Verbs and phrases are written in full and in lower case; the guard works out the
    abbreviations.

    Attributes:
        read_verbs: Read-only commands, by their first word (``show``, ``ping``...) or by a
            phrase (``file list``). The first word may be abbreviated when the abbreviation
            is unambiguous; later words of a phrase must be written in full.
        pipe_filters: Read-only output filters allowed after ``|`` (``include``...).
        write_verbs: Exec-mode first words that change state or leave the read-only exec
            context (``configure``, ``copy``, ``clear``...). An abbreviation that could
            mean one of them is refused. Configuration-mode words (``shutdown``) need not be
            listed: they are not read verbs, so they are refused anyway.
        destructive_verbs: Words or phrases (``reload``, ``write erase``,
            ``request system reboot``) that even write mode only runs with
            ``allow_destructive``. Matched generously: each word of the command may be any
            abbreviation of the phrase's word.
        min_abbreviation: Shortest abbreviation of a read verb that is accepted.
        unsafe_pipes: Output filters of the platform that are not read-only (write a file,
            send the output elsewhere, run a program, never end). Always refused; listed so
            that their abbreviations are recognised and named in the reason.
        shell_verbs: Words or phrases that leave the CLI for a shell or an interpreter
            (``bash``, ``start shell``, ``tclsh``). Refused in every mode.
        exec_prefixes: Words that run an exec command from configuration mode (``do``,
            ``run``); skipped before looking for destructive or shell commands in write mode.
        bare_interactive: Read verbs that open an interactive dialog when given no argument
            (``ping`` on IOS); refused when bare.
        forbidden_args: Words that may not appear anywhere in a read-only command, e.g. a
            flood option of a ping.
        argless_pipes: Read-only filters that take no argument (``no-more``, ``json``); one
            followed by words is refused (``| no shutdown`` is not ``| no-more``).
        max_length: Longest command accepted, in characters.
        pipe_min_abbreviation: Shortest abbreviation of an output filter that is accepted.
        quoted_pipes: The CLI keeps a ``|`` inside double quotes as text (Junos
            ``| match "ge-|xe-"``). When False every ``|`` starts a new filter.
    """

    read_verbs: tuple[str, ...]
    pipe_filters: tuple[str, ...] = ()
    write_verbs: tuple[str, ...] = ()
    destructive_verbs: tuple[str, ...] = ()
    min_abbreviation: int = 2
    unsafe_pipes: tuple[str, ...] = ()
    shell_verbs: tuple[str, ...] = ()
    exec_prefixes: tuple[str, ...] = ()
    bare_interactive: tuple[str, ...] = ()
    forbidden_args: tuple[str, ...] = ()
    argless_pipes: tuple[str, ...] = ()
    max_length: int = 256
    pipe_min_abbreviation: int = 1
    quoted_pipes: bool = False

    @cached_property
    def _first_words(self) -> frozenset[str]:
        """First words of every verb and phrase the grammar knows (for ambiguity)."""
        phrases = (*self._read_phrases, *self._write_phrases, *self._destructive_phrases,
                   *self._shell_phrases)
        return frozenset(p[0] for p in phrases)

    @cached_property
    def _read_phrases(self) -> tuple[tuple[str, ...], ...]:
        return _phrases(self.read_verbs)

    @cached_property
    def _write_phrases(self) -> tuple[tuple[str, ...], ...]:
        return _phrases(self.write_verbs)

    @cached_property
    def _destructive_phrases(self) -> tuple[tuple[str, ...], ...]:
        return _phrases(self.destructive_verbs)

    @cached_property
    def _shell_phrases(self) -> tuple[tuple[str, ...], ...]:
        return _phrases(self.shell_verbs)

    @cached_property
    def _allowed_pipes(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.pipe_filters)

    @cached_property
    def _unsafe_pipes(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.unsafe_pipes)

    @cached_property
    def _argless_pipes(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.argless_pipes)

    @cached_property
    def _pipe_words(self) -> frozenset[str]:
        return self._allowed_pipes | self._unsafe_pipes

    @cached_property
    def _forbidden(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.forbidden_args)

    @cached_property
    def _bare_interactive(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.bare_interactive)

    @cached_property
    def _exec_prefixes(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.exec_prefixes)

    @cached_property
    def _verdicts(self) -> dict[tuple[str, bool, bool], GuardVerdict]:
        """Verdicts already given (the same command is checked once per host of a run)."""
        return {}


def _phrases(verbs: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(v.lower().split()) for v in verbs if v.split())


@dataclass(frozen=True)
class GuardVerdict:
    """The guard's decision on one command.

    Attributes:
        allowed: The command may be sent.
        read_only: The command is recognisably read-only on the platform.
        destructive: The command reloads, erases, formats, deletes or zeroizes.
        reason: One sentence for a person.
        code: A short machine-readable reason: ``read_only``, ``write``, ``destructive``,
            ``empty``, ``too_long``, ``characters``, ``chaining``, ``quotes``, ``pipe``,
            ``shell``, ``interactive``, ``argument`` or ``not_read_only``.
    """

    allowed: bool
    read_only: bool
    destructive: bool
    reason: str
    code: str = ""

    @property
    def needs_confirmation(self) -> bool:
        """True for an allowed command that changes state: show it and ask before sending."""
        return self.allowed and not self.read_only


def _deny(code: str, reason: str, *, destructive: bool = False) -> GuardVerdict:
    return GuardVerdict(False, False, destructive, reason, code)


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _resolve(word: str, known: frozenset[str], minimum: int) -> str | None:
    """The one known word that ``word`` stands for (exact, or unique prefix), else None."""
    word = word.lower()
    if word in known:
        return word
    if len(word) < minimum:
        return None
    matches = [k for k in known if k.startswith(word)]
    return matches[0] if len(matches) == 1 else None


def _matches_phrase(
    words: list[str], phrases: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The phrase (``write erase``) that the leading lower-case ``words`` may abbreviate.

    Generous on purpose: any prefix of each word counts, so ``w e`` may mean ``write erase``.
    """
    first = words[0]
    for phrase in phrases:
        if phrase[0].startswith(first) and len(words) >= len(phrase) and all(
            p.startswith(w) for w, p in zip(words[1:], phrase[1:], strict=False)
        ):
            return phrase
    return None


def _split_pipes(command: str, quoted: bool) -> list[str] | None:
    """Split on ``|`` (outside double quotes when ``quoted``); None if quotes are unbalanced."""
    if command.count('"') % 2:
        return None
    if not quoted or '"' not in command:
        return command.split("|")
    segments: list[str] = []
    current: list[str] = []
    inside = False
    for char in command:
        if char == '"':
            inside = not inside
        if char == "|" and not inside:
            segments.append("".join(current))
            current = []
        else:
            current.append(char)
    segments.append("".join(current))
    return segments


def _check_pipes(segments: list[str], grammar: ReadOnlyGrammar) -> GuardVerdict | None:
    """A refusal when a filter after ``|`` is not one of the platform's read-only filters."""
    for segment in segments:
        words = segment.split()
        if not words:
            return _deny("pipe", "The command has an empty output filter ('||' or a "
                         "trailing '|').")
        typed = words[0].lower()
        if typed not in grammar._allowed_pipes and typed in grammar._first_words:
            # `| no shutdown` is not `| no-more`: a filter abbreviation that is also a
            # command word reads as a second command.
            return _deny("pipe", f"'| {typed}' reads as a second command, not an output "
                         "filter.")
        word = _resolve(typed, grammar._pipe_words, grammar.pipe_min_abbreviation)
        if word in grammar._unsafe_pipes:
            return _deny("pipe", f"The output filter '| {word}' writes a file, sends the "
                         "output elsewhere or runs something; it is never allowed.")
        if word not in grammar._allowed_pipes:
            return _deny("pipe", f"'| {words[0][:40]}' is not a read-only output "
                         "filter on this platform (allowed: "
                         f"{', '.join(grammar.pipe_filters) or 'none'}).")
        if word in grammar._argless_pipes and len(words) > 1:
            return _deny("pipe", f"'| {word}' takes no argument; "
                         f"{_short(' '.join(words[1:]))} reads as a second command.")
    return None


def _read_phrase(words: list[str], grammar: ReadOnlyGrammar) -> tuple[str, ...] | None:
    """The read verb or phrase that the lower-case ``words`` start with, if unambiguous."""
    first = _resolve(words[0], grammar._first_words, grammar.min_abbreviation)
    if first is None:
        return None
    for phrase in grammar._read_phrases:
        if phrase[0] == first and len(words) >= len(phrase) and all(
            w == p for w, p in zip(words[1:], phrase[1:], strict=False)
        ):
            return phrase
    return None


def _check_lexical(command: str, grammar: ReadOnlyGrammar) -> GuardVerdict | None:
    if not command or not command.strip():
        return _deny("empty", "The command is empty.")
    if len(command) > grammar.max_length:
        return _deny("too_long", f"The command is {len(command)} characters long "
                     f"(at most {grammar.max_length}).")
    bad = _NOT_PRINTABLE.search(command)
    if bad:
        return _deny("characters", f"The command contains the character U+{ord(bad.group()):04X}"
                     "; only plain printable ASCII is sent (no look-alikes, invisible "
                     "or control characters, no tab).")
    bad = _CHAINING.search(command)
    if bad:
        return _deny("chaining", f"The command contains {bad.group()!r}, which can chain "
                     "commands, redirect output or open the CLI help; one plain command "
                     "at a time.")
    return None


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
        allow_destructive: The caller explicitly allowed reload / erase / format (only
            together with ``allow_write``).

    Returns:
        A verdict; ``allowed`` is False with a reason when the command must not be sent.
    """
    key = (command, allow_write, allow_destructive)
    verdicts = grammar._verdicts
    verdict = verdicts.get(key)
    if verdict is None:
        verdict = _decide(command, grammar, allow_write=allow_write,
                          allow_destructive=allow_destructive)
        if len(verdicts) < _VERDICTS_KEPT and len(command) <= grammar.max_length:
            verdicts[key] = verdict
    return verdict


_VERDICTS_KEPT = 4096  # per grammar; a verdict depends only on the command and the flags


def _decide(command: str, grammar: ReadOnlyGrammar, *, allow_write: bool,
            allow_destructive: bool) -> GuardVerdict:
    """:func:`check` without the memory of earlier verdicts."""
    refusal = _check_lexical(command, grammar)
    if refusal is not None:
        return refusal
    segments = _split_pipes(command, grammar.quoted_pipes)
    if segments is None:
        return _deny("quotes", "The command has an unbalanced double quote.")
    refusal = _check_pipes(segments[1:], grammar)
    if refusal is not None:
        return refusal
    words = segments[0].lower().split()
    if not words:
        return _deny("empty", "The command has an output filter but no command.")
    phrase = _read_phrase(words, grammar)
    if phrase is not None:
        if len(words) == len(phrase) and phrase[0] in grammar._bare_interactive:
            return _deny("interactive", f"'{' '.join(phrase)}' without an argument opens an "
                         "interactive dialog; give it a target.")
        for word in words[len(phrase):]:
            if word in grammar._forbidden:
                return _deny("argument", f"The option {_short(word)} is not allowed in a "
                             "read-only command on this platform.")
        return GuardVerdict(True, True, False, "read-only command", "read_only")
    return _check_write(words, grammar, allow_write, allow_destructive)


def _check_write(
    words: list[str], grammar: ReadOnlyGrammar, allow_write: bool, allow_destructive: bool
) -> GuardVerdict:
    """The verdict on a command (lower-case ``words``) that is not read-only."""
    body = words
    while len(body) > 1 and body[0] in grammar._exec_prefixes:
        body = body[1:]
    said = _short(" ".join(words[:4]))
    shell = _matches_phrase(body, grammar._shell_phrases)
    if shell is not None:
        return _deny("shell", f"{said} could open a shell or an interpreter "
                     f"('{' '.join(shell)}'), which the guard cannot check; never allowed.")
    destructive = _matches_phrase(body, grammar._destructive_phrases)
    if destructive is not None:
        name = " ".join(destructive)
        if allow_write and allow_destructive:
            return GuardVerdict(True, False, True, f"destructive command ('{name}') "
                                "explicitly allowed", "destructive")
        exact = body[:len(destructive)] == list(destructive)
        what = "is" if exact else f"may mean '{name}', which is"
        return _deny("destructive", f"{said} {what} destructive; it is only run in write "
                     "mode with the explicit destructive flag.", destructive=True)
    if allow_write:
        return GuardVerdict(True, False, False, "write mode is enabled: confirm before it "
                            "is sent", "write")
    meant = _matches_phrase(words, grammar._write_phrases)
    what = f" (it may mean '{' '.join(meant)}')" if meant and meant[0] != words[0] else ""
    return _deny("not_read_only", f"{_short(words[0])} is not a read-only command on this "
                 f"platform{what}; nlchat only runs read-only commands unless write mode "
                 "is enabled.")


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
