"""Arista EOS: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "traceroute", "dir", "more"),
    pipe_filters=("include", "exclude", "begin", "section", "json", "no-more", "nz"),
    # EOS can also pipe into Linux programs (`| awk`, `| sed`...): anything not in
    # pipe_filters is refused; these are listed for clear reasons and abbreviations.
    unsafe_pipes=("redirect", "append", "tee", "awk", "sed", "bash", "python", "xargs"),
    write_verbs=(
        "configure", "copy", "write", "delete", "erase", "format", "reload", "clear", "debug",
        "undebug", "no", "rename", "mkdir", "rmdir", "cd", "send", "zerotouch", "install",
        "boot", "monitor", "disable", "enable", "exit", "logout", "terminal", "telnet", "ssh",
        "test", "clock", "schedule", "platform", "agent", "cli", "reset", "session",
    ),
    destructive_verbs=(
        "reload", "erase", "delete", "format", "write erase", "zerotouch", "boot", "install",
        "reset",
    ),
    shell_verbs=("bash", "python-shell", "run", "agent"),
    exec_prefixes=("do",),
    argless_pipes=("no-more", "json", "nz"),
    bare_interactive=("ping", "traceroute"),
    # EOS's ping passes options to Linux ping: no flooding.
    forbidden_args=("-f",),
)

# Error text EOS prints instead of output, e.g.
#     % Invalid input (at token 1: 'foo')
#     % Incomplete command
#     % Ambiguous command
#     % Unavailable command (not supported on this hardware platform)
ERROR_PATTERNS: tuple[str, ...] = (
    r"^% ?Invalid input",
    r"^% ?Incomplete command",
    r"^% ?Ambiguous command",
    r"^% ?Unavailable command",
    r"^% ?Unrecognized command",
    r"^% ?Not supported",
    r"^% ?Interface does not exist",
    r"^% ?Invalid (port|interface|ip address|range)",
)
