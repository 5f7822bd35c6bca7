"""The service's engine room, shared by the REST API and the MCP server.

One :class:`ServiceCore` per process: one :class:`~nlchat.session.NLChat` engine (its
connections stay open), the store, the API tokens and the background jobs. Every call
takes a :class:`Principal` and acts through that user's access policy; whatever reaches a
device goes through the engine's guard and is audited with the user's name.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlchat.access import AccessPolicy
from nlchat.answer import Answer, HostResult
from nlchat.conversation import Conversation, Turn
from nlchat.plan import Plan
from nlchat.service.chat import ServiceChat, view_of
from nlchat.service.errors import Forbidden, Invalid, NotFound
from nlchat.service.jobs import JobManager
from nlchat.service.tracing import Tracer
from nlchat.session import NLChat
from nornir_nlchat.config import NLChatSettings
from nornir_nlchat.resolve import Resolution
from nornir_nlchat.translate.result import Translation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Principal:
    """Who a request acts for: the token's user (or the local user for stdio MCP)."""

    user: str
    admin: bool = False
    token_id: int | None = None


@dataclass
class _Context:
    user: str
    conversation: Conversation
    lock: threading.Lock = field(default_factory=threading.Lock)


@dataclass
class _Planned:
    """A plan shown by ``/api/plan``, kept so that the run does exactly what was shown."""

    user: str
    query: str
    conversation_id: str | None
    hosts: list[str] | None
    allow_write: bool
    turn: Turn
    at: float = field(default_factory=time.monotonic)


@dataclass
class Planned:
    """What ``ServiceCore.plan`` decided: the plan (or, for a filter of the last answer,
    the derived answer) and the id that runs exactly it."""

    plan_id: str
    turn: Turn

    @property
    def plan(self) -> Plan | None:
        """The plan to run (None for a filter of the last answer: nothing runs)."""
        return self.turn.plan


def unresolved_text(resolution: Resolution) -> str:
    """What to tell a person when a request names no device, or several."""
    if resolution.status == "ambiguous":
        return (f"{resolution.reason} Which one did you mean: "
                f"{', '.join(resolution.candidates)}?")
    return resolution.reason or "No device in the inventory matches that request."


class ServiceCore:
    """The engine, the store and the jobs behind ``nlchat serve`` and ``nlchat mcp``.

    Args:
        source: A Nornir config.yaml or a SimpleInventory folder.
        settings: nlchat settings (default: the config's ``user_defined.nlchat`` plus
            ``NLCHAT_*`` variables).
        tracer: Where spans go (default: nowhere).
        job_workers: Background jobs run at once.
        max_conversations: Conversation contexts kept in memory for follow-ups.
    """

    PLAN_TTL_S = 900.0
    MAX_PLANS = 1000

    def __init__(self, source: str | Path, *, settings: NLChatSettings | None = None,
                 tracer: Tracer | None = None, job_workers: int = 4,
                 max_conversations: int = 1000) -> None:
        from nlchat.service.fleet import Fleet
        from nlchat.service.tokens import TokenStore

        self.source = source
        self.tracer = tracer or Tracer(None)
        self.chat = NLChat(inventory=source, settings=settings, progress=False)
        # the service always keeps the audit trail, whatever `history` says
        self.chat.settings = self.chat.settings.model_copy(update={"history": True})
        self.settings = self.chat.settings
        history = self.chat.history
        assert history is not None
        self.history = history
        self.db = history.db
        self.tokens = TokenStore(self.db)
        self.jobs = JobManager(self.db, workers=job_workers)
        self.fleet = Fleet(self)
        self._contexts: OrderedDict[str, _Context] = OrderedDict()
        self._contexts_lock = threading.Lock()
        self._max_conversations = max_conversations
        self._plans: OrderedDict[str, _Planned] = OrderedDict()
        self._plans_lock = threading.Lock()

    # -- lifetime --------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Build the resolution index and load the providers before the first request."""
        self.chat.resolve("warm up")
        for host in list(self.chat.nornir.inventory.hosts.values())[:1]:
            if host.platform:
                self.chat.translate("show version", host.platform)

    def close(self) -> None:
        """Stop the jobs, close every device connection and flush the spans."""
        self.jobs.shutdown()
        self.fleet.close()
        self.chat.close()
        self.tracer.shutdown()

    # -- who -------------------------------------------------------------------------------
    def principal_for_token(self, token: str) -> Principal | None:
        """The principal an API token stands for, or None."""
        info = self.tokens.verify(token)
        if info is None:
            return None
        return Principal(info.user, info.admin, info.id)

    def policy(self, user: str) -> AccessPolicy:
        """The user's access policy."""
        return AccessPolicy(self.settings.access, user)

    def role_names(self, user: str) -> list[str]:
        """The names of the user's roles."""
        access = self.settings.access
        entry = access.users.get(user)
        names = entry.roles if entry is not None else access.default_roles
        return [n for n in names if n in access.roles]

    def view(self, principal: Principal, *, conversation_id: str | None = None,
             processors: Sequence[Any] = ()) -> ServiceChat:
        """The engine as ``principal`` sees it."""
        return view_of(self.chat, principal.user, self.tracer, conversation_id=conversation_id,
                       processors=processors)

    # -- words to devices and commands -----------------------------------------------------
    def resolve(self, principal: Principal, query: str) -> tuple[Resolution, list[str]]:
        """Which devices ``query`` names, and which of them the user may not query."""
        view = self.view(principal)
        resolution = view.resolve(query)
        inventory = self.chat.nornir.inventory.hosts
        denied = [h for h in resolution.hosts
                  if h in inventory and not view.access.may_query(inventory[h])]
        return resolution, denied

    def translate(self, query: str, platform: str) -> Translation:
        """The command for ``platform`` (read-only unless refused)."""
        from nornir_nlchat.errors import UnknownPlatformError

        try:
            with self.tracer.span("translate", platform=platform):
                return self.chat.translate(query, platform)
        except UnknownPlatformError as exc:
            raise Invalid(exc.message, field=("body", "platform")) from None

    def plan(self, principal: Principal, query: str, *, hosts: list[str] | None = None,
             allow_write: bool = False, conversation_id: str | None = None) -> Planned:
        """What an ask would run, without running it (a denial is audited and raised).

        Inside a conversation a follow-up ("what about memory?", "and the delhi switches?",
        "only the ones that are down") is understood with the conversation's context, as
        :meth:`ask` would. The plan is kept for :attr:`PLAN_TTL_S` seconds: ask with its
        ``plan_id`` to run exactly what was shown.

        Raises:
            Forbidden: the user may not query any of the hosts (audited).
            NotFound: no such conversation of this user.
        """
        view = self.view(principal, conversation_id=conversation_id)
        if conversation_id is not None and hosts is None and not allow_write:
            context = self._context(principal, conversation_id)
            with context.lock:
                context.conversation.chat = view
                turn = context.conversation.understand(query)
        else:
            if conversation_id is not None:
                self._context(principal, conversation_id)  # 404 unless it is the user's
            turn = Turn(query, plan=view.plan(query, hosts=hosts, allow_write=allow_write))
        if turn.plan is not None:
            self._deny(view, turn.plan)
        plan_id = uuid.uuid4().hex
        with self._plans_lock:
            self._expire_plans()
            self._plans[plan_id] = _Planned(principal.user, query, conversation_id, hosts,
                                            allow_write, turn)
            while len(self._plans) > self.MAX_PLANS:
                self._plans.popitem(last=False)
        return Planned(plan_id, turn)

    def _expire_plans(self) -> None:
        cutoff = time.monotonic() - self.PLAN_TTL_S
        while self._plans and next(iter(self._plans.values())).at < cutoff:
            self._plans.popitem(last=False)

    def _planned(self, principal: Principal, plan_id: str, query: str,
                 conversation_id: str | None, hosts: list[str] | None,
                 allow_write: bool, *, take: bool = True) -> Turn:
        """The turn a plan id stands for (used once when ``take``), if it matches the ask.

        Raises:
            NotFound: no such plan of the user's (expired, already run, or never made).
            Invalid: the plan was made for another request.
        """
        with self._plans_lock:
            self._expire_plans()
            kept = self._plans.get(plan_id)
            if kept is None or kept.user != principal.user:
                raise NotFound(f"No plan {plan_id} of yours: plans are kept for "
                               f"{self.PLAN_TTL_S / 60:.0f} minutes and run once; plan "
                               "again (POST /api/plan).")
            if (kept.query, kept.conversation_id, kept.hosts, kept.allow_write) != (
                    query, conversation_id, hosts, allow_write):
                raise Invalid(f"Plan {plan_id} was made for another request (query, "
                              "conversation, hosts or write mode differ); plan again.",
                              field=("body", "plan_id"))
            if take:
                del self._plans[plan_id]
            return kept.turn

    def planned_hosts(self, principal: Principal, plan_id: str, query: str, *,
                      conversation_id: str | None = None, hosts: list[str] | None = None,
                      allow_write: bool = False) -> list[str]:
        """The hosts a kept plan covers (the plan stays kept; errors as :meth:`ask`)."""
        turn = self._planned(principal, plan_id, query, conversation_id, hosts, allow_write,
                             take=False)
        if turn.plan is not None:
            return list(turn.plan.hosts)
        return list(turn.answer.hosts) if turn.answer is not None else []

    # -- asking ----------------------------------------------------------------------------
    def ask(self, principal: Principal, query: str, *, hosts: list[str] | None = None,
            conversation_id: str | None = None, allow_write: bool = False,
            confirm: bool = False, processors: Sequence[Any] = (),
            plan_id: str | None = None) -> tuple[Answer, str | None]:
        """Resolve, translate, run through the guard, parse, answer, record and audit.

        Args:
            principal: Whom the ask is for.
            query: The request in words.
            hosts: Run on these hosts instead of resolving them from the words.
            conversation_id: Continue this conversation (follow-ups such as "and memory?").
            allow_write: Write mode for this ask (only for users whose roles allow it).
            confirm: The caller saw the state-changing commands and confirms them.
            processors: Extra Nornir processors (job progress).
            plan_id: Run exactly the plan :meth:`plan` returned for this request.

        Returns:
            The answer and the conversation it was recorded in.

        Raises:
            Forbidden: the user may not query any of the hosts (audited).
            NotFound: no such conversation (or plan) of this user.
            Invalid: the plan was made for another request.
        """
        with self.tracer.span("ask", user=principal.user, query=query) as span:
            context = self._context(principal, conversation_id) if conversation_id else None
            spans = self.tracer.host_spans()
            view = self.view(principal, conversation_id=conversation_id,
                             processors=[*processors, spans])
            lock = context.lock if context is not None else threading.Lock()
            with lock:
                if plan_id is not None:
                    turn = self._planned(principal, plan_id, query, conversation_id, hosts,
                                         allow_write)
                elif context is not None and hosts is None and not allow_write:
                    context.conversation.chat = view
                    turn = context.conversation.understand(query)
                else:
                    turn = Turn(query, plan=view.plan(query, hosts=hosts,
                                                      allow_write=allow_write))
                if turn.answer is not None:  # a filter of the last answer: nothing runs
                    if context is not None:
                        context.conversation.last = turn.answer
                    return turn.answer, conversation_id
                assert turn.plan is not None
                plan = turn.plan
                self._deny(view, plan)
                answer = view.execute(plan, confirmed=confirm)
                if span is not None:
                    span.set_attribute("status", answer.status)
                self._remember(principal, view, context, turn, answer)
            return answer, view.conversation_id

    def run_command(self, principal: Principal, command: str, *,
                    hosts: list[str] | None = None, devices: str | None = None,
                    processors: Sequence[Any] = ()) -> Answer:
        """Run one read-only command on named hosts (or the devices ``devices`` names).

        The command must pass every target platform's read-only grammar (write mode is
        never on here); it is checked again by the guard right before it is sent.
        """
        from nornir_nlchat.platforms.registry import get_platform
        from nornir_nlchat.translate import guard

        with self.tracer.span("run_command", user=principal.user, command=command):
            view = self.view(principal, processors=[*processors, self.tracer.host_spans()])
            plan = Plan(command, "ready", allow_write=False)
            if hosts is None:
                plan.resolution = view.resolve(devices or "")
                if not plan.resolution.selected:
                    plan.status, plan.text = plan.resolution.status, unresolved_text(
                        plan.resolution)
                    return view.execute(plan)
                hosts = list(plan.resolution.hosts)
            inventory = view.nornir.inventory.hosts
            unknown = [h for h in hosts if h not in inventory]
            if unknown or not hosts:
                plan.status = "none"
                plan.text = (f"Unknown host(s): {', '.join(unknown)}." if unknown
                             else "No host given.")
                return view.execute(plan)
            plan.hosts = list(dict.fromkeys(hosts))
            decision = view.access.check([inventory[h] for h in plan.hosts])
            for name in decision.denied:
                plan.failed[name] = HostResult(name, inventory[name].platform or "", None,
                                               failed=True, error=decision.reason,
                                               error_kind="denied")
            if decision.denied and not decision.allowed:
                plan.status, plan.text = "denied", f"{principal.user}: {decision.reason}"
            self._deny(view, plan)
            reasons = []
            for name in decision.allowed:
                platform = inventory[name].platform or ""
                try:
                    grammar = get_platform(platform).read_only_grammar
                except Exception as exc:
                    plan.failed[name] = HostResult(name, platform, None, failed=True,
                                                   error=str(exc), error_kind="platform")
                    continue
                verdict = guard.check(command, grammar) if grammar is not None else None
                if verdict is None or not (verdict.allowed and verdict.read_only):
                    why = verdict.reason if verdict else "the platform has no read-only grammar"
                    reasons.append(why)
                    plan.failed[name] = HostResult(name, platform, command, failed=True,
                                                   error=f"Refused {command!r}: {why}",
                                                   error_kind="refused")
                    continue
                plan.commands[name] = [command]
            if not plan.commands:
                plan.status = "refused"
                plan.text = (f"Refused {command!r}: " + " ".join(dict.fromkeys(reasons))
                             if reasons else "Nothing can be run.")
            return view.execute(plan)

    # -- conversations ---------------------------------------------------------------------
    def owns_conversation(self, principal: Principal, conversation_id: str) -> bool:
        """True when the conversation exists and is the user's (admins: any)."""
        from nornir_nlchat.store.chat_models import Conversation as ConversationRow

        with self.db.session() as s:
            row = s.get(ConversationRow, conversation_id)
            return row is not None and (row.user == principal.user or principal.admin)

    def _context(self, principal: Principal, conversation_id: str) -> _Context:
        with self._contexts_lock:
            context = self._contexts.get(conversation_id)
            if context is not None:
                if context.user != principal.user:
                    raise NotFound(f"No conversation {conversation_id} of yours.")
                self._contexts.move_to_end(conversation_id)
                return context
        from nornir_nlchat.store.chat_models import Conversation as ConversationRow

        with self.db.session() as s:
            row = s.get(ConversationRow, conversation_id)
            if row is None or row.user != principal.user:
                raise NotFound(f"No conversation {conversation_id} of yours.")
        context = _Context(principal.user, Conversation(self.view(principal)))
        return self._keep(conversation_id, context)

    def _keep(self, conversation_id: str, context: _Context) -> _Context:
        with self._contexts_lock:
            kept = self._contexts.setdefault(conversation_id, context)
            self._contexts.move_to_end(conversation_id)
            while len(self._contexts) > self._max_conversations:
                self._contexts.popitem(last=False)
            return kept

    def _remember(self, principal: Principal, view: ServiceChat, context: _Context | None,
                  turn: Turn, answer: Answer) -> None:
        if context is None:
            if view.conversation_id is None:
                return
            context = self._keep(view.conversation_id,
                                 _Context(principal.user, Conversation(view)))
        context.conversation.remember(turn, answer)

    # -- audit -----------------------------------------------------------------------------
    def _deny(self, view: ServiceChat, plan: Plan) -> None:
        """Record a plan every host of which is denied, then refuse it."""
        if plan.status != "denied":
            return
        view.execute(plan)  # runs nothing; records the message and one audit row per host
        raise Forbidden(plan.text, hosts=[h for h, r in plan.failed.items()
                                          if r.error_kind == "denied"])

    def audit(self, user: str, hosts: Sequence[str], command: str, outcome: str, *,
              error_kind: str | None = None) -> None:
        """One audit row per host for something that is not an ask (health, acks)."""
        from nornir_nlchat.store.chat_models import AuditEntry

        if not hosts:
            return
        try:
            with self.db.session() as s:
                s.add_all([AuditEntry(user=user, host=h, command=command, outcome=outcome,
                                      error_kind=error_kind, read_only=True) for h in hosts])
        except Exception as exc:  # the store being down must not lose the answer
            log.warning("could not write audit rows: %s", exc)

    # -- readiness -------------------------------------------------------------------------
    def readiness(self) -> dict[str, Any]:
        """``{"ready": bool, "checks": {"store": ..., "inventory": ...}}``."""
        from nlchat.service.probes import store_check

        store = store_check(self.db.url)
        hosts = len(self.chat.nornir.inventory.hosts)
        inventory = {"ok": hosts > 0, "detail": f"{hosts} device(s)"}
        return {"ready": bool(store["ok"] and inventory["ok"]),
                "checks": {"store": store, "inventory": inventory}}
