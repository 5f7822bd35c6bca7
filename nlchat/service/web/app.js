/* nlchat web chat: a client of the REST API (/api), no framework, no build.
 * All text from the API is put in the page with textContent (never as HTML). The API token
 * lives in sessionStorage (this tab only) and is never written into the page. */
"use strict";

const $ = (sel) => document.querySelector(sel);
const TOKEN_KEY = "nlchat.token";
const RANK = { none: -1, unknown: 0, ok: 1, warning: 2, critical: 3 };
const EXAMPLES = ["cpu on the bangalore routers", "show version on all routers in delhi",
  "interfaces down on INBLRDC1RTR1", "memory on all devices in singapore"];

const state = {
  token: sessionStorage.getItem(TOKEN_KEY) || "",
  me: null,
  view: "chat",
  conversationId: null,
  busy: false,
  devices: [],
  sites: [],
  chosenSite: null,
  alerts: new Map(),
  alertFilter: "firing",
  alertsAbort: null,
  alertsLastId: null,
  land: null,
};

/* -- DOM helpers ------------------------------------------------------------------------ */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) if (child) node.append(child);
  return node;
}
function announce(text) {
  const live = $("#announce");
  live.textContent = "";
  setTimeout(() => { live.textContent = text; }, 30);
}
/* A notice for a few seconds; a newer one with the same key replaces it (an alert's
 * "cleared" replaces its "raised"), and dropToast(key) takes it away early. */
function toast(text, tone, key) {
  const node = el("div", { class: `toast t-${tone || "info"}`, role: "status", text,
    "data-key": key || null });
  const box = $("#toasts");
  if (key) dropToast(key);
  box.append(node);
  const keep = matchMedia("(max-width: 760px)").matches ? 2 : 3;
  while (box.children.length > keep) box.firstElementChild.remove();
  setTimeout(() => node.remove(), 6000);
}
function dropToast(key) {
  for (const node of $("#toasts").querySelectorAll(".toast")) {
    if (node.dataset.key === String(key)) node.remove();
  }
}
function ago(iso) {
  if (!iso) return "";
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return "";
  const s = Math.max(0, Math.round((Date.now() - then) / 1000));
  if (s < 45) return "just now";
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86400) return `${Math.round(s / 3600)} h ago`;
  return new Date(iso).toLocaleString();
}
function scrollThread() {
  const thread = $("#thread");
  thread.scrollTop = thread.scrollHeight;
}

/* -- API -------------------------------------------------------------------------------- */
class ApiError extends Error {
  constructor(status, detail, hosts) {
    super(detail);
    this.status = status;
    this.hosts = hosts || [];
  }
}
function detailText(body, status) {
  if (body && typeof body.detail === "string") return body.detail;
  if (body && Array.isArray(body.detail)) {
    return body.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  }
  return `The service answered ${status}.`;
}
async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${state.token}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let resp;
  try {
    resp = await fetch(path, { method, headers, cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new ApiError(0, "Cannot reach the nlchat service. Is `nlchat serve` running?");
  }
  let data = null;
  const text = await resp.text();
  try { data = text ? JSON.parse(text) : null; } catch (err) { data = null; }
  if (resp.status === 401 && state.me) signOut("Your token was refused (revoked or expired).");
  if (!resp.ok) throw new ApiError(resp.status, detailText(data, resp.status), data && data.hosts);
  return data;
}
/* Server-Sent Events over fetch (EventSource cannot send the Authorization header). */
async function sse(path, onEvent, { signal, lastId } = {}) {
  const headers = { Authorization: `Bearer ${state.token}`, Accept: "text/event-stream" };
  if (lastId) headers["Last-Event-ID"] = lastId;
  const resp = await fetch(path, { headers, signal, cache: "no-store" });
  if (resp.status === 401 && state.me) signOut("Your token was refused (revoked or expired).");
  if (!resp.ok || !resp.body) throw new ApiError(resp.status, `stream answered ${resp.status}`);
  const reader = resp.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message", data = "", id = null;
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) name = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
        else if (line.startsWith("id: ")) id = line.slice(4);
      }
      if (data) onEvent(name, JSON.parse(data), id);
    }
  }
}

/* -- sign-in ---------------------------------------------------------------------------- */
async function signIn(token) {
  state.token = token;
  const me = await api("GET", "/api/me");
  state.me = me;
  sessionStorage.setItem(TOKEN_KEY, token);
  $("#who-name").textContent = me.admin ? `${me.user} (admin)` : me.user;
  $("#write-wrap").hidden = !me.may_write;
  document.querySelector(".tabs").hidden = false;
  document.querySelector(".who").hidden = false;
  $("#view-login").hidden = true;
  route();
  loadConversations();
  loadDevices();
  startAlerts();
}
function signOut(reason) {
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = "";
  state.me = null;
  state.conversationId = null;
  if (state.alertsAbort) state.alertsAbort.abort();
  state.alerts.clear();
  for (const id of ["#view-chat", "#view-map", "#view-alerts"]) $(id).hidden = true;
  document.querySelector(".tabs").hidden = true;
  document.querySelector(".who").hidden = true;
  $("#view-login").hidden = false;
  $("#thread").replaceChildren();
  const error = $("#login-error");
  error.hidden = !reason;
  error.textContent = reason || "";
  $("#token").value = "";
  $("#token").focus();
}

/* -- views ------------------------------------------------------------------------------ */
function route() {
  if (!state.me) return;
  const view = (location.hash || "#chat").slice(1);
  state.view = ["chat", "map", "alerts"].includes(view) ? view : "chat";
  for (const name of ["chat", "map", "alerts"]) {
    $(`#view-${name}`).hidden = name !== state.view;
    const tab = $(`#tab-${name}`);
    if (name === state.view) tab.setAttribute("aria-current", "page");
    else tab.removeAttribute("aria-current");
  }
  document.title = `nlchat · ${state.view[0].toUpperCase()}${state.view.slice(1)}`;
  if (state.view === "map") { loadDevices(); drawMap(); }
  if (state.view === "alerts") renderAlerts();
  if (state.view === "chat") {
    if (!$("#thread").children.length) renderWelcome();
    $("#question").focus();
  }
}

/* -- chat ------------------------------------------------------------------------------- */
function renderWelcome() {
  const examples = EXAMPLES.map((text) => el("button", { type: "button", onclick: () => {
    $("#question").value = text;
    $("#question").focus();
  } }, text));
  $("#thread").replaceChildren(el("li", { class: "welcome" },
    el("h2", { text: "Ask your network" }),
    el("p", { text: "Name devices the way you would to a colleague — by site, city, role or " +
      "name. You see the devices and commands before anything runs; commands are read-only " +
      "unless write mode is on and you confirm." }),
    el("div", { class: "examples" }, examples)));
}
function newChat() {
  state.conversationId = null;
  renderWelcome();
  markConversation();
  $("#question").focus();
}
async function loadConversations() {
  const list = $("#history-list");
  let rows;
  try {
    rows = await api("GET", "/api/conversations?limit=50");
  } catch (err) {
    list.replaceChildren(el("li", { class: "empty error", text: err.message }));
    return;
  }
  if (!rows.length) {
    list.replaceChildren(el("li", { class: "empty muted", text: "No conversations yet." }));
    return;
  }
  list.replaceChildren(...rows.map((c) => el("li", {},
    el("button", { type: "button", "data-id": c.id, onclick: () => openConversation(c.id) },
      el("span", { class: "title", text: c.title || "(untitled)" }),
      el("span", { class: "meta", text: `${ago(c.started_at)} · ${c.messages} ask` +
        (c.messages === 1 ? "" : "s") })))));
  markConversation();
}
function markConversation() {
  for (const button of document.querySelectorAll("#history-list button")) {
    button.setAttribute("aria-current", String(button.dataset.id === state.conversationId));
  }
}
async function openConversation(id) {
  closeHistory();
  let messages;
  try {
    messages = await api("GET", `/api/conversations/${encodeURIComponent(id)}/messages`);
  } catch (err) {
    toast(err.message, "critical");
    return;
  }
  state.conversationId = id;
  markConversation();
  const thread = $("#thread");
  thread.replaceChildren();
  for (const m of messages) {
    thread.append(questionItem(m.query));
    const card = el("div", { class: "a card" });
    thread.append(el("li", {}, card));
    renderStored(card, m);
  }
  scrollThread();
  $("#question").focus();
}
function questionItem(text) {
  return el("li", { class: "q" }, el("p", { text }));
}
function statusChip(status) {
  return el("span", { class: `chip s-${status}`, text: status });
}
function renderStored(card, m) {
  card.replaceChildren(el("div", { class: "a-head" }, statusChip(m.status),
    el("span", { class: "muted", text: `${(m.hosts || []).length} device(s) · ${ago(m.created_at)}` })),
  el("p", { class: "a-text", text: m.web_text || m.answer || "" }));
  const hosts = Object.keys(m.outputs || {});
  if (Object.keys(m.commands || {}).length) card.append(planTable(m.commands, {}));
  if (hosts.length) card.append(rawOutputs(hosts.map((h) => [h, m.commands[h], m.outputs[h]])));
}

function planTable(commands, writes) {
  return el("table", { class: "plan" }, el("tbody", {},
    Object.entries(commands).map(([host, cmds]) => {
      const list = Array.isArray(cmds) ? cmds : [cmds];
      const changing = new Set(writes[host] || []);
      return el("tr", {}, el("td", { text: host }), el("td", {},
        list.map((c) => el("div", { class: changing.has(c) ? "mono write" : "mono",
          text: changing.has(c) ? `${c}  (changes state)` : c }))));
    })));
}
function rawOutputs(items) {
  return el("details", { class: "raw" }, el("summary", { text: "Raw output" }),
    items.map(([host, command, output]) => [
      el("h4", { text: command ? `${host} — ${command}` : host }),
      el("pre", { text: output || "(no output)" })]));
}
function cell(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
/* One table per command (platforms answer in different shapes); hosts whose output was
 * not parsed, or that failed, share one table with the first line of their output. */
function answerGroups(answer) {
  const groups = new Map();
  for (const [host, r] of Object.entries(answer.results || {})) {
    const parsed = r.parsed && r.parsed.length && !r.failed;
    const key = parsed ? `cmd:${r.command || ""}` : "other";
    if (!groups.has(key)) groups.set(key, { title: parsed ? r.command || "" : "", rows: [] });
    const rows = groups.get(key).rows;
    if (parsed) for (const rec of r.parsed) rows.push({ host, ...rec });
    else rows.push({ host, failed: r.failed, result: r.failed ? (r.error || "failed") :
      (r.output || "").trim().split("\n")[0] || "(no output)" });
  }
  return [...groups.values()];
}
const ROW_CAP = 50;      // rows shown before "Show all"
const MAX_ROWS = 5000;   // rows "Show all" puts in the page (the raw output has the rest)
function dataTable(rows, label, columns, format, compact) {
  const cols = columns || [...new Set(rows.flatMap((r) => Object.keys(r)))]
    .filter((c) => c !== "failed");
  const numeric = new Set(cols.filter((c) => rows.every((r) => r[c] === undefined ||
    r[c] === null || r[c] === "" || !Number.isNaN(Number(r[c])))));
  const rowEl = (r) => el("tr", { class: r.failed ? "failed" : null },
    cols.map((c) => el("td", { class: numeric.has(c) && c !== "host" ? "num" : null,
      text: format ? format(r[c]) : cell(r[c]) })));
  const body = el("tbody", {}, rows.slice(0, ROW_CAP).map(rowEl));
  const table = el("table", { class: compact ? "data compact" : "data" },
    el("thead", {}, el("tr", {}, cols.map((c) => el("th", { scope: "col",
      class: numeric.has(c) && c !== "host" ? "num" : null, text: c.replace(/_/g, " ") })))),
    body);
  const wrap = el("div", { class: compact ? "table-wrap compact" : "table-wrap", tabindex: "0",
    role: "region", "aria-label": label }, table);
  if (rows.length <= ROW_CAP) return wrap;
  const note = el("span", { class: "muted", text: `First ${ROW_CAP} of ${rows.length} rows.` });
  const more = el("button", { type: "button", class: "small show-all",
    text: `Show all ${rows.length} rows`, onclick: () => {
      const shown = Math.min(rows.length, MAX_ROWS);
      body.append(...rows.slice(ROW_CAP, shown).map(rowEl));
      more.remove();
      note.textContent = shown < rows.length ? `First ${shown} of ${rows.length} rows; ` +
        "the raw output below has all of them." : `All ${rows.length} rows.`;
      wrap.focus({ preventScroll: true });
    } });
  return [wrap, el("div", { class: "table-foot" }, note, more)];
}
function tableTitle(text, command) {
  return el("h3", { class: "table-title" }, text, command ? el("code", { text: command }) : null);
}
/* The compact table: one row per device with the figures the sentence uses. */
const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
function overviewTable(overview) {
  const rows = overview.rows.map((values) => Object.fromEntries(
    overview.columns.map((c, i) => [c, values[i]])));
  const format = (v) => (v === null || v === undefined ? "—" :
    typeof v === "number" ? NUMBER.format(v) : cell(v));
  return [tableTitle(overview.title),
    dataTable(rows, `Answer table: ${overview.title}`, overview.columns, format, true)];
}
function answerTable(answer) {
  const groups = answerGroups(answer);
  if (!groups.length) return null;
  const records = groups.filter((g) => g.title);
  const other = groups.find((g) => !g.title);
  const otherTable = other ? [groups.length > 1 || answer.overview ?
    tableTitle("Not parsed or failed") : null, dataTable(other.rows, "Not parsed or failed")] : [];
  const recordTables = records.map((g) => [
    records.length > 1 || answer.overview || other ? tableTitle("", g.title) : null,
    dataTable(g.rows, `Answer table: ${g.title}`)]);
  if (!answer.overview) return [recordTables, otherTable];
  const count = records.reduce((n, g) => n + g.rows.length, 0);
  return [overviewTable(answer.overview), otherTable,
    el("details", { class: "records" }, el("summary", { text: `All records (${count} rows)` }),
      el("div", { class: "records-body" }, recordTables))];
}
function renderAnswer(card, answer) {
  const results = Object.values(answer.results || {});
  const failed = results.filter((r) => r.failed).length;
  const head = el("div", { class: "a-head" }, statusChip(answer.status),
    el("span", { class: "muted", text: results.length ?
      `${results.length} device(s)` + (failed ? ` · ${failed} failed` : "") : "" }));
  const parts = [head, el("p", { class: "a-text", text: answer.web_text ?? answer.text ?? "" })];
  const ran = new Map();
  for (const r of results) {
    if (!r.command) continue;
    if (!ran.has(r.command)) ran.set(r.command, []);
    ran.get(r.command).push(r.host);
  }
  if (ran.size) {
    parts.push(el("p", { class: "ran" }, [...ran].map(([command, hosts], i) => [
      i ? "; " : "Ran ", el("code", { text: command }), ` on ${hosts.join(", ")}`])));
  }
  if (results.length) {
    parts.push(answerTable(answer));
    if (results.some((r) => r.output || r.failed)) {
      parts.push(rawOutputs(results.map((r) => [r.host, r.command, r.failed && !r.output ?
        (r.error || "failed") : r.output])));
    }
  }
  card.replaceChildren(...parts.flat(Infinity).filter(Boolean));
  card.dataset.status = answer.status;
}
function progressChips(hosts) {
  const box = el("div", { class: "progress", role: "status", "aria-label": "Progress per device" });
  const chips = new Map();
  const set = (host, info) => {
    let chip = chips.get(host);
    if (!chip) {
      chip = el("span", { class: "chip", "data-host": host });
      chips.set(host, chip);
      box.append(chip);
    }
    const st = info.state || "pending";
    chip.className = `chip s-${st}`;
    chip.dataset.state = st;
    chip.replaceChildren(st === "running" ? el("span", { class: "spin", "aria-hidden": "true" }) : "",
      `${host} · ${st}` + (info.duration_ms ? ` · ${Math.round(info.duration_ms)} ms` : ""));
    chip.title = info.command ? `${info.command}` : "";
  };
  for (const host of hosts) set(host, { state: "pending" });
  return { box, set };
}

async function ask(query) {
  if (state.busy || !query.trim()) return;
  state.busy = true;
  $("#send").disabled = true;
  const thread = $("#thread");
  if (thread.querySelector(".welcome")) thread.replaceChildren();
  thread.append(questionItem(query));
  const card = el("div", { class: "a card", "aria-busy": "true" },
    el("div", { class: "a-head" }, el("span", { class: "chip s-running" },
      el("span", { class: "spin", "aria-hidden": "true" }), "working"),
    el("span", { class: "muted", text: "Finding the devices…" })));
  thread.append(el("li", {}, card));
  scrollThread();
  const write = !$("#write-wrap").hidden && $("#write-mode").checked;
  try {
    // plan first, a follow-up too (in its conversation): the devices and the command per
    // device show before anything runs, and the run does exactly what was shown
    const body = { query, conversation_id: state.conversationId || undefined,
      allow_write: write };
    const plan = await api("POST", "/api/plan", body);
    let confirm = false;
    if (plan.status === "ready" || plan.status === "filter") {
      card.replaceChildren(planBox(plan));
      card.dataset.planned = "true";
      if (Object.values(plan.writes || {}).some((w) => w.length)) {
        confirm = await confirmWrites(card);
        if (!confirm) {
          card.append(el("p", { class: "muted", text: "Cancelled: nothing was sent." }));
          card.removeAttribute("aria-busy");
          return;
        }
      }
    }
    await runJob(card, { ...body, confirm, plan_id: plan.plan_id });
  } catch (err) {
    card.replaceChildren(el("div", { class: "a-head" }, statusChip(err.status === 403 ?
      "denied" : "failed")), el("p", { class: "a-text error", text: err.message }));
  } finally {
    card.removeAttribute("aria-busy");
    state.busy = false;
    $("#send").disabled = false;
    scrollThread();
  }
}
function planBox(plan) {
  const box = el("div", { class: "plan-box" });
  if (plan.said) box.dataset.followUp = "true";  // rewritten with the conversation's context
  if (plan.status === "filter") {
    box.append(el("div", { class: "plan-title", text: `Filters the last answer of ` +
      `${plan.hosts.length} device(s); nothing is sent to the devices.` }));
    return box;
  }
  box.append(el("div", { class: "plan-title", text: (plan.said ? "Follow-up: w" : "W") +
    `ill run on ${plan.hosts.length} device(s):` }),
    planTable(plan.commands, plan.writes || {}));
  if (Object.keys(plan.not_run || {}).length) {
    box.append(el("p", { class: "muted", text: "Not run: " + Object.entries(plan.not_run)
      .map(([h, why]) => `${h} (${why})`).join(", ") }));
  }
  return box;
}
function confirmWrites(card) {
  return new Promise((resolve) => {
    const yes = el("button", { type: "button", class: "danger", text: "Confirm and run" });
    const no = el("button", { type: "button", text: "Cancel" });
    const box = el("div", { class: "actions" }, yes, no);
    card.append(el("p", { class: "write", text: "These commands change the devices' state." }), box);
    yes.addEventListener("click", () => { box.remove(); resolve(true); });
    no.addEventListener("click", () => { box.remove(); resolve(false); });
    yes.focus();
  });
}
async function runJob(card, body) {
  const job = await api("POST", "/api/jobs/ask", body);
  const progress = progressChips(job.hosts || []);
  const planBox = card.querySelector(".plan-box");
  card.replaceChildren(...(planBox ? [planBox] : []), progress.box);
  let final = null;
  await sse(`/api/jobs/${encodeURIComponent(job.id)}/events`, (name, data) => {
    if (name === "host") progress.set(data.host, data);
    if (name === "done") final = data;
  });
  if (!final) final = await api("GET", `/api/jobs/${encodeURIComponent(job.id)}`);
  if (final.status !== "done" || !final.result) {
    card.replaceChildren(el("div", { class: "a-head" }, statusChip("failed")),
      el("p", { class: "a-text error", text: final.error || `The job ended ${final.status}.` }));
    return;
  }
  const answer = final.result;
  renderAnswer(card, answer);
  if (answer.conversation_id && answer.conversation_id !== state.conversationId) {
    state.conversationId = answer.conversation_id;
    loadConversations();
  } else {
    loadConversations();
  }
  announce(`Answer: ${answer.status}. ${answer.text || ""}`.slice(0, 300));
}

/* -- history on narrow screens ---------------------------------------------------------- */
function closeHistory() {
  document.querySelector(".history").classList.remove("open");
  $("#history-toggle").setAttribute("aria-expanded", "false");
}

/* -- devices and the map ---------------------------------------------------------------- */
function worst(statuses) {
  let out = "none";
  for (const s of statuses) if ((RANK[s] ?? 0) > RANK[out]) out = s in RANK ? s : "unknown";
  return out;
}
function deviceStatus(d) {
  return d.health && d.health.status ? d.health.status : "none";
}
function groupSites(devices) {
  const sites = new Map();
  const unplaced = [];
  for (const d of devices) {
    const loc = d.location || {};
    if (typeof loc.latitude !== "number" || typeof loc.longitude !== "number") {
      unplaced.push(d);
      continue;
    }
    const key = d.site || loc.name || `${loc.latitude},${loc.longitude}`;
    if (!sites.has(key)) {
      sites.set(key, { key, name: d.site || loc.name || key, place: loc.name || "",
        city: loc.city || "", country: loc.country || "", lat: loc.latitude,
        lon: loc.longitude, devices: [] });
    }
    sites.get(key).devices.push(d);
  }
  for (const site of sites.values()) site.status = worst(site.devices.map(deviceStatus));
  return { sites: [...sites.values()].sort((a, b) => a.name.localeCompare(b.name)), unplaced };
}
let devicesLoading = null;
async function loadDevices() {
  if (devicesLoading) return devicesLoading;
  devicesLoading = (async () => {
    try {
      state.devices = await api("GET", "/api/devices");
      const grouped = groupSites(state.devices);
      state.sites = grouped.sites;
      state.unplaced = grouped.unplaced;
      if (state.view === "map") drawMap();
    } catch (err) {
      if (state.view === "map") {
        $("#map-empty").hidden = false;
        $("#map-empty").textContent = err.message;
      }
    } finally {
      devicesLoading = null;
    }
  })();
  return devicesLoading;
}
let devicesTimer = null;
function refreshDevicesSoon() {
  clearTimeout(devicesTimer);
  devicesTimer = setTimeout(loadDevices, 300);
}

/* TopoJSON → one SVG path (equirectangular: x = lon + 180, y = 90 - lat, in degrees). */
function landPath(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * sx + tx + 180, 90 - (y * sy + ty)];
    });
  });
  const ring = (indexes) => {
    const pts = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      pts.push(...(pts.length ? arc.slice(1) : arc));
    }
    return "M" + pts.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join("L") + "Z";
  };
  let d = "";
  for (const geom of topo.objects.land.geometries) {
    const polygons = geom.type === "Polygon" ? [geom.arcs] : geom.arcs;
    for (const polygon of polygons) for (const r of polygon) d += ring(r);
  }
  return d;
}
async function loadLand() {
  if (state.land) return state.land;
  const resp = await fetch("/web/land-110m.json");
  if (!resp.ok) throw new Error("map geometry missing");
  state.land = landPath(await resp.json());
  return state.land;
}
function viewBoxFor(sites) {
  if (!sites.length) return [0, 0, 360, 180];
  const xs = sites.map((s) => s.lon + 180), ys = sites.map((s) => 90 - s.lat);
  let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const pad = Math.max(14, (x1 - x0) * 0.35, (y1 - y0) * 0.35);
  x0 -= pad; x1 += pad; y0 -= pad; y1 += pad;
  let w = x1 - x0, h = y1 - y0;
  const ratio = 16 / 9;
  if (w / h < ratio) { const nw = h * ratio; x0 -= (nw - w) / 2; w = nw; }
  else { const nh = w / ratio; y0 -= (nh - h) / 2; h = nh; }
  w = Math.min(w, 360); h = Math.min(h, 180);
  x0 = Math.max(0, Math.min(x0, 360 - w)); y0 = Math.max(0, Math.min(y0, 180 - h));
  return [x0, y0, w, h];
}
async function drawMap() {
  const map = $("#map");
  const empty = $("#map-empty");
  let land = "";
  try { land = await loadLand(); } catch (err) { toast("The map's geometry could not be loaded.", "critical"); }
  const sites = state.sites || [];
  const [vx, vy, vw, vh] = viewBoxFor(sites);
  map.setAttribute("viewBox", `${vx} ${vy} ${vw} ${vh}`);
  const unit = vw / Math.max(320, map.clientWidth || 1000); // one screen pixel
  const grid = [];
  for (let lon = -150; lon <= 150; lon += 30) grid.push(`M${lon + 180},0V180`);
  for (let lat = -60; lat <= 60; lat += 30) grid.push(`M0,${90 - lat}H360`);
  const layer = svg("g", { class: "sites" });
  // sites at the same place are spread on a small circle so that each has its own marker
  const places = new Map();
  for (const s of sites) {
    const key = `${s.lat.toFixed(2)},${s.lon.toFixed(2)}`;
    if (!places.has(key)) places.set(key, []);
    places.get(key).push(s);
  }
  for (const group of places.values()) {
    group.forEach((s, i) => {
      const spread = group.length > 1 ? 16 * unit : 0;
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const x = s.lon + 180 + spread * Math.cos(angle), y = 90 - s.lat + spread * Math.sin(angle);
      const label = `${s.name}: ${s.devices.length} device(s), ${s.status === "none" ?
        "not polled yet" : s.status}${s.city ? ", " + s.city : ""}`;
      const g = svg("g", { class: `site s-${s.status}${state.chosenSite === s.key ? " chosen" : ""}`,
        tabindex: "0", role: "button", "aria-label": label, "data-site": s.key,
        "data-status": s.status,
        onclick: () => chooseSite(s.key),
        onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); chooseSite(s.key); } } },
      svg("title", { text: label }),
      svg("circle", { class: "halo", cx: x, cy: y, r: 13 * unit }),
      svg("circle", { class: "mark", cx: x, cy: y, r: 8 * unit }),
      svg("text", { x: x + 13 * unit, y: y + 4.5 * unit, "font-size": 13 * unit,
        "stroke-width": 3 * unit,
        text: `${s.name} · ${s.devices.length}` }));
      layer.append(g);
    });
  }
  const focused = document.activeElement && document.activeElement.closest &&
    document.activeElement.closest("#map .site");
  const focusKey = focused ? focused.dataset.site : null;
  map.replaceChildren(svg("rect", { x: 0, y: 0, width: 360, height: 180, fill: "transparent" }),
    svg("path", { class: "grid", d: grid.join("") }),
    svg("path", { class: "land", d: land }), layer);
  if (focusKey) {
    const again = map.querySelector(`.site[data-site="${CSS.escape(focusKey)}"]`);
    if (again) again.focus({ preventScroll: true });
  }
  empty.hidden = sites.length > 0;
  if (!sites.length) {
    empty.textContent = state.devices.length ? "None of your devices has coordinates " +
      "(location.latitude / longitude in the inventory)." : "No devices to show.";
  }
  const unplaced = $("#unplaced");
  unplaced.hidden = !(state.unplaced && state.unplaced.length);
  if (!unplaced.hidden) {
    unplaced.textContent = `Not on the map (no coordinates): ${state.unplaced.map((d) => d.name).join(", ")}`;
  }
  if (state.chosenSite) renderSite(state.chosenSite);
}
function chooseSite(key) {
  state.chosenSite = key;
  for (const g of document.querySelectorAll("#map .site")) {
    g.classList.toggle("chosen", g.dataset.site === key);
  }
  renderSite(key);
  const first = $("#site-panel button");
  if (first) first.focus({ preventScroll: true });
}
function askAbout(text) {
  location.hash = "#chat";
  const q = $("#question");
  q.value = text;
  autoGrow();
  setTimeout(() => { q.focus(); q.setSelectionRange(q.value.length, q.value.length); }, 0);
}
function renderSite(key) {
  const panel = $("#site-panel");
  const site = (state.sites || []).find((s) => s.key === key);
  if (!site) {
    panel.replaceChildren(el("p", { class: "empty", text: "Choose a site on the map to see its devices." }));
    return;
  }
  const where = [site.place, site.city, site.country].filter(Boolean);
  const devices = site.devices.slice().sort((a, b) => a.name.localeCompare(b.name));
  panel.replaceChildren(
    el("div", { class: "a-head" }, el("h2", { text: site.name }), statusChip(site.status === "none" ? "not polled" : site.status)),
    el("p", { class: "sub", text: [...new Set(where)].join(" · ") }),
    el("div", { class: "actions" }, el("button", { type: "button", class: "small",
      onclick: () => askAbout(`cpu on the devices in ${site.name}`) }, "Ask about this site")),
    el("ul", { class: "devices", "aria-label": `Devices at ${site.name}` }, devices.map((d) => {
      const st = deviceStatus(d);
      const checks = d.health ? Object.entries(d.health.checks || {})
        .filter(([, v]) => v !== "ok").map(([k, v]) => `${k} ${v}`) : [];
      return el("li", { "data-device": d.name },
        el("span", { class: `dot st-${st}`, title: st === "none" ? "not polled" : st }),
        el("span", { class: "name", text: d.name }),
        el("button", { type: "button", class: "small", "aria-label": `Ask about ${d.name}`,
          onclick: () => askAbout(`cpu on ${d.name}`) }, "Ask"),
        el("span", { class: "meta", text: [d.role, d.platform].filter(Boolean).join(" · ") +
          (checks.length ? ` · ${checks.join(", ")}` : "") +
          (d.alerts_firing ? ` · ${d.alerts_firing} alert(s)` : "") }));
    })));
}

/* -- alerts ----------------------------------------------------------------------------- */
function setConn(ok) {
  const conn = $("#conn");
  conn.className = `conn ${ok ? "live" : "down"}`;
  conn.title = ok ? "Live updates on" : "Live updates interrupted — reconnecting";
}
async function startAlerts() {
  if (state.alertsAbort) state.alertsAbort.abort();
  const controller = new AbortController();
  state.alertsAbort = controller;
  state.alertsLastId = null;
  while (!controller.signal.aborted && state.me) {
    try {
      await sse("/api/alerts/events", onAlertEvent, { signal: controller.signal,
        lastId: state.alertsLastId });
    } catch (err) {
      if (controller.signal.aborted) return;
      setConn(false);
    }
    if (!controller.signal.aborted) await new Promise((r) => setTimeout(r, 1500));
  }
}
const KIND_TEXT = { raised: "raised", escalated: "escalated", reminder: "still firing",
  suppressed: "raised again within the cool-down", cleared: "cleared",
  acknowledged: "acknowledged" };
function onAlertEvent(name, data, id) {
  setConn(true);
  if (id) state.alertsLastId = id;
  if (name === "snapshot") {
    state.alerts.clear();
    for (const a of data.alerts) state.alerts.set(a.id, a);
  } else if (name === "alert") {
    const a = data.alert;
    state.alerts.set(a.id, a);
    const text = `${a.host} ${a.check}${a.subject ? " " + a.subject : ""}: ${KIND_TEXT[data.kind] || data.kind}`;
    if (data.kind !== "acknowledged") {
      // (the alerts view shows the change itself)
      if (state.view !== "alerts") toast(text, data.kind === "cleared" ? "ok" : "critical", `alert-${a.id}`);
      else dropToast(`alert-${a.id}`);
      refreshDevicesSoon();
    }
    announce(`Alert ${text}`);
  }
  renderAlerts();
}
function firingCount() {
  let n = 0;
  for (const a of state.alerts.values()) if (a.state === "firing") n += 1;
  return n;
}
function renderAlerts() {
  const badge = $("#alert-badge");
  const firing = firingCount();
  badge.hidden = firing === 0;
  badge.textContent = String(firing);
  badge.setAttribute("aria-label", `${firing} firing`);
  $("#show-firing").setAttribute("aria-pressed", String(state.alertFilter === "firing"));
  $("#show-all").setAttribute("aria-pressed", String(state.alertFilter === "all"));
  if (state.view !== "alerts") return;
  const list = $("#alerts");
  const focused = document.activeElement && document.activeElement.closest("#alerts") ?
    document.activeElement.id : null;
  const alerts = [...state.alerts.values()]
    .filter((a) => state.alertFilter === "all" || a.state === "firing")
    .sort((a, b) => (a.state === b.state ? 0 : a.state === "firing" ? -1 : 1) ||
      (RANK[b.severity] ?? 0) - (RANK[a.severity] ?? 0) || b.id - a.id);
  if (!alerts.length) {
    list.replaceChildren(el("li", { class: "card empty" },
      state.alertFilter === "firing" ? "Nothing is firing. Alerts from health rounds " +
        "appear here as they are raised, and go when they clear." :
        "No alerts yet. Health rounds and the health monitor raise them."));
    return;
  }
  list.replaceChildren(...alerts.map(alertItem));
  if (focused) { const node = document.getElementById(focused); if (node) node.focus(); }
}
function alertItem(a) {
  const value = a.value !== null && a.value !== undefined ?
    `${a.value}${a.unit || ""}` + (a.threshold !== null && a.threshold !== undefined ?
      ` (threshold ${a.threshold}${a.unit || ""})` : "") : "";
  const side = el("div", { class: "side" });
  if (a.ack) {
    side.append(el("span", { class: "acked", text: `Acknowledged by ${a.ack.user} ${ago(a.ack.at)}` +
      (a.ack.note ? ` — “${a.ack.note}”` : "") }));
  } else if (a.state === "firing") {
    side.append(el("button", { type: "button", class: "small", id: `ack-${a.id}`,
      onclick: (ev) => showAck(ev.currentTarget, a) }, "Acknowledge"));
  }
  return el("li", { class: `alert card sev-${a.severity} ${a.state}`, "data-alert": a.id,
    "data-host": a.host, "data-check": a.check, "data-state": a.state },
  el("span", { class: "stripe", "aria-hidden": "true" }),
  el("div", { class: "head" }, el("span", { class: "host", text: a.host }),
    el("span", { class: "chip", text: a.check + (a.subject ? ` · ${a.subject}` : "") }),
    statusChip(a.state === "cleared" ? "cleared" : a.severity),
    a.suppressed ? el("span", { class: "chip", text: "in cool-down (not notified)" }) : null),
  el("p", { class: "msg", text: a.message || value }),
  el("div", { class: "when", text: a.state === "cleared" ? `cleared ${ago(a.cleared_at)} · opened ${ago(a.opened_at)}` :
    `since ${ago(a.opened_at || a.first_seen)} · updated ${ago(a.updated_at)}` }),
  side);
}
function showAck(button, a) {
  const input = el("input", { type: "text", maxlength: "500", placeholder: "Note (optional)",
    "aria-label": `Note for the acknowledgement of ${a.host} ${a.check}` });
  const ok = el("button", { type: "submit", class: "small primary", text: "Acknowledge" });
  const form = el("form", { class: "ack-form", onsubmit: async (ev) => {
    ev.preventDefault();
    ok.disabled = true;
    try {
      const updated = await api("POST", `/api/alerts/${a.id}/ack`, { note: input.value.trim() });
      state.alerts.set(updated.id, updated);
      renderAlerts();
      announce(`Acknowledged ${a.host} ${a.check}`);
    } catch (err) {
      ok.disabled = false;
      toast(err.message, "critical");
    }
  } }, input, ok);
  button.replaceWith(form);
  input.focus();
}

/* -- wiring ----------------------------------------------------------------------------- */
function autoGrow() {
  const q = $("#question");
  q.style.height = "auto";
  q.style.height = `${Math.min(q.scrollHeight + 2, 160)}px`;
}
function init() {
  $("#login-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const token = $("#token").value.trim();
    const error = $("#login-error");
    error.hidden = true;
    try {
      await signIn(token);
      $("#token").value = "";
    } catch (err) {
      state.token = "";
      error.hidden = false;
      error.textContent = err.status === 401 ? "That token was not accepted (unknown, revoked " +
        "or expired)." : err.message;
      $("#token").select();
    }
  });
  $("#sign-out").addEventListener("click", () => signOut(""));
  $("#ask-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = $("#question");
    const text = q.value.trim();
    if (!text || state.busy) return;
    q.value = "";
    autoGrow();
    ask(text);
  });
  $("#question").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      $("#ask-form").requestSubmit();
    }
  });
  $("#question").addEventListener("input", autoGrow);
  $("#new-chat").addEventListener("click", newChat);
  $("#history-toggle").addEventListener("click", () => {
    const box = document.querySelector(".history");
    const open = !box.classList.contains("open");
    box.classList.toggle("open", open);
    $("#history-toggle").setAttribute("aria-expanded", String(open));
  });
  $("#show-firing").addEventListener("click", () => { state.alertFilter = "firing"; renderAlerts(); });
  $("#show-all").addEventListener("click", () => { state.alertFilter = "all"; renderAlerts(); });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && state.view === "map" && state.chosenSite) {
      const key = state.chosenSite;
      state.chosenSite = null;
      renderSite(null);
      const marker = document.querySelector(`#map .site[data-site="${CSS.escape(key)}"]`);
      if (marker) { marker.classList.remove("chosen"); marker.focus(); }
    }
  });
  window.addEventListener("hashchange", route);
  let resize = null;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(() => { if (state.view === "map") drawMap(); }, 150);
  });
  setInterval(() => { if (state.view === "alerts") renderAlerts(); }, 30000);
  if (state.token) {
    signIn(state.token).catch(() => signOut("Please sign in again."));
  } else {
    $("#token").focus();
  }
}
init();
