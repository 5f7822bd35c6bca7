"""Prometheus metrics, scraped over HTTP."""

from __future__ import annotations

import urllib.request
from datetime import datetime, timezone

import pytest

from nornir_nlchat.health.alerts import Alert, AlertEvent
from nornir_nlchat.health.facts import Cpu, Facts, Memory
from nornir_nlchat.health.rules import evaluate
from nornir_nlchat.health.verdict import Status

pytest.importorskip("prometheus_client")


def test_metrics_are_served_and_reflect_polls_and_alerts() -> None:
    from nornir_nlchat.health.metrics import HealthMetrics

    metrics = HealthMetrics()
    facts = Facts(ran=["cpu", "memory"])
    facts.add(Cpu(91.0, 40.0, 20.0))
    facts.add(Memory(200, 50))
    metrics.observe_poll("sw1", "cisco_ios", 0.42, facts, evaluate("sw1", facts))
    metrics.observe_poll("sw2", "cisco_nxos", 5.0, None, [], error_kind="connection")
    alert = Alert("sw1", "cpu", "", Status.WARNING)
    metrics.observe_alerts([AlertEvent("raised", alert, datetime.now(timezone.utc), True)],
                           [alert])
    port = metrics.serve(0)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
            text = resp.read().decode()
    finally:
        metrics.close()
    assert 'nlchat_device_cpu_percent{host="sw1",window="five_sec"} 91.0' in text
    assert 'nlchat_device_memory_percent{host="sw1"} 25.0' in text
    assert 'nlchat_health_status{check="cpu",host="sw1"} 1.0' in text
    assert 'nlchat_alerts_active{severity="warning"} 1.0' in text
    assert 'nlchat_alert_events_total{check="cpu",event="raised",severity="warning"} 1.0' \
        in text
    assert 'nlchat_polls_total{result="failed"} 1.0' in text
    assert 'nlchat_poll_failures_total{host="sw2",kind="connection"} 1.0' in text
    assert 'nlchat_poll_duration_seconds_count{platform="cisco_ios"} 1.0' in text
