"""Cisco IOS-XE lab renderers: routing, ARP, BGP, OSPF, FHRP, VRFs, ACLs and the config."""

from __future__ import annotations

import ipaddress

from nlchat_plugins.cisco_ios.lab_system import short
from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.render import (
    by_port_order,
    hms,
    lookup_route,
    netmask,
    prefix_of,
    routes,
    short_age,
    stable,
    wall,
)
from nornir_nlchat.lab.state import Device, OspfNeighbor, Route

_CODE = {"connected": "C", "local": "L", "static": "S", "ospf": "O", "bgp": "B"}
_VRF = {"mgmt": "Mgmt-vrf"}


def vrf_name(vrf: str) -> str:
    """IOS name of a lab VRF."""
    return _VRF.get(vrf, vrf)


def _vrf_arg(ctx: Ctx) -> str:
    name = ctx.args.get("vrf", "")
    return next((k for k, v in _VRF.items() if v.lower() == name.lower()), name)


def _route_line(ctx: Ctx, r: Route) -> str:
    net = ipaddress.IPv4Network(r.prefix)
    code = _CODE.get(r.protocol, "?")
    if r.prefix == "0.0.0.0/0":
        code = "S*" if r.protocol == "static" else code + "*" if r.protocol == "bgp" else "O*E2"
    if r.protocol in ("connected", "local"):
        return f"{code:<9}{net.with_prefixlen} is directly connected, {r.interface}"
    age = short_age(ctx.now - r.age) if r.protocol != "static" else ""
    via = f"[{r.distance}/{r.metric}] via {r.next_hop}"
    if r.protocol == "static":
        return f"{code:<9}{net.with_prefixlen} {via}" + (f", {r.interface}" if r.interface
                                                         else "")
    return f"{code:<9}{net.with_prefixlen} {via}, {age}" + (f", {r.interface}" if r.interface
                                                            else "")


def show_ip_route(ctx: Ctx) -> str:
    dev = ctx.device
    if ctx.args.get("vrf") == "*":
        tables = ["", *sorted(dev.vrfs)]
        return "\n".join(_route_table(ctx, v, None) for v in tables)
    vrf = _vrf_arg(ctx)
    if "ip" in ctx.args:
        return _route_detail(ctx, ctx.args["ip"], ctx.args.get("mask"), vrf)
    proto = next((w for w in ("bgp", "ospf", "static", "connected") if w in ctx.words), None)
    if "summary" in ctx.words:
        return _route_summary(ctx, vrf)
    return _route_table(ctx, vrf, proto)


def _route_table(ctx: Ctx, vrf: str, proto: str | None) -> str:
    dev = ctx.device
    rs = routes(dev, vrf, proto)
    if proto == "connected":
        rs += routes(dev, vrf, "local")
    header = [
        "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
        "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ",
        "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2",
        "       E1 - OSPF external type 1, E2 - OSPF external type 2, m - OMP",
        "       n - NAT, Ni - NAT inside, No - NAT outside, Nd - NAT DIA",
        "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2",
        "       ia - IS-IS inter area, * - candidate default, U - per-user static route",
        "       H - NHRP, G - NHRP registered, g - NHRP registration summary",
        "       o - ODR, P - periodic downloaded static route, l - LISP",
        "       a - application route",
        "       + - replicated route, % - next hop override, p - overrides from PfR",
        "       & - replicated local route overrides by connected",
        "",
    ]
    if vrf:
        header.insert(0, f"\nRouting Table: {vrf_name(vrf)}")
    default = next((r for r in routes(dev, vrf) if r.prefix == "0.0.0.0/0"), None)
    gw = f"Gateway of last resort is {default.next_hop} to network 0.0.0.0" if default else \
        "Gateway of last resort is not set"
    lines = [*header, gw, ""]
    majors: dict[str, list[Route]] = {}
    for r in rs:
        net = ipaddress.IPv4Network(r.prefix)
        major = str(ipaddress.IPv4Network(f"{net.network_address}/8", strict=False))
        majors.setdefault(major if r.prefix != "0.0.0.0/0" else "", []).append(r)
    for major, group in majors.items():
        if major:
            masks = {ipaddress.IPv4Network(r.prefix).prefixlen for r in group}
            lines.append(f"      {major} is variably subnetted, {len(group)} subnets, "
                         f"{len(masks)} masks")
        for r in group:
            lines.append(_route_line(ctx, r))
    return "\n".join(lines)


def _route_detail(ctx: Ctx, address: str, mask: str | None, vrf: str) -> str:
    dev = ctx.device
    if mask:
        prefix = prefix_of(address, mask)
        r = next((x for x in dev.routes if x.prefix == prefix and x.vrf == vrf), None)
    else:
        r = lookup_route(dev, address, vrf)
    if r is None:
        return "% Network not in table" if mask else "% Subnet not in table"
    net = ipaddress.IPv4Network(r.prefix)
    proto = {"connected": "connected", "local": "connected", "static": "static",
             "ospf": "ospf 1", "bgp": f"bgp {dev.bgp.asn if dev.bgp else 65000}"}[r.protocol]
    lines = [f'Routing entry for {net.with_prefixlen}',
             f'  Known via "{proto}", distance {r.distance}, metric {r.metric}'
             + (", type extern 2, forward metric 1" if r.protocol == "ospf" and
                r.prefix == "0.0.0.0/0" else "")]
    if r.protocol in ("connected", "local"):
        lines += ["  Routing Descriptor Blocks:", f"  * directly connected, via {r.interface}",
                  "      Route metric is 0, traffic share count is 1"]
    else:
        lines += [f"  Last update from {r.next_hop} on {r.interface or 'Null'}, "
                  f"{short_age(ctx.now - r.age)} ago",
                  "  Routing Descriptor Blocks:",
                  f"  * {r.next_hop}, from {r.next_hop}, {short_age(ctx.now - r.age)} ago"
                  + (f", via {r.interface}" if r.interface else ""),
                  f"      Route metric is {r.metric}, traffic share count is 1"]
    return "\n".join(lines)


def _route_summary(ctx: Ctx, vrf: str) -> str:
    rs = routes(ctx.device, vrf)
    lines = [f"IP routing table name is {vrf_name(vrf) or 'default'} (0x0)",
             "IP routing table maximum-paths is 32",
             "Route Source    Networks    Subnets     Replicates  Overhead    Memory (bytes)"]
    total = 0
    for proto in ("connected", "static", "ospf", "bgp", "local"):
        n = sum(1 for r in rs if r.protocol == proto)
        total += n
        name = {"ospf": "ospf 1", "bgp": "bgp 65000"}.get(proto, proto)
        lines.append(f"{name:<16}{0:<12}{n:<12}{0:<12}{n * 96:<12}{n * 304}")
    lines.append(f"{'Total':<16}{0:<12}{total:<12}{0:<12}{total * 96:<12}{total * 304}")
    return "\n".join(lines)


def show_arp(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = _vrf_arg(ctx)
    want = ctx.args.get("ip")
    lines = ["Protocol  Address          Age (min)  Hardware Addr   Type   Interface"]
    own = [(i.address, i.mac, i.name) for i in by_port_order(dev.interfaces.values())
           if i.ipv4 and i.vrf == vrf and i.kind != "loopback"]
    rows = [(a, "-", m, n) for a, m, n in own]
    rows += [(e.ip, str(e.age_min), e.mac, e.interface) for e in dev.arp if e.vrf == vrf]
    rows.sort(key=lambda r: ipaddress.IPv4Address(r[0]))
    for ip, age, mac, iface in rows:
        if want and ip != want:
            continue
        lines.append(f"Internet  {ip:<17}{age:>9}   {mac}  ARPA   {iface}")
    return "\n".join(lines)


def _bgp_state(ctx: Ctx, up: bool, since: float) -> str:
    return short_age(ctx.now - since) if up else "never"


def show_bgp_summary(ctx: Ctx) -> str:
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP not active"
    lines = [f"BGP router identifier {bgp.router_id}, local AS number {bgp.asn}",
             f"BGP table version is {len(dev.routes) * 3}, main routing table version "
             f"{len(dev.routes) * 3}",
             f"{len([r for r in dev.routes if r.protocol == 'bgp']) + 1} network entries using "
             "248 bytes of memory",
             f"{len(bgp.neighbors) + 1} path entries using 136 bytes of memory",
             "2/2 BGP path/bestpath attribute entries using 576 bytes of memory",
             "1 BGP AS-PATH entries using 24 bytes of memory",
             "0 BGP route-map cache entries using 0 bytes of memory",
             "0 BGP filter-list cache entries using 0 bytes of memory",
             "BGP using 984 total bytes of memory",
             f"BGP activity {len(dev.routes)}/0 prefixes, {len(dev.routes) + 2}/0 paths, scan "
             "interval 60 secs", "",
             "Neighbor        V           AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  "
             "State/PfxRcd"]
    for n in bgp.neighbors:
        msgs = int((ctx.now - n.since) / 60) + 40 if n.up else 3
        state = str(n.pfx_rcvd) if n.up else "Idle"
        lines.append(f"{n.ip:<16}4{n.remote_as:>13}{msgs:>8}{msgs + 2:>8}{len(dev.routes) * 3:>9}"
                     f"{0:>5}{0:>5} {_bgp_state(ctx, n.up, n.since):<8} {state}")
    return "\n".join(lines)


def show_bgp_neighbors(ctx: Ctx) -> str:
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP not active"
    want = ctx.args.get("ip")
    neighbors = [n for n in bgp.neighbors if not want or n.ip == want]
    if want and not neighbors:
        return "% No such neighbor or address family"
    if "advertised-routes" in ctx.words or "received-routes" in ctx.words or \
            "routes" in ctx.words:
        return _bgp_routes(ctx, neighbors[0])
    out = []
    for n in neighbors:
        kind = "internal" if n.remote_as == bgp.asn else "external"
        state = "Established" if n.up else "Idle"
        out += [f"BGP neighbor is {n.ip},  remote AS {n.remote_as}, {kind} link",
                f" Description: {n.description}",
                f"  BGP version 4, remote router ID {_router_id(ctx, n.device) or n.ip}",
                f"  BGP state = {state}" + (f", up for {short_age(ctx.now - n.since)}"
                                            if n.up else f", down for 00:00:{12:02d}"),
                "  Last read 00:00:21, last write 00:00:08, hold time is 180, keepalive "
                "interval is 60 seconds",
                "  Neighbor sessions:", "    1 active, is not multisession capable (disabled)",
                "  Message statistics:", "    InQ depth is 0", "    OutQ depth is 0", "",
                "  For address family: IPv4 Unicast",
                f"  BGP table version {len(dev.routes) * 3}, neighbor version "
                f"{len(dev.routes) * 3}/0",
                f"    Prefixes Current: {n.pfx_sent if n.up else 0} (Sent) "
                f"{n.pfx_rcvd if n.up else 0} (Rcvd)", "",
                f"  Connections established {2 if n.up else 1}; dropped {0 if n.up else 1}",
                "  Last reset " + ("never" if n.up else f"00:00:12, due to {n.down_reason}"),
                ""]
    return "\n".join(out)


def _router_id(ctx: Ctx, device: str) -> str:
    other = ctx.world.devices.get(device)
    return other.loopback_ip if other else ""


def show_bgp_table(ctx: Ctx) -> str:
    """``show ip bgp``: the BGP table (``% BGP not active`` without BGP)."""
    if ctx.device.bgp is None:
        return "% BGP not active"
    return _bgp_routes(ctx, None)


def show_bgp_vrf_summary(ctx: Ctx) -> str:
    """``show ip bgp vpnv4 vrf X summary``: the lab runs no BGP in VRFs."""
    bgp = ctx.device.bgp
    if bgp is None:
        return "% BGP not active"
    return (f"BGP router identifier {bgp.router_id}, local AS number {bgp.asn}\n"
            "BGP table version is 1, main routing table version 1")


def show_bgp_vrf_neighbors(ctx: Ctx) -> str:
    """``show ip bgp vpnv4 vrf X neighbors [ip]``: the lab runs no BGP in VRFs (no neighbours)."""
    if ctx.device.bgp is None:
        return "% BGP not active"
    return "% No such neighbor or address family" if ctx.args.get("ip") else ""


def _bgp_routes(ctx: Ctx, n: object) -> str:
    dev = ctx.device
    if dev.bgp is None:
        return "% BGP not active"
    lines = [f"BGP table version is {len(dev.routes) * 3}, local router ID is {dev.bgp.router_id}",
             "Status codes: s suppressed, d damped, h history, * valid, > best, i - internal, ",
             "              r RIB-failure, S Stale, m multipath, b backup-path, f RT-Filter, ",
             "              x best-external, a additional-path, c RIB-compressed, ",
             "Origin codes: i - IGP, e - EGP, ? - incomplete",
             "RPKI validation codes: V valid, I invalid, N Not found", "",
             "     Network          Next Hop            Metric LocPrf Weight Path"]
    if "advertised-routes" in ctx.words:
        for net in dev.bgp.networks:
            lines.append(f" *>   {net:<17}0.0.0.0                  0         32768 i")
        count = len(dev.bgp.networks)
    else:
        got = [r for r in dev.routes if r.protocol == "bgp"]
        for r in got:
            lines.append(f" *>   {r.prefix:<17}{r.next_hop:<20}{0:>6}{'':>14}0 "
                         f"{getattr(n, 'remote_as', 0)} i")
        count = len(got)
    lines += ["", f"Total number of prefixes {count} "]
    return "\n".join(lines)


def show_ospf_neighbor(ctx: Ctx) -> str:
    dev = ctx.device
    ospf = dev.ospf
    if ospf is None:
        return ""
    up = [n for n in ospf.neighbors if n.up]
    if "detail" in ctx.words:
        out = []
        for n in up:
            dr, bdr = _dr_bdr(ctx, n)
            out += [f" Neighbor {n.router_id}, interface address {n.ip}",
                    f"    In the area 0 via interface {n.interface}",
                    f"    Neighbor priority is {n.priority}, State is FULL, 6 state changes",
                    f"    DR is {dr} BDR is {bdr}", "    Options is 0x52",
                    "    LLS Options is 0x1 (LR), last OOB-Resync 00:00:00 ago",
                    "    Dead timer due in 00:00:34",
                    f"    Neighbor is up for {hms(ctx.now - n.since)}",
                    "    Index 1/1, retransmission queue length 0, number of retransmission 0",
                    "    First 0x0(0)/0x0(0) Next 0x0(0)/0x0(0)",
                    "    Last retransmission scan length is 0, maximum is 0",
                    "    Last retransmission scan time is 0 msec, maximum is 0 msec", ""]
        return "\n".join(out)
    lines = ["", "Neighbor ID     Pri   State           Dead Time   Address         Interface"]
    for n in up:
        state = f"FULL/{n.role or ' -':<9}" if n.role else "FULL/  -       "
        lines.append(f"{n.router_id:<16}{n.priority:>3}   {state:<16}00:00:3{len(n.ip) % 10}    "
                     f"{n.ip:<16}{n.interface}")
    return "\n".join(lines)


def _dr_bdr(ctx: Ctx, n: OspfNeighbor) -> tuple[str, str]:
    """DR and BDR addresses of the segment a neighbour is on (0.0.0.0 on point-to-point)."""
    if not n.role:
        return "0.0.0.0", "0.0.0.0"
    mine = ctx.device.interfaces[n.interface].address
    return (n.ip, mine) if n.role == "DR" else (mine, n.ip)


def show_ospf_interface_brief(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return ""
    lines = ["Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C"]
    for name in dev.ospf.interfaces:
        i = dev.interfaces[name]
        nbrs = sum(1 for n in dev.ospf.neighbors if n.interface == name and n.up)
        state = "LOOP" if i.kind == "loopback" else "P2P" if i.kind == "ethernet" else "DR"
        lines.append(f"{short(name):<13}{1:<6}{0:<16}{i.ipv4:<19}{1:<6}{state:<6}{nbrs}/{nbrs}")
    return "\n".join(lines)


def show_ip_protocols(ctx: Ctx) -> str:
    dev = ctx.device
    out = ["*** IP Routing is NSF aware ***", ""]
    if dev.ospf:
        out += ['Routing Protocol is "ospf 1"',
                "  Outgoing update filter list for all interfaces is not set",
                "  Incoming update filter list for all interfaces is not set",
                f"  Router ID {dev.ospf.router_id}",
                "  Number of areas in this router is 1. 1 normal 0 stub 0 nssa",
                "  Maximum path: 4", "  Routing for Networks:",
                "    10.0.0.0 0.255.255.255 area 0", "  Routing Information Sources:",
                "    Gateway         Distance      Last Update"]
        for n in dev.ospf.neighbors:
            out.append(f"    {n.router_id:<16}{110:>8}      {short_age(ctx.now - n.since)}")
        out += ["  Distance: (default is 110)", ""]
    if dev.bgp:
        out += [f'Routing Protocol is "bgp {dev.bgp.asn}"',
                "  Outgoing update filter list for all interfaces is not set",
                "  Incoming update filter list for all interfaces is not set",
                "  IGP synchronization is disabled", "  Automatic route summarization is "
                "disabled", "  Neighbor(s):", "    Address          FiltIn FiltOut DistIn "
                "DistOut Weight RouteMap"]
        out += [f"    {bn.ip}" for bn in dev.bgp.neighbors]
        out += ["  Maximum path: 1", "  Distance: external 20 internal 200 local 200", ""]
    return "\n".join(out)


def show_standby(ctx: Ctx) -> str:
    groups = ctx.device.vrrp
    if "brief" in ctx.words:
        lines = ["                     P indicates configured to preempt.",
                 "                     |",
                 "Interface   Grp  Pri P State   Active          Standby         Virtual IP"]
        for g in groups:
            active = "local" if g["state"] == "active" else g["peer"]
            standby = g["peer"] if g["state"] == "active" else "local"
            lines.append(f"{short(g['interface']):<12}{g['group']:<5}{g['priority']:<4}P "
                         f"{g['state'].capitalize():<8}{active:<16}{standby:<16}{g['vip']}")
        return "\n".join(lines)
    out = []
    for g in groups:
        out += [f"{g['interface']} - Group {g['group']}",
                f"  State is {g['state'].capitalize()}", "    2 state changes, last state change "
                "2w0d", f"  Virtual IP address is {g['vip']}",
                f"  Active virtual MAC address is 0000.0c07.ac{g['group']:02x}",
                "  Hello time 3 sec, hold time 10 sec",
                "  Preemption enabled", "  Active router is "
                + ("local" if g["state"] == "active" else g["peer"]),
                "  Standby router is " + (g["peer"] if g["state"] == "active" else "local"),
                f"  Priority {g['priority']} (configured {g['priority']})",
                f'  Group name is "hsrp-{short(g["interface"])}-{g["group"]}" (default)', ""]
    return "\n".join(out)


def show_vrrp(ctx: Ctx) -> str:
    groups = ctx.device.vrrp
    if "brief" in ctx.words:
        lines = ["  Interface          Grp  A-F Pri  Time Own Pre State   Master addr/Group addr"]
        for g in groups:
            state = "MASTER" if g["state"] == "active" else "BACKUP"
            master = "10.0.0.0" if state == "MASTER" else g["peer"]
            lines.append(f"  {short(g['interface']):<19}{g['group']:<5}IPv4 {g['priority']:<5}"
                         f"0    N   Y  {state:<8}{g['vip'] if state == 'MASTER' else master}"
                         f"(local) {g['vip']}")
        return "\n".join(lines)
    out = []
    for g in groups:
        state = "MASTER" if g["state"] == "active" else "BACKUP"
        out += [f"{g['interface']} - Group {g['group']} - Address-Family IPv4",
                f"  State is {state}", "  State duration 14 days 2 hours 3 mins",
                f"  Virtual IP address is {g['vip']}", "  Virtual MAC address is "
                f"0000.5E00.01{g['group']:02X}", "  Advertisement interval is 1000 msec",
                "  Preemption enabled", f"  Priority is {g['priority']}",
                "  Master Router is " + ("local" if state == "MASTER" else g["peer"]), ""]
    return "\n".join(out)


def show_vrf(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["  Name                             Default RD            Protocols   Interfaces"]
    for vrf, ifaces in dev.vrfs.items():
        lines.append(f"  {vrf_name(vrf):<33}{'<not set>':<22}{'ipv4,ipv6':<12}"
                     f"{short(ifaces[0]) if ifaces else ''}")
    return "\n".join(lines)


def acls(dev: Device) -> dict[str, list[str]]:
    """The ACLs of a device, in IOS words."""
    site = dev.mgmt_ip.split(".")[1]
    return {
        "BLOCK-GUEST": [f"deny   ip 10.{site}.30.0 0.0.0.255 10.{site}.10.0 0.0.0.255",
                        "permit ip any any"],
        "MGMT-ACCESS": ["permit 10.0.0.0, wildcard bits 0.255.255.255", "deny   any log"],
    }


def show_access_lists(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("word")
    out = []
    for name, rules in acls(dev).items():
        if want and name != want:
            continue
        kind = "Standard" if name.startswith("MGMT") else "Extended"
        out.append(f"{kind} IP access list {name}")
        for k, rule in enumerate(rules, 1):
            hits = (stable(name) % 9000 + k * 13) if k == 1 else k * 7
            out.append(f"    {k * 10} {rule} ({hits} matches)")
    return "\n".join(out)


def show_dhcp_binding(ctx: Ctx) -> str:
    lines = ["Bindings from all pools not associated with VRF:",
             "IP address          Client-ID/              Lease expiration        Type",
             "                    Hardware address/", "                    User name"]
    for d in ctx.world.devices.values():
        if d.site != ctx.device.site:
            continue
        for e in d.endpoints[:20]:
            mac = e.mac.replace(".", "")
            cid = "01" + mac
            cid = ".".join(cid[k:k + 4] for k in range(0, len(cid), 4))
            lines.append(f"{e.ip:<20}{cid:<24}{'Infinite':<24}Automatic")
    return "\n".join(lines)


def running_config(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    if want:
        body = _iface_config(dev, want)
        return "\n".join(["Building configuration...", "",
                          f"Current configuration : {len(body) * 30} bytes", "!", *body, "end", ""])
    lines = ["Building configuration...", "", "Current configuration : 18734 bytes", "!",
             f"! Last configuration change at {wall(ctx, ctx.now - 86400 * 6):%H:%M:%S} UTC by "
             "netadmin", "!", "version 17.9", "service timestamps debug datetime msec",
             "service timestamps log datetime msec", "service password-encryption",
             "service sequence-numbers", "no platform punt-keepalive disable-kernel-core", "!",
             f"hostname {dev.name}", "!", "vrf definition Mgmt-vrf", " !",
             " address-family ipv4", " exit-address-family", "!",
             "logging buffered 102400", "enable secret 9 $9$lab$LabOnlyNotARealSecret", "!",
             "aaa new-model", "!", f"ip domain name {dev.domain}", "no ip domain lookup", "!",
             "login on-success log", "!"]
    if dev.stp:
        lines += ["spanning-tree mode rapid-pvst", "spanning-tree extend system-id",
                  f"spanning-tree vlan 1-4094 priority {dev.stp.priority}", "!"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        if v.vid != 1:
            lines += [f"vlan {v.vid}", f" name {v.name}", "!"]
    for i in by_port_order(dev.interfaces.values()):
        lines += [*_iface_config(dev, i.name), "!"]
    if dev.ospf:
        lines += ["router ospf 1", f" router-id {dev.ospf.router_id}",
                  " passive-interface default"]
        lines += [f" no passive-interface {n}" for n in dev.ospf.interfaces
                  if dev.interfaces[n].kind == "ethernet"]
        lines += [" network 10.0.0.0 0.255.255.255 area 0", "!"]
    if dev.bgp:
        lines += [f"router bgp {dev.bgp.asn}", f" bgp router-id {dev.bgp.router_id}",
                  " bgp log-neighbor-changes"]
        for n in dev.bgp.neighbors:
            lines += [f" neighbor {n.ip} remote-as {n.remote_as}",
                      f" neighbor {n.ip} description {n.description}"]
        lines += [" !", " address-family ipv4"]
        lines += [f"  network {ipaddress.IPv4Network(p).network_address} mask "
                  f"{ipaddress.IPv4Network(p).netmask}" for p in dev.bgp.networks]
        lines += [f"  neighbor {n.ip} activate" for n in dev.bgp.neighbors]
        lines += [" exit-address-family", "!"]
    for r in dev.routes:
        if r.protocol == "static":
            net = ipaddress.IPv4Network(r.prefix)
            vrf = f"vrf {vrf_name(r.vrf)} " if r.vrf else ""
            lines.append(f"ip route {vrf}{net.network_address} {net.netmask} {r.next_hop}")
    lines += ["ip ssh version 2", "!"]
    for name, rules in acls(dev).items():
        kind = "standard" if name.startswith("MGMT") else "extended"
        lines.append(f"ip access-list {kind} {name}")
        lines += [f" {k * 10} {r.replace(', wildcard bits', '')}" for k, r in
                  enumerate(rules, 1)]
    lines += ["!", "logging host 10.1.99.5", "!", "snmp-server community lab-ro RO MGMT-ACCESS",
              "!", "line con 0", " stopbits 1", "line vty 0 4", " transport input ssh",
              "line vty 5 15", " transport input ssh", "!"]
    lines += [f"ntp server {p.address}" for p in dev.ntp]
    lines += ["!", "end", ""]
    return "\n".join(lines)


def _iface_config(dev: Device, name: str) -> list[str]:
    i = dev.interfaces[name]
    out = [f"interface {i.name}"]
    if i.description:
        out.append(f" description {i.description}")
    if i.vrf:
        out.append(f" vrf forwarding {vrf_name(i.vrf)}")
    if i.kind == "ethernet" and i.mode == "access":
        out += [f" switchport access vlan {i.access_vlan}", " switchport mode access"]
        if i.poe:
            out.append(" switchport voice vlan 20")
        out += [" spanning-tree portfast", " spanning-tree bpduguard enable"]
    elif i.mode == "trunk" and i.kind in ("ethernet", "lag"):
        out += [" switchport trunk allowed vlan " + ",".join(map(str, i.trunk_vlans)),
                " switchport mode trunk"]
    elif i.kind == "ethernet" and dev.role in ("switch", "core_switch") and i.mode == "routed" \
            and not i.vrf:
        out.append(" no switchport")
    if i.ipv4:
        out.append(f" ip address {i.address} {netmask(i.prefixlen)}")
    elif i.kind in ("ethernet", "mgmt") and i.mode == "routed":
        out.append(" no ip address")
    if i.lag:
        out.append(f" channel-group {i.lag.replace('Port-channel', '')} mode active")
    g = next((g for g in dev.vrrp if g["interface"] == name), None)
    if g:
        out += [f" standby {g['group']} ip {g['vip']}", f" standby {g['group']} priority "
                f"{g['priority']}", f" standby {g['group']} preempt"]
    if not i.admin_up:
        out.append(" shutdown")
    return out


def show_ospf_database(ctx: Ctx) -> str:
    """``show ip ospf database``: router LSAs of the area's routers, network LSAs of LANs."""
    dev = ctx.device
    ospf = dev.ospf
    if ospf is None:
        return ""
    routers = {dev.name: dev}
    for n in ospf.neighbors:
        other = ctx.world.devices.get(n.device)
        if other is not None and other.ospf is not None:
            routers[other.name] = other
    lines = ["", f"            OSPF Router with ID ({ospf.router_id}) (Process ID {ospf.process})",
             "", "                Router Link States (Area 0)", "",
             "Link ID         ADV Router      Age         Seq#       Checksum Link count"]
    for k, other in enumerate(sorted(routers.values(), key=lambda d: d.loopback_ip)):
        assert other.ospf is not None
        age = int(ctx.now - other.boot_time) % 1800
        links = len(other.ospf.interfaces) + len(other.ospf.neighbors)
        lines.append(f"{other.loopback_ip:<16}{other.loopback_ip:<16}{age:<12}"
                     f"0x8000{k + 10:04X} 0x00{(k * 7919) % 65536:04X} {links}")
    lans = [n for n in ospf.neighbors if n.role]
    if lans:
        lines += ["", "                Net Link States (Area 0)", "",
                  "Link ID         ADV Router      Age         Seq#       Checksum"]
        for n in lans:
            dr = n.ip if n.role == "DR" else dev.interfaces[n.interface].address
            rid = n.router_id if n.role == "DR" else ospf.router_id
            lines.append(f"{dr:<16}{rid:<16}{int(ctx.now) % 1700 + 40:<12}0x80000004 0x00A1C3")
    return "\n".join(lines)


def show_ipv6_interface_brief(ctx: Ctx) -> str:
    """``show ipv6 interface brief``: the lab routes no IPv6; interfaces show link-locals."""
    from nlchat_plugins.cisco_ios.lab_system import ipv6_link_local

    out = []
    for i in by_port_order(ctx.device.interfaces.values()):
        state = "administratively down/down" if not i.admin_up else "up/up" if i.up else "down/down"
        out.append(f"{i.name:<23}[{state}]")
        out.append(f"    {ipv6_link_local(i.mac) if i.ipv4 else 'unassigned'}")
    return "\n".join(out)


def show_ipv6_route(ctx: Ctx) -> str:
    """``show ipv6 route``: only the local multicast route (the lab routes IPv4 only)."""
    return "\n".join([
        "IPv6 Routing Table - default - 1 entries",
        "Codes: C - Connected, L - Local, S - Static, U - Per-user Static route",
        "       B - BGP, R - RIP, H - NHRP, I1 - ISIS L1",
        "       I2 - ISIS L2, IA - ISIS interarea, IS - ISIS summary, D - EIGRP",
        "       EX - EIGRP external, ND - ND Default, NDp - ND Prefix, DCE - Destination",
        "       NDr - Redirect, RL - RPL, O - OSPF Intra, OI - OSPF Inter",
        "       OE1 - OSPF ext 1, OE2 - OSPF ext 2, ON1 - OSPF NSSA ext 1",
        "       ON2 - OSPF NSSA ext 2, la - LISP alt, lr - LISP site-registrations",
        "       ld - LISP dyn-eid, lA - LISP away, le - LISP extranet-policy",
        "       lp - LISP publications, a - Application, m - OMP",
        "L   FF00::/8 [0/0]",
        "     via Null0, receive",
    ])


def show_ipv6_neighbors(ctx: Ctx) -> str:
    """``show ipv6 neighbors``: the link-locals of cabled neighbours."""
    from nlchat_plugins.cisco_ios.lab_system import ipv6_link_local

    dev = ctx.device
    lines = ["IPv6 Address                              Age Link-layer Addr State Interface"]
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found and i.ipv4:
            far = found[1]
            lines.append(f"{ipv6_link_local(far.mac):<42}{int(ctx.now) % 60:>3} {far.mac} "
                         f"STALE {short(i.name)}")
    return "\n".join(lines)
