"""Faults: switched on and off per device while the lab runs.

Each fault changes the devices' state (or how their SSH server behaves) and remembers how to
undo it, so clearing a fault restores the normal state. Log events are history and stay.

Kinds (parameters in brackets):

- ``cpu-high`` [load=85]: sustained high CPU; the 1- and 5-minute averages climb over time.
- ``cpu-spike``: short bursts to ~95 % every 30 s.
- ``memory-pressure``: memory ~96 % used.
- ``interface-down`` [interface]: the link goes down at both ends.
- ``err-disabled`` [interface, reason=bpduguard]: the port is err-disabled.
- ``crc-errors`` [interface, rate=40]: CRC/input errors grow by ``rate`` per second.
- ``bgp-down`` [neighbor]: a BGP session goes Idle at both ends.
- ``ospf-down`` [neighbor]: an OSPF adjacency goes away at both ends.
- ``stp-loop`` peer=HOST: a loop between two switches: a cable between them appears (or the
  blocked link between them starts forwarding), topology changes storm, MACs flap, CPU climbs.
- ``wrong-password``: every login is refused.
- ``connection-refused``: the device stops listening.
- ``slow-login`` [seconds=5]: authentication takes that long.
- ``hang`` [match=REGEX]: a command (any, or those matching) never returns.
- ``disconnect`` [match=REGEX]: the session drops in the middle of a command's output.
- ``garbage`` [match=REGEX]: command output comes back garbled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from nornir_nlchat.lab.state import Device, Interface, LogEvent, MacEntry, Peer, StpPort
from nornir_nlchat.lab.world import World

FAULT_KINDS = ("cpu-high", "cpu-spike", "memory-pressure", "interface-down", "err-disabled",
               "crc-errors", "bgp-down", "ospf-down", "stp-loop", "wrong-password",
               "connection-refused", "slow-login", "hang", "disconnect", "garbage")
SESSION_FAULTS = ("hang", "disconnect", "garbage")
Undo = Callable[[], object]


class FaultError(ValueError):
    """A fault that cannot be applied (unknown kind, host, interface or neighbour)."""


@dataclass
class Active:
    """A fault in force."""

    kind: str
    params: dict[str, Any]
    undo: list[Undo] = field(default_factory=list)
    since: float = 0.0


class FaultBook:
    """The faults in force, by device, and how to apply and clear them.

    Args:
        world: The lab.
        on_listen: Called with (device name, listening) for ``connection-refused``.
    """

    def __init__(self, world: World,
                 on_listen: Callable[[str, bool], None] | None = None) -> None:
        self.world = world
        self.active: dict[str, dict[str, Active]] = {}
        self.on_listen = on_listen

    def in_force(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Faults in force: host → kind → parameters."""
        return {h: {k: dict(a.params) for k, a in kinds.items()}
                for h, kinds in self.active.items() if kinds}

    def get(self, host: str, kind: str) -> dict[str, Any] | None:
        """The parameters of ``kind`` on ``host`` if it is in force."""
        found = self.active.get(host, {}).get(kind)
        return found.params if found else None

    def command_fault(self, host: str, line: str) -> str | None:
        """Which session fault (``hang``, ``disconnect``, ``garbage``) hits this command."""
        for kind in SESSION_FAULTS:
            params = self.get(host, kind)
            if params is not None:
                pattern = params.get("match")
                if not pattern or re.search(str(pattern), line):
                    return kind
        return None

    def apply(self, host: str, kind: str, **params: Any) -> dict[str, Any]:
        """Switch ``kind`` on at ``host``; returns the parameters actually used."""
        dev = self._device(host)
        if kind not in FAULT_KINDS:
            raise FaultError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        self.clear(host, kind)
        now = self.world.now()
        act = Active(kind, dict(params), since=now)
        handler = getattr(self, "_" + kind.replace("-", "_"), None)
        if handler is not None:
            handler(dev, act, now)
        elif kind == "connection-refused" and self.on_listen:
            self.on_listen(host, False)
            act.undo.append(lambda: self.on_listen(host, True) if self.on_listen else None)
        elif kind == "slow-login":
            act.params.setdefault("seconds", 5.0)
        self.active.setdefault(host, {})[kind] = act
        return act.params

    def clear(self, host: str, kind: str | None = None) -> list[str]:
        """Clear one fault (or all of ``host``'s); returns the kinds cleared."""
        self._device(host)
        kinds = self.active.get(host, {})
        names = [kind] if kind else list(kinds)
        cleared = []
        for name in names:
            act = kinds.pop(name, None)
            if act is not None:
                for undo in reversed(act.undo):
                    undo()
                cleared.append(name)
        return cleared

    def clear_all(self) -> None:
        """Clear every fault on every device."""
        for host in list(self.active):
            self.clear(host)

    def _device(self, host: str) -> Device:
        dev = self.world.devices.get(host) or next(
            (d for d in self.world.devices.values() if d.name.lower() == host.lower()), None)
        if dev is None:
            raise FaultError(f"no lab device called {host!r}")
        return dev

    def _log(self, dev: Device, kind: str, severity: int = 3, **params: Any) -> None:
        dev.logs.append(LogEvent(self.world.now(), kind, params, severity))

    # --- CPU and memory -------------------------------------------------------------------

    def _cpu_high(self, dev: Device, act: Active, now: float) -> None:
        load = float(act.params.setdefault("load", 85.0))
        self._set(act, dev, cpu_load=load, cpu_load_since=now)
        self._log(dev, "cpu_high", 4, percent=int(min(99, dev.cpu_base + load)))

    def _cpu_spike(self, dev: Device, act: Active, now: float) -> None:
        self._set(act, dev, cpu_spike=True, cpu_load_since=now)
        self._log(dev, "cpu_high", 4, percent=96)

    def _memory_pressure(self, dev: Device, act: Active, now: float) -> None:
        self._set(act, dev, memory_pressure=True)
        self._log(dev, "memory_low", 2, free=dev.memory_total // 40)

    # --- interfaces ------------------------------------------------------------------------

    def _pick_port(self, dev: Device, act: Active) -> Interface:
        name = act.params.get("interface")
        if name:
            from nornir_nlchat.lab.commands import InterfaceArg

            found = InterfaceArg().match([str(name)], 0, dev)
            if found is None:
                raise FaultError(f"{dev.name} has no interface {name!r}")
            iface = dev.interfaces[found[0]]
        else:
            ports = [i for i in dev.physical() if i.peer and i.up] or [
                i for i in dev.physical() if i.up]
            if not ports:
                raise FaultError(f"{dev.name} has no connected port")
            iface = ports[0]
        act.params["interface"] = iface.name
        return iface

    def _link(self, dev: Device, iface: Interface, act: Active, **changes: Any) -> None:
        ends = [(dev, iface)]
        if iface.peer:
            other = self.world.devices.get(iface.peer.device)
            if other:
                ends.append((other, other.interfaces[iface.peer.port]))
        now = self.world.now()
        for d, i in ends:
            mine = changes if d is dev else {"link_up": False}
            self._set(act, i, last_change=now, **mine)
            self._log(d, "link_down", 3, interface=i.name, **(
                {"reason": changes["err_disabled"]} if "err_disabled" in changes and d is dev
                else {}))
            act.undo.append(partial(self._log, d, "link_up", 3, interface=i.name))
            self._routing_follow(d, i, act)

    def _routing_follow(self, dev: Device, iface: Interface, act: Active) -> None:
        """Adjacencies over a dead link go down too."""
        if dev.ospf:
            for nb in dev.ospf.neighbors:
                if nb.interface == iface.name and nb.up:
                    self._set(act, nb, up=False)
                    self._log(dev, "ospf_down", 5, neighbor=nb.router_id, interface=nb.interface)
        if dev.bgp and iface.ipv4:
            import ipaddress

            net = ipaddress.IPv4Interface(iface.ipv4).network
            for bn in dev.bgp.neighbors:
                if ipaddress.IPv4Address(bn.ip) in net and bn.up:
                    self._set(act, bn, up=False, down_reason="Interface flap")
                    self._log(dev, "bgp_down", 5, neighbor=bn.ip, reason="Interface flap")

    def _interface_down(self, dev: Device, act: Active, now: float) -> None:
        self._link(dev, self._pick_port(dev, act), act, link_up=False)

    def _err_disabled(self, dev: Device, act: Active, now: float) -> None:
        reason = str(act.params.setdefault("reason", "bpduguard"))
        iface = self._pick_port(dev, act)
        self._log(dev, "err_disable", 4, interface=iface.name, reason=reason)
        self._link(dev, iface, act, err_disabled=reason)

    def _crc_errors(self, dev: Device, act: Active, now: float) -> None:
        iface = self._pick_port(dev, act)
        rate = float(act.params.setdefault("rate", 40.0))
        self._set(act, iface, crc_rate=rate, crc_since=now)
        self._log(dev, "crc", 4, interface=iface.name)

    # --- routing ---------------------------------------------------------------------------

    def _bgp_down(self, dev: Device, act: Active, now: float) -> None:
        if not dev.bgp or not dev.bgp.neighbors:
            raise FaultError(f"{dev.name} runs no BGP")
        want = act.params.get("neighbor")
        nb = next((n for n in dev.bgp.neighbors if n.ip == want or n.device == want),
                  None) if want else dev.bgp.neighbors[0]
        if nb is None:
            raise FaultError(f"{dev.name} has no BGP neighbour {want}")
        act.params["neighbor"] = nb.ip
        ends = [(dev, nb)]
        other = self.world.devices.get(nb.device) if nb.device else None
        if other and other.bgp:
            ends += [(other, n) for n in other.bgp.neighbors if n.device == dev.name]
        for d, n in ends:
            self._set(act, n, up=False, down_reason="Hold Timer Expired")
            self._log(d, "bgp_down", 5, neighbor=n.ip, reason="BGP Notification sent")
            act.undo.append(partial(self._back_up, d, n, "bgp_up", neighbor=n.ip))

    def _ospf_down(self, dev: Device, act: Active, now: float) -> None:
        if not dev.ospf or not dev.ospf.neighbors:
            raise FaultError(f"{dev.name} runs no OSPF")
        want = act.params.get("neighbor")
        nb = next((n for n in dev.ospf.neighbors
                   if want in (n.ip, n.router_id, n.device)), None) if want else (
            dev.ospf.neighbors[0])
        if nb is None:
            raise FaultError(f"{dev.name} has no OSPF neighbour {want}")
        act.params["neighbor"] = nb.router_id
        ends = [(dev, nb)]
        other = self.world.devices.get(nb.device)
        if other and other.ospf:
            ends += [(other, n) for n in other.ospf.neighbors if n.device == dev.name]
        for d, n in ends:
            self._set(act, n, up=False)
            self._log(d, "ospf_down", 5, neighbor=n.router_id, interface=n.interface)
            act.undo.append(partial(self._back_up, d, n, "ospf_up", neighbor=n.router_id,
                                    interface=n.interface))

    # --- spanning-tree loop ------------------------------------------------------------------

    def _stp_loop(self, dev: Device, act: Active, now: float) -> None:
        peer_name = act.params.get("peer")
        if not peer_name:
            raise FaultError("stp-loop needs peer=HOST (the other end of the loop)")
        peer = self._device(str(peer_name))
        act.params["peer"] = peer.name
        if dev.stp is None or peer.stp is None:
            raise FaultError("stp-loop needs two switches")
        ports = self._loop_ports(dev, peer, act)
        for d, port, other in ((dev, ports[0], peer), (peer, ports[1], dev)):
            stp = d.stp
            assert stp is not None
            for _name, sp in stp.ports.items():
                if sp.state == "blocking":
                    self._set(act, sp, role="designated", state="forwarding")
            if port not in stp.ports:
                stp.ports[port] = StpPort("designated", "forwarding", 20000)
                act.undo.append(partial(stp.ports.pop, port, None))
            self._set(act, stp, tc_rate=2.5, tc_since=now, tc_port=port)
            self._set(act, d, cpu_load=max(d.cpu_load, 70.0), cpu_load_since=now)
            victims = [e for e in d.mac_table if e.port != port][:6]
            flips = [MacEntry(e.vlan, e.mac, port) for e in victims[:3]]
            d.mac_table.extend(flips)
            act.undo.append(partial(_remove_all, d.mac_table, flips))
            if victims:
                first = victims[0]
                d.extra["mac_flap"] = {"since": now, "params": {
                    "mac": first.mac, "vlan": first.vlan, "port_a": first.port, "port_b": port}}
                act.undo.append(partial(d.extra.pop, "mac_flap", None))
            self._log(d, "stp_tc", 4, interface=port, peer=other.name)
            self._log(d, "loop", 2, interface=port, peer=other.name)

    def _loop_ports(self, dev: Device, peer: Device, act: Active) -> tuple[str, str]:
        for iface in dev.physical():
            if iface.peer and iface.peer.device == peer.name:
                return iface.name, iface.peer.port
        free_a = self._free_port(dev)
        free_b = self._free_port(peer)
        for d, mine, other, theirs in ((dev, free_a, peer, free_b), (peer, free_b, dev, free_a)):
            self._set(act, mine, link_up=True, peer=Peer(other.name, theirs.name), mode="trunk",
                      trunk_vlans=[10, 20, 30, 99], description="")
            self._log(d, "link_up", 3, interface=mine.name)
        return free_a.name, free_b.name

    @staticmethod
    def _free_port(dev: Device) -> Interface:
        for iface in reversed(dev.physical()):
            if iface.admin_up and not iface.link_up and iface.mode == "access":
                return iface
        raise FaultError(f"{dev.name} has no free port to cable a loop")

    # --- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _set(act: Active, obj: Any, **changes: Any) -> None:
        """Set attributes and remember the old values for clearing."""
        old = {k: getattr(obj, k) for k in changes}
        for k, v in changes.items():
            setattr(obj, k, v)
        def restore() -> None:
            for k, v in old.items():
                setattr(obj, k, v)

        act.undo.append(restore)

    def _back_up(self, dev: Device, adjacency: Any, kind: str, **params: Any) -> None:
        """An adjacency comes back: it is up again since now, and the device logs it."""
        adjacency.since = self.world.now()
        self._log(dev, kind, 5, **params)


def _remove_all(items: list[Any], gone: list[Any]) -> None:
    for item in gone:
        if item in items:
            items.remove(item)
