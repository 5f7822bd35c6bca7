"""Sharding and placement: which worker (Ray actor) owns which host.

Pure Python, no Ray: the runner asks a :class:`ShardMap` for each host's home worker.

* A host's *shard key* comes from ``shard_by``: ``site``, ``region`` (inventory data keys,
  Nornir inheritance applies), ``jump_host`` (hosts behind one bastion share its
  connection, so they belong together), any other data key, ``hash`` (no key: the host
  name's CRC-32 picks the worker) or ``auto`` (site, else jump host, else region, else hash).
* Every host with the same key goes to the same worker; a new key goes to the least loaded
  worker of its pool (ties: the lowest index), so shards stay balanced by host count.
* ``placement`` pins keys to workers started on chosen Ray nodes: its keys are matched
  against the host's shard key, then its ``site`` and ``region``; the value names Ray
  ``resources`` and/or node ``labels`` (and how many ``actors`` serve that target). Hosts
  that match no placement go to the ``num_actors`` general workers, spread over the nodes.

Assignments are sticky: a host keeps its home worker for the runner's lifetime, so its
connections stay open there, and a worker that comes back after a crash gets the same
hosts again.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nornir.core.inventory import Host

from nornir_nlchat.errors import ConfigError

SHARD_KINDS = ("auto", "site", "region", "jump_host", "hash")
GENERAL = ""  # the pool of workers that no placement pins


@dataclass(frozen=True)
class Placement:
    """Where the workers of one placement target run.

    Args:
        name: The placement key (a site, region or other shard key).
        resources: Ray custom resources a node must offer (``{"dc_east": 0.01}``).
        labels: Ray node labels a node must carry (``{"dc": "east"}``).
        actors: Workers serving this target.
    """

    name: str
    resources: dict[str, float] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    actors: int = 1

    def ray_options(self) -> dict[str, Any]:
        """Keyword options for ``ActorClass.options``."""
        options: dict[str, Any] = {}
        if self.resources:
            options["resources"] = dict(self.resources)
        if self.labels:
            options["label_selector"] = dict(self.labels)
        return options

    def describe(self) -> str:
        """``resources {...} labels {...}`` for error messages."""
        parts = [f"resources {self.resources}" if self.resources else "",
                 f"labels {self.labels}" if self.labels else ""]
        return " and ".join(p for p in parts if p) or "any node"


def parse_placement(raw: Mapping[str, Any] | None) -> dict[str, Placement]:
    """Validate the runner's ``placement`` option.

    Raises:
        ConfigError: a target is not a mapping, or names neither resources nor labels.
    """
    out: dict[str, Placement] = {}
    for key, spec in (raw or {}).items():
        if not isinstance(spec, Mapping):
            raise ConfigError(f"placement[{key!r}] must be a mapping with 'resources' and/or "
                              f"'labels', not {type(spec).__name__}.")
        resources = {str(k): float(v) for k, v in (spec.get("resources") or {}).items()}
        labels = {str(k): str(v) for k, v in (spec.get("labels") or {}).items()}
        unknown = set(spec) - {"resources", "labels", "actors"}
        if unknown or not (resources or labels):
            raise ConfigError(
                f"placement[{key!r}] must name 'resources' and/or 'labels' (and optionally "
                f"'actors'); got {sorted(spec)}.",
                hint="Example: placement: {SIN-DC1: {resources: {dc_sin: 0.01}}}.")
        out[str(key)] = Placement(str(key), resources, labels, max(1, int(spec.get("actors", 1))))
    return out


def _data(host: Host, key: str) -> Any:
    try:
        return host.get(key)  # host, then groups, then defaults
    except Exception:
        return None


def _jump_key(host: Host) -> str | None:
    value = _data(host, "jump_host")
    if not value:
        return None
    if isinstance(value, Mapping):
        return f"jump:{value.get('hostname')}:{value.get('port', 22)}"
    return f"jump:{value}"


def shard_key(host: Host, shard_by: str) -> str | None:
    """The host's shard key under ``shard_by`` (None: place by hash)."""
    if shard_by == "hash":
        return None
    if shard_by == "jump_host":
        return _jump_key(host)
    if shard_by == "auto":
        site = _data(host, "site")
        if site:
            return f"site:{site}"
        jump = _jump_key(host)
        if jump:
            return jump
        region = _data(host, "region")
        return f"region:{region}" if region else None
    value = _data(host, shard_by)
    return f"{shard_by}:{value}" if value not in (None, "") else None


def _bare(key: str | None) -> str | None:
    return key.split(":", 1)[1] if key and ":" in key else key


class ShardMap:
    """Sticky host → worker assignments.

    Args:
        num_actors: General workers (hosts that no placement pins).
        shard_by: ``auto``, ``site``, ``region``, ``jump_host``, ``hash`` or a data key.
        placement: Placement targets by key (see :func:`parse_placement`).
    """

    def __init__(self, num_actors: int, shard_by: str = "auto",
                 placement: Mapping[str, Placement] | None = None) -> None:
        if num_actors < 1 and not placement:
            raise ConfigError(f"num_actors must be at least 1, not {num_actors}.")
        if not shard_by or not isinstance(shard_by, str):
            raise ConfigError(f"shard_by must be one of {', '.join(SHARD_KINDS)} or an "
                              f"inventory data key, not {shard_by!r}.")
        self.shard_by = shard_by
        self.placement = dict(placement or {})
        # workers: (pool, index within pool) -> worker id; pool GENERAL or a placement name
        self.workers: list[tuple[str, int]] = [(GENERAL, i) for i in range(num_actors)]
        for name, target in self.placement.items():
            self.workers += [(name, i) for i in range(target.actors)]
        self.home: dict[str, int] = {}
        self._key_home: dict[str, int] = {}
        self.load = [0] * len(self.workers)

    def pool_of(self, worker: int) -> str:
        """The pool (``""`` or a placement name) a worker belongs to."""
        return self.workers[worker][0]

    def members(self, pool: str) -> list[int]:
        """The workers of one pool."""
        return [i for i, (p, _n) in enumerate(self.workers) if p == pool]

    def worker_name(self, worker: int) -> str:
        """A readable worker name: ``shard-0`` or ``SIN-DC1-0``."""
        pool, n = self.workers[worker]
        return f"{pool or 'shard'}-{n}"

    def _pool_for(self, host: Host, key: str | None) -> str:
        if not self.placement:
            return GENERAL
        for candidate in (key, _bare(key), _data(host, "site"), _data(host, "region")):
            if candidate and str(candidate) in self.placement:
                return str(candidate)
        return GENERAL

    def assign(self, host: Host) -> int:
        """The host's home worker (assigned on first sight, then fixed)."""
        found = self.home.get(host.name)
        if found is not None:
            return found
        key = shard_key(host, self.shard_by)
        pool = self._pool_for(host, key)
        members = self.members(pool)
        if not members:
            raise ConfigError(f"{host.name} has no worker: num_actors is 0 and no placement "
                              "matches it.", hint="Set num_actors to 1 or more.")
        if key is not None and key in self._key_home:
            worker = self._key_home[key]
        elif key is None:
            worker = members[zlib.crc32(host.name.encode()) % len(members)]
        else:
            worker = min(members, key=lambda i: (self.load[i], i))
            self._key_home[key] = worker
        self.home[host.name] = worker
        self.load[worker] += 1
        return worker

    def plan(self, hosts: Iterable[Host]) -> dict[int, list[str]]:
        """Assign ``hosts`` and group their names by home worker."""
        out: dict[int, list[str]] = {}
        for host in hosts:
            out.setdefault(self.assign(host), []).append(host.name)
        return out

    def shards(self) -> dict[str, list[str]]:
        """Every assignment so far, by worker name."""
        out: dict[str, list[str]] = {self.worker_name(i): [] for i in range(len(self.workers))}
        for name, worker in self.home.items():
            out[self.worker_name(worker)].append(name)
        return out
