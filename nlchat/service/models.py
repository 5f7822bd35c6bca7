"""Request and response models of the REST API (they make its OpenAPI schema)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from nornir_nlchat.health.adapter import CHECKS

# No control characters anywhere (they would only reach the store and the logs).
_TEXT = r"^[^\x00-\x1f\x7f]*$"
Query = Annotated[str, Field(min_length=1, max_length=2000, pattern=_TEXT,
                             description="The request in words.",
                             examples=["what's the cpu on INBLRDC1RTR1?"])]
HostName = Annotated[str, Field(min_length=1, max_length=255, pattern=_TEXT,
                                examples=["INBLRDC1RTR1"])]
Command = Annotated[str, Field(min_length=1, max_length=256, pattern=_TEXT,
                               examples=["show version"])]
ConversationId = Annotated[str, Field(max_length=64, pattern=_TEXT,
                                      description="A conversation's id (from an answer).")]
PlanId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[0-9a-f]+$",
                              description="A plan's id (from /api/plan).")]


def _known_check(value: str) -> str:
    if value not in CHECKS:
        raise ValueError(f"unknown check {value!r}; known: {', '.join(CHECKS)}")
    return value


Check = Annotated[str, AfterValidator(_known_check),
                  Field(json_schema_extra={"enum": list(CHECKS)})]

AnswerStatus = Literal["ok", "partial", "failed", "refused", "clarify", "ambiguous", "denied",
                       "none"]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class ErrorOut(BaseModel):
    """An error: what went wrong and what to do; for a 403 the denied hosts."""

    detail: str
    hosts: list[str] = Field(default_factory=list)


# -- asking ------------------------------------------------------------------------------------
class AskRequest(_Request):
    """An ask: devices and question in words, or explicit hosts."""

    query: Query
    hosts: list[HostName] | None = Field(
        None, max_length=500, description="Run on these hosts instead of resolving them.")
    conversation_id: ConversationId | None = Field(
        None, description="Continue this conversation (follow-ups: 'and memory?').")
    allow_write: bool = Field(False, description="Write mode (only for roles with write).")
    confirm: bool = Field(False, description="Confirm the state-changing commands shown by "
                                             "/api/plan (write mode only).")
    plan_id: PlanId | None = Field(
        None, description="Run exactly the plan /api/plan returned for this same request "
                          "(query, conversation, hosts, write mode); it runs once.")


class PlanRequest(_Request):
    """What an ask would run (in a conversation: what a follow-up would run)."""

    query: Query
    hosts: list[HostName] | None = Field(None, max_length=500)
    allow_write: bool = False
    conversation_id: ConversationId | None = Field(
        None, description="Plan a follow-up in this conversation ('what about memory?').")


class RunRequest(_Request):
    """One read-only command on named hosts, or on the devices ``devices`` names."""

    command: Command
    hosts: list[HostName] | None = Field(None, min_length=1, max_length=500)
    devices: Query | None = Field(None, description="The devices in words "
                                                    "(when hosts is not given).")


class TranslateRequest(_Request):
    """A request to translate for one platform (nothing runs)."""

    query: Query
    platform: str = Field(description="An installed platform's name or alias (lower case).",
                          examples=["cisco_ios"])


class ResolveRequest(_Request):
    """Which devices a request names (nothing runs)."""

    query: Query


class HostResultOut(BaseModel):
    """The outcome on one host."""

    host: str
    platform: str
    command: str | None
    output: str = ""
    parsed: list[dict[str, Any]] | None = None
    failed: bool = False
    error: str | None = None
    error_kind: str | None = None
    parse_error: str | None = None
    duration_ms: float = 0.0


class ResolutionOut(BaseModel):
    """Which devices a request names."""

    status: Literal["one", "many", "ambiguous", "none"]
    hosts: list[str]
    candidates: list[str]
    reason: str
    query: str
    criteria: list[str]
    denied: list[str] = Field(default_factory=list,
                              description="Hosts among them the caller may not query.")


class TranslationOut(BaseModel):
    """A request as a command for one platform, or a refusal, or a question back."""

    status: Literal["ok", "refused", "clarify"]
    command: str | None
    commands: list[str]
    intent: str | None
    provider: str
    confidence: float
    reason: str
    platform: str
    slots: dict[str, str]
    choices: list[str]


class OverviewOut(BaseModel):
    """One row per device with the figures the answer's sentence uses (CPU, memory)."""

    title: str
    columns: list[str]
    rows: list[list[str | float | None]]
    records: int = Field(description="The parsed records it sums up (shown in full in "
                                     "results).")


class AnswerOut(BaseModel):
    """An answer: per-host results and a short text for a person."""

    query: str
    status: AnswerStatus
    hosts: list[str]
    text: str
    web_text: str = Field(description="``text`` worded for a page: points to the raw output "
                                      "shown with the answer rather than to CLI options.")
    overview: OverviewOut | None = Field(None, description="A compact table of the figures "
                                                           "the sentence uses, when there is "
                                                           "one (CPU, memory).")
    results: dict[str, HostResultOut]
    resolution: ResolutionOut | None = None
    translations: dict[str, TranslationOut]
    conversation_id: str | None = None


class PlanOut(BaseModel):
    """What an ask would run: the command per host, and which of them change state.

    ``status`` ``filter``: a follow-up such as "only the ones that are down" that filters
    the conversation's last answer, so nothing runs on the devices."""

    query: str
    said: str = Field("", description="What was asked, when a follow-up was rewritten "
                                      "with the conversation's context.")
    status: str
    hosts: list[str]
    commands: dict[str, list[str]]
    writes: dict[str, list[str]]
    not_run: dict[str, str] = Field(description="Host → why it would not run.")
    text: str
    plan_id: str = Field(description="Ask with this id to run exactly this plan.")
    conversation_id: str | None = None


# -- health ------------------------------------------------------------------------------------
class HealthRequest(_Request):
    """A health round: devices and/or checks in words; all your devices without words."""

    query: Annotated[str, Field(max_length=2000, pattern=_TEXT)] | None = Field(
        None, examples=["cpu and bgp on the bangalore routers"])
    checks: list[Check] | None = Field(None, max_length=len(CHECKS))


class VerdictOut(BaseModel):
    """One verdict of a check."""

    host: str
    check: str
    subject: str
    status: Literal["ok", "warning", "critical", "unknown"]
    value: float | None
    threshold: float | None
    unit: str
    message: str
    evidence: list[str]
    details: dict[str, Any]
    at: str
    items: list[VerdictOut] = Field(default_factory=list)


class PollOut(BaseModel):
    """How polling one device went."""

    host: str
    platform: str
    ok: bool
    error: str | None
    error_kind: str | None
    seconds: float
    commands: int


class HealthOut(BaseModel):
    """A health round's outcome (``status`` none / ambiguous: the request named no device,
    or several where one was meant; ``reason`` says which)."""

    query: str
    status: Literal["ok", "warning", "critical", "unknown", "none", "ambiguous"]
    text: str
    reason: str = ""
    hosts: list[str]
    denied: list[str]
    checks: list[str]
    failed_hosts: list[str]
    results: list[VerdictOut]
    polls: list[PollOut]


class SampleOut(BaseModel):
    """A stored health result (one device, check and poll)."""

    id: int
    at: str | None
    host: str
    check: str
    status: str
    value: float | None
    threshold: float | None
    unit: str
    message: str
    details: dict[str, Any] | None


# -- devices and alerts ------------------------------------------------------------------------
class LocationOut(BaseModel):
    """Where a device is."""

    name: str | None = None
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class DeviceHealthOut(BaseModel):
    """The latest stored health of a device: worst status, status per check."""

    status: str
    checks: dict[str, str]
    at: str | None


class DeviceOut(BaseModel):
    """A device of the inventory."""

    name: str
    hostname: str | None
    platform: str | None
    vendor: str | None
    role: str | None
    site: str | None
    groups: list[str]
    aliases: list[str]
    location: LocationOut
    health: DeviceHealthOut | None
    alerts_firing: int


class AckOut(BaseModel):
    """Who acknowledged an alert."""

    user: str
    at: str
    note: str


class AlertOut(BaseModel):
    """A health alert."""

    id: int | None
    host: str
    check: str
    subject: str
    scope: str
    severity: str
    peak: str
    state: str
    first_seen: str | None
    opened_at: str | None
    updated_at: str | None
    cleared_at: str | None
    last_notified_at: str | None
    value: float | None
    threshold: float | None
    unit: str
    message: str
    evidence: list[str]
    details: dict[str, Any]
    notifications: int
    suppressed: bool
    ack: AckOut | None = None


class AckRequest(_Request):
    """An acknowledgement."""

    note: Annotated[str, Field(max_length=2000, pattern=_TEXT)] = ""


# -- records -----------------------------------------------------------------------------------
class ConversationOut(BaseModel):
    """A conversation."""

    id: str
    user: str
    started_at: str
    title: str
    messages: int


class MessageOut(BaseModel):
    """One ask of a conversation and its answer."""

    id: int
    conversation_id: str
    created_at: str
    user: str
    query: str
    status: str
    hosts: list[str]
    commands: dict[str, str]
    outputs: dict[str, str]
    answer: str
    web_text: str = Field(description="``answer`` worded for a page.")
    duration_ms: float


class AuditOut(BaseModel):
    """One audited command (or denial) on one host."""

    created_at: str
    user: str
    host: str
    command: str
    outcome: str
    error_kind: str | None
    read_only: bool
    conversation_id: str | None


class MeOut(BaseModel):
    """Who the token is."""

    user: str
    admin: bool
    roles: list[str]
    may_write: bool
    access_control: bool


# -- jobs and probes ---------------------------------------------------------------------------
class HostProgressOut(BaseModel):
    """One host's state in a job."""

    model_config = ConfigDict(extra="allow")

    state: Literal["pending", "running", "done", "failed", "skipped"]


class JobOut(BaseModel):
    """A background job; ``result`` is an answer (ask) or a health round (health)."""

    id: str
    kind: Literal["ask", "health"]
    user: str
    status: Literal["queued", "running", "done", "failed", "interrupted"]
    request: dict[str, Any]
    hosts: list[str]
    progress: dict[str, HostProgressOut]
    result: dict[str, Any] | None
    error: str | None
    created_at: str | None
    started_at: str | None
    finished_at: str | None


class CheckOut(BaseModel):
    """One readiness check."""

    ok: bool
    detail: str
    ms: float | None = None


class ReadyOut(BaseModel):
    """Readiness: the store answers and the inventory is loaded."""

    ready: bool
    checks: dict[str, CheckOut]


class AliveOut(BaseModel):
    """Liveness."""

    status: Literal["ok"]
    version: str
