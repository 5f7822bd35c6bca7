"""Plans inside a conversation: a follow-up is planned with the conversation's context
(devices and commands shown before anything runs), and the ask with its ``plan_id`` runs
exactly that plan, once; answers carry the page's wording and a compact table."""

from __future__ import annotations

from typing import Any

from tests.nlchat.service.svc_helpers import Client, Service

BANGALORE_ROUTERS = {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}


def _ran(answer: dict[str, Any]) -> dict[str, list[str]]:
    return {h: r["command"].split("\n") for h, r in answer["results"].items() if r["command"]}


def _ask_plan(client: Client, query: str, conversation_id: str | None = None
              ) -> tuple[dict[str, Any], dict[str, Any]]:
    body: dict[str, Any] = {"query": query}
    if conversation_id:
        body["conversation_id"] = conversation_id
    plan = client.post("/api/plan", body)
    assert plan.status == 200, plan.body
    shown = plan.json()
    answer = client.post("/api/ask", {**body, "plan_id": shown["plan_id"]}, timeout=120)
    assert answer.status == 200, answer.body
    return shown, answer.json()


def _delhi_switches(client: Client) -> set[str]:
    hosts = set(client.post("/api/resolve", {"query": "the delhi switches"}).json()["hosts"])
    assert hosts and all(h.startswith("INDEL") for h in hosts)
    return hosts


def test_follow_ups_are_planned_in_their_conversation_and_run_as_shown(
        service: Service) -> None:
    root = service.client("root")
    first, answer = _ask_plan(root, "cpu on the bangalore routers")
    assert first["status"] == "ready" and set(first["hosts"]) == BANGALORE_ROUTERS
    assert _ran(answer) == first["commands"]
    conversation = answer["conversation_id"]
    assert conversation

    # "what about memory?": the same devices, another question, shown before it runs
    memory, answer = _ask_plan(root, "what about memory?", conversation)
    assert memory["status"] == "ready", memory
    assert set(memory["hosts"]) == BANGALORE_ROUTERS
    assert memory["said"] == "what about memory?" and memory["conversation_id"] == conversation
    assert memory["commands"] != first["commands"]
    assert _ran(answer) == memory["commands"]
    assert answer["conversation_id"] == conversation

    # "and the delhi switches?": the same question, other devices
    delhi, answer = _ask_plan(root, "and the delhi switches?", conversation)
    assert delhi["status"] == "ready", delhi
    assert set(delhi["hosts"]) == _delhi_switches(root)
    assert _ran(answer) == delhi["commands"]

    # the conversation recorded what was said, in order
    said = [m["query"] for m in root.get(f"/api/conversations/{conversation}/messages").json()]
    assert said == ["cpu on the bangalore routers", "what about memory?",
                    "and the delhi switches?"]


def test_a_filter_follow_up_is_planned_as_running_nothing(service: Service) -> None:
    root = service.client("root")
    _, answer = _ask_plan(root, "interfaces on INBLRDC1RTR1")
    conversation = answer["conversation_id"]
    audit_before = len(root.get("/api/audit?host=INBLRDC1RTR1&limit=1000").json())
    shown, filtered = _ask_plan(root, "only the ones that are down", conversation)
    assert shown["status"] == "filter" and shown["commands"] == {}
    assert shown["hosts"] == ["INBLRDC1RTR1"]
    assert filtered["status"] == "ok" and "down" in filtered["text"]
    assert all(r["output"] == "" for r in filtered["results"].values())
    # nothing was sent to the device
    assert len(root.get("/api/audit?host=INBLRDC1RTR1&limit=1000").json()) == audit_before


def test_a_plan_runs_once_for_its_own_request_and_user(service: Service) -> None:
    root, alice = service.client("root"), service.client("alice")
    shown = root.post("/api/plan", {"query": "show version on INBLRB1RTR1"}).json()
    plan_id = shown["plan_id"]
    other = root.post("/api/ask", {"query": "show version on INBLRDC1RTR1", "plan_id": plan_id})
    assert other.status == 422 and "another request" in other.body
    stolen = alice.post("/api/ask", {"query": "show version on INBLRB1RTR1", "plan_id": plan_id})
    assert stolen.status == 404
    ran = root.post("/api/ask", {"query": "show version on INBLRB1RTR1", "plan_id": plan_id})
    assert ran.status == 200 and set(ran.json()["results"]) == {"INBLRB1RTR1"}
    again = root.post("/api/ask", {"query": "show version on INBLRB1RTR1", "plan_id": plan_id})
    assert again.status == 404 and "plan again" in again.json()["detail"]
    # someone else's conversation cannot be planned in
    conversation = ran.json()["conversation_id"]
    assert alice.post("/api/plan", {"query": "and memory?",
                                    "conversation_id": conversation}).status == 404


def test_a_follow_up_job_knows_its_devices_before_it_runs(service: Service) -> None:
    root = service.client("root")
    _, answer = _ask_plan(root, "cpu on the bangalore routers")
    shown = root.post("/api/plan", {"query": "what about memory?",
                                    "conversation_id": answer["conversation_id"]}).json()
    job = root.post("/api/jobs/ask", {"query": "what about memory?",
                                      "conversation_id": answer["conversation_id"],
                                      "plan_id": shown["plan_id"]})
    assert job.status == 202, job.body
    assert set(job.json()["hosts"]) == BANGALORE_ROUTERS
    events = root.events(f"/api/jobs/{job.json()['id']}/events")
    done = events[-1][1]
    assert done["status"] == "done" and _ran(done["result"]) == shown["commands"]
    # without a plan id the job plans first (in the conversation) and runs that
    job = root.post("/api/jobs/ask", {"query": "and the delhi switches?",
                                      "conversation_id": answer["conversation_id"]})
    assert job.status == 202 and set(job.json()["hosts"]) == _delhi_switches(root)


def test_cpu_answers_have_a_compact_table_and_page_wording(service: Service) -> None:
    answer = service.client("root").post("/api/ask", {"query": "cpu on the bangalore routers"},
                                         timeout=120).json()
    overview = answer["overview"]
    assert overview["title"] == "CPU % per device"
    assert overview["columns"][0] == "host" and overview["columns"][-1] == "records"
    parsed = {h: r for h, r in answer["results"].items() if r["parsed"]}
    assert [row[0] for row in overview["rows"]] == list(parsed)
    assert overview["records"] == sum(len(r["parsed"]) for r in parsed.values()) > len(parsed)
    for row in overview["rows"]:  # the figures are those of the sentence
        figures = [f"{value:g} %" for value in row[1:-1] if value is not None]
        line = next(x for x in answer["text"].splitlines() if x.startswith(f"{row[0]}:"))
        assert figures and all(f in line for f in figures), (row, line)
    assert "--raw" not in answer["web_text"]
    unparsed = [h for h, r in answer["results"].items()
                if not r["parsed"] and not r["failed"] and r["output"].strip()]
    for host in unparsed:
        line = next(x for x in answer["web_text"].splitlines() if x.startswith(f"{host}:"))
        assert "see Raw output" in line
    # lines of parsed devices are the summary's own
    for host in parsed:
        line = next(x for x in answer["text"].splitlines() if x.startswith(f"{host}:"))
        assert line in answer["web_text"].splitlines()


def test_page_wording_and_overview_from_results() -> None:
    from nlchat.answer import Answer, HostResult
    from nlchat.service.answer_view import overview, stored_web_text, web_text
    from nlchat.summaries import summarize
    from nornir_nlchat.translate.result import Translation

    cpu = [{"cpu_usage_5_sec": "91", "cpu_usage_1_min": "85", "cpu_usage_5_min": "40",
            "process_name": name} for name in ("a", "b", "c")]
    results = {
        "R1": HostResult("R1", "cisco_ios", "show processes cpu sorted", parsed=cpu),
        "R2": HostResult("R2", "cisco_ios", "show processes cpu sorted",
                         output="line one\nline two\n", parse_error="not parsed: no template"),
        "R3": HostResult("R3", "cisco_ios", "show processes cpu sorted", output="garbage\n",
                         parse_error="TextFSM: state error"),
        "R4": HostResult("R4", "cisco_ios", None, failed=True, error="timed out"),
    }
    translation = Translation(status="ok", command="show processes cpu sorted",
                              commands=["show processes cpu sorted"], intent="cpu",
                              provider="rules", platform="cisco_ios")
    text = "\n".join(summarize(r, "cpu", "cpu on R1") for r in results.values())
    answer = Answer("cpu on R1", "partial", hosts=list(results), results=results,
                    translations={"cisco_ios": translation}, text=text)
    page = web_text(answer).splitlines()
    assert "--raw" in text and "--raw" not in "\n".join(page)
    assert page[0] == text.splitlines()[0] and page[3] == text.splitlines()[3]
    assert page[1] == "R2: 2 lines of output, not parsed into a table (see Raw output)."
    assert page[2].startswith("R3: the output could not be parsed (see Raw output). "
                              "First line: garbage")
    # the compact table: one row for R1's three records, the sentence's figures
    assert overview(answer) == {"title": "CPU % per device", "records": 3,
                                "columns": ["host", "5 s", "1 min", "5 min", "records"],
                                "rows": [["R1", 91.0, 85.0, 40.0, 3]]}
    # any other text is left as it is; a stored one is reworded in its words
    other = Answer("q", "refused", results=results, text="Refused: that changes state.")
    assert web_text(other) == "Refused: that changes state."
    assert stored_web_text("R2: 26 lines of output (--raw shows them).") == \
        "R2: 26 lines of output (see Raw output)."
    assert "--raw" not in stored_web_text(text)


def test_memory_overview_rows_follow_the_sentences_figures() -> None:
    from nlchat.answer import Answer, HostResult
    from nlchat.service.answer_view import overview
    from nornir_nlchat.translate.result import Translation

    command = "show processes memory sorted"  # IOS counts bytes (its catalog says so)
    results = {
        "R1": HostResult("R1", "cisco_ios", command, parsed=[
            {"memory_total": "1073741824", "memory_used": "268435456"}]),
        "R2": HostResult("R2", "cisco_ios", command, parsed=[{"process": "x"}]),
        "R3": HostResult("R3", "cisco_ios", "show memory", parsed=[
            {"memory_total": "8000", "memory_used": "2000"}]),  # unit unknown: % only
    }
    translation = Translation(status="ok", command=command, commands=[command],
                              intent="memory", provider="rules", platform="cisco_ios")
    answer = Answer("memory", "ok", hosts=list(results), results=results,
                    translations={"cisco_ios": translation}, text="")
    assert overview(answer) == {"title": "Memory per device", "records": 3,
                                "columns": ["host", "used %", "used MB", "total MB"],
                                "rows": [["R1", 25.0, 256.0, 1024.0],
                                         ["R2", None, None, None],
                                         ["R3", 25.0, None, None]]}
