"""Aruba AOS-S (HP ProCurve) lab renderers (2930F)."""

from __future__ import annotations

from nornir_nlchat.lab.commands import Ctx, Handler
from nornir_nlchat.lab.render import (
    by_port_order,
    lookup_route,
    mac_style,
    netmask,
    ping_reply,
    routes,
    split_duration,
    stable,
    wall,
)
from nornir_nlchat.lab.state import Interface


def mac(m: str) -> str:
    return mac_style(m, "halves")


def uptime(seconds: float) -> str:
    y, w, d, h, m = split_duration(seconds)
    return f"{y * 365 + w * 7 + d} days {h:02d}:{m:02d}:{int(seconds) % 60:02d}.00"


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    return "\n".join(["Image stamp:    /ws/swbuildm/rel_ukiah_qaoff/code/build/bom(swbuildm_"
                      "rel_ukiah_qaoff_rel_ukiah)", "                Oct 12 2023 10:35:12",
                      f"                {dev.version}", "                1176",
                      "Boot Image:     Primary", "", "Boot ROM Version:    WC.17.02.0006",
                      "Active Boot ROM:     Primary"])


def show_system(ctx: Ctx) -> str:
    dev = ctx.device
    _five_s, one_m, _ = dev.cpu(ctx.now)
    _used, free = dev.memory()
    return "\n".join([
        "", " Status and Counters - General System Information", "",
        f"  System Name        : {dev.name}",
        f"  System Contact     : netops@{dev.domain}",
        f"  System Location    : {dev.location.get('name', dev.site)}",
        "  MAC Age Time (sec) : 300", "", "  Time Zone          : 0",
        "  Daylight Time Rule : None", "",
        f"  Software revision  : {dev.version}        Base MAC Addr      : {mac(dev.base_mac)}",
        f"  ROM Version        : WC.17.02.0006       Serial Number      : {dev.serial}", "",
        f"  Up Time            : {int(dev.uptime(ctx.now) // 86400)} days         "
        f"Memory   - Total   : {dev.memory_total * 1024:,}",
        f"  CPU Util (%)       : {int(one_m):<20}            Free    : {free * 1024:,}", "",
        "  IP Mgmt  - Pkts Rx : 30,145,918              Packet   - Total   : 6750",
        "             Pkts Tx : 31,263,345              Buffers    Free    : 5137",
        "                                                        Lowest  : 4833",
        "                                                        Missed  : 0"])


def show_cpu(ctx: Ctx) -> str:
    five_s, one_m, five_m = ctx.device.cpu(ctx.now)
    return "\n".join(["", f"{int(one_m)} percent busy, from 300 sec ago",
                      f"1 sec ave: {int(five_s)} percent busy",
                      f"5 sec ave: {int(five_s)} percent busy",
                      f"1 min ave: {int(one_m)} percent busy",
                      f"5 min ave: {int(five_m)} percent busy", ""])


def _status(i: Interface) -> str:
    return "Up" if i.up else "Down"


def show_interfaces_brief(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", " Status and Counters - Port Status", "",
             "                      | Intrusion                           MDI  Flow  Bcast",
             "  Port         Type   | Alert     Enabled Status Mode       Mode Ctrl  Limit",
             "  ------------ ------ + --------- ------- ------ ---------- ---- ----- ------"]
    for i in by_port_order(dev.physical()):
        kind = "SFP+SR" if i.speed >= 10000 else "100/1000T"
        mode = "10GigFD" if i.speed >= 10000 else "1000FDx"
        lines.append(f"  {i.name:<12} {kind:<6} | No        {'Yes' if i.admin_up else 'No':<7} "
                     f"{_status(i):<6} {mode:<10} {'MDIX' if i.up else 'Auto':<4} off   0")
    return "\n".join(lines)


def show_interfaces(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    if not want:
        lines = ["", " Status and Counters - Port Counters", "",
                 "                                                                 Flow Bcast",
                 "  Port         Total Bytes    Total Frames   Errors Rx Drops Tx  Ctrl Limit",
                 "  ------------ -------------- -------------- --------- --------- ---- -----"]
        for i in by_port_order(dev.physical()):  # AOS-S left-aligns the figures
            c = i.counters(ctx.now, 0.0)
            lines.append(f"  {i.name:<12} {c.in_octets + c.out_octets:<14,} "
                         f"{c.in_pkts + c.out_pkts:<14,} {c.in_errors:<9,} {c.out_discards:<9,}"
                         " off  0")
        return "\n".join(lines)
    i = dev.interfaces[want]
    c = i.counters(ctx.now, 0.0)
    return "\n".join([
        "", f" Status and Counters - Port Counters for port {i.name}", "",
        f"  Name  : {i.description}", f"  MAC Address      : {mac(i.mac)}",
        f"  Link Status      : {_status(i)}",
        f"  Port Enabled     : {'Yes' if i.admin_up else 'No'}",
        "  Totals (Since boot or last clear) :",
        f"   Bytes Rx        : {c.in_octets:<21,}Bytes Tx        : {c.out_octets:,}",
        f"   Unicast Rx      : {c.in_pkts:<21,}Unicast Tx      : {c.out_pkts:,}",
        f"   Bcast/Mcast Rx  : {c.in_bcast + c.in_mcast:<21,}Bcast/Mcast Tx  : "
        f"{c.out_bcast + c.out_mcast:,}",
        "  Errors (Since boot or last clear) :",
        f"   FCS Rx          : {c.crc:<21,}Drops Tx        : {c.out_discards:,}",
        f"   Alignment Rx    : 0                    Collisions Tx   : {c.collisions}",
        f"   Runts Rx        : {c.runts:<21,}Late Colln Tx   : 0",
        f"   Giants Rx       : {c.giants:<21,}Excessive Colln : 0",
        f"   Total Rx Errors : {c.in_errors:<21,}Deferred Tx     : 0",
        "  Others (Since boot or last clear) :",
        f"   Discard Rx      : {c.in_discards:<21,}Out Queue Len   : 0",
        "   Unknown Protos  : 0", "  Rates (5 minute weighted average) :",
        f"   Total Rx  (bps) : {i.rate_in if i.up else 0:<21}Total Tx  (bps) : "
        f"{i.rate_out if i.up else 0}",
        f"   Unicast Rx (Pkts/sec) : {i.rate_in // 5600 if i.up else 0:<15}Unicast Tx "
        f"(Pkts/sec) : {i.rate_out // 5600 if i.up else 0}",
        "   B/Mcast Rx (Pkts/sec) : 0              B/Mcast Tx (Pkts/sec) : 0",
        "   Utilization Rx  :     0.01 %           Utilization Tx  :     0.01 %"])


def show_vlans(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("vlan")
    if want:
        v = dev.vlans.get(int(want))
        if v is None:
            return f"VLAN {want} is not configured."
        lines = ["", f" Status and Counters - VLAN Information - Ports - VLAN {v.vid}", "",
                 f"  VLAN ID : {v.vid}", f"  Name : {v.name}", "  Status : Port-based",
                 "  Voice : " + ("Yes" if v.vid == 20 else "No"), "  Jumbo : No", "",
                 "  Port Information Mode     Unknown VLAN Status    ",
                 "  ---------------- -------- ------------ ----------"]
        for i in by_port_order(dev.physical()):
            if (i.mode == "trunk" and v.vid in i.trunk_vlans) or (
                    i.mode == "access" and i.access_vlan == v.vid):
                mode = "Tagged" if i.mode == "trunk" else "Untagged"
                lines.append(f"  {i.name:<16} {mode:<8} Learn        {_status(i)}")
        return "\n".join(lines)
    lines = ["", " Status and Counters - VLAN Information", "",
             "  Maximum VLANs to support : 256", "  Primary VLAN : MGMT",
             "  Management VLAN : ", "",
             "  VLAN ID Name                             | Status     Voice Jumbo",
             "  ------- -------------------------------- + ---------- ----- -----"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        lines.append(f"  {v.vid:<7} {v.name:<32} | Port-based {'Yes' if v.vid == 20 else 'No':<5}"
                     " No")
    return "\n".join(lines)


def show_mac(ctx: Ctx) -> str:
    dev = ctx.device
    entries = dev.mac_table
    if "vlan" in ctx.args:
        entries = [e for e in entries if e.vlan == int(ctx.args["vlan"])]
    if "mac" in ctx.args:
        found = [e for e in entries if e.mac == ctx.args["mac"]]
        if not found:
            return f"\n MAC address {mac(ctx.args['mac'])} not found.\n"
        e = found[0]
        return f"\n Status and Counters - Address Table - {mac(e.mac)}\n\n  Port   VLAN\n  " \
               f"------ ----\n  {e.port:<6} {e.vlan}\n"
    if "interface" in ctx.args:
        entries = [e for e in entries if e.port == ctx.args["interface"]]
    lines = ["", " Status and Counters - Port Address Table", "",
             "  MAC Address   Port   VLAN", "  ------------- ------ ----"]
    for e in entries:
        lines.append(f"  {mac(e.mac)} {e.port:<6} {e.vlan}")
    return "\n".join(lines)


def show_lldp(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    nbrs = []
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found and (not want or i.name == want):
            nbrs.append((i, found[0], found[1]))
    if want or "detail" in ctx.words:
        out = []
        for i, other, far in nbrs:
            out += ["", " LLDP Remote Device Information Detail", "",
                    f"  Local Port   : {i.name}", "  ChassisType  : mac-address",
                    f"  ChassisId    : {mac_style(other.base_mac, 'hyphen').replace('-', ' ')}",
                    "  PortType     : interface-name", f"  PortId       : {far.name}",
                    f"  SysName      : {other.name}",
                    f"  System Descr : {other.platform} {other.model} {other.version}",
                    f"  PortDescr    : {far.description or far.name}",
                    "  Pvid         : 1", "", "  System Capabilities Supported  : bridge, router",
                    "  System Capabilities Enabled    : bridge, router", "",
                    "  Remote Management Address", "     Type    : ipv4",
                    f"     Address : {other.mgmt_ip}"]
        return "\n".join(out)
    lines = ["", " LLDP Remote Devices Information", "",
             "  LocalPort | ChassisId                 PortId PortDescr SysName",
             "  --------- + ------------------------- ------ --------- ----------------------"]
    for i, other, far in nbrs:
        lines.append(f"  {i.name:<9} | {mac_style(other.base_mac, 'hyphen'):<25} "
                     f"{far.name[:6]:<6} {far.name[:9]:<9} {other.name}")
    return "\n".join(lines)


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "\n Multiple Spanning Tree (MST) Information\n\n  STP Enabled   : No\n"
    tcs = stp.topology_changes(ctx.now)
    since = int(ctx.now - stp.last_change(ctx.now))
    lines = ["", " Multiple Spanning Tree (MST) Information", "",
             "  STP Enabled   : Yes", "  Force Version : MSTP-operation",
             "  IST Mapped VLANs : 1-4094", f"  Switch MAC Address : {mac(dev.base_mac)}",
             f"  Switch Priority    : {stp.priority}", "  Max Age  : 20",
             "  Max Hops : 20", "  Forward Delay : 15", "",
             f"  Topology Change Count  : {tcs}",
             f"  Time Since Last Change : {since // 3600} hours" if since >= 3600 else
             f"  Time Since Last Change : {since} secs", "",
             f"  CST Root MAC Address : {mac(stp.root_mac)}",
             f"  CST Root Priority    : {stp.root_priority}",
             f"  CST Root Path Cost   : {stp.root_cost}",
             f"  CST Root Port        : {stp.root_port or 'This switch is root'}", "",
             f"  IST Regional Root MAC Address : {mac(stp.root_mac)}",
             f"  IST Regional Root Priority    : {stp.root_priority}", "",
             "  Protected Ports : ", "  Filtered Ports : ", "",
             "  Port  Type      | Cost      Priority Role       State      Designated Bridge",
             "  ----- --------- + --------- -------- ---------- ---------- ------------------"]
    for name, sp in stp.ports.items():
        kind = "SFP+SR" if dev.interfaces[name].speed >= 10000 else "100/1000T"
        lines.append(f"  {name:<5} {kind:<9} | {sp.cost:<9} {128:<8} {sp.role.capitalize():<10} "
                     f"{sp.state.capitalize():<10} {mac(stp.root_mac)}")
    return "\n".join(lines)


def show_trunks(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", " Load Balancing Method:  L3-based (default)", "",
             "  Port | Name                             Type      | Group  Type    ",
             "  ---- + -------------------------------- --------- + ------ --------"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        for m in lag.members:
            lines.append(f"  {m:<4} | {dev.interfaces[m].description[:32]:<32} SFP+SR    | "
                         f"{lag.name:<6} LACP")
    return "\n".join(lines)


def show_lacp(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", "                           LACP", "", "          LACP      Trunk     Port      "
             "         LACP      Admin   Oper", "   Port   Enabled   Group     Status    Partner "
             "  Status    Key     Key", "   ----   -------   -------   -------   -------   "
             "-------   ------  ------"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        for m in lag.members:
            state = "Up" if dev.interfaces[m].up else "Down"
            lines.append(f"   {m:<7}Active    {lag.name:<10}{state:<10}Yes       Success   0"
                         "       0")
    return "\n".join(lines)


def show_ip(ctx: Ctx) -> str:
    dev = ctx.device
    site = dev.mgmt_ip.split(".")[1]
    lines = ["", " Internet (IP) Service", "", "  IP Routing : Disabled", "",
             f"  Default Gateway : 10.{site}.99.1", "  Default TTL     : 64",
             "  Arp Age         : 20", "  Domain Suffix   : " + dev.domain,
             "  DNS server      : ", "", "  VLAN                 | IP Config  IP Address      "
             "Subnet Mask     Proxy ARP", "  -------------------- + ---------- --------------- "
             "--------------- ---------"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        iface = dev.interfaces.get(f"VLAN{v.vid}")
        if iface and iface.ipv4:
            lines.append(f"  {v.name:<20} | Manual     {iface.address:<15} "
                         f"{netmask(iface.prefixlen):<15} No    No")
        else:
            lines.append(f"  {v.name:<20} | Disabled")
    return "\n".join(lines)


def show_ip_route(ctx: Ctx) -> str:
    dev = ctx.device
    rs = [r for r in routes(dev) if r.protocol != "local"]
    lines = ["", "                                IP Route Entries", "",
             "  Destination        Gateway         VLAN Type      Sub-Type   Metric     Dist.",
             "  ------------------ --------------- ---- --------- ---------- ---------- -----"]
    for r in rs:
        gw = r.next_hop or r.interface.replace("VLAN", "")
        vlan = r.interface.replace("VLAN", "") if r.interface.startswith("VLAN") else ""
        lines.append(f"  {r.prefix:<18} {gw:<15} {vlan:<4} {r.protocol:<9} {'':<10} "
                     f"{r.metric:<10} {r.distance}")
    return "\n".join(lines)


def show_arp(ctx: Ctx) -> str:
    lines = ["", " IP ARP table", "", "  IP Address       MAC Address       Type    Port",
             "  ---------------  ----------------- ------- ----"]
    for e in ctx.device.arp:
        port = next((m.port for m in ctx.device.mac_table if m.mac == e.mac), "")
        lines.append(f"  {e.ip:<16} {mac(e.mac):<17} dynamic {port}")
    return "\n".join(lines)


LOG = {
    "restart": ("I", "system", "System went down without saving crash information"),
    "link_up": ("I", "ports", "port {interface} is now on-line"),
    "link_down": ("I", "ports", "port {interface} is now off-line"),
    "config": ("I", "mgr", "SME SSH from {from} - MANAGER Mode"),
    "login": ("I", "mgr", "SME SSH from {from} - MANAGER Mode"),
    "ntp_sync": ("I", "SNTP", "Updated time by {server}"),
    "mac_flap": ("W", "FFI", "port {port_b}-Excessive MAC moves. MAC {mac} moved from port "
                             "{port_a}"),
    "stp_tc": ("I", "mstp", "CST - Topology change on port {interface}"),
    "loop": ("W", "loop-protect", "port {interface} disabled - loop detected"),
    "err_disable": ("W", "ports", "port {interface} is Disabled by {reason}"),
    "crc": ("W", "FFI", "port {interface}-High collision or drop rate"),
    "cpu_high": ("W", "system", "High CPU utilization {percent}%"),
    "memory_low": ("W", "system", "Low memory condition"),
}


def show_logging(ctx: Ctx) -> str:
    events = ctx.device.log_events(ctx.now)
    words = ctx.args.get("rest", "").split()
    if "-r" in words:
        events = list(reversed(events))
    pattern = " ".join(w for w in words if not w.startswith("-"))
    lines = [" Keys:   W=Warning   I=Information", "         M=Major     D=Debug  E=Error",
             "----  Event Log listing: Events Since Boot  ----"]
    for e in events:
        sev, fac, text = LOG.get(e.kind, ("I", "system", e.kind))
        t = wall(ctx, e.at)
        try:
            msg = text.format(**e.params)
        except KeyError:
            msg = text
        line = f"{sev} {t:%m/%d/%y %H:%M:%S} 0{stable(fac) % 9000 + 100:04d} {fac}: {msg}"
        if pattern and pattern.lower() not in line.lower():
            continue
        lines.append(line)
    lines.append(f"----  Bottom of Log : Events Listed = {len(lines) - 3}  ----")
    return "\n".join(lines)


def running_config(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", "Running configuration:", "", f"; {dev.model} Configuration Editor; Created on "
             f"release #{dev.version}", "; Ver #14:01.44.00.04.19.02.13.98.82.34.61.18.28.f3."
             "84.9c.63.ff.37.27:05", f'hostname "{dev.name}"', "module 1 type jl256a",
             "snmp-server community \"lab-ro\" restricted", "timesync sntp",
             "sntp unicast", f"sntp server priority 1 {dev.ntp[0].address}",
             f'ip default-gateway 10.{dev.mgmt_ip.split(".")[1]}.99.1',
             "spanning-tree",
             f"spanning-tree priority {(dev.stp.priority if dev.stp else 32768) // 4096}"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        lines.append(f"trunk {','.join(lag.members)} {lag.name.lower()} lacp")
    for i in by_port_order(dev.physical()):
        if i.description or not i.admin_up:
            lines += [f"interface {i.name}"]
            if i.description:
                lines.append(f'   name "{i.description}"')
            if not i.admin_up:
                lines.append("   disable")
            lines.append("   exit")
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        untagged = [i.name for i in dev.physical() if i.mode == "access" and i.access_vlan == v.vid]
        tagged = [i.name for i in dev.physical() if i.mode == "trunk" and v.vid in i.trunk_vlans]
        lines += [f"vlan {v.vid}", f'   name "{v.name}"']
        if untagged:
            lines.append(f"   untagged {','.join(untagged)}")
        if tagged:
            lines.append(f"   tagged {','.join(tagged)}")
        iface = dev.interfaces.get(f"VLAN{v.vid}")
        lines.append(f"   ip address {iface.address} {netmask(iface.prefixlen)}" if iface and
                     iface.ipv4 else "   no ip address")
        lines.append("   exit")
    lines += ["password manager", ""]
    return "\n".join(lines)


def show_time(ctx: Ctx) -> str:
    return f"{wall(ctx):%a %b %d %H:%M:%S %Y}"


def show_uptime(ctx: Ctx) -> str:
    return uptime(ctx.device.uptime(ctx.now))


def show_temperature(ctx: Ctx) -> str:
    env = ctx.device.env
    lines = ["", " System Air Temperatures", "", "  Temperature Sensor | Current  Min      Max  "
             "    Threshold  Over", "  ------------------ + -------- -------- -------- ---------- "
             "----"]
    for sensor, temp in env.temps.items():
        lines.append(f"  {sensor:<18} | {temp}C      {temp - 4}C      {temp + 6}C      "
                     f"{temp + 30}C       NO")
    return "\n".join(lines)


def show_poe(ctx: Ctx) -> str:
    dev = ctx.device
    ports = [i for i in dev.physical() if i.mode == "access"]
    used = sum(i.poe_watts for i in ports if i.up)
    lines = ["", " Status and Counters - System Power Status", "",
             "  Chassis power-over-ethernet:", "", "   Total Available Power  :   370 W",
             f"   Total Power Drawn      : {used:>5.1f} W", "", "  Port  Power  Power    "
             "Power   Actual  Power   Class PoE     Detection", "        Enable Priority Alloc "
             "  Power   Status        Version   Status", "  ----- ------ -------- ------ "
             "-------- ------- ----- ------- ---------"]
    for i in ports:
        on = i.poe and i.up
        lines.append(f"  {i.name:<5} Yes    low      usage  {i.poe_watts if on else 0.0:>5.1f} W "
                     f"{'Deliver' if on else 'Off':<7} {'4' if on else '0':<5} "
                     f"{'IEEE' if on else '-':<7} {'Delivering' if on else 'Searching'}")
    return "\n".join(lines)


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    ok, rtt = ping_reply(ctx, target)
    count = max(1, int(ctx.args.get("n", "1")))
    line = f"{target} is alive, time = {int(rtt)} ms" if ok else "Request timed out."
    return "\n".join([line] * count)


def traceroute(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    r = lookup_route(ctx.device, target)
    hops = ([r.next_hop] if r and r.next_hop else []) + [target]
    lines = [f"traceroute to {target} ", "   1 hop min, 30 hops max, 5 sec. timeout, 3 probes"]
    lines += [f"  {k}   {h}    {k} ms    {k} ms    {k + 1} ms" for k, h in enumerate(hops, 1)]
    return "\n".join(lines)


def show_fans(ctx: Ctx) -> str:
    """``show system fans``."""
    env = ctx.device.env
    lines = ["", "Fan Information", " Num  | State       | Failures  ",
             "-------+-------------+----------"]
    lines += [f"Sys-{k:<3}| {'Fan OK' if state == 'ok' else 'Fan Failed':<12}| 0"
              for k, state in enumerate(env.fans.values(), 1)]
    failed = sum(1 for s in env.fans.values() if s != "ok")
    lines += ["", f"{failed} / {len(env.fans)} Fans in Failure State",
              f"{failed} / {len(env.fans)} Fans have been in Failure State"]
    return "\n".join(lines)


def show_power_supply(ctx: Ctx) -> str:
    """``show system power-supply``."""
    env = ctx.device.env
    lines = ["", "Power Supply Status:", "", "  PS#   Model     Serial      State           "
             "AC/DC  + V        Wattage   Max", "  ----- --------- ----------- --------------- "
             "----------------- --------- ------"]
    for k, (psu, watts) in enumerate(env.psus.items(), 1):
        state = "Powered" if watts else "Aux Failed"
        lines.append(f"  {k:<5} JL085A    CN{stable(psu + ctx.device.name) % 10**8:08d}  "
                     f"{state:<15} AC 120V/240V       {watts:>4}     250")
    lines += ["", f"  {sum(1 for w in env.psus.values() if w)} / {len(env.psus)} supply bays "
                  "delivering power.",
              f"  Total power: {sum(env.psus.values())} W / {250 * len(env.psus)} W"]
    return "\n".join(lines)


def show_modules(ctx: Ctx) -> str:
    """``show modules``."""
    dev = ctx.device
    return "\n".join([
        "", " Status and Counters - Module Information", "",
        f"  Chassis: 2930F-48G-PoE+-4SFP+ JL256A   Serial Number:   {dev.serial}", "",
        "  Slot  Module Description                  Serial Number    Status     ",
        "  ----- ----------------------------------- ---------------- -----------",
        f"  1     Aruba JL256A 48G PoE+ 4SFP+ Switch   {dev.serial:<16} Up"])


def show_flash(ctx: Ctx) -> str:
    """``show flash``."""
    dev = ctx.device
    t = wall(ctx, dev.boot_time - 86400 * 40)
    return "\n".join([
        "Image             Size (bytes) Date     Version", "----------------- ------------ "
        "-------- -------",
        f"Primary Image   :     30416524 {t:%m/%d/%y} {dev.version}",
        f"Secondary Image :     29808431 {t:%m/%d/%y} WC.16.11.0012", "",
        "Boot ROM Version", "----------------", "Primary Boot ROM Version   : WC.17.02.0006",
        "Secondary Boot ROM Version : WC.17.02.0006", "", "Default Boot Image   : Primary",
        "Default Boot ROM     : Primary"])


def show_boot_history(ctx: Ctx) -> str:
    """``show boot-history``."""
    dev = ctx.device
    boot = wall(ctx, dev.boot_time)
    return "\n".join(["Mgmt Module 1 -- Saved Crash Information (most recent first):",
                      "===================================================", "",
                      f"{boot:%m/%d/%y %H:%M:%S} : Operator cold reboot from CONSOLE session.",
                      "", "Mgmt Module 1 -- Last Reboot Type:", "Normal"])


def show_name(ctx: Ctx) -> str:
    """``show name [port]``: port names (descriptions)."""
    want = ctx.args.get("interface")
    lines = ["", " Port Names", "", "  Port   Type      | Name",
             "  ------ --------- + ------------------------------------------------------"]
    for i in by_port_order(ctx.device.physical()):
        if want and i.name != want:
            continue
        kind = "SFP+SR" if i.speed >= 10000 else "100/1000T"
        lines.append(f"  {i.name:<6} {kind:<9} | {i.description}")
    return "\n".join(lines)


def show_vlan_ports(ctx: Ctx) -> str:
    """``show vlans ports X detail``."""
    dev = ctx.device
    i = dev.interfaces[ctx.args["interface"]]
    lines = ["", f" Status and Counters - VLAN Information - for ports {i.name}", "",
             "  VLAN ID Name                             | Status     Voice Jumbo Mode    ",
             "  ------- -------------------------------- + ---------- ----- ----- --------"]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        if i.mode == "trunk" and v.vid in i.trunk_vlans:
            mode = "Tagged"
        elif i.mode == "access" and i.access_vlan == v.vid:
            mode = "Untagged"
        else:
            continue
        lines.append(f"  {v.vid:<7} {v.name:<32} | Port-based {'Yes' if v.vid == 20 else 'No':<5} "
                     f"No    {mode}")
    return "\n".join(lines)


def show_stp_vlan(ctx: Ctx) -> str:
    """``show spanning-tree vlan X``: AOS-S runs MSTP, every VLAN maps to the IST."""
    vid = ctx.args["vlan"]
    return show_spanning_tree(ctx).replace("  IST Mapped VLANs : 1-4094",
                                           f"  IST Mapped VLANs : 1-4094 (VLAN {vid})", 1)


def show_stp_port(ctx: Ctx) -> str:
    """``show spanning-tree X detail``."""
    dev = ctx.device
    name = ctx.args["interface"]
    stp = dev.stp
    sp = stp.ports.get(name) if stp else None
    if stp is None or sp is None:
        return f"\n Spanning tree is not running on port {name}.\n"
    return "\n".join([
        "", " Status and Counters - CST Port(s) Detailed Information", "",
        f"  Port                            : {name}",
        f"  Status                          : {'Up' if dev.interfaces[name].up else 'Down'}",
        f"  BPDU Protection                 : {'Yes' if sp.edge else 'No'}",
        f"  Role                            : {sp.role.capitalize()}",
        f"  State                           : {sp.state.capitalize()}",
        f"  Priority                        : {sp.priority}",
        f"  Path Cost                       : {sp.cost}",
        f"  Designated Root                 : {stp.root_priority}:{mac(stp.root_mac)}",
        f"  Designated Bridge               : {stp.priority}:{mac(dev.base_mac)}",
        f"  Admin Edge Port                 : {'Yes' if sp.edge else 'No'}",
        f"  Operational Edge Port           : {'Yes' if sp.edge else 'No'}",
        "  TC ACK Flag                     : No"])


def show_running_interface(ctx: Ctx) -> str:
    """``show running-config interface X``."""
    dev = ctx.device
    i = dev.interfaces[ctx.args["interface"]]
    lines = ["", "Running configuration:", "", f"interface {i.name}"]
    if i.description:
        lines.append(f'   name "{i.description}"')
    if not i.admin_up:
        lines.append("   disable")
    if i.mode == "access":
        lines.append(f"   untagged vlan {i.access_vlan}")
    elif i.mode == "trunk":
        lines.append("   tagged vlan " + ",".join(map(str, i.trunk_vlans)))
    lines += ["   exit"]
    return "\n".join(lines)


def show_poe_port(ctx: Ctx) -> str:
    """``show power-over-ethernet X``."""
    i = ctx.device.interfaces[ctx.args["interface"]]
    on = i.poe and i.up
    return "\n".join([
        "", f" Status and Counters - Port Power Status for port {i.name}", "",
        "  Power Enable     : Yes", "", "  LLDP Detection   : enabled",
        "  Priority         : low                 Configured Type  :",
        "  AllocateBy       : usage               Value            : 17 W",
        f"  Detection Status : {'Delivering' if on else 'Searching':<20}"
        f"Power Class      : {'4' if on else '0'}", "",
        "  Over Current Cnt : 0                   MPS Absent Cnt   : 0",
        "  Power Denied Cnt : 0                   Short Cnt        : 0", "",
        f"  Voltage          : {'54.9 V' if on else '0.0 V':<20}Current          : "
        f"{int(i.poe_watts / 54.9 * 1000) if on else 0} mA",
        f"  Power            : {i.poe_watts if on else 0.0:.1f} W"])


def show_oobm(ctx: Ctx) -> str:
    """``show oobm ip``: the 2930F has no OOBM port; in-band management on VLAN 99."""
    return "\n".join(["", " Out-of-band management is not available on this switch.", "",
                      "  Management is in-band: VLAN 99, IP address "
                      + ctx.device.mgmt_ip])


def show_ntp(ctx: Ctx) -> str:
    """``show ntp status`` / ``show ntp associations``."""
    dev = ctx.device
    if "status" in ctx.words:
        p = dev.ntp[0]
        return "\n".join(["", " NTP Status Information", "",
                          "  NTP Status           : Enabled       NTP Mode        : Unicast",
                          f"  Synchronization Status : Synchronized  Peer Dispersion : "
                          f"{p.delay_ms / 1000:.5f} sec",
                          f"  Stratum Number       : {p.stratum + 1}",
                          f"  Reference Assoc ID   : 0             Clock Offset    : "
                          f"{p.offset_ms / 1000:.5f} sec",
                          f"  Reference            : {p.address}",
                          "  Precision            : 2**-18", "",
                          f"  NTP Uptime           : {uptime(dev.uptime(ctx.now))}",
                          "  Time Resolution      : 1"])
    lines = ["", " NTP Associations Entries", "",
             "  Remote           St  T  When  Poll  Reach  Delay     Offset     Dispersion",
             "  ---------------- --- -- ----- ----- ------ --------- ---------- ----------"]
    for p in dev.ntp:
        lines.append(f"  {p.address:<16} {p.stratum:<3} u  37    64    377    "
                     f"{p.delay_ms / 1000:<9.5f} {p.offset_ms / 1000:<10.5f} 0.00094")
    return "\n".join(lines)


def show_ip_ssh(ctx: Ctx) -> str:
    """``show ip ssh``: the SSH server and its sessions (the lab's ``users``)."""
    dev = ctx.device
    lines = ["", "  SSH Enabled     : Yes                 Secure Copy Enabled : No",
             "  TCP Port Number : 22                  Timeout (sec)       : 120",
             "  Host Key Type   : RSA                 Host Key/Curve Size : 2048", "",
             "  Ciphers : aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr",
             "  MACs    : hmac-sha2-256,hmac-sha2-512", "",
             "  Ses Type     | Source IP                                      Port",
             "  --- -------- + ---------------------------------------------- -----"]
    rows = {s.line: s for s in dev.sessions}
    for k in range(1, 7):
        s = rows.get(k + 1)
        lines.append(f"  {k:<3} {'ssh' if s else 'inactive':<8} | {s.peer if s else '':<46} "
                     f"{'22' if s else ''}")
    return "\n".join(lines)


def show_transceivers(ctx: Ctx) -> str:
    """``show interfaces transceivers [X detail]``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    optics = [i for i in by_port_order(dev.physical()) if i.speed >= 10000
              and (not want or i.name == want)]
    if want:
        if not optics:
            return f"\n Transceiver information is not available for port {want}.\n"
        i = optics[0]
        rx = "-2.41" if i.up else "-40.00"
        return "\n".join([
            "", " Transceiver Technical Information:", "",
            "  Port # | Type      | Prod #     | Serial #         | Part #",
            "  ------ + --------- + ---------- + ---------------- + ----------",
            f"  {i.name:<6} | SFP+SR    | J9150D     | CN{stable(i.mac) % 10**8:08d}       |", "",
            " Transceiver in " + i.name, "  Temperature : 31.48C", "  Voltage     : 3.29V",
            "  Tx Bias     : 7.52mA", "  Tx Power    : -2.17dBm", f"  Rx Power    : {rx}dBm"])
    lines = ["", " Transceiver Technical Information:", "",
             "  Port # | Type      | Prod #     | Serial #         | Part #",
             "  ------ + --------- + ---------- + ---------------- + ----------"]
    lines += [f"  {i.name:<6} | SFP+SR    | J9150D     | CN{stable(i.mac) % 10**8:08d}       |"
              for i in optics]
    return "\n".join(lines)


def show_lacp_peer(ctx: Ctx) -> str:
    """``show lacp peer``."""
    dev = ctx.device
    lines = ["", "                          LACP Peer Information.", "",
             "  System ID: " + mac(dev.base_mac), "",
             "  Local  Local                                    Port    Oper    LACP      Tx",
             "  Port   Trunk  System ID          Port  Priority Key     Mode      Timer",
             "  ------ ------ ------------------ ----- -------- ------- --------- -----"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        for m in lag.members:
            i = dev.interfaces[m]
            other = ctx.world.devices.get(i.peer.device) if i.peer else None
            sysid = mac(other.base_mac) if other else "000000-000000"
            lines.append(f"  {m:<6} {lag.name:<6} {sysid:<18} {len(lines):<5} 0        "
                         f"{len(lines) + 100:<7} Active    Slow")
    return "\n".join(lines)


def show_not_configured(text: str) -> Handler:
    """A handler for a feature the lab's access switches do not run."""
    return lambda ctx: text


def show_ipv6(ctx: Ctx) -> str:
    """``show ipv6``: IPv6 is not enabled on the lab's VLANs."""
    lines = ["", " Internet (IPv6) Service", "", "  IPv6 Routing     : Disabled",
             "  ND DAD           : Enabled", "  DAD Attempts     : 3", "",
             "  Vlan Name        : " + "MGMT", "  IPv6 Status      : Disabled"]
    return "\n".join(lines)


def show_dhcp_snooping(ctx: Ctx) -> str:
    """``show dhcp-snooping [binding]``."""
    dev = ctx.device
    if "binding" in ctx.words:
        lines = ["", "  MacAddress    IP              VLAN Interface Time Left",
                 "  ------------- --------------- ---- --------- ---------"]
        lines += [f"  {mac(e.mac).replace('-', ''):<13} {e.ip:<15} {e.vlan:<4} {e.port:<9} 86400"
                  for e in dev.endpoints]
        return "\n".join(lines)
    vlans = ",".join(str(v) for v in sorted(dev.vlans) if v in (10, 20, 30)) or "none"
    trusted = ",".join(i.name for i in dev.physical() if i.mode == "trunk")
    return "\n".join(["", " DHCP Snooping Information", "",
                      "  DHCP Snooping              : Yes",
                      f"  Enabled VLANs              : {vlans}",
                      "  Verify MAC address         : Yes", "  Option 82 untrusted policy : drop",
                      "  Option 82 insertion        : Yes", "  Option 82 remote-id        : mac",
                      "  Store lease database       : Not configured", "",
                      "  Port  Trust  Max Bindings  Current Bindings",
                      "  ----- ------ ------------- ----------------"]
                     + [f"  {p:<5} Yes    -             -" for p in trusted.split(",") if p])


def show_cdp(ctx: Ctx) -> str:
    """``show cdp neighbors [X] [detail]``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    nbrs = []
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found and (not want or i.name == want):
            nbrs.append((i, found[0], found[1]))
    if "detail" in ctx.words:
        out = ["", " CDP neighbors information", ""]
        for k, (i, other, far) in enumerate(nbrs):
            if k:
                out += ["-" * 78, ""]
            out += [f"  Port : {i.name}", f"  Device ID : {other.name}",
                    "  Address Type : IP", f"  Address      : {other.mgmt_ip}",
                    f"  Platform     : {other.model}",
                    "  Capability   : " + ("Router Switch" if other.role != "switch" else "Switch"),
                    f"  Device Port  : {far.name}",
                    f"  Version      : {other.platform} {other.version}", ""]
        return "\n".join(out)
    lines = ["", " CDP neighbors information", "",
             "  Port Device ID                     | Platform                     Capability",
             "  ---- ----------------------------- + ---------------------------- -----------"]
    for i, other, _far in nbrs:
        cap = "R S" if other.role != "switch" else "S"
        lines.append(f"  {i.name:<4} {other.name:<29} | {other.model[:28]:<28} {cap}")
    return "\n".join(lines)


def show_route_one(ctx: Ctx) -> str:
    """``show ip route X`` and ``show ip route <protocol>``."""
    dev = ctx.device
    want = ctx.args.get("ip") or ctx.args.get("prefix", "")
    proto = next((w for w in ("connected", "static", "ospf", "bgp") if w in ctx.words), None)
    rs = [r for r in routes(dev, "", proto) if r.protocol != "local"]
    if want:
        hit = lookup_route(dev, want.split("/")[0])
        rs = [hit] if hit and hit.protocol != "local" else []
    lines = ["", "                                IP Route Entries", "",
             "  Destination        Gateway         VLAN Type      Sub-Type   Metric     Dist.",
             "  ------------------ --------------- ---- --------- ---------- ---------- -----"]
    for r in rs:
        gw = r.next_hop or r.interface.replace("VLAN", "")
        vlan = r.interface.replace("VLAN", "") if r.interface.startswith("VLAN") else ""
        lines.append(f"  {r.prefix:<18} {gw:<15} {vlan:<4} {r.protocol:<9} {'':<10} "
                     f"{r.metric:<10} {r.distance}")
    return "\n".join(lines)


def show_access_list(ctx: Ctx) -> str:
    """``show access-list [name]``."""
    site = ctx.device.mgmt_ip.split(".")[1]
    want = ctx.args.get("word")
    acls = {"BLOCK-GUEST": ("Extended", [("Deny", f"10.{site}.30.0", "0.0.0.255",
                                          f"10.{site}.10.0", "0.0.0.255"),
                                         ("Permit", "0.0.0.0", "255.255.255.255", "0.0.0.0",
                                          "255.255.255.255")]),
            "MGMT-ACCESS": ("Standard", [("Permit", "10.0.0.0", "0.255.255.255", "", "")])}
    if not want:
        lines = ["", " Access Control Lists", "", "  Type     Appl Name",
                 "  -------- ---- --------------------"]
        lines += [f"  {kind:<8} yes  {name}" for name, (kind, _) in acls.items()]
        return "\n".join(lines)
    if want not in acls:
        return f"\nACL {want} does not exist.\n"
    kind, rules = acls[want]
    lines = ["", "Access Control Lists", "", f"  Name: {want}", f"  Type: {kind}",
             "  Applied: Yes", ""]
    for k, (action, src, smask, dst, dmask) in enumerate(rules, 1):
        lines += [f"  {k * 10}. {action}", f"      Src IP  : {src:<15} Mask : {smask}"]
        if dst:
            lines.append(f"      Dst IP  : {dst:<15} Mask : {dmask}")
    return "\n".join(lines)
