"""Reading an answer until the prompt that follows the echo; cleaning it like Netmiko."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from nornir_nlchat.execute.connections import (
    AnswerReader,
    _normalize_linefeeds,
    _strip_prompt,
    clean_output,
)

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


def _driver(device_type: str) -> Any:
    from netmiko import ConnectHandler

    conn = ConnectHandler(device_type=device_type, host="192.0.2.1", auto_connect=False)
    conn.base_prompt = "SW4"
    return conn


@pytest.mark.parametrize("device_type", ["cisco_ios", "arista_eos", "juniper_junos",
                                         "cisco_nxos", "aruba_aoscx", "hp_procurve"])
def test_line_feeds_and_prompt_are_cleaned_exactly_like_netmiko(device_type: str) -> None:
    """The fast clean-up gives Netmiko's own result, for every mix of CR and LF."""
    conn = _driver(device_type)
    rng = random.Random(7)
    pieces = ["\r", "\n", "\r\n", "\n\r", "\r\r\n", "x", "SW4# ", "{master:0}", " "]
    texts = ["", "SW4#", "a\r\nb\r\nSW4# ", "a\nb", "\r\n\r"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(1500)]
    for text in texts:
        normal = conn.normalize_linefeeds(text)
        assert _normalize_linefeeds(conn, text) == normal, repr(text)
        assert _strip_prompt(conn, normal) == conn.strip_prompt(normal), repr(normal)
