"""``NLChat``: ask questions about a fleet; connections stay open between asks."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from nornir.core import Nornir
from nornir.core.filter import F

from nlchat.access import AccessPolicy, current_user
from nlchat.answer import Answer, HostResult
from nlchat.history import History
from nlchat.plan import Plan
from nlchat.summaries import summarize
from nornir_nlchat.config import NLChatSettings, load_settings
from nornir_nlchat.errors import InventoryError, NLChatError
from nornir_nlchat.inventory import config_section, load_nornir
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.resolve import Resolution, index_for
from nornir_nlchat.tasks import run_commands
from nornir_nlchat.translate import guard
from nornir_nlchat.translate.result import Translation
from nornir_nlchat.translate.select import ProviderSelector

log = logging.getLogger(__name__)

Confirm = Callable[[dict[str, list[str]]], bool]


def _default_source(config: str | Path | None, inventory: Nornir | str | Path | None
                    ) -> Nornir | str | Path:
    if inventory is not None:
        return inventory
    if config is not None:
        return config
    env = os.environ.get("NLCHAT_CONFIG")
    if env:
        return env
    if Path("config.yaml").is_file():
        return "config.yaml"
    raise InventoryError("No configuration or inventory given.",
                         hint="Pass config= (a Nornir config.yaml) or inventory= (a folder with "
                              "hosts.yaml), or set NLCHAT_CONFIG.")


class NLChat:
    """A conversation with a fleet.

    Args:
        config: Path to a Nornir config.yaml (its ``user_defined.nlchat`` section holds the
            assistant's settings). Defaults to ``$NLCHAT_CONFIG`` or ./config.yaml.
        inventory: A Nornir object or SimpleInventory folder, instead of ``config``.
        settings: Settings object overriding the config file's section.
        allow_write: Allow commands that change device state (each ask still needs
            ``confirm`` to approve them).
        confirm: Called with ``{host: [commands]}`` before any non-read-only command runs;
            it must return True for them to run.

    Example::

        with NLChat("config.yaml") as chat:
            print(chat.ask("what's the cpu on the vijayawada switch?"))
    """

    def __init__(
        self,
        config: str | Path | None = None,
        *,
        inventory: Nornir | str | Path | None = None,
        settings: NLChatSettings | None = None,
        allow_write: bool = False,
        confirm: Confirm | None = None,
        progress: bool | None = None,
    ) -> None:
        self.settings = settings or NLChatSettings()
        source = _default_source(config, inventory)
        self.nornir = load_nornir(source, num_workers=self.settings.execution.num_workers)
        if settings is None:
            self.settings = load_settings(config_section(self.nornir))
        self.selector = ProviderSelector(self.settings.providers)
        self.user = current_user(self.settings.user)
        self.access = AccessPolicy(self.settings.access, self.user)
        self.allow_write = allow_write
        self.confirm = confirm
        self._lock = threading.Lock()
        self._history: History | None = None
        self.conversation_id: str | None = None
        # Runner with retries / breakers / timeouts / dead letters, and the progress bar.
        from nornir_nlchat.runners import prepare_session

        self.nornir, self.runner = prepare_session(self.nornir, self.settings.execution,
                                                   progress=progress)

    # -- context manager ---------------------------------------------------------------
    def __enter__(self) -> NLChat:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close every open device connection (and jump-host connections left unused)."""
        from nornir_nlchat.execute.jump import close_idle_bastions

        self.nornir.close_connections(on_good=True, on_failed=True)
        close_idle_bastions()

    # -- the pipeline ------------------------------------------------------------------
    def resolve(self, query: str) -> Resolution:
        """Which devices ``query`` is about."""
        return index_for(self.nornir).resolve(query)

    def translate(self, query: str, platform: str, *, allow_write: bool = False
                  ) -> Translation:
        """Translate ``query`` for one platform with the configured provider chain."""
        return self.selector.translate(query, get_platform(platform), allow_write=allow_write)

    def plan(self, query: str, *, hosts: list[str] | None = None,
             allow_write: bool | None = None) -> Plan:
        """Decide which devices and which command per device, without running anything.

        Args:
            query: The request in words.
            hosts: Use these hosts instead of resolving them from the query.
            allow_write: Override the session's write mode for this request.
        """
        write = self.allow_write if allow_write is None else allow_write
        if write and not self.access.may_write():
            write = False  # the user's roles do not include write mode
        plan = Plan(query, "ready", allow_write=write)
        if hosts is None:
            plan.resolution = self.resolve(query)
            if plan.resolution.status not in ("one", "many"):
                plan.status = plan.resolution.status
                plan.text = self._unresolved_text(plan.resolution)
                return plan
            hosts = list(plan.resolution.hosts)
        inventory = self.nornir.inventory.hosts
        unknown = [h for h in hosts if h not in inventory]
        if unknown:
            plan.status, plan.text = "none", f"Unknown host(s): {', '.join(unknown)}."
            return plan
        plan.hosts = list(hosts)
        decision = self.access.check([inventory[h] for h in hosts])
        for name in decision.denied:
            plan.failed[name] = HostResult(name, inventory[name].platform or "", None,
                                           failed=True, error=decision.reason,
                                           error_kind="denied")
        if decision.denied and not decision.allowed:
            plan.status, plan.text = "denied", f"{self.user}: {decision.reason}"
            return plan
        by_platform: dict[str, list[str]] = {}
        for name in decision.allowed:
            by_platform.setdefault(inventory[name].platform or "", []).append(name)
        for platform_name, names in by_platform.items():
            try:
                plugin = get_platform(platform_name)
            except NLChatError as exc:
                for name in names:
                    plan.failed[name] = HostResult(name, platform_name, None, failed=True,
                                                   error=str(exc), error_kind="platform")
                continue
            translation = self.translate(query, plugin.name, allow_write=write)
            plan.translations[plugin.name] = translation
            if not translation.ok:
                for name in names:
                    plan.failed[name] = HostResult(name, platform_name, None, failed=True,
                                                   error=translation.reason,
                                                   error_kind=translation.status)
                continue
            specs = plugin.commands_for(translation.intent or "")
            config = bool(specs) and specs[0].config_mode
            grammar = plugin.read_only_grammar
            for name in names:
                plan.commands[name] = list(translation.commands)
                if config:
                    plan.config_hosts.add(name)
                writes = [c for c in translation.commands
                          if config or grammar is None or not guard.check(c, grammar).read_only]
                if writes:
                    plan.writes[name] = writes
        if not plan.commands:
            statuses = {t.status for t in plan.translations.values()}
            plan.status = "refused" if "refused" in statuses or not statuses else "clarify"
            reasons = [t.reason + (f" Options: {', '.join(t.choices)}." if t.choices else "")
                       for t in plan.translations.values()]
            plan.text = " ".join(dict.fromkeys(reasons)) or "Nothing can be run."
        return plan

    def execute(self, plan: Plan, *, confirmed: bool = False) -> Answer:
        """Run a plan and answer. State-changing commands need confirmation first.

        Args:
            plan: What :meth:`plan` decided.
            confirmed: The caller has shown the state-changing commands and the person
                agreed; otherwise the session's ``confirm`` callback is asked.
        """
        started = time.perf_counter()
        answer = Answer(plan.query, plan.status, hosts=list(plan.hosts),
                        resolution=plan.resolution, translations=dict(plan.translations),
                        results=dict(plan.failed), text=plan.text)
        if plan.status == "ready" and plan.writes and not (
                confirmed or (self.confirm is not None and self.confirm(dict(plan.writes)))):
            answer.status = "refused"
            answer.text = ("These commands change device state and were not confirmed, so "
                           "nothing was run: " + "; ".join(
                               sorted({c for cs in plan.writes.values() for c in cs})))
        elif plan.status == "ready":
            self._run(plan, answer.results)
            answer.results = {name: answer.results[name] for name in plan.hosts}
            failed = answer.failed_hosts
            answer.status = "ok" if not failed else (
                "failed" if len(failed) == len(answer.results) else "partial")
            answer.text = "\n".join(summarize(r, plan.intent_of(r.platform), plan.query)
                                    for r in answer.results.values())
        self._record(answer, plan, (time.perf_counter() - started) * 1000)
        return answer

    def ask(self, query: str, *, hosts: list[str] | None = None,
            allow_write: bool | None = None) -> Answer:
        """Resolve the devices, translate per platform, run, parse and answer.

        Args:
            query: The request in words.
            hosts: Run on these hosts instead of resolving them from the query.
            allow_write: Override the session's write mode for this ask.
        """
        return self.execute(self.plan(query, hosts=hosts, allow_write=allow_write))

    # -- history and audit ---------------------------------------------------------------
    @property
    def history(self) -> History | None:
        """The history store (None when ``history: false`` in the settings)."""
        if not self.settings.history:
            return None
        if self._history is None:
            self._history = History(self.settings.database_url)
        return self._history

    def _record(self, answer: Answer, plan: Plan, duration_ms: float) -> None:
        history = self.history
        if history is None:
            return
        try:
            if self.conversation_id is None:
                self.conversation_id = history.start(self.user, title=plan.said or plan.query)
            read_only = {h: h not in plan.writes for h in plan.hosts}
            history.record(self.conversation_id, self.user, answer, duration_ms, read_only,
                           said=plan.said)
        except Exception as exc:  # the store being down must not lose the answer
            log.warning("could not record the ask in the history store: %s", exc)

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _unresolved_text(resolution: Resolution) -> str:
        if resolution.status == "ambiguous":
            return (f"{resolution.reason} Which one did you mean: "
                    f"{', '.join(resolution.candidates)}?")
        return resolution.reason or "No device in the inventory matches that request."

    def _run(self, plan: Plan, results: dict[str, HostResult]) -> None:
        from nornir_nlchat.execute.classify import kind_of
        from nornir_nlchat.logs import mask
        from nornir_nlchat.tasks import run_config

        timeout = self.settings.execution.command_timeout
        exec_hosts = {h: c for h, c in plan.commands.items() if h not in plan.config_hosts}
        config_hosts = {h: c for h, c in plan.commands.items() if h in plan.config_hosts}
        runs = []
        with self._lock:  # one ask at a time per session: connections are shared
            if exec_hosts:
                runs.append(self.nornir.filter(F(name__any=list(exec_hosts))).run(
                    task=run_commands, commands=exec_hosts, allow_write=plan.allow_write,
                    read_timeout=timeout, on_failed=True))
            if config_hosts:
                runs.append(self.nornir.filter(F(name__any=list(config_hosts))).run(
                    task=run_config, lines=config_hosts, allow_write=plan.allow_write,
                    read_timeout=timeout, on_failed=True))
        for name, multi in [item for run in runs for item in run.items()]:
            host = self.nornir.inventory.hosts[name]
            data = multi[0].result
            payloads: list[dict[str, Any]] = data if isinstance(data, list) else (
                [data] if isinstance(data, dict) else [])  # a dict: breaker / host timeout
            if not payloads:  # the task itself blew up
                exc = multi[0].exception
                results[name] = HostResult(name, host.platform or "", None, failed=True,
                                           error=mask(str(exc or "task failed")),
                                           error_kind=kind_of(exc) if exc else "error")
                continue
            last = payloads[-1]
            output = "\n".join(p["output"] for p in payloads)
            parsed = payloads[0]["parsed"] if len(payloads) == 1 else None
            failed_payload = next((p for p in payloads if p["error"]), None)
            results[name] = HostResult(
                name, host.platform or "", "\n".join(p["command"] for p in payloads),
                output=output, parsed=parsed, failed=failed_payload is not None,
                error=failed_payload["error"] if failed_payload else None,
                error_kind=failed_payload["error_kind"] if failed_payload else None,
                parse_error=last["parse_error"],
                duration_ms=sum(p["duration_ms"] for p in payloads),
            )
