"""``ShardWorker``: the state a Ray actor keeps: its hosts, their open connections, a runner.

The class is plain Python (the runner wraps it with ``ray.remote``), so it can be tested and
used without Ray. Each worker owns a Nornir inventory over its shard and runs batches of
hosts through its own ``nlchat_threaded`` runner (retries, circuit breakers, per-host
timeouts); dead letters are written by the driver, which sees every host's final result.
Everything in and out is plain data (see :mod:`nornir_nlchat.distributed.wire`).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from nornir.core import Nornir
from nornir.core.configuration import Config
from nornir.core.inventory import Defaults, Groups, Hosts, Inventory
from nornir.core.state import GlobalState

from nornir_nlchat.distributed.wire import build_defaults, merge_inventory, pack_multi
from nornir_nlchat.execute.breaker import BreakerBoard
from nornir_nlchat.logs import mask, register_secret

log = logging.getLogger(__name__)


def close_host_connections(task: Any) -> None:
    """Nornir task: close the host's connections (module-level, so it can be sent)."""
    task.host.close_connections()


class ShardWorker:
    """A worker's state: hosts, groups, defaults, config, runner, breaker board.

    Args:
        name: The worker's name (``shard-0``, ``SIN-DC1-0``...).
        runner_options: Keyword arguments of ``NLChatRunner`` (retries, timeouts, breaker
            settings, num_workers); dead letters are always off here.
    """

    def __init__(self, name: str, runner_options: dict[str, Any]) -> None:
        from nornir.core.plugins.connections import ConnectionPluginRegister

        from nornir_nlchat.runners import NLChatRunner

        ConnectionPluginRegister.auto_register()
        options = dict(runner_options)
        board = BreakerBoard(failure_threshold=int(options.pop("breaker_threshold", 5)),
                             cool_off=float(options.pop("breaker_cool_off", 30.0)))
        options.pop("dead_letter", None)
        self.name = name
        self.runner = NLChatRunner(**options, breaker=board, dead_letter=False)
        self.runner.record_dead_letters = False
        self.hosts = Hosts()
        self.groups = Groups()
        self.defaults = Defaults()
        self.config = Config()
        self._config_data: dict[str, Any] | None = None
        self._lock = threading.Lock()
        self.incarnation = uuid.uuid4().hex[:12]
        self.started = time.time()
        self.batches = 0

    # -- identity ---------------------------------------------------------------------
    def ping(self) -> dict[str, Any]:
        """Who and where this worker is, and how many hosts it holds."""
        return {"name": self.name, "pid": os.getpid(), "node": socket.gethostname(),
                "incarnation": self.incarnation, "hosts": len(self.hosts),
                "batches": self.batches, "node_id": _node_id()}

    # -- inventory --------------------------------------------------------------------
    def adopt(self, payload: dict[str, Any]) -> int:
        """Take hosts (with their groups and the defaults) from plain data."""
        with self._lock:
            if not self.hosts and payload.get("defaults"):
                self.defaults = build_defaults(payload["defaults"])
                register_secret(self.defaults.password)
            added = merge_inventory(payload, self.hosts, self.groups, self.defaults)
            for host in added:
                register_secret(host.password)
                for options in host.connection_options.values():
                    register_secret((options.extras or {}).get("secret"))
            for group in self.groups.values():
                register_secret(group.password)
            return len(added)

    def release(self, names: list[str]) -> int:
        """Close and forget hosts this worker only borrowed."""
        gone = 0
        with self._lock:
            hosts = [self.hosts.pop(n) for n in names if n in self.hosts]
        for host in hosts:
            try:
                host.close_connections()
            except Exception as exc:  # already broken: nothing to close
                log.debug("closing %s: %s", host.name, mask(str(exc)))
            gone += 1
        return gone

    def _configure(self, config: dict[str, Any] | None) -> None:
        if config is None or config == self._config_data:
            return
        self.config = Config.from_dict(
            ssh=config.get("ssh") or {}, core={"raise_on_error": False},
            user_defined=config.get("user_defined") or {})
        self._config_data = config

    # -- running ----------------------------------------------------------------------
    def run_batch(self, task: Callable[..., Any], name: str, params: dict[str, Any],
                  names: list[str], payload: dict[str, Any] | None = None,
                  config: dict[str, Any] | None = None, *, severity_level: int = logging.INFO,
                  dry_run: bool = False) -> dict[str, Any]:
        """Run ``task`` on the hosts ``names``; return each host's result as plain data.

        Hosts the worker does not hold (it restarted since they were sent) are listed under
        ``missing`` and not run; the driver sends them again with their inventory.
        """
        if payload:
            self.adopt(payload)
        self._configure(config)
        with self._lock:
            missing = [n for n in names if n not in self.hosts]
            chosen = Hosts({n: self.hosts[n] for n in names if n in self.hosts})
        if missing:
            return {"missing": missing, "results": {}, "worker": self.name,
                    "incarnation": self.incarnation}
        nr = Nornir(inventory=Inventory(hosts=chosen, groups=self.groups,
                                        defaults=self.defaults),
                    config=self.config, data=GlobalState(dry_run=dry_run), runner=self.runner)
        started = time.perf_counter()
        result = nr.run(task=task, name=name, severity_level=severity_level,
                        raise_on_error=False, on_good=True, on_failed=True, **params)
        self.batches += 1
        return {"results": {h: pack_multi(m, h) for h, m in result.items()},
                "missing": [], "worker": self.name, "incarnation": self.incarnation,
                "seconds": time.perf_counter() - started}

    def close_connections(self) -> int:
        """Close every connection this worker holds; the hosts stay."""
        with self._lock:
            hosts = list(self.hosts.values())
        for host in hosts:
            try:
                host.close_connections()
            except Exception as exc:
                log.debug("closing %s: %s", host.name, mask(str(exc)))
        from nornir_nlchat.execute.jump import close_idle_bastions

        close_idle_bastions()
        return len(hosts)


def _node_id() -> str | None:
    try:
        import ray

        if ray.is_initialized():
            return str(ray.get_runtime_context().get_node_id())
    except Exception:  # outside Ray
        return None
    return None
