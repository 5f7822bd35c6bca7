"""What configuration commands do to a device's state (vendor-free).

Personalities parse their platform's configuration syntax (``interface Gi1/0/5`` +
``shutdown`` on IOS, ``set interfaces ge-0/0/5 disable`` + ``commit`` on Junos, ``disable`` in
an AOS-S interface context...) and call these functions, so that what a write-mode client
changes shows in the next ``show`` command: an interface shut down is down at both ends of its
cable, its adjacencies go away, the device logs it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

from nornir_nlchat.lab.commands import CommandTree, Ctx, Handler, Reply
from nornir_nlchat.lab.state import Device, Interface, LogEvent, Vlan
from nornir_nlchat.lab.world import World


def set_admin(world: World, dev: Device, name: str, up: bool, user: str = "lab") -> None:
    """``shutdown`` (``up=False``) or ``no shutdown`` of an interface."""
    iface = dev.interfaces[name]
    if iface.admin_up == up:
        return
    now = world.now()
    iface.admin_up = up
    iface.last_change = now
    dev.logs.append(LogEvent(now, "config", {"user": user, "from": "vty0"}, 5))
    ends = [(dev, iface)]
    far = _far_end(world, iface)
    if far is not None:
        other, far_iface = far
        far_iface.link_up = up
        far_iface.last_change = now
        ends.append((other, far_iface))
    for d, i in ends:
        d.logs.append(LogEvent(now, "link_up" if up else "link_down", {"interface": i.name}, 3))
    for d, i in ends:
        _adjacencies(world, d, i, now)


def set_description(dev: Device, name: str, text: str) -> None:
    """``description TEXT`` (``""`` removes it)."""
    dev.interfaces[name].description = text.strip().strip('"')


def ensure_vlan(dev: Device, vid: int, name: str = "") -> Vlan:
    """``vlan N`` (creates it, named ``VLAN00N`` like most switches do, unless it exists)."""
    vlan = dev.vlans.get(vid)
    if vlan is None:
        vlan = dev.vlans[vid] = Vlan(vid, name or f"VLAN{vid:04d}")
    elif name:
        vlan.name = name
    return vlan


def _catch_all(pattern: str) -> str:
    """``interface {interface}`` → ``interface {rest}``: the same words, any value."""
    return " ".join([*pattern.split()[:-1], "{rest}"])


def _far_end(world: World, iface: Interface) -> tuple[Device, Interface] | None:
    if iface.peer is None:
        return None
    other = world.devices.get(iface.peer.device)
    if other is None or iface.peer.port not in other.interfaces:
        return None
    return other, other.interfaces[iface.peer.port]


def _adjacencies(world: World, dev: Device, iface: Interface, now: float) -> None:
    """OSPF and BGP sessions over ``iface`` follow the link (both ends must be up)."""
    far = _far_end(world, iface)
    link = iface.up and (far is None or far[1].up)
    if dev.ospf is not None:
        for nb in dev.ospf.neighbors:
            if nb.interface == iface.name and nb.up != link:
                nb.up, nb.since = link, now
                kind = "ospf_up" if link else "ospf_down"
                dev.logs.append(LogEvent(now, kind, {"neighbor": nb.router_id,
                                                     "interface": nb.interface}, 5))
    if dev.bgp is not None and iface.ipv4:
        net = ipaddress.IPv4Interface(iface.ipv4).network
        for bn in dev.bgp.neighbors:
            if ipaddress.IPv4Address(bn.ip) in net and bn.up != link:
                bn.up, bn.since = link, now
                bn.down_reason = "" if link else "Interface flap"
                kind = "bgp_up" if link else "bgp_down"
                dev.logs.append(LogEvent(now, kind, {"neighbor": bn.ip,
                                                     "reason": "Interface flap"}, 5))


def add_context_commands(tree: CommandTree, *, interface: str, shutdown: str,
                         no_shutdown: str, description: str, vlan: str, vlan_name: str,
                         interface_mode: Callable[[str], str],
                         vlan_mode: Callable[[int], str],
                         unknown_interface: Callable[[Ctx], str | None] | None = None) -> None:
    """Register the interface and VLAN sub-mode commands of a CLI that has them.

    The personality passes its own words (patterns as :meth:`CommandTree.add` takes them) and
    how it names the sub-modes; e.g. IOS ``interface {interface}``, ``shutdown``,
    ``no shutdown``, ``description {rest}``, ``vlan {vlan}``, ``name {word}`` and the modes
    ``config-if`` / ``config-vlan``. The argument names are fixed: ``interface``, ``rest`` (the
    description), ``vlan`` and ``word`` (the VLAN name).

    An interface the device does not have is accepted (a new SVI or loopback) and changes
    nothing, unless ``unknown_interface`` returns the platform's error for it (the mode stays).
    """

    def enter_interface(ctx: Ctx) -> Reply:
        name = ctx.args["interface"]
        return Reply(mode=interface_mode(name), context={"interface": name})

    def admin(up: bool) -> Handler:
        def handler(ctx: Ctx) -> str:
            name = ctx.context.get("interface")
            if name in ctx.device.interfaces:
                set_admin(ctx.world, ctx.device, name, up, ctx.user)
            return ""

        return handler

    def describe(ctx: Ctx) -> str:
        # One word may name both (AOS-S ``name``): the sub-mode decides what is named.
        name, vid = ctx.context.get("interface"), ctx.context.get("vlan")
        text = ctx.args.get("rest", ctx.args.get("word", ""))
        if name in ctx.device.interfaces:
            set_description(ctx.device, name, text)
        elif vid:
            ensure_vlan(ctx.device, int(vid), text.strip().strip('"'))
        return ""

    def enter_vlan(ctx: Ctx) -> Reply:
        vid = int(ctx.args["vlan"])
        ensure_vlan(ctx.device, vid)
        return Reply(mode=vlan_mode(vid), context={"vlan": str(vid)})

    def name_vlan(ctx: Ctx) -> str:
        vid = ctx.context.get("vlan")
        if vid:
            ensure_vlan(ctx.device, int(vid), ctx.args.get("word", ctx.args.get("rest", "")))
        return ""

    def enter_unknown(ctx: Ctx) -> Reply:  # an interface the lab does not model (a new SVI...)
        error = unknown_interface(ctx) if unknown_interface is not None else None
        if error:
            return Reply(error)
        return Reply(mode=interface_mode(ctx.args["rest"]), context={"interface": ""})

    tree.add(interface, enter_interface)
    tree.add(shutdown, admin(False))
    tree.add(no_shutdown, admin(True))
    tree.add(description, describe)
    tree.add(vlan, enter_vlan)
    tree.add(vlan_name, name_vlan)
    # Values the lab does not model (a new SVI, a VLAN list) are accepted, and change nothing.
    tree.add(_catch_all(interface), enter_unknown)
    tree.add(_catch_all(vlan), lambda ctx: "")
