"""Authentication: every API request carries ``Authorization: Bearer <token>``.

The token maps to a user; the user's roles (``user_defined.nlchat.access``) decide which
hosts they may query. A missing, malformed, unknown, revoked or expired token is a 401.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from nlchat.service.core import Principal, ServiceCore
from nlchat.service.metrics import ServiceMetrics

bearer = HTTPBearer(auto_error=False, scheme_name="token",
                    description="An API token made with `nlchat token create USER`.")

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def get_core(request: Request) -> ServiceCore:
    """The app's service core."""
    core: ServiceCore = request.app.state.core
    return core


def get_metrics(request: Request) -> ServiceMetrics:
    """The app's metrics."""
    metrics: ServiceMetrics = request.app.state.metrics
    return metrics


def principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """The caller, from the bearer token (401 without a valid one)."""
    metrics = get_metrics(request)
    if credentials is None:
        metrics.auth_failures.labels("missing").inc()
        raise HTTPException(401, "Missing API token: send 'Authorization: Bearer <token>' "
                                 "(make one with `nlchat token create USER`).",
                            headers=_CHALLENGE)
    who = get_core(request).principal_for_token(credentials.credentials)
    if who is None:
        metrics.auth_failures.labels("invalid").inc()
        raise HTTPException(401, "Invalid, revoked or expired API token.", headers=_CHALLENGE)
    request.state.user = who.user
    return who


Caller = Annotated[Principal, Depends(principal)]
Core = Annotated[ServiceCore, Depends(get_core)]
Metrics = Annotated[ServiceMetrics, Depends(get_metrics)]
