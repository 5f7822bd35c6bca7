"""``nlchat.health``: one health round over a fleet, as records that become a DataFrame.

>>> report = nlchat.health("cpu and bgp on the bangalore routers",
...                        inventory="inventory/")                    # doctest: +SKIP
>>> report.problems()                                                  # doctest: +SKIP
>>> report.to_dataframe()                                              # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nornir.core import Nornir

from nornir_nlchat.health.poll import HostPoll, Round
from nornir_nlchat.health.rules import CheckResult
from nornir_nlchat.health.settings import HealthSettings, Thresholds
from nornir_nlchat.health.verdict import Status, Verdict

COLUMNS = ("host", "check", "subject", "status", "value", "threshold", "unit", "message",
           "evidence", "at")


@dataclass
class HealthReport:
    """The outcome of one health round.

    Attributes:
        query: The request as given ("" for the whole inventory).
        hosts: The devices polled.
        checks: The checks asked for (empty: everything each platform supports).
        results: Every check result (per host, then the fleet-wide ``loop`` check).
        polls: Per-host poll outcomes (errors, timings, command counts).
        denied: Devices the request named that the user's roles do not cover (not polled).
    """

    query: str
    hosts: list[str]
    checks: list[str]
    results: list[CheckResult] = field(default_factory=list)
    polls: list[HostPoll] = field(default_factory=list)
    denied: list[str] = field(default_factory=list)

    @property
    def status(self) -> Status:
        """The worst status found."""
        return Status.worst(r.status for r in self.results)

    @property
    def failed_hosts(self) -> list[str]:
        """Hosts that could not be polled."""
        return [p.host for p in self.polls if not p.ok]

    def verdicts(self) -> list[Verdict]:
        """Every verdict: each check's summary, then its per-subject items."""
        return [v for r in self.results for v in r.verdicts()]

    def problems(self) -> list[Verdict]:
        """Verdicts that are warning or critical (per-subject ones when there are any)."""
        out = []
        for r in self.results:
            if r.items:
                out += [v for v in r.items if v.status.bad]
            elif r.summary.status.bad:
                out.append(r.summary)
        return out

    @property
    def records(self) -> list[dict[str, Any]]:
        """One flat row per verdict (the DataFrame's rows)."""
        rows = []
        for v in self.verdicts():
            row = {c: getattr(v, c) for c in COLUMNS if c not in ("status", "evidence")}
            row["status"] = v.status.value
            row["evidence"] = "; ".join(v.evidence)
            rows.append({c: row[c] for c in COLUMNS})
        return rows

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError as exc:
            from nornir_nlchat.errors import NLChatError

            raise NLChatError("pandas is not installed.",
                              hint="pip install pandas to use to_dataframe().") from exc
        return pd.DataFrame(self.records, columns=list(COLUMNS))

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "query": self.query, "hosts": self.hosts, "checks": self.checks,
            "status": self.status.value, "failed_hosts": self.failed_hosts,
            "results": [r.to_dict() for r in self.results],
            "polls": [{"host": p.host, "platform": p.platform, "ok": p.ok, "error": p.error,
                       "error_kind": p.error_kind, "seconds": round(p.seconds, 3),
                       "commands": p.commands} for p in self.polls],
            "denied": self.denied,
        }

    @property
    def text(self) -> str:
        """A short answer for a person."""
        problems = self.problems()
        skipped = (f"\nNot checked (your roles do not cover them): {', '.join(self.denied)}."
                   if self.denied else "")
        if not problems:
            return f"All {len(self.hosts)} device(s) healthy.{skipped}"
        lines = [f"{len(problems)} problem(s) on {len({v.host for v in problems})} "
                 f"device(s):"]
        lines += [f"  {v}" for v in problems]
        return "\n".join(lines) + skipped

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __str__(self) -> str:
        return self.text


def health(query: str | None = None, *, inventory: Nornir | str | Path | None = None,
           config: str | Path | None = None, checks: Sequence[str] | None = None,
           thresholds: Thresholds | dict[str, Any] | None = None,
           settings: HealthSettings | None = None, workers: int | None = None,
           read_timeout: float = 30.0, user: str | None = None) -> HealthReport:
    """Poll the devices a request names (all of them without one) once and judge them.

    Args:
        query: Devices and/or checks in words (``"cpu on the bangalore switches"``,
            ``"any loops in delhi?"``); None or "" polls every device with every check.
        inventory: A Nornir object, a config.yaml or a SimpleInventory folder.
        config: A Nornir config.yaml (its ``user_defined.nlchat.health`` section is used).
        checks: Checks to run (overrides those named in ``query``).
        thresholds: Thresholds (a :class:`Thresholds` or a dict of its fields).
        settings: Health settings (thresholds are taken from here when not given).
        workers: Devices polled in parallel.
        read_timeout: Seconds a device may take to answer one command.
        user: Who the round is for when access control is on (``access`` in the config's
            ``nlchat`` section; default: the ``user`` setting, $NLCHAT_USER, the OS user).
            Devices the user's roles do not cover are not polled (``report.denied``).

    Raises:
        ResolutionError: the request names devices that match none, or is ambiguous.
        AccessDenied: access control is on and the user's roles cover none of them.
        InventoryError, ConfigError: as for the other calls.
    """
    from nornir_nlchat.errors import ResolutionError
    from nornir_nlchat.health.poll import poll_round
    from nornir_nlchat.health.request import checks_in
    from nornir_nlchat.health.settings import load_health_settings
    from nornir_nlchat.inventory import config_section, load_nornir

    owned = not isinstance(inventory, Nornir)
    nr = load_nornir(_source(config, inventory))
    if settings is None:
        settings = load_health_settings(config_section(nr).get("health"))
    if isinstance(thresholds, dict):
        thresholds = Thresholds.model_validate({**settings.thresholds.model_dump(),
                                                **thresholds})
    thresholds = thresholds or settings.thresholds
    text = (query or "").strip()
    named, names_devices = checks_in(text) if text else ([], False)
    if checks:
        load_health_settings({"checks": list(checks)})  # ConfigError naming unknown checks
    wanted = list(checks) if checks else (named or list(settings.checks))
    hosts = list(nr.inventory.hosts)
    if names_devices:
        from nornir_nlchat.resolve import index_for

        resolution = index_for(nr).resolve(text)
        if resolution.status not in ("one", "many"):
            hint = ("Which one: " + ", ".join(resolution.candidates[:10]) + "?"
                    if resolution.candidates else "Name a device, site, city or role.")
            raise ResolutionError(resolution.reason or "No device matches the request.",
                                  hint=hint)
        hosts = list(resolution.hosts)
    hosts, denied = _allowed(nr, hosts, user)
    fleet = poll_round(nr, hosts, wanted or None, thresholds=thresholds,
                       workers=workers or settings.workers, read_timeout=read_timeout,
                       loops=not wanted or bool({"stp", "mac", "topology"} & set(wanted)))
    if owned:
        nr.close_connections(on_good=True, on_failed=True)
    report = _report(text, hosts, wanted, fleet)
    report.denied = denied
    return report


def _allowed(nr: Nornir, hosts: list[str], user: str | None) -> tuple[list[str], list[str]]:
    """The hosts the user may query and those denied, by the config's access settings."""
    from nlchat.access import AccessPolicy, current_user
    from nornir_nlchat.config import load_settings
    from nornir_nlchat.errors import AccessDenied
    from nornir_nlchat.inventory import config_section

    settings = load_settings(config_section(nr))
    if not settings.access.enabled:
        return hosts, []
    who = user or current_user(settings.user)
    decision = AccessPolicy(settings.access, who).check([nr.inventory.hosts[h]
                                                          for h in hosts])
    if not decision.allowed:
        raise AccessDenied(f"{who} may not query "
                           f"{', '.join(decision.denied[:10]) or 'any device'}"
                           f"{' ...' if len(decision.denied) > 10 else ''}.")
    return decision.allowed, decision.denied


def _source(config: str | Path | None, inventory: Nornir | str | Path | None
            ) -> Nornir | str | Path:
    import os

    from nornir_nlchat.errors import InventoryError

    chosen = inventory if inventory is not None else config
    if chosen is None:
        chosen = os.environ.get("NLCHAT_CONFIG") or (
            "config.yaml" if Path("config.yaml").is_file() else None)
    if chosen is None:
        raise InventoryError("No configuration or inventory given.",
                             hint="Pass config= (a Nornir config.yaml) or inventory= (a folder "
                                  "with hosts.yaml), or set NLCHAT_CONFIG.")
    return chosen


def _report(query: str, hosts: list[str], checks: list[str], fleet: Round) -> HealthReport:
    return HealthReport(query, hosts, checks, fleet.results(), fleet.polls)
