"""API tokens: created and revoked with ``nlchat token``, stored as salted SHA-256 digests.

::

    store = TokenStore()                                   # the store's database
    info, token = store.create("alice", name="grafana")   # the token is shown only here
    store.verify(token)                                    # -> TokenInfo(user="alice", ...)
    store.revoke(info.id)

A token reads ``nlc_<key>_<secret>``. ``key`` (public, 12 hex digits) finds the row in one
indexed lookup; ``secret`` (32 random bytes) is hashed with the row's own salt and compared
in constant time. Nothing that could be replayed is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nornir_nlchat.store.db import Database

PREFIX = "nlc"
_TOKEN = re.compile(r"^nlc_([0-9a-f]{12})_([A-Za-z0-9_-]{20,100})$")
_TOUCH_EVERY_S = 60.0


@dataclass(frozen=True)
class TokenInfo:
    """What a token stands for (never the secret)."""

    id: int
    user: str
    name: str
    admin: bool
    created_at: datetime
    expires_at: datetime | None = None
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None

    @property
    def active(self) -> bool:
        """Neither revoked nor expired."""
        if self.revoked_at is not None:
            return False
        return self.expires_at is None or self.expires_at > datetime.now(timezone.utc)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {"id": self.id, "user": self.user, "name": self.name, "admin": self.admin,
                "created_at": iso(self.created_at), "expires_at": iso(self.expires_at),
                "last_used_at": iso(self.last_used_at), "revoked_at": iso(self.revoked_at),
                "active": self.active}


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(bytes.fromhex(salt) + secret.encode()).hexdigest()


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _info(row: Any) -> TokenInfo:
    return TokenInfo(row.id, row.user, row.name, bool(row.admin), _aware(row.created_at)
                     or datetime.now(timezone.utc), _aware(row.expires_at),
                     _aware(row.last_used_at), _aware(row.revoked_at))


class TokenStore:
    """Creates, lists, revokes and verifies API tokens.

    Args:
        database: An open store (default: the store of ``NLCHAT_DATABASE_URL``...).
    """

    def __init__(self, database: Database | None = None) -> None:
        from nornir_nlchat.store.db import Database
        from nornir_nlchat.store.models import Base
        from nornir_nlchat.store.service_models import SERVICE_TABLES

        self.db = database or Database()
        Base.metadata.create_all(self.db.engine, tables=list(SERVICE_TABLES))
        self._touched: dict[int, float] = {}
        self._lock = threading.Lock()

    def create(self, user: str, *, name: str = "", admin: bool = False,
               expires_in: timedelta | None = None) -> tuple[TokenInfo, str]:
        """Make a token for ``user``; returns its record and the token (shown once)."""
        from nornir_nlchat.store.service_models import ApiToken

        user = user.strip()
        if not user:
            from nornir_nlchat.errors import ConfigError

            raise ConfigError("A token needs a user name.", hint="nlchat token create alice")
        key, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(32), secrets.token_hex(16)
        expires = datetime.now(timezone.utc) + expires_in if expires_in else None
        with self.db.session() as s:
            row = ApiToken(key=key, user=user, name=name[:255], salt=salt,
                           digest=_digest(salt, secret), admin=admin, expires_at=expires)
            s.add(row)
            s.flush()
            info = _info(row)
        return info, f"{PREFIX}_{key}_{secret}"

    def list(self, *, user: str | None = None, include_revoked: bool = True
             ) -> list[TokenInfo]:
        """Tokens, oldest first."""
        from sqlalchemy import select

        from nornir_nlchat.store.service_models import ApiToken

        query = select(ApiToken).order_by(ApiToken.id)
        if user:
            query = query.where(ApiToken.user == user)
        if not include_revoked:
            query = query.where(ApiToken.revoked_at.is_(None))
        with self.db.session() as s:
            return [_info(row) for row in s.scalars(query)]

    def revoke(self, token_id: int) -> TokenInfo | None:
        """Revoke a token by id; returns it (None when there is no such token)."""
        from nornir_nlchat.store.service_models import ApiToken

        with self.db.session() as s:
            row = s.get(ApiToken, token_id)
            if row is None:
                return None
            if row.revoked_at is None:
                row.revoked_at = datetime.now(timezone.utc)
            s.flush()
            return _info(row)

    def verify(self, token: str) -> TokenInfo | None:
        """The active token ``token`` is, or None (unknown, malformed, revoked, expired)."""
        from sqlalchemy import select

        from nornir_nlchat.store.service_models import ApiToken

        match = _TOKEN.match(token.strip())
        if match is None:
            return None
        key, secret = match.groups()
        with self.db.session() as s:
            row = s.scalars(select(ApiToken).where(ApiToken.key == key)).first()
            if row is None or not hmac.compare_digest(row.digest, _digest(row.salt, secret)):
                return None
            info = _info(row)
            if info.active and self._due(info.id):
                row.last_used_at = datetime.now(timezone.utc)
        return info if info.active else None

    def _due(self, token_id: int) -> bool:
        """Record ``last_used_at`` at most once a minute per token (no write per request)."""
        now = time.monotonic()
        with self._lock:
            if now - self._touched.get(token_id, -_TOUCH_EVERY_S) < _TOUCH_EVERY_S:
                return False
            self._touched[token_id] = now
            return True
