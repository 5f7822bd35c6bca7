"""Tracing: ask → resolve → translate → per-host execute → parse, exported to the console,
with host/platform/command attributes and no secret."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.nlchat.service.svc_helpers import settings_for, write_config

pytest.importorskip("opentelemetry.sdk")


def _spans(text: str) -> list[dict[str, Any]]:
    """The console exporter writes one JSON object per span."""
    decoder, spans, at = json.JSONDecoder(), [], 0
    while True:
        at = text.find("{", at)
        if at < 0:
            return spans
        span, at = decoder.raw_decode(text, at)
        spans.append(span)


def test_ask_spans_to_the_console(lab: Any, tmp_path: Path) -> None:
    from nlchat.service.core import Principal, ServiceCore
    from nlchat.service.tracing import setup_tracing

    out = io.StringIO()
    config = write_config(tmp_path, Path(lab.inventory_dir), str(tmp_path / "trace.db"))
    core = ServiceCore(config, settings=settings_for(config),
                       tracer=setup_tracing("console", out=out), job_workers=1)
    try:
        _, token = core.tokens.create("alice")
        who = core.principal_for_token(token)
        assert who == Principal("alice", False, who.token_id if who else None)
        answer, _ = core.ask(who, "show version on all routers in bangalore")
        assert answer.status == "ok", answer.text
        core.fleet.health(who, "cpu on INBLRB1RTR1")
    finally:
        core.close()
    text = out.getvalue()
    spans = _spans(text)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for span in spans:
        by_name.setdefault(span["name"], []).append(span)
    assert {"ask", "resolve", "translate", "execute", "send", "parse", "health", "poll"} \
        <= set(by_name)
    ask = by_name["ask"][0]
    trace_id = ask["context"]["trace_id"]
    executed = {s["attributes"]["host"]: s for s in by_name["execute"]}
    assert set(executed) == {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}
    for span in executed.values():
        assert span["context"]["trace_id"] == trace_id
        assert span["parent_id"] == ask["context"]["span_id"]
        assert span["attributes"]["commands"] == ["show version"]
    platforms = {s["attributes"]["platform"] for s in by_name["translate"]}
    assert platforms == {"cisco_ios", "juniper_junos"}
    parse = by_name["parse"][0]
    assert parse["attributes"]["command"] == "show version"
    assert parse["parent_id"] in {s["context"]["span_id"] for s in executed.values()}
    # never a secret: not the lab's password, not the API token
    secret = token.split("_", 2)[2]  # nlc_<key>_<secret>; the secret may itself hold "_"
    assert token not in text and secret not in text
    assert '"lab"' not in text and "password" not in text.lower()
