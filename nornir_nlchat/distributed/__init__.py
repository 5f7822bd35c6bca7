"""Distributed execution: the ``nlchat_ray`` runner (inventory sharded over Ray actors).

Ray is the optional ``[distributed]`` extra and is imported only when a runner starts.

* :mod:`~nornir_nlchat.distributed.runner`: ``RayRunner`` (the Nornir runner plugin).
* :mod:`~nornir_nlchat.distributed.shards`: sharding (site, region, jump host, hash) and
  placement on Ray nodes.
* :mod:`~nornir_nlchat.distributed.worker`: ``ShardWorker``, the state of one actor.
* :mod:`~nornir_nlchat.distributed.wire`: plain-data inventory and results.
* :mod:`~nornir_nlchat.distributed.health`: a health round through the runner.
"""

from __future__ import annotations

from typing import Any

__all__ = ["RayRunner", "register"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from nornir_nlchat.distributed import runner

        return getattr(runner, name)
    raise AttributeError(name)
