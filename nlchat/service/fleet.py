"""Devices, health rounds, alerts and records, as one user may see them.

Health rounds poll on a Nornir of their own (same inventory, own connections), so a round
never waits for an ask, nor an ask for a round; rounds take turns with each other.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from nornir.core import Nornir
from nornir.core.inventory import Host

from nlchat.service.errors import Forbidden, NotFound
from nlchat.service.jsonable import as_dict, as_rows

if TYPE_CHECKING:
    from nlchat.health import HealthReport
    from nlchat.service.core import Principal, ServiceCore
    from nornir_nlchat.health.poll import HostPoll
    from nornir_nlchat.health.rules import CheckResult

OnHost = Callable[..., None]
_LOCATION_KEYS = ("name", "city", "country", "latitude", "longitude")


def _data(host: Host, key: str) -> Any:
    try:
        return host.get(key)
    except Exception:
        return None


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


class Fleet:
    """What the service knows about the devices, filtered by access.

    Args:
        core: The service core (engine, store, tracer).
    """

    def __init__(self, core: ServiceCore) -> None:
        from nlchat.service.alerting import RoundAlerts
        from nornir_nlchat.health.history import HealthHistory

        self.core = core
        self.health_store = HealthHistory(database=core.db)
        self.round_alerts = RoundAlerts(core.settings.health, self.health_store)
        self._nornir: Nornir | None = None
        self._round_lock = threading.Lock()
        self._open_lock = threading.Lock()

    @property
    def hosts(self) -> dict[str, Host]:
        """The inventory's hosts by name."""
        return dict(self.core.chat.nornir.inventory.hosts)

    def close(self) -> None:
        """Close the health connections (and deliver the queued alert notifications)."""
        self.round_alerts.close()
        if self._nornir is not None:
            self._nornir.close_connections(on_good=True, on_failed=True)

    # -- devices ---------------------------------------------------------------------------
    def devices(self, principal: Principal) -> list[dict[str, Any]]:
        """Every device the user may query, with its location and latest health."""
        policy = self.core.policy(principal.user)
        hosts = [h for h in self.hosts.values() if policy.may_query(h)]
        health = self._latest_health()
        alerts = self._firing_counts()
        return [self._device(h, health.get(h.name), alerts.get(h.name, 0)) for h in hosts]

    def device(self, principal: Principal, name: str) -> dict[str, Any]:
        """One device (404 when unknown; 403, audited, when not the user's)."""
        host = self.hosts.get(name)
        if host is None:
            raise NotFound(f"No device named {name!r} in the inventory.")
        self._require(principal, [name], "device details")
        return self._device(host, self._latest_health(name).get(name),
                            self._firing_counts().get(name, 0))

    @staticmethod
    def _device(host: Host, health: dict[str, Any] | None, alerts: int) -> dict[str, Any]:
        location = _data(host, "location")
        location = location if isinstance(location, dict) else {}
        aliases = _data(host, "aliases")
        return as_dict({
            "name": host.name, "hostname": host.hostname, "platform": host.platform,
            "vendor": _data(host, "vendor"), "role": _data(host, "role"),
            "site": _data(host, "site"), "groups": [g.name for g in host.groups],
            "aliases": [str(a) for a in aliases] if isinstance(aliases, list) else [],
            "location": {k: location.get(k) for k in _LOCATION_KEYS},
            "health": health, "alerts_firing": alerts,
        })

    def _latest_health(self, host: str | None = None) -> dict[str, dict[str, Any]]:
        from sqlalchemy import func, select

        from nornir_nlchat.health.verdict import Status
        from nornir_nlchat.store.health_models import HealthSample

        latest = select(func.max(HealthSample.id)).group_by(HealthSample.host,
                                                            HealthSample.check)
        if host is not None:
            latest = latest.where(HealthSample.host == host)
        query = select(HealthSample.host, HealthSample.check, HealthSample.status,
                       HealthSample.at).where(HealthSample.id.in_(latest))
        out: dict[str, dict[str, Any]] = {}
        with self.core.db.session() as s:
            for name, check, status, at in s.execute(query):
                entry = out.setdefault(name, {"status": "ok", "checks": {}, "at": None})
                entry["checks"][check] = status
                entry["status"] = Status.worst(entry["checks"].values()).value
                if entry["at"] is None or (at is not None and str(at) > entry["at"]):
                    entry["at"] = str(at.isoformat() if isinstance(at, datetime) else at)
        return out

    def _firing_counts(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from nornir_nlchat.health.alerts import FIRING
        from nornir_nlchat.store.health_models import HealthAlert

        query = (select(HealthAlert.host, func.count(HealthAlert.id))
                 .where(HealthAlert.state == FIRING).group_by(HealthAlert.host))
        with self.core.db.session() as s:
            return {host: int(n) for host, n in s.execute(query)}

    # -- access ----------------------------------------------------------------------------
    def _require(self, principal: Principal, names: Sequence[str], what: str) -> None:
        policy = self.core.policy(principal.user)
        hosts = self.hosts
        denied = [n for n in names if n in hosts and not policy.may_query(hosts[n])]
        if denied:
            self.core.audit(principal.user, denied, what, "denied", error_kind="denied")
            raise Forbidden(f"{principal.user}: You are not allowed to query "
                            f"{', '.join(denied)}; ask an administrator to grant you a role "
                            "that covers these hosts.", hosts=denied)

    # -- health ----------------------------------------------------------------------------
    def health_nornir(self) -> Nornir:
        """The Nornir health rounds poll with (opened on first use)."""
        from nornir_nlchat.inventory import load_nornir

        with self._open_lock:
            if self._nornir is None:
                self._nornir = load_nornir(self.core.source)
            return self._nornir

    def plan_health(self, principal: Principal, query: str | None,
                    checks: Sequence[str] | None) -> dict[str, Any]:
        """Which hosts and checks a health request covers (a denial is audited, raised).

        Returns a dict with ``hosts``, ``checks``, ``denied``, and ``status`` / ``reason``
        when the request names no device or several where one is meant.
        """
        from nornir_nlchat.health.request import checks_in

        text = (query or "").strip()
        named, names_devices = checks_in(text) if text else ([], False)
        wanted = list(checks) if checks else (named or list(self.core.settings.health.checks))
        policy = self.core.policy(principal.user)
        hosts = self.hosts
        if names_devices:
            resolution = self.core.view(principal).resolve(text)
            if not resolution.selected:
                from nlchat.service.core import unresolved_text

                return {"query": text, "checks": wanted, "hosts": [], "denied": [],
                        "status": resolution.status, "reason": unresolved_text(resolution)}
            names = list(resolution.hosts)
            allowed = [n for n in names if policy.may_query(hosts[n])]
            if not allowed:
                self._require(principal, names, "health check")  # audits, raises
            denied = [n for n in names if n not in allowed]
            if denied:
                self.core.audit(principal.user, denied, "health check", "denied",
                                error_kind="denied")
            names = allowed
        else:
            names, denied = [n for n, h in hosts.items() if policy.may_query(h)], []
            if not names:
                raise Forbidden(f"{principal.user}: You may not query any device.")
        return {"query": text, "checks": wanted, "hosts": names, "denied": denied,
                "status": "ready", "reason": ""}

    def health(self, principal: Principal, query: str | None = None,
               checks: Sequence[str] | None = None, *, on_host: OnHost | None = None,
               planned: dict[str, Any] | None = None) -> dict[str, Any]:
        """One health round over the devices ``query`` names (all the user's without one).

        Samples go to the health history (``/api/health/results``) and the results to the
        alert engine (alerts raised and cleared as by the monitor, see
        :mod:`nlchat.service.alerting`); every polled host gets an audit row. Resolution
        problems are answers (``status`` none / ambiguous).
        """
        plan = planned or self.plan_health(principal, query, checks)
        if plan["status"] != "ready":
            return {**plan, "text": plan["reason"], "results": [], "polls": [],
                    "failed_hosts": []}
        with self.core.tracer.span("health", user=principal.user, query=plan["query"],
                                   hosts=plan["hosts"], checks=plan["checks"]) as span:
            with self._round_lock:
                report, fleet_results = self._round(plan["query"], plan["hosts"],
                                                    plan["checks"], on_host)
            if span is not None:
                span.set_attribute("status", report.status.value)
        with contextlib.suppress(Exception):  # the answer matters more than its history
            self.health_store.record_samples(report.results)
        self.round_alerts.process(report.polls, fleet_results)
        what = "health check: " + (", ".join(plan["checks"]) or "all checks")
        failed = set(report.failed_hosts)
        self.core.audit(principal.user, [h for h in plan["hosts"] if h not in failed], what,
                        "ok")
        self.core.audit(principal.user, [h for h in plan["hosts"] if h in failed], what,
                        "failed", error_kind="unreachable")
        return as_dict({**report.to_dict(), "text": report.text, "denied": plan["denied"],
                         "reason": ""})

    def _round(self, query: str, names: list[str], checks: list[str],
               on_host: OnHost | None) -> tuple[HealthReport, list[CheckResult]]:
        """Poll the hosts; the report and its fleet-wide results (loops)."""
        from nlchat.health import HealthReport
        from nornir_nlchat.health.loops import loop_results
        from nornir_nlchat.health.poll import evidence_of, poll_host

        nr = self.health_nornir()
        settings = self.core.settings.health
        parent = self.core.tracer.current()

        def one(name: str) -> HostPoll:
            host = nr.inventory.hosts[name]
            if on_host is not None:
                on_host(name, "running")
            with self.core.tracer.span("poll", parent=parent, host=name,
                                       platform=host.platform or "", checks=checks):
                poll = poll_host(nr, host, checks or None, thresholds=settings.thresholds)
            if on_host is not None:
                on_host(name, "done" if poll.ok else "failed", error_kind=poll.error_kind,
                        duration_ms=round(poll.seconds * 1000, 1))
            return poll

        workers = max(1, min(settings.workers, len(names) or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="nlchat-api-health"
                                ) as pool:
            polls = list(pool.map(one, names))
        results = [r for p in polls for r in p.results]
        fleet: list[CheckResult] = []
        if not checks or {"stp", "mac", "topology"} & set(checks):
            evidence = {p.host: ev for p in polls if (ev := evidence_of(p)) is not None}
            if evidence:
                fleet.append(loop_results(evidence, settings.thresholds))
        return HealthReport(query, names, checks, results + fleet, polls), fleet

    def samples(self, principal: Principal, *, host: str | None, check: str | None,
                limit: int) -> list[dict[str, Any]]:
        """The latest ``limit`` stored health results (oldest first) of the devices the
        user may query."""
        from sqlalchemy import select

        from nornir_nlchat.store.health_models import HealthSample

        if host is not None:
            self._require(principal, [host], "health results")
        policy = self.core.policy(principal.user)
        hosts = self.hosts
        allowed = [n for n, h in hosts.items() if policy.may_query(h)]
        query = select(HealthSample).where(HealthSample.host.in_(allowed))
        if host is not None:
            query = query.where(HealthSample.host == host)
        if check is not None:
            query = query.where(HealthSample.check == check)
        with self.core.db.session() as s:
            rows = list(s.scalars(query.order_by(HealthSample.id.desc()).limit(limit)))
            return as_rows([{"id": r.id, "at": _utc(r.at), "host": r.host, "check": r.check,
                             "status": r.status, "value": r.value, "threshold": r.threshold,
                             "unit": r.unit, "message": r.message, "details": r.details}
                            for r in reversed(rows)])

    # -- alerts ----------------------------------------------------------------------------
    def alerts(self, principal: Principal, *, state: str | None, host: str | None,
               check: str | None, limit: int) -> list[dict[str, Any]]:
        """Alerts of the devices the user may query, newest first, with acknowledgements."""
        policy = self.core.policy(principal.user)
        hosts = self.hosts
        rows = self.health_store.alerts(host=host, check=check, state=state, limit=limit)
        visible = [a for a in rows if principal.admin or (
            a["host"] in hosts and policy.may_query(hosts[a["host"]]))]
        acks = self._acks([a["id"] for a in visible])
        return as_rows([{**a, "ack": acks.get(a["id"])} for a in visible])

    def acknowledge(self, principal: Principal, alert_id: int, note: str = ""
                    ) -> dict[str, Any]:
        """Acknowledge an alert (404 when unknown; 403, audited, when not the user's)."""
        from nornir_nlchat.store.health_models import HealthAlert
        from nornir_nlchat.store.service_models import AlertAck

        with self.core.db.session() as s:
            row = s.get(HealthAlert, alert_id)
            host = row.host if row is not None else None
        if host is None:
            raise NotFound(f"No alert {alert_id}.")
        if not principal.admin:
            self._require(principal, [host], f"acknowledge alert {alert_id}")
        with self.core.db.session() as s:
            s.add(AlertAck(alert_id=alert_id, user=principal.user, note=note[:2000]))
        alert = next(a for a in self.health_store.alerts(host=host, limit=100000)
                     if a["id"] == alert_id)
        return as_dict({**alert, "ack": self._acks([alert_id]).get(alert_id)})

    def _acks(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        from sqlalchemy import select

        from nornir_nlchat.store.service_models import AlertAck

        if not ids:
            return {}
        out: dict[int, dict[str, Any]] = {}
        with self.core.db.session() as s:
            for ack in s.scalars(select(AlertAck).where(AlertAck.alert_id.in_(ids))
                                 .order_by(AlertAck.id)):
                out[ack.alert_id] = {"user": ack.user, "at": ack.at, "note": ack.note}
        return out

    # -- records ---------------------------------------------------------------------------
    def conversations(self, principal: Principal, *, user: str | None, limit: int
                      ) -> list[dict[str, Any]]:
        """The user's conversations (an admin may ask for anyone's, or everyone's)."""
        who = (user or None) if principal.admin else principal.user
        return as_rows(self.core.history.conversations(user=who, limit=limit))

    def messages(self, principal: Principal, conversation_id: str) -> list[dict[str, Any]]:
        """The messages of one of the user's conversations (admins: any)."""
        if not self.core.owns_conversation(principal, conversation_id):
            raise NotFound(f"No conversation {conversation_id} of yours.")
        from nlchat.service.answer_view import stored_web_text

        return as_rows([{**m, "web_text": stored_web_text(m["answer"] or "")}
                        for m in self.core.history.messages(conversation_id)
                        if m["conversation_id"] == conversation_id])

    def audit(self, principal: Principal, *, user: str | None, host: str | None, limit: int
              ) -> list[dict[str, Any]]:
        """Audited commands, newest first: the user's own (admins: anyone's)."""
        who = (user or None) if principal.admin else principal.user
        return as_rows(self.core.history.audit(user=who, host=host, limit=limit))
