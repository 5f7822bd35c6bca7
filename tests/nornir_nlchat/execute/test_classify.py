
from nornir_nlchat.errors import AuthenticationFailure, CommandTimeout, ConnectionFailure
from nornir_nlchat.execute.classify import classify, device_error, kind_of


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
