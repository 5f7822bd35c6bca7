"""Aruba AOS-CX lab renderers (CX 6300 / 8325)."""

from __future__ import annotations

import ipaddress

from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.health import consistency, mlag_pair
from nornir_nlchat.lab.render import (
    by_port_order,
    hms,
    lookup_route,
    mac_style,
    ping_reply,
    routes,
    split_duration,
    stable,
    wall,
)
from nornir_nlchat.lab.state import Device, Interface


def colon(mac: str) -> str:
    return mac_style(mac, "colon")


def uptime(seconds: float) -> str:
    y, w, d, h, m = split_duration(seconds)
    return f"{w + y * 52} weeks, {d} days, {h} hours, {m} minutes"


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    return "\n".join([
        "-" * 80, "ArubaOS-CX", "(c) Copyright 2017-2023 Hewlett Packard Enterprise "
        "Development LP", "-" * 80, f"Version      : {dev.version}",
        "Build Date   : 2023-10-02 19:12:44 UTC", "Build ID     : ArubaOS-CX:"
        f"{dev.version}:7e6e5f0e9d3e:202310021912", "Build SHA    : 7e6e5f0e9d3e",
        "Hot Patches  : ", "Active Image : primary", "", "Service OS Version : FL.01.13.0001",
        "BIOS Version       : FL.01.0002"])


def show_system(ctx: Ctx) -> str:
    dev = ctx.device
    _five_s, one_m, _five_m = dev.cpu(ctx.now)
    used, _ = dev.memory()
    return "\n".join([
        f"Hostname           : {dev.name}",
        f"System Description : {dev.version}",
        f"System Contact     : netops@{dev.domain}",
        f"System Location    : {dev.location.get('name', dev.site)}", "",
        "Vendor             : Aruba", f"Product Name       : {dev.model}",
        f"Chassis Serial Nbr : {dev.serial}", f"Base MAC Address   : {colon(dev.base_mac)}",
        f"ArubaOS-CX Version : {dev.version}", "",
        "Time Zone          : UTC", "",
        f"Up Time            : {uptime(dev.uptime(ctx.now))}",
        f"CPU Util (%)       : {int(one_m)}",
        f"Memory Usage (%)   : {int(used * 100 / dev.memory_total)}"])


def show_resources(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    used, _ = dev.memory()
    return "\n".join([
        "System Resources:", "Processes: 112",
        f"CPU usage(%): {int(one_m)}",
        f"Memory usage(%): {int(used * 100 / dev.memory_total)}",
        "Open FD's: 7836", "", "Process            CPU Usage(%)      Memory Usage(%)  Open FD's",
        "                   (5 sec  1 min  5 min)    (5 sec  1 min  5 min)",
        "-" * 80,
        f"hpe-routing         {five_s * 0.4:5.1f}  {one_m * 0.4:5.1f}  {five_m * 0.4:5.1f}"
        "       2      2      2     412",
        f"hpe-mstpd           {five_s * 0.1:5.1f}  {one_m * 0.1:5.1f}  {five_m * 0.1:5.1f}"
        "       1      1      1     102",
        f"ops-switchd         {five_s * 0.2:5.1f}  {one_m * 0.2:5.1f}  {five_m * 0.2:5.1f}"
        "       4      4      4     280"])


def show_top_cpu(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    used, free = dev.memory()
    t = wall(ctx)
    up = dev.uptime(ctx.now)
    rows = [("hpe-routing", 0.4), ("ops-switchd", 0.2), ("hpe-mstpd", 0.1), ("lldpd", 0.03),
            ("ndmd", 0.03), ("hpe-config", 0.02), ("arpmgrd", 0.04)]
    if "memory" in ctx.words:
        rows.sort(key=lambda r: r[0])
    lines = [f"top - {t:%H:%M:%S} up {int(up // 86400)} days, {hms(up % 86400)[:5]},  1 user, "
             f" load average: {one_m / 25:.2f}, {five_m / 25:.2f}, {five_m / 27:.2f}",
             "Tasks: 187 total,   1 running, 186 sleeping,   0 stopped,   0 zombie",
             f"%Cpu(s): {five_s * 0.7:4.1f} us, {five_s * 0.3:4.1f} sy,  0.0 ni, "
             f"{100 - five_s:4.1f} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st",
             f"KiB Mem :  {dev.memory_total} total,  {free} free,  {used} used,   412840 "
             "buff/cache", "", "  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM "
             "    TIME+ COMMAND"]
    for k, (name, share) in enumerate(rows):
        lines.append(f"{1200 + k * 17:>5} root      20   0  612340  98212  30120 S "
                     f"{five_s * share:5.1f}  {1.2 + k:4.1f}  {k * 41 + 3:>5}:12.4 {name}")
    return "\n".join(lines)


def _status(i: Interface) -> tuple[str, str]:
    if not i.admin_up:
        return "down", "Administratively down"
    if i.err_disabled:
        return "down", "Disabled by " + i.err_disabled
    return ("up", "") if i.up else ("down", "Waiting for link")


def interface_block(ctx: Ctx, i: Interface) -> str:
    """One interface of ``show interface`` (AOS-CX 10.x format)."""
    if i.kind == "mgmt":
        return show_mgmt(ctx)
    link, reason = _status(i)
    c = i.counters(ctx.now, 0.0)
    since = wall(ctx, i.last_change - 86400 * 11)
    lines = [f"Interface {i.name} is {link}", f" Admin state is {'up' if i.admin_up else 'down'}"]
    if reason and link == "down":
        lines.append(f" State information: {reason}")
    lines += [f" Link state: {link} for {uptime(ctx.now - i.last_change + 86400 * 11)}"
              f" (since {since:%a %b %d %H:%M:%S UTC %Y})",
              f" Link transitions: {1 + i.flaps}",
              f" Description: {i.description}",
              " Persona:",
              f" Hardware: Ethernet, MAC Address: {colon(i.mac)}"]
    if i.ipv4:
        lines.append(f" IPv4 address {i.ipv4}")
    kind = {"vlan": "--", "loopback": "--", "lag": "--"}.get(
        i.kind, "SFP+SR" if i.speed >= 10000 else "1GbT")
    lines += [f" MTU {i.mtu}", f" Type {kind}", " Full-duplex", " qos trust none",
              f" Speed {i.speed if i.up else 0} Mb/s", " Auto-negotiation is on",
              " Flow-control: off", " Error-control: off"]
    if i.kind in ("ethernet", "lag") and i.mode == "access":
        lines += [" VLAN Mode: access", f" Access VLAN: {i.access_vlan}"]
    elif i.kind in ("ethernet", "lag") and i.mode == "trunk":
        lines += [" VLAN Mode: native-untagged", f" Native VLAN: {i.native_vlan}",
                  " Allowed VLAN List: " + ",".join(map(str, i.trunk_vlans))]
    if i.lag:
        lines.append(f" Aggregate mode: active ({i.lag})")
    rin, rout = (i.rate_in, i.rate_out) if i.up else (0, 0)
    pin, pout = rin / 5600 / 1000, rout / 5600 / 1000
    util_in, util_out = rin / (i.speed * 10000), rout / (i.speed * 10000)

    def row(label: str, rx: object, tx: object, total: object) -> str:
        return f" {label:<17}{rx!s:>20}{tx!s:>21}{total!s:>21}"

    lines += [" L3 Counters: Rx Disabled, Tx Disabled",
              " Rate collection interval: 300 seconds", "",
              " Rate                               RX                   TX        Total (RX+TX)",
              " ---------------- -------------------- -------------------- --------------------",
              row("Mbits / sec", f"{rin / 1e6:.2f}", f"{rout / 1e6:.2f}",
                  f"{(rin + rout) / 1e6:.2f}"),
              row("KPkts / sec", f"{pin:.2f}", f"{pout:.2f}", f"{pin + pout:.2f}"),
              row("  Unicast", f"{pin:.2f}", f"{pout:.2f}", f"{pin + pout:.2f}"),
              row("  Multicast", "0.00", "0.00", "0.00"),
              row("  Broadcast", "0.00", "0.00", "0.00"),
              row("Utilization %", f"{util_in:.2f}", f"{util_out:.2f}",
                  f"{util_in + util_out:.2f}"), "",
              " Statistic                          RX                   TX                Total",
              " ---------------- -------------------- -------------------- --------------------",
              row("Packets", c.in_pkts, c.out_pkts, c.in_pkts + c.out_pkts),
              row("  Unicast", c.in_pkts, c.out_pkts, c.in_pkts + c.out_pkts),
              row("  Multicast", c.in_mcast, c.out_mcast, c.in_mcast + c.out_mcast),
              row("  Broadcast", c.in_bcast, c.out_bcast, c.in_bcast + c.out_bcast),
              row("Bytes", c.in_octets, c.out_octets, c.in_octets + c.out_octets),
              row("Jumbos", 0, 0, 0),
              row("Dropped", c.in_discards, c.out_discards, c.in_discards + c.out_discards),
              row("Pause Frames", 0, 0, 0),
              row("Errors", c.in_errors, c.out_errors, c.in_errors + c.out_errors),
              row("  CRC/FCS", c.crc, "n/a", c.crc),
              row("  Collision", "n/a", c.collisions, c.collisions),
              row("  Runts", c.runts, "n/a", c.runts),
              row("  Giants", c.giants, "n/a", c.giants), ""]
    return "\n".join(lines)


def show_mgmt(ctx: Ctx) -> str:
    """``show interface mgmt``."""
    dev = ctx.device
    i = dev.interfaces[dev.mgmt_interface]
    gw = next((r.next_hop for r in dev.routes if r.vrf == i.vrf and r.prefix == "0.0.0.0/0"), "")
    d = colon(i.mac).split(":")
    ll = f"fe80::{int(d[0], 16) ^ 2:x}{d[1]}:{d[2]}ff:fe{d[3]}:{d[4]}{d[5]}/64"
    return "\n".join([
        "  Address Mode                  : static",
        f"  Admin State                   : {'up' if i.admin_up else 'down'}",
        f"  Link State                    : {'up' if i.up else 'down'}",
        f"  Mac Address                   : {colon(i.mac)}",
        f"  IPv4 address/subnet-mask      : {i.ipv4}",
        f"  Default gateway IPv4          : {gw}",
        "  IPv6 address/prefix           :",
        f"  IPv6 link local address/prefix: {ll}",
        "  Default gateway IPv6          :",
        "  Primary Nameserver            : 10.1.99.53",
        "  Secondary Nameserver          :",
        "  Tertiary Nameserver           :"])


def show_interface(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [dev.interfaces[want]] if want else [i for i in by_port_order(dev.interfaces.values())
                                                  if i.kind != "mgmt"]
    return "\n".join(interface_block(ctx, i) for i in ifaces)


def show_interface_brief(ctx: Ctx, only: str = "") -> str:
    lines = ["-" * 116, "Port       Native  Mode   Type           Enabled Status  Reason      "
             "           Speed   Description", "           VLAN" + " " * 101, "-" * 116]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.kind not in ("ethernet", "lag") or (only and i.name != only):
            continue
        link, reason = _status(i)
        vlan = str(i.access_vlan if i.mode == "access" else 1) if i.mode != "routed" else "--"
        mode = i.mode if i.mode != "trunk" else "trunk"
        kind = "SFP+SR" if i.speed >= 10000 else "1GbT" if i.kind == "ethernet" else "--"
        speed = str(i.speed) if i.up else "--"
        lines.append(f"{i.name:<11}{vlan:<8}{mode:<7}{kind:<15}{'yes' if i.admin_up else 'no':<8}"
                     f"{link:<8}{reason[:22]:<23}{speed:<8}{i.description[:15]}")
    return "\n".join(lines)


def show_ip_interface_brief(ctx: Ctx) -> str:
    lines = ["Interface       IP Address          Interface Status", " " * 36 + "link/admin"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.ipv4:
            state = f"{'up' if i.up else 'down'}/{'up' if i.admin_up else 'down'}"
            lines.append(f"{i.name:<16}{i.ipv4:<20}{state}")
    return "\n".join(lines)


def show_transceiver(ctx: Ctx) -> str:
    want = ctx.args.get("interface")
    lines = ["-" * 80, "Port    Type           Product  Serial          Part", "               "
             "        Number   Number          Number", "-" * 80]
    for i in ctx.device.physical():
        if i.speed >= 10000 and (not want or i.name == want):
            lines.append(f"{i.name:<8}SFP+SR         J9150D   CN{stable(i.mac) % 10**8:08d}"
                         "      1990-4634")
            if "detail" in ctx.words or "dom" in ctx.words:
                rx = -2.4 if i.up else -40.0
                lines.append(f"   Temperature: 32.50C  Voltage: 3.29V  Tx Bias: 6.9mA  "
                             f"Rx Power: {rx:.2f}dBm  Tx Power: -2.21dBm")
    return "\n".join(lines)


def show_vlan(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("vlan")
    port = ctx.args.get("interface")
    vlans = [v for v in sorted(dev.vlans.values(), key=lambda v: v.vid)
             if not want or v.vid == int(want)]
    if port:
        i = dev.interfaces[port]
        vids = i.trunk_vlans if i.mode == "trunk" else [i.access_vlan]
        vlans = [v for v in vlans if v.vid in vids]
    if want and not vlans:
        return f"VLAN {want} has not been configured"
    lines = ["-" * 97, "VLAN  Name                              Status  Reason          Type      "
             "Interfaces", "-" * 97]
    for v in vlans:
        ports = [i.name for i in by_port_order(dev.interfaces.values())
                 if i.kind in ("ethernet", "lag") and not i.lag and (
                     (i.mode == "trunk" and v.vid in [*i.trunk_vlans, 1]) or
                     (i.mode == "access" and i.access_vlan == v.vid))]
        lines.append(f"{v.vid:<6}{v.name:<34}{'up':<8}{'ok':<16}"
                     f"{'default' if v.vid == 1 else 'static':<10}{_ranges(ports)}")
    return "\n".join(lines)


def _ranges(ports: list[str]) -> str:
    return ",".join(ports[:8]) + ("..." if len(ports) > 8 else "")


def show_mac(ctx: Ctx) -> str:
    dev = ctx.device
    entries = dev.mac_table
    if "vlan" in ctx.args:
        entries = [e for e in entries if e.vlan == int(ctx.args["vlan"])]
    if "mac" in ctx.args:
        entries = [e for e in entries if e.mac == ctx.args["mac"]]
    if "interface" in ctx.args:
        entries = [e for e in entries if e.port == ctx.args["interface"]]
    lines = ["MAC age-time            : 300 seconds",
             f"Number of MAC addresses : {len(entries)}", "",
             "MAC Address          VLAN     Type                      Port",
             "-" * 62]
    for e in entries:
        lines.append(f"{colon(e.mac):<21}{e.vlan:<9}{'static' if e.static else 'dynamic':<26}"
                     f"{e.port}")
    return "\n".join(lines)


def _neighbors(ctx: Ctx) -> list[tuple[Interface, Device, Interface]]:
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found and (not want or i.name == want):
            out.append((i, found[0], found[1]))
    return out


def show_lldp(ctx: Ctx) -> str:
    nbrs = _neighbors(ctx)
    if "detail" in ctx.words or "interface" in ctx.args:
        out = []
        for i, other, far in nbrs:
            out += [f"Port                           : {i.name}",
                    "Neighbor Entries               : 1",
                    f"Neighbor Chassis-Name          : {other.name}",
                    f"Neighbor Chassis-Description   : {other.platform} {other.model} "
                    f"{other.version}", f"Neighbor Chassis-ID            : {colon(other.base_mac)}",
                    f"Neighbor Management-Address    : {other.mgmt_ip}",
                    "Chassis Capabilities Available : Bridge, Router",
                    "Chassis Capabilities Enabled   : Bridge, Router",
                    f"Neighbor Port-ID               : {far.name}",
                    f"Neighbor Port-Desc             : {far.description or far.name}",
                    "TTL                            : 120", ""]
        return "\n".join(out)
    lines = ["LLDP Neighbor Information", "=" * 25, "",
             f"Total Neighbor Entries          : {len(nbrs)}",
             "Total Neighbor Entries Deleted  : 0", "Total Neighbor Entries Dropped  : 0",
             "Total Neighbor Entries Aged-Out : 0", "",
             "LOCAL-PORT  CHASSIS-ID         PORT-ID                   PORT-DESC                "
             " TTL      SYS-NAME", "-" * 113]
    for i, other, far in nbrs:
        lines.append(f"{i.name:<12}{colon(other.base_mac):<19}{far.name:<26}"
                     f"{(far.description or far.name)[:24]:<25}{120:<9}{other.name}")
    return "\n".join(lines)


_ROLE = {"root": "Root", "designated": "Designated", "alternate": "Alternate"}
_STS = {"forwarding": "Forwarding", "blocking": "Blocking"}


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "Spanning-tree is disabled"
    if "root" in ctx.words:
        return "\n".join(["STP status             : Enabled", "Protocol               : MSTP",
                          f"Root Bridge Priority   : {stp.root_priority}",
                          f"Root Bridge MAC        : {colon(stp.root_mac)}",
                          f"Root Path Cost         : {stp.root_cost}",
                          f"Root Port              : {stp.root_port or 'This bridge is root'}"])
    lines = ["Spanning tree status             : Enabled Protocol: MSTP",
             "MST0", f"  Root ID    Priority    : {stp.root_priority}",
             f"             MAC-Address : {colon(stp.root_mac)}"]
    if stp.root_mac == dev.base_mac:
        lines.append("             This bridge is the root")
    lines += ["             Hello time(in seconds):2  Max Age(in seconds):20",
              "             Forward Delay(in seconds):15", "",
              f"  Bridge ID  Priority    : {stp.priority}",
              f"             MAC-Address : {colon(dev.base_mac)}",
              "             Hello time(in seconds):2  Max Age(in seconds):20",
              "             Forward Delay(in seconds):15", "",
              "Port         Role           State      Cost       Priority   Type       BPDU-Tx  "
              "  BPDU-Rx    TCN-Tx     TCN-Rx",
              "------------ -------------- ---------- ---------- ---------- ---------- "
              "---------- ---------- ---------- ----------"]
    tcs = stp.topology_changes(ctx.now)
    for name, sp in stp.ports.items():
        if "interface" in ctx.args and name != ctx.args["interface"]:
            continue
        lines.append(f"{name:<13}{_ROLE.get(sp.role, 'Designated'):<15}"
                     f"{_STS.get(sp.state, 'Forwarding'):<11}{sp.cost:<11}{128:<11}"
                     f"{'P2P Edge' if sp.edge else 'P2P':<11}{120411:<11}{120399:<11}"
                     f"{tcs if name == stp.tc_port else 0:<11}{0}")
    if "detail" in ctx.words or "summary" in ctx.words:
        lines += ["", f"Topology change flag             : {'True' if stp.tc_rate else 'False'}",
                  f"Number of topology changes       : {tcs}",
                  f"Last topology change occurred    : {int(ctx.now - stp.last_change(ctx.now))}"
                  " seconds ago", f"Topology change port             : {stp.tc_port}"]
    return "\n".join(lines)


def show_lacp(ctx: Ctx) -> str:
    dev = ctx.device
    lags = [i for i in dev.interfaces.values() if i.kind == "lag"]
    if "interfaces" in ctx.words:
        lines = ["State abbreviations :", "A - Active        P - Passive      F - Aggregable I -"
                 " Individual", "S - Short-timeout L - Long-timeout N - InSync     O - OutofSync",
                 "C - Collecting    D - Distributing", "X - State m/c expired              "
                 "E - Default neighbor state", "", "Actor details of all interfaces:",
                 "-" * 78, "Intf    Aggr    Port  Port  State   System-ID         System Aggr "
                 "Forwarding", "        Name    Id    Pri                             Pri    "
                 "Key  State", "-" * 78]
        for lag in lags:
            for k, m in enumerate(lag.members, 1):
                lines.append(f"{m:<8}{lag.name:<8}{k:<6}{1:<6}ALFNCD  {colon(dev.base_mac)} "
                             f"65534  1    {'up' if dev.interfaces[m].up else 'down'}")
        return "\n".join(lines)
    out = []
    for lag in lags:
        if "interface" in ctx.args and lag.name != ctx.args["interface"]:
            continue
        out += [f"Aggregate name                   : {lag.name}",
                f"Interfaces                       : {' '.join(lag.members)}",
                "Heartbeat rate                   : Slow", "Hash                             :"
                " l3-src-dst", "Aggregate mode                   : Active", ""]
    return "\n".join(out)


def show_ip_route(ctx: Ctx) -> str:
    """``show ip route [...]``: each prefix with its next hops (AOS-CX 10.x format)."""
    dev = ctx.device
    vrf = ctx.args.get("vrf", "")
    proto = next((w for w in ("bgp", "ospf", "static", "connected") if w in ctx.words), None)
    rs = routes(dev, vrf, proto)
    if proto == "connected":
        rs += routes(dev, vrf, "local")
    if "all-vrfs" in ctx.words:
        rs = [r for v in ["", *sorted(dev.vrfs)] for r in routes(dev, v)]
    if "prefix" in ctx.args:
        rs = [r for r in routes(dev, vrf) if r.prefix == ctx.args["prefix"]]
    if "ip" in ctx.args:
        hit = lookup_route(dev, ctx.args["ip"], vrf)
        rs = [hit] if hit else []
    lines = ["", "Displaying ipv4 routes selected for forwarding", "",
             "'[x/y]' denotes [distance/metric]", ""]
    for r in sorted(rs, key=lambda r: (r.vrf, ipaddress.IPv4Network(r.prefix).network_address,
                                       ipaddress.IPv4Network(r.prefix).prefixlen)):
        via = r.next_hop or _cx_name(dev, r.interface)
        lines += [f"{r.prefix}, vrf {r.vrf or 'default'}",
                  f"\tvia  {via},  [{r.distance}/{r.metric}],  {r.protocol}"]
    return "\n".join(lines)


def _cx_name(dev: Device, name: str) -> str:
    """How AOS-CX writes an interface in routing output (``vlan10``, ``loopback0``)."""
    i = dev.interfaces.get(name)
    return name.lower() if i is not None and i.kind in ("vlan", "loopback") else name


def show_arp(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = ctx.args.get("vrf", "")
    entries = [e for e in dev.arp if (e.vrf == vrf or "all-vrfs" in ctx.words)
               and ctx.args.get("ip", e.ip) == e.ip]
    lines = ["", "IPv4 Address     MAC                Port         Physical Port             "
             "State     VRF", "-" * 98]
    for e in entries:
        phys = next((m.port for m in dev.mac_table if m.mac == e.mac), e.interface)
        lines.append(f"{e.ip:<17}{colon(e.mac):<19}{e.interface:<13}{phys:<26}"
                     f"{'reachable':<10}{e.vrf or 'default'}")
    lines += ["", f"Total Number Of ARP Entries Listed: {len(entries)}.", "-" * 98]
    return "\n".join(lines)


def show_bgp_summary(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.bgp is None:
        return "% No BGP instance configured"
    lines = ["VRF : default", "BGP Summary", "-" * 11,
             f" Local AS               : {dev.bgp.asn}        BGP Router Identifier  : "
             f"{dev.bgp.router_id}", f" Peers                  : {len(dev.bgp.neighbors)}"
             "            Log Neighbor Changes   : No", " Cfg. Hold Time         : 180   "
             "       Cfg. Keep Alive        : 60", " Confederation Id       : 0", "",
             " Neighbor                Remote-AS MsgRcvd MsgSent   Up/Down Time State        "
             "AdminStatus"]
    for n in dev.bgp.neighbors:
        msgs = int((ctx.now - n.since) / 60) + 40
        lines.append(f" {n.ip:<24}{n.remote_as:<10}{msgs:<8}{msgs + 2:<10}"
                     f"{hms(ctx.now - n.since):<13}{'Established' if n.up else 'Idle':<13}Up")
    return "\n".join(lines)


def show_ospf_neighbors(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return "No OSPF routing instance configured"
    up = [n for n in dev.ospf.neighbors if n.up]
    lines = ["VRF : default                          Process : 1", "=" * 52, "",
             f"Total Number of Neighbors : {len(up)}", "",
             "Neighbor ID      Priority  State             Nbr Address       Interface",
             "-" * 73]
    for n in up:
        state = f"FULL/{n.role or 'DROther'}" if n.role else "FULL"
        lines.append(f"{n.router_id:<17}{n.priority:<10}{state:<18}{n.ip:<18}{n.interface}")
    return "\n".join(lines)


def show_vrrp(ctx: Ctx) -> str:
    if "brief" in ctx.words:
        lines = ["Interface   VR  IpVersion  State        Pri  Owner  Virtual IP",
                 "----------  --  ---------  -----------  ---  -----  ---------------"]
        for g in ctx.device.vrrp:
            state = "MASTER" if g["state"] == "active" else "BACKUP"
            lines.append(f"{g['interface']:<12}{g['group']:<4}IPv4       {state:<13}"
                         f"{g['priority']:<5}No     {g['vip']}")
        return "\n".join(lines)
    out = []
    for g in ctx.device.vrrp:
        out += [f"VRRP Virtual Router {g['group']} - Interface {g['interface']}",
                "-" * 44, "IPv4 Version 3, State: " + ("MASTER" if g["state"] == "active"
                                                        else "BACKUP"),
                f"Virtual IP address : {g['vip']}", f"Priority : {g['priority']}", ""]
    return "\n".join(out)


def show_vrf(ctx: Ctx) -> str:
    lines = ["VRF Configuration:", "-" * 18, "VRF Name : default", "  Interfaces     Status",
             "  -----------------------------"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.ipv4 and not i.vrf:
            lines.append(f"  {i.name:<15}{'up' if i.up else 'down'}")
    lines += ["", "VRF Name : mgmt", "  Interfaces     Status", "  " + "-" * 29,
              f"  {'mgmt':<15}up"]
    return "\n".join(lines)


def running_config(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    if want:
        return "\n".join(iface_config(dev, dev.interfaces[want]))
    lines = ["Current configuration:", "!", f"!Version ArubaOS-CX {dev.version}",
             "!export-password: default", f"hostname {dev.name}",
             "user admin group administrators password ciphertext AQBapLabOnly",
             "user lab group administrators password ciphertext AQBapLabOnly",
             "ntp server " + dev.ntp[0].address + " iburst", "ntp enable", "!", "ssh server vrf "
             "mgmt", "!", "!", "!", "access-list ip GUEST-IN",
             "    10 deny any 10.0.30.0/255.255.255.0 10.0.10.0/255.255.255.0",
             "    20 permit any any any", "!"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        lines += [f"vlan {v.vid}", f"    name {v.name}"]
    lines.append("spanning-tree")
    if dev.stp:
        lines.append(f"spanning-tree priority {dev.stp.priority // 4096}")
    for i in by_port_order(dev.interfaces.values()):
        lines += iface_config(dev, i)
    if dev.ospf:
        lines += ["router ospf 1", f"    router-id {dev.ospf.router_id}", "    area 0.0.0.0"]
    if dev.bgp:
        lines += [f"router bgp {dev.bgp.asn}", f"    bgp router-id {dev.bgp.router_id}"]
        lines += [f"    neighbor {n.ip} remote-as {n.remote_as}" for n in dev.bgp.neighbors]
    lines += ["https-server vrf mgmt"]
    return "\n".join(lines)


def iface_config(dev: Device, i: Interface) -> list[str]:
    head = "interface mgmt" if i.kind == "mgmt" else f"interface {i.name}"
    out = [head]
    if i.description:
        out.append(f"    description {i.description}")
    out.append("    no shutdown" if i.admin_up else "    shutdown")
    if i.lag:
        out.append(f"    lag {i.lag.replace('lag', '')}")
    elif i.mode == "access" and i.kind == "ethernet":
        out += ["    no routing", f"    vlan access {i.access_vlan}"]
    elif i.mode == "trunk" and i.kind in ("ethernet", "lag"):
        out += ["    no routing", "    vlan trunk native 1",
                "    vlan trunk allowed " + ",".join(map(str, i.trunk_vlans))]
    if i.ipv4:
        out.append(f"    ip {'static ' if i.kind == 'mgmt' else ''}address {i.ipv4}")
    if dev.ospf and i.name in dev.ospf.interfaces:
        out.append("    ip ospf 1 area 0.0.0.0")
    return out


LOG = {
    "restart": "Event|1|LOG_INFO|AMM|1/1|System restarted",
    "link_up": "Event|403|LOG_INFO|AMM|1/1|Link status for interface {interface} is up",
    "link_down": "Event|404|LOG_INFO|AMM|1/1|Link status for interface {interface} is down",
    "ospf_up": "Event|5216|LOG_INFO|AMM|1/1|OSPFv2 Router ID {neighbor} adjacency Full on "
               "{interface}",
    "ospf_down": "Event|5217|LOG_WARN|AMM|1/1|OSPFv2 Router ID {neighbor} adjacency Down on "
                 "{interface}",
    "bgp_up": "Event|2001|LOG_INFO|AMM|1/1|BGP neighbor {neighbor} is Established",
    "bgp_down": "Event|2002|LOG_WARN|AMM|1/1|BGP neighbor {neighbor} went from Established "
                "to Idle",
    "config": "Event|4601|LOG_INFO|AMM|1/1|Configuration changed by {user} from {from}",
    "login": "Event|4602|LOG_INFO|AMM|1/1|User {user} logged in from {from} through SSH",
    "ntp_sync": "Event|3201|LOG_INFO|AMM|1/1|NTP synchronized with server {server}",
    "mac_flap": "Event|2708|LOG_WARN|AMM|1/1|MAC address {mac} on VLAN {vlan} moved from "
                "{port_a} to {port_b}",
    "stp_tc": "Event|2001|LOG_INFO|AMM|1/1|Topology Change received on port {interface} for "
              "MST instance 0",
    "loop": "Event|2007|LOG_WARN|AMM|1/1|Loop detected on port {interface}",
    "err_disable": "Event|2704|LOG_WARN|AMM|1/1|Interface {interface} disabled due to "
                   "{reason}",
    "crc": "Event|407|LOG_WARN|AMM|1/1|High CRC error rate on interface {interface}",
    "cpu_high": "Event|1204|LOG_WARN|AMM|1/1|CPU utilization of {percent}% exceeded threshold",
    "memory_low": "Event|1205|LOG_ERR|AMM|1/1|System memory usage is critical",
}


# The daemon that logs each kind of event (AOS-CX event lines read
# "<time> <hostname> <daemon>[<pid>]: Event|<id>|<severity>|<module>|<slot>|<text>").
_DAEMONS = (("link", "intfd"), ("err_disable", "intfd"), ("crc", "intfd"), ("ospf", "ospfv2d"),
            ("bgp", "bgpd"), ("config", "hpe-config"), ("login", "hpe-restd"),
            ("ntp", "ntpd"), ("mac", "hpe-macd"), ("stp", "hpe-mstpd"), ("loop", "loop-protect"))


def show_events(ctx: Ctx) -> str:
    events = ctx.device.log_events(ctx.now)
    flags = ctx.args.get("rest", "").split()
    if "-r" in flags:
        events = list(reversed(events))
    if "-n" in flags:
        idx = flags.index("-n") + 1
        count = int(flags[idx]) if idx < len(flags) and flags[idx].isdigit() else len(events)
        events = events[:count] if "-r" in flags else events[-count:]
    lines = ["-" * 36, "Event logs from current boot", "-" * 36]
    for e in events:
        t = wall(ctx, e.at)
        try:
            msg = LOG.get(e.kind, e.kind).format(**e.params)
        except KeyError:
            msg = LOG.get(e.kind, e.kind)
        daemon = next((d for prefix, d in _DAEMONS if e.kind.startswith(prefix)), "hpe-sysmond")
        lines.append(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00 {ctx.device.name} "
                     f"{daemon}[{1000 + len(lines)}]: {msg}")
    return "\n".join(lines)


def show_clock(ctx: Ctx) -> str:
    t = wall(ctx)
    return f"{t:%Y-%m-%d %H:%M:%S} UTC\nTime source: NTP"


def show_module(ctx: Ctx) -> str:
    dev = ctx.device
    head = ["", "     Product                                        Serial",
            "Name Number  Description                            Number     Status",
            "---- ------- -------------------------------------- ---------- ----------------"]
    row = f"1/1  R8S89A  {dev.model + ' Swch':<38} {dev.serial:<10} "
    return "\n".join(["Management Modules", "=" * 18, *head, row + "Active (local)", "", "",
                      "Line Modules", "=" * 12, *head, row + "Ready"])


def show_environment(ctx: Ctx) -> str:
    env = ctx.device.env
    word = ctx.words[-1] if ctx.words[-1] != "detail" else ctx.words[-2]
    if word == "temperature":
        lines = ["Temperature information", "-" * 80, "                                    "
                 "Current", "Mbr/Slot-Sensor                 Module Type       temperature  "
                 "Status", "-" * 80]
        for sensor, temp in env.temps.items():
            lines.append(f"1/1-{sensor:<28}line-card-module  {temp:.2f} C      normal")
        return "\n".join(lines)
    if word == "fan":
        lines = ["Fan information", "-" * 80, "Mbr/Fan       Product  Serial Number  Speed   "
                 "Direction      Status  RPM", "              Name", "-" * 80]
        for k, (_fan, state) in enumerate(env.fans.items(), 1):
            lines.append(f"1/{k:<12}N/A      N/A            normal  front-to-back  "
                         f"{'ok' if state == 'ok' else 'fault':<8}{env.fan_rpm}")
        return "\n".join(lines)
    lines = ["         Product  Serial            PSU            Input   Voltage    Wattage",
             "Mbr/PSU  Number   Number            Status         Type    Range      Maximum",
             "-" * 80]
    for k, (_psu, watts) in enumerate(env.psus.items(), 1):
        lines.append(f"1/{k:<7}JL085A   CN0{k}KB40{k}7         {'OK' if watts else 'Fault':<15}"
                     "AC      100-240V   250")
    return "\n".join(lines)


def show_ntp(ctx: Ctx) -> str:
    if "status" in ctx.words:
        p = ctx.device.ntp[0]
        return "\n".join(["NTP Status Information", "", "NTP                  : Enabled",
                          "NTP Authentication   : Disabled", "NTP Server Connections : Using "
                          "the mgmt VRF", "",
                          f"System time          : {wall(ctx):%a %b %d %H:%M:%S UTC %Y}",
                          "NTP uptime           : 12 days, 3 hours, 1 "
                          "minutes, 22 seconds", "", "NTP Synchronization Information",
                          f"NTP Server           : {p.address} at stratum {p.stratum}",
                          "Poll interval        : 64 seconds", f"Time accuracy        : Within "
                          f"{abs(p.offset_ms):.3f} ms"])
    lines = ["-" * 70, " ID            NAME          REMOTE          REF-ID ST LAST POLL REACH",
             "-" * 70]
    for k, p in enumerate(ctx.device.ntp, 1):
        mark = "*" if p.selected else "+"
        lines.append(f"{mark}{k:>3}  {p.address:<14}{p.address:<16}{p.ref:<13}{p.stratum:<3}"
                     f"{37:<5}{64:<5}377")
    return "\n".join([*lines, "-" * 70])


def show_poe(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ports = [i for i in dev.physical() if i.mode == "access" and (not want or i.name == want)]
    used = sum(i.poe_watts for i in ports if i.up)
    lines = ["System Power Status", "  PoE Power Available     : 740 W",
             f"  PoE Power Drawn         : {used:.1f} W", "",
             "Port    Admin    Oper     Power   PD Class  Drawn   Assigned  Status",
             "-" * 72]
    for i in ports:
        on = i.poe and i.up
        lines.append(f"{i.name:<8}{'enabled':<9}{'on' if on else 'off':<9}"
                     f"{'high' if on else 'low':<8}{'4' if on else 'NA':<10}"
                     f"{i.poe_watts if on else 0.0:<8.1f}{15.4 if on else 0.0:<10.1f}"
                     f"{'delivering' if on else 'searching'}")
    return "\n".join(lines)


def show_vsx(ctx: Ctx) -> str:
    dev = ctx.device
    lag = next((i for i in dev.interfaces.values() if i.kind == "lag"), None)
    if lag is None:
        return "VSX is not configured"
    return "\n".join(["VSX Operational State", "-" * 21, "  ISL channel             : In-Sync",
                      "  ISL mgmt channel        : operational",
                      "  Config Sync Status      : In-Sync", "  NAE                     : peer_"
                      "reachable", "  HTTPS Server            : peer_reachable", "",
                      "Attribute           Local               Peer", "-" * 48,
                      f"ISL link            {lag.name:<20}{lag.name}",
                      "ISL version         2                   2",
                      f"System MAC          {colon(dev.base_mac):<20}",
                      f"Device Role         {'primary' if dev.index == 1 else 'secondary'}"])


def show_vsx_consistency(ctx: Ctx) -> str:
    """``show vsx config-consistency``: the VSX peers' global settings side by side."""
    params = consistency(ctx.world, ctx.device)
    if params is None:
        return "VSX is not configured"
    pair = mlag_pair(ctx.world, ctx.device)
    dev = ctx.device
    peer = (pair.peer or dev) if pair is not None and pair.up else None
    by_name = {p.name: p for p in params}
    mode = {"mstp": "mstp", "rstp": "rpvst", "rapid-pvst": "rpvst", "none": "none"}

    def row(name: str, local: str, far: str) -> str:
        return f"{name:<33}{local:<25}{far}"

    stp = by_name["STP Mode"]
    lines = ["Configurations                   Local                    Peer",
             "-------------------------------- ------------------------ ------------------------",
             row("Software Version", dev.version, peer.version if peer else ""),
             row("System MAC", colon(dev.base_mac), colon(dev.base_mac) if peer else ""),
             row("ISL hello interval", "1", "1" if peer else ""),
             row("ISL dead interval", "20", "20" if peer else ""),
             row("ISL hold time", "0", "0" if peer else ""),
             row("ISL peer-detect interval", "300", "300" if peer else ""),
             row("ISL MTU", by_name["MTU"].local, by_name["MTU"].peer),
             row("STP mode", mode.get(stp.local, stp.local), mode.get(stp.peer, stp.peer)),
             "",
             f"Local ISL VLANs                  {by_name['Allowed VLANs'].local}",
             f"Peer ISL VLANs                   {by_name['Allowed VLANs'].peer}",
             "",
             f"Local VLANs                      {by_name['VLANs'].local}",
             f"Peer VLANs                       {by_name['VLANs'].peer}"]
    return "\n".join(lines)


def show_images(ctx: Ctx) -> str:
    dev = ctx.device
    return "\n".join(["-" * 78, "ArubaOS-CX Primary Image", "-" * 78,
                      f"Version : {dev.version}", "Size    : 626 MB",
                      "Date    : 2023-10-02 19:12:44 UTC", "SHA-256 : 6c5f1e0e4b2c...", "",
                      "-" * 78, "ArubaOS-CX Secondary Image", "-" * 78,
                      "Version : FL.10.11.1010", "Size    : 612 MB",
                      "Date    : 2023-03-14 11:02:10 UTC", "SHA-256 : 1a9b7c3d2e4f..."])


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    ok, rtt = ping_reply(ctx, target, ctx.args.get("vrf", ""))
    count = max(1, int(ctx.args.get("n", "5")))
    lines = [f"PING {target} ({target}) 100(128) bytes of data."]
    if ok:
        lines += [f"108 bytes from {target}: icmp_seq={k} ttl=64 time={rtt + k * 0.1:.3f} ms"
                  for k in range(1, count + 1)]
    lines += ["", f"--- {target} ping statistics ---",
              f"{count} packets transmitted, {count if ok else 0} received, "
              f"{0 if ok else 100}% packet loss, time {count * 1000 - 995}ms"]
    if ok:
        lines.append(f"rtt min/avg/max/mdev = {rtt:.3f}/{rtt + 0.2:.3f}/{rtt + 0.4:.3f}/0.110 ms")
    return "\n".join(lines)


def traceroute(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    r = lookup_route(ctx.device, target)
    hops = ([r.next_hop] if r and r.next_hop else []) + [target]
    lines = [f"traceroute to {target} ({target}), 1 hops min, 30 hops max, 3 sec. timeout, "
             "3 probes"]
    lines += [f"  {k}   {h}  {k + 0.5:.3f}ms  {k + 0.4:.3f}ms  {k + 0.6:.3f}ms"
              for k, h in enumerate(hops, 1)]
    return "\n".join(lines)


def show_access_list(ctx: Ctx) -> str:
    site = ctx.device.mgmt_ip.split(".")[1]
    return "\n".join(["Type       Name", "  Sequence Comment", "           Action        "
                      "                L3 Protocol", "           Source IP Address            "
                      "   Source L4 Port(s)", "           Destination IP Address            "
                      "Destination L4 Port(s)", "-" * 81, "IPv4       GUEST-IN",
                      "        10", "           deny                          any",
                      f"           10.{site}.30.0/255.255.255.0",
                      f"           10.{site}.10.0/255.255.255.0", "        20",
                      "           permit                        any", "           any",
                      "           any"])


def show_interface_one_brief(ctx: Ctx) -> str:
    """``show interface X brief``."""
    name = ctx.args["interface"]
    return show_interface_brief(ctx, only=name)


def show_boot_history(ctx: Ctx) -> str:
    """``show boot-history``."""
    dev = ctx.device
    boot = wall(ctx, dev.boot_time)
    before = wall(ctx, dev.boot_time - 86400 * 97)
    return "\n".join([
        "Management module", "=================", "",
        "Index : 1", f"Boot ID : {stable(dev.name) % 16**32:032x}",
        f"Current Boot, up for {uptime(dev.uptime(ctx.now))}", "",
        "Index : 0", f"Boot ID : {stable(dev.name + 'old') % 16**32:032x}",
        f"{boot:%d %b %y %H:%M:%S} : Reboot requested through database",
        f"{before:%d %b %y %H:%M:%S} : Boot with image {dev.version}"])


def show_dhcp_snooping(ctx: Ctx) -> str:
    """``show dhcpv4-snooping [binding]``."""
    dev = ctx.device
    if "binding" in ctx.words:
        lines = ["", "MacAddress         IP              VLAN Interface Time-Left",
                 "------------------ --------------- ---- --------- ---------"]
        lines += [f"{colon(e.mac):<19}{e.ip:<16}{e.vlan:<5}{e.port:<10}86400"
                  for e in dev.endpoints]
        return "\n".join(lines)
    vlans = ",".join(str(v) for v in sorted(dev.vlans) if v in (10, 20, 30)) or "none"
    trusted = [i.name for i in dev.physical() if i.mode == "trunk"]
    return "\n".join(["", "DHCPv4-Snooping Information", "",
                      "DHCPv4-Snooping                : Yes",
                      f"Enabled VLANs                  : {vlans}",
                      "Verify MAC Address             : Yes", "Allow Overwrite Binding        : No",
                      "", "Option 82 Configurations", "", "Untrusted Port Policy          : drop",
                      "Insertion                      : No", "", "Port Information", "",
                      "Port      Trust  Max Bindings Static Bindings Dynamic Bindings",
                      "--------- ------ ------------ --------------- ----------------"]
                     + [f"{n:<10}Yes    0            0               0" for n in trusted])


def show_bgp_routes(ctx: Ctx) -> str:
    """``show bgp ipv4 unicast`` (and a neighbour's routes or advertised routes)."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% No BGP instance configured"
    want = ctx.args.get("ip")
    lines = ["Status codes: s suppressed, d damped, h history, * valid, > best, = multipath,",
             "              i internal, e external S Stale, R Removed, a additional-paths",
             "Origin codes: i - IGP, e - EGP, ? - incomplete", "",
             "VRF : default", f"Local Router-ID {bgp.router_id}", "",
             "    Network              Nexthop         Metric     LocPrf     Weight Path",
             "-" * 87]
    if "advertised-routes" not in ctx.words:
        for r in routes(dev, "", "bgp"):
            if want and r.next_hop != want:
                continue
            nb = next((n for n in bgp.neighbors if n.ip == r.next_hop), None)
            lines.append(f"*>e {r.prefix:<21}{r.next_hop:<16}{0:<11}{100:<11}{0:<7}"
                         f"{nb.remote_as if nb else ''} i")
    if not want or "advertised-routes" in ctx.words:
        lines += [f"*>  {net:<21}{'0.0.0.0':<16}{0:<11}{100:<11}{0:<7}i" for net in bgp.networks]
    return "\n".join(lines)


def show_bgp_neighbors(ctx: Ctx) -> str:
    """``show bgp ipv4 unicast neighbors [X]``."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% No BGP instance configured"
    if "routes" in ctx.words or "advertised-routes" in ctx.words:
        return show_bgp_routes(ctx)
    want = ctx.args.get("ip")
    out = ["VRF : default", ""]
    for n in bgp.neighbors:
        if want and n.ip != want:
            continue
        out += [f"  BGP Neighbor {n.ip} (External)",
                f"  Description : {n.description}",
                "  Peer-group : ", f"  Remote Router Id : {n.ip}  Local Router Id : "
                f"{bgp.router_id}", f"  Remote AS : {n.remote_as}  Local AS : {bgp.asn}",
                f"  State : {'Established' if n.up else 'Idle'}  Admin Status : Up",
                f"  Up/Down Time : {hms(ctx.now - n.since)}",
                f"  Prefixes received : {n.pfx_rcvd if n.up else 0}  Prefixes sent : "
                f"{n.pfx_sent if n.up else 0}", ""]
    if len(out) == 2:
        return f"% No such neighbor {want}"
    return "\n".join(out)


def show_route_summary(ctx: Ctx) -> str:
    """``show ip route summary``."""
    rs = [r for r in routes(ctx.device, ctx.args.get("vrf", "")) if r.protocol != "local"]
    lines = ["", "VRF: " + (ctx.args.get("vrf") or "default"), "",
             "Origin        Routes", "------------- ------"]
    for proto in ("connected", "static", "ospf", "bgp"):
        lines.append(f"{proto:<14}{sum(1 for r in rs if r.protocol == proto)}")
    lines += ["", f"Total Route Count : {len(rs)}"]
    return "\n".join(lines)


def show_ospf_interface_brief(ctx: Ctx) -> str:
    """``show ip ospf interface brief``."""
    dev = ctx.device
    if dev.ospf is None:
        return "No OSPF routing instance configured"
    lines = ["", "OSPF Process ID 1 VRF default", "==============================", "",
             "Total Number of Interfaces: " + str(len(dev.ospf.interfaces)), "",
             "Interface      Area         IP Address         Cost  State     Status",
             "-------------- ------------ ------------------ ----- --------- ------"]
    for name in dev.ospf.interfaces:
        i = dev.interfaces[name]
        state = "Loopback" if i.kind == "loopback" else "P2P" if i.kind == "ethernet" else "DR"
        lines.append(f"{name:<15}0.0.0.0      {i.ipv4:<19}{1 if i.kind == 'loopback' else 10:<6}"
                     f"{state:<10}{'up' if i.up else 'down'}")
    return "\n".join(lines)


def show_ospf_lsdb(ctx: Ctx) -> str:
    """``show ip ospf lsdb``."""
    dev = ctx.device
    if dev.ospf is None:
        return "No OSPF routing instance configured"
    routers = {dev.name: dev}
    for n in dev.ospf.neighbors:
        other = ctx.world.devices.get(n.device)
        if other is not None and other.ospf is not None:
            routers[other.name] = other
    lines = ["", f"OSPF Router with ID ({dev.ospf.router_id}) (Process ID 1 VRF default)",
             "=" * 70, "", "Router Link State Advertisements (Area 0.0.0.0)", "-" * 47, "",
             "LSID            ADV Router      Age   Seq#        Checksum  Link Count",
             "--------------- --------------- ----- ----------- --------- ----------"]
    for k, other in enumerate(sorted(routers.values(), key=lambda d: d.loopback_ip)):
        assert other.ospf is not None
        links = len(other.ospf.interfaces) + len(other.ospf.neighbors)
        lines.append(f"{other.loopback_ip:<16}{other.loopback_ip:<16}"
                     f"{int(ctx.now - other.boot_time) % 1800:<6}0x8000{k + 10:04x}  "
                     f"0x{(k * 7919) % 65536:04x}    {links}")
    return "\n".join(lines)


def show_ospf_neighbors_detail(ctx: Ctx) -> str:
    """``show ip ospf neighbors detail``."""
    dev = ctx.device
    if dev.ospf is None:
        return "No OSPF routing instance configured"
    out = ["VRF : default                          Process : 1", "=" * 52, ""]
    for n in dev.ospf.neighbors:
        if n.up:
            out += [f"Neighbor {n.router_id}, interface address {n.ip}",
                    "--------------------------------------------------",
                    f"  Router Priority    : {n.priority}", "  State              : FULL",
                    f"  Neighbor Uptime    : {hms(ctx.now - n.since)}",
                    f"  Interface          : {n.interface}", "  Area               : 0.0.0.0",
                    "  Dead timer due in  : 00:00:35", ""]
    return "\n".join(out)


def show_ipv6_interface_brief(ctx: Ctx) -> str:
    """``show ipv6 interface brief``: the lab routes no IPv6."""
    lines = ["", "Interface       IPv6 Address/Prefix Length     Status   VRF",
             "--------------- ------------------------------ -------- -------"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.ipv4 and not i.vrf:
            d = colon(i.mac).split(":")
            ll = f"fe80::{int(d[0], 16) ^ 2:x}{d[1]}:{d[2]}ff:fe{d[3]}:{d[4]}{d[5]}/64"
            lines.append(f"{i.name:<16}{ll:<31}{'up' if i.up else 'down':<9}default")
    return "\n".join(lines)


def show_ipv6_route(ctx: Ctx) -> str:
    """``show ipv6 route``: an empty IPv6 table."""
    return "\n".join(["", "Displaying ipv6 routes selected for forwarding", "",
                      "VRF: default", "", "Total Route Count : 0"])


def show_ipv6_neighbors(ctx: Ctx) -> str:
    """``show ipv6 neighbors``: no IPv6 neighbours."""
    return "\n".join(["", "IPv6 Address       MAC               Port     Physical Port  State"
                      "     VRF", "-" * 85, "",
                      "Total Number Of IPv6 Neighbors Entries Listed: 0.", "-" * 85])


def show_vsf(ctx: Ctx) -> str:
    """``show vsf``: a stand-alone switch (VSF is not configured)."""
    dev = ctx.device
    return "\n".join([f"MAC Address     : {colon(dev.base_mac)}",
                      "Secondary       :", "Topology        : Standalone",
                      "Status          : No Split", "Split Detection Method : None",
                      "Software Version : " + dev.version, "",
                      "Mbr  MAC Address         Type           Status", "ID",
                      "---  -------------------  -------------  ---------------",
                      f" 1   {colon(dev.base_mac):<20} {dev.model:<14} Master"])
