import io
import json
import logging
from collections.abc import Iterator

import pytest

from nornir_nlchat.logs import JSONFormatter, mask, register_secret, setup_logging


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


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


def test_debug_shows_masked_tracebacks_and_other_handlers_keep_them() -> None:
    register_secret("pw-in-a-traceback")
    stream = io.StringIO()
    setup_logging("DEBUG", "text", stream=stream)
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    logging.getLogger().addHandler(Keep())
    try:
        raise RuntimeError("boom pw-in-a-traceback")
    except RuntimeError:
        logging.getLogger("nlchat.test").exception("failed")
    out = stream.getvalue()
    assert "Traceback" in out and "pw-in-a-traceback" not in out and "********" in out
    assert seen and seen[-1].exc_info is not None
