"""Reading an answer until the prompt that follows the echo; cleaning it like Netmiko."""

from __future__ import annotations

import re
from typing import Any

from nornir_nlchat.execute.connections import AnswerReader, clean_output

PROMPT = re.compile(r"SW4[^\n]{0,64}[#>$%\]]\s*$")


def _feed(reader: AnswerReader, *pieces: str) -> list[bool]:
    return [reader.feed(p.encode()) for p in pieces]


def test_a_leftover_prompt_does_not_end_the_answer() -> None:
    reader = AnswerReader("show version", PROMPT, "utf-8")
    assert _feed(reader, "SW4# ", "show ver", "sion\r\n", "Image stamp: x\r\n", "SW4# ") == \
        [False, False, False, False, True]
    assert reader.text().startswith("SW4# show version")


def test_echo_with_escape_codes_and_prompt_in_one_piece() -> None:
    reader = AnswerReader("show clock", PROMPT, "utf-8")
    assert _feed(reader, "\x1b[?25lshow clock\x1b[?25h\r\n10:00 UTC\r\nSW4# ") == [True]


def test_long_commands_end_at_the_prompt_alone() -> None:
    command = "show " + "x" * 500
    reader = AnswerReader(command, PROMPT, "utf-8")
    assert _feed(reader, "wrapped echo\r\nSW4# ") == [True]


class _Conn:
    base_prompt = "SW4"
    RESPONSE_RETURN = "\n"
    ansi_escape_codes = False

    def normalize_linefeeds(self, text: str) -> str:
        return text.replace("\r\n", "\n")

    def strip_prompt(self, text: str) -> Any:
        lines = text.split("\n")
        return "\n".join(lines[:-1]) if self.base_prompt in lines[-1] else text


def test_clean_output_drops_what_came_before_the_echo_and_a_second_echo() -> None:
    raw = "SW4# show version\r\nshow version\r\nImage stamp: x\r\nBoot: y\r\nSW4# "
    assert clean_output(_Conn(), raw, "show version") == "Image stamp: x\nBoot: y"
    assert clean_output(_Conn(), "no echo here\r\nSW4# ", "show version") == "no echo here"
