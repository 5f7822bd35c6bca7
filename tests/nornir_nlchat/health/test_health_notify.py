"""Webhook (a real local HTTP server, with failures and retries) and callback notifiers."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from nornir_nlchat.health.alerts import Alert, AlertEvent
from nornir_nlchat.health.notify import (
    CallbackNotifier,
    Dispatcher,
    NotifyError,
    WebhookNotifier,
)
from nornir_nlchat.health.verdict import Status


class Receiver:
    """A webhook receiver that fails the first ``failures`` requests with ``status``."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.attempts = 0
        self.failures = 0
        self.status = 503
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                receiver.attempts += 1
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if receiver.failures:
                    receiver.failures -= 1
                    self.send_response(receiver.status)
                    self.end_headers()
                    return
                receiver.bodies.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/alerts"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def event(kind: str = "raised", notify: bool = True) -> AlertEvent:
    alert = Alert("sw1", "cpu", "", Status.CRITICAL, message="CPU 97 %", value=97.0,
                  threshold=95.0)
    return AlertEvent(kind, alert, datetime(2026, 1, 1, tzinfo=timezone.utc), notify)


def test_webhook_posts_json_and_retries_server_errors(receiver: Receiver) -> None:
    receiver.failures = 2
    hook = WebhookNotifier(receiver.url, retries=3, backoff=0.01)
    hook.send(event())
    assert receiver.attempts == 3
    (body,) = receiver.bodies
    assert body["event"] == "raised" and body["alert"]["host"] == "sw1"
    assert body["alert"]["severity"] == "critical" and body["alert"]["value"] == 97.0


def test_webhook_gives_up_after_the_last_retry_and_on_client_errors(receiver: Receiver
                                                                     ) -> None:
    receiver.failures = 10
    with pytest.raises(NotifyError, match="HTTP 503"):
        WebhookNotifier(receiver.url, retries=2, backoff=0.01).send(event())
    assert receiver.attempts == 3
    receiver.attempts, receiver.status = 0, 400
    with pytest.raises(NotifyError, match="HTTP 400"):
        WebhookNotifier(receiver.url, retries=5, backoff=0.01).send(event())
    assert receiver.attempts == 1  # a refused request is not retried


def test_webhook_to_a_closed_port_fails_cleanly() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(NotifyError):
        WebhookNotifier(f"http://127.0.0.1:{port}/", retries=1, backoff=0.01,
                        timeout=1).send(event())


def test_dispatcher_delivers_in_order_skips_silent_events_and_survives_failures(
        receiver: Receiver) -> None:
    seen: list[str] = []
    errors: list[Exception] = []

    def broken(_ev: AlertEvent) -> None:
        raise RuntimeError("boom")

    dispatcher = Dispatcher([CallbackNotifier(lambda ev: seen.append(ev.kind)),
                             CallbackNotifier(broken), WebhookNotifier(receiver.url)],
                            on_error=lambda _n, _e, exc: errors.append(exc))
    dispatcher.submit([event("raised"), event("suppressed", notify=False),
                       event("cleared")])
    assert dispatcher.flush(10)
    dispatcher.close()
    assert seen == ["raised", "cleared"]
    assert [b["event"] for b in receiver.bodies] == ["raised", "cleared"]
    assert len(errors) == 2
