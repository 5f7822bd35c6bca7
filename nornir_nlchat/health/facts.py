"""Vendor-neutral facts a platform's health adapter extracts from command output.

Adapters turn parsed records (or raw text where no template exists) into these; the engine's
rules turn facts into verdicts. Every field a device may not report is optional.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar


@dataclass
class Cpu:
    """CPU utilisation in percent over three windows."""

    five_sec: float | None = None
    one_min: float | None = None
    five_min: float | None = None


@dataclass
class Memory:
    """Memory of a pool (``"processor"`` when there is one pool), in any one unit."""

    total: float
    used: float
    pool: str = "processor"

    @property
    def percent(self) -> float:
        """Used as a percentage of total."""
        return round(100.0 * self.used / self.total, 1) if self.total else 0.0


@dataclass
class InterfaceStat:
    """An interface's state and counters (counters since they were last cleared)."""

    name: str
    oper_up: bool | None = None
    admin_up: bool | None = None
    in_packets: int | None = None
    in_errors: int | None = None
    out_errors: int | None = None
    crc: int | None = None
    in_discards: int | None = None
    out_discards: int | None = None
    flaps: int | None = None  # link transitions counted by the device
    last_flap_s: float | None = None  # seconds since the last link change


@dataclass
class ErrDisabled:
    """A port shut by the device because of an error condition."""

    port: str
    reason: str = ""


@dataclass
class StpBridge:
    """One spanning-tree instance (a VLAN, an MST instance or the single RSTP tree)."""

    instance: str = ""
    bridge_id: str = ""  # own bridge ID (priority.mac or the MAC alone)
    root_id: str = ""
    root_port: str = ""
    topology_changes: int | None = None
    last_change_s: float | None = None  # seconds since the last topology change


@dataclass
class StpPort:
    """A port's spanning-tree role and state in one instance."""

    port: str
    state: str  # forwarding | blocking | learning | listening | disabled (normalised)
    role: str = ""  # root | designated | alternate | backup | disabled | ...
    instance: str = ""

    @property
    def forwarding(self) -> bool:
        """Forwards frames (learning counts as not yet forwarding)."""
        return self.state == "forwarding"


@dataclass
class MacEntry:
    """One MAC address-table entry."""

    mac: str
    port: str
    vlan: str = ""
    moves: int | None = None  # moves counted by the device
    last_move_s: float | None = None


@dataclass
class MacMove:
    """A MAC address seen moving (flapping) between ports (from logs or table changes)."""

    mac: str
    ports: list[str]
    vlan: str = ""
    count: int = 1
    evidence: str = ""


@dataclass
class Neighbor:
    """A routing-protocol neighbour (BGP peer, OSPF adjacency)."""

    protocol: str  # bgp | ospf
    peer: str
    state: str
    established: bool
    interface: str = ""
    detail: str = ""


@dataclass
class Sensor:
    """An environment sensor: temperature, fan or power supply."""

    kind: str  # temperature | fan | power
    name: str
    ok: bool
    status: str = ""
    value: float | None = None  # Celsius for temperatures
    warning: float | None = None  # the device's own thresholds, when it reports them
    critical: float | None = None


@dataclass
class LogLine:
    """A log message with its syslog severity (0 emergency … 7 debug)."""

    severity: int
    text: str
    mnemonic: str = ""


@dataclass
class Adjacency:
    """An LLDP/CDP neighbour: which device and port is at the other end of a local port."""

    local_port: str
    neighbor: str
    neighbor_port: str = ""
    protocol: str = ""  # lldp | cdp


FACT_TYPES: dict[str, type[Any]] = {
    "cpu": Cpu,
    "memory": Memory,
    "interface": InterfaceStat,
    "errdisabled": ErrDisabled,
    "stp_bridge": StpBridge,
    "stp_port": StpPort,
    "mac": MacEntry,
    "mac_move": MacMove,
    "neighbor": Neighbor,
    "sensor": Sensor,
    "log": LogLine,
    "adjacency": Adjacency,
}

KIND_OF = {cls: kind for kind, cls in FACT_TYPES.items()}

T = TypeVar("T")


@dataclass
class Facts:
    """Everything learnt from one host in one poll, by fact kind.

    ``errors`` maps a check to why it could not collect its facts; ``ran`` lists the checks
    that ran successfully (so that "nothing wrong found" can be told from "not looked").
    """

    items: dict[str, list[Any]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    ran: list[str] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)

    def add(self, fact: Any) -> None:
        """Add one fact (any of :data:`FACT_TYPES`)."""
        self.items.setdefault(KIND_OF[type(fact)], []).append(fact)

    def get(self, cls: type[T]) -> list[T]:
        """All facts of one type."""
        return list(self.items.get(KIND_OF[cls], []))

    def first(self, cls: type[T]) -> T | None:
        """The first fact of one type, if any."""
        found = self.items.get(KIND_OF[cls])
        return found[0] if found else None

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what a Nornir task returns)."""
        return {
            "facts": {kind: [asdict(f) for f in facts] for kind, facts in self.items.items()},
            "errors": dict(self.errors),
            "ran": list(self.ran),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        """The inverse of :meth:`to_dict`."""
        out = cls(errors=dict(data.get("errors", {})), ran=list(data.get("ran", [])))
        for kind, rows in data.get("facts", {}).items():
            fact_type = FACT_TYPES[kind]
            names = {f.name for f in fields(fact_type)}
            out.items[kind] = [fact_type(**{k: v for k, v in row.items() if k in names})
                               for row in rows]
        return out
