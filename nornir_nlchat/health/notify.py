"""Telling people: a webhook (JSON POST, retried) and a Python callback.

Notifiers receive :class:`~nornir_nlchat.health.alerts.AlertEvent` objects whose ``notify``
flag is set. The :class:`Dispatcher` delivers them from a background thread, so a slow or
dead webhook never delays polling::

    dispatcher = Dispatcher([WebhookNotifier("https://hooks.example/alerts"),
                             CallbackNotifier(print)])
    dispatcher.submit(events)
    dispatcher.close()          # delivers what is queued, then stops
"""

from __future__ import annotations

import json
import logging
import queue
import random
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from nornir_nlchat.health.alerts import AlertEvent
from nornir_nlchat.logs import mask

log = logging.getLogger(__name__)


class Notifier(Protocol):
    """Something that can be told about an alert event."""

    def send(self, event: AlertEvent) -> None:
        """Deliver ``event``; raise when it could not be delivered."""
        ...


class NotifyError(RuntimeError):
    """A notification could not be delivered after all retries."""


class WebhookNotifier:
    """POST each event as JSON to ``url``; retry with exponential, jittered backoff.

    Args:
        url: Where to POST.
        retries: Attempts after the first failed one (connection errors, 5xx, 429).
        timeout: Seconds per attempt.
        backoff: Seconds before the first retry; doubles each time (plus up to 25 % jitter).
        headers: Extra HTTP headers (e.g. an Authorization token).
        sleep: Injectable sleep, for tests.
    """

    def __init__(self, url: str, *, retries: int = 3, timeout: float = 5.0,
                 backoff: float = 0.5, headers: Mapping[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url
        self.retries = retries
        self.timeout = timeout
        self.backoff = backoff
        self.headers = {"Content-Type": "application/json",
                        "User-Agent": "nornir-nlchat-health", **(headers or {})}
        self.sleep = sleep
        self.sent = 0
        self.failed = 0

    def send(self, event: AlertEvent) -> None:
        """POST the event; raises :class:`NotifyError` after the last failed attempt."""
        body = json.dumps(event.to_dict(), default=str).encode()
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                delay = self.backoff * (2 ** (attempt - 1))
                self.sleep(delay + random.uniform(0, delay / 4))
            request = urllib.request.Request(self.url, data=body, headers=self.headers,
                                             method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                self.sent += 1
                return
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code}"
                if exc.code < 500 and exc.code != 429:
                    break  # the receiver refuses this request: retrying will not help
            except (urllib.error.URLError, OSError, TimeoutError) as exc:
                last = str(getattr(exc, "reason", exc))
        self.failed += 1
        raise NotifyError(f"webhook {mask(self.url)} failed: {last}")


class CallbackNotifier:
    """Call a Python function with each event."""

    def __init__(self, callback: Callable[[AlertEvent], object]) -> None:
        self.callback = callback

    def send(self, event: AlertEvent) -> None:
        """Call the callback."""
        self.callback(event)


class Dispatcher:
    """Deliver events to notifiers from one background thread, in order.

    Args:
        notifiers: Who to tell.
        maxsize: Events waiting beyond this are dropped (and logged), so that a dead
            receiver cannot exhaust memory.
        on_error: Called with (notifier, event, exception) when a delivery fails.
    """

    def __init__(self, notifiers: Iterable[Notifier], *, maxsize: int = 10000,
                 on_error: Callable[[Notifier, AlertEvent, Exception], None] | None = None
                 ) -> None:
        self.notifiers = list(notifiers)
        self.on_error = on_error
        self._queue: queue.Queue[AlertEvent | None] = queue.Queue(maxsize=maxsize)
        self._thread = threading.Thread(target=self._run, name="nlchat-notify", daemon=True)
        self._started = False
        self._lock = threading.Lock()
        self.dropped = 0

    def submit(self, events: Iterable[AlertEvent]) -> None:
        """Queue the events that should be notified."""
        if not self.notifiers:
            return
        with self._lock:
            if not self._started:
                self._thread.start()
                self._started = True
        for event in events:
            if not event.notify:
                continue
            try:
                self._queue.put_nowait(event)
            except queue.Full:
                self.dropped += 1
                log.warning("notification queue full; dropped %s", event)

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every queued event was handled; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def close(self, timeout: float = 30.0) -> None:
        """Deliver what is queued (up to ``timeout``), then stop the thread."""
        if not self._started:
            return
        self.flush(timeout)
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is None:
                    return
                for notifier in self.notifiers:
                    try:
                        notifier.send(event)
                    except Exception as exc:  # one failing receiver must not stop the rest
                        log.warning("notification failed: %s", mask(str(exc)))
                        if self.on_error:
                            self.on_error(notifier, event, exc)
            finally:
                self._queue.task_done()
