import random

from nornir_nlchat.errors import AuthenticationFailure, CommandTimeout, ConnectionFailure
from nornir_nlchat.execute.classify import (
    _ANSI,
    _CONTROL,
    classify,
    device_error,
    garbled,
    kind_of,
)


class NetmikoAuthenticationException(Exception):
    """Named like netmiko's, to check classification by name."""


class ReadTimeout(Exception):
    pass


def test_classification() -> None:
    assert isinstance(classify(NetmikoAuthenticationException("bad"), "R1"),
                      AuthenticationFailure)
    assert isinstance(classify(ConnectionRefusedError(111, "refused"), "R1"), ConnectionFailure)
    assert isinstance(classify(TimeoutError("timed out"), "R1"), ConnectionFailure)
    assert isinstance(classify(ReadTimeout("Pattern not detected"), "R1"), CommandTimeout)
    assert kind_of(classify(EOFError(), "R1")) == "connection"
    assert "R1" in str(classify(ValueError("odd"), "R1"))


def test_device_error_text() -> None:
    out = "show vresion\n    ^\n% Invalid input detected at '^' marker.\n"
    assert device_error(out, (r"^% Invalid input",)) == "% Invalid input detected at '^' marker."
    assert device_error("ok output", (r"^% Invalid input",)) is None


def test_garbled_ascii_check_agrees_with_the_full_scan() -> None:
    """The quick ASCII check finds exactly what the regular expression finds."""
    rng = random.Random(3)
    alphabet = [chr(c) for c in range(0, 128)] + ["\ufffd", "é", "\x1b[0m"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) if rng.random() < 0.2 else "a"
                       for _ in range(rng.randint(0, 30)))
        bad = _CONTROL.findall(_ANSI.sub("", text))
        expected = f"{len(bad)} control or undecodable characters" if bad else None
        assert garbled(text) == expected, repr(text)
    assert garbled("Gi0/1\tup\r\n\bup") is None


def test_device_error_looks_at_the_first_lines_only() -> None:
    out = "\n".join(["line"] * 6 + ["% Invalid input detected"])
    assert device_error(out, (r"^% Invalid input",)) is None
    assert device_error("\n\n  % Invalid input\nmore", (r"^% Invalid input",)) == \
        "% Invalid input"
