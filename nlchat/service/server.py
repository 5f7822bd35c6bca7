"""Serving the API with uvicorn: in the foreground (``nlchat serve``) or in a thread
(tests, notebooks, benchmarks).

::

    with ServerThread(create_app(core)) as server:      # 127.0.0.1, a free port
        urllib.request.urlopen(server.url + "/healthz")
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from nornir_nlchat.config import NLChatSettings


def serve(source: str | Path, *, host: str = "127.0.0.1", port: int = 8000,
          settings: NLChatSettings | None = None, trace: str | None = None,
          job_workers: int = 4, log_level: str = "info") -> None:
    """Run the API in the foreground until interrupted (one engine, one process).

    Args:
        source: A Nornir config.yaml or a SimpleInventory folder.
        host: Address to listen on (keep 127.0.0.1 behind a TLS-terminating proxy).
        port: TCP port.
        settings: nlchat settings (default: from the config and NLCHAT_* variables).
        trace: ``console`` or ``otlp`` to export spans (the ``tracing`` extra).
        job_workers: Background jobs that run at once.
        log_level: uvicorn's log level.
    """
    import uvicorn

    from nlchat.service.app import create_app
    from nlchat.service.core import ServiceCore
    from nlchat.service.tracing import setup_tracing

    core = ServiceCore(source, settings=settings, tracer=setup_tracing(trace),
                       job_workers=job_workers)
    app = create_app(core, close_core=True, host=host)
    uvicorn.run(app, host=host, port=port, log_level=log_level, timeout_graceful_shutdown=10,
                access_log=log_level == "debug")


class ServerThread:
    """uvicorn serving ``app`` in a background thread.

    Args:
        app: An ASGI application.
        host: Address to listen on.
        port: Port (0: a free one, see :attr:`port` once started).
        startup_timeout: Seconds to wait for the server to accept connections.
    """

    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0,
                 startup_timeout: float = 60.0) -> None:
        import uvicorn

        self.host = host
        self.port = port
        self.startup_timeout = startup_timeout
        config = uvicorn.Config(app, host=host, port=port, log_level="warning",
                                lifespan="on", access_log=False, timeout_graceful_shutdown=5)
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://host:port``."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> ServerThread:
        """Start serving; returns once the server accepts connections."""
        self._thread = threading.Thread(target=self.server.run, name="nlchat-api",
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + self.startup_timeout
        while not self.server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.02)
        sockets = [s for server in self.server.servers for s in server.sockets]
        if sockets:
            self.port = int(sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
