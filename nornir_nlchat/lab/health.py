"""Vendor-neutral facts the personalities render: active alarms, MLAG pairs and their
configuration consistency, ARP entries per interface.

Everything here is derived from the device's state, so an alarm appears when a fault (or a
failed fan or power supply) is in force and disappears when it is cleared.
"""

from __future__ import annotations

from dataclasses import dataclass

from nornir_nlchat.lab.state import ArpEntry, Device, Interface
from nornir_nlchat.lab.world import World


@dataclass(frozen=True)
class Alarm:
    """One active alarm.

    Attributes:
        source: The component (``"Fan 2"``, ``"PSU 1"``, an interface name).
        kind: ``fan`` | ``psu`` | ``link``.
        severity: ``critical`` | ``major`` | ``minor``.
        since: Lab time the alarm was raised.
    """

    source: str
    kind: str
    severity: str
    since: float


def alarms(dev: Device, *, links: bool = True) -> list[Alarm]:
    """The device's active alarms, oldest first: failed fans and power supplies and (with
    ``links``) cabled ports that are enabled but down (a link-down or err-disabled fault)."""
    found = [Alarm(name, "fan", "major", dev.boot_time)
             for name, state in dev.env.fans.items() if state != "ok"]
    found += [Alarm(name, "psu", "major", dev.boot_time)
              for name, watts in dev.env.psus.items() if watts <= 0]
    if links:
        found += [Alarm(i.name, "link", "critical", i.last_change) for i in dev.physical()
                  if i.peer is not None and i.admin_up and not i.up]
    return sorted(found, key=lambda a: a.since)


def arp_on(dev: Device, interface: str, vrf: str | None = None) -> list[ArpEntry]:
    """The ARP entries learned on ``interface`` (any VRF unless ``vrf`` is given)."""
    return [e for e in dev.arp if e.interface.lower() == interface.lower()
            and (vrf is None or e.vrf == vrf)]


@dataclass(frozen=True)
class MlagPair:
    """An MLAG / vPC / VSX / MC-LAG pair seen from one member.

    Attributes:
        link: The peer link (inter-switch link) on this device.
        peer: The peer device, or ``None`` when the peer link is down.
        domain: The domain id both members share.
    """

    link: Interface
    peer: Device | None
    domain: int = 10

    @property
    def up(self) -> bool:
        """Whether the peer link is up (the peers can compare their configurations)."""
        return self.link.up


def mlag_pair(world: World, dev: Device) -> MlagPair | None:
    """The device's MLAG pair: its first link aggregation is the peer link (as the
    personalities' MLAG status commands show it); ``None`` when it has no LAG.

    ``peer`` is the device at the far end of the peer link when it runs the same platform
    (only such a pair can form); otherwise the pair's peer is not a lab device.
    """
    lag = next((i for i in dev.interfaces.values() if i.kind == "lag"), None)
    if lag is None:
        return None
    peer = None
    for member in lag.members:
        iface = dev.interfaces.get(member)
        found = world.peer(dev, iface) if iface is not None else None
        if found is not None and found[0].platform == dev.platform:
            peer = found[0]
            break
    return MlagPair(lag, peer)


@dataclass(frozen=True)
class Parameter:
    """One configuration parameter both MLAG peers must agree on."""

    name: str
    local: str
    peer: str

    @property
    def consistent(self) -> bool:
        """Whether both peers have the same value."""
        return self.local == self.peer


def _vlan_list(ids: list[int]) -> str:
    """``1,10-12,20`` from VLAN ids."""
    out: list[str] = []
    for vid in sorted(set(ids)):
        if out and "-" not in out[-1].split(",")[-1] and int(out[-1]) == vid - 1:
            out[-1] = f"{out[-1]}-{vid}"
        elif out and "-" in out[-1] and int(out[-1].split("-")[1]) == vid - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{vid}"
        else:
            out.append(str(vid))
    return ",".join(out) or "-"


def _facts(dev: Device, lag: Interface | None) -> dict[str, str]:
    svis = [int(i.name.lower().removeprefix("vlan").removeprefix("irb.")) for i in
            dev.interfaces.values() if i.kind == "vlan" and i.admin_up
            and i.name.lower().removeprefix("vlan").removeprefix("irb.").isdigit()]
    return {
        "stp_mode": dev.stp.mode if dev.stp is not None else "none",
        "vlans": _vlan_list([v.vid for v in dev.vlans.values() if v.active]),
        "svis": _vlan_list(svis),
        "mtu": str(lag.mtu if lag is not None else 1500),
        "allowed": _vlan_list(lag.trunk_vlans) if lag is not None else "-",
    }


def consistency(world: World, dev: Device) -> list[Parameter] | None:
    """The parameters an MLAG pair must agree on, local against peer values; ``None`` when
    the device is in no pair.

    The peer's values are those of the lab device at the far end of the peer link when it is
    one (same platform); otherwise the peer agrees (as the MLAG status commands report a
    consistent pair). With the peer link down the peer values are empty.
    """
    pair = mlag_pair(world, dev)
    if pair is None:
        return None
    mine = _facts(dev, pair.link)
    theirs: dict[str, str] = {}
    if pair.up and pair.peer is not None:
        far = next((i for i in pair.peer.interfaces.values() if i.kind == "lag"), None)
        theirs = _facts(pair.peer, far)
    elif pair.up:
        theirs = dict(mine)
    names = {"stp_mode": "STP Mode", "vlans": "VLANs", "svis": "Interface-vlan admin up",
             "mtu": "MTU", "allowed": "Allowed VLANs"}
    return [Parameter(names[k], v, theirs.get(k, "")) for k, v in mine.items()]
