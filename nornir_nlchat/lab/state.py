"""The simulated devices' state: plain data, vendor-free.

Personalities render these objects in their platform's format. Values that change with time
(counters, CPU, uptime) are computed from the lab clock, so two looks a second apart differ the
way they do on a real device.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any

ROLES = ("switch", "core_switch", "router", "firewall")


@dataclass
class Counters:
    """Interface counters at one moment."""

    in_octets: int = 0
    out_octets: int = 0
    in_pkts: int = 0
    out_pkts: int = 0
    in_bcast: int = 0
    in_mcast: int = 0
    out_bcast: int = 0
    out_mcast: int = 0
    crc: int = 0
    in_errors: int = 0
    out_errors: int = 0
    runts: int = 0
    giants: int = 0
    in_discards: int = 0
    out_discards: int = 0
    collisions: int = 0


@dataclass
class Peer:
    """The far end of a cabled link."""

    device: str
    port: str


@dataclass
class Interface:
    """One interface (physical, VLAN, loopback, LAG or management)."""

    name: str
    kind: str = "ethernet"  # ethernet | vlan | loopback | mgmt | lag
    description: str = ""
    admin_up: bool = True
    link_up: bool = True
    err_disabled: str = ""  # reason when err-disabled
    speed: int = 1000  # Mb/s
    duplex: str = "full"
    media: str = "10/100/1000BaseTX"
    mode: str = "access"  # access | trunk | routed
    access_vlan: int = 1
    trunk_vlans: list[int] = field(default_factory=list)
    native_vlan: int = 1
    ipv4: str = ""  # "10.1.1.1/24"
    vrf: str = ""
    mac: str = "0000.0000.0000"
    mtu: int = 1500
    lag: str = ""  # the LAG this port belongs to
    members: list[str] = field(default_factory=list)  # LAG members
    peer: Peer | None = None
    poe: bool = False
    poe_watts: float = 0.0
    transceiver: str = ""  # optic type, e.g. "10GBASE-SR"
    rate_in: int = 0  # bits/s
    rate_out: int = 0
    base: Counters = field(default_factory=Counters)
    crc_rate: float = 0.0  # CRC errors per second while a fault is active
    crc_since: float = 0.0
    flaps: int = 0
    last_change: float = 0.0  # lab time of the last link change

    @property
    def up(self) -> bool:
        """Operationally up (admin up, link up, not err-disabled)."""
        return self.admin_up and self.link_up and not self.err_disabled

    @property
    def connected(self) -> bool:
        """Something is plugged in (or the interface is logical and up)."""
        return self.peer is not None or self.kind != "ethernet" or self.link_up

    @property
    def address(self) -> str:
        """The IPv4 address without prefix length."""
        return self.ipv4.split("/")[0] if self.ipv4 else ""

    @property
    def prefixlen(self) -> int:
        """The IPv4 prefix length (0 when unnumbered)."""
        return int(self.ipv4.split("/")[1]) if self.ipv4 else 0

    def counters(self, now: float, since: float) -> Counters:
        """Counters at ``now``, grown from the base values since lab time ``since``."""
        elapsed = max(0.0, now - since) if self.up else 0.0
        b = self.base
        pkt_in = int(self.rate_in * elapsed / 8 / 700)
        pkt_out = int(self.rate_out * elapsed / 8 / 700)
        crc = int(self.crc_rate * max(0.0, now - self.crc_since)) if self.crc_rate else 0
        return Counters(
            in_octets=b.in_octets + int(self.rate_in * elapsed / 8),
            out_octets=b.out_octets + int(self.rate_out * elapsed / 8),
            in_pkts=b.in_pkts + pkt_in,
            out_pkts=b.out_pkts + pkt_out,
            in_bcast=b.in_bcast + pkt_in // 200,
            in_mcast=b.in_mcast + pkt_in // 50,
            out_bcast=b.out_bcast + pkt_out // 200,
            out_mcast=b.out_mcast + pkt_out // 40,
            crc=b.crc + crc,
            in_errors=b.in_errors + crc,
            out_errors=b.out_errors,
            runts=b.runts + crc // 7,
            giants=b.giants,
            in_discards=b.in_discards,
            out_discards=b.out_discards,
            collisions=b.collisions,
        )


@dataclass
class Vlan:
    """A VLAN and its name."""

    vid: int
    name: str
    active: bool = True


@dataclass
class MacEntry:
    """One MAC address-table entry."""

    vlan: int
    mac: str  # "aabb.ccdd.eeff" (rendered per platform)
    port: str
    static: bool = False


@dataclass
class ArpEntry:
    """One ARP entry."""

    ip: str
    mac: str
    interface: str
    age_min: int = 0
    vrf: str = ""


@dataclass
class Route:
    """One IPv4 route."""

    prefix: str  # "10.1.0.0/16"
    protocol: str  # connected | local | static | ospf | bgp
    next_hop: str = ""
    interface: str = ""
    distance: int = 0
    metric: int = 0
    age: float = 0.0  # lab time learnt
    vrf: str = ""


@dataclass
class BgpNeighbor:
    """One BGP session."""

    ip: str
    remote_as: int
    description: str = ""
    device: str = ""  # the lab device at the far end, if any
    up: bool = True
    since: float = 0.0
    pfx_rcvd: int = 0
    pfx_sent: int = 0
    msg_rcvd: int = 0
    msg_sent: int = 0
    down_reason: str = ""


@dataclass
class Bgp:
    """The BGP process."""

    asn: int
    router_id: str
    neighbors: list[BgpNeighbor] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)


@dataclass
class OspfNeighbor:
    """One OSPF adjacency."""

    router_id: str
    ip: str
    interface: str
    device: str = ""
    up: bool = True
    priority: int = 1
    role: str = "DR"  # DR | BDR | DROTHER | "" (point-to-point)
    since: float = 0.0


@dataclass
class Ospf:
    """The OSPF process."""

    process: int
    router_id: str
    area: str = "0.0.0.0"
    interfaces: list[str] = field(default_factory=list)
    neighbors: list[OspfNeighbor] = field(default_factory=list)


@dataclass
class StpPort:
    """A port's spanning-tree role and state."""

    role: str  # root | designated | alternate | backup | disabled
    state: str  # forwarding | blocking | learning | listening | disabled
    cost: int = 20000
    priority: int = 128
    edge: bool = False


@dataclass
class Stp:
    """Spanning tree of the device (one instance for every VLAN, for simplicity)."""

    mode: str  # rapid-pvst | mstp | rstp
    priority: int = 32768
    root_priority: int = 32768
    root_mac: str = ""
    root_port: str = ""
    root_cost: int = 0
    ports: dict[str, StpPort] = field(default_factory=dict)
    tc_count: int = 0
    tc_rate: float = 0.0  # topology changes per second during a storm
    tc_since: float = 0.0
    last_tc: float = 0.0  # lab time
    tc_port: str = ""

    def topology_changes(self, now: float) -> int:
        """Topology changes so far, including a running storm."""
        storm = int(self.tc_rate * max(0.0, now - self.tc_since)) if self.tc_rate else 0
        return self.tc_count + storm

    def last_change(self, now: float) -> float:
        """Lab time of the last topology change."""
        return now - 1.5 if self.tc_rate else self.last_tc


@dataclass
class LogEvent:
    """A log message in vendor-neutral form; personalities word it."""

    at: float  # lab time
    kind: str  # link_down, link_up, bgp_down, bgp_up, ospf_down, ospf_up, mac_flap, ...
    params: dict[str, Any] = field(default_factory=dict)
    severity: int = 5


@dataclass
class Module:
    """A field-replaceable unit: chassis, line card, PSU, fan tray or optic."""

    name: str
    descr: str
    pid: str
    serial: str
    vid: str = "V01"


@dataclass
class Environment:
    """Sensors."""

    temps: dict[str, int] = field(default_factory=dict)  # sensor -> Celsius
    fans: dict[str, str] = field(default_factory=dict)  # fan -> "ok" | "failed"
    fan_rpm: int = 7200
    psus: dict[str, int] = field(default_factory=dict)  # PSU -> watts drawn (0 = failed)
    psu_capacity: int = 715


@dataclass
class NtpPeer:
    """An NTP association."""

    address: str
    stratum: int = 2
    ref: str = ".GPS."
    selected: bool = False
    offset_ms: float = 0.2
    delay_ms: float = 1.3


@dataclass
class Endpoint:
    """A host behind an access port."""

    mac: str
    ip: str
    vlan: int
    switch: str
    port: str


@dataclass
class Session:
    """A logged-in CLI session (for ``show users``)."""

    line: int
    user: str
    peer: str
    since: float


@dataclass
class Device:
    """Everything the lab knows about one simulated device."""

    name: str
    platform: str
    role: str
    site: str
    index: int
    model: str = ""
    version: str = ""
    image: str = ""
    serial: str = ""
    base_mac: str = "0000.0000.0000"
    mgmt_ip: str = ""
    mgmt_interface: str = ""
    loopback_ip: str = ""
    boot_time: float = 0.0  # lab time (negative: booted before the lab started)
    memory_total: int = 4_000_000  # KiB
    memory_used_base: float = 0.38  # fraction
    cpu_base: float = 8.0  # percent
    location: dict[str, Any] = field(default_factory=dict)
    domain: str = "lab.example.net"
    interfaces: dict[str, Interface] = field(default_factory=dict)
    vlans: dict[int, Vlan] = field(default_factory=dict)
    mac_table: list[MacEntry] = field(default_factory=list)
    arp: list[ArpEntry] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    bgp: Bgp | None = None
    ospf: Ospf | None = None
    stp: Stp | None = None
    vrrp: list[dict[str, Any]] = field(default_factory=list)  # group, vlan iface, vip, prio, state
    logs: list[LogEvent] = field(default_factory=list)
    modules: list[Module] = field(default_factory=list)
    env: Environment = field(default_factory=Environment)
    ntp: list[NtpPeer] = field(default_factory=list)
    acls: dict[str, list[str]] = field(default_factory=dict)  # name -> vendor-neutral rules
    vrfs: dict[str, list[str]] = field(default_factory=dict)  # name -> interfaces
    endpoints: list[Endpoint] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    users: dict[str, int] = field(default_factory=dict)  # username -> privilege
    cpu_load: float = 0.0  # extra sustained load from faults (percent)
    cpu_load_since: float = 0.0
    cpu_spike: bool = False
    memory_pressure: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # personality-specific facts

    def iface(self, name: str) -> Interface | None:
        """The interface called ``name`` (case-insensitive), if any."""
        found = self.interfaces.get(name)
        if found is not None:
            return found
        lower = name.lower()
        return next((i for i in self.interfaces.values() if i.name.lower() == lower), None)

    def physical(self) -> list[Interface]:
        """The physical (ethernet) ports in order."""
        return [i for i in self.interfaces.values() if i.kind == "ethernet"]

    def uptime(self, now: float) -> float:
        """Seconds since boot."""
        return now - self.boot_time

    def cpu(self, now: float) -> tuple[float, float, float]:
        """CPU utilisation (5 s, 1 min, 5 min) in percent, with any fault load."""
        wobble = 3.0 * math.sin(now / 7.0) + 1.5 * math.sin(now / 2.3)
        five_s = self.cpu_base + wobble
        one_m = self.cpu_base + wobble / 3
        five_m = self.cpu_base + 0.5
        if self.cpu_load:
            ramp = max(0.0, now - self.cpu_load_since)
            five_s += self.cpu_load
            one_m += self.cpu_load * min(1.0, (ramp + 20) / 60)
            five_m += self.cpu_load * min(1.0, (ramp + 40) / 300)
        if self.cpu_spike:
            phase = (now - self.cpu_load_since) % 30
            burst = 88.0 if phase < 8 else 0.0
            five_s += burst
            one_m += 25.0
            five_m += 12.0
        return (_pct(five_s), _pct(one_m), _pct(five_m))

    def memory(self) -> tuple[int, int]:
        """Memory (used, free) in KiB."""
        used_frac = 0.965 if self.memory_pressure else self.memory_used_base
        used = int(self.memory_total * used_frac)
        return used, self.memory_total - used

    def log_events(self, now: float) -> list[LogEvent]:
        """Stored log events plus the ones a running fault keeps producing, oldest first."""
        events = [e for e in self.logs if e.at <= now]
        flap = self.extra.get("mac_flap")
        if flap:
            start = flap["since"]
            step = 4.0
            n = int((now - start) // step)
            for k in range(max(0, n - 30), n + 1):
                at = start + k * step
                events.append(LogEvent(at, "mac_flap", dict(flap["params"]), 4))
        events.sort(key=lambda e: e.at)
        return events


def _pct(value: float) -> float:
    return round(min(99.0, max(1.0, value)), 1)


class LabClock:
    """Lab time: seconds since the lab started, plus the matching wall-clock time."""

    def __init__(self) -> None:
        self.started_wall = time.time()
        self.started_mono = time.monotonic()

    def now(self) -> float:
        """Seconds since the lab started."""
        return time.monotonic() - self.started_mono

    def wall(self, at: float) -> float:
        """Unix time for lab time ``at``."""
        return self.started_wall + at
