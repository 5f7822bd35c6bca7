"""The page and its assets as served, and the live alert stream (no browser needed)."""

from __future__ import annotations

import gzip
import json
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tests.nlchat.service.svc_helpers import Service

WEB = Path(__file__).resolve().parents[4] / "nlchat" / "service" / "web"


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


def test_page_is_served_with_a_strict_policy_and_no_secret(service: Service) -> None:
    status, headers, body = fetch(service.url + "/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    page = body.decode()
    assert '<script src="/web/app.js" defer></script>' in page
    assert "http://" not in page and "https://" not in page  # nothing from elsewhere
    for token in service.tokens.values():
        assert token not in page


def test_assets_are_cached_compressed_and_confined_to_the_web_folder(service: Service
                                                                     ) -> None:
    status, headers, body = fetch(service.url + "/web/app.js", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert headers["content-type"].startswith("text/javascript")
    assert gzip.decompress(body) == (WEB / "app.js").read_bytes()
    again, cached, _ = fetch(service.url + "/web/app.js", {"If-None-Match": headers["etag"]})
    assert again == 304 and cached["etag"] == headers["etag"]
    status, headers, body = fetch(service.url + "/web/land-110m.json")
    assert status == 200 and json.loads(body)["type"] == "Topology"
    for name in ("README.md", "..%2Fapp.py", "missing.js", "%2e%2e%2froutes_web.py"):
        assert fetch(f"{service.url}/web/{name}")[0] == 404, name
    assert fetch(service.url + "/web/../app.py")[0] == 404
    schema = json.loads(fetch(service.url + "/openapi.json")[2])
    assert not {"/", "/web/{name}", "/api/alerts/events"} & set(schema["paths"])


def test_page_loads_fast_and_small(service: Service) -> None:
    """Everything the first view needs, fetched as a browser would (gzip)."""
    total = 0
    started = time.perf_counter()
    for path in ("/", "/web/app.css", "/web/app.js"):
        status, _, body = fetch(service.url + path, {"Accept-Encoding": "gzip"})
        assert status == 200
        total += len(body)
    elapsed = time.perf_counter() - started
    print(f"\nfirst view: {total} bytes over the wire, fetched in {elapsed * 1000:.0f} ms")
    assert total < 40_000 and elapsed < 1.0


def read_events(url: str, token: str, out: list[tuple[str, str, Any]],
                last_id: str | None = None) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    if last_id:
        headers["Last-Event-ID"] = last_id
    request = urllib.request.Request(url, headers=headers)
    name, data, event_id = "message", "", ""
    with urllib.request.urlopen(request, timeout=30) as resp:
        assert resp.headers["Content-Type"].startswith("text/event-stream")
        for raw in resp:
            line = raw.decode().rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
            elif line.startswith("id: "):
                event_id = line[4:]
            elif not line and data:
                out.append((name, event_id, json.loads(data)))
                name, data = "message", ""


def test_alert_stream_sends_a_snapshot_then_changes_the_user_may_see(service: Service
                                                                      ) -> None:
    from nornir_nlchat.health.alerts import Alert, AlertEvent
    from nornir_nlchat.health.verdict import Status

    alice = service.tokens["alice"]
    assert fetch(service.url + "/api/alerts/events")[0] == 401
    events: list[tuple[str, str, Any]] = []
    url = service.url + "/api/alerts/events?max_seconds=4"
    reader = threading.Thread(target=read_events, args=(url, alice, events))
    reader.start()
    deadline = time.monotonic() + 10
    while not events and time.monotonic() < deadline:
        time.sleep(0.05)
    assert events and events[0][0] == "snapshot"
    now = datetime.now(timezone.utc)
    history = service.core.fleet.health_store
    for host in ("INBLRB1SW1", "SGSINDC1SW1"):  # alice may query the first one only
        alert = Alert(host=host, check="memory", subject="", severity=Status.WARNING,
                      state="firing", opened_at=now, updated_at=now, message="memory 91 %")
        history.record_events([AlertEvent("raised", alert, now, True)])
    mine = [a for a in service.client("alice").get("/api/alerts?host=INBLRB1SW1").json()
            if a["check"] == "memory" and a["state"] == "firing"]
    acked = service.client("alice").post(f"/api/alerts/{mine[0]['id']}/ack", {"note": "ok"})
    assert acked.status == 200
    later = datetime.now(timezone.utc)
    cleared = Alert(host="INBLRB1SW1", check="memory", subject="", severity=Status.OK,
                    state="cleared", opened_at=now, updated_at=later, cleared_at=later,
                    message="memory 40 %")
    history.record_events([AlertEvent("cleared", cleared, later, True)])
    reader.join(timeout=20)
    changes = [(data["kind"], data["alert"]["host"], data["alert"]["id"])
               for name, _, data in events if name == "alert"]
    # (each change carries the alert as it is when the stream reads it)
    assert changes == [("raised", "INBLRB1SW1", mine[0]["id"]),
                       ("acknowledged", "INBLRB1SW1", mine[0]["id"]),
                       ("cleared", "INBLRB1SW1", mine[0]["id"])]  # never Singapore's
    assert next(d for n, _, d in events if n == "alert" and d["kind"] == "acknowledged"
                )["alert"]["ack"]["note"] == "ok"

    # reconnecting with Last-Event-ID: no snapshot, nothing sent twice
    again: list[tuple[str, str, Any]] = []
    read_events(service.url + "/api/alerts/events?max_seconds=1", alice, again,
                last_id=events[-1][1])
    assert again == []
