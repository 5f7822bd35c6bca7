import io
import json
import logging

from nornir_nlchat.logs import JSONFormatter, mask, register_secret, setup_logging


def test_registered_secret_is_masked_in_text() -> None:
    register_secret("Tr0ub4dor&3")
    assert mask("auth Tr0ub4dor&3 rejected") == "auth ******** rejected"


def test_keyed_values_are_masked() -> None:
    assert "hunter" not in mask('{"password": "hunter", "user": "ops"}')
    assert "abc123" not in mask("api_key=abc123 more")


def test_json_lines_carry_context_and_mask(capsys: object) -> None:
    register_secret("pw-in-a-log-line")
    stream = io.StringIO()
    setup_logging("INFO", "json", stream=stream)
    logging.getLogger("nlchat.test").info(
        "connect with %s", "pw-in-a-log-line",
        extra={"host": "R1", "command": "show clock", "duration_ms": 12.5, "session": "s1"},
    )
    line = json.loads(stream.getvalue().strip().splitlines()[-1])
    assert line["message"] == "connect with ********"
    assert line["host"] == "R1" and line["command"] == "show clock"
    assert line["duration_ms"] == 12.5 and line["session"] == "s1"
    assert {"timestamp", "level", "logger"} <= set(line)
    assert isinstance(JSONFormatter().format(logging.makeLogRecord({"msg": "x"})), str)


def test_library_tracebacks_stay_off_the_console() -> None:
    stream = io.StringIO()
    setup_logging("WARNING", "text", stream=stream)
    try:
        raise RuntimeError("boom with pw-in-a-log-line")
    except RuntimeError:
        logging.getLogger("nlchat.test").exception("task failed")
        logging.getLogger("nornir.core.task").exception("host failed")
    out = stream.getvalue()
    assert "task failed" in out
    assert "Traceback" not in out and "host failed" not in out
