"""Vendor-free helpers for personalities' renderers: time, addresses, tables, lookups."""

from __future__ import annotations

import ipaddress
import zlib
from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.state import Device, Interface, Route


def stable(*parts: object) -> int:
    """A number derived from ``parts`` that is the same in every process (unlike ``hash``)."""
    return zlib.crc32("/".join(map(str, parts)).encode())


def wall(ctx: Ctx, at: float | None = None) -> datetime:
    """The UTC wall-clock time of lab time ``at`` (default: now)."""
    stamp = ctx.world.clock.wall(ctx.now if at is None else at)
    return datetime.fromtimestamp(stamp, tz=timezone.utc)


def split_duration(seconds: float) -> tuple[int, int, int, int, int]:
    """(years, weeks, days, hours, minutes) of a duration."""
    s = int(max(0, seconds))
    years, s = divmod(s, 365 * 86400)
    weeks, s = divmod(s, 7 * 86400)
    days, s = divmod(s, 86400)
    hours, s = divmod(s, 3600)
    return years, weeks, days, hours, s // 60


def hms(seconds: float) -> str:
    """``hh:mm:ss`` (hours may exceed 24)."""
    s = int(max(0, seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def short_age(seconds: float) -> str:
    """Compact age: ``00:04:12`` under a day, else ``3d04h``, ``5w2d``, ``1y12w``."""
    s = int(max(0, seconds))
    if s < 86400:
        return hms(s)
    days, rest = divmod(s, 86400)
    if days < 7:
        return f"{days}d{rest // 3600:02d}h"
    weeks, days = divmod(days, 7)
    if weeks < 52:
        return f"{weeks}w{days}d"
    return f"{weeks // 52}y{weeks % 52}w"


def mac_style(mac: str, style: str) -> str:
    """Render ``aabb.ccdd.eeff`` as ``dotted``, ``colon``, ``hyphen`` (aa-bb-..) or ``halves``."""
    digits = mac.replace(".", "").replace(":", "").replace("-", "").lower()
    if style == "colon":
        return ":".join(digits[i:i + 2] for i in range(0, 12, 2))
    if style == "hyphen":
        return "-".join(digits[i:i + 2] for i in range(0, 12, 2))
    if style == "halves":
        return f"{digits[:6]}-{digits[6:]}"
    return f"{digits[0:4]}.{digits[4:8]}.{digits[8:12]}"


def netmask(prefixlen: int) -> str:
    """Dotted netmask of a prefix length."""
    return str(ipaddress.IPv4Network(f"0.0.0.0/{prefixlen}").netmask)


def prefix_of(address: str, mask: str) -> str:
    """``a.b.c.d/n`` of an address and a dotted mask."""
    return str(ipaddress.IPv4Network(f"{address}/{mask}", strict=False))


def lookup_route(dev: Device, address: str, vrf: str = "") -> Route | None:
    """Longest-prefix match for ``address``."""
    ip = ipaddress.IPv4Address(address)
    best: Route | None = None
    best_len = -1
    for r in dev.routes:
        if r.vrf != vrf:
            continue
        net = ipaddress.IPv4Network(r.prefix)
        if ip in net and net.prefixlen > best_len:
            best, best_len = r, net.prefixlen
    return best


def egress(dev: Device, next_hop: str, vrf: str = "") -> str:
    """The interface whose connected network holds ``next_hop`` ("" when none does)."""
    if not next_hop:
        return ""
    ip = ipaddress.IPv4Address(next_hop)
    for r in dev.routes:
        if r.protocol == "connected" and r.vrf == vrf and ip in ipaddress.IPv4Network(r.prefix):
            return r.interface
    return ""


def routes(dev: Device, vrf: str = "", protocol: str | None = None,
           prefix: str | None = None) -> list[Route]:
    """Routes of a VRF (optionally one protocol or one exact prefix), in address order."""
    out = [r for r in dev.routes if r.vrf == vrf and (protocol is None or r.protocol == protocol)
           and (prefix is None or r.prefix == prefix)]
    return sorted(out, key=lambda r: (ipaddress.IPv4Network(r.prefix).network_address,
                                      ipaddress.IPv4Network(r.prefix).prefixlen))


def by_port_order(ifaces: Iterable[Interface]) -> list[Interface]:
    """Interfaces in natural order (``Gi1/0/2`` before ``Gi1/0/10``)."""
    import re

    def key(i: Interface) -> tuple[object, ...]:
        parts = re.split(r"(\d+)", i.name)
        return tuple(int(p) if p.isdigit() else p for p in parts)

    return sorted(ifaces, key=key)


def ping_reply(ctx: Ctx, target: str, vrf: str = "") -> tuple[bool, float]:
    """Whether ``target`` answers from ``ctx.device`` and a round-trip time in ms."""
    dev = ctx.device
    reachable = lookup_route(dev, target, vrf) is not None
    known = any(target in (d.mgmt_ip, d.loopback_ip) or any(
        i.address == target for i in d.interfaces.values()) for d in ctx.world.devices.values())
    known = known or any(e.ip == target for d in ctx.world.devices.values() for e in d.endpoints)
    public = not ipaddress.IPv4Address(target).is_private
    ok = reachable and (known or public)
    return ok, 1.0 + (sum(map(ord, target)) % 17) / 3


def table(rows: Iterable[Iterable[object]], widths: Iterable[int]) -> list[str]:
    """Left-aligned fixed-width rows (the last column is not padded)."""
    ws = list(widths)
    out = []
    for row in rows:
        cells = [str(c) for c in row]
        line = "".join(c.ljust(w) for c, w in zip(cells[:-1], ws, strict=False))
        out.append((line + cells[-1]).rstrip() if cells else "")
    return out


def global_table_only(handler: Callable[[Ctx], str], elsewhere: str = "",
                      default_names: Iterable[str] = ("default",)) -> Callable[[Ctx], str]:
    """A handler for a per-VRF form of a routing-protocol command (``... vrf {vrf}``).

    The lab runs BGP and OSPF in the global table only: the default VRF (named as the platform
    names it: ``default``, Junos ``master``) answers like the command without a VRF; any other
    VRF has no sessions, and the device prints ``elsewhere`` (what the real device prints for a
    VRF without the protocol: usually nothing).
    """
    names = {n.lower() for n in default_names}

    def run(ctx: Ctx) -> str:
        if ctx.args.get("vrf", "").lower() in names or not ctx.args.get("vrf"):
            return handler(ctx)
        return elsewhere

    return run
