"""The ASGI application: ``create_app(core)`` (FastAPI, OpenAPI at ``/openapi.json``,
interactive docs at ``/docs``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

from nlchat.service.core import ServiceCore
from nlchat.service.errors import Invalid, ServiceError
from nlchat.service.metrics import PrometheusMiddleware, ServiceMetrics

log = logging.getLogger(__name__)

DESCRIPTION = """\
Talk to your network in plain language, as a team: nornir-nlchat's engine behind a REST API.

Every `/api` call needs `Authorization: Bearer <token>` (`nlchat token create USER`). The
token's user gets the roles of `user_defined.nlchat.access`; hosts outside them are refused
with 403 and the refusal is audited. Commands are read-only unless a role allows write mode
and the caller confirms; every command passes the platform's read-only guard right before
it is sent. Unknown devices, refusals and questions back are ordinary answers with a reason.
"""

TAGS = [
    {"name": "ask", "description": "Ask, plan, run, translate, resolve."},
    {"name": "jobs", "description": "Background asks and health rounds with progress."},
    {"name": "devices", "description": "The inventory, with locations and health."},
    {"name": "health", "description": "Health rounds and their stored results."},
    {"name": "alerts", "description": "Health alerts and acknowledgements."},
    {"name": "records", "description": "Conversations, messages, audit trail."},
    {"name": "probes", "description": "Liveness, readiness, metrics (no token)."},
]


def _platform_names() -> list[str]:
    """Every lower-case spelling the translator accepts for an installed platform."""
    from netutils import lib_mapper

    from nornir_nlchat.platforms.registry import all_platforms, canonical_name

    names = set()
    for plugin in all_platforms().values():
        names.add(plugin.name)
        names.update(a.lower() for a in plugin.aliases)
    for table in vars(lib_mapper).values():
        if isinstance(table, dict):
            names.update(str(k).lower() for k in table if isinstance(k, str))
    return sorted(n for n in names if n and n == n.strip() and canonical_name(n) is not None)


def create_app(core: ServiceCore, *, close_core: bool = False, mcp: bool = True,
               host: str = "127.0.0.1") -> FastAPI:
    """The REST API over ``core``.

    Args:
        core: The service core (one engine per app; its connections persist).
        close_core: Close the core (jobs, connections, spans) when the app shuts down.
        mcp: Also serve the MCP tools over streamable HTTP at ``/mcp`` (when the ``mcp``
            package is installed).
        host: The address served (the MCP transport checks the Host header against it).
    """
    from nlchat import __version__
    from nlchat.service import (
        routes_ask,
        routes_fleet,
        routes_jobs,
        routes_live,
        routes_probes,
        routes_web,
    )

    mcp_sessions = None
    mcp_routes = []
    if mcp:
        try:
            from nlchat.service.mcp_http import mcp_route
        except ImportError:
            log.info("the mcp package is not installed: no /mcp endpoint")
        else:
            route, mcp_sessions = mcp_route(core, host=host)
            mcp_routes.append(route)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(core.warm_up)
        try:
            if mcp_sessions is not None:
                async with mcp_sessions():
                    yield
            else:
                yield
        finally:
            if close_core:
                await asyncio.to_thread(core.close)

    app = FastAPI(title="nornir-nlchat", version=__version__, description=DESCRIPTION,
                  openapi_tags=TAGS, lifespan=lifespan)
    metrics = ServiceMetrics()
    app.state.core = core
    app.state.metrics = metrics
    core.jobs.on_finish = lambda job: metrics.jobs_finished.labels(job["kind"],
                                                                   job["status"]).inc()
    for module in (routes_ask, routes_fleet, routes_jobs, routes_live, routes_probes,
                   routes_web):
        app.include_router(module.router)
    app.router.routes.extend(mcp_routes)
    app.add_middleware(PrometheusMiddleware, metrics=metrics)

    @app.exception_handler(ServiceError)
    async def _service_error(request: Request, exc: ServiceError) -> JSONResponse:
        if isinstance(exc, Invalid):
            return JSONResponse(status_code=422, content={"detail": [
                {"type": "value_error", "loc": list(exc.field), "msg": exc.detail,
                 "input": None}]})
        return JSONResponse(status_code=exc.status,
                            content={"detail": exc.detail, "hosts": exc.hosts})

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes,
                                 tags=app.openapi_tags)
            props = schema["components"]["schemas"]["TranslateRequest"]["properties"]
            props["platform"]["enum"] = _platform_names()
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
