"""Aruba AOS-CX: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "ping6", "traceroute", "traceroute6", "top"),
    pipe_filters=("include", "exclude", "begin", "count"),
    unsafe_pipes=("redirect", "append", "tee"),
    write_verbs=(
        "configure", "copy", "write", "erase", "boot", "checkpoint", "clear", "debug", "diag",
        "diagnostic", "disable", "enable", "end", "exit", "format", "delete", "no", "page",
        "repeat", "reboot", "reload", "session", "ssh", "telnet", "vsx", "zeroize",
        "auto-confirm", "mtrace", "led", "list", "terminal-monitor", "password",
    ),
    destructive_verbs=(
        "boot", "erase", "reboot", "reload", "zeroize", "format", "delete",
        "vsx update-software",
    ),
    shell_verbs=("start-shell", "diag start-shell"),
    exec_prefixes=("do",),
    bare_interactive=("ping", "ping6", "traceroute", "traceroute6"),
)

# Error text AOS-CX prints instead of output, e.g.
#     Invalid input: foo
#     Command incomplete.
#     Ambiguous command.
ERROR_PATTERNS: tuple[str, ...] = (
    r"^% ?Invalid input",
    r"^Invalid input: ",
    r"^%? ?Command incomplete",
    r"^%? ?Incomplete command",
    r"^%? ?Ambiguous command",
    r"^%? ?Unknown command",
    r"^%? ?Invalid (vlan|port|interface|ip address)\b",
)
