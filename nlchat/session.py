"""``NLChat``: ask questions about a fleet; connections stay open between asks."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from nornir.core import Nornir
from nornir.core.filter import F

from nlchat.access import AccessPolicy, current_user
from nlchat.answer import Answer, HostResult
from nornir_nlchat.config import NLChatSettings, load_settings
from nornir_nlchat.errors import InventoryError
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

    def ask(self, query: str, *, hosts: list[str] | None = None,
            allow_write: bool | None = None) -> Answer:
        """Resolve the devices, translate per platform, run, parse and answer.

        Args:
            query: The request in words.
            hosts: Run on these hosts instead of resolving them from the query.
            allow_write: Override the session's write mode for this ask.
        """
        write = self.allow_write if allow_write is None else allow_write
        if write and not self.access.may_write():
            write = False  # the user's roles do not include write mode
        if hosts is None:
            resolution = self.resolve(query)
            if resolution.status not in ("one", "many"):
                return self._unresolved(query, resolution)
            hosts = list(resolution.hosts)
        else:
            resolution = None
        inventory = self.nornir.inventory.hosts
        unknown = [h for h in hosts if h not in inventory]
        if unknown:
            return Answer(query, "none", text=f"Unknown host(s): {', '.join(unknown)}.")
        decision = self.access.check([inventory[h] for h in hosts])
        if decision.denied:
            denied = {name: HostResult(name, inventory[name].platform or "", None, failed=True,
                                       error=decision.reason, error_kind="denied")
                      for name in decision.denied}
            if not decision.allowed:
                return Answer(query, "denied", hosts=hosts, results=denied,
                              text=f"{self.user}: {decision.reason}", resolution=resolution)
            hosts = decision.allowed
        by_platform: dict[str, list[str]] = {}
        for name in hosts:
            by_platform.setdefault(inventory[name].platform or "", []).append(name)
        translations: dict[str, Translation] = {}
        commands: dict[str, list[str]] = {}
        results: dict[str, HostResult] = {}
        for platform_name, names in by_platform.items():
            try:
                plugin = get_platform(platform_name)
            except Exception as exc:
                for name in names:
                    results[name] = HostResult(name, platform_name, None, failed=True,
                                               error=str(exc), error_kind="platform")
                continue
            translation = self.translate(query, plugin.name, allow_write=write)
            translations[plugin.name] = translation
            if translation.ok:
                for name in names:
                    commands[name] = list(translation.commands)
        answer = Answer(query, "ok", hosts=hosts, resolution=resolution,
                        translations=translations, results=results)
        if not commands and not results:
            return self._not_translated(answer)
        if not self._write_confirmed(commands, by_platform):
            answer.status = "refused"
            answer.text = ("These commands change device state and were not confirmed, so "
                           "nothing was run: " + "; ".join(
                               sorted({c for cs in commands.values() for c in cs})))
            return answer
        self._run(commands, write, results)
        for name in hosts:
            if name not in results:  # platform's translation was refused or unclear
                t = translations.get(get_platform(inventory[name].platform or "").name)
                results[name] = HostResult(name, inventory[name].platform or "", None,
                                           failed=True, error=t.reason if t else "not run",
                                           error_kind=t.status if t else "error")
        answer.results = {name: results[name] for name in hosts}
        if decision.denied:
            answer.results.update(denied)
            answer.hosts = list(answer.results)
        failed = answer.failed_hosts
        answer.status = "ok" if not failed else ("failed" if len(failed) == len(answer.results)
                                                 else "partial")
        answer.text = "\n".join(r.summary() for r in answer.results.values())
        return answer

    # -- helpers -------------------------------------------------------------------------
    def _unresolved(self, query: str, resolution: Resolution) -> Answer:
        if resolution.status == "ambiguous":
            text = (f"{resolution.reason} Which one did you mean: "
                    f"{', '.join(resolution.candidates)}?")
        else:
            text = resolution.reason or "No device in the inventory matches that request."
        return Answer(query, resolution.status, text=text, resolution=resolution)

    def _not_translated(self, answer: Answer) -> Answer:
        statuses = {t.status for t in answer.translations.values()}
        answer.status = "refused" if "refused" in statuses else "clarify"
        reasons = []
        for t in answer.translations.values():
            extra = f" Options: {', '.join(t.choices)}." if t.choices else ""
            reasons.append(f"{t.reason}{extra}")
        answer.text = " ".join(dict.fromkeys(reasons))
        return answer

    def _write_confirmed(self, commands: dict[str, list[str]],
                         by_platform: dict[str, list[str]]) -> bool:
        writes: dict[str, list[str]] = {}
        for platform_name, names in by_platform.items():
            grammar = get_platform(platform_name).read_only_grammar
            for name in names:
                for command in commands.get(name, []):
                    if grammar is None or not guard.check(command, grammar).read_only:
                        writes.setdefault(name, []).append(command)
        if not writes:
            return True
        return self.confirm is not None and bool(self.confirm(writes))

    def _run(self, commands: dict[str, list[str]], write: bool,
             results: dict[str, HostResult]) -> None:
        from nornir_nlchat.execute.classify import kind_of
        from nornir_nlchat.logs import mask

        targets = self.nornir.filter(F(name__any=list(commands)))
        with self._lock:  # one ask at a time per session: connections are shared
            run = targets.run(task=run_commands, commands=commands, allow_write=write,
                              read_timeout=self.settings.execution.command_timeout,
                              on_failed=True)
        for name, multi in run.items():
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
                name, host.platform or "", " ; ".join(p["command"] for p in payloads),
                output=output, parsed=parsed, failed=failed_payload is not None,
                error=failed_payload["error"] if failed_payload else None,
                error_kind=failed_payload["error_kind"] if failed_payload else None,
                parse_error=last["parse_error"],
                duration_ms=sum(p["duration_ms"] for p in payloads),
            )
