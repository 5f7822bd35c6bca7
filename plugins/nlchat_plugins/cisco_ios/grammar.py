"""Cisco IOS / IOS-XE: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "traceroute", "dir", "more"),
    pipe_filters=("include", "exclude", "begin", "section", "count"),
    unsafe_pipes=("redirect", "append", "tee"),
    # Privileged-exec words that are not read-only (also listed so that abbreviations such
    # as `di` - dir / disable / disconnect - are seen to be ambiguous).
    write_verbs=(
        "configure", "copy", "write", "delete", "erase", "format", "reload", "clear", "debug",
        "undebug", "squeeze", "fsck", "rename", "mkdir", "rmdir", "cd", "archive", "crypto",
        "license", "set", "send", "setup", "tclquit", "event", "monitor", "test", "hw-module",
        "upgrade", "verify", "install", "request", "redundancy", "release", "renew", "lock",
        "diagnostic", "disable", "disconnect", "enable", "login", "logout", "exit", "terminal",
        "telnet", "ssh", "connect", "resume", "clock", "calendar", "no", "ip", "ipv6", "udld",
        "dot1x", "tunnel", "pad", "ppp", "slip", "rsh", "cns", "access-enable",
        "access-template", "boot", "app-hosting",
    ),
    destructive_verbs=(
        "reload", "erase", "format", "delete", "squeeze", "fsck", "write erase", "boot",
        "install", "upgrade", "hw-module", "redundancy", "crypto key zeroize",
    ),
    shell_verbs=("tclsh", "guestshell", "request platform software system shell"),
    exec_prefixes=("do",),
    bare_interactive=("ping", "traceroute"),
)

# Error text IOS prints instead of output (matched line by line, stripped), e.g.
#     % Invalid input detected at '^' marker.
#     % Incomplete command.
#     % Ambiguous command:  "sh i"
#     % Unknown command or computer name, or unable to find computer address
#     %Error opening flash:nofile (No such file or directory)
ERROR_PATTERNS: tuple[str, ...] = (
    r"^% ?Invalid input detected",
    r"^% ?Incomplete command",
    r"^% ?Ambiguous command",
    r"^% ?Unknown command",
    r"^% ?Unrecognized command",
    r"^% ?Bad IP address or host name",
    r"^% ?Type \"\S+ \?\" for a list of subcommands",
    r"^%\s?Error\b",
)
