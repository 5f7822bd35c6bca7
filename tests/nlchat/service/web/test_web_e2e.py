"""The web chat end to end: headless Chromium against the served API over the lab.

Screenshots go to ``tests/artifacts/web/`` (or ``$NLCHAT_WEB_ARTIFACTS``); the path is
printed. The tests share one browser and run in order (sign-in, chat, map and alerts,
narrow screen), but each signs in again when it has to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.nlchat.service.svc_helpers import Service
from tests.nlchat.service.web.browser import artifacts_dir, start_chromium, viewport, wait_for

BANGALORE_ROUTERS = {"INBLRDC1RTR1", "INBLRDC1RTR2", "INBLRB1RTR1"}
FAULTY = "INDELB1RTR1"  # its site, DEL-B1, turns red and back
RANK = {"none": -1, "unknown": 0, "ok": 1, "warning": 2, "critical": 3}
COLOURS = {"ok": "rgb(47, 158, 68)", "warning": "rgb(232, 164, 0)",
           "critical": "rgb(224, 49, 49)", "unknown": "rgb(121, 80, 242)",
           "none": "rgb(173, 181, 189)"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    driver = start_chromium()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots() -> Path:
    folder = artifacts_dir()
    print(f"\nweb screenshots: {folder}")
    return folder


def shot(driver: Any, folder: Path, name: str) -> None:
    driver.execute_async_script(  # let the page paint what just changed (scrolls, sticky)
        "const done = arguments[0];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()))")
    path = folder / f"{name}.png"
    assert driver.save_screenshot(str(path)), path
    assert path.stat().st_size > 5000


def js(driver: Any, script: str, *args: Any) -> Any:
    return driver.execute_script(script, *args)


def signed_in(driver: Any, service: Service) -> None:
    """Make sure the page is open and signed in as root."""
    if not driver.current_url.startswith(service.url):
        driver.get(service.url + "/")
    if js(driver, "return !document.querySelector('#view-login').hidden"):
        field = driver.find_element("id", "token")
        field.clear()
        field.send_keys(service.tokens["root"] + "\n")
        wait_for(lambda: js(driver, "return document.querySelector('.tabs').hidden === false"),
                 message="the signed-in page")


def go(driver: Any, view: str) -> None:
    driver.find_element("id", f"tab-{view}").click()
    wait_for(lambda: js(driver, f"return !document.querySelector('#view-{view}').hidden"),
             message=f"the {view} view")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def _figure(value: Any) -> str:
    """A compact table's cell: numbers with thousands separators and one decimal at most."""
    if value is None:
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:,.1f}"
        return text[:-2] if text.endswith(".0") else text
    return str(value)


Table = tuple[list[str], list[list[str]]]
ROW_CAP = 50  # rows a table shows before "Show all"


def _table(rows: list[dict[str, Any]], columns: list[str] | None = None,
           cap: int = ROW_CAP) -> Table:
    columns = columns or list(dict.fromkeys(k for row in rows for k in row))
    return ([c.replace("_", " ") for c in columns],
            [[_text(row.get(c)) for c in columns] for row in rows[:cap]])


def expected_tables(answer: dict[str, Any], cap: int = ROW_CAP) -> dict[str, list[Table]]:
    """The answer tables the page should show. ``shown``: the compact table of the
    figures the sentence uses (when the answer has one), then one table for hosts whose
    output was not parsed or that failed (their first line of output, or their error).
    ``records``: one table per command with the parsed records of its hosts (behind a
    disclosure when there is a compact table; otherwise shown, before the other one).
    Columns in order of appearance; ``cap`` rows per table."""
    groups: dict[str, list[dict[str, Any]]] = {}
    other: list[dict[str, Any]] = []
    for host, r in answer["results"].items():
        if r["parsed"] and not r["failed"]:
            groups.setdefault(r["command"], []).extend({"host": host, **rec}
                                                       for rec in r["parsed"])
        else:
            first = (r["output"] or "").strip().split("\n")[0] or "(no output)"
            other.append({"host": host,
                          "result": (r["error"] or "failed") if r["failed"] else first})
    records = [_table(rows, cap=cap) for rows in groups.values()]
    shown: list[Table] = []
    if answer["overview"]:
        view = answer["overview"]
        shown.append(_table([{c: _figure(v) for c, v in zip(view["columns"], row, strict=True)}
                             for row in view["rows"]], view["columns"]))
    else:
        shown += records
    if other:
        shown.append(_table(other, cap=cap))
    return {"shown": shown, "records": records if answer["overview"] else []}


def page_tables(driver: Any, card: Any, where: str = "") -> list[Table]:
    found = js(driver, """
        return [...arguments[0].querySelectorAll(arguments[1] + 'table.data')]
            .filter(t => arguments[1] || !t.closest('details.records')).map(t => [
            [...t.tHead.rows[0].cells].map(c => c.textContent),
            [...t.tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent))]);
    """, card, where)
    return [(headers, rows) for headers, rows in found]


def check_answer_tables(driver: Any, card: Any, answer: dict[str, Any]) -> None:
    """The compact table and the others as the API's answer says, the full records
    behind "All records", capped, and all of them after "Show all"."""
    expected = expected_tables(answer)
    assert page_tables(driver, card) == expected["shown"]
    assert page_tables(driver, card, "details.records ") == expected["records"]
    if not expected["records"]:
        return
    card.find_element("css selector", "details.records > summary").click()
    for button in card.find_elements("css selector", "details.records button.show-all"):
        button.click()
    assert page_tables(driver, card, "details.records ") == \
        expected_tables(answer, cap=5000)["records"]


def latest_job(service: Service) -> dict[str, Any]:
    jobs: list[dict[str, Any]] = service.client("root").get("/api/jobs?limit=1").json()
    return jobs[0]


def test_sign_in_ask_plan_progress_answer_table_and_follow_up(
        service: Service, browser: Any, shots: Path) -> None:
    driver = browser
    viewport(driver, 1600, 1000)
    driver.get(service.url + "/")
    wait_for(lambda: js(driver, "return document.readyState === 'complete'"))
    timing = js(driver, "return performance.getEntriesByType('navigation')[0].toJSON()")
    load_ms = timing["loadEventEnd"] - timing["startTime"]
    print(f"\nfirst page load on loopback (cold browser): {load_ms:.0f} ms (request "
          f"{timing['requestStart']:.0f} ms, response end {timing['responseEnd']:.0f} ms, "
          f"DOMContentLoaded {timing['domContentLoadedEventEnd']:.0f} ms)")
    assert 0 < load_ms < 1000
    driver.refresh()
    wait_for(lambda: js(driver, "return document.readyState === 'complete'"))
    warm = js(driver, "const t = performance.getEntriesByType('navigation')[0];"
                      "return t.loadEventEnd - t.startTime")
    print(f"page load again (warm browser, revalidated assets): {warm:.0f} ms")
    assert 0 < warm < 1000
    assert driver.switch_to.active_element.get_attribute("id") == "token"
    shot(driver, shots, "01-sign-in-1600")

    # a wrong token is refused with a reason; the right one signs in
    token = driver.find_element("id", "token")
    token.send_keys("nlc_nope_nope\n")
    error = wait_for(lambda: driver.find_element("id", "login-error").text,
                     message="the sign-in error")
    assert "not accepted" in error
    signed_in(driver, service)
    assert driver.find_element("id", "who-name").text == "root (admin)"
    secret = service.tokens["root"]
    assert secret not in driver.page_source
    assert secret not in (js(driver, "return JSON.stringify(localStorage)") or "")
    shot(driver, shots, "02-chat-empty-1600")

    # Enter sends; the plan (devices and commands) shows before the answer
    question = driver.find_element("id", "question")
    assert driver.switch_to.active_element == question
    question.send_keys("cpu on the bangalore routers\n")
    plan = service.client("root").post("/api/plan",
                                       {"query": "cpu on the bangalore routers"}).json()
    shown = wait_for(lambda: js(driver, """
        const rows = document.querySelectorAll('#thread .plan-box table.plan tr');
        return rows.length ? [...rows].map(r => [r.cells[0].textContent,
                                                r.cells[1].textContent]) : null;"""),
                     message="the plan")
    assert {host: command for host, command in shown} == {
        host: "".join(cmds) for host, cmds in plan["commands"].items()}
    assert set(plan["commands"]) == BANGALORE_ROUTERS
    card = wait_for(lambda: driver.find_element("css selector", "#thread .a[data-status]"),
                    timeout=30, message="the answer")
    assert card.get_attribute("data-status") == "ok"
    chips = js(driver, "return [...arguments[0].querySelectorAll('.progress .chip')]"
                       ".map(c => [c.dataset.host, c.dataset.state])", card)
    assert chips == [] or {h for h, s in chips if s == "done"} == BANGALORE_ROUTERS
    job = latest_job(service)
    answer = job["result"]
    assert job["request"]["query"] == "cpu on the bangalore routers"
    assert set(answer["results"]) == BANGALORE_ROUTERS
    overview = answer["overview"]
    assert overview["title"] == "CPU % per device"
    assert {row[0] for row in overview["rows"]} | {
        h for h, r in answer["results"].items() if not r["parsed"]} == BANGALORE_ROUTERS
    shown = page_tables(driver, card)
    assert shown == expected_tables(answer)["shown"]
    assert {row[0] for _, rows in shown for row in rows} == BANGALORE_ROUTERS
    assert len(shown[0][1]) < sum(len(r["parsed"] or []) for r in answer["results"].values())
    text = card.find_element("css selector", ".a-text").text
    assert text == answer["web_text"].strip() and "--raw" not in text
    raw = js(driver, "return [...arguments[0].querySelectorAll('details.raw h4')]"
                     ".map(h => h.textContent)", card)
    assert len(raw) == 3
    js(driver, "arguments[0].scrollIntoView({block: 'end'})", card)
    shot(driver, shots, "03-chat-answer-1600")
    check_answer_tables(driver, card, answer)  # opens "All records" and shows all rows
    js(driver, "arguments[0].querySelector('details.records').scrollIntoView()", card)
    shot(driver, shots, "03b-chat-all-records-1600")
    js(driver, "arguments[0].querySelector('details.records').open = false", card)

    # a follow-up keeps the conversation's devices, and shows its plan before it runs
    js(driver, """
        window.plansSeen = [];
        new MutationObserver(() => {
            for (const box of document.querySelectorAll('#thread .plan-box:not([data-seen])')) {
                box.dataset.seen = 'true';
                window.plansSeen.push([box.querySelector('.plan-title').textContent,
                    [...box.querySelectorAll('table.plan tr')].map(r => [
                        r.cells[0].textContent, r.cells[1].textContent])]);
            }
        }).observe(document.querySelector('#thread'), {childList: true, subtree: true});""")
    question.send_keys("what about memory?\n")
    wait_for(lambda: len(driver.find_elements("css selector", "#thread .a[data-status]")) == 2,
             timeout=30, message="the follow-up's answer")
    seen = js(driver, "return window.plansSeen")
    assert len(seen) == 1, (seen, driver.find_elements("css selector", "#thread .a")[1].text)
    followed = seen[0]
    follow = latest_job(service)
    assert follow["request"]["conversation_id"] == answer["conversation_id"]
    assert follow["request"]["plan_id"]  # it ran the plan that was shown
    assert set(follow["result"]["results"]) == BANGALORE_ROUTERS
    ran = {h: r["command"] for h, r in follow["result"]["results"].items() if r["command"]}
    assert followed[0] == "Follow-up: will run on 3 device(s):"
    assert dict(followed[1]) == ran and any("mem" in c for c in ran.values())
    second = driver.find_elements("css selector", "#thread .a")[1]
    assert page_tables(driver, second) == expected_tables(follow["result"])["shown"]
    titles = wait_for(lambda: js(driver, "return [...document.querySelectorAll("
                                         "'#history-list button[aria-current=true]')]"
                                         ".map(b => b.dataset.id)"),
                      message="the conversation in the sidebar")
    assert titles == [answer["conversation_id"]]
    js(driver, "document.querySelector('#thread').scrollTop = 1e6")
    shot(driver, shots, "04-chat-follow-up-1600")


def expected_sites(service: Service) -> dict[str, str]:
    """Site → worst latest health status of its devices (``none``: never polled)."""
    sites: dict[str, str] = {}
    for device in service.client("root").get("/api/devices").json():
        status = (device["health"] or {}).get("status", "none")
        site = device["site"]
        if site not in sites or RANK.get(status, 0) > RANK[sites[site]]:
            sites[site] = status if status in RANK else "unknown"
    return sites


def page_sites(driver: Any) -> dict[str, tuple[str, str]]:
    found = js(driver, """
        return [...document.querySelectorAll('#map .site')].map(g => [g.dataset.site,
            g.dataset.status, getComputedStyle(g.querySelector('circle.mark')).fill]);""")
    return {site: (status, fill) for site, status, fill in found}


def test_map_markers_and_live_alerts_follow_a_cpu_fault(
        service: Service, lab: Any, browser: Any, shots: Path) -> None:
    driver = browser
    viewport(driver, 1600, 1000)
    signed_in(driver, service)
    root = service.client("root")
    go(driver, "chat")  # toasts show while another view is open
    lab.fault(FAULTY, "cpu-high", load=97)
    try:
        # a health round through the API colours every site and raises the alert
        round_ = root.post("/api/health", {"checks": ["cpu"]}, timeout=120).json()
        assert round_["status"] == "critical" and not round_["failed_hosts"]
        toast = wait_for(lambda: [t.text for t in driver.find_elements(
            "css selector", "#toasts .toast") if FAULTY in t.text], timeout=15,
            message="the alert's toast")
        assert toast == [f"{FAULTY} cpu: raised"]
        shot(driver, shots, "04b-chat-toast-1600")
        sites = expected_sites(service)
        assert sites["DEL-B1"] == "critical" and len(sites) == 4

        go(driver, "map")
        shown = wait_for(lambda: (s := page_sites(driver)) and {
            k: v[0] for k, v in s.items()} == sites and s, message="the map's markers")
        assert set(shown) == set(sites)  # one marker per site
        for site, (status, fill) in shown.items():
            assert fill == COLOURS[status], (site, status, fill)
        wait_for(lambda: driver.find_element(  # (the map redraws when devices change)
            "css selector", '#map .site[data-site="DEL-B1"] circle.mark').click() or True,
            message="a click on DEL-B1")
        devices = wait_for(lambda: js(driver, "return [...document.querySelectorAll("
                                              "'#site-panel [data-device]')]"
                                              ".map(d => d.dataset.device)"),
                           message="the site's devices")
        assert FAULTY in devices and all(d.startswith("INDELB1") for d in devices)
        shot(driver, shots, "05-map-1600")

        # the alert appears in the page by itself (Server-Sent Events)
        go(driver, "alerts")
        selector = f'#alerts li[data-host="{FAULTY}"][data-check="cpu"][data-state="firing"]'
        item = wait_for(lambda: driver.find_element("css selector", selector), timeout=15,
                        message="the raised alert")
        assert int(driver.find_element("id", "alert-badge").text) >= 1
        assert "cpu" in item.text.lower()
        alert_id = item.get_attribute("data-alert")
        shot(driver, shots, "06-alerts-firing-1600")
        item.find_element("css selector", "button").click()
        note = driver.switch_to.active_element
        note.send_keys("looking at it\n")
        wait_for(lambda: "Acknowledged by root" in driver.find_element(
            "css selector", selector).text, message="the acknowledgement")
        acked = [a for a in root.get(f"/api/alerts?host={FAULTY}").json()
                 if str(a["id"]) == alert_id]
        assert acked[0]["ack"]["note"] == "looking at it"
    finally:
        lab.clear(FAULTY)

    # the fault cleared: the next health round clears the alert and the page follows
    assert root.post("/api/health", {"query": FAULTY, "checks": ["cpu"]},
                     timeout=120).json()["status"] == "ok"
    wait_for(lambda: not driver.find_elements("css selector", selector), timeout=15,
             message="the alert to leave the firing list")
    driver.find_element("id", "show-all").click()
    cleared = wait_for(lambda: driver.find_element(
        "css selector", f'#alerts li[data-alert="{alert_id}"]'), message="the cleared alert")
    assert cleared.get_attribute("data-state") == "cleared"
    shot(driver, shots, "07-alerts-cleared-1600")
    go(driver, "map")
    after = expected_sites(service)
    assert after["DEL-B1"] != "critical"
    wait_for(lambda: {k: v[0] for k, v in page_sites(driver).items()} == after,
             message="the map's colours after the fault cleared")


def test_narrow_screen_keyboard_and_no_overflow(service: Service, browser: Any,
                                                shots: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    driver = browser
    signed_in(driver, service)
    viewport(driver, 400, 860)
    for view in ("chat", "map", "alerts"):
        go(driver, view)
        overflow = js(driver, "return document.documentElement.scrollWidth - innerWidth")
        assert overflow <= 0, (view, overflow)
        shot(driver, shots, f"{8 + ('chat', 'map', 'alerts').index(view):02d}-{view}-400")

    # toasts take a strip of their own under the header: nothing of the page is covered
    go(driver, "chat")
    js(driver, "toast('INBLRB1SW1 memory: raised', 'critical');"
               "toast('INBLRB1SW1 memory: cleared', 'ok')")
    boxes = js(driver, """
        const box = (sel) => document.querySelector(sel).getBoundingClientRect().toJSON();
        return {toasts: box('#toasts'), main: box('main'), ask: box('#ask-form'),
                header: box('header'), height: innerHeight};""")
    assert boxes["toasts"]["height"] > 20
    assert boxes["header"]["bottom"] <= boxes["toasts"]["top"] + 0.5
    assert boxes["toasts"]["bottom"] <= boxes["main"]["top"] + 0.5
    assert boxes["ask"]["bottom"] <= boxes["height"] + 0.5  # the ask box stays on screen
    assert js(driver, "return document.documentElement.scrollWidth - innerWidth") <= 0
    shot(driver, shots, "08b-chat-toasts-400")
    js(driver, "document.querySelector('#toasts').replaceChildren()")

    # keyboard: a marker opens its site with Enter; Escape gives the focus back
    go(driver, "map")
    wait_for(lambda: driver.find_element(
        "css selector", '#map .site[data-site="BLR-DC1"]').send_keys(Keys.ENTER) or True,
        message="Enter on BLR-DC1")
    wait_for(lambda: js(driver, "return document.querySelectorAll("
                                "'#site-panel [data-device]').length") == 7,
             message="BLR-DC1's seven devices")
    assert driver.switch_to.active_element.tag_name == "button"  # focus moved to the panel
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert driver.switch_to.active_element.get_attribute("data-site") == "BLR-DC1"

    # the conversation list folds away on a narrow screen
    go(driver, "chat")
    toggle = driver.find_element("id", "history-toggle")
    assert toggle.is_displayed() and toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert driver.find_element("css selector", "#history-list button").is_displayed()
    shot(driver, shots, "11-chat-history-400")
    toggle.click()
    question = driver.find_element("id", "question")
    question.click()
    question.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("id") == "send"
    viewport(driver, 1600, 1000)
