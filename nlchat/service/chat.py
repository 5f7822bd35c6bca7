"""Per-user views of the service's one :class:`~nlchat.session.NLChat` engine.

The service opens one engine (inventory, provider chain, runner, persistent connections,
history) and answers every caller with a *view* of it: the same objects, with the caller's
user name, access policy and conversation, and spans around resolution and translation.
A view shares the engine's lock, so asks still run one at a time on the shared connections.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from nlchat.access import AccessPolicy
from nlchat.service.tracing import Tracer
from nlchat.session import NLChat
from nornir_nlchat.resolve import Resolution
from nornir_nlchat.translate.result import Translation


class ServiceChat(NLChat):
    """An :class:`NLChat` acting for one user; made by :func:`view_of`, never opened.

    Do not ``close()`` a view: that would close the engine's connections.
    """

    tracer: Tracer

    def resolve(self, query: str) -> Resolution:
        """Which devices ``query`` is about (traced)."""
        with self.tracer.span("resolve", query=query) as span:
            resolution = super().resolve(query)
            if span is not None:
                span.set_attribute("status", resolution.status)
                span.set_attribute("hosts", list(resolution.hosts)[:50])
            return resolution

    def translate(self, query: str, platform: str, *, allow_write: bool = False
                  ) -> Translation:
        """Translate for one platform (traced)."""
        with self.tracer.span("translate", platform=platform) as span:
            translation = super().translate(query, platform, allow_write=allow_write)
            if span is not None:
                span.set_attribute("status", translation.status)
                span.set_attribute("provider", translation.provider)
                if translation.command:
                    span.set_attribute("command", translation.command)
            return translation


def view_of(engine: NLChat, user: str, tracer: Tracer, *, conversation_id: str | None = None,
            processors: Sequence[Any] = ()) -> ServiceChat:
    """A view of ``engine`` for ``user``.

    Args:
        engine: The service's engine.
        user: Whom the view acts for (access control, audit, history).
        tracer: Where spans go.
        conversation_id: Record into this conversation (None: a new one on the first ask).
        processors: Extra Nornir processors for this view's runs (job progress, spans).
    """
    view = ServiceChat.__new__(ServiceChat)
    view.__dict__.update(engine.__dict__)
    view.user = user
    view.access = AccessPolicy(engine.settings.access, user)
    view.conversation_id = conversation_id
    view.allow_write = False
    view.confirm = None
    view.tracer = tracer
    extra = [p for p in processors if p is not None]
    if extra:
        view.nornir = engine.nornir.with_processors([*engine.nornir.processors, *extra])
    return view
