"""Juniper Junos: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "traceroute", "file list", "file show"),
    pipe_filters=(
        "match", "except", "find", "count", "last", "no-more", "display", "compare", "resolve",
        "trim",
    ),
    # `| save`, `| append` and `| tee` write files, `| request` sends a message to users,
    # `| refresh` and `| hold` never end.
    unsafe_pipes=("save", "append", "tee", "request", "refresh", "hold"),
    # Operational-mode words that are not read-only, and configuration-mode ones.
    write_verbs=(
        "clear", "configure", "edit", "request", "restart", "start", "set", "monitor", "test",
        "op", "load", "save", "commit", "rollback", "delete", "deactivate", "activate",
        "insert", "rename", "replace", "annotate", "copy", "run", "protect", "unprotect",
        "wildcard", "ssh", "telnet", "mtrace", "quit", "exit", "top", "up", "file",
    ),
    destructive_verbs=(
        "request system reboot", "request system halt", "request system power-off",
        "request system zeroize", "request system software", "request system snapshot",
        "request system storage cleanup", "request vmhost", "request chassis",
        # `delete` in configuration mode removes statements (a reviewable, uncommitted
        # change), so it is an ordinary write; deleting files is destructive.
        "file delete", "restart", "load factory-default",
    ),
    shell_verbs=("start shell", "op", "request routing-engine login", "request app-engine"),
    exec_prefixes=("run",),
    bare_interactive=(),
    quoted_pipes=True,
    argless_pipes=("no-more", "count"),
)

# Error text Junos prints instead of output (after a line with a '^' marker), e.g.
#     syntax error, expecting <command>.
#     syntax error.
#     unknown command.
#     error: device ge-0/0/99 not found
#     's' is ambiguous.
ERROR_PATTERNS: tuple[str, ...] = (
    r"^syntax error\b",
    r"^unknown command\b",
    r"^missing argument\b",
    r"^invalid (value|ip address|interface)\b",
    r"^'.*' is ambiguous\.",
    r"^error: ",
)
