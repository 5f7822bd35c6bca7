"""Juniper Junos lab renderers (MX/SRX routers and firewalls, EX switches)."""

from __future__ import annotations

from nornir_nlchat.lab.commands import Ctx, Handler
from nornir_nlchat.lab.health import alarms
from nornir_nlchat.lab.render import (
    by_port_order,
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


def _ago(seconds: float, with_seconds: bool = True) -> str:
    """A duration as Junos prints ages: ``22w0d 19:16:05``, ``3d 04:21:10``, ``00:12:09``
    (``22w0d 19:16`` in ``show system uptime`` and "Last flapped", without seconds)."""
    y, w, d, h, m = split_duration(seconds)
    weeks, days = divmod(y * 365 + w * 7 + d, 7)
    clock = f"{h:02d}:{m:02d}" + (f":{int(seconds) % 60:02d}" if with_seconds else "")
    if weeks:
        return f"{weeks}w{days}d {clock}"
    return (f"{days}d " if days else "") + clock


def _uptime_words(seconds: float) -> str:
    y, w, d, h, m = split_duration(seconds)
    days = y * 365 + w * 7 + d
    return f"{days} days, {h}:{m:02d}"


def _uptime_long(seconds: float) -> str:
    """Uptime as ``show chassis routing-engine`` words it: ``41 days, 2 hours, 48 minutes,
    13 seconds``."""
    y, w, d, h, m = split_duration(seconds)
    return (f"{y * 365 + w * 7 + d} days, {h} hours, {m} minutes, "
            f"{int(seconds) % 60} seconds")


def _celsius(degrees: int) -> str:
    return f"{degrees} degrees C / {round(degrees * 9 / 5 + 32)} degrees F"


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    return "\n".join([f"Hostname: {dev.name}", f"Model: {dev.model.lower()}",
                      f"Junos: {dev.version}", "JUNOS OS Kernel 64-bit  [20231012.f3c7b9a_"
                      "builder_stable_12]", "JUNOS OS libs [20231012.f3c7b9a_builder_stable_12]",
                      "JUNOS OS runtime [20231012.f3c7b9a_builder_stable_12]",
                      f"JUNOS Packet Forwarding Engine Support (MX/SRX) [{dev.version}]",
                      f"JUNOS Routing Software Suite [{dev.version}]"])


def show_uptime(ctx: Ctx) -> str:
    dev = ctx.device
    t = wall(ctx)
    boot = wall(ctx, dev.boot_time)
    up = dev.uptime(ctx.now)
    return "\n".join([f"Current time: {t:%Y-%m-%d %H:%M:%S} UTC",
                      "Time Source:  NTP CLOCK ",
                      f"System booted: {boot:%Y-%m-%d %H:%M:%S} UTC ({_ago(up, False)} ago)",
                      f"Protocols started: {boot:%Y-%m-%d %H:%M:%S} UTC "
                      f"({_ago(up - 60, False)} ago)",
                      f"Last configured: {wall(ctx, ctx.now - 86400 * 6):%Y-%m-%d %H:%M:%S} UTC "
                      f"(6d 00:00 ago) by netadmin",
                      f" {t:%I:%M%p}  up {_uptime_words(up)}, {len(dev.sessions)} users, load "
                      f"averages: {dev.cpu(ctx.now)[1] / 25:.2f}, {dev.cpu(ctx.now)[2] / 25:.2f}, "
                      f"{dev.cpu(ctx.now)[2] / 27:.2f}"])


def show_routing_engine(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    used, _ = dev.memory()
    util = int(used * 100 / dev.memory_total)
    return "\n".join([
        "Routing Engine status:",
        f"    Temperature                 {_celsius(dev.env.temps['CPU'] - 8)}",
        f"    CPU temperature             {_celsius(dev.env.temps['CPU'])}",
        "    DRAM                      "
        f"{dev.memory_total // 1024} MB (" + f"{dev.memory_total // 1024} MB installed)",
        f"    Memory utilization          {util} percent",
        "    5 sec CPU utilization:",
        f"      User                      {int(five_s * 0.7)} percent",
        "      Background                 0 percent",
        f"      Kernel                    {int(five_s * 0.3)} percent",
        "      Interrupt                  0 percent",
        f"      Idle                      {100 - int(five_s)} percent",
        "    1 min CPU utilization:",
        f"      User                      {int(one_m * 0.7)} percent",
        f"      Kernel                    {int(one_m * 0.3)} percent",
        f"      Idle                      {100 - int(one_m)} percent",
        "    5 min CPU utilization:",
        f"      User                      {int(five_m * 0.7)} percent",
        f"      Kernel                    {int(five_m * 0.3)} percent",
        f"      Idle                      {100 - int(five_m)} percent",
        "    Model                          RE-S-1800x4", f"    Serial ID                      "
        f"{dev.serial}RE", f"    Start time                     "
        f"{wall(ctx, dev.boot_time):%Y-%m-%d %H:%M:%S} UTC",
        f"    Uptime                         {_uptime_long(dev.uptime(ctx.now))}",
        "    Last reboot reason             Router rebooted after a normal shutdown.",
        "    Load averages:                 1 minute   5 minute  15 minute",
        f"                                       {one_m / 25:.2f}       {five_m / 25:.2f}"
        f"       {five_m / 27:.2f}"])


def show_chassis_hardware(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["Hardware inventory:", "Item             Version  Part number  Serial number     "
             "Description", f"Chassis                                {dev.serial:<18}"
             f"{dev.model.upper()}"]
    for m in dev.modules[1:]:
        lines.append(f"{m.name:<17}REV 04   {m.pid:<13}{m.serial:<18}{m.descr}")
    lines.append("FPC 0            REV 07   750-061262   CAGH1234          MPC7E 3D 40XGE")
    for i in dev.physical():
        if i.speed >= 10000 and i.up:
            lines.append(f"    Xcvr {i.name.split('/')[-1]:<8}REV 01   740-021308   "
                         f"AD{stable(i.mac) % 10**8:08d}        SFP+-10G-SR")
    return "\n".join(lines)


def show_chassis_environment(ctx: Ctx) -> str:
    env = ctx.device.env
    lines = ["Class Item                           Status     Measurement"]
    for k, (sensor, temp) in enumerate(env.temps.items()):
        lines.append(f"{'Temp  ' if k == 0 else '      '}{sensor + ' Temp Sensor':<31}OK         "
                     f"{temp} degrees C / {temp * 9 // 5 + 32} degrees F")
    for k, (fan, state) in enumerate(env.fans.items()):
        label = "Fans  " if k == 0 else "      "
        lines.append(f"{label}{fan:<31}{'OK' if state == 'ok' else 'Failed':<11}"
                     "Spinning at normal speed")
    for k, (_psu, watts) in enumerate(env.psus.items()):
        lines.append(f"{'Power ' if k == 0 else '      '}{'Power Supply ' + str(k):<31}"
                     f"{'OK' if watts else 'Failed'}")
    return "\n".join(lines)


def unit(i: Interface) -> str:
    return f"{i.name}.0"


def _status(i: Interface) -> tuple[str, str]:
    return ("up" if i.admin_up else "down"), ("up" if i.up else "down")


def show_terse(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    lines = ["Interface               Admin Link Proto    Local                 Remote"]
    for i in by_port_order(dev.interfaces.values()):
        if want and i.name != want:
            continue
        admin, link = _status(i)
        lines.append(f"{i.name:<24}{admin:<6}{link}")
        if i.ipv4 or i.mode != "routed":
            proto = "inet" if i.ipv4 else "eth-switch"
            lines.append(f"{unit(i):<24}{admin:<6}{link:<5}{proto:<9}{i.ipv4}")
    return "\n".join(lines)


def show_interface(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [dev.interfaces[want]] if want else by_port_order(dev.interfaces.values())
    out: list[str] = []
    detail = "detail" in ctx.words or "extensive" in ctx.words
    for i in ifaces:
        _admin, link = _status(i)
        c = i.counters(ctx.now, 0.0)
        enabled = "Enabled" if i.admin_up else "Administratively down"
        out += [f"Physical interface: {i.name}, {enabled}, Physical link is {link.capitalize()}",
                f"  Interface index: {148 + len(out) % 50}, SNMP ifIndex: {500 + len(out) % 97}"]
        if i.description:
            out.append(f"  Description: {i.description}")
        out += [f"  Link-level type: Ethernet, MTU: {i.mtu + 14}, LAN-PHY mode, Speed: "
                f"{i.speed // 1000}Gbps, BPDU Error: None, Loop Detect PDU Error: None, "
                "Loopback: Disabled, Source filtering: Disabled, Flow control: Enabled",
                "  Device flags   : Present Running", "  Interface flags: SNMP-Traps "
                "Internal: 0x4000", "  Link flags     : None",
                f"  Current address: {colon(i.mac)}, Hardware address: {colon(i.mac)}",
                f"  Last flapped   : {wall(ctx, i.last_change - 86400 * 9):%Y-%m-%d %H:%M:%S} "
                f"UTC ({_ago(ctx.now - i.last_change + 86400 * 9, False)} ago)",
                f"  Input rate     : {i.rate_in if i.up else 0} bps "
                f"({i.rate_in // 5600 if i.up else 0} pps)",
                f"  Output rate    : {i.rate_out if i.up else 0} bps "
                f"({i.rate_out // 5600 if i.up else 0} pps)"]
        if detail:
            out += ["  Traffic statistics:", f"   Input  bytes  :          {c.in_octets:>16}",
                    f"   Output bytes  :          {c.out_octets:>16}",
                    f"   Input  packets:          {c.in_pkts:>16}",
                    f"   Output packets:          {c.out_pkts:>16}",
                    "  Input errors:", f"    Errors: {c.in_errors}, Drops: {c.in_discards}, "
                    f"Framing errors: {c.crc}, Runts: {c.runts}, Policed discards: 0, L3 "
                    "incompletes: 0, L2 channel errors: 0, L2 mismatch timeouts: 0, FIFO "
                    "errors: 0, Resource errors: 0", "  Output errors:",
                    f"    Carrier transitions: {1 + i.flaps}, Errors: {c.out_errors}, Drops: "
                    f"{c.out_discards}, Collisions: {c.collisions}, Aged packets: 0, FIFO "
                    "errors: 0, HS link CRC errors: 0, MTU errors: 0, Resource errors: 0"]
            if "extensive" in ctx.words:
                out += ["  MAC statistics:                      Receive         Transmit",
                        f"    Total octets                 {c.in_octets:>16} {c.out_octets:>16}",
                        f"    Total packets                {c.in_pkts:>16} {c.out_pkts:>16}",
                        f"    CRC/Align errors             {c.crc:>16} {0:>16}",
                        f"    Oversized frames             {c.giants:>16}"]
        if i.ipv4:
            out += [f"  Logical interface {unit(i)} (Index 334) (SNMP ifIndex 520)",
                    "    Flags: Up SNMP-Traps 0x4004000 Encapsulation: ENET2",
                    "    Protocol inet, MTU: 1500", "      Addresses, Flags: Is-Preferred "
                    "Is-Primary", f"        Destination: {i.ipv4}, Local: {i.address}"]
        out.append("")
    return "\n".join(out)


def show_descriptions(ctx: Ctx) -> str:
    lines = ["Interface       Admin Link Description"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if i.description:
            admin, link = _status(i)
            lines.append(f"{i.name:<16}{admin:<6}{link:<5}{i.description}")
    return "\n".join(lines)


def show_optics(ctx: Ctx) -> str:
    i = ctx.device.interfaces[ctx.args["interface"]]
    rx = -2.45 if i.up else -40.0
    return "\n".join([f"Physical interface: {i.name}",
                      "    Laser bias current                        :  6.932 mA",
                      "    Laser output power                        :  0.5980 mW / -2.23 dBm",
                      "    Module temperature                        :  31 degrees C / 88 "
                      "degrees F", "    Module voltage                            :  3.2870 V",
                      f"    Receiver signal average optical power     :  0.5690 mW / {rx:.2f} dBm",
                      "    Laser bias current high alarm             :  Off",
                      "    Laser output power low alarm              :  Off",
                      f"    Laser rx power low alarm                  :  "
                      f"{'Off' if i.up else 'On'}"])


def show_ethernet_switching(ctx: Ctx) -> str:
    dev = ctx.device
    entries = dev.mac_table
    if "interface" in ctx.args:
        entries = [e for e in entries if e.port == ctx.args["interface"]]
    if "vlan" in ctx.args:
        entries = [e for e in entries if e.vlan == int(ctx.args["vlan"])]
    lines = ["", "MAC flags (S - static MAC, D - dynamic MAC, L - locally learned, P - Persistent"
             " static", "           SE - statistics enabled, NM - non configured MAC, R - remote "
             "PE MAC, O - ovsdb MAC)", "", "",
             f"Ethernet switching table : {len(entries)} entries, {len(entries)} learned",
             "Routing instance : default-switch",
             "   Vlan                MAC                 MAC         Age    Logical"
             "                NH        RTR",
             "   name                address             flags              interface"
             "              Index     ID"]
    names = {v.vid: v.name for v in dev.vlans.values()}
    for e in entries:
        lines.append(f"   {names.get(e.vlan, str(e.vlan)):<20}{colon(e.mac):<20}"
                     f"{'S' if e.static else 'D':<12}-      {e.port + '.0':<23}0         0")
    return "\n".join(lines)


def show_vlans(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", "Routing instance        VLAN name             Tag          Interfaces"]
    want = ctx.args.get("vlan")
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        if want and v.vid != int(want):
            continue
        ports = [f"{i.name}.0*" for i in by_port_order(dev.physical()) if i.up and (
            (i.mode == "trunk" and v.vid in i.trunk_vlans) or
            (i.mode == "access" and i.access_vlan == v.vid))]
        lines.append(f"default-switch          {v.name:<22}{v.vid:<13}{ports[0] if ports else ''}")
        lines += [" " * 59 + p for p in ports[1:]]
    return "\n".join(lines)


def show_lldp(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["Local Interface    Parent Interface    Chassis Id          Port info          "
             "System Name"]
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found:
            other, far = found
            lines.append(f"{i.name:<19}-                   {colon(other.base_mac):<20}"
                         f"{far.name[:18]:<19}{other.name}")
    return "\n".join(lines)


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "\nSTP bridge parameters not available\n"
    if "interface" in ctx.words:
        lines = ["", "Spanning tree interface parameters for instance 0", "",
                 "Interface    Port ID    Designated      Designated         Port    State  Role",
                 "                         port ID        bridge ID          Cost"]
        for name, sp in stp.ports.items():
            state = "FWD" if sp.state == "forwarding" else "BLK"
            role = {"root": "ROOT", "designated": "DESG", "alternate": "ALT"}.get(sp.role, "DESG")
            lines.append(f"{name:<13}128:{list(stp.ports).index(name) + 1:<6}128:1           "
                         f"{stp.priority}.{colon(dev.base_mac)}  {sp.cost:<8}{state:<7}{role}")
        return "\n".join(lines)
    return "\n".join([
        "STP bridge parameters ", "Routing instance name               : GLOBAL",
        "Context ID                          : 0", "Enabled protocol                    : RSTP",
        f"  Root ID                           : {stp.root_priority}.{colon(stp.root_mac)}",
        f"  Root cost                         : {stp.root_cost}",
        f"  Root port                         : {stp.root_port or 'none'}",
        "  Hello time                        : 2 seconds", "  Maximum age                       : "
        "20 seconds", "  Forward delay                     : 15 seconds",
        "  Message age                       : 1",
        f"  Number of topology changes        : {stp.topology_changes(ctx.now)}",
        f"  Time since last topology change   : {int(ctx.now - stp.last_change(ctx.now))} "
        "seconds", f"  Topology change initiator         : {stp.tc_port}",
        "  Local parameters ", f"    Bridge ID                       : "
        f"{stp.priority}.{colon(dev.base_mac)}", "    Extended system ID              : 0"])


VRF = {"mgmt": "mgmt_junos"}


def table_vrf(table: str) -> str | None:
    """The lab VRF of a Junos routing table (``inet.0`` → ""); ``None`` for an unknown one."""
    if table in ("", "inet.0"):
        return ""
    if not table.endswith(".inet.0"):
        return None
    name = table.removesuffix(".inet.0")
    return next((k for k, v in VRF.items() if v == name), name)


def show_route(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = table_vrf(ctx.args.get("table", ""))
    if vrf is None:
        return ""
    proto = ctx.args.get("word")
    rs = routes(dev, vrf, {"direct": "connected"}.get(proto or "", proto))
    if "prefix" in ctx.args:
        if "exact" in ctx.words:
            rs = [r for r in routes(dev, vrf) if r.prefix == ctx.args["prefix"]]
        else:
            import ipaddress

            want = ipaddress.IPv4Network(ctx.args["prefix"])
            rs = [r for r in routes(dev, vrf) if (ipaddress.IPv4Network(r.prefix).overlaps(want)
                  and ipaddress.IPv4Network(r.prefix).prefixlen <= want.prefixlen) or
                  ipaddress.IPv4Network(r.prefix).subnet_of(want)]
    if "ip" in ctx.args:
        hit = lookup_route(dev, ctx.args["ip"], vrf)
        rs = [hit] if hit else []
    active = len([r for r in dev.routes if r.vrf == vrf])
    table = f"{VRF.get(vrf, vrf)}.inet.0" if vrf else "inet.0"
    lines = ["", f"{table}: {active} destinations, {active} routes ({active} active, 0 holddown, "
             "0 hidden)", "+ = Active Route, - = Last Active, * = Both", ""]
    for r in rs:
        name = {"connected": "Direct", "local": "Local", "static": "Static", "ospf": "OSPF",
                "bgp": "BGP"}[r.protocol]
        pref = {"connected": 0, "local": 0, "static": 5, "ospf": 10, "bgp": 170}[r.protocol]
        metric = f", metric {r.metric}" if r.protocol in ("ospf", "bgp") else ""
        age = _ago(ctx.now - r.age) if r.age > -1e9 else "1w0d"
        lines.append(f"{r.prefix:<19}*[{name}/{pref}] {age}{metric}")
        if r.protocol in ("connected", "local"):
            lines.append(f"                    > via {unit(dev.interfaces[r.interface])}"
                         if r.protocol == "connected" else
                         f"                      Local via {unit(dev.interfaces[r.interface])}")
        elif r.protocol == "bgp":
            lines.append(f"                      AS path: {r.distance + 65000 - 20} I, "
                         "validation-state: unverified")
            lines.append(f"                    >  to {r.next_hop} via "
                         f"{_egress(dev, r.next_hop)}")
        else:
            lines.append(f"                    >  to {r.next_hop} via {_egress(dev, r.next_hop)}")
    return "\n".join(lines)


def _egress(dev: Device, hop: str) -> str:
    import ipaddress

    for i in dev.interfaces.values():
        if i.ipv4 and ipaddress.IPv4Address(hop) in ipaddress.IPv4Interface(i.ipv4).network:
            return unit(i)
    return "ge-0/0/0.0"


def show_route_summary(ctx: Ctx) -> str:
    dev = ctx.device
    rs = [r for r in dev.routes if not r.vrf]
    lines = [f"Autonomous system number: {dev.bgp.asn if dev.bgp else 'none'}",
             f"Router ID: {dev.loopback_ip}", "",
             f"inet.0: {len(rs)} destinations, {len(rs)} routes ({len(rs)} active, 0 holddown, "
             "0 hidden)"]
    for proto, name in (("connected", "Direct"), ("local", "Local"), ("ospf", "OSPF"),
                        ("static", "Static"), ("bgp", "BGP")):
        n = sum(1 for r in rs if r.protocol == proto)
        if n:
            lines.append(f"{name:>17}: {n:>7} routes, {n:>7} active")
    return "\n".join(lines)


def show_arp(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = table_vrf(ctx.args["vrf"] + ".inet.0") if "vrf" in ctx.args else None
    entries = [e for e in dev.arp if (vrf is None or e.vrf == vrf)
               and ctx.args.get("ip", e.ip) == e.ip]
    want = ctx.args.get("interface") or ctx.args.get("word")
    if want:  # a port or its logical unit: ge-0/0/1 or ge-0/0/1.0
        entries = [e for e in entries
                   if _junos_if(dev, e.interface).lower() in (want.lower(), f"{want.lower()}.0")]
    resolve = "no-resolve" not in ctx.words
    lines = ["MAC Address       Address         " + ("Name                      " if resolve
                                                     else "") + "Interface           Flags"]
    for e in entries:
        name = f"{e.ip:<26}" if resolve else ""
        lines.append(f"{colon(e.mac):<18}{e.ip:<16}{name}{_junos_if(dev, e.interface):<20}none")
    lines.append(f"Total entries: {len(entries)}")
    return "\n".join(lines)


def _junos_if(dev: Device, name: str) -> str:
    """The logical unit an address lives on (``ge-0/0/1.0``; IRB and loopback units as named)."""
    return name if "." in name else f"{name}.0"


def show_bgp_summary(ctx: Ctx) -> str:
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "\nBGP is not running\n"
    up = sum(1 for n in bgp.neighbors if n.up)
    rcvd = sum(n.pfx_rcvd for n in bgp.neighbors if n.up)
    lines = ["Threading mode: BGP I/O", "Default eBGP mode: advertise - accept, receive - accept",
             f"Groups: 2 Peers: {len(bgp.neighbors)} Down peers: {len(bgp.neighbors) - up}",
             "Table          Tot Paths  Act Paths Suppressed    History Damp State    Pending",
             f"inet.0                 {rcvd:>3}        {rcvd:>3}          0          0          0"
             "          0",
             "Peer                     AS      InPkt     OutPkt    OutQ   Flaps Last Up/Dwn "
             "State|#Active/Received/Accepted/Damped..."]
    for n in bgp.neighbors:
        msgs = int((ctx.now - n.since) / 30) + 40
        state = f"Establ\n  inet.0: {n.pfx_rcvd}/{n.pfx_rcvd}/{n.pfx_rcvd}/0" if n.up else \
            "Active"
        lines.append(f"{n.ip:<25}{n.remote_as:<10}{msgs:>6}{msgs + 3:>11}{0:>8}{0:>8} "
                     f"{_ago(ctx.now - n.since):>11} {state}")
    return "\n".join(lines)


def show_bgp_neighbor(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.bgp is None:
        return "\nBGP is not running\n"
    want = ctx.args.get("ip")
    out = []
    for n in dev.bgp.neighbors:
        if want and n.ip != want:
            continue
        out += [f"Peer: {n.ip}+179 AS {n.remote_as} Local: {_local(dev, n.ip)}+51234 AS "
                f"{dev.bgp.asn}", f"  Description: {n.description}", "  Group: WAN "
                "Routing-Instance: master", "  Forwarding routing-instance: master",
                f"  Type: External    State: {'Established' if n.up else 'Active'}    Flags: "
                "<Sync>", "  Last State: OpenConfirm   Last Event: RecvKeepAlive",
                "  Last Error: " + ("None" if n.up else "Hold Timer Expired Error"),
                "  Options: <Preference HoldTime PeerAS Refresh>", "  Holdtime: 90 Preference: 170",
                f"  Number of flaps: {0 if n.up else 1}", f"  Peer ID: {n.ip}    Local ID: "
                f"{dev.bgp.router_id}      Active Holdtime: 90", "  Keepalive Interval: 30    "
                "      Group index: 0    Peer index: 0", "  Table inet.0 Bit: 20000",
                "    RIB State: BGP restart is complete", "    Send state: in sync",
                f"    Active prefixes:              {n.pfx_rcvd if n.up else 0}",
                f"    Received prefixes:            {n.pfx_rcvd if n.up else 0}",
                f"    Accepted prefixes:            {n.pfx_rcvd if n.up else 0}",
                "    Suppressed due to damping:    0",
                f"    Advertised prefixes:          {n.pfx_sent}", ""]
    return "\n".join(out)


def _local(dev: Device, peer: str) -> str:
    import ipaddress

    for i in dev.interfaces.values():
        if i.ipv4 and ipaddress.IPv4Address(peer) in ipaddress.IPv4Interface(i.ipv4).network:
            return i.address
    return dev.loopback_ip


def show_ospf_neighbor(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return "\nOSPF instance is not running\n"
    lines = ["Address          Interface              State           ID               Pri  Dead"]
    for n in dev.ospf.neighbors:
        if n.up:
            lines.append(f"{n.ip:<17}{n.interface + '.0':<23}{'Full':<16}{n.router_id:<17}"
                         f"{128:>3}{33 + len(n.ip) % 7:>6}")
    return "\n".join(lines)


def show_ospf_interface(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return "\nOSPF instance is not running\n"
    lines = ["Interface           State   Area            DR ID           BDR ID          Nbrs"]
    for name in dev.ospf.interfaces:
        nbrs = sum(1 for n in dev.ospf.neighbors if n.interface == name and n.up)
        state = "DR" if dev.interfaces[name].kind == "loopback" else "PtToPt"
        lines.append(f"{name + '.0':<20}{state:<8}0.0.0.0         0.0.0.0         0.0.0.0     "
                     f"{nbrs:>7}")
    return "\n".join(lines)


def _iface_config(i: Interface) -> list[str]:
    """An interface's statements, in Junos order (``description``, ``disable``, units)."""
    body = [f'description "{i.description}";'] if i.description else []
    if not i.admin_up:
        body.append("disable;")
    if i.ipv4:
        body += ["unit 0 {", "    family inet {", f"        address {i.ipv4};", "    }", "}"]
    return body


def configuration(ctx: Ctx) -> str:
    dev = ctx.device
    section = ctx.args.get("rest", "")
    t = wall(ctx, ctx.now - 86400 * 6)
    iface_lines = ["interfaces {"]
    for i in by_port_order(dev.interfaces.values()):
        body = _iface_config(i)
        if body:
            iface_lines += [f"    {i.name} {{", *(f"        {x}" for x in body), "    }"]
    iface_lines.append("}")
    bgp_lines = []
    if dev.bgp:
        bgp_lines = ["    bgp {", "        group WAN {", "            type external;"]
        for n in dev.bgp.neighbors:
            bgp_lines += [f"            neighbor {n.ip} {{", f'                description '
                          f'"{n.description}";', f"                peer-as {n.remote_as};",
                          "            }"]
        bgp_lines += ["        }", "    }"]
    ospf_lines = ["    ospf {", "        area 0.0.0.0 {"] + [
        f"            interface {n}.0;" for n in (dev.ospf.interfaces if dev.ospf else [])] + [
        "        }", "    }"] if dev.ospf else []
    if section.startswith("protocols bgp"):
        return "\n".join(x[4:] for x in bgp_lines[1:-1]) or ""
    if section.startswith("protocols"):
        return "\n".join(bgp_lines + ospf_lines)
    if section.startswith("interfaces"):
        name = section.split()[1] if len(section.split()) > 1 else ""
        if name:
            one = dev.iface(name)
            return "\n".join(_iface_config(one)) if one is not None else ""
        return "\n".join(iface_lines[1:-1])
    lines = [f"## Last commit: {t:%Y-%m-%d %H:%M:%S} UTC by netadmin", f"version {dev.version};",
             "system {", f"    host-name {dev.name};", "    root-authentication {",
             '        encrypted-password "$6$lab$notarealhash"; ## SECRET-DATA', "    }",
             "    login {", "        user lab {", "            class super-user;", "        }",
             "    }", "    services {", "        ssh;", "        netconf {", "            ssh;",
             "        }", "    }", "    syslog {", "        file messages {",
             "            any notice;", "        }", "    }", "    ntp {"]
    lines += [f"        server {p.address};" for p in dev.ntp]
    lines += ["    }", "}", *iface_lines]
    if bgp_lines or ospf_lines:
        lines += ["protocols {", *bgp_lines, *ospf_lines, "}"]
    return "\n".join(lines)


LOG = {
    "restart": "/kernel: KERN_REBOOT: System rebooted",
    "link_up": "mib2d[2134]: SNMP_TRAP_LINK_UP: ifIndex 520, ifAdminStatus up(1), "
               "ifOperStatus up(1), ifName {interface}",
    "link_down": "mib2d[2134]: SNMP_TRAP_LINK_DOWN: ifIndex 520, ifAdminStatus up(1), "
                 "ifOperStatus down(2), ifName {interface}",
    "ospf_up": "rpd[2201]: RPD_OSPF_NBRUP: OSPF neighbor {neighbor} (realm ospf-v2 "
               "{interface}.0 area 0.0.0.0) state changed from Loading to Full due to "
               "LoadDone (event reason: OSPF loading completed)",
    "ospf_down": "rpd[2201]: RPD_OSPF_NBRDOWN: OSPF neighbor {neighbor} (realm ospf-v2 "
                 "{interface}.0 area 0.0.0.0) state changed from Full to Down due to "
                 "InActiveTimer (event reason: BFD session timed out and neighbor was declared "
                 "dead)",
    "bgp_up": "rpd[2201]: BGP_PEER_STATE_CHANGED: BGP peer {neighbor} changed state from "
              "OpenConfirm to Established (event RecvKeepAlive)",
    "bgp_down": "rpd[2201]: bgp_hold_timeout:4035: NOTIFICATION sent to {neighbor} (External "
                "AS 65001): code 4 (Hold Timer Expired Error), Reason: holdtime expired",
    "config": "mgd[4122]: UI_COMMIT: User '{user}' requested 'commit' operation",
    "login": "sshd[4120]: Accepted password for {user} from {from} port 51234 ssh2",
    "ntp_sync": "xntpd[2001]: NTP Server {server} is Reachable",
    "mac_flap": "l2ald[2300]: L2ALD_MAC_MOVE_NOTIFICATION: MAC {mac} of vlan {vlan} has moved "
                "from {port_a}.0 to {port_b}.0",
    "stp_tc": "eswd[2310]: ESWD_STP_TOPOLOGY_CHANGE: Topology change on interface {interface}",
    "loop": "eswd[2310]: ESWD_BPDU_BLOCK_ERROR_DISABLED: {interface}: bpdu-block disabled port",
    "err_disable": "eswd[2310]: ESWD_BPDU_BLOCK_ERROR_DISABLED: {interface}: {reason} "
                   "disabled port",
    "crc": "fpc0 PFE: {interface}: CRC errors detected",
    "cpu_high": "/kernel: RE CPU utilization {percent}% exceeded threshold",
    "memory_low": "/kernel: Memory usage of RE is critically high",
}


def show_log(ctx: Ctx) -> str:
    out = []
    for e in ctx.device.log_events(ctx.now):
        t = wall(ctx, e.at)
        try:
            msg = LOG.get(e.kind, e.kind).format(**e.params)
        except KeyError:
            msg = LOG.get(e.kind, e.kind)
        out.append(f"{t:%b} {t.day:>2} {t:%H:%M:%S}  {ctx.device.name} {msg}")
    return "\n".join(out)


def show_ntp(ctx: Ctx) -> str:
    lines = ["     remote           refid      st t when poll reach   delay   offset  jitter",
             "=" * 78]
    for p in ctx.device.ntp:
        lines.append(f"{'*' if p.selected else '+'}{p.address:<17}{p.ref:<12}{p.stratum:>2} u"
                     f"   37   64  377 {p.delay_ms:>7.3f} {p.offset_ms:>8.3f} {0.221:>7.3f}")
    return "\n".join(lines)


def show_users(ctx: Ctx) -> str:
    t = wall(ctx)
    dev = ctx.device
    up = dev.uptime(ctx.now)
    lines = [f" {t:%I:%M%p}  up {_uptime_words(up)}, {len(dev.sessions)} users, load averages: "
             "0.21, 0.18, 0.15", "USER     TTY      FROM                              LOGIN@  "
             "IDLE WHAT"]
    for s in dev.sessions:
        lines.append(f"{s.user:<9}pts/{s.line - 2:<5}{s.peer:<34}{t:%I:%M%p}       - -cli "
                     "(cli)")
    return "\n".join(lines)


def show_vrrp(ctx: Ctx) -> str:
    lines = ["Interface     State       Group   VR state VR Mode   Timer    Type   Address"]
    for g in ctx.device.vrrp:
        lines.append(f"{g['interface']:<14}up          {g['group']:<8}"
                     f"{'master' if g['state'] == 'active' else 'backup':<9}Active      A  "
                     f"0.720 vip    {g['vip']}")
    return "\n".join(lines)


def show_lacp(ctx: Ctx) -> str:
    dev = ctx.device
    out = []
    want = ctx.args.get("interface")
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        if want and want != lag.name and want not in lag.members:
            continue
        out += [f"Aggregated interface: {lag.name}", "    LACP state:       Role   Exp   Def  "
                "Dist  Col  Syn  Aggr  Timeout  Activity"]
        for m in lag.members:
            out += [f"      {m:<12}Actor    No    No   Yes  Yes  Yes   Yes     Fast    Active",
                    f"      {m:<12}Partner  No    No   Yes  Yes  Yes   Yes     Fast    Active"]
        out += ["    LACP protocol:        Receive State  Transmit State          Mux State "]
        out += [f"      {m:<21}Current   Fast periodic Collecting distributing"
                for m in lag.members]
    return "\n".join(out)


def show_storage(ctx: Ctx) -> str:
    return "\n".join(["Filesystem              Size       Used      Avail  Capacity  Mounted on",
                      "/dev/gpt/junos           20G       4.1G        14G       22%  /.mount",
                      "tmpfs                   3.2G        84K       3.2G        0%  /.mount/tmp",
                      "/dev/gpt/var             12G       1.9G       9.1G       17%  "
                      "/.mount/var"])


_CHASSIS_ALARM = {"fan": "{} Failure", "psu": "{} Failure", "link": "{}: Link down"}


def show_chassis_alarms(ctx: Ctx) -> str:
    """``show chassis alarms``: failed fans/PSUs and enabled cabled ports that are down."""
    found = [(a.since, a.severity.capitalize() if a.severity != "critical" else "Major",
              _CHASSIS_ALARM[a.kind].format(a.source)) for a in alarms(ctx.device)]
    if not found:
        return "No alarms currently active"
    lines = [f"{len(found)} alarms currently active", "Alarm time               Class  Description"]
    lines += [f"{wall(ctx, at):%Y-%m-%d %H:%M:%S} UTC  {cls:<6} {text}"
              for at, cls, text in found]
    return "\n".join(lines)


def show_chassis_fpc(ctx: Ctx) -> str:
    """``show chassis fpc``: one FPC (slot 0) online, with the RE's temperature and load."""
    dev = ctx.device
    now_pct, one_m, five_m = dev.cpu(ctx.now)
    used, _ = dev.memory()
    temp = next(iter(dev.env.temps.values()), 40)
    return "\n".join([
        "                     Temp  CPU Utilization (%)   CPU Utilization (%)  Memory    "
        "Utilization (%)",
        "Slot State            (C)  Total  Interrupt      1min   5min   15min  DRAM (MB) "
        "Heap     Buffer",
        f"  0  Online           {temp:>3}{int(now_pct):>7}{0:>11}{int(one_m):>11}{int(five_m):>7}"
        f"{int(five_m):>8}{dev.memory_total // 1024:>11}{used * 100 // dev.memory_total:>9}"
        f"{0:>11}",
        "  1  Empty"])


def show_alarms(ctx: Ctx) -> str:
    dev = ctx.device
    alarms = []
    if dev.memory_pressure:
        alarms.append("Major  RE memory usage exceeded threshold")
    if dev.cpu_load:
        alarms.append("Minor  RE CPU utilization exceeded threshold")
    if not alarms:
        return "No alarms currently active"
    t = wall(ctx)
    return f"{len(alarms)} alarms currently active\nAlarm time               Class  " \
           "Description\n" + "\n".join(f"{t:%Y-%m-%d %H:%M:%S} UTC  {a}" for a in alarms)


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    count = int(ctx.args.get("n", "5"))
    ok, rtt = ping_reply(ctx, target, table_vrf(ctx.args.get("vrf", "inet") + ".inet.0") or "")
    lines = [f"PING {target} ({target}): 56 data bytes"]
    if ok:
        lines += [f"64 bytes from {target}: icmp_seq={k} ttl=63 time={rtt + k * 0.1:.3f} ms"
                  for k in range(count)]
    lines += ["", f"--- {target} ping statistics ---",
              f"{count} packets transmitted, {count if ok else 0} packets received, "
              f"{0 if ok else 100}% packet loss"]
    if ok:
        lines.append(f"round-trip min/avg/max/stddev = {rtt:.3f}/{rtt + 0.2:.3f}/"
                     f"{rtt + 0.4:.3f}/0.101 ms")
    return "\n".join(lines)


def traceroute(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    vrf = table_vrf(ctx.args.get("vrf", "inet") + ".inet.0") or ""
    r = lookup_route(ctx.device, target, vrf)
    hops = ([r.next_hop] if r and r.next_hop else []) + [target]
    lines = [f"traceroute to {target} ({target}), 30 hops max, 52 byte packets"]
    lines += [f" {k}  {h} ({h})  {k + 0.5:.3f} ms  {k + 0.4:.3f} ms  {k + 0.6:.3f} ms"
              for k, h in enumerate(hops, 1)]
    return "\n".join(lines)


def show_clock(ctx: Ctx) -> str:
    return f"Current time: {wall(ctx):%Y-%m-%d %H:%M:%S} UTC"


def show_route_bgp(ctx: Ctx) -> str:
    """``show route advertising-protocol bgp X`` / ``receive-protocol bgp X``."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return ""
    peer = ctx.args["ip"]
    nb = next((n for n in bgp.neighbors if n.ip == peer), None)
    if nb is None:
        return ""
    active = len([r for r in dev.routes if not r.vrf])
    lines = ["", f"inet.0: {active} destinations, {active} routes ({active} active, 0 holddown, "
             "0 hidden)",
             "  Prefix                  Nexthop              MED     Lclpref    AS path"]
    if "advertising-protocol" in ctx.words:
        lines += [f"* {net:<24}Self                                    I" for net in bgp.networks]
    elif nb.up:
        lines += [f"* {r.prefix:<24}{peer:<37}{nb.remote_as} I" for r in routes(dev, "", "bgp")
                  if r.next_hop == peer]
    return "\n".join(lines)


def show_route_instance(ctx: Ctx) -> str:
    """``show route instance``."""
    dev = ctx.device
    lines = ["Instance             Type",
             "         Primary RIB                                     Active/holddown/hidden",
             "master               forwarding",
             f"         inet.0                                          "
             f"{len([r for r in dev.routes if not r.vrf])}/0/0", ""]
    for vrf in sorted(dev.vrfs):
        n = len([r for r in dev.routes if r.vrf == vrf])
        lines += [f"{VRF.get(vrf, vrf):<21}virtual-router",
                  f"         {VRF.get(vrf, vrf) + '.inet.0':<48}{n}/0/0", ""]
    return "\n".join(lines)


def show_statistics(ctx: Ctx) -> str:
    """``show interfaces [X] statistics``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.interfaces.values()):
        if (want and i.name != want) or (not want and i.kind not in ("ethernet", "lag", "mgmt")):
            continue
        _, link = _status(i)
        c = i.counters(ctx.now, 0.0)
        state = "Enabled" if i.admin_up else "Administratively down"
        out += [f"Physical interface: {i.name}, {state}, Physical link is {link.capitalize()}",
                f"  Link-level type: Ethernet, MTU: {i.mtu + 14}, Speed: {i.speed // 1000}Gbps",
                f"  Input rate     : {i.rate_in if i.up else 0} bps "
                f"({i.rate_in // 5600 if i.up else 0} pps)",
                f"  Output rate    : {i.rate_out if i.up else 0} bps "
                f"({i.rate_out // 5600 if i.up else 0} pps)",
                f"  Input errors: {c.in_errors}, Output errors: {c.out_errors}",
                f"  Input packets: {c.in_pkts}, Output packets: {c.out_pkts}", ""]
    return "\n".join(out)


def show_description_one(ctx: Ctx) -> str:
    """``show interfaces X descriptions``."""
    i = ctx.device.interfaces[ctx.args["interface"]]
    admin, link = _status(i)
    return "\n".join(["Interface       Admin Link Description",
                      f"{i.name:<16}{admin:<6}{link:<5}{i.description}"])


def show_switching_interface(ctx: Ctx) -> str:
    """``show ethernet-switching interface [X]``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    names = {v.vid: v.name for v in dev.vlans.values()}
    lines = ["Routing Instance Name : default-switch",
             "Logical Interface flags (DL - disable learning, AD - packet action drop,",
             "                         LH - MAC limit hit, DN - interface down,",
             "                         MMAS - Mac-move action shutdown, AS - Autostate-exclude "
             "enabled,",
             "                         SCTL - shutdown by Storm-control, MI - MAC+IP limit hit)",
             "", "Logical         Vlan          TAG     MAC     MAC+IP  STP         Logical      "
             " Tagging ",
             "interface       members               limit   limit   state        interface flags",
             ""]
    for i in by_port_order(dev.physical()):
        if (want and i.name != want) or i.mode == "routed":
            continue
        vids = i.trunk_vlans if i.mode == "trunk" else [i.access_vlan]
        stp = dev.stp.ports.get(i.name) if dev.stp else None
        state = {"forwarding": "Forwarding", "blocking": "Blocking"}.get(
            stp.state if stp else "", "Discarding")
        tagging = "tagged" if i.mode == "trunk" else "untagged"
        lines.append(f"{i.name + '.0':<16}{'':<22}{65535:<8}{0:<8}{'':<12} "
                     f"{'' if i.up else 'DN':<12}{tagging}")
        lines += [f"{'':<16}{names.get(vid, str(vid)):<14}{vid:<8}{65535:<8}{0:<8}{state:<13}"
                  f"{tagging}" for vid in vids]
    return "\n".join(lines)


def show_firewall(ctx: Ctx) -> str:
    """``show firewall [filter X]``."""
    dev = ctx.device
    want = ctx.args.get("word")
    filters = {"BLOCK-GUEST": [("deny-guest-to-users", 412), ("accept-rest", 918233)],
               "MGMT-ACCESS": [("accept-mgmt", 88121), ("discard-rest", 57)]}
    out: list[str] = []
    for name, terms in filters.items():
        if want and name != want:
            continue
        out += [f"Filter: {name}", "Counters:",
                "Name                                                Bytes              Packets"]
        out += [f"{term:<52}{pkts * 92 + len(dev.name):<19}{pkts}" for term, pkts in terms]
        out.append("")
    return "\n".join(out) if out else f"error: filter {want} not found"


def show_optics_all(ctx: Ctx) -> str:
    """``show interfaces diagnostics optics``."""
    out = []
    for i in by_port_order(ctx.device.physical()):
        if i.speed >= 10000:
            sub = Ctx(ctx.device, ctx.world, {"interface": i.name}, ctx.words, ctx.line,
                      ctx.mode, ctx.user, ctx.now)
            out.append(show_optics(sub))
    return "\n\n".join(out)


def _ospf_routers(ctx: Ctx) -> list[Device]:
    """This device and its OSPF neighbours (the routers in its area's database)."""
    dev = ctx.device
    found = {dev.name: dev}
    for n in dev.ospf.neighbors if dev.ospf else []:
        other = ctx.world.devices.get(n.device)
        if other is not None and other.ospf is not None:
            found[other.name] = other
    return sorted(found.values(), key=lambda d: d.loopback_ip)


def show_ospf_database(ctx: Ctx) -> str:
    """``show ospf database``."""
    dev = ctx.device
    if dev.ospf is None:
        return "\nOSPF instance is not running\n"
    lines = ["", "    OSPF database, Area 0.0.0.0",
             " Type       ID               Adv Rtr           Seq      Age  Opt  Cksum  Len "]
    for k, other in enumerate(_ospf_routers(ctx)):
        mark = "*" if other is dev else " "
        size = 48 + 12 * len(other.ospf.interfaces if other.ospf else [])
        lines.append(f"Router  {mark}{other.loopback_ip:<17}{other.loopback_ip:<17}"
                     f"0x8000{k + 10:04x}{int(ctx.now - other.boot_time) % 1800:>6}  0x22 "
                     f"0x{(k * 7919) % 65536:04x}{size:>5}")
    return "\n".join(lines)


def show_ospf_neighbor_detail(ctx: Ctx) -> str:
    """``show ospf neighbor detail``."""
    dev = ctx.device
    if dev.ospf is None:
        return "\nOSPF instance is not running\n"
    lines = ["Address          Interface              State           ID               Pri  Dead"]
    for n in dev.ospf.neighbors:
        if n.up:
            lines += [f"{n.ip:<17}{n.interface + '.0':<23}{'Full':<16}{n.router_id:<17}"
                      f"{128:>3}{33 + len(n.ip) % 7:>6}",
                      "  Area 0.0.0.0, opt 0x52, DR 0.0.0.0, BDR 0.0.0.0",
                      f"  Up {_ago(ctx.now - n.since)}, adjacent {_ago(ctx.now - n.since)}",
                      "  Topology default (ID 0) -> Bidirectional"]
    return "\n".join(lines)


def show_ntp_status(ctx: Ctx) -> str:
    """``show ntp status``."""
    p = ctx.device.ntp[0]
    t = wall(ctx)
    stamp = f"{t:%a, %b %d %Y %H:%M:%S}.000"
    return "\n".join([
        "status=0664 leap_none, sync_ntp, 6 events, event_peer/strat_chg,",
        'version="ntpd 4.2.8p15-a (1)", processor="amd64",',
        f'system="JUNOS{ctx.device.version}", leap=00, stratum={p.stratum + 1}, precision=-23,',
        f"rootdelay={p.delay_ms:.3f}, rootdisp=12.345, refid={p.address},",
        f"reftime=e9a1b2c3.5a1cac08  {stamp},",
        f"clock=e9a1b2d0.1c2a3b4c  {stamp}, state=4,",
        f"offset={p.offset_ms:.6f}, frequency=-12.345, sys_jitter=0.221,",
        "clk_jitter=0.102, clk_wander=0.004"])


def show_license(ctx: Ctx) -> str:
    """``show system license``."""
    return "\n".join([
        "License usage: ",
        "                                 Licenses     Licenses    Licenses    Expiry",
        "  Feature name                       used    installed      needed ",
        "  scale-subscriber                      0           10          0    permanent",
        f"  bgp                                   {1 if ctx.device.bgp else 0}            1      "
        "    0    permanent", "", "Licenses installed: none"])


def show_virtual_chassis(ctx: Ctx) -> str:
    """``show virtual-chassis``: a stand-alone member."""
    dev = ctx.device
    return "\n".join([
        "", f"Virtual Chassis ID: {stable(dev.name) % 16**12:012x}",
        "Virtual Chassis Mode: Disabled",
        "                                                 Mstr           Mixed Route Neighbor List",
        "Member ID  Status   Serial No    Model          prio  Role      Mode  Mode ID  Interface",
        f"0 (FPC 0)  Prsnt    {dev.serial:<13}{dev.model.lower():<15}128   Master*      N  F"])


def show_not_running(text: str) -> Handler:
    """A handler for a feature the device does not run (the words Junos prints then)."""
    return lambda ctx: text


def show_lldp_interface(ctx: Ctx) -> str:
    """``show lldp neighbors interface X``."""
    dev = ctx.device
    i = dev.interfaces[ctx.args["interface"]]
    found = ctx.world.peer(dev, i)
    if not found:
        return ""
    other, far = found
    return "\n".join([
        "LLDP Neighbor Information:", "Local Information:",
        "Index: 1 Time to live: 120 Age: 12 secs", f"Local Interface    : {i.name}",
        "Parent Interface   : -", f"Local Port ID      : {i.name}", "Ageout Count       : 0", "",
        "Neighbour Information:", "Chassis type       : Mac address",
        f"Chassis ID         : {colon(other.base_mac)}", "Port type          : Interface name",
        f"Port ID            : {far.name}", f"Port description   : {far.description or far.name}",
        f"System name        : {other.name}", "",
        f"System Description : {other.platform} {other.model} {other.version}", "",
        "Management Info", "Type              : IPv4", f"Address           : {other.mgmt_ip}"])
