"""The read-only guard: what passes, what is refused and why, on each built-in platform."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

import pytest

from nornir_nlchat.errors import UnsafeCommandError
from nornir_nlchat.execute.classify import device_error
from nornir_nlchat.translate.guard import ReadOnlyGrammar, check, ensure_allowed

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")


def grammar(platform: str) -> ReadOnlyGrammar:
    module = importlib.import_module(f"nlchat_plugins.{platform}.grammar")
    result: ReadOnlyGrammar = module.GRAMMAR
    return result


def error_patterns(platform: str) -> tuple[str, ...]:
    module = importlib.import_module(f"nlchat_plugins.{platform}.grammar")
    result: tuple[str, ...] = module.ERROR_PATTERNS
    return result


READ_ONLY = {
    "cisco_ios": [
        "show version", "sh ver", "sho ip int br", "SHOW VERSION", "  show clock  ",
        "show running-config | section router bgp", "show run | i hostname",
        "show ip interface brief | exclude unassigned", "show logging | begin Jan",
        "show interfaces | count CRC", "ping 10.0.0.1", "ping vrf MGMT 192.168.1.10",
        "traceroute 8.8.4.4", "tr 8.8.4.4", "dir flash:", "mor flash:config.text",
        "show ip route 172.16.40.0 255.255.255.0", "show version | include uptime",
    ],
    "cisco_nxos": [
        "show version", "sh int e1/5", "show interface brief | json",
        "show running-config | section bgp", "show logging | last 20",
        "show mac address-table | grep 0011", "show processes cpu | egrep -v 0.00",
        "show interface | wc", "show vpc | no-more",
        "dir bootflash:", "ping 10.1.1.1 vrf management", "show ip route | head lines 5",
    ],
    "arista_eos": [
        "show version", "sh ver", "show interfaces status | json",
        "show running-config | section bgp", "show ip bgp summary | include Estab",
        "show lldp neighbors | no-more", "ping vrf MGMT 10.0.0.5", "traceroute 10.0.0.5",
        "dir flash:", "show interfaces counters | nz",
    ],
    "aruba_aoscx": [
        "show version", "sh interface brief", "show interface 1/1/1 | include error",
        "show running-config | begin vlan", "show vlan | count", "top cpu", "top memory",
        "ping 10.1.1.1 vrf mgmt", "traceroute 10.9.9.9", "show events -r",
        "show mac-address-table address 00:50:56:aa:bb:cc",
    ],
    "hp_procurve": [
        "show version", "sh interfaces brief", "show running-config | include vlan",
        "show logging -r", "show mac-address 001b2c-3d4e5f", "ping 10.0.0.1",
        "show lldp info remote-device | begin 24",
    ],
    "juniper_junos": [
        "show version", "sh version", "show interfaces terse | match ge-",
        'show interfaces terse | match "ge-|xe-"', "show configuration | display set",
        "show route | count", "show log messages | last 50", "show bgp summary | no-more",
        "show route | except inactive | count", "show configuration | compare rollback 1",
        "show interfaces | display xml", "ping 10.1.1.1 count 5", "traceroute 10.1.1.1",
        "file list /var/log", "file show /var/log/messages",
    ],
}


@pytest.mark.parametrize("platform,command",
                         [(p, c) for p, cs in READ_ONLY.items() for c in cs])
def test_read_only_commands_pass(platform: str, command: str) -> None:
    verdict = check(command, grammar(platform))
    assert verdict.allowed and verdict.read_only, verdict.reason
    assert verdict.code == "read_only" and not verdict.needs_confirmation


@pytest.mark.parametrize("command,code", [
    ("conf t", "not_read_only"),
    ("configure terminal", "not_read_only"),
    ("wr", "not_read_only"),
    ("wr mem", "not_read_only"),
    ("copy run start", "not_read_only"),
    ("cl count", "not_read_only"),
    ("clear counters GigabitEthernet0/1", "not_read_only"),
    ("debug ip packet", "not_read_only"),
    ("no debug all", "not_read_only"),
    ("rel", "destructive"),
    ("reloa", "destructive"),
    ("reload in 5", "destructive"),
    ("write erase", "destructive"),
    ("wr er", "destructive"),
    ("erase startup-config", "destructive"),
    ("format flash:", "destructive"),
    ("delete flash:c2960-old.bin", "destructive"),
    ("s ver", "destructive"),  # s = show / squeeze / send / setup...: ambiguous
    ("di flash:", "not_read_only"),  # di = dir / disable / disconnect / diagnostic
    ("mo flash:x", "not_read_only"),  # mo = more / monitor
    ("tclsh", "shell"),
    ("show version; reload", "chaining"),
    ("show version\nreload", "characters"),
    ("show version\r\nreload", "characters"),
    ("sh\tver", "characters"),
    ("show version" + "\x7f" * 12 + "reload", "characters"),  # DEL / backspace erase
    ("show version" + "\x08" * 12 + "reload", "characters"),
    ("show version\x1a", "characters"),  # Ctrl-Z
    ("show version && reload", "chaining"),
    ("show version > flash:x", "chaining"),
    ("show ?", "chaining"),
    ("show run | redirect flash:run.txt", "pipe"),
    ("show run | red flash:run.txt", "pipe"),
    ("show run | append flash:run.txt", "pipe"),
    ("show run | tee flash:run.txt", "pipe"),
    ("show run | include a | tee flash:x", "pipe"),
    ("show run | reload", "pipe"),
    ("show run |", "pipe"),
    ("show run || reload", "pipe"),
    ("| include x", "empty"),
    ("ѕhow version", "characters"),  # Cyrillic dze
    ("show vеrsion", "characters"),  # Cyrillic ie
    ("ｓｈｏｗ version", "characters"),  # fullwidth
    ("show\u200bversion", "characters"),  # zero-width space
    ("show\u00a0version", "characters"),  # no-break space
    ("", "empty"),
    ("   ", "empty"),
    ("ping", "interactive"),
    ("show " + "x" * 300, "too_long"),
    ('show run | include "x', "quotes"),
    ("do show version", "not_read_only"),
    ("shutdown", "not_read_only"),
    ("no shutdown", "not_read_only"),
])
def test_ios_refusals(command: str, code: str) -> None:
    verdict = check(command, grammar("cisco_ios"))
    assert not verdict.allowed and not verdict.read_only
    assert verdict.code == code, verdict.reason
    assert verdict.reason
    with pytest.raises(UnsafeCommandError):
        ensure_allowed(command, grammar("cisco_ios"))


@pytest.mark.parametrize("platform,command", [
    ("cisco_nxos", "show run | tee bootflash:x"),
    ("cisco_nxos", "show run >> bootflash:x"),
    ("cisco_nxos", "show run | sed w/bootflash:x"),
    ("cisco_nxos", "show run | vsh reload"),
    ("cisco_nxos", "run bash"),
    ("cisco_nxos", "show version ; conf t ; reload"),
    ("cisco_nxos", "install all nxos bootflash:x.bin"),
    ("cisco_nxos", "ping 10.0.0.1 count unlimited"),
    ("arista_eos", "show run | redirect flash:x"),
    ("arista_eos", "show run | append flash:x"),
    ("arista_eos", "show run | awk '{system(\"reboot\")}'"),
    ("arista_eos", "bash sudo reboot"),
    ("arista_eos", "ping -f 10.0.0.1"),
    ("arista_eos", "zerotouch cancel"),
    ("aruba_aoscx", "boot system primary"),
    ("aruba_aoscx", "start-shell"),
    ("aruba_aoscx", "checkpoint rollback startup-config"),
    ("aruba_aoscx", "erase all zeroize"),
    ("aruba_aoscx", "write memory"),
    ("hp_procurve", "reload"),
    ("hp_procurve", "interface 7 disable"),
    ("hp_procurve", "write memory"),
    ("juniper_junos", "show log messages | save /var/tmp/x"),
    ("juniper_junos", "show configuration | append /var/tmp/x"),
    ("juniper_junos", "show version | tee /var/tmp/x"),
    ("juniper_junos", "show version | request message all message hi"),
    ("juniper_junos", "show interfaces | refresh 5"),
    ("juniper_junos", 'show route | match "a" | save x'),
    ("juniper_junos", "request system reboot"),
    ("juniper_junos", "request system zeroize"),
    ("juniper_junos", "start shell"),
    ("juniper_junos", "file delete /var/tmp/x"),
    ("juniper_junos", "file copy a b"),
    ("juniper_junos", "restart routing"),
    ("juniper_junos", "clear bgp neighbor all"),
    ("juniper_junos", "commit"),
    ("juniper_junos", "configure exclusive"),
    ("juniper_junos", "op url http://x/script.slax"),
    ("juniper_junos", "show version | no shutdown"),  # not `| no-more`
    ("arista_eos", "show version | json reload"),
    ("cisco_nxos", "show version | no debug all"),
])
def test_platform_refusals(platform: str, command: str) -> None:
    verdict = check(command, grammar(platform))
    assert not verdict.allowed and not verdict.read_only, verdict


@pytest.mark.parametrize("platform", PLATFORMS)
def test_common_abbreviation_of_show_passes_and_shorter_does_not(platform: str) -> None:
    g = grammar(platform)
    assert check("sh version", g).allowed
    assert check("sho version", g).allowed
    assert not check("s version", g).allowed


def test_write_mode_lets_configuration_through_but_asks_for_confirmation() -> None:
    g = grammar("cisco_ios")
    for command in ("configure terminal", "conf t", "interface Gi0/1", "no shutdown",
                    "copy running-config startup-config", "write memory", "clear counters"):
        verdict = check(command, g, allow_write=True)
        assert verdict.allowed and not verdict.read_only and not verdict.destructive, command
        assert verdict.needs_confirmation and verdict.code == "write"
    assert check("show version", g, allow_write=True).read_only


@pytest.mark.parametrize("platform,command", [
    ("cisco_ios", "reload"), ("cisco_ios", "write erase"), ("cisco_ios", "do reload"),
    ("cisco_ios", "format flash:"), ("cisco_ios", "boot system flash:x.bin"),
    ("cisco_nxos", "reload"), ("cisco_nxos", "install all nxos bootflash:x"),
    ("arista_eos", "reload now"), ("arista_eos", "erase startup-config"),
    ("aruba_aoscx", "boot system secondary"), ("aruba_aoscx", "erase all zeroize"),
    ("hp_procurve", "reload"), ("hp_procurve", "erase startup-config"),
    ("juniper_junos", "request system reboot"), ("juniper_junos", "request system zeroize"),
    ("juniper_junos", "run request system halt"), ("juniper_junos", "req sys reb"),
])
def test_destructive_needs_the_extra_flag(platform: str, command: str) -> None:
    g = grammar(platform)
    refused = check(command, g, allow_write=True)
    assert not refused.allowed and refused.destructive and refused.code == "destructive"
    assert not check(command, g, allow_destructive=True).allowed  # not without write mode
    allowed = check(command, g, allow_write=True, allow_destructive=True)
    assert allowed.allowed and allowed.destructive and allowed.needs_confirmation


@pytest.mark.parametrize("platform,command", [
    ("cisco_ios", "tclsh"), ("cisco_ios", "do tclsh"), ("cisco_nxos", "run bash"),
    ("arista_eos", "bash"), ("aruba_aoscx", "start-shell"), ("juniper_junos", "start shell"),
    ("juniper_junos", "run start shell"),
])
def test_shells_never_pass(platform: str, command: str) -> None:
    verdict = check(command, grammar(platform), allow_write=True, allow_destructive=True)
    assert not verdict.allowed and verdict.code == "shell"


def test_write_mode_still_refuses_chaining_look_alikes_and_write_pipes() -> None:
    g = grammar("cisco_ios")
    for command in ("conf t; reload", "interface Gi0/1\nshutdown", "ｃonf t",
                    "show run | redirect flash:x"):
        assert not check(command, g, allow_write=True, allow_destructive=True).allowed


def test_junos_quotes_keep_a_pipe_as_text_but_not_on_ios() -> None:
    assert check('show route | match "a|b"', grammar("juniper_junos")).allowed
    assert not check('show route | match "a" | save x', grammar("juniper_junos")).allowed
    # IOS does not honour quotes: every '|' starts a filter, so this is refused.
    assert not check('show run | include "a | redirect flash:x"', grammar("cisco_ios")).allowed


def test_a_grammar_without_filters_refuses_every_pipe() -> None:
    g = ReadOnlyGrammar(read_verbs=("display",), write_verbs=("reboot",))
    assert check("display version", g).allowed
    assert check("dis version", g).allowed
    assert not check("display version | include x", g).allowed
    assert not check("reboot", g).allowed
    assert check("reboot", g, allow_write=True).allowed


def test_reason_names_the_likely_meaning() -> None:
    reason = check("wr mem", grammar("cisco_ios")).reason
    assert "'write'" in reason and "read-only" in reason


def test_guard_is_fast() -> None:
    g = grammar("cisco_ios")
    commands = ["show ip interface brief | include up", "sh ver", "conf t", "reload",
                "show run | redirect flash:x", "show version; reload", "ѕhow version"]
    check(commands[0], g)  # warm the grammar's cached tables
    rounds = 2000
    started = time.perf_counter()
    for _ in range(rounds):
        for command in commands:
            check(command, g)
    per_command_us = (time.perf_counter() - started) / (rounds * len(commands)) * 1e6
    assert per_command_us < 100, f"{per_command_us:.1f} µs per command"


ERRORS = {
    "cisco_ios": ["% Invalid input detected at '^' marker.", "% Incomplete command.",
                  '% Ambiguous command:  "sh i"',
                  "% Unknown command or computer name, or unable to find computer address",
                  "%Error opening flash:nofile (No such file or directory)",
                  '% Type "show ?" for a list of subcommands'],
    "cisco_nxos": ["% Invalid command at '^' marker.", "% Incomplete command at '^' marker.",
                   "% Ambiguous command at '^' marker.",
                   "% Invalid parameter detected at '^' marker.",
                   "Syntax error while parsing 'show foo'"],
    "arista_eos": ["% Invalid input (at token 1: 'foo')", "% Incomplete command",
                   "% Ambiguous command",
                   "% Unavailable command (not supported on this hardware platform)"],
    "aruba_aoscx": ["Invalid input: foo", "Command incomplete.", "% Command incomplete.",
                    "Ambiguous command."],
    "hp_procurve": ["Invalid input: foo", "Incomplete input: show", "Ambiguous input: s",
                    "Module not present for port or invalid port: 99"],
    "juniper_junos": ["syntax error, expecting <command>.", "syntax error.", "unknown command.",
                      "error: device ge-0/0/99 not found", "'s' is ambiguous.",
                      "missing argument."],
}


@pytest.mark.parametrize("platform,text", [(p, t) for p, ts in ERRORS.items() for t in ts])
def test_error_patterns_recognise_the_cli_error_text(platform: str, text: str) -> None:
    output = f"switch# foo\n                  ^\n{text}\n"
    assert device_error(output, error_patterns(platform)) == text


@pytest.mark.parametrize("platform", PLATFORMS)
def test_error_patterns_do_not_match_real_outputs(platform: str, shared_dir: Path) -> None:
    folder = shared_dir / "fixtures" / "ntc-templates" / platform
    raws = sorted(folder.glob("*/*.raw"))
    assert raws
    matched = []
    for raw in raws:
        hit = device_error(raw.read_text(errors="replace"), error_patterns(platform))
        if hit:
            matched.append((raw.name, hit))
    # The one real capture of an error in the fixtures is an NX-OS command rejected.
    assert all("Invalid command at '^' marker" in hit for _, hit in matched), matched
