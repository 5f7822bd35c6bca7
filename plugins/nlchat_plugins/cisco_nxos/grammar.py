"""Cisco NX-OS: what a read-only command looks like, and the CLI's error text."""

from __future__ import annotations

from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "ping6", "traceroute", "traceroute6", "dir"),
    pipe_filters=(
        "include", "exclude", "begin", "count", "section", "grep", "egrep", "head", "last",
        "wc", "json", "json-pretty", "xml", "no-more", "sort", "uniq",
    ),
    # `| tee` and `| sed` (its `w` command) write files, `| email` sends the output away,
    # `| vsh` runs commands, `| less` never ends on a script's session.
    unsafe_pipes=("tee", "sed", "email", "vsh", "less", "diff", "human"),
    write_verbs=(
        "configure", "copy", "write", "delete", "erase", "format", "reload", "clear", "debug",
        "undebug", "install", "mkdir", "rmdir", "move", "rename", "cd", "gzip", "gunzip", "tar",
        "zip", "unmount", "purge", "checkpoint", "rollback", "callhome", "cli", "clock",
        "diff-clean", "discover", "echo", "ethanalyzer", "event", "exit", "find", "load",
        "locator-led", "no", "ntp", "restart", "routing-context", "save", "send", "setup",
        "sleep", "slot", "system", "tac-pac", "tail", "telnet", "telnet6", "ssh", "ssh6",
        "terminal", "test", "update", "boot",
    ),
    destructive_verbs=(
        "reload", "write erase", "erase", "delete", "format", "install", "purge",
        "system switchover", "system mode", "boot", "restart",
    ),
    shell_verbs=("run", "bash", "python", "python3", "tclsh", "guestshell", "source",
                 "attach", "vsh"),
    exec_prefixes=("do",),
    argless_pipes=("no-more", "json", "json-pretty", "xml"),
    bare_interactive=("ping", "ping6", "traceroute", "traceroute6"),
    # `ping ... count unlimited` never ends on a script's session.
    forbidden_args=("unlimited",),
)

# Error text NX-OS prints instead of output, e.g.
#     % Invalid command at '^' marker.
#     % Incomplete command at '^' marker.
#     % Ambiguous command at '^' marker.
#     % Invalid parameter detected at '^' marker.
#     Syntax error while parsing 'show foo'
ERROR_PATTERNS: tuple[str, ...] = (
    r"^(% ?)?Invalid .* at '\^' marker",
    r"^% ?Incomplete command",
    r"^% ?Ambiguous command",
    r"^% ?Invalid (command|input|interface|range|number|parameter)",
    r"^% ?Permission denied",
    r"^Syntax error while parsing",
    r"^ERROR: ",
    r"^Cmd exec error",
)
