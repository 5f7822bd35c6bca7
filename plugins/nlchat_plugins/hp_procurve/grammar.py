"""Aruba AOS-S / HP ProCurve: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "ping6", "traceroute", "traceroute6"),
    pipe_filters=("include", "exclude", "begin"),
    write_verbs=(
        "configure", "copy", "write", "erase", "boot", "reload", "clear", "debug", "delete",
        "crypto", "disable", "enable", "end", "exit", "logout", "kill", "menu", "no", "page",
        "redo", "repeat", "savepower", "services", "setmib", "setup", "telnet", "ssh",
        "update", "licenses", "getmib", "walkmib", "print", "interface", "factory-reset",
    ),
    destructive_verbs=("reload", "boot", "erase", "delete", "write erase", "factory-reset"),
    exec_prefixes=("do",),
    bare_interactive=("ping", "ping6", "traceroute", "traceroute6"),
)

# Error text AOS-S prints instead of output, e.g.
#     Invalid input: foo
#     Incomplete input: show
#     Ambiguous input: s
#     Module not present for port or invalid port: 99
ERROR_PATTERNS: tuple[str, ...] = (
    r"^Invalid input: ",
    r"^Incomplete input: ",
    r"^Ambiguous input: ",
    r"^Module not present for port or invalid port",
    r"^Unknown command",
    r"^% ?Invalid input",
)
