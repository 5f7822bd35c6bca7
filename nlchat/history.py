"""Conversation history and the audit trail, kept in the store (SQLite or PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nornir_nlchat.logs import mask

if TYPE_CHECKING:
    from nlchat.answer import Answer
    from nornir_nlchat.store.db import Database


@dataclass(frozen=True)
class AuditRow:
    """One audited command."""

    created_at: str
    user: str
    host: str
    command: str
    outcome: str
    error_kind: str | None
    read_only: bool
    conversation_id: str | None


class History:
    """Records every ask and every executed command; lists and exports them.

    Args:
        url: Database URL or SQLite path (default: ``NLCHAT_DATABASE_URL`` /
            ``DATABASE_URL`` / the default SQLite file).
    """

    def __init__(self, url: str | None = None) -> None:
        from nornir_nlchat.store import chat_models  # noqa: F401  (registers the tables)
        from nornir_nlchat.store.db import Database
        from nornir_nlchat.store.models import Base

        self.db: Database = Database(url)
        Base.metadata.create_all(self.db.engine)

    def start(self, user: str, title: str = "") -> str:
        """Open a conversation; return its id."""
        from nornir_nlchat.store.chat_models import Conversation

        conversation_id = str(uuid.uuid4())
        with self.db.session() as s:
            s.add(Conversation(id=conversation_id, user=user, title=title[:500]))
        return conversation_id

    def record(self, conversation_id: str, user: str, answer: Answer, duration_ms: float,
               read_only: dict[str, bool] | None = None, said: str = "") -> None:
        """Store one ask with its answer, and one audit row per host it touched.

        ``said`` is the utterance as the person typed it when a conversation rewrote it.
        """
        from nornir_nlchat.store.chat_models import AuditEntry, Message

        commands = {h: r.command or "" for h, r in answer.results.items()}
        with self.db.session() as s:
            s.add(Message(
                conversation_id=conversation_id, user=user, query=mask(said or answer.query),
                status=answer.status, hosts=list(answer.hosts), commands=commands,
                outputs={h: mask(r.output) for h, r in answer.results.items()},
                answer=mask(answer.text), duration_ms=round(duration_ms, 1)))
            for host, result in answer.results.items():
                if not result.command and result.error_kind != "denied":
                    continue  # nothing was about to be sent to this host
                outcome = "denied" if result.error_kind == "denied" else (
                    "failed" if result.failed else "ok")
                s.add(AuditEntry(user=user, host=host, command=result.command or "",
                                 outcome=outcome, error_kind=result.error_kind,
                                 read_only=(read_only or {}).get(host, True),
                                 conversation_id=conversation_id))

    def conversations(self, *, user: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Recent conversations, newest first, with their number of messages."""
        from sqlalchemy import func, select

        from nornir_nlchat.store.chat_models import Conversation, Message

        query = (select(Conversation, func.count(Message.id))
                 .join(Message, Message.conversation_id == Conversation.id, isouter=True)
                 .group_by(Conversation.id).order_by(Conversation.started_at.desc()).limit(limit))
        if user:
            query = query.where(Conversation.user == user)
        with self.db.session() as s:
            return [{"id": c.id, "user": c.user, "started_at": c.started_at.isoformat(),
                     "title": c.title, "messages": n} for c, n in s.execute(query)]

    def messages(self, conversation_id: str) -> list[dict[str, Any]]:
        """The messages of one conversation (an id prefix is enough), oldest first."""
        from sqlalchemy import select

        from nornir_nlchat.store.chat_models import Message

        with self.db.session() as s:
            rows = s.scalars(select(Message).where(
                Message.conversation_id.startswith(conversation_id)).order_by(Message.id))
            return [{"id": m.id, "conversation_id": m.conversation_id,
                     "created_at": m.created_at.isoformat(), "user": m.user, "query": m.query,
                     "status": m.status, "hosts": m.hosts, "commands": m.commands,
                     "outputs": m.outputs, "answer": m.answer, "duration_ms": m.duration_ms}
                    for m in rows]

    def export(self, conversation_id: str, fmt: str = "json") -> str:
        """One conversation as JSON or Markdown."""
        messages = self.messages(conversation_id)
        if fmt == "json":
            return json.dumps(messages, indent=2)
        parts = []
        for m in messages:
            parts.append(f"### {m['created_at']} {m['user']}: {m['query']}\n")
            for host, command in m["commands"].items():
                parts.append(f"- `{host}$ {command}`")
            parts.append(f"\n{m['answer']}\n")
        return "\n".join(parts)

    def audit(self, *, user: str | None = None, host: str | None = None,
              limit: int = 200) -> list[AuditRow]:
        """Audited commands, newest first."""
        from sqlalchemy import select

        from nornir_nlchat.store.chat_models import AuditEntry

        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if user:
            query = query.where(AuditEntry.user == user)
        if host:
            query = query.where(AuditEntry.host == host)
        with self.db.session() as s:
            return [AuditRow(a.created_at.isoformat(), a.user, a.host, a.command, a.outcome,
                             a.error_kind, a.read_only, a.conversation_id)
                    for a in s.scalars(query)]
