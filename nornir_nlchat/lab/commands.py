"""Command trees: abbreviations, slot arguments and dispatch, without any vendor words.

A personality registers its commands as patterns::

    tree.add("show interfaces {interface} counters errors", render_errors)
    tree.add("show mac address-table|mac-address-table vlan {vlan}", render_mac_vlan)

Words are keywords (``a|b`` gives alternatives leading to the same place), ``{name}`` is a
slot filled by an :class:`ArgType` chosen by name (``interface``, ``vlan``, ``ip``, ``mask``,
``prefix``, ``mac``, ``n``, ``rest``; anything else is one word). A user's words may be
abbreviated as long as they stay unique, like on a real CLI.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from nornir_nlchat.lab.state import Device
    from nornir_nlchat.lab.world import World


@dataclass
class Reply:
    """What a command does besides printing.

    Attributes:
        text: The output.
        mode: The CLI mode to switch to (``"user"``, ``"enable"``, ``"config"``...).
        close: End the session after printing.
        page_length: New paging length (0 disables paging).
        ask: A question to print before the next input (e.g. ``"Password: "``).
        secret: Do not echo the answer to ``ask``.
        on_answer: Called with the answer to ``ask``.
        slow: Seconds over which to stream the output.
        context: What a configuration sub-mode works on (``{"interface": "Gi1/0/1"}``);
            replaces the session's context when set.
    """

    text: str = ""
    mode: str | None = None
    close: bool = False
    page_length: int | None = None
    ask: str = ""
    secret: bool = False
    on_answer: Callable[[str], Reply] | None = None
    slow: float = 0.0
    context: dict[str, str] | None = None


@dataclass
class Ctx:
    """What a command handler gets (``context``: what the configuration sub-mode works on)."""

    device: Device
    world: World
    args: dict[str, str]
    words: tuple[str, ...]
    line: str
    mode: str
    user: str
    now: float
    context: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Ctx], str | Reply]


class ArgType(Protocol):
    """A slot type: decides whether tokens at ``i`` form a value and how many it takes."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        """Return ``(value, tokens consumed)`` or ``None``."""
        ...


class Word:
    """Any single token."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        return tokens[i], 1


class Number:
    """An integer within bounds."""

    def __init__(self, low: int = 0, high: int = 2**31) -> None:
        self.low, self.high = low, high

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        tok = tokens[i]
        if tok.isdigit() and self.low <= int(tok) <= self.high:
            return tok, 1
        return None


class Ip:
    """An IPv4 address."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        try:
            return str(ipaddress.IPv4Address(tokens[i])), 1
        except ValueError:
            return None


class Prefix:
    """An IPv4 prefix ``a.b.c.d/n``."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        try:
            return str(ipaddress.IPv4Network(tokens[i], strict=False)), 1
        except ValueError:
            return None


_HEX = re.compile(r"[0-9a-fA-F]")


class Mac:
    """A MAC address in any usual notation; the value is normalised to ``aabb.ccdd.eeff``."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        digits = "".join(_HEX.findall(tokens[i]))
        stripped = re.sub(r"[.:\-]", "", tokens[i])
        if len(digits) != 12 or len(stripped) != 12:
            return None
        d = digits.lower()
        return f"{d[0:4]}.{d[4:8]}.{d[8:12]}", 1


class Rest:
    """Everything to the end of the line."""

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        return " ".join(tokens[i:]), len(tokens) - i


_IFACE_SPLIT = re.compile(r"^([A-Za-z\-]*)\s*(\d.*)$")


class InterfaceArg:
    """An interface of the device, written in full or abbreviated (``gi0/1``, ``Gi 0/1``, ``e1/5``).

    The type part of the name may be any prefix of the real type, and may stand as a separate
    token before the number, the way CLIs accept ``GigabitEthernet 0/1``.
    """

    def match(self, tokens: Sequence[str], i: int, device: Device) -> tuple[str, int] | None:
        found = self._find(tokens[i], device)
        if found:
            return found, 1
        if i + 1 < len(tokens) and tokens[i].isalpha():
            found = self._find(tokens[i] + tokens[i + 1], device)
            if found:
                return found, 2
        return None

    @staticmethod
    def _find(text: str, device: Device) -> str | None:
        exact = device.iface(text)
        if exact is not None:
            return exact.name
        m = _IFACE_SPLIT.match(text)
        if not m:
            return None
        kind, number = m.group(1).lower(), m.group(2).lower()
        for iface in device.interfaces.values():
            im = _IFACE_SPLIT.match(iface.name)
            if im and im.group(2).lower() == number and im.group(1).lower().startswith(kind):
                return iface.name
        return None


DEFAULT_ARGS: Mapping[str, ArgType] = {
    "interface": InterfaceArg(),
    "vlan": Number(1, 4094),
    "ip": Ip(),
    "mask": Ip(),
    "prefix": Prefix(),
    "mac": Mac(),
    "n": Number(),
    "rest": Rest(),
}


@dataclass
class Node:
    """A place in the tree: keyword children, slot children and perhaps a handler."""

    keywords: dict[str, Node] = field(default_factory=dict)
    slots: list[tuple[str, ArgType, Node]] = field(default_factory=list)
    handler: Handler | None = None
    level: int = 15  # lowest privilege that sees this node
    handler_level: int = 15


@dataclass
class Match:
    """A resolved command."""

    handler: Handler
    args: dict[str, str]
    words: tuple[str, ...]


@dataclass
class Failure:
    """Why a line did not resolve: kind is ``invalid``, ``incomplete`` or ``ambiguous``.

    ``index`` is the failing token's position and ``column`` its offset in the line.
    ``choices`` lists the keywords an ambiguous token could have meant.
    """

    kind: str
    index: int
    column: int
    token: str = ""
    choices: tuple[str, ...] = ()


class CommandTree:
    """Commands of one CLI mode."""

    def __init__(self, args: Mapping[str, ArgType] | None = None) -> None:
        self.root = Node()
        self.args: dict[str, ArgType] = dict(DEFAULT_ARGS)
        if args:
            self.args.update(args)

    def add(self, pattern: str, handler: Handler, *, level: int = 1) -> None:
        """Register ``pattern`` → ``handler``; ``level`` 15 hides it from unprivileged users."""
        self._add(self.root, pattern.split(), handler, level)

    def _add(self, node: Node, words: list[str], handler: Handler, level: int) -> None:
        node.level = min(node.level, level)
        if not words:
            node.handler, node.handler_level = handler, level
            return
        word, rest = words[0], words[1:]
        if word.startswith("{"):
            name = word.strip("{}")
            arg = self.args.get(name.rstrip("0123456789"), self.args.get(name, Word()))
            for slot_name, _, found in node.slots:
                if slot_name == name:
                    child = found
                    break
            else:
                child = Node()
                node.slots.append((name, arg, child))
            self._add(child, rest, handler, level)
            return
        alternatives = word.split("|")
        child = next((node.keywords[w] for w in alternatives if w in node.keywords), Node())
        for alt in alternatives:
            node.keywords.setdefault(alt, child)
        self._add(child, rest, handler, level)

    def resolve(self, line: str, device: Device, level: int) -> Match | Failure:
        """Resolve a command line for a user of privilege ``level``."""
        tokens, columns = _tokens(line)
        node, args, words = self.root, {}, []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            low = tok.lower()
            exact = node.keywords.get(low)
            if exact is not None and exact.level <= level:  # a whole word: no scan
                node = exact
                words.append(low)
                i += 1
                continue
            visible = {k: n for k, n in node.keywords.items() if n.level <= level}
            targets: dict[int, tuple[str, Node]] = {}
            for kw, child in visible.items():
                if kw.startswith(low):
                    targets.setdefault(id(child), (kw, child))
            if len(targets) == 1:
                kw, node = next(iter(targets.values()))
                words.append(kw)
                i += 1
                continue
            slot = self._slot(node, tokens, i, device, level)
            if slot is not None:
                name, value, used, node = slot
                args[name] = value
                i += used
                continue
            if len(targets) > 1:
                choices = tuple(sorted(kw for kw in visible if kw.startswith(low)))
                return Failure("ambiguous", i, columns[i], tok, choices)
            return Failure("invalid", i, columns[i], tok)
        if node.handler is None or node.handler_level > level:
            end = len(line.rstrip())
            return Failure("incomplete", len(tokens), end, "")
        return Match(node.handler, args, tuple(words))

    def call(self, line: str, ctx: Ctx, level: int = 15) -> str | Reply | None:
        """Resolve and run ``line`` with ``ctx``'s device; ``None`` if it does not resolve."""
        found = self.resolve(line, ctx.device, level)
        if isinstance(found, Failure):
            return None
        sub = Ctx(ctx.device, ctx.world, found.args, found.words, line, ctx.mode, ctx.user,
                  ctx.now, dict(ctx.context))
        return found.handler(sub)

    @staticmethod
    def _slot(node: Node, tokens: Sequence[str], i: int, device: Device,
              level: int) -> tuple[str, str, int, Node] | None:
        for name, arg, child in node.slots:
            if child.level > level:
                continue
            got = arg.match(tokens, i, device)
            if got is not None:
                return name, got[0], got[1], child
        return None

    def keywords(self) -> list[str]:
        """The first words this tree knows (for help and completion lists)."""
        return sorted(self.root.keywords)


def _tokens(line: str) -> tuple[list[str], list[int]]:
    tokens: list[str] = []
    columns: list[int] = []
    for m in re.finditer(r'"[^"]*"|\S+', line):
        tokens.append(m.group(0).strip('"'))
        columns.append(m.start())
    return tokens, columns


def password_gate(secret: str, prompt: str, granted: Reply, denied: str,
                  tries: int = 3) -> Reply:
    """Ask for ``secret`` (without echo) up to ``tries`` times, then grant or deny.

    The personality supplies the words: the prompt, what happens when the secret is right
    (usually a mode change) and the final refusal text.
    """

    def check(answer: str, left: int = tries) -> Reply:
        if answer == secret:
            return granted
        if left > 1:
            return Reply(ask=prompt, secret=True,
                         on_answer=lambda again: check(again, left - 1))
        return Reply(denied)

    return Reply(ask=prompt, secret=True, on_answer=check)
