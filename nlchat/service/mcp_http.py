"""The MCP tools over streamable HTTP at ``/mcp`` of the served API (stateless, JSON
responses). Each request needs ``Authorization: Bearer <token>``; the tools act for that
token's user, with the same access control, guard and audit as the REST API."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import AbstractAsyncContextManager
from typing import Any

import anyio
from starlette.routing import Route

from nlchat.service.core import Principal, ServiceCore
from nlchat.service.mcp_server import Ctx, build_mcp

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
_KEY = "nlchat.principal"


def _principal(ctx: Ctx) -> Principal:
    request = getattr(ctx.request_context, "request", None)
    who = request.scope.get(_KEY) if request is not None else None
    if not isinstance(who, Principal):  # the route below never lets that happen
        from mcp.server.mcpserver.exceptions import ToolError

        raise ToolError("Not authenticated.")
    return who


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers") or []:
        if name.lower() == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else None
    return None


def mcp_route(core: ServiceCore, *, host: str = "127.0.0.1"
              ) -> tuple[Route, Callable[[], AbstractAsyncContextManager[None]]]:
    """The ``/mcp`` route and the context manager that runs its sessions (enter it in the
    app's lifespan)."""
    server = build_mcp(core, _principal)
    inner = server.streamable_http_app(streamable_http_path="/mcp", stateless_http=True,
                                       json_response=True, host=host)

    return Route("/mcp", _Authenticated(core, inner), methods=["GET", "POST", "DELETE"]), \
        server.session_manager.run


class _Authenticated:
    """ASGI app: 401 without a valid token, else the MCP app with the caller in the scope
    (a class, so that Starlette routes to it as an ASGI app)."""

    def __init__(self, core: ServiceCore, inner: Any) -> None:
        self.core = core
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = _bearer(scope)
        who = await anyio.to_thread.run_sync(self.core.principal_for_token, token) \
            if token else None
        if who is None:
            body = json.dumps({"detail": "Missing or invalid API token: send "
                                         "'Authorization: Bearer <token>'."}).encode()
            await send({"type": "http.response.start", "status": 401, "headers": [
                (b"content-type", b"application/json"), (b"www-authenticate", b"Bearer"),
                (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        scope[_KEY] = who
        await self.inner(scope, receive, send)
