"""Alerts from API health rounds: the monitor's alert engine, in step with the store.

A health round started through the API (``POST /api/health``, ``POST /api/jobs/health``,
the MCP ``health_check`` tool) feeds its check results to the same
:class:`~nornir_nlchat.health.alerts.AlertEngine` as ``nlchat monitor``, with the same
policy (``health.alerts``: raise after N bad polls, cooldown, hysteresis, clear after M
good polls), and writes what happens to the same tables: the alert rows and their events
(which ``GET /api/alerts``, ``GET /api/alerts/events`` and the web page follow) and the
webhooks of ``health.webhooks``.

Before each round the engine takes the store's firing alerts as they are now
(:meth:`~nornir_nlchat.health.alerts.AlertEngine.sync`): an alert the monitor raised is
cleared by API rounds once the device is healthy again, and one the monitor cleared is not
cleared twice. The count of bad polls of an alert that is not raised yet lives in this
process, as in the monitor.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from nornir_nlchat.health.alerts import AlertEngine, AlertEvent

if TYPE_CHECKING:
    from nornir_nlchat.health.history import HealthHistory
    from nornir_nlchat.health.notify import Dispatcher
    from nornir_nlchat.health.poll import HostPoll
    from nornir_nlchat.health.rules import CheckResult
    from nornir_nlchat.health.settings import HealthSettings

log = logging.getLogger(__name__)


class RoundAlerts:
    """Raise and clear alerts from API health rounds.

    Args:
        settings: The health settings (alert policy and webhooks).
        history: The store's health history (alerts are read from and written there).
    """

    def __init__(self, settings: HealthSettings, history: HealthHistory) -> None:
        self.engine = AlertEngine(settings.alerts)
        self.history = history
        self._webhooks = list(settings.webhooks)
        self._retries = settings.webhook_retries
        self._dispatcher: Dispatcher | None = None
        self._lock = threading.Lock()

    def process(self, polls: list[HostPoll], fleet_results: list[CheckResult]
                ) -> list[AlertEvent]:
        """Feed one round (each host's poll, then fleet-wide results such as loops) to the
        engine, store what happened and notify; returns the events.

        A store that cannot be read or written is logged, never raised: the round's
        answer matters more than its alerts.
        """
        from nornir_nlchat.health.loops import FLEET
        from nornir_nlchat.logs import mask

        with self._lock:
            try:
                self.engine.sync(self.history.open_alerts())
            except Exception as exc:
                log.warning("could not read the open alerts: %s", mask(str(exc)))
                return []
            events: list[AlertEvent] = []
            for poll in polls:
                events += self.engine.process(poll.results)
            if fleet_results:
                events += self.engine.process(fleet_results, scope=FLEET)
            try:
                self.history.record_events(events)
                active = self.engine.active()
                if active:
                    self.history.update_active(active)
            except Exception as exc:
                log.warning("could not store %d alert event(s): %s", len(events),
                            mask(str(exc)))
            self._notify(events)
        for event in events:
            log.log(logging.WARNING if event.notify else logging.INFO, "alert %s", event)
        return events

    def _notify(self, events: list[AlertEvent]) -> None:
        if not self._webhooks or not any(e.notify for e in events):
            return
        if self._dispatcher is None:
            from nornir_nlchat.health.notify import Dispatcher, WebhookNotifier

            self._dispatcher = Dispatcher([WebhookNotifier(url, retries=self._retries)
                                           for url in self._webhooks])
        self._dispatcher.submit(events)

    def close(self) -> None:
        """Deliver what is queued and stop the webhook thread."""
        if self._dispatcher is not None:
            self._dispatcher.close()
