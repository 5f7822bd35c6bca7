"""Fuzz the guard: thousands of generated state-changing commands, on all six platforms.

Dangerous commands are taken in full and abbreviated, in several cases, then disguised:
chained after a harmless command (``;``, newline, ``&&``, ``|``), hidden behind output
filters that write files, spelled with unicode look-alikes (Cyrillic, fullwidth, zero-width
and no-break characters) and padded with tabs and control characters. None may pass on any
platform. Every catalog command of every plugin, filled with sample slot values, and the
development set's expected commands must pass on their own platform.
"""

from __future__ import annotations

import importlib
import json
import random
import re
from pathlib import Path

import pytest

from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.guard import ReadOnlyGrammar, check

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")
SEED = 20240601
MIN_VARIANTS = 1000

# State-changing commands, written out in full, from all six CLIs.
DANGEROUS = (
    "configure terminal", "configure", "configure exclusive", "configure private",
    "write memory", "write erase", "write", "copy running-config startup-config",
    "copy tftp://10.0.0.1/x.bin flash:", "reload", "reload in 5", "reload now",
    "erase startup-config", "erase nvram:", "erase all zeroize", "format flash:",
    "delete flash:config.text", "delete /force flash:vlan.dat", "squeeze flash:",
    "clear counters", "clear ip bgp *", "clear mac address-table dynamic",
    "clear arp-cache", "clear line 2", "debug all", "debug ip packet", "undebug all",
    "no debug all", "shutdown", "no shutdown", "interface GigabitEthernet0/1",
    "vlan 50", "hostname X", "boot system flash:x.bin", "boot system primary",
    "commit", "commit and-quit", "rollback 1", "load override terminal",
    "set interfaces ge-0/0/1 disable", "delete interfaces ge-0/0/1",
    "deactivate interfaces ge-0/0/1", "request system reboot", "request system halt",
    "request system power-off", "request system zeroize",
    "request system software add /var/tmp/x.tgz", "restart routing",
    "start shell", "file delete /var/tmp/x", "file copy /var/tmp/a /var/tmp/b",
    "install all nxos bootflash:x.bin", "run bash", "bash sudo reboot", "tclsh",
    "guestshell", "python", "start-shell", "zerotouch cancel", "checkpoint rollback x",
    "vsx update-software", "crypto key zeroize rsa", "hw-module module 1 reload",
    "redundancy force-switchover", "monitor capture CAP start", "test cable-diagnostics",
    "interface 7 disable", "setup", "license install flash:x.lic", "rename a b",
    "mkdir flash:x", "rmdir flash:x", "ip ssh pubkey-chain", "do reload",
    "save", "savepower", "factory-reset", "kill", "upgrade", "event manager run X",
    "send *", "terminal monitor", "copy startup-config running-config",
)
HARMLESS = ("show version", "sh ver", "show run", "ping 10.0.0.1")
FILE_WRITERS = (
    "| redirect flash:x", "| redirect bootflash:x", "| append flash:x", "| tee flash:x",
    "| tee bootflash:x", "| save /var/tmp/x", "| request message all message hi",
    "> flash:x", ">> flash:x", "> bootflash:x", ">>bootflash:x", "| red flash:x",
    "| app flash:x", "| sav /var/tmp/x", "| te x", "| sed w/bootflash:x", "| vsh reload",
    "| awk '{print}' > /tmp/x", "| email to x@example.com", "| refresh 1", "| hold",
)
LOOKALIKES = {  # Latin letter -> characters that look like it
    "o": ("\u043e", "\u03bf", "\uff4f"), "e": ("\u0435", "\uff45"), "a": ("\u0430", "\uff41"),
    "c": ("\u0441", "\uff43"), "p": ("\u0440", "\uff50"), "s": ("\u0455", "\uff53"),
    "i": ("\u0456", "\uff49"), "r": ("\uff52", "\u0433"), "h": ("\u04bb", "\uff48"),
    "w": ("\u051d", "\uff57"), "l": ("\u04cf", "\uff4c"), "d": ("\u0501", "\uff44"),
}
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u202e", "\u3000")
CONTROL = ("\t", "\r", "\n", "\x0b", "\x0c", "\x00", "\x08", "\x1b", "\x7f", "\x1a", "\x03")
JOINERS = ("; ", ";", " ; ", "\n", "\r\n", "\r", " && ", " || ", " | ", "|", " ;\t", "`", " $(")


# Exec-mode read verbs. `sh` cut from the configuration word `shutdown` is `show` in exec
# mode, where commands are sent, so such cuts are not dangerous variants.
READ_VERBS = ("show", "ping", "traceroute", "dir", "more", "top", "file")


def _abbreviations(command: str) -> list[str]:
    """The command with its first word cut to every length of 2 or more."""
    first, _, rest = command.partition(" ")
    cut = [first[:n] for n in range(2, len(first))
           if not any(verb.startswith(first[:n]) for verb in READ_VERBS)]
    return [f"{word} {rest}".strip() for word in cut]


def _cases(command: str, rng: random.Random) -> list[str]:
    mixed = "".join(c.upper() if rng.random() < 0.5 else c for c in command)
    return [command.upper(), command.title(), mixed]


def _lookalike(command: str, rng: random.Random) -> str:
    positions = [i for i, c in enumerate(command) if c in LOOKALIKES]
    if not positions:
        return command + rng.choice(INVISIBLE)
    i = rng.choice(positions)
    return command[:i] + rng.choice(LOOKALIKES[command[i]]) + command[i + 1:]


def _fullwidth(command: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" for c in command)


def dangerous_variants() -> list[str]:
    """Every generated variant, deduplicated, in a fixed order."""
    rng = random.Random(SEED)
    out: list[str] = []
    for command in DANGEROUS:
        forms = [command, *_abbreviations(command)]
        for form in forms:
            out.append(form)
            out.extend(_cases(form, rng))
            out.append("  " + form.replace(" ", "   ") + "  ")
        for harmless in HARMLESS:
            for joiner in JOINERS:
                out.append(f"{harmless}{joiner}{command}")
        out.append(_lookalike(command, rng))
        out.append(_lookalike(f"show version; {command}", rng))
        out.append(_fullwidth(command))
        invisible = rng.choice(INVISIBLE)
        out.append(command.replace(" ", invisible, 1) if " " in command else invisible + command)
        out.append(rng.choice(("sh", "show")) + rng.choice(INVISIBLE) + " version; " + command)
        control = rng.choice(CONTROL)
        out.append(f"show version{control}{command}")
        out.append(command.replace(" ", "\t"))
        out.append(f"{command} {rng.choice(CONTROL)}")
    for harmless in HARMLESS:
        for writer in FILE_WRITERS:
            out.append(f"{harmless} {writer}")
            out.append(f"{harmless} {writer.upper()}")
            out.append(f"{harmless} | include x {writer}")
            out.append(_lookalike(f"{harmless} {writer}", rng))
    # Look-alike and invisible characters that would disguise a read verb.
    for base in ("show running-config", "show version", "ping 10.0.0.1"):
        for i, char in enumerate(base):
            for look in LOOKALIKES.get(char, ()):
                out.append(base[:i] + look + base[i + 1:])
        for invisible in INVISIBLE:
            out.append(base.replace(" ", invisible, 1))
            out.append(invisible + base)
        out.append(_fullwidth(base))
    return list(dict.fromkeys(out))


def grammar(platform: str) -> ReadOnlyGrammar:
    module = importlib.import_module(f"nlchat_plugins.{platform}.grammar")
    result: ReadOnlyGrammar = module.GRAMMAR
    return result


def test_fuzz_has_enough_variants() -> None:
    variants = dangerous_variants()
    assert len(variants) >= MIN_VARIANTS, len(variants)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_dangerous_variant_passes(platform: str) -> None:
    g = grammar(platform)
    passed = [v for v in dangerous_variants() if check(v, g).allowed]
    assert passed == []


@pytest.mark.parametrize("platform", PLATFORMS)
def test_write_mode_still_refuses_disguises(platform: str) -> None:
    """Even with write mode and the destructive flag, disguised commands never pass."""
    g = grammar(platform)
    disguised = [v for v in dangerous_variants()
                 if re.search(r"[^\x20-\x7e]|[;&`<>]|\$\(|\|\s*(redirect|append|tee|save|red\b)",
                              v, re.I)]
    assert len(disguised) > 500
    passed = [v for v in disguised
              if check(v, g, allow_write=True, allow_destructive=True).allowed]
    assert passed == []


# --- what must pass -------------------------------------------------------------------------

SAMPLE_INTERFACE = {
    "cisco_ios": "GigabitEthernet0/1", "cisco_nxos": "Ethernet1/1", "arista_eos": "Ethernet1",
    "aruba_aoscx": "1/1/1", "hp_procurve": "1", "juniper_junos": "ge-0/0/1",
}
SAMPLE_MAC = {
    "cisco_ios": "0011.2233.4455", "cisco_nxos": "0011.2233.4455",
    "arista_eos": "0011.2233.4455", "aruba_aoscx": "00:11:22:33:44:55",
    "hp_procurve": "001122-334455", "juniper_junos": "00:11:22:33:44:55",
}


SAMPLE_FILESYSTEM = {
    "cisco_ios": "flash:", "cisco_nxos": "bootflash:", "arista_eos": "flash:",
    "aruba_aoscx": "/", "hp_procurve": "/", "juniper_junos": "/var/log",
}
# Slot kinds of nornir_nlchat.catalog.slots, with a sample value each.
SAMPLES = {
    "vlan": "10", "ip": "10.0.0.1", "vrf": "MGMT", "acl": "ACL-1", "count": "5",
    "protocol": "bgp", "section": "bgp", "pattern": "up", "description": "uplink",
    "vlan_name": "VOICE",
}


def sample_value(platform: str, slot: str) -> str:
    """A plausible value for a catalog slot, in the platform's notation."""
    slot = slot.lower()
    if slot in SAMPLES:
        return SAMPLES[slot]
    if "mac" in slot:
        return SAMPLE_MAC[platform]
    if "filesystem" in slot:
        return SAMPLE_FILESYSTEM[platform]
    if any(word in slot for word in ("interface", "port", "lag", "ifname")):
        return SAMPLE_INTERFACE[platform]
    if "prefix" in slot or "network" in slot:
        return "10.0.0.0 255.255.255.0" if platform == "cisco_ios" else "10.0.0.0/24"
    if any(word in slot for word in ("address", "host", "target", "neighbor", "peer")):
        return "10.0.0.1"
    if any(word in slot for word in ("count", "number", "lines", "index")):
        return "5"
    return "TEST-1"


def catalog_commands(read_only: bool = True) -> list[tuple[str, str]]:
    """(platform, command) for every read-only (or write) catalog line, slots filled."""
    from nornir_nlchat.platforms.registry import all_platforms

    plugins: dict[str, PlatformPlugin] = all_platforms()
    out = []
    for name in PLATFORMS:
        for spec in plugins[name].commands:
            if spec.read_only == read_only:
                values = {slot: sample_value(name, slot) for slot in spec.slots}
                # A several-line template is several commands, each sent (and checked) alone.
                lines = spec.command.format(**values).split("\n")
                out.extend((name, line) for line in lines if line.strip())
    return out


def test_every_read_only_catalog_command_passes_its_guard() -> None:
    commands = catalog_commands()
    refused = [(p, c, check(c, grammar(p)).reason) for p, c in commands
               if not check(c, grammar(p)).allowed]
    assert refused == []


def test_catalog_write_commands_need_write_mode() -> None:
    for platform, command in catalog_commands(read_only=False):
        assert not check(command, grammar(platform)).allowed, (platform, command)


def test_dev_set_commands_pass_their_guard(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "nl2cli_dev.jsonl"
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    commands = {(c["platform"], a) for c in cases if c["expect"] == "command" for a in c["accept"]}
    assert len(commands) > 200
    refused = sorted((p, a) for p, a in commands if not check(a, grammar(p)).allowed)
    assert refused == []


def test_read_only_variants_pass() -> None:
    """Spacing, case and abbreviations of read-only commands are not refused."""
    rng = random.Random(SEED)
    count = 0
    for platform, command in catalog_commands():
        g = grammar(platform)
        for variant in (command.upper(), "  " + command.replace(" ", "  ") + " ",
                        "sh" + command[4:] if command.startswith("show ") else command,
                        "".join(c.upper() if rng.random() < 0.5 else c for c in command)):
            assert check(variant, g).allowed, (platform, variant, check(variant, g).reason)
            count += 1
    assert count >= 4 * len(PLATFORMS)
