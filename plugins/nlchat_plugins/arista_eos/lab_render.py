"""Arista EOS lab renderers."""

from __future__ import annotations

from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.health import consistency
from nornir_nlchat.lab.render import (
    by_port_order,
    egress,
    hms,
    lookup_route,
    mac_style,
    ping_reply,
    routes,
    short_age,
    split_duration,
    stable,
    wall,
)
from nornir_nlchat.lab.state import Device, Interface

VRF = {"mgmt": "MGMT"}


def short(name: str) -> str:
    for long, abbr in (("Ethernet", "Et"), ("Port-Channel", "Po"), ("Management", "Ma"),
                       ("Loopback", "Lo"), ("Vlan", "Vl")):
        if name.startswith(long):
            return abbr + name[len(long):]
    return name


def vrf_arg(ctx: Ctx) -> str:
    name = ctx.args.get("vrf", "")
    return next((k for k, v in VRF.items() if v.lower() == name.lower()), name)


def _uptime_words(seconds: float) -> str:
    y, w, d, h, m = split_duration(seconds)
    days = y * 365 + w * 7 + d
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    parts.append(f"{h} hour{'s' if h != 1 else ''}")
    return ", ".join(parts) + f" and {m} minute{'s' if m != 1 else ''}"


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    _used, free = dev.memory()
    return "\n".join([
        f"Arista {dev.model}", "Hardware version: 11.00", f"Serial number: {dev.serial}",
        f"Hardware MAC address: {dev.base_mac}", f"System MAC address: {dev.base_mac}", "",
        f"Software image version: {dev.version}", "Architecture: x86_64",
        f"Internal build version: {dev.version}-33669455.4301F",
        "Internal build ID: 7c8b2ee5-a7d9-4f8b-9c5b-2cd4a2b4c4a7",
        "Image format version: 3.0", "Image optimization: Strata-4GB", "",
        f"Uptime: {_uptime_words(dev.uptime(ctx.now))}",
        f"Total memory: {dev.memory_total} kB", f"Free memory: {free} kB",
    ])


def show_uptime(ctx: Ctx) -> str:
    dev = ctx.device
    t = wall(ctx)
    up = dev.uptime(ctx.now)
    days = int(up // 86400)
    load = dev.cpu(ctx.now)[1] / 30
    return (f" {t:%H:%M:%S} up {days} days, {int(up % 86400 // 3600)}:"
            f"{int(up % 3600 // 60):02d},  {len(dev.sessions)} user,  load average: "
            f"{load:.2f}, {load * 0.9:.2f}, {load * 0.8:.2f}")


PROCS = ("Sysdb", "Bgp-main", "Ebra", "StpTopology", "Stp", "Lldp", "Arp", "Rib", "ConfigAgent",
         "Fru", "Lag+LacpAgent", "Ira", "SuperServer", "Strata", "Launcher", "ProcMgr-worker")


def show_top(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    used, free = dev.memory()
    t = wall(ctx)
    up = dev.uptime(ctx.now)
    hog = "Strata" if dev.cpu_load or dev.cpu_spike else ""
    lines = [f"top - {t:%H:%M:%S} up {int(up // 86400)} days, {int(up % 86400 // 3600)}:"
             f"{int(up % 3600 // 60):02d},  1 user,  load average: {one_m / 25:.2f}, "
             f"{five_m / 25:.2f}, {five_m / 27:.2f}",
             "Tasks: 243 total,   1 running, 242 sleeping,   0 stopped,   0 zombie",
             f"%Cpu(s): {five_s * 0.7:4.1f} us, {five_s * 0.3:4.1f} sy,  0.0 ni, "
             f"{100 - five_s:4.1f} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st",
             f"KiB Mem:  {dev.memory_total} total, {used} used, {free} free,   171340 buffers",
             "KiB Swap:        0 total,        0 used,        0 free,  1156836 cached", "",
             "  PID USER      PR  NI  VIRT  RES  SHR S  %CPU %MEM    TIME+  COMMAND"]
    for k, name in enumerate(PROCS):
        cpu = five_s * (0.6 if name == hog else 0.03)
        lines.append(f"{1650 + k * 41:>5} root      20   0  576m 136m  59m S {cpu:5.1f} "
                     f"{1.0 + k % 5:4.1f} {k * 97 + 12:>5}:{k * 7 % 60:02d}.{k:02d} {name}")
    return "\n".join(lines)


def _state(i: Interface) -> tuple[str, str, str]:
    if not i.admin_up:
        return "administratively down", "down", "disabled"
    if i.err_disabled:
        return "down", "down", "errdisabled"
    return ("up", "up", "connected") if i.up else ("down", "down", "notconnect")


def interface_block(ctx: Ctx, i: Interface) -> str:
    status, proto, word = _state(i)
    c = i.counters(ctx.now, 0.0)
    hw = {"vlan": "Vlan", "loopback": "Loopback", "lag": "Port-Channel"}.get(i.kind, "Ethernet")
    lines = [f"{i.name} is {status}, line protocol is {proto} ({word})",
             f"  Hardware is {hw}, address is {i.mac} (bia {i.mac})"]
    if i.description:
        lines.append(f"  Description: {i.description}")
    if i.ipv4:
        lines += [f"  Internet address is {i.ipv4}", "  Broadcast address is 255.255.255.255"]
    lines.append(f"  IP MTU {i.mtu} bytes , BW {i.speed * 1000} kbit")
    if i.kind in ("ethernet", "mgmt"):
        lines.append(f"  Full-duplex, {i.speed // 1000}Gb/s, auto negotiation: off, "
                     "uni-link: disabled")
    if i.lag:
        lines.append(f"  Member of {i.lag}")
    if i.kind == "lag":
        members = [m for m in i.members if ctx.device.interfaces[m].up]
        lines.append(f"  Active members in this channel: {len(members)}")
        lines += [f"  ... {m} , Full-duplex, {ctx.device.interfaces[m].speed // 1000}Gb/s"
                  for m in members]
        lines.append("  Fallback mode is: off")
    rin, rout = (i.rate_in, i.rate_out) if i.up else (0, 0)
    lines += [f"  Up {_uptime_words(ctx.now - i.last_change + 86400 * 12)}",
              f"  {1 + i.flaps} link status changes since last clear",
              '  Last clearing of "show interface" counters never',
              f"  5 minutes input rate {rin / 1000:.1f} kbps ({rin / i.speed / 10000:.1f}% with "
              f"framing overhead), {rin // 5600} packets/sec",
              f"  5 minutes output rate {rout / 1000:.1f} kbps ({rout / i.speed / 10000:.1f}% "
              f"with framing overhead), {rout // 5600} packets/sec",
              f"     {c.in_pkts} packets input, {c.in_octets} bytes",
              f"     Received {c.in_bcast} broadcasts, {c.in_mcast} multicast",
              f"     {c.runts} runts, {c.giants} giants",
              f"     {c.in_errors} input errors, {c.crc} CRC, 0 alignment, 0 symbol, "
              f"{c.in_discards} input discards", "     0 PAUSE input",
              f"     {c.out_pkts} packets output, {c.out_octets} bytes",
              f"     Sent {c.out_bcast} broadcasts, {c.out_mcast} multicast",
              f"     {c.out_errors} output errors, {c.collisions} collisions",
              f"     0 late collision, 0 deferred, {c.out_discards} output discards",
              "     0 PAUSE output"]
    return "\n".join(lines)


def show_interfaces(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [dev.interfaces[want]] if want else by_port_order(dev.interfaces.values())
    return "\n".join(interface_block(ctx, i) for i in ifaces)


def show_status(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    lines = ["Port       Name                   Status       Vlan        Duplex  Speed Type"
             "            Flags Encapsulation"]
    for i in by_port_order(dev.interfaces.values()):
        if i.kind not in ("ethernet", "lag", "mgmt") or (want and i.name != want):
            continue
        if "errdisabled" in ctx.words and not i.err_disabled:
            continue
        word = _state(i)[2]
        vlan = "trunk" if i.mode == "trunk" else "routed" if i.mode == "routed" else str(
            i.access_vlan)
        if i.lag:
            vlan = f"in {short(i.lag)}"
        speed = f"{i.speed // 1000}G" if i.up else "auto"
        media = ("10GBASE-SR" if i.speed >= 10000 else "1000BASE-T") if i.kind == "ethernet" \
            else "N/A"
        lines.append(f"{short(i.name):<11}{i.description[:22]:<23}{word:<13}{vlan:<12}"
                     f"{'full' if i.up else 'auto':>6}{speed:>7} {media}")
    return "\n".join(lines)


def show_description(ctx: Ctx) -> str:
    lines = ["Interface                      Status         Protocol           Description"]
    for i in by_port_order(ctx.device.interfaces.values()):
        status, proto, _ = _state(i)
        status = "admin down" if not i.admin_up else status
        lines.append(f"{short(i.name):<31}{status:<15}{proto:<19}{i.description}")
    return "\n".join(lines)


def show_counters_errors(ctx: Ctx) -> str:
    want = ctx.args.get("interface")
    lines = ["Port            FCS      Align    Symbol    Rx       Runts    Giants   Tx"]
    for i in by_port_order(ctx.device.physical()):
        if want and i.name != want:
            continue
        c = i.counters(ctx.now, 0.0)
        lines.append(f"{short(i.name):<13}{c.crc:>6}{0:>11}{0:>10}{c.in_errors:>9}{c.runts:>9}"
                     f"{c.giants:>9}{c.out_errors:>8}")
    return "\n".join(lines)


def show_transceiver(ctx: Ctx) -> str:
    want = ctx.args.get("interface")
    lines = ["If device is externally calibrated, only calibrated values are printed.",
             "N/A: not applicable, Tx: transmit, Rx: receive.",
             "mA: milliamperes, dBm: decibels (milliwatts).",
             "                                 Bias      Optical   Optical",
             "            Temp       Voltage   Current   Tx Power  Rx Power",
             "Port        (Celsius)  (Volts)   (mA)      (dBm)     (dBm)     Last Update",
             "----------  ---------  --------  --------  --------  --------  "
             "-------------------"]
    for k, i in enumerate(ctx.device.physical()):
        if i.speed < 10000 or (want and i.name != want):
            continue
        rx = -2.31 - k * 0.1 if i.up else -30.0
        lines.append(f"{short(i.name):<12}{32.1:<11}{3.29:<10}{7.45:<10}{-2.05:<10}{rx:<10.2f}"
                     "0:00:03 ago")
    return "\n".join(lines)


def show_ip_interface_brief(ctx: Ctx) -> str:
    lines = ["                                                                     Address",
             "Interface         IP Address            Status       Protocol           MTU    "
             "Owner", "----------------- --------------------- ------------ -------------- "
             "---------- -------"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if not i.ipv4:
            continue
        status, proto, _ = _state(i)
        lines.append(f"{i.name:<18}{i.ipv4:<22}{status:<13}{proto:<15}{i.mtu:<11}")
    return "\n".join(lines)


def show_vlan(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("vlan")
    vlans = [v for v in sorted(dev.vlans.values(), key=lambda v: v.vid)
             if not want or v.vid == int(want)]
    if want and not vlans:
        return f"% VLAN {want} not found in current VLAN database"
    lines = ["VLAN  Name                             Status    Ports",
             "----- -------------------------------- --------- -------------------------------"]
    for v in vlans:
        ports = [short(i.name) for i in by_port_order(dev.interfaces.values())
                 if i.up and not i.lag and i.kind in ("ethernet", "lag", "vlan") and (
                     (i.mode == "trunk" and v.vid in [*i.trunk_vlans, 1]) or
                     (i.mode == "access" and i.access_vlan == v.vid) or
                     (i.kind == "vlan" and i.name == f"Vlan{v.vid}"))]
        ports = [p.replace("Vl", "Cpu") if p.startswith("Vl") else p for p in ports]
        chunks = [", ".join(ports[k:k + 4]) for k in range(0, len(ports), 4)] or [""]
        lines.append(f"{v.vid:<6}{v.name:<33}{'active':<10}{chunks[0]}")
        lines += [" " * 49 + c for c in chunks[1:]]
    return "\n".join(lines)


def show_mac(ctx: Ctx) -> str:
    dev = ctx.device
    entries = dev.mac_table
    if "vlan" in ctx.args:
        entries = [e for e in entries if e.vlan == int(ctx.args["vlan"])]
    if "mac" in ctx.args:
        entries = [e for e in entries if e.mac == ctx.args["mac"]]
    if "interface" in ctx.args:
        entries = [e for e in entries if e.port == ctx.args["interface"]]
    lines = ["          Mac Address Table", "------------------------------------------------"
             "------------------", "", "Vlan    Mac Address       Type        Ports      Moves"
             "   Last Move", "----    -----------       ----        -----      -----   "
             "---------"]
    for e in entries:
        lines.append(f"{e.vlan:>4}    {mac_style(e.mac, 'dotted')}    "
                     f"{'STATIC' if e.static else 'DYNAMIC':<12}{short(e.port):<11}1       "
                     f"{3 + e.vlan % 5} days, 2:{e.vlan % 60:02d}:11 ago")
    lines.append(f"Total Mac Addresses for this criterion: {len(entries)}")
    return "\n".join(lines)


_ROLE = {"root": "root", "designated": "designated", "alternate": "alternate"}
_STS = {"forwarding": "forwarding", "blocking": "discarding"}


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "% No spanning tree instance exists"
    if "root" in ctx.words:
        lines = ["Instance         Root ID              Priority Cost    Hello Fwd   Max   "
                 "Root Port", "                                               Time  Delay Age",
                 "---------------- -------------------- -------- -------- ----- ----- ----- "
                 "------------"]
        port = short(stp.root_port) if stp.root_port else "None"
        lines.append(f"MST0             {stp.root_priority}.{stp.root_mac:<15}"
                     f"{stp.root_priority:>8}{stp.root_cost:>9}{2:>6}{15:>6}{20:>6} {port}")
        return "\n".join(lines)
    if "blockedports" in ctx.words:
        blocked = [short(n) for n, p in stp.ports.items() if p.state == "blocking"]
        return "\n".join(["", "Name                 Blocked Interfaces List",
                          "-------------------- -------------------------------------",
                          f"MST0                 {', '.join(blocked)}" if blocked else "",
                          f"Number of blocked ports (segments) in the system : {len(blocked)}"])
    lines = ["MST0", "  Spanning tree enabled protocol mstp",
             f"  Root ID    Priority    {stp.root_priority}",
             f"             Address     {stp.root_mac}"]
    if stp.root_mac == dev.base_mac:
        lines.append("             This bridge is the root")
    else:
        lines += [f"             Cost        {stp.root_cost} (Ext) 0 (Int)",
                  f"             Port        1 ({stp.root_port})"]
    lines += ["             Hello Time  2.000 sec  Max Age 20 sec  Forward Delay 15 sec", "",
              f"  Bridge ID  Priority    {stp.priority}  (priority {stp.priority} sys-id-ext 0)",
              f"             Address     {dev.base_mac}",
              "             Hello Time  2.000 sec  Max Age 20 sec  Forward Delay 15 sec", "",
              "Interface        Role       State      Cost      Prio.Nbr Type",
              "---------------- ---------- ---------- --------- -------- --------------------"]
    for k, (name, sp) in enumerate(stp.ports.items(), 1):
        if "interface" in ctx.args and name != ctx.args["interface"]:
            continue
        lines.append(f"{short(name):<17}{_ROLE.get(sp.role, 'designated'):<11}"
                     f"{_STS.get(sp.state, 'forwarding'):<11}{sp.cost:<10}128.{k:<5}"
                     f"{'P2p Edge' if sp.edge else 'P2p'}")
    if "detail" in ctx.words or "summary" in ctx.words:
        lines += ["", f"  Number of topology changes {stp.topology_changes(ctx.now)} last change "
                  f"occurred {hms(ctx.now - stp.last_change(ctx.now))} ago",
                  f"          from {stp.tc_port}"]
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
    if "detail" in ctx.words:
        out = []
        for i, other, far in nbrs:
            out += [f"Interface {i.name} detected 1 LLDP neighbors:", "",
                    f"  Neighbor {other.base_mac}/{far.name}, age 12 seconds",
                    "  Discovered 12 days, 3:01:22 ago; Last changed 12 days, 3:01:22 ago",
                    "  - Chassis ID type: MAC address (4)",
                    f"    Chassis ID     : {other.base_mac}",
                    "  - Port ID type: Interface name (5)", f"    Port ID     : \"{far.name}\"",
                    "  - Time To Live: 120 seconds",
                    f"  - Port Description: \"{far.description or far.name}\"",
                    f"  - System Name: \"{other.name}\"",
                    f"  - System Description: \"{other.platform} {other.model} {other.version}\"",
                    "  - System Capabilities : Bridge, Router",
                    "    Enabled Capabilities: Bridge, Router",
                    "  - Management Address Subtype: IPv4 (1)",
                    f"    Management Address        : {other.mgmt_ip}", ""]
        return "\n".join(out)
    lines = ["Last table change time   : 12 days, 3:01:22 ago",
             f"Number of table inserts  : {len(nbrs)}", "Number of table deletes  : 0",
             "Number of table drops    : 0", "Number of table age-outs : 0", "",
             "Port          Neighbor Device ID       Neighbor Port ID    TTL",
             "------------- ------------------------ ------------------- ---"]
    for i, other, far in nbrs:
        lines.append(f"{short(i.name):<14}{other.name:<24} {far.name:<19} 120")
    return "\n".join(lines)


def show_port_channel(ctx: Ctx) -> str:
    dev = ctx.device
    lags = [i for i in dev.interfaces.values() if i.kind == "lag"]
    lines = ["", "                 Flags", "------------------------ ---------------------------- "
             "-------------------------", "  a - LACP Active          p - LACP Passive           "
             "* - static fallback", "  F - Fallback enabled     f - Fallback configured    "
             "^ - individual fallback", "  U - In Use               D - Down", "  + - In-Sync "
             "             - - Out-of-Sync        i - incompatible with agg",
             "  P - bundled in Po        s - suspended              G - Aggregable",
             "  I - Individual           S - ShortTimeout           w - wait for agg",
             "  E - Inactive. The number of configured port channels exceeds the config limit",
             "  M - Exceeds maximum weight", "",
             f"Number of channels in use: {len(lags)}",
             f"Number of aggregators: {len(lags)}", "",
             "   Port-Channel       Protocol    Ports",
             "------------------ -------------- ------------------"]
    for lag in lags:
        members = " ".join(f"{short(m)}(PG+)" for m in lag.members)
        lines.append(f"   {short(lag.name)}({'U' if lag.up else 'D'})            LACP(a)     "
                     f"{members}")
    return "\n".join(lines)


def show_mlag(ctx: Ctx) -> str:
    dev = ctx.device
    lag = next((i for i in dev.interfaces.values() if i.kind == "lag"), None)
    if lag is None:
        return "MLAG Configuration:              \ndomain-id                          :\n" \
               "local-interface                    :\npeer-address                       : " \
               "0.0.0.0\npeer-link                          :\n\nMLAG Status:\nstate        " \
               "                      :            Disabled"
    link = dev.interfaces[lag.members[0]].peer
    peer = ctx.world.devices.get(link.device) if link else None
    return "\n".join([
        "MLAG Configuration:", "domain-id                          :           MLAG-10",
        "local-interface                    :            Vlan4094",
        f"peer-address                       :         10.255.255.{2 if dev.index == 1 else 1}",
        f"peer-link                          :      {lag.name}", "", "MLAG Status:",
        "state                              :              Active",
        "negotiation status                 :           Connected",
        f"peer-link status                   :                  {'Up' if lag.up else 'Down'}",
        "local-int status                   :                  Up",
        f"system-id                          :   {dev.base_mac}",
        "dual-primary detection             :            Disabled",
        "", "MLAG Ports:", "Disabled                           :                   0",
        "Configured                         :                   0",
        "Inactive                           :                   0",
        "Active-partial                     :                   0",
        "Active-full                        :                   0",
        "" if peer is None else f"peer: {peer.name}",
    ])


_SANITY = {"STP Mode": ("stp", "mode"), "VLANs": ("bridging", "vlans"),
           "Interface-vlan admin up": ("interface-vlan", "admin-state"),
           "MTU": ("peer-link", "mtu"), "Allowed VLANs": ("peer-link", "allowed vlans")}


def show_mlag_config_sanity(ctx: Ctx) -> str:
    """``show mlag config-sanity``: the global settings on which the MLAG peers disagree."""
    params = consistency(ctx.world, ctx.device)
    if params is None:
        return "MLAG is disabled"
    bad = [p for p in params if not p.consistent]
    lines = []
    if not bad:
        lines.append("No global configuration inconsistencies found.")
    else:
        lines += ["Global configuration inconsistencies:",
                  "Feature          Attribute                Local value      Peer value",
                  "---------------- ------------------------ ---------------- ----------------"]
        for p in bad:
            feature, attribute = _SANITY[p.name]
            lines.append(f"{feature:<17}{attribute:<25}{p.local:<17}{p.peer or '-'}")
    return "\n".join([*lines, "", "No per interface configuration inconsistencies found."])


def show_ip_route(ctx: Ctx) -> str:
    dev = ctx.device
    if ctx.args.get("vrf", "").lower() == "all":
        tables = ["default"] + [VRF.get(v, v) for v in sorted(dev.vrfs)]
        return "\n\n".join(show_ip_route(Ctx(dev, ctx.world, {**ctx.args, "vrf": name},
                                               ctx.words, ctx.line, ctx.mode, ctx.user,
                                               ctx.now)) for name in tables)
    vrf = vrf_arg(ctx)
    if vrf == "default":
        vrf = ""
    proto = next((w for w in ("bgp", "ospf", "static", "connected") if w in ctx.words), None)
    rs = [r for r in routes(dev, vrf, proto) if r.protocol != "local"]
    if "ip" in ctx.args:
        hit = lookup_route(dev, ctx.args["ip"], vrf)
        rs = [hit] if hit and hit.protocol != "local" else []
    if "prefix" in ctx.args:
        rs = [r for r in rs if r.prefix == ctx.args["prefix"]]
    lines = [f"VRF: {VRF.get(vrf, vrf) or 'default'}",
             "Codes: C - connected, S - static, K - kernel, ",
             "       O - OSPF, IA - OSPF inter area, E1 - OSPF external type 1,",
             "       E2 - OSPF external type 2, N1 - OSPF NSSA external type 1,",
             "       N2 - OSPF NSSA external type2, B - Other BGP Routes,",
             "       B I - iBGP, B E - eBGP, R - RIP, I L1 - IS-IS level 1,",
             "       I L2 - IS-IS level 2, O3 - OSPFv3, A B - BGP Aggregate,",
             "       A O - OSPF Summary, NG - Nexthop Group Static Route,",
             "       V - VXLAN Control Service, M - Martian,",
             "       DH - DHCP client installed default route,",
             "       DP - Dynamic Policy Route, L - VRF Leaked,",
             "       G  - gRIBI, RC - Route Cache Route", ""]
    default = next((r for r in routes(dev, vrf) if r.prefix == "0.0.0.0/0"), None)
    if default is None:
        lines.append("Gateway of last resort is not set")
    else:
        out_if = default.interface or egress(dev, default.next_hop, vrf)
        code = {"static": "S", "bgp": "B E", "ospf": "O E2"}.get(default.protocol, "S")
        lines += ["Gateway of last resort:", f" {code:<8} 0.0.0.0/0 [{default.distance}/"
                  f"{default.metric}] via {default.next_hop}, {out_if}"]
    lines.append("")
    for r in rs:
        code = {"connected": "C", "static": "S", "ospf": "O", "bgp": "B E"}[r.protocol]
        if r.protocol == "ospf" and r.prefix == "0.0.0.0/0":
            code = "O E2"
        if r.protocol == "connected":
            lines.append(f" {code:<8} {r.prefix} is directly connected, {r.interface}")
        else:
            out_if = r.interface or egress(dev, r.next_hop, r.vrf)
            via = f" via {r.next_hop}" + (f", {out_if}" if out_if else "")
            lines.append(f" {code:<8} {r.prefix} [{r.distance}/{r.metric}]{via}")
    return "\n".join(lines)


def show_arp(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = vrf_arg(ctx)
    lines = ["Address         Age (sec)  Hardware Addr   Interface"]
    for e in dev.arp:
        if e.vrf != vrf or ("ip" in ctx.args and e.ip != ctx.args["ip"]):
            continue
        if "interface" in ctx.args and e.interface.lower() != ctx.args["interface"].lower():
            continue
        iface = dev.interfaces.get(e.interface)
        where = e.interface
        if iface is not None and iface.kind == "vlan":
            port = next((m.port for m in dev.mac_table if m.mac == e.mac), "")
            where = f"{e.interface}, {port}" if port else e.interface
        lines.append(f"{e.ip:<16}{hms(e.age_min * 60):<11}{e.mac:<16}{where}")
    return "\n".join(lines)


def show_bgp_summary(ctx: Ctx) -> str:
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP inactive"
    lines = ["BGP summary information for VRF default",
             f"Router identifier {bgp.router_id}, local AS number {bgp.asn}",
             "Neighbor Status Codes: m - Under maintenance",
             "  Description              Neighbor         V AS           MsgRcvd   MsgSent  "
             "InQ OutQ  Up/Down State   PfxRcd PfxAcc"]
    for n in bgp.neighbors:
        msgs = int((ctx.now - n.since) / 60) + 40
        state = "Estab" if n.up else "Idle"
        lines.append(f"  {n.description[:24]:<25}{n.ip:<17}4 {n.remote_as:<13}{msgs:>7}"
                     f"{msgs + 2:>10}{0:>5}{0:>5} {short_age(ctx.now - n.since):>8} {state:<8}"
                     f"{n.pfx_rcvd if n.up else 0:>6} {n.pfx_rcvd if n.up else 0:>6}")
    return "\n".join(lines)


def show_bgp_neighbors(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.bgp is None:
        return "% BGP inactive"
    want = ctx.args.get("ip")
    out = []
    for n in dev.bgp.neighbors:
        if want and n.ip != want:
            continue
        state = "Established" if n.up else "Idle"
        out += [f"BGP neighbor is {n.ip}, remote AS {n.remote_as}, external link",
                f" Description: {n.description}",
                f"  BGP version 4, remote router ID {n.ip}, VRF default",
                "  Last read 00:00:14, last write 00:00:03",
                "  Hold time is 180, keepalive interval is 60 seconds",
                f"  BGP state is {state}" + (f", up for {short_age(ctx.now - n.since)}"
                                             if n.up else ""),
                f"  Number of transitions to established: {2 if n.up else 1}",
                "  Last state was OpenConfirm",
                f"  Last event was {'RecvKeepAlive' if n.up else 'HoldTimerExpired'}",
                "  Prefix Statistics:", "                                   Sent      Rcvd",
                f"    IPv4 Unicast:                {n.pfx_sent:>6}{n.pfx_rcvd if n.up else 0:>10}",
                ""]
    return "\n".join(out) if out else f"% No such neighbor {want}"


def show_ospf_neighbor(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return ""
    lines = ["Neighbor ID     Instance VRF      Pri State                  Dead Time   Address"
             "         Interface"]
    for n in dev.ospf.neighbors:
        if not n.up:
            continue
        state = f"FULL/{n.role or 'DROTHER'}" if n.role else "FULL"
        lines.append(f"{n.router_id:<16}1        default  {n.priority:<4}{state:<23}00:00:3"
                     f"{len(n.ip) % 10}    {n.ip:<16}{n.interface}")
    return "\n".join(lines)


def show_vrrp(ctx: Ctx) -> str:
    lines = ["Interface    Id        Ver Pri Time State  VrIps"]
    for g in ctx.device.vrrp:
        state = "Master" if g["state"] == "active" else "Backup"
        lines.append(f"{short(g['interface']):<13}{g['group']:<10}2   {g['priority']:<4}"
                     f"{3609 - g['priority'] * 10:<5}{state:<7}{g['vip']}")
    return "\n".join(lines)


def show_vrf(ctx: Ctx) -> str:
    lines = ["Maximum number of VRFs allowed: 1024", "   VRF           RD            Protocols"
             "       State          Interfaces", "------------- ------------- --------------- "
             "-------------- ------------------",
             "   default       <not set>     ipv4,ipv6       v4:routing,    Ethernet49/1, ..."]
    for vrf, ifaces in ctx.device.vrfs.items():
        lines.append(f"   {VRF.get(vrf, vrf):<14}<not set>     ipv4,ipv6       v4:routing,    "
                     + ", ".join(ifaces))
    return "\n".join(lines)


def running_config(ctx: Ctx) -> str:
    dev = ctx.device
    t = wall(ctx)
    lines = ["! Command: show running-config",
             f"! device: {dev.name} (DCS-{dev.model}, EOS-{dev.version})",
             f"! Time: {t:%a %b %d %H:%M:%S %Y}", "!", "no aaa root", "!",
             "username lab privilege 15 role network-admin secret sha512 $6$lab$notreal",
             "!", "transceiver qsfp default-mode 4x10G", "!", f"hostname {dev.name}",
             "ip name-server vrf MGMT 10.1.99.53", f"dns domain {dev.domain}", "!",
             "spanning-tree mode mstp", f"spanning-tree mst 0 priority "
             f"{dev.stp.priority if dev.stp else 32768}", "!"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        if v.vid != 1:
            lines += [f"vlan {v.vid}", f"   name {v.name}", "!"]
    lines += ["vrf instance MGMT", "!"]
    for i in by_port_order(dev.interfaces.values()):
        lines += [*iface_config(dev, i), "!"]
    lines += ["ip routing", "no ip routing vrf MGMT", "!"]
    for r in dev.routes:
        if r.protocol == "static":
            vrf = f"vrf {VRF.get(r.vrf, r.vrf)} " if r.vrf else ""
            lines.append(f"ip route {vrf}{r.prefix} {r.next_hop}")
    lines.append("!")
    if dev.bgp:
        lines += [*bgp_config(dev), "!"]
    if dev.ospf:
        lines += ["router ospf 1", f"   router-id {dev.ospf.router_id}",
                  "   network 10.0.0.0/8 area 0.0.0.0", "   max-lsa 12000", "!"]
    lines += [f"ntp server vrf MGMT {p.address}" for p in dev.ntp]
    lines += ["!", "management api http-commands", "   no shutdown", "!", "end"]
    return "\n".join(lines)


def bgp_config(dev: Device) -> list[str]:
    assert dev.bgp is not None
    out = [f"router bgp {dev.bgp.asn}", f"   router-id {dev.bgp.router_id}"]
    for n in dev.bgp.neighbors:
        out += [f"   neighbor {n.ip} remote-as {n.remote_as}",
                f"   neighbor {n.ip} description {n.description}"]
    out += [f"   network {p}" for p in dev.bgp.networks]
    return out


def iface_config(dev: Device, i: Interface) -> list[str]:
    out = [f"interface {i.name}"]
    if i.description:
        out.append(f"   description {i.description}")
    if i.lag:
        out.append(f"   channel-group {i.lag.replace('Port-Channel', '')} mode active")
    elif i.mode == "trunk" and i.kind in ("ethernet", "lag"):
        out += ["   switchport trunk allowed vlan " + ",".join(map(str, i.trunk_vlans)),
                "   switchport mode trunk"]
    elif i.mode == "access" and i.kind == "ethernet":
        out.append(f"   switchport access vlan {i.access_vlan}")
    elif i.kind == "ethernet":
        out.append("   no switchport")
    if i.vrf:
        out.append(f"   vrf {VRF.get(i.vrf, i.vrf)}")
    if i.ipv4:
        out.append(f"   ip address {i.ipv4}")
    g = next((g for g in dev.vrrp if g["interface"] == i.name), None)
    if g:
        out += [f"   vrrp {g['group']} priority-level {g['priority']}",
                f"   vrrp {g['group']} ipv4 {g['vip']}"]
    if not i.admin_up:
        out.append("   shutdown")
    return out


def running_section(ctx: Ctx) -> str:
    dev = ctx.device
    if "interface" in ctx.args:
        return "\n".join(iface_config(dev, dev.interfaces[ctx.args["interface"]]))
    word = ctx.args.get("rest", "")
    from nornir_nlchat.lab.filters import Filter, apply_filters

    return apply_filters(running_config(ctx), [(Filter("section"), word)])


LOG = {
    "restart": ("SYS", 5, "SYSTEM_RESTARTED", "System restarted"),
    "link_up": ("LINEPROTO", 5, "UPDOWN", "Line protocol on Interface {interface}, changed "
                                          "state to up"),
    "link_down": ("LINEPROTO", 5, "UPDOWN", "Line protocol on Interface {interface}, changed "
                                            "state to down"),
    "ospf_up": ("OSPF", 5, "ADJACENCY_ESTABLISHED", "NGB {neighbor}, interface {interface} "
                                                    "adjacency established"),
    "ospf_down": ("OSPF", 5, "ADJACENCY_TEARDOWN", "NGB {neighbor}, interface {interface} "
                                                   "adjacency dropped: inactivity timer expired"),
    "bgp_up": ("BGP", 5, "ADJCHANGE", "peer {neighbor} (VRF default AS 65000) old state "
                                      "OpenConfirm event RecvKeepAlive new state Established"),
    "bgp_down": ("BGP", 3, "NOTIFICATION", "sent to neighbor {neighbor} (VRF default AS 65000) "
                                           "4/0 (Hold Timer Expired Error/Unspecified)"),
    "config": ("SYS", 5, "CONFIG_I", "Configured from console by {user} on vty3 ({from})"),
    "login": ("AAA", 6, "LOGIN", "Login succeeded for user {user} on vty3 ({from})"),
    "ntp_sync": ("NTP", 6, "SYNC", "Synchronized to NTP server {server}"),
    "mac_flap": ("EBRA", 4, "MAC_FLAP", "MAC address {mac} on VLAN {vlan} is flapping "
                                        "between {port_a} and {port_b}"),
    "stp_tc": ("SPANTREE", 6, "TOPO_CHANGE", "Topology change on interface {interface}"),
    "loop": ("SPANTREE", 3, "LOOP_DETECTED", "Loop detected on interface {interface}"),
    "err_disable": ("ETH", 4, "ERRDISABLE", "{reason} error detected on {interface}."),
    "crc": ("ETH", 4, "CRC_ERRORS", "Interface {interface} is receiving frames with CRC errors"),
    "cpu_high": ("SYS", 2, "CPU_HIGH", "CPU utilization is {percent}%"),
    "memory_low": ("SYS", 2, "MEM_LOW", "Free memory is low: {free} KB"),
}


def show_logging(ctx: Ctx) -> str:
    dev = ctx.device
    events = dev.log_events(ctx.now)
    if "n" in ctx.args:
        events = events[-int(ctx.args["n"]):]
    lines = ["Syslog logging: enabled", "    Buffer logging: level debugging",
             "    Console logging: level errors", "    Persistent logging: disabled",
             "    Monitor logging: level errors", "    Synchronous logging: disabled",
             "    Trap logging: level informational",
             "        Logging to '10.1.99.5' port 514 in VRF MGMT via udp",
             "    Sequence numbers: disabled", "    Syslog facility: local4",
             "    Hostname format: Hostname only", "    Repeat logging interval: disabled",
             "    Repeat messages: disabled", "    Root login logging: disabled", "",
             "Facility                   Severity            Effective Severity",
             "--------------------       -------------       ------------------", ""]
    for e in events:
        fac, sev, mnem, text = LOG.get(e.kind, ("SYS", 5, "LOG", e.kind))
        t = wall(ctx, e.at)
        try:
            msg = text.format(**e.params)
        except KeyError:
            msg = text
        agent = fac.capitalize() if fac != "SYS" else "Sysdb"
        lines.append(f"{t:%b %d %H:%M:%S} {dev.name} {agent}: %{fac}-{sev}-{mnem}: {msg}")
    return "\n".join(lines)


def show_clock(ctx: Ctx) -> str:
    t = wall(ctx)
    return f"{t:%a %b %d %Y %H:%M:%S}\nTimezone: UTC\nClock source: NTP server " \
           f"({ctx.device.ntp[0].address})"


def show_inventory(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["System information", "  Model                    Description",
             "  ------------------------ ----------------------------------------------",
             f"  {dev.model:<25}48x1GbE and 4x10GbE switch", "",
             "  HW Version  Serial Number  Mfg Date   Epoch",
             "  ----------- -------------- ---------- -----",
             f"  11.00       {dev.serial:<15}2022-03-01 01.00", "",
             "System has 2 power supply slots",
             "  Slot Model            Serial Number",
             "  ---- ---------------- ----------------"]
    for k, m in enumerate([m for m in dev.modules if "Power" in m.name], 1):
        lines.append(f"  {k:<5}{m.pid:<17}{m.serial}")
    lines += ["", f"System has {len(dev.env.fans)} fan modules",
              "  Module  Number of Fans  Model            Serial Number",
              "  ------- --------------- ---------------- ----------------"]
    lines += [f"  {k:<8}{1:<16}FAN-7000-F       N/A" for k in range(1, len(dev.env.fans) + 1)]
    lines += ["", f"System has {len(dev.physical()) + 1} ports", "  Type               Count",
              "  ------------------ ----", "  Management         1",
              f"  Switched           {len(dev.physical())}"]
    lines += ["", f"System has {len(dev.physical())} switched transceiver slots",
              "  Port Manufacturer     Model            Serial Number    Rev",
              "  ---- ---------------- ---------------- ---------------- ----"]
    for i in dev.physical():
        if i.speed >= 10000 and i.up:
            lines.append(f"  {i.name.replace('Ethernet', ''):<5}Arista Networks  SFP-10G-SR       "
                         f"XCW{stable(i.mac) % 10**7:07d}       0002")
    return "\n".join(lines)


def show_environment(ctx: Ctx) -> str:
    env = ctx.device.env
    word = ctx.words[-1]
    if word == "temperature":
        lines = ["System temperature status is: Ok", "",
                 "                                                                 Alert  "
                 "Critical",
                 "                                               Temp    Setpoint  Limit     "
                 "Limit",
                 "Sensor  Description                             (C)         (C)    (C)       "
                 "(C)",
                 "------- ----------------------------------- ------- ----------- ------ "
                 "---------"]
        for k, (sensor, temp) in enumerate(env.temps.items(), 1):
            alert, crit = (95, 105) if sensor == "CPU" else (65, 75)
            lines.append(f"{k:<8}{sensor + ' temp sensor':<36}{temp:>7.1f}{f'({alert - 10})':>8} "
                         f"{alert - 12:.1f}{alert:>7}{crit:>10}")
        return "\n".join(lines)
    if word in ("cooling", "fan"):
        lines = ["System cooling status is: Ok", "Ambient temperature: 25C",
                 "Airflow: port-side exhaust", "",
                 "Fan Status    Speed  Config Speed  Actual Speed  Uptime",
                 "--- --------- -----  ------------  ------------  -----------"]
        for k, (_fan, state) in enumerate(env.fans.items(), 1):
            lines.append(f"{k}/1 {'Ok' if state == 'ok' else 'Failed':<10}{'':5}{40:>11}%"
                         f"{38:>13}%  12 days, 3:01:22 ago")
        return "\n".join(lines)
    lines = ["Power                                Input    Output    Output",
             "Supply  Model            Capacity   Current  Current   Power  Status       Uptime",
             "------- ---------------- --------- -------- -------- -------- ------------ -----"]
    for k, (_psu, watts) in enumerate(env.psus.items(), 1):
        lines.append(f"{k:<8}PWR-500AC-F          500W    0.62A    {watts / 12:.2f}A  "
                     f"{watts:>5.1f}W {'Ok' if watts else 'Failed':<12} 12 days, 3:01:22")
    return "\n".join(lines)


def show_ntp_associations(ctx: Ctx) -> str:
    lines = ["     remote          refid      st t when  poll reach   delay   offset  jitter",
             "==============================================================================="]
    for p in ctx.device.ntp:
        mark = "*" if p.selected else "+"
        lines.append(f"{mark}{p.address:<16}{p.ref:<12}{p.stratum:>3} u   37   64  377"
                     f"{p.delay_ms:>9.3f}{p.offset_ms:>9.3f}{0.221:>8.3f}")
    return "\n".join(lines)


def show_ntp_status(ctx: Ctx) -> str:
    p = ctx.device.ntp[0]
    return (f"synchronised to NTP server ({p.address}) at stratum {p.stratum + 1}\n"
            "   time correct to within 12 ms\n   polling server every 64 s")


def show_users(ctx: Ctx) -> str:
    lines = ["   Line      User        Host(s)              Idle        Location"]
    for s in ctx.device.sessions:
        mark = "*" if s.user == ctx.user else " "
        lines.append(f"{mark}{s.line:>2} vty {s.line:<5}{s.user:<12}idle                 "
                     f"00:00:00    {s.peer}")
    return "\n".join(lines)


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    ok, rtt = ping_reply(ctx, target, vrf_arg(ctx))
    lines = [f"PING {target} ({target}) 72(100) bytes of data."]
    if ok:
        lines += [f"80 bytes from {target}: icmp_seq={k} ttl=63 time={rtt + k * 0.1:.2f} ms"
                  for k in range(1, 6)]
    lines += ["", f"--- {target} ping statistics ---",
              f"5 packets transmitted, {5 if ok else 0} received, {0 if ok else 100}% packet "
              f"loss, time 8ms"]
    if ok:
        lines.append(f"rtt min/avg/max/mdev = {rtt:.3f}/{rtt + 0.2:.3f}/{rtt + 0.4:.3f}/0.100 ms,"
                     " ipg/ewma 2.1/1.9 ms")
    return "\n".join(lines)


def traceroute(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    r = lookup_route(ctx.device, target, vrf_arg(ctx))
    hops = ([r.next_hop] if r and r.next_hop else []) + [target]
    lines = [f"traceroute to {target} ({target}), 30 hops max, 60 byte packets"]
    lines += [f" {k}  {h} ({h})  {k + 0.5:.3f} ms  {k + 0.4:.3f} ms  {k + 0.6:.3f} ms"
              for k, h in enumerate(hops, 1)]
    return "\n".join(lines)


def show_access_lists(ctx: Ctx) -> str:
    site = ctx.device.mgmt_ip.split(".")[1]
    acls = {"BLOCK-GUEST": [f"        10 deny ip 10.{site}.30.0/24 10.{site}.10.0/24 [match 412 "
                            "packets, 0:00:41 ago]", "        20 permit ip any any"],
            "MGMT-ACCESS": ["        10 permit ip 10.0.0.0/8 any",
                            "        20 deny ip any any log"]}
    want = ctx.args.get("word")
    out: list[str] = []
    for name, rules in acls.items():
        if not want or want == name:
            out += [f"IP Access List {name}", *rules, ""]
    return "\n".join(out).rstrip("\n")


def show_reload_cause(ctx: Ctx) -> str:
    """``show reload cause``."""
    boot = wall(ctx, ctx.device.boot_time)
    return "\n".join(["Reload Cause 1:", "-------------------",
                      "Reload requested by the user.", "",
                      "Reload Time:", "------------",
                      f"Reload occurred at {boot:%a %b %d %H:%M:%S %Y} UTC.", "",
                      "Recommended Action:", "-------------------",
                      "No action necessary.", "",
                      "Debugging Information:", "----------------------",
                      "None available."])


def show_module(ctx: Ctx) -> str:
    """``show module`` of a fixed-configuration switch."""
    dev = ctx.device
    mac = mac_style(dev.base_mac, "colon")
    return "\n".join([
        "Module  Ports Card Type                Model          Serial No.",
        "------- ----- ------------------------ -------------- -----------",
        f"1       {len(dev.physical()):<6}{dev.model + ' Switch':<25}{dev.model:<15}{dev.serial}",
        "", "Module  MAC addresses                         Hw    Sw",
        "------- ------------------------------------- ----- -------",
        f"1       {mac} - {mac[:-2]}ff 11.00 {dev.version}", "",
        "Module  Status  Uptime",
        "------- ------- -----------",
        f"1       Ok      {_uptime_words(dev.uptime(ctx.now))}",
    ])


def show_dir(ctx: Ctx) -> str:
    """``dir [flash:]``."""
    dev = ctx.device
    t = wall(ctx, dev.boot_time - 86400 * 3)
    image = dev.image.split("/")[-1]
    files = [("-rwx", 1016542236, image), ("-rwx", 29, "boot-config"),
             ("-rwx", 4812, "startup-config"), ("drwx", 4096, "persist"),
             ("drwx", 4096, "schedule")]
    lines = ["Directory of flash:/", ""]
    lines += [f"       {perm}{size:>15}           {t:%b %d %H:%M}  {name}"
              for perm, size, name in files]
    lines += ["", "3957878784 bytes total (2809905152 bytes free)"]
    return "\n".join(lines)


def show_boot_config(ctx: Ctx) -> str:
    """``show boot-config``."""
    return "\n".join([f"Software image: {ctx.device.image}", "Console speed: (not set)",
                      "Aboot password (encrypted): (not set)", "Memory test iterations: (not set)"])


def show_switchport(ctx: Ctx) -> str:
    """``show interfaces [X] switchport``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.interfaces.values()):
        if i.kind not in ("ethernet", "lag") or (want and i.name != want) or i.lag:
            continue
        vlan = dev.vlans.get(i.access_vlan)
        out += [f"Name: {short(i.name)}",
                f"Switchport: {'Disabled' if i.mode == 'routed' else 'Enabled'}"]
        if i.mode == "routed":
            out.append("")
            continue
        out += [f"Administrative Mode: {'trunk' if i.mode == 'trunk' else 'static access'}",
                f"Operational Mode: {'trunk' if i.mode == 'trunk' else 'static access'}",
                "MAC Address Learning: enabled",
                "Dot1q ethertype/TPID: 0x8100 (active)",
                "Dot1q VLAN Tag: Allowed",
                f"Access Mode VLAN: {i.access_vlan} ({vlan.name if vlan else 'inactive'})",
                f"Trunking Native Mode VLAN: {i.native_vlan} (default)",
                "Administrative Native VLAN tagging: disabled",
                "Trunking VLANs Enabled: " + (",".join(map(str, i.trunk_vlans))
                                              if i.mode == "trunk" else "ALL"),
                "Static Trunk Groups:", "Dynamic Trunk Groups:",
                "Source interface filtering: enabled", ""]
    return "\n".join(out)


def show_trunk(ctx: Ctx) -> str:
    """``show interfaces trunk``."""
    trunks = [i for i in by_port_order(ctx.device.interfaces.values())
              if i.mode == "trunk" and i.kind in ("ethernet", "lag") and not i.lag and i.up]
    lines = ["Port          Mode         Status          Native vlan"]
    lines += [f"{short(i.name):<14}trunk        trunking        {i.native_vlan}" for i in trunks]
    for title in ("Vlans allowed on trunk", "Vlans allowed and active in management domain",
                  "Vlans in spanning tree forwarding state"):
        lines += ["", f"Port          {title}"]
        lines += [f"{short(i.name):<14}{','.join(map(str, i.trunk_vlans))}" for i in trunks]
    return "\n".join(lines)


def show_counters(ctx: Ctx) -> str:
    """``show interfaces [X] counters``."""
    want = ctx.args.get("interface")
    rows = [(i, i.counters(ctx.now, 0.0)) for i in by_port_order(ctx.device.interfaces.values())
            if i.kind in ("ethernet", "lag", "mgmt") and (not want or i.name == want)]
    lines = ["Port                      InOctets    InUcastPkts    InMcastPkts    InBcastPkts"]
    lines += [f"{short(i.name):<16}{c.in_octets:>18}{c.in_pkts:>15}{c.in_mcast:>15}"
              f"{c.in_bcast:>15}" for i, c in rows]
    lines += ["", "Port                     OutOctets   OutUcastPkts   OutMcastPkts   "
                  "OutBcastPkts"]
    lines += [f"{short(i.name):<16}{c.out_octets:>18}{c.out_pkts:>15}{c.out_mcast:>15}"
              f"{c.out_bcast:>15}" for i, c in rows]
    return "\n".join(lines)


def show_ip_interface(ctx: Ctx) -> str:
    """``show ip interface X``."""
    i = ctx.device.interfaces[ctx.args["interface"]]
    status, proto, _ = _state(i)
    lines = [f"{i.name} is {status}, line protocol is {proto} (connected)"]
    if not i.ipv4:
        return lines[0] + "\n  No Internet protocol address assigned"
    vrf = f" (vrf {VRF.get(i.vrf, i.vrf)})" if i.vrf else ""
    return "\n".join([
        *lines, f"  Internet address is {i.ipv4}", "  Broadcast address is 255.255.255.255",
        "  IPv6 Interface Forwarding : None", "  Proxy-ARP is disabled",
        "  Local Proxy-ARP is disabled", "  Gratuitous ARP is ignored",
        f"  IP MTU {i.mtu} bytes{vrf}"])


def show_route_summary(ctx: Ctx) -> str:
    """``show ip route summary``."""
    rs = routes(ctx.device, vrf_arg(ctx))
    count = {p: sum(1 for r in rs if r.protocol == p) for p in ("connected", "static", "ospf",
                                                                  "bgp")}
    return "\n".join([
        f"VRF: {VRF.get(vrf_arg(ctx), vrf_arg(ctx)) or 'default'}",
        "   Route Source                                Number Of Routes",
        "------------------------------------- -------------------------",
        f"   connected                                              {count['connected']}",
        f"   static (persistent)                                    {count['static']}",
        "   static (non-persistent)                                0",
        f"   ospf                                                   {count['ospf']}",
        f"   bgp                                                    {count['bgp']}",
        "", f"   Total Routes                                           "
            f"{sum(count.values())}"])


def show_ospf_neighbor_detail(ctx: Ctx) -> str:
    """``show ip ospf neighbor detail``."""
    dev = ctx.device
    if dev.ospf is None:
        return ""
    out = []
    for n in dev.ospf.neighbors:
        if n.up:
            out += [f"Neighbor {n.router_id}, instance 1, VRF default, interface address {n.ip}",
                    f"  In area 0.0.0.0 interface {n.interface}",
                    f"  Neighbor priority is {n.priority}, BDR is None, DR is None",
                    "  State is FULL, 6 state changes",
                    f"  Adjacency was established {short_age(ctx.now - n.since)} ago",
                    "  Current state was established 00:00:00 ago",
                    "  Options is E", "  Dead timer is due in 00:00:33", ""]
    return "\n".join(out)


def show_ospf_interface_brief(ctx: Ctx) -> str:
    """``show ip ospf interface brief``."""
    dev = ctx.device
    if dev.ospf is None:
        return ""
    lines = ["   Interface    Instance VRF        Area            IP Address         Cost  "
             "State      Nbrs"]
    for name in dev.ospf.interfaces:
        i = dev.interfaces[name]
        nbrs = sum(1 for n in dev.ospf.neighbors if n.interface == name and n.up)
        state = "DR" if i.kind != "ethernet" else "P2P"
        lines.append(f"   {short(name):<13}1        default    0.0.0.0         {i.ipv4:<19}"
                     f"{10:<6}{state:<11}{nbrs}")
    return "\n".join(lines)


def show_ospf_database(ctx: Ctx) -> str:
    """``show ip ospf database``."""
    dev = ctx.device
    if dev.ospf is None:
        return ""
    routers = {dev.name: dev}
    for n in dev.ospf.neighbors:
        other = ctx.world.devices.get(n.device)
        if other is not None and other.ospf is not None:
            routers[other.name] = other
    lines = [f"            OSPF Router with ID({dev.ospf.router_id}) (Process ID 1) "
             "(VRF default)", "", "", "                 Router Link States (Area 0.0.0.0)", "",
             "Link ID         ADV Router      Age         Seq#       Checksum Link count"]
    for k, other in enumerate(sorted(routers.values(), key=lambda d: d.loopback_ip)):
        assert other.ospf is not None
        links = len(other.ospf.interfaces) + len(other.ospf.neighbors)
        lines.append(f"{other.loopback_ip:<16}{other.loopback_ip:<16}"
                     f"{hms(int(ctx.now - other.boot_time) % 1800):<12}0x8000{k + 10:04X} "
                     f"0x00{(k * 7919) % 65536:04X} {links}")
    return "\n".join(lines)


def show_bgp_table(ctx: Ctx) -> str:
    """``show ip bgp`` (and a neighbour's received or advertised routes)."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP inactive"
    want = ctx.args.get("ip")
    lines = ["BGP routing table information for VRF default",
             f"Router identifier {bgp.router_id}, local AS number {bgp.asn}",
             "Route status codes: s - suppressed, * - valid, > - active, # - not installed, "
             "E - ECMP head, e - ECMP",
             "                    S - Stale, c - Contributing to ECMP, b - backup",
             "Origin codes: i - IGP, e - EGP, ? - incomplete",
             "AS Path Attributes: Or-ID - Originator ID, C-LST - Cluster List, LL Nexthop - "
             "Link Local Nexthop", "",
             "       Network             Next Hop         Metric  LocPref Weight Path"]
    if "advertised-routes" not in ctx.words:
        for r in routes(dev, "", "bgp"):
            if want and r.next_hop != want:
                continue
            nb = next((n for n in bgp.neighbors if n.ip == r.next_hop), None)
            path = f"{nb.remote_as} i" if nb else "i"
            lines.append(f" * >   {r.prefix:<20}{r.next_hop:<17}{0:<8}{100:<8}{0:<7}{path}")
    if not want or "advertised-routes" in ctx.words:
        for net in bgp.networks:
            lines.append(f" * >   {net:<20}{'-':<17}{1:<8}{0:<8}{'-':<7}i")
    return "\n".join(lines)


def show_poe(ctx: Ctx) -> str:
    """``show poe [interface X]``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    ports = [i for i in by_port_order(dev.physical()) if i.mode == "access"
             and (not want or i.name == want)]
    if want and not ports:
        return f"% PoE is not supported on interface {short(want)}"
    lines = ["Port  Class   Power     Status             Used     Detected",
             "      (Cl)    Limit                       Power    Device",
             "----- ------- --------- ------------------ -------- ----------------"]
    for i in ports:
        on = i.poe and i.up
        lines.append(f"{short(i.name).replace('Et', ''):<6}{'4' if on else '-':<8}"
                     f"{'30.00W' if on else '-':<10}{'powered' if on else 'searching':<19}"
                     f"{i.poe_watts if on else 0.0:>5.2f}W   {'PD' if on else '-'}")
    return "\n".join(lines)


def show_license(ctx: Ctx) -> str:
    """``show license``."""
    return "\n".join(["Customer name: lab", "Serial number: " + ctx.device.serial,
                      "System MAC address: " + mac_style(ctx.device.base_mac, "colon"), "",
                      "Feature             Status      Expiration",
                      "------------------- ----------- ----------",
                      "Routing             Active      Never"])


def show_lacp_neighbor(ctx: Ctx) -> str:
    """``show lacp neighbor``."""
    dev = ctx.device
    out = ["State: A = Active, P = Passive; S=ShortTimeout, L=LongTimeout;",
           "       G = Aggregable, I = Individual; s+=InSync, s-=OutOfSync;",
           "       C = Collecting, X = state machine expired,",
           "       D = Distributing, d = default neighbor state",
           "                 |                        Partner",
           " Port    Status  | Sys-id                  Port#   State     OperKey  PortPri"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        out.append(f"{lag.name}:")
        for m in lag.members:
            i = dev.interfaces[m]
            other = ctx.world.devices[i.peer.device] if i.peer else None
            mac = mac_style(other.base_mac, "hyphen") if other else "00-00-00-00-00-00"
            out.append(f" {short(m):<8}Bundled | 8000,{mac}  {len(out):>5}   ALGs+CD   "
                       f"0x{len(out) + 1000:04x}    32768")
    return "\n".join(out)


def show_dhcp_snooping(ctx: Ctx) -> str:
    """``show ip dhcp snooping``."""
    dev = ctx.device
    vlans = ",".join(str(v) for v in sorted(dev.vlans) if v in (10, 20, 30)) or "none"
    return "\n".join(["DHCP Snooping is enabled", "DHCP Snooping is operational",
                      "DHCP Snooping is configured on following VLANs:", f"  {vlans}",
                      "DHCP Snooping is operational on following VLANs:", f"  {vlans}",
                      "Insertion of Option-82 is disabled"])


def show_ipv6_interface_brief(ctx: Ctx) -> str:
    """``show ipv6 interface brief``: the lab routes no IPv6."""
    lines = ["   Interface       Status        MTU       IPv6 Address                 Addr State"
             "    Addr Source", "--------------- ------------ ---------- -------------------"
             "--------- ------------ -----------"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.ipv4 and not i.vrf:
            d = mac_style(i.mac, "colon").split(":")
            ll = f"fe80::{int(d[0], 16) ^ 2:x}{d[1]}:{d[2]}ff:fe{d[3]}:{d[4]}{d[5]}/64"
            status = "up" if i.up else "down"
            lines.append(f"   {short(i.name):<16}{status:<14}{i.mtu:<10}{ll:<29}up            "
                         "link local")
    return "\n".join(lines)


def show_ipv6_route(ctx: Ctx) -> str:
    """``show ipv6 route``: an empty IPv6 table."""
    return "\n".join(["VRF: default", "Displaying 0 of 0 IPv6 routing table entries",
                      "Codes: C - connected, S - static, K - kernel, O3 - OSPFv3,",
                      "       B - Other BGP Routes, A B - BGP Aggregate, R - RIP,",
                      "       I L1 - IS-IS level 1, I L2 - IS-IS level 2, DH - DHCP,",
                      "       NG - Nexthop Group Static Route, M - Martian,",
                      "       DP - Dynamic Policy Route, L - VRF Leaked,",
                      "       RC - Route Cache Route", ""])


def show_ipv6_neighbors(ctx: Ctx) -> str:
    """``show ipv6 neighbors``: no IPv6 neighbours."""
    return "\n".join(["VRF: default", "IPv6 Address                       Age Hardware Addr  "
                      "  State Interface"])


def show_environment_all(ctx: Ctx) -> str:
    """``show environment all``: temperature, cooling and power."""
    parts = []
    for word in ("temperature", "cooling", "power"):
        sub = Ctx(ctx.device, ctx.world, {}, ("show", "environment", word), ctx.line,
                  ctx.mode, ctx.user, ctx.now)
        parts.append(show_environment(sub))
    return "\n\n".join(parts)
