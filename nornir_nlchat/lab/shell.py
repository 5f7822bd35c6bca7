"""One interactive CLI session: line editing, echo, prompts, modes, pipes, paging and faults.

The shell is vendor-free: everything it prints that a vendor words comes from the device's
:class:`~nornir_nlchat.lab.personality.ShellProfile`.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from nornir_nlchat.lab.commands import Ctx, Failure, Reply
from nornir_nlchat.lab.filters import PipeError, apply_filters, parse_pipes, split_pipes

if TYPE_CHECKING:
    from nornir_nlchat.lab.faults import FaultBook
    from nornir_nlchat.lab.personality import ShellProfile
    from nornir_nlchat.lab.state import Device
    from nornir_nlchat.lab.world import World

logger = logging.getLogger(__name__)

PRIVILEGED = 15
_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_PLAIN = re.compile(r"[^\x00-\x1f\x7f]+")  # typed text that is only echoed and kept


class SessionClosed(Exception):
    """The client went away."""


class Shell:
    """A CLI session on one device for one user.

    Args:
        world: The lab.
        device: The device logged into.
        user: Who logged in.
        write: Sends text to the client.
        faults: Active faults (a command may hang, garble or cut the session).

    What the shell prints is buffered and sent when it next waits (for input, or while a
    slow command pauses) and when a command ends: the output of a command and the prompt
    after it leave together, as a device's TTY buffer sends them, in one packet instead of
    one per 40-line chunk. The echo of a typed line leaves with them (or as soon as the
    command waits: a hang or a slow reply still shows it). The bytes and their order are the
    same as with unbuffered writes.
    """

    def __init__(self, world: World, device: Device, user: str, write: Callable[[str], None],
                 faults: FaultBook) -> None:
        self.world, self.device, self.user = world, device, user
        self.profile: ShellProfile = world.personality(device).shell
        self._send = write
        self._out: list[str] = []
        self.faults = faults
        self.inbox: asyncio.Queue[str] = asyncio.Queue()
        self.pending = ""
        self.last_cr = False
        level = device.users.get(user, 1)
        self.mode = self.profile.privileged_mode if level >= PRIVILEGED else (
            self.profile.unprivileged_mode)
        self.page_length = self.profile.page_length
        self.closed = False
        self.context: dict[str, str] = {}  # what a configuration sub-mode works on

    @property
    def nl(self) -> str:
        """The line end."""
        return self.profile.line_end

    @property
    def level(self) -> int:
        """Current privilege level (15 in privileged and config modes)."""
        return 1 if self.mode == self.profile.unprivileged_mode != self.profile.privileged_mode \
            else PRIVILEGED

    @property
    def in_config(self) -> bool:
        """In configuration mode or one of its sub-modes (``config-if``, ``config-vlan``...)."""
        return self.mode.startswith("config")

    def write(self, text: str) -> None:
        """Queue ``text`` for the client (sent at the next :meth:`flush`)."""
        if text:
            self._out.append(text)

    def flush(self) -> None:
        """Send what was written since the last flush, in one write."""
        if self._out:
            text = "".join(self._out)
            self._out.clear()
            self._send(text)

    def feed(self, data: str) -> None:
        """Queue input from the client."""
        self.inbox.put_nowait(data)

    def close(self) -> None:
        """Tell the session loop that the client is gone."""
        self.closed = True
        self.inbox.put_nowait("")

    async def _char(self) -> str:
        while not self.pending:
            self.flush()
            data = await self.inbox.get()
            if self.closed:
                raise SessionClosed
            self.pending = _ESCAPE.sub("", data)
        ch, self.pending = self.pending[0], self.pending[1:]
        return ch

    async def read_line(self, echo: bool = True) -> str | None:
        """Read one line with echo and simple editing; ``None`` when Ctrl-C aborted it.

        Echo is written once per chunk of input rather than per character: a client that sends
        a whole command gets its echo in one packet.
        """
        buf: list[str] = []
        out: list[str] = []

        def flush() -> None:
            if out:
                self.write("".join(out))
                out.clear()

        while True:
            if not self.pending:
                flush()
            else:  # a run of plain characters at once (the same as one by one, faster)
                plain = _PLAIN.match(self.pending)
                if plain is not None:
                    text = plain.group(0)
                    self.pending = self.pending[plain.end():]
                    buf.extend(text)
                    if echo:
                        out.append(text)
                    self.last_cr = False
                    continue
            ch = await self._char()
            if ch == "\n" and self.last_cr:
                self.last_cr = False
                continue
            self.last_cr = ch == "\r"
            if ch in "\r\n":
                out.append(self.nl)
                flush()  # the echo leaves with the command's output (or when it waits)
                return "".join(buf)
            if ch in "\x7f\x08":
                if buf:
                    buf.pop()
                    if echo:
                        out.append("\b \b")
            elif ch == "\x15":
                if echo:
                    out.append("\b \b" * len(buf))
                buf.clear()
            elif ch == "\x03":
                out.append("^C" + self.nl)
                flush()
                return None
            elif ch == "\x1a":
                out.append("^Z" + self.nl)
                flush()
                return "\x1a"
            elif ch == "\t" or ch < " ":
                continue
            else:
                buf.append(ch)
                if echo:
                    out.append(ch)

    def prompt(self) -> str:
        """The prompt for the current mode."""
        return self.profile.prompt(self.device, self.mode, self.user)

    async def run(self) -> None:
        """Greet the user, then serve commands until logout or disconnect."""
        try:
            motd = self.profile.motd(self.device)
            if motd:
                self.write(self._lines(motd) + self.nl)
            if self.profile.press_any_key:
                self.write(self.profile.press_any_key)
                await self._char()
                self.pending = self.pending.lstrip("\r\n")
                self.write(self.nl)
            while not self.closed:
                self.write(self.prompt())
                line = await self.read_line()
                if line is None:
                    continue
                if not await self._execute(line):
                    return
        except SessionClosed:
            return
        finally:
            self.flush()

    async def run_once(self, line: str) -> None:
        """Serve one command without a prompt (``ssh host command``)."""
        self.mode = self.profile.privileged_mode
        self.page_length = 0
        await self.execute(line, interactive=False)

    async def execute(self, line: str, interactive: bool = True) -> bool:
        """Run one command line; return False when the session should end."""
        try:
            return await self._execute(line, interactive)
        finally:
            self.flush()

    async def _execute(self, line: str, interactive: bool = True) -> bool:
        """:meth:`execute` without the final flush (the prompt joins the output)."""
        if line == "\x1a":
            if self.in_config:
                self.mode = self.profile.privileged_mode
                self.context = {}
            return True
        if not line.strip():
            return True
        prompt = self.prompt()
        reply = self._dispatch(line, prompt)
        fault = self.faults.command_fault(self.device.name, line)
        if fault == "hang":
            while True:
                await self._char()
        while reply.ask:
            self.write(reply.ask)
            answer = await self.read_line(echo=not reply.secret)
            reply = self._answer(reply, answer or "", line, prompt)
        text = reply.text
        if fault == "garbage":
            text = _garble(text, self.device.name)
        if text:
            body = self._lines(text) + self.nl
            if fault == "disconnect":
                self.write(body[: len(body) // 2])
                return False
            await self._page(body, reply.slow if interactive else 0.0)
        elif fault == "disconnect":
            return False
        if self.profile.before_prompt and interactive:
            self.write(self.profile.before_prompt)
        if reply.context is not None:
            self.context = dict(reply.context)
        if reply.mode:
            self.mode = reply.mode
            if not self.in_config:
                self.context = {}
        if reply.page_length is not None:
            self.page_length = reply.page_length
        return not reply.close

    def _dispatch(self, line: str, prompt: str) -> Reply:
        command, segments = split_pipes(line)
        tree = self.profile.config_tree if self.in_config else self.profile.exec_tree
        errors = self.profile.errors
        try:
            chain = parse_pipes(segments, self.profile.pipes)
        except PipeError as exc:
            return Reply(self._error(exc.kind, line, exc.column, prompt, ()))
        if segments and not self.profile.pipes:
            return Reply(errors.invalid(line, segments[0][1] - 1, prompt))
        found = tree.resolve(command, self.device, self.level)
        if isinstance(found, Failure):
            kind = found.kind
            if kind == "invalid" and found.index == 0 and errors.unknown:
                return Reply(errors.unknown(line, found.column, prompt))
            return Reply(self._error(kind, line, found.column, prompt, found.choices))
        ctx = Ctx(self.device, self.world, found.args, found.words, command, self.mode,
                  self.user, self.world.now(), dict(self.context))
        try:
            result = found.handler(ctx)
        except Exception:  # a renderer bug must cost one command, never the session
            logger.exception("%s: command %r failed", self.device.name, line)
            return Reply(self._failed(line, prompt))
        reply = Reply(result) if isinstance(result, str) else result
        if chain and reply.text:
            reply.text = apply_filters(reply.text, chain)
        return reply

    def _answer(self, reply: Reply, answer: str, line: str, prompt: str) -> Reply:
        """The reply to ``answer`` (a handler's follow-up may fail like the handler)."""
        if reply.on_answer is None:
            return Reply()
        try:
            return reply.on_answer(answer)
        except Exception:
            logger.exception("%s: command %r failed", self.device.name, line)
            return Reply(self._failed(line, prompt))

    def _failed(self, line: str, prompt: str) -> str:
        """What the user sees when a handler raised: the platform's invalid-input error."""
        return self.profile.errors.invalid(line, len(line) - len(line.lstrip()), prompt)

    def _error(self, kind: str, line: str, column: int, prompt: str,
               choices: tuple[str, ...]) -> str:
        errors = self.profile.errors
        if kind == "ambiguous":
            return errors.ambiguous(line, column, prompt, choices)
        if kind == "incomplete":
            return errors.incomplete(line, column, prompt)
        return errors.invalid(line, column, prompt)

    def _lines(self, text: str) -> str:
        return text.replace("\r\n", "\n").replace("\n", self.nl)

    async def _page(self, body: str, slow: float) -> None:
        if not slow and self.page_length <= 1:  # no paging, no pauses: the same text at once
            self.write(body)
            return
        lines = body.split(self.nl)
        if lines and lines[-1] == "":
            lines.pop()
        page = self.page_length - 1 if self.page_length > 1 else 0
        chunk = 40
        pause = slow / max(1, len(lines) // chunk) if slow else 0.0
        i = 0
        shown = 0
        while i < len(lines):
            step = chunk if not page else min(chunk, page - shown)
            part = lines[i:i + step]
            self.write(self.nl.join(part) + self.nl)
            i += len(part)
            shown += len(part)
            if pause:
                self.flush()
                await asyncio.sleep(pause)
            if page and shown >= page and i < len(lines):
                more = self.profile.more
                self.write(more)
                key = await self._char()
                self.write("\r" + " " * len(more) + "\r")
                if key in "qQ\x03":
                    return
                shown = page - 1 if key in "\r\n" else 0


def _garble(text: str, seed: str) -> str:
    rng = random.Random(seed + text[:20])
    noise = "".join(chr(rng.choice([rng.randint(0x21, 0x7E), 0x1B, 0x07, 0xFFFD]))
                    for _ in range(rng.randint(60, 200)))
    cut = rng.randint(0, max(1, len(text) // 2))
    return text[:cut] + noise + "\n" + text[cut + len(text) // 3:]
