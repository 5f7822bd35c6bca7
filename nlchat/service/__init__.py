"""The team service: a REST API (``nlchat serve``) and an MCP server (``nlchat mcp``) over
nlchat's engine, with API tokens, roles, background jobs, probes, metrics and tracing.

Needs the ``service`` extra (FastAPI, uvicorn, prometheus-client); the MCP server the
``mcp`` extra; tracing the ``tracing`` extra. Nothing here is imported by ``import nlchat``.

::

    from nlchat.service.core import ServiceCore
    from nlchat.service.app import create_app
    app = create_app(ServiceCore("config.yaml"), close_core=True)   # any ASGI server
"""
