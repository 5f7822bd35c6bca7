"""Dead letters: every host failure kept with what is needed to run it again.

The runner records a row per host whose task still failed after its retries; ``nlchat retry``
(or :func:`replay`) runs the pending ones again and marks them ``resolved`` or counts the
extra try. Secrets are masked before anything is written.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from nornir_nlchat.logs import mask

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Letter:
    """A dead letter as plain data."""

    id: int
    host: str
    task: str
    task_name: str
    params: dict[str, Any]
    error_kind: str
    error: str
    attempts: int
    retries: int
    status: str
    created_at: str
    inventory: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {k: getattr(self, k) for k in (
            "id", "host", "task", "task_name", "params", "error_kind", "error", "attempts",
            "retries", "status", "created_at", "inventory")}


def task_path(func: Callable[..., Any]) -> str:
    """``module:qualname`` of a module-level task function (``""`` when not importable)."""
    module = getattr(func, "__module__", None)
    qualname = getattr(func, "__qualname__", "")
    if not module or "<" in qualname:
        return ""
    return f"{module}:{qualname}"


def load_task(path: str) -> Callable[..., Any]:
    """Import a task function from ``module:qualname``."""
    module_name, _, qualname = path.partition(":")
    obj: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if not callable(obj):
        raise TypeError(f"{path} is not callable")
    return obj  # type: ignore[no-any-return]


def _plain(value: Any) -> Any:
    """JSON-safe copy with secrets masked (anything not JSON becomes its masked repr)."""
    try:
        text = json.dumps(value, default=repr)
    except (TypeError, ValueError):
        text = json.dumps(repr(value))
    return json.loads(mask(text))


class DeadLetterStore:
    """Dead letters in the store's database (SQLite by default).

    Args:
        url: SQLAlchemy URL or SQLite path; ``None`` uses the store's default
            (``NLCHAT_DATABASE_URL`` / ``DATABASE_URL`` / ~/.local/state/nlchat/nlchat.db).
    """

    def __init__(self, url: str | os.PathLike[str] | None = None) -> None:
        from nornir_nlchat.store.db import Database

        self.db = Database(url)

    @property
    def url(self) -> str:
        """The database URL (masked)."""
        return mask(self.db.url)

    def record(self, *, host: str, task: str, task_name: str, params: dict[str, Any],
               error_kind: str, error: str, attempts: int = 1, duration_ms: float = 0.0,
               inventory: str | None = None) -> int:
        """Store one failure and return its id."""
        from nornir_nlchat.store.models import DeadLetter

        row = DeadLetter(host=host, task=task, task_name=task_name, params=_plain(params),
                         error_kind=error_kind, error=mask(error)[:4000], attempts=attempts,
                         duration_ms=duration_ms, inventory=inventory, status="pending")
        with self.db.session() as s:
            s.add(row)
            s.flush()
            ident = int(row.id)
        log.info("dead letter %d: %s on %s (%s)", ident, task_name, host, error_kind,
                 extra={"host": host})
        return ident

    def list(self, *, status: str | None = "pending", ids: Iterable[int] | None = None,
             host: str | None = None, limit: int = 1000) -> list[Letter]:
        """Letters, oldest first (``status=None`` for all)."""
        from sqlalchemy import select

        from nornir_nlchat.store.models import DeadLetter

        query = select(DeadLetter).order_by(DeadLetter.id).limit(limit)
        if status is not None:
            query = query.where(DeadLetter.status == status)
        if ids is not None:
            query = query.where(DeadLetter.id.in_(list(ids)))
        if host is not None:
            query = query.where(DeadLetter.host == host)
        with self.db.session() as s:
            rows = s.scalars(query).all()
            return [Letter(id=r.id, host=r.host, task=r.task, task_name=r.task_name,
                           params=dict(r.params or {}), error_kind=r.error_kind,
                           error=r.error, attempts=r.attempts, retries=r.retries,
                           status=r.status, created_at=r.created_at.isoformat(),
                           inventory=r.inventory) for r in rows]

    def resolve(self, ident: int) -> None:
        """Mark a letter as done (its retry succeeded)."""
        self._update(ident, status="resolved")

    def drop(self, ident: int) -> None:
        """Give up on a letter (kept for the record, never replayed)."""
        self._update(ident, status="dropped")

    def retried(self, ident: int, *, error_kind: str, error: str) -> None:
        """Count a retry that failed again and keep its newest error."""
        self._update(ident, error_kind=error_kind, error=mask(error)[:4000], bump=True)

    def _update(self, ident: int, *, bump: bool = False, **values: Any) -> None:
        from nornir_nlchat.store.models import DeadLetter

        with self.db.session() as s:
            row = s.get(DeadLetter, ident)
            if row is None:
                raise KeyError(ident)
            for key, value in values.items():
                setattr(row, key, value)
            if bump:
                row.retries += 1


def replay(nr: Any, store: DeadLetterStore, *, ids: Iterable[int] | None = None,
           allow_write: bool = False, num_workers: int = 20) -> list[dict[str, Any]]:
    """Run pending dead letters again on ``nr``'s hosts; mark each resolved or retried.

    Letters are grouped by task and parameters so that one Nornir run covers many hosts.
    A letter whose parameters allow writes is only replayed with ``allow_write=True``; a
    letter whose host is not in ``nr`` stays pending.

    Returns:
        One outcome per letter: ``id``, ``host``, ``task_name``, ``status`` (``resolved``,
        ``failed``, ``skipped``), ``error_kind``, ``error``.
    """
    from nornir.core.filter import F

    from nornir_nlchat.runners import NLChatRunner, result_error

    letters = store.list(status="pending", ids=ids)
    outcomes: list[dict[str, Any]] = []
    groups: dict[tuple[str, str], list[Letter]] = {}
    for letter in letters:
        reason = None
        if letter.host not in nr.inventory.hosts:
            reason = "host not in this inventory"
        elif letter.params.get("allow_write") and not allow_write:
            reason = "it may change the device: replay with --allow-write"
        elif not letter.task:
            reason = "its task cannot be imported"
        if reason:
            outcomes.append(_outcome(letter, "skipped", None, reason))
            continue
        key = (letter.task, json.dumps(letter.params, sort_keys=True))
        groups.setdefault(key, []).append(letter)
    runner = nr.runner if isinstance(getattr(nr, "_runner", None), NLChatRunner) else None
    runner = NLChatRunner(num_workers=num_workers, dead_letter=False,
                          breaker=runner.breaker if runner else None)
    runner.record_dead_letters = False
    for (path, params_text), group in groups.items():
        try:
            func = load_task(path)
        except Exception as exc:
            for letter in group:
                outcomes.append(_outcome(letter, "skipped", None, f"cannot import: {exc}"))
            continue
        hosts = sorted({letter.host for letter in group})
        targets = nr.filter(F(name__any=hosts)).with_runner(runner)
        results = targets.run(task=func, on_failed=True, name=group[0].task_name or None,
                              **json.loads(params_text))
        for letter in group:
            multi = results[letter.host]
            kind, error = result_error(multi)
            if kind is None:
                store.resolve(letter.id)
                outcomes.append(_outcome(letter, "resolved", None, None))
            else:
                store.retried(letter.id, error_kind=kind, error=error or "")
                outcomes.append(_outcome(letter, "failed", kind, error))
    return sorted(outcomes, key=lambda o: int(o["id"]))


def _outcome(letter: Letter, status: str, kind: str | None,
             error: str | None) -> dict[str, Any]:
    return {"id": letter.id, "host": letter.host, "task_name": letter.task_name,
            "status": status, "error_kind": kind, "error": mask(error) if error else None}
