"""The REST API against the lab, over a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

from typing import Any

from tests.nlchat.service.svc_helpers import Service


def test_no_token_is_401(service: Service) -> None:
    anonymous = service.client()
    reply = anonymous.get("/api/devices")
    assert reply.status == 401
    assert reply.headers["www-authenticate"] == "Bearer"
    assert "nlchat token create" in reply.json()["detail"]
    assert anonymous.post("/api/ask", {"query": "show version on INBLRDC1RTR1"}).status == 401
    assert anonymous.get("/api/me", token="nlc_0123456789ab_" + "x" * 43).status == 401
    assert anonymous.get("/api/me", token="not-a-token").status == 401
    # probes need no token
    assert anonymous.get("/healthz").json()["status"] == "ok"


def test_revoked_token_is_refused(service: Service) -> None:
    info, token = service.core.tokens.create("alice", name="short-lived")
    client = service.client()
    assert client.get("/api/me", token=token).json()["user"] == "alice"
    service.core.tokens.revoke(info.id)
    assert client.get("/api/me", token=token).status == 401


def test_token_maps_to_user_and_roles(service: Service) -> None:
    me = service.client("alice").get("/api/me").json()
    assert me == {"user": "alice", "admin": False, "roles": ["blr"], "may_write": False,
                  "access_control": True}
    names = {d["name"] for d in service.client("alice").get("/api/devices").json()}
    assert names and all(n.startswith("INBLR") for n in names)
    assert len(service.client("root").get("/api/devices").json()) == 20


def test_host_without_access_is_403_and_audited(service: Service) -> None:
    alice = service.client("alice")
    reply = alice.post("/api/ask", {"query": "show version on SGSINDC1RTR1"})
    assert reply.status == 403, reply.body
    assert reply.json()["hosts"] == ["SGSINDC1RTR1"]
    assert "not allowed" in reply.json()["detail"]
    assert alice.get("/api/devices/SGSINDC1RTR1").status == 403
    assert alice.post("/api/health", {"query": "cpu on SGSINDC1RTR1"}).status == 403
    rows = service.core.history.audit(user="alice", host="SGSINDC1RTR1")
    assert len(rows) >= 3 and {r.outcome for r in rows} == {"denied"}
    assert {r.command for r in rows} >= {"device details", "health check"}
    # the audit trail is readable through the API too (alice: her own rows only)
    audit = alice.get("/api/audit?host=SGSINDC1RTR1").json()
    assert audit and {a["user"] for a in audit} == {"alice"}


def test_ask_answers_and_follows_up(service: Service) -> None:
    alice = service.client("alice")
    first = alice.post("/api/ask", {"query": "show version on INBLRDC1RTR1"}).json()
    assert first["status"] == "ok", first["text"]
    result = first["results"]["INBLRDC1RTR1"]
    assert result["command"] == "show version" and result["parsed"][0]["hostname"] == \
        "INBLRDC1RTR1"
    conversation = first["conversation_id"]
    follow = alice.post("/api/ask", {"query": "and the cpu?",
                                     "conversation_id": conversation}).json()
    assert follow["status"] == "ok" and follow["hosts"] == ["INBLRDC1RTR1"], follow["text"]
    assert "CPU" in follow["text"]
    messages = alice.get(f"/api/conversations/{conversation}/messages").json()
    assert [m["status"] for m in messages] == ["ok", "ok"]
    assert any(c["id"] == conversation for c in alice.get("/api/conversations").json())
    # someone else's conversation is not found
    assert service.client("root").post("/api/ask", {
        "query": "and memory?", "conversation_id": conversation}).status == 404


def test_unknown_refused_and_unclear_are_ordinary_answers(service: Service) -> None:
    alice = service.client("alice")
    unknown = alice.post("/api/ask", {"query": "show version on NOSUCHBOX99"})
    assert unknown.status == 200 and unknown.json()["status"] == "none"
    refused = alice.post("/api/ask", {"query": "reload INBLRDC1RTR1"})
    assert refused.status == 200 and refused.json()["status"] == "refused"
    assert refused.json()["text"]
    ambiguous = alice.post("/api/ask", {"query": "cpu on the bangalore core switch"}).json()
    assert ambiguous["status"] in ("ambiguous", "ok"), ambiguous
    run = alice.post("/api/run", {"command": "configure terminal", "hosts": ["INBLRDC1RTR1"]})
    assert run.status == 200 and run.json()["status"] == "refused"
    assert run.json()["results"]["INBLRDC1RTR1"]["error_kind"] == "refused"
    explicit = alice.post("/api/ask", {"query": "show clock", "hosts": ["INBLRB1RTR1"]})
    assert explicit.json()["status"] == "ok", explicit.body


def test_bad_input_is_422_naming_the_field(service: Service) -> None:
    alice = service.client("alice")

    def field_of(reply: Any) -> list[Any]:
        assert reply.status == 422, reply.body
        return [e["loc"] for e in reply.json()["detail"]]

    assert ["body", "query"] in field_of(alice.post("/api/ask", {}))
    assert ["body", "query"] in field_of(alice.post("/api/ask", {"query": ""}))
    assert ["body", "surprise"] in field_of(alice.post("/api/ask", {"query": "x",
                                                                    "surprise": 1}))
    assert ["body", "platform"] in field_of(alice.post("/api/translate", {
        "query": "cpu", "platform": "commodore64"}))
    assert ["body", "checks", 0] in field_of(alice.post("/api/health", {"checks": ["vibes"]}))
    assert ["query", "limit"] in field_of(alice.get("/api/audit?limit=0"))
    translated = alice.post("/api/translate", {"query": "cpu usage", "platform": "junos"})
    assert translated.json()["command"] == "show chassis routing-engine"


def test_probes_and_metrics(service: Service) -> None:
    client = service.client()
    ready = client.get("/readyz")
    assert ready.status == 200 and ready.json()["ready"] is True
    assert ready.json()["checks"]["inventory"]["detail"] == "20 device(s)"
    metrics = client.get("/metrics")
    assert metrics.status == 200 and metrics.headers["content-type"].startswith("text/plain")
    assert 'nlchat_http_requests_total{method="GET",route="/readyz",status="200"}' \
        in metrics.body
    schema = client.get("/openapi.json").json()
    assert "token" in schema["components"]["securitySchemes"]
    assert "cisco_ios" in schema["components"]["schemas"]["TranslateRequest"]["properties"][
        "platform"]["enum"]


def test_devices_health_and_alert_ack(service: Service) -> None:
    from nornir_nlchat.health.alerts import Alert, AlertEvent
    from nornir_nlchat.health.verdict import Status, utcnow

    alice = service.client("alice")
    round_ = alice.post("/api/health", {"query": "cpu and memory on INBLRDC1RTR1"}).json()
    assert round_["hosts"] == ["INBLRDC1RTR1"] and round_["checks"] == ["cpu", "memory"]
    assert round_["status"] in ("ok", "warning", "critical"), round_
    device = alice.get("/api/devices/INBLRDC1RTR1").json()
    assert device["location"]["city"] == "Bangalore"
    assert set(device["health"]["checks"]) >= {"cpu", "memory"}
    samples = alice.get("/api/health/results?host=INBLRDC1RTR1&check=cpu").json()
    assert samples and samples[-1]["host"] == "INBLRDC1RTR1"
    # an alert raised by the monitor, acknowledged through the API
    now = utcnow()
    for host in ("INBLRDC1RTR2", "SGSINDC1RTR1"):
        alert = Alert(host=host, check="cpu", subject="", severity=Status.CRITICAL,
                      state="firing", opened_at=now, message="CPU 97 %")
        service.core.fleet.health_store.record_events([AlertEvent("raised", alert, now, True)])
    alerts = alice.get("/api/alerts?state=firing").json()
    assert [a["host"] for a in alerts] == ["INBLRDC1RTR2"]  # not the Singapore one
    acked = alice.post(f"/api/alerts/{alerts[0]['id']}/ack", {"note": "on it"}).json()
    assert acked["ack"]["user"] == "alice" and acked["ack"]["note"] == "on it"
    assert alice.post("/api/alerts/999999/ack", {}).status == 404
    singapore = [a for a in service.client("root").get("/api/alerts").json()
                 if a["host"] == "SGSINDC1RTR1"]
    assert alice.post(f"/api/alerts/{singapore[0]['id']}/ack", {}).status == 403
