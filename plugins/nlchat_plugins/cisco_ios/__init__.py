"""Cisco IOS / IOS-XE platform plugin (built in, registered like any third-party plugin)."""

from __future__ import annotations

from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin
from nornir_nlchat.translate.guard import ReadOnlyGrammar

GRAMMAR = ReadOnlyGrammar(
    read_verbs=("show", "ping", "traceroute", "terminal", "dir", "more"),
    pipe_filters=("include", "exclude", "begin", "section", "count"),
    write_verbs=("configure", "copy", "write", "delete", "erase", "format", "reload", "clear",
                 "debug", "undebug", "no", "shutdown", "squeeze", "rename", "mkdir", "rmdir",
                 "install", "request", "boot", "archive", "crypto", "license", "set", "send",
                 "tclsh", "event", "monitor", "test", "hw-module", "upgrade", "verify", "alias"),
    destructive_verbs=("reload", "erase", "format", "delete", "squeeze"),
)

COMMANDS = (
    CommandSpec("version", "show version"),
    CommandSpec("cpu", "show processes cpu sorted"),
    CommandSpec("memory", "show processes memory sorted"),
    CommandSpec("interfaces_brief", "show ip interface brief"),
    CommandSpec("interface_one", "show interfaces {interface}"),
    CommandSpec("interfaces_status", "show interfaces status"),
    CommandSpec("clock", "show clock"),
)

plugin = PlatformPlugin(
    name="cisco_ios",
    vendor="cisco",
    display_name="Cisco IOS / IOS-XE",
    aliases=("ios", "iosxe", "ios-xe", "cisco_xe"),
    commands=COMMANDS,
    error_patterns=(r"^% Invalid input", r"^% Incomplete command", r"^% Ambiguous command",
                    r"^% Unknown command"),
    read_only_grammar=GRAMMAR,
)
