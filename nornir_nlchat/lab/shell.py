"""One interactive CLI session: line editing, echo, prompts, modes, pipes, paging and faults.

The shell is vendor-free: everything it prints that a vendor words comes from the device's
:class:`~nornir_nlchat.lab.personality.ShellProfile`.
"""

from __future__ import annotations

import asyncio
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

PRIVILEGED = 15
_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


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
    """

    def __init__(self, world: World, device: Device, user: str, write: Callable[[str], None],
                 faults: FaultBook) -> None:
        self.world, self.device, self.user = world, device, user
        self.profile: ShellProfile = world.personality(device).shell
        self.write = write
        self.faults = faults
        self.inbox: asyncio.Queue[str] = asyncio.Queue()
        self.pending = ""
        self.last_cr = False
        level = device.users.get(user, 1)
        self.mode = self.profile.privileged_mode if level >= PRIVILEGED else (
            self.profile.unprivileged_mode)
        self.page_length = self.profile.page_length
        self.closed = False

    @property
    def nl(self) -> str:
        """The line end."""
        return self.profile.line_end

    @property
    def level(self) -> int:
        """Current privilege level (15 in privileged and config modes)."""
        return 1 if self.mode == self.profile.unprivileged_mode != self.profile.privileged_mode \
            else PRIVILEGED

    def feed(self, data: str) -> None:
        """Queue input from the client."""
        self.inbox.put_nowait(data)

    def close(self) -> None:
        """Tell the session loop that the client is gone."""
        self.closed = True
        self.inbox.put_nowait("")

    async def _char(self) -> str:
        while not self.pending:
            data = await self.inbox.get()
            if self.closed:
                raise SessionClosed
            self.pending = _ESCAPE.sub("", data)
        ch, self.pending = self.pending[0], self.pending[1:]
        return ch

    async def read_line(self, echo: bool = True) -> str | None:
        """Read one line with echo and simple editing; ``None`` when Ctrl-C aborted it."""
        buf: list[str] = []
        while True:
            ch = await self._char()
            if ch == "\n" and self.last_cr:
                self.last_cr = False
                continue
            self.last_cr = ch == "\r"
            if ch in "\r\n":
                self.write(self.nl)
                return "".join(buf)
            if ch in "\x7f\x08":
                if buf:
                    buf.pop()
                    if echo:
                        self.write("\b \b")
            elif ch == "\x15":
                if echo:
                    self.write("\b \b" * len(buf))
                buf.clear()
            elif ch == "\x03":
                self.write("^C" + self.nl)
                return None
            elif ch == "\x1a":
                self.write("^Z" + self.nl)
                return "\x1a"
            elif ch == "\t" or ch < " ":
                continue
            else:
                buf.append(ch)
                if echo:
                    self.write(ch)

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
                if not await self.execute(line):
                    return
        except SessionClosed:
            return

    async def run_once(self, line: str) -> None:
        """Serve one command without a prompt (``ssh host command``)."""
        self.mode = self.profile.privileged_mode
        self.page_length = 0
        await self.execute(line, interactive=False)

    async def execute(self, line: str, interactive: bool = True) -> bool:
        """Run one command line; return False when the session should end."""
        if line == "\x1a":
            if self.mode == "config":
                self.mode = self.profile.privileged_mode
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
            reply = reply.on_answer(answer or "") if reply.on_answer else Reply()
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
        if reply.mode:
            self.mode = reply.mode
        if reply.page_length is not None:
            self.page_length = reply.page_length
        return not reply.close

    def _dispatch(self, line: str, prompt: str) -> Reply:
        command, segments = split_pipes(line)
        tree = self.profile.config_tree if self.mode == "config" else self.profile.exec_tree
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
                  self.user, self.world.now())
        result = found.handler(ctx)
        reply = Reply(result) if isinstance(result, str) else result
        if chain and reply.text:
            reply.text = apply_filters(reply.text, chain)
        return reply

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
