"""Cisco NX-OS lab renderers (Nexus 9000 formats)."""

from __future__ import annotations

from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.health import consistency
from nornir_nlchat.lab.render import (
    by_port_order,
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

VRF = {"mgmt": "management"}


def short(name: str) -> str:
    """``Eth1/1``, ``Po1``, ``Lo0``, ``Vlan10``, ``mgmt0``."""
    for long, abbr in (("Ethernet", "Eth"), ("port-channel", "Po"), ("loopback", "Lo")):
        if name.startswith(long):
            return abbr + name[len(long):]
    return name


def vrf_arg(ctx: Ctx) -> str:
    name = ctx.args.get("vrf", "")
    return next((k for k, v in VRF.items() if v == name.lower()), name)


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    _, weeks, days, hours, minutes = split_duration(dev.uptime(ctx.now))
    days += weeks * 7 + split_duration(dev.uptime(ctx.now))[0] * 365
    boot = wall(ctx, dev.boot_time)
    return "\n".join([
        "Cisco Nexus Operating System (NX-OS) Software",
        "TAC support: http://www.cisco.com/tac",
        "Copyright (C) 2002-2023, Cisco and/or its affiliates.",
        "All rights reserved.", "",
        "Software",
        "  BIOS: version 05.47",
        f" NXOS: version {dev.version}",
        "  BIOS compile time:  04/28/2022",
        f"  NXOS image file is: {dev.image}",
        "  NXOS compile time:  8/17/2023 12:00:00 [08/17/2023 21:26:30]", "", "",
        "Hardware",
        f"  cisco Nexus9000 {dev.model} Chassis",
        f"  Intel(R) Xeon(R) CPU D-1526 @ 1.80GHz with {dev.memory_total} kB of memory.",
        f"  Processor Board ID {dev.serial}", "",
        f"  Device name: {dev.name}",
        "  bootflash:   53298520 kB",
        f"Kernel uptime is {days} day(s), {hours} hour(s), {minutes} minute(s), "
        f"{int(dev.uptime(ctx.now)) % 60} second(s)", "",
        "Last reset at 410120 usecs after " + f"{boot:%a %b %d %H:%M:%S %Y}", "",
        "  Reason: Reset Requested by CLI command reload",
        f"  System version: {dev.version}",
        "  Service: ", "",
        "plugin",
        "  Core Plugin, Ethernet Plugin", "",
        "Active Package(s):",
    ])


PROCS = ("sysmgr", "netstack", "bgp", "ospf", "stp", "l2fm", "arp", "pfm", "vshd", "ethpm",
         "snmpd", "lldp", "cdpd", "ntpd", "aaa", "statsclient", "hsrp_engine", "lacp")


def show_processes_cpu(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    hog = "netstack" if dev.cpu_load or dev.cpu_spike else ""
    rows = []
    for k, name in enumerate(PROCS):
        share = 0.55 if name == hog else 0.01 + (k % 4) * 0.005
        rows.append((2800 + k * 37, name, five_s * share, one_m * share, five_m * share))
    if "sort" in ctx.words:
        rows.sort(key=lambda r: -r[2])
    lines = [f"CPU utilization for five seconds: {int(five_s)}%/{max(1, int(five_s) // 10)}%; "
             f"one minute: {int(one_m)}%; five minutes: {int(five_m)}%",
             "PID    Runtime(ms)  Invoked   uSecs  5Sec    1Min    5Min    TTY  Process",
             "-----  -----------  --------  -----  ------  ------  ------  ---  -----------"]
    for pid, name, a, b, c in rows:
        lines.append(f"{pid:>5}{int(c * 90000):>13}{int(c * 30000) + 11:>10}{3:>7}"
                     f"{a:>7.2f}%{b:>7.2f}%{c:>6.2f}%   -    {name}")
    return "\n".join(lines)


def show_system_resources(ctx: Ctx) -> str:
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    used, free = dev.memory()
    idle = max(0.0, 100 - five_s)
    return "\n".join([
        f"Load average:   1 minute: {one_m / 25:.2f}   5 minutes: {five_m / 25:.2f}   "
        f"15 minutes: {five_m / 28:.2f}",
        "Processes   :   812 total, 2 running",
        f"CPU states  :   {five_s * 0.7:.2f}% user,   {five_s * 0.3:.2f}% kernel,   "
        f"{idle:.2f}% idle",
        f"        CPU0 states  :   {five_s * 0.8:.2f}% user,   {five_s * 0.2:.2f}% kernel,   "
        f"{idle:.2f}% idle",
        f"Memory usage:   {dev.memory_total}K total,   {used}K used,   {free}K free",
        "Kernel vmalloc:   0K total,   0K free",
        f"Current memory status: {'CRITICAL' if dev.memory_pressure else 'OK'}",
    ])


def _state(i: Interface) -> tuple[str, str]:
    if not i.admin_up:
        return "down", "Administratively down"
    if i.err_disabled:
        return "down", "errDisabled"
    return ("up", "none") if i.up else ("down", "Link not connected")


def interface_block(ctx: Ctx, i: Interface) -> str:
    status, reason = _state(i)
    c = i.counters(ctx.now, 0.0)
    rin, rout = (i.rate_in, i.rate_out) if i.up else (0, 0)
    head = f"{i.name} is {status}" + (f" ({reason})" if status == "down" else "")
    lines = [head, f"admin state is {'up' if i.admin_up else 'down'}, Dedicated Interface"]
    hw = {"vlan": "EtherSVI", "loopback": "Loopback", "lag": "Port-Channel",
          "mgmt": "GigabitEthernet"}.get(i.kind, "100/1000/10000 Ethernet")
    lines.append(f"  Hardware: {hw}, address: {i.mac} (bia {i.mac})")
    if i.description:
        lines.append(f"  Description: {i.description}")
    if i.ipv4:
        lines.append(f"  Internet Address is {i.ipv4}")
    lines += [f"  MTU {i.mtu} bytes, BW {i.speed * 1000} Kbit , DLY 10 usec",
              "  reliability 255/255, txload 1/255, rxload 1/255",
              "  Encapsulation ARPA, medium is broadcast"]
    if i.kind == "ethernet":
        lines += [f"  Port mode is {'routed' if i.mode == 'routed' else i.mode}",
                  f"  full-duplex, {i.speed // 1000} Gb/s, media type is 10G",
                  "  Beacon is turned off", "  Auto-Negotiation is turned on  FEC mode is Auto",
                  "  Input flow-control is off, output flow-control is off",
                  "  Switchport monitor is off ", "  EtherType is 0x8100 "]
    if i.kind == "lag":
        lines.append(f"  Members in this channel: {', '.join(short(m) for m in i.members)}")
    lines += [f"  Last link flapped {short_age(ctx.now - i.last_change + 86400 * 9)}",
              "  Last clearing of \"show interface\" counters never",
              "  1 interface resets",
              f"  30 seconds input rate {rin} bits/sec, {rin // 5600} packets/sec",
              f"  30 seconds output rate {rout} bits/sec, {rout // 5600} packets/sec",
              "  RX",
              f"    {c.in_pkts} unicast packets  {c.in_mcast} multicast packets  "
              f"{c.in_bcast} broadcast packets",
              f"    {c.in_pkts + c.in_mcast + c.in_bcast} input packets  {c.in_octets} bytes",
              "    0 jumbo packets  0 storm suppression bytes",
              f"    {c.runts} runts  {c.giants} giants  {c.crc} CRC  0 no buffer",
              f"    {c.in_errors} input error  0 short frame  0 overrun   0 underrun  0 ignored",
              "    0 watchdog  0 bad etype drop  0 bad proto drop  0 if down drop",
              f"    0 input with dribble  {c.in_discards} input discard",
              "    0 Rx pause",
              "  TX",
              f"    {c.out_pkts} unicast packets  {c.out_mcast} multicast packets  "
              f"{c.out_bcast} broadcast packets",
              f"    {c.out_pkts + c.out_mcast + c.out_bcast} output packets  {c.out_octets} bytes",
              "    0 jumbo packets",
              f"    {c.out_errors} output error  {c.collisions} collision  0 deferred  "
              "0 late collision",
              f"    0 lost carrier  0 no carrier  0 babble  {c.out_discards} output discard",
              "    0 Tx pause", ""]
    return "\n".join(lines)


def show_interface(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [dev.interfaces[want]] if want else by_port_order(dev.interfaces.values())
    return "\n".join(interface_block(ctx, i) for i in ifaces)


def show_interface_brief(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["", "-" * 80, "Port   VRF          Status IP Address                              "
             "Speed    MTU", "-" * 80]
    mgmt = dev.interfaces.get(dev.mgmt_interface)
    if mgmt:
        lines.append(f"mgmt0  --           up     {mgmt.address:<40}1000     1500")
    lines += ["", "-" * 80,
              "Ethernet      VLAN    Type Mode   Status  Reason                   Speed     Port",
              "Interface                                                                    Ch #",
              "-" * 80]
    for i in by_port_order(dev.physical()):
        status, reason = _state(i)
        vlan = "--" if i.mode == "routed" else "1" if i.mode == "trunk" else str(i.access_vlan)
        speed = f"{i.speed // 1000}G(D)" if i.up else "auto(D)"
        ch = i.lag.replace("port-channel", "") if i.lag else "--"
        lines.append(f"{short(i.name):<14}{vlan:<8}eth  {i.mode:<7}{status:<8}{reason:<26}"
                     f"{speed:>8} {ch}")
    for i in by_port_order(x for x in dev.interfaces.values() if x.kind == "lag"):
        status, reason = _state(i)
        lines += ["", "-" * 80, "Port-channel VLAN    Type Mode   Status  Reason              "
                  "    Speed   Protocol", "Interface", "-" * 80,
                  f"{short(i.name):<13}1       eth  trunk  {status:<8}{reason:<26}"
                  f"{i.speed // 1000}G(D)  lacp"]
    return "\n".join(lines)


def show_interface_status(ctx: Ctx) -> str:
    dev = ctx.device
    only_err = "err-disabled" in ctx.words
    want = ctx.args.get("interface")
    if only_err:
        lines = ["-" * 80, "Port         Name               Status             Reason",
                 "-" * 80]
        lines += [f"{short(i.name):<13}{(i.description or '--')[:18]:<19}{'err-disabled':<19}"
                  f"{i.err_disabled}" for i in by_port_order(dev.physical()) if i.err_disabled]
        return "\n".join(lines)
    lines = ["", "-" * 80,
             "Port          Name               Status    Vlan      Duplex  Speed   Type",
             "-" * 80]
    for i in by_port_order(dev.interfaces.values()):
        if i.kind not in ("ethernet", "lag", "mgmt") or (want and i.name != want):
            continue
        if only_err and not i.err_disabled:
            continue
        status = "err-disabl" if i.err_disabled else "disabled" if not i.admin_up else (
            "connected" if i.up else "notconnec")
        vlan = "trunk" if i.mode == "trunk" else "routed" if i.mode == "routed" else str(
            i.access_vlan)
        speed = f"{i.speed // 1000}G" if i.up and i.speed >= 1000 else "auto"
        media = "10Gbase-SR" if i.kind == "ethernet" else "--"
        name = "mgmt0" if i.kind == "mgmt" else short(i.name)
        lines.append(f"{name:<14}{i.description[:18]:<19}{status:<10}{vlan:<10}"
                     f"{'full' if i.up else 'auto':<8}{speed:<8}{media}")
    return "\n".join(lines)


def show_interface_description(ctx: Ctx) -> str:
    lines = ["", "-" * 80, "Port          Type   Speed   Description", "-" * 80]
    for i in by_port_order(ctx.device.interfaces.values()):
        kind = {"ethernet": "eth", "lag": "eth", "mgmt": "eth"}.get(i.kind, "--")
        speed = f"{i.speed // 1000}G" if i.kind == "ethernet" else "--"
        name = "mgmt0" if i.kind == "mgmt" else short(i.name)
        lines.append(f"{name:<14}{kind:<7}{speed:<8}{i.description or '--'}")
    return "\n".join(lines)


def show_counters_errors(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [i for i in by_port_order(dev.physical()) if not want or i.name == want]
    lines = ["", "-" * 80, "Port          Align-Err    FCS-Err   Xmit-Err    Rcv-Err  "
             "UnderSize OutDiscards", "-" * 80]
    for i in ifaces:
        c = i.counters(ctx.now, 0.0)
        lines.append(f"{short(i.name):<14}{0:>9}{c.crc:>11}{c.out_errors:>11}{c.in_errors:>11}"
                     f"{c.runts:>11}{c.out_discards:>12}")
    return "\n".join(lines)


def show_transceiver(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.physical()):
        if want and i.name != want:
            continue
        out += [f"{i.name}", "    transceiver is present", "    type is 10Gbase-SR",
                "    name is CISCO-AVAGO", "    part number is SFBR-7702SDZ-CS2",
                "    revision is G2.3", f"    serial number is AVD{stable(i.mac) % 10**8:08d}",
                "    nominal bitrate is 10300 MBit/sec", "    cisco id is 3",
                "    cisco extended id number is 4", ""]
        if "details" in ctx.words:
            rx = -2.41 if i.up else -40.0
            out += ["    SFP Detail Diagnostics Information (internal calibration)",
                    "  " + "-" * 76,
                    "                Current              Alarms                  Warnings",
                    "                Measurement     High        Low         High          Low",
                    "  " + "-" * 76,
                    "  Temperature   31.48 C        75.00 C     -5.00 C     70.00 C        0.00 C",
                    "  Voltage        3.29 V         3.63 V      2.97 V      3.46 V        3.13 V",
                    "  Current        7.52 mA       12.00 mA     2.00 mA    11.50 mA       2.50 mA",
                    "  Tx Power      -2.17 dBm       1.69 dBm  -11.30 dBm   -1.30 dBm     "
                    "-7.30 dBm",
                    f"  Rx Power      {rx:.2f} dBm       1.99 dBm  -13.97 dBm   -1.00 dBm     "
                    "-9.91 dBm", "  Transmit Fault Count = 0", "  " + "-" * 76,
                    "  Note: ++  high-alarm; +  high-warning; --  low-alarm; -  low-warning", ""]
    return "\n".join(out)


def show_ip_interface_brief(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = vrf_arg(ctx)
    title = "all" if "all" in ctx.words else VRF.get(vrf, vrf) or "default"
    lines = [f'IP Interface Status for VRF "{title}"(1)',
             "Interface            IP Address      Interface Status"]
    for i in by_port_order(dev.interfaces.values()):
        if not i.ipv4 or (i.vrf != vrf and "all" not in ctx.words):
            continue
        status = "protocol-up/link-up/admin-up" if i.up else (
            "protocol-down/link-down/admin-up" if i.admin_up else
            "protocol-down/link-down/admin-down")
        lines.append(f"{short(i.name):<21}{i.address:<16}{status}")
    return "\n".join(lines)


def show_vlan(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("vlan")
    vlans = [v for v in sorted(dev.vlans.values(), key=lambda v: v.vid)
             if not want or v.vid == int(want)]
    if want and not vlans:
        return f"VLAN {want} not found in current VLAN database"
    lines = ["", "VLAN Name                             Status    Ports",
             "---- -------------------------------- --------- -------------------------------"]
    for v in vlans:
        ports = [short(i.name) for i in by_port_order(dev.interfaces.values())
                 if i.up and ((i.mode == "trunk" and not i.lag and i.kind != "vlan") or
                              (i.mode == "access" and i.access_vlan == v.vid))]
        chunks = [", ".join(ports[k:k + 5]) for k in range(0, len(ports), 5)] or [""]
        lines.append(f"{v.vid:<5}{v.name:<33}{'active':<10}{chunks[0]}")
        lines += [" " * 48 + c for c in chunks[1:]]
    if "brief" not in ctx.words:
        lines += ["", "VLAN Type         Vlan-mode", "---- -----        ----------"]
        lines += [f"{v.vid:<5}enet         CE" for v in vlans]
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
    lines = ["Legend: ",
             "        * - primary entry, G - Gateway MAC, (R) - Routed MAC, O - Overlay MAC",
             "        age - seconds since last seen,+ - primary entry using vPC Peer-Link,",
             "        (T) - True, (F) - False, C - ControlPlane MAC, ~ - vsan",
             "   VLAN     MAC Address      Type      age     Secure NTFY Ports",
             "---------+-----------------+--------+---------+------+----+------------------"]
    for e in entries:
        lines.append(f"*{e.vlan:>5}     {mac_style(e.mac, 'dotted')}   "
                     f"{'static' if e.static else 'dynamic':<8} {0:<9}   F      F    "
                     f"{short(e.port)}")
    return "\n".join(lines)


_ROLE = {"root": "Root", "designated": "Desg", "alternate": "Altn", "backup": "Back"}
_STS = {"forwarding": "FWD", "blocking": "BLK", "learning": "LRN"}


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "No spanning tree instance exists."
    vlans = [v for v in sorted(dev.vlans) if v in (1, 10, 20, 30, 99)]
    if "vlan" in ctx.args:
        vlans = [v for v in vlans if v == int(ctx.args["vlan"])]
        if not vlans:
            return f"ERROR: Spanning tree instance(s) for vlan {ctx.args['vlan']} does not exist"
    if "summary" in ctx.words:
        root_for = ", ".join(f"VLAN{v:04d}" for v in vlans) if stp.root_mac == dev.base_mac \
            else "none"
        blk = sum(1 for p in stp.ports.values() if p.state == "blocking")
        fwd = len(stp.ports) - blk
        lines = ["Switch is in rapid-pvst mode ", f"Root bridge for: {root_for}",
                 "Port Type Default                        is disable",
                 "Edge Port [PortFast] BPDU Guard Default  is disabled",
                 "Bridge Assurance                         is enabled",
                 "Loopguard Default                        is disabled",
                 "Pathcost method used                     is short", "",
                 "Name                   Blocking Listening Learning Forwarding STP Active",
                 "---------------------- -------- --------- -------- ---------- ----------"]
        for v in vlans:
            lines.append(f"VLAN{v:04d}                 {blk:>8} {0:>9} {0:>8} {fwd:>10} "
                         f"{blk + fwd:>10}")
        return "\n".join(lines)
    if "root" in ctx.words:
        lines = ["", "                                        Root  Hello Max Fwd",
                 "Vlan                   Root ID          Cost  Time  Age Dly  Root Port",
                 "---------------- -------------------- ------- ----- --- ---  ----------------"]
        for v in vlans:
            port = short(stp.root_port) if stp.root_port else "This bridge is root"
            lines.append(f"VLAN{v:04d}         {stp.root_priority + v:>5} {stp.root_mac}"
                         f"{stp.root_cost:>8}{2:>6}{20:>4}{15:>4}  {port}")
        return "\n".join(lines)
    out = []
    for v in vlans:
        out += ["", f"VLAN{v:04d}", "  Spanning tree enabled protocol rstp",
                f"  Root ID    Priority    {stp.root_priority + v}",
                f"             Address     {stp.root_mac}"]
        if stp.root_mac == dev.base_mac:
            out.append("             This bridge is the root")
        else:
            out += [f"             Cost        {stp.root_cost}",
                    f"             Port        {4096 + 1} ({stp.root_port})"]
        out += ["             Hello Time  2  sec  Max Age 20 sec  Forward Delay 15 sec", "",
                f"  Bridge ID  Priority    {stp.priority + v}  (priority {stp.priority} "
                f"sys-id-ext {v})", f"             Address     {dev.base_mac}",
                "             Hello Time  2  sec  Max Age 20 sec  Forward Delay 15 sec", "",
                "Interface        Role Sts Cost      Prio.Nbr Type",
                "---------------- ---- --- --------- -------- --------------------------------"]
        for name, sp in stp.ports.items():
            if "interface" in ctx.args and name != ctx.args["interface"]:
                continue
            out.append(f"{short(name):<17}{_ROLE.get(sp.role, 'Desg')} "
                       f"{_STS.get(sp.state, 'FWD')} {sp.cost:<10}128.{4096 + len(out) % 97:<4} "
                       f"{'Edge P2p' if sp.edge else 'P2p'}")
    if "detail" in ctx.words:
        out += ["", f"  Number of topology changes {stp.topology_changes(ctx.now)} last change "
                f"occurred {short_age(ctx.now - stp.last_change(ctx.now))} ago",
                f"          from {stp.tc_port}"]
    return "\n".join(out)


def neighbors(ctx: Ctx) -> list[tuple[Interface, Device, Interface]]:
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.physical()):
        found = ctx.world.peer(dev, i)
        if found and (not want or i.name == want):
            out.append((i, found[0], found[1]))
    return out


def show_cdp(ctx: Ctx) -> str:
    nbrs = neighbors(ctx)
    if "detail" in ctx.words:
        out = []
        for i, other, far in nbrs:
            out += ["----------------------------------------", f"Device ID:{other.name}",
                    f"System Name: {other.name}", "", "Interface address(es):",
                    f"    IPv4 Address: {other.mgmt_ip}", f"Platform: {other.model}, "
                    "Capabilities: Router Switch IGMP Filtering Supports-STP-Dispute",
                    f"Interface: {i.name}, Port ID (outgoing port): {far.name}",
                    "Holdtime: 163 sec", "", "Version:",
                    f"{other.platform} Software, Version {other.version}", "",
                    "Advertisement Version: 2", "", "Duplex: full", "",
                    "Mgmt address(es):", f"    IPv4 Address: {other.mgmt_ip}"]
        return "\n".join(out)
    lines = ["Capability Codes: R - Router, T - Trans-Bridge, B - Source-Route-Bridge",
             "                  S - Switch, H - Host, I - IGMP, r - Repeater,",
             "                  V - VoIP-Phone, D - Remotely-Managed-Device,",
             "                  s - Supports-STP-Dispute", "",
             "Device-ID          Local Intrfce  Hldtme Capability  Platform      Port ID"]
    for i, other, far in nbrs:
        caps = "R S I s" if other.role != "switch" else "S I s"
        lines.append(f"{other.name:<19}{short(i.name):<15}{163:<7}{caps:<12}"
                     f"{other.model[:13]:<14}{far.name}")
    lines += ["", f"Total entries displayed: {len(nbrs)}"]
    return "\n".join(lines)


def show_lldp(ctx: Ctx) -> str:
    nbrs = neighbors(ctx)
    if "detail" in ctx.words:
        out = []
        for i, other, far in nbrs:
            out += [f"Chassis id: {other.base_mac}", f"Port id: {far.name}",
                    f"Local Port id: {short(i.name)}",
                    f"Port Description: {far.description or far.name}",
                    f"System Name: {other.name}",
                    f"System Description: {other.platform} {other.model} {other.version}",
                    "Time remaining: 97 seconds", "System Capabilities: B, R",
                    "Enabled Capabilities: B, R", f"Management Address: {other.mgmt_ip}",
                    "Vlan ID: not advertised", ""]
        out.append(f"Total entries displayed: {len(nbrs)}")
        return "\n".join(out)
    lines = ["Capability codes:", "  (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable "
             "Device", "  (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other",
             "Device ID            Local Intf      Hold-time  Capability  Port ID"]
    for i, other, far in nbrs:
        lines.append(f"{other.name:<21}{short(i.name):<16}{120:<11}{'BR':<12}{far.name}")
    lines += ["", f"Total entries displayed: {len(nbrs)}"]
    return "\n".join(lines)


def show_port_channel(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["Flags:  D - Down        P - Up in port-channel (members)",
             "        I - Individual  H - Hot-standby (LACP only)",
             "        s - Suspended   r - Module-removed",
             "        b - BFD Session Wait",
             "        S - Switched    R - Routed",
             "        U - Up (port-channel)",
             "        p - Up in delay-lacp mode (member)",
             "        M - Not in use. Min-links not met",
             "-" * 80,
             "Group Port-       Type     Protocol  Member Ports",
             "      Channel",
             "-" * 80]
    for k, lag in enumerate((i for i in dev.interfaces.values() if i.kind == "lag"), 1):
        members = "     ".join(f"{short(m)}({'P' if dev.interfaces[m].up else 'D'})"
                               for m in lag.members)
        lines.append(f"{k:<6}{short(lag.name)}({'SU' if lag.up else 'SD'})     Eth      LACP"
                     f"      {members}")
    return "\n".join(lines)


def show_vpc(ctx: Ctx) -> str:
    dev = ctx.device
    lag = next((i for i in dev.interfaces.values() if i.kind == "lag"), None)
    if lag is None:
        return "% vPC is not enabled"
    return "\n".join([
        "Legend:", "                (*) - local vPC is down, forwarding via vPC peer-link", "",
        "vPC domain id                     : 10", "Peer status                       : "
        "peer adjacency formed ok", "vPC keep-alive status             : peer is alive",
        "Configuration consistency status  : success",
        "Per-vlan consistency status       : success",
        "Type-2 consistency status         : success",
        f"vPC role                          : {'primary' if dev.index == 1 else 'secondary'}",
        "Number of vPCs configured         : 0", "Peer Gateway                      : Enabled",
        "Dual-active excluded VLANs        : -", "Graceful Consistency Check        : Enabled",
        "Auto-recovery status              : Enabled, timer is off.(timeout = 240s)", "",
        "vPC Peer-link status", "-" * 63,
        "id    Port   Status Active vlans", "--    ----   ------ " + "-" * 42,
        f"1     {short(lag.name)}    {'up' if lag.up else 'down'}     "
        + ",".join(map(str, lag.trunk_vlans)),
    ])


_VPC_PARAMS = {"STP Mode": "STP Mode", "VLANs": "Vlans", "MTU": "MTU",
               "Interface-vlan admin up": "Interface-vlan admin up",
               "Allowed VLANs": "Allowed VLANs"}
_STP_MODE = {"rapid-pvst": "Rapid-PVST", "mstp": "MST", "rstp": "Rapid-PVST", "none": "None"}


def show_vpc_consistency(ctx: Ctx) -> str:
    """``show vpc consistency-parameters global``: local against the vPC peer's values."""
    params = consistency(ctx.world, ctx.device)
    if params is None:
        return "% vPC is not enabled"
    lines = ["", "    Legend:", "        Type 1 : vPC will be suspended in case of mismatch", "",
             "Name                        Type  Local Value            Peer Value             ",
             "-------------               ----  ---------------------- -----------------------"]
    for p in params:
        local, peer = p.local, p.peer
        if p.name == "STP Mode":
            local, peer = _STP_MODE.get(local, local), _STP_MODE.get(peer, peer) if peer else ""
        kind = "1" if p.name in ("STP Mode", "MTU") else "2" if p.name != "Allowed VLANs" else "-"
        lines.append(f"{_VPC_PARAMS[p.name]:<28}{kind:<6}{local:<23}{peer or '-':<23}")
    return "\n".join(lines)


def show_fex(ctx: Ctx) -> str:
    """``show fex``: the lab attaches no fabric extenders, so only the header."""
    return "\n".join(["", "  FEX         FEX           FEX              FEX              Fex",
                      "Number    Description      State            Model            Serial",
                      "-" * 72])


def show_ip_route(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = vrf_arg(ctx)
    proto = next((w for w in ("bgp", "ospf", "static", "direct", "connected")
                  if w in ctx.words), None)
    rs = routes(dev, vrf, {"direct": "connected"}.get(proto or "", proto))
    if "ip" in ctx.args:
        hit = lookup_route(dev, ctx.args["ip"], vrf)
        rs = [hit] if hit else []
    if "prefix" in ctx.args:
        rs = [r for r in routes(dev, vrf) if r.prefix == ctx.args["prefix"]] or [
            r for r in [lookup_route(dev, ctx.args["prefix"].split("/")[0], vrf)] if r]
        if not rs:
            return "Route not found"
    lines = [f'IP Route Table for VRF "{VRF.get(vrf, vrf) or "default"}"',
             "'*' denotes best ucast next-hop", "'**' denotes best mcast next-hop",
             "'[x/y]' denotes [preference/metric]",
             "'%<string>' in via output denotes VRF <string>", ""]
    for r in rs:
        if r.protocol == "local":
            continue
        age = short_age(ctx.now - r.age)
        if r.protocol == "connected":
            iface = dev.interfaces[r.interface]
            lines += [f"{r.prefix}, ubest/mbest: 1/0, attached",
                      f"    *via {iface.address}, {short(r.interface)}, [0/0], {age}, direct"]
            local = f"{iface.address}/32"
            lines += [f"{local}, ubest/mbest: 1/0, attached",
                      f"    *via {iface.address}, {short(r.interface)}, [0/0], {age}, local"]
            continue
        proto_word = {"ospf": "ospf-1, intra", "bgp": f"bgp-{dev.bgp.asn if dev.bgp else 1}, "
                      "external, tag 65001", "static": "static"}[r.protocol]
        via = f"{r.next_hop}" + (f"%{VRF.get(r.vrf, r.vrf)}" if r.vrf else "")
        out_if = f", {short(r.interface)}" if r.interface and not r.vrf else ""
        lines += [f"{r.prefix}, ubest/mbest: 1/0",
                  f"    *via {via}{out_if}, [{r.distance}/{r.metric}], {age}, {proto_word}"]
    return "\n".join(lines)


def show_arp(ctx: Ctx) -> str:
    dev = ctx.device
    vrf = vrf_arg(ctx)
    entries = [e for e in dev.arp if (e.vrf == vrf or "all" in ctx.words)
               and ctx.args.get("ip", e.ip) == e.ip
               and ctx.args.get("interface", e.interface).lower() == e.interface.lower()]
    lines = ["", "Flags: * - Adjacencies learnt on non-active FHRP router",
             "       + - Adjacencies synced via CFSoE",
             "       # - Adjacencies Throttled for Glean",
             "       CP - Added via L2RIB, Control plane Adjacencies",
             "       PS - Added via L2RIB, Peer Sync", "       RO - Re-Originated Peer Sync Entry",
             "       D - Static Adjacencies attached to down interface", "",
             f'IP ARP Table for context {VRF.get(vrf, vrf) or "default"}',
             f"Total number of entries: {len(entries)}",
             "Address         Age       MAC Address     Interface       Flags"]
    for e in entries:
        lines.append(f"{e.ip:<16}{'00:' + f'{e.age_min % 60:02d}:{e.age_min * 7 % 60:02d}':<10}"
                     f"{e.mac:<16}{short(e.interface):<16}")
    return "\n".join(lines)


def show_bgp_summary(ctx: Ctx) -> str:
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP not running"
    lines = ['BGP summary information for VRF default, address family IPv4 Unicast',
             f"BGP router identifier {bgp.router_id}, local AS number {bgp.asn}",
             f"BGP table version is {len(dev.routes) * 3}, IPv4 Unicast config peers "
             f"{len(bgp.neighbors)}, capable peers {sum(n.up for n in bgp.neighbors)}",
             f"{len(dev.routes)} network entries and {len(dev.routes) + 1} paths using 1284 "
             "bytes of memory", "BGP attribute entries [2/328], BGP AS path entries [1/6]",
             "BGP community entries [0/0], BGP clusterlist entries [0/0]", "",
             "Neighbor        V    AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd"]
    for n in bgp.neighbors:
        msgs = int((ctx.now - n.since) / 60) + 40
        state = str(n.pfx_rcvd) if n.up else "Idle"
        lines.append(f"{n.ip:<16}4 {n.remote_as:>5}{msgs:>8}{msgs + 2:>8}{len(dev.routes) * 3:>9}"
                     f"{0:>5}{0:>5} {short_age(ctx.now - n.since) if n.up else 'never':<8} "
                     f"{state}")
    return "\n".join(lines)


def show_ospf_neighbors(ctx: Ctx) -> str:
    dev = ctx.device
    if dev.ospf is None:
        return ""
    up = [n for n in dev.ospf.neighbors if n.up]
    lines = [' OSPF Process ID 1 VRF default', f" Total number of neighbors: {len(up)}",
             " Neighbor ID     Pri State            Up Time  Address         Interface"]
    for n in up:
        state = f"FULL/{n.role or ' -'}"
        since = short_age(ctx.now - n.since)
        lines.append(f" {n.router_id:<16}{n.priority:>3} {state:<17}{since:<9}"
                     f"{n.ip:<16}{short(n.interface)}")
    return "\n".join(lines)


def show_hsrp(ctx: Ctx) -> str:
    groups = ctx.device.vrrp
    if "brief" in ctx.words:
        lines = ["*:IPv6 group   #:group belongs to a bundle",
                 "                     P indicates configured to preempt.",
                 "                     |",
                 " Interface   Grp  Prio P State    Active addr      Standby addr     Group addr"]
        for g in groups:
            active = "local" if g["state"] == "active" else g["peer"]
            standby = g["peer"] if g["state"] == "active" else "local"
            lines.append(f"  {short(g['interface']):<11}{g['group']:<5}{g['priority']:<5}P "
                         f"{g['state'].capitalize():<9}{active:<17}{standby:<17}{g['vip']}"
                         "     (conf)")
        return "\n".join(lines)
    out = []
    for g in groups:
        out += [f"{g['interface']} - Group {g['group']} (HSRP-V2) (IPv4)",
                f"  Local state is {g['state'].capitalize()}, priority {g['priority']} "
                f"(Cfged {g['priority']}), may preempt", "    Forwarding threshold(for vPC), "
                "lower: 1 upper: 100 ", "  Hellotime 3 sec, holdtime 10 sec",
                f"  Virtual IP address is {g['vip']} (Cfged)",
                "  Active router is " + ("local" if g["state"] == "active" else g["peer"]),
                "  Standby router is " + (g["peer"] if g["state"] == "active" else "local"), ""]
    return "\n".join(out)


def show_vrf(ctx: Ctx) -> str:
    lines = ["VRF-Name                           VRF-ID State   Reason",
             "default                                 1 Up      --"]
    for k, vrf in enumerate(ctx.device.vrfs, 2):
        lines.append(f"{VRF.get(vrf, vrf):<40}{k} Up      --")
    return "\n".join(lines)


def running_config(ctx: Ctx) -> str:
    dev = ctx.device
    t = wall(ctx)
    lines = ["", "!Command: show running-config",
             f"!Running configuration last done at: {t:%a %b %d %H:%M:%S %Y}",
             f"!Time: {t:%a %b %d %H:%M:%S %Y}", "", "version 10.3(4a) Bios:version 05.47 ",
             f"hostname {dev.name}", "vdc " + dev.name + " id 1", "",
             "feature ospf" if dev.ospf else "", "feature bgp" if dev.bgp else "",
             "feature interface-vlan", "feature hsrp", "feature lacp", "feature vpc",
             "feature lldp", "", "username lab password 5 $5$LAB$notarealhash  role "
             "network-admin", "ip domain-lookup", "",
             "vlan 1," + ",".join(str(v) for v in sorted(dev.vlans) if v != 1)]
    for v in sorted(dev.vlans.values(), key=lambda v: v.vid):
        if v.vid != 1:
            lines += [f"vlan {v.vid}", f"  name {v.name}"]
    lines += ["", "vrf context management",
              f"  ip route 0.0.0.0/0 {dev.mgmt_ip.rsplit('.', 1)[0]}.1", ""]
    for i in by_port_order(dev.interfaces.values()):
        lines += [*iface_config(dev, i), ""]
    if dev.ospf:
        lines += ["router ospf 1", f"  router-id {dev.ospf.router_id}", ""]
    if dev.bgp:
        lines += [*bgp_config(dev), ""]
    lines += [f"ntp server {p.address} use-vrf management" for p in dev.ntp]
    return "\n".join(x for x in lines if x is not None)


def bgp_config(dev: Device) -> list[str]:
    assert dev.bgp is not None
    out = [f"router bgp {dev.bgp.asn}", f"  router-id {dev.bgp.router_id}",
           "  address-family ipv4 unicast"]
    out += [f"    network {p}" for p in dev.bgp.networks]
    for n in dev.bgp.neighbors:
        out += [f"  neighbor {n.ip}", f"    remote-as {n.remote_as}",
                f"    description {n.description}", "    address-family ipv4 unicast"]
    return out


def iface_config(dev: Device, i: Interface) -> list[str]:
    name = "mgmt0" if i.kind == "mgmt" else i.name
    out = [f"interface {name}"]
    if i.description:
        out.append(f"  description {i.description}")
    if i.mode == "trunk" and i.kind in ("ethernet", "lag"):
        out += ["  switchport", "  switchport mode trunk",
                "  switchport trunk allowed vlan " + ",".join(map(str, i.trunk_vlans))]
    elif i.mode == "access" and i.kind == "ethernet":
        out += ["  switchport", f"  switchport access vlan {i.access_vlan}"]
    if i.lag:
        out.append(f"  channel-group {i.lag.replace('port-channel', '')} mode active")
    if i.vrf:
        out.append(f"  vrf member {VRF.get(i.vrf, i.vrf)}")
    if i.ipv4:
        out.append(f"  ip address {i.ipv4}")
        if dev.ospf and i.name in dev.ospf.interfaces:
            out.append("  ip router ospf 1 area 0.0.0.0")
    g = next((g for g in dev.vrrp if g["interface"] == i.name), None)
    if g:
        out += [f"  hsrp {g['group']}", f"    priority {g['priority']}", "    preempt",
                f"    ip {g['vip']}"]
    out.append("  no shutdown" if i.admin_up else "  shutdown")
    return out


def running_section(ctx: Ctx) -> str:
    dev = ctx.device
    if "bgp" in ctx.words:
        return "\n".join(["", "!Command: show running-config bgp", "",
                          "feature bgp", ""] + (bgp_config(dev) if dev.bgp else []))
    name = ctx.args["interface"]
    return "\n".join(["", f"!Command: show running-config interface {name}", "", "",
                      *iface_config(dev, dev.interfaces[name])])


LOG = {
    "restart": "%SYSMGR-5-RESTART: System restarted",
    "link_up": "%ETHPORT-5-IF_UP: Interface {interface} is up in mode {mode}",
    "link_down": "%ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface {interface} is down (Link failure)",
    "ospf_up": "%OSPF-5-ADJCHANGE:  ospf-1 [5432]  Nbr {neighbor} on {interface} went FULL",
    "ospf_down": "%OSPF-5-ADJCHANGE:  ospf-1 [5432]  Nbr {neighbor} on {interface} went DOWN",
    "bgp_up": "%BGP-5-ADJCHANGE:  bgp-65000 [6012] (default) neighbor {neighbor} Up ",
    "bgp_down": "%BGP-5-ADJCHANGE:  bgp-65000 [6012] (default) neighbor {neighbor} Down - "
                "{reason}",
    "config": "%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by {user} on {from}@pts/0",
    "login": "%AUTHPRIV-6-SYSTEM_MSG: pam_unix(aaa:session): session opened for user {user}"
             " - dcos_sshd[2101]",
    "ntp_sync": "%NTP-6-NTP_SYSLOG_LOGGING: : Clock synchronized to {server}",
    "mac_flap": "%L2FM-2-L2FM_MAC_FLAP_DISABLE_LEARN_N3K: Loops detected in the network for "
                "mac {mac} among ports {port_a} and {port_b} vlan {vlan} - Disabling dynamic "
                "learning notifications for a period between 120 and 240 seconds on vlan "
                "{vlan}",
    "stp_tc": "%STP-6-TOPOLOGY_CHANGE: Topology change detected on port {interface}",
    "loop": "%STP-2-LOOPGUARD_BLOCK: Loop guard blocking port {interface} on VLAN0010.",
    "err_disable": "%ETHPORT-2-IF_DOWN_ERROR_DISABLED: Interface {interface} is down (Error "
                   "disabled. Reason:{reason})",
    "crc": "%ETHPORT-4-IF_CRC_ERRORS: Interface {interface} CRC errors detected",
    "cpu_high": "%PLATFORM-2-SYS_CPU_HIGH: CPU usage is {percent}%, above threshold",
    "memory_low": "%PLATFORM-2-MEMORY_ALERT: Memory Status Alert : SEVERE ALERT",
}


def show_logging(ctx: Ctx) -> str:
    events = ctx.device.log_events(ctx.now)
    if "n" in ctx.args:
        events = events[-int(ctx.args["n"]):]
    lines = [] if "logfile" in ctx.words or "last" in ctx.words else [
        "Logging console:                enabled (Severity: critical)",
        "Logging monitor:                enabled (Severity: notifications)",
        "Logging linecard:               enabled (Severity: notifications)",
        "Logging timestamp:              Seconds",
        "Logging source-interface :      disabled",
        "Logging rate-limit:             enabled",
        "Logging server:                 enabled",
        "{10.1.99.5}", "        This server is temporarily unreachable: no",
        "        server severity:        notifications", "", "Logging logfile:                "
        "enabled", "        Name - messages: Severity - notifications Size - 4194304", "",
        "Log File: "]
    for e in events:
        t = wall(ctx, e.at)
        params = {"mode": "trunk", **{k: str(v) for k, v in e.params.items()}}
        try:
            msg = LOG.get(e.kind, e.kind).format(**params)
        except KeyError:
            msg = LOG.get(e.kind, e.kind)
        lines.append(f"{t:%Y %b %d %H:%M:%S} {ctx.device.name} {msg}")
    return "\n".join(lines)


def show_clock(ctx: Ctx) -> str:
    t = wall(ctx)
    return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} UTC {t:%a %b %d %Y}\nTime source is NTP"


def show_inventory(ctx: Ctx) -> str:
    out = []
    for m in ctx.device.modules:
        name = "Chassis" if m.name == "Chassis" else m.name
        out += [f'NAME: "{name}",  DESCR: "{m.descr}"',
                f"PID: {m.pid:<18},  VID: {m.vid}  ,  SN: {m.serial}", ""]
    return "\n".join(out)


def show_environment(ctx: Ctx) -> str:
    env = ctx.device.env
    lines = []
    if ctx.words[-1] in ("environment", "power"):
        lines += ["Power Supply:", "Voltage: 12 Volts", "Power                              "
                  "Actual        Actual        Total", "Supply    Model                    "
                  "Output        Input        Capacity    Status", "                          "
                  "         (Watts )      (Watts )     (Watts )", "-------  ----------------"
                  "--  -----------  -----------  -----------  -----------"]
        for k, (_psu, watts) in enumerate(env.psus.items(), 1):
            lines.append(f"{k:<9}NXA-PAC-650W-PE     {watts:>8} W {watts + 12:>9} W "
                         f"{650:>10} W     {'Ok' if watts else 'Shutdown'}")
        lines.append("")
    if ctx.words[-1] in ("environment", "fan"):
        lines += ["Fan:", "-" * 60, "Fan             Model                Hw     Direction       "
                  "Status", "-" * 60]
        for fan, state in env.fans.items():
            lines.append(f"{fan:<16}NXA-FAN-30CFM-B      --     front-to-back   "
                         f"{'Ok' if state == 'ok' else 'Failure'}")
        lines.append("")
    if ctx.words[-1] in ("environment", "temperature"):
        lines += ["Temperature:", "-" * 79, "Module   Sensor        MajorThresh   MinorThres   "
                  "CurTemp     Status", "                       (Celsius)     (Celsius)    "
                  "(Celsius)", "-" * 79]
        for sensor, temp in env.temps.items():
            lines.append(f"1        {sensor:<14}{temp + 40:<14}{temp + 30:<13}{temp:<12}Normal")
        lines.append("")
    return "\n".join(lines)


def show_module(ctx: Ctx) -> str:
    dev = ctx.device
    ports = len(dev.physical())
    return "\n".join([
        "Mod Ports             Module-Type                      Model           Status",
        "--- ----- ------------------------------------- --------------------- ---------",
        f"1    {ports:<5}48x10G + 6x40/100G Ethernet Module     {dev.model:<22}active *", "",
        "Mod  Sw                       Hw    Slot", "---  ----------------------- ------ ----",
        f"1    {dev.version:<24} 1.0    NA", "",
        "Mod  MAC-Address(es)                         Serial-Num",
        "---  --------------------------------------  ----------",
        f"1    {dev.base_mac} to {dev.base_mac[:-2]}ff  {dev.serial}",
    ])


def show_ntp(ctx: Ctx) -> str:
    lines = ["Total peers : " + str(len(ctx.device.ntp)),
             "* - selected for sync, + -  peer mode(active), ",
             "- - peer mode(passive), = - polled in client mode ",
             "    remote                                 local                   st   poll   "
             "reach delay   vrf", "-" * 101]
    for p in ctx.device.ntp:
        mark = "*" if p.selected else "="
        lines.append(f"{mark}{p.address:<39}{ctx.device.mgmt_ip:<24}{p.stratum:<5}{64:<7}"
                     f"{377:<6}{p.delay_ms / 1000:.5f} management")
    return "\n".join(lines)


def show_users(ctx: Ctx) -> str:
    lines = ["NAME     LINE         TIME         IDLE          PID COMMENT"]
    t = wall(ctx)
    for s in ctx.device.sessions:
        mark = " *" if s.user == ctx.user else ""
        lines.append(f"{s.user:<9}pts/{s.line - 2:<8}{t:%b %d %H:%M}     .          "
                     f"{2100 + s.line:>5} ({s.peer}){mark}")
    return "\n".join(lines)


def show_dir(ctx: Ctx) -> str:
    dev = ctx.device
    t = wall(ctx, dev.boot_time - 86400 * 2)
    image = dev.image.split("/")[-1]
    return "\n".join([f"  2061307392    {t:%b %d %H:%M:%S %Y}  {image}",
                      f"       4096    {t:%b %d %H:%M:%S %Y}  scripts/",
                      f"      12288    {t:%b %d %H:%M:%S %Y}  lost+found/", "",
                      "Usage for bootflash://sup-local",
                      " 7328063488 bytes used", "46234853376 bytes free",
                      "53562916864 bytes total"])


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    ok, rtt = ping_reply(ctx, target, vrf_arg(ctx))
    count = max(1, int(ctx.args.get("n", "5")))
    lines = [f"PING {target} ({target}): 56 data bytes"]
    if ok:
        lines += [f"64 bytes from {target}: icmp_seq={k} ttl=254 time={rtt + k * 0.1:.3f} ms"
                  for k in range(count)]
    else:
        lines += [f"Request {k} timed out" for k in range(count)]
    lines += ["", f"--- {target} ping statistics ---",
              f"{count} packets transmitted, {count if ok else 0} packets received, "
              f"{0.0 if ok else 100.0:.2f}% packet loss"]
    if ok:
        lines.append(f"round-trip min/avg/max = {rtt:.3f}/{rtt + 0.2:.3f}/{rtt + 0.4:.3f} ms")
    return "\n".join(lines)


def traceroute(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    r = lookup_route(ctx.device, target, vrf_arg(ctx))
    hops = ([r.next_hop] if r and r.next_hop else []) + [target]
    lines = [f"traceroute to {target} ({target}), 30 hops max, 40 byte packets"]
    lines += [f" {k}  {h} ({h})  {k + 0.5:.3f} ms  {k + 0.4:.3f} ms  {k + 0.6:.3f} ms"
              for k, h in enumerate(hops, 1)]
    return "\n".join(lines)


def show_access_lists(ctx: Ctx) -> str:
    site = ctx.device.mgmt_ip.split(".")[1]
    acls = {"BLOCK-GUEST": [f"        10 deny ip 10.{site}.30.0/24 10.{site}.10.0/24 [match=412]",
                            "        20 permit ip any any [match=918233]"],
            "MGMT-ACCESS": ["        10 permit ip 10.0.0.0/8 any",
                            "        20 deny ip any any log"]}
    want = ctx.args.get("word")
    out = [""]
    for name, rules in acls.items():
        if not want or want == name:
            out += [f"IP access list {name}", *rules]
    return "\n".join(out)


def show_feature(ctx: Ctx) -> str:
    dev = ctx.device
    rows = [("bgp", dev.bgp is not None), ("hsrp_engine", True), ("interface-vlan", True),
            ("lacp", True), ("lldp", True), ("ospf", dev.ospf is not None), ("sshServer", True),
            ("vpc", True)]
    lines = ["Feature Name          Instance  State   ", "--------------------  --------  "
             "--------"]
    lines += [f"{n:<22}{1:<10}{'enabled' if on else 'disabled'}" for n, on in rows]
    return "\n".join(lines)


def show_license(ctx: Ctx) -> str:
    return "\n".join(["Feature                      Ins  Lic   Status Expiry Date Comments",
                      "                                 Count",
                      "-" * 83,
                      "LAN_ENTERPRISE_SERVICES_PKG   Yes   -   In use Never       -",
                      "-" * 83])



def show_reset_reason(ctx: Ctx) -> str:
    """``show system reset-reason``."""
    boot = wall(ctx, ctx.device.boot_time)
    return "\n".join([
        "----- reset reason for Supervisor-module 1 (from Supervisor in slot 1) ---",
        f"1) At 410120 usecs after {boot:%a %b %d %H:%M:%S %Y}",
        "    Reason: Reset Requested by CLI command reload",
        "    Service: ",
        f"    Version: {ctx.device.version}", "",
        "2) No time",
        "    Reason: Unknown",
        "    Service: ",
        "    Version: ",
    ])


def show_boot(ctx: Ctx) -> str:
    """``show boot``."""
    image = ctx.device.image
    return "\n".join(["Current Boot Variables:", "", "sup-1", f"NXOS variable = {image}",
                      "Boot POAP Disabled", "", "Boot Variables on next reload:", "", "sup-1",
                      f"NXOS variable = {image}", "Boot POAP Disabled"])


def show_switchport(ctx: Ctx) -> str:
    """``show interface [X] switchport``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.interfaces.values()):
        if i.kind not in ("ethernet", "lag") or (want and i.name != want):
            continue
        if i.mode == "routed":
            out += [f"Name: {i.name}", "  Switchport: Disabled"]
            continue
        vlan = dev.vlans.get(i.access_vlan)
        allowed = ",".join(map(str, i.trunk_vlans)) if i.mode == "trunk" else "1-4094"
        out += [f"Name: {i.name}", "  Switchport: Enabled", "  Switchport Monitor: Not enabled",
                "  Switchport Isolated : Not enabled",
                "  Switchport Block Multicast: Not enabled",
                "  Switchport Block Unicast: Not enabled",
                f"  Operational Mode: {i.mode}",
                f"  Access Mode VLAN: {i.access_vlan} "
                f"({vlan.name if vlan else 'Vlan not created'})",
                f"  Trunking Native Mode VLAN: {i.native_vlan} (default)",
                f"  Trunking VLANs Allowed: {allowed}",
                "  Voice VLAN: none",
                "  Extended Trust State : not trusted [COS = 0]",
                "  Administrative private-vlan primary host-association: none",
                "  Administrative private-vlan secondary host-association: none",
                "  Operational private-vlan: none"]
    return "\n".join(out)


def show_trunk(ctx: Ctx) -> str:
    """``show interface trunk``."""
    dev = ctx.device
    trunks = [i for i in by_port_order(dev.interfaces.values())
              if i.mode == "trunk" and i.kind in ("ethernet", "lag") and i.up]
    vl = ",".join
    lines = ["", "-" * 80, "Port          Native  Status        Port", "              Vlan"
             "                  Channel", "-" * 80]
    lines += [f"{short(i.name):<14}{i.native_vlan:<8}{'trnk-bndl' if i.lag else 'trunking':<14}"
              f"{short(i.lag) if i.lag else '--'}" for i in trunks]
    for title in ("Vlans Allowed on Trunk", "STP Forwarding"):
        lines += ["", "-" * 80, f"Port          {title}", "-" * 80]
        lines += [f"{short(i.name):<14}{vl(str(v) for v in i.trunk_vlans)}" for i in trunks]
    return "\n".join(lines)


def show_counters(ctx: Ctx) -> str:
    """``show interface [X] counters``."""
    dev = ctx.device
    want = ctx.args.get("interface")
    rows = [(i, i.counters(ctx.now, 0.0)) for i in by_port_order(dev.interfaces.values())
            if i.kind in ("ethernet", "lag", "mgmt") and (not want or i.name == want)]
    lines = ["", "-" * 80, "Port                                     InOctets                 "
             "     InUcastPkts", "-" * 80]
    lines += [f"{short(i.name):<26}{c.in_octets:>24}{c.in_pkts:>31}" for i, c in rows]
    lines += ["", "-" * 80, "Port                                    OutOctets                 "
              "    OutUcastPkts", "-" * 80]
    lines += [f"{short(i.name):<26}{c.out_octets:>24}{c.out_pkts:>31}" for i, c in rows]
    return "\n".join(lines)


def show_ip_interface(ctx: Ctx) -> str:
    """``show ip interface X``."""
    i = ctx.device.interfaces[ctx.args["interface"]]
    vrf = VRF.get(i.vrf, i.vrf) or "default"
    if not i.ipv4:
        return "ip: Interface does not have IP address"
    status = ("protocol-up/link-up/admin-up" if i.up else "protocol-down/link-down/admin-up"
              if i.admin_up else "protocol-down/link-down/admin-down")
    net = routes_of_iface(i)
    c = i.counters(ctx.now, 0.0)
    return "\n".join([
        f'IP Interface Status for VRF "{vrf}"',
        f"{short(i.name)}, Interface status: {status}, iod: {5 + len(i.name)},",
        f"  IP address: {i.address}, IP subnet: {net}",
        "  IP broadcast address: 255.255.255.255",
        "  IP multicast groups locally joined: ",
        "      224.0.0.5  224.0.0.6  224.0.0.2  ",
        f"  IP MTU: {i.mtu} bytes (using link MTU)",
        "  IP primary address route-preference: 0, tag: 0",
        "  IP proxy ARP : disabled", "  IP Local Proxy ARP : disabled",
        "  IP multicast routing: disabled", "  IP icmp redirects: enabled",
        "  IP directed-broadcast: disabled ", "  IP Forwarding: disabled ",
        "  IP icmp unreachables (except port): disabled",
        "  IP icmp port-unreachable: enabled", "  IP unicast reverse path forwarding: none",
        "  IP load sharing: none ", "  IP interface statistics last reset: never",
        "  IP interface software stats: (sent/received/forwarded/originated/consumed)",
        f"    Unicast packets    : {c.out_pkts}/{c.in_pkts}/0/{c.out_pkts}/{c.in_pkts}",
        f"    Unicast bytes      : {c.out_octets}/{c.in_octets}/0/{c.out_octets}/{c.in_octets}",
        f"    Multicast packets  : {c.out_mcast}/{c.in_mcast}/0/{c.out_mcast}/{c.in_mcast}",
        "    Multicast bytes    : 0/0/0/0/0",
        f"    Broadcast packets  : {c.out_bcast}/{c.in_bcast}/0/{c.out_bcast}/{c.in_bcast}",
        "    Broadcast bytes    : 0/0/0/0/0",
        "    Labeled packets    : 0/0/0/0/0",
        "    Labeled bytes      : 0/0/0/0/0",
        "  WCCP Redirect outbound: disabled",
        "  WCCP Redirect inbound: disabled",
        "  WCCP Redirect exclude: disabled",
    ])


def routes_of_iface(i: Interface) -> str:
    """The connected network of an interface (``10.1.10.0/24``)."""
    import ipaddress

    return str(ipaddress.IPv4Interface(i.ipv4).network)


def show_route_summary(ctx: Ctx) -> str:
    """``show ip route summary``."""
    rs = routes(ctx.device, vrf_arg(ctx))
    count = {p: sum(1 for r in rs if r.protocol == p) for p in
             ("connected", "local", "static", "ospf", "bgp")}
    paths = sum(count.values())
    lines = [f'IP Route Table for VRF "{VRF.get(vrf_arg(ctx), vrf_arg(ctx)) or "default"}"',
             f"Total number of routes: {len(rs)}", f"Total number of paths:  {paths}", "",
             "Best paths per protocol:      Backup paths per protocol:"]
    names = {"connected": "direct", "local": "local", "static": "static", "ospf": "ospf-1",
             "bgp": f"bgp-{ctx.device.bgp.asn if ctx.device.bgp else 1}"}
    for proto, n in count.items():
        if n:
            lines.append(f"  {names[proto]:<12}: {n:<16}")
    lines += ["", "Number of routes per mask-length:"]
    masks: dict[int, int] = {}
    for r in rs:
        plen = int(r.prefix.split("/")[1])
        masks[plen] = masks.get(plen, 0) + 1
    lines.append("  " + "  ".join(f"/{k}: {v:<4}" for k, v in sorted(masks.items())))
    return "\n".join(lines)


def show_ospf_neighbors_detail(ctx: Ctx) -> str:
    """``show ip ospf neighbors detail``."""
    dev = ctx.device
    if dev.ospf is None:
        return ""
    out = []
    for n in dev.ospf.neighbors:
        if not n.up:
            continue
        out += [f" Neighbor {n.router_id}, interface address {n.ip}",
                f"    Process ID 1 VRF default, in area 0.0.0.0 via interface {short(n.interface)}",
                f"    State is FULL, 5 state changes, last change {short_age(ctx.now - n.since)}",
                "    Neighbor priority is 1",
                "    Hello interval 10, dead interval 40, retransmit interval 5",
                "    Options 0x42: O E", "    Last non-hello packet received never",
                "    Dead timer due in 00:00:35"]
    return "\n".join(out)


def show_ospf_interface_brief(ctx: Ctx) -> str:
    """``show ip ospf interface brief``."""
    dev = ctx.device
    if dev.ospf is None:
        return ""
    names = dev.ospf.interfaces
    lines = [" OSPF Process ID 1 VRF default", f" Total number of interface: {len(names)}",
             " Interface               ID     Area            Cost   State    Neighbors Status"]
    for k, name in enumerate(names, 1):
        i = dev.interfaces[name]
        nbrs = sum(1 for n in dev.ospf.neighbors if n.interface == name and n.up)
        state = "LOOPBACK" if i.kind == "loopback" else "P2P" if i.kind == "ethernet" else "DR"
        cost = 1 if i.kind == "loopback" else 40
        lines.append(f" {short(name):<24}{k:<7}{'0.0.0.0':<16}{cost:<7}{state:<9}{nbrs:<10}"
                     f"{'up' if i.up else 'down'}")
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
    lines = [f"        OSPF Router with ID ({dev.ospf.router_id}) (Process ID 1 VRF default)",
             "", "                Router Link States (Area 0.0.0.0)", "",
             "Link ID         ADV Router      Age        Seq#       Checksum Link Count"]
    for k, other in enumerate(sorted(routers.values(), key=lambda d: d.loopback_ip)):
        assert other.ospf is not None
        links = len(other.ospf.interfaces) + len(other.ospf.neighbors)
        lines.append(f"{other.loopback_ip:<16}{other.loopback_ip:<16}"
                     f"{int(ctx.now - other.boot_time) % 1800:<11}0x8000{k + 10:04x} "
                     f"0x{(k * 7919) % 65536:04x}   {links}")
    return "\n".join(lines)


def show_dhcp_snooping(ctx: Ctx) -> str:
    """``show ip dhcp snooping [binding]``."""
    dev = ctx.device
    if "binding" in ctx.words:
        lines = ["MacAddress          IpAddress        LeaseSec  Type         VLAN  Interface",
                 "-----------------   ---------------  --------  -----------  ----  "
                 "-------------"]
        for e in dev.endpoints:
            lines.append(f"{mac_style(e.mac, 'colon'):<20}{e.ip:<17}{86400:<10}dhcp-snoop   "
                         f"{e.vlan:<6}{short(e.port)}")
        return "\n".join(lines)
    vlans = ",".join(str(v) for v in sorted(dev.vlans) if v in (10, 20, 30)) or "none"
    return "\n".join(["Switch DHCP snooping is enabled",
                      "DHCP snooping is configured on the following VLANs:", vlans,
                      "DHCP snooping is operational on the following VLANs:", vlans,
                      "Insertion of Option 82 is disabled",
                      "Verification of MAC address is enabled",
                      "DHCP snooping trust is configured on the following interfaces:",
                      ", ".join(short(i.name) for i in dev.physical() if i.mode == "trunk")])


def show_bgp_table(ctx: Ctx) -> str:
    """``show ip bgp`` (and a neighbour's received or advertised routes)."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP not running"
    lines = ["BGP routing table information for VRF default, address family IPv4 Unicast",
             f"BGP table version is {len(dev.routes) * 3}, Local Router ID is {bgp.router_id}",
             "Status: s-suppressed, x-deleted, S-stale, d-dampened, h-history, *-valid, >-best",
             "Path type: i-internal, e-external, c-confed, l-local, a-aggregate, r-redist, "
             "I-injected",
             "Origin codes: i - IGP, e - EGP, ? - incomplete, | - multipath, & - backup", "",
             "   Network            Next Hop            Metric     LocPrf     Weight Path"]
    want = ctx.args.get("ip")
    if "advertised-routes" not in ctx.words:
        for r in routes(dev, "", "bgp"):
            nb = next((n for n in bgp.neighbors if n.ip == r.next_hop), None)
            if want and r.next_hop != want:
                continue
            path = f"{nb.remote_as} i" if nb else "i"
            lines.append(f"*>e{r.prefix:<19}{r.next_hop:<36}{'':<11}0 {path}")
    if not want or "advertised-routes" in ctx.words:
        for net in bgp.networks:
            lines.append(f"*>l{net:<19}{'0.0.0.0':<27}{100:<11}{32768:<6} i")
    return "\n".join(lines)


def show_bgp_neighbors(ctx: Ctx) -> str:
    """``show ip bgp neighbors [X]``."""
    dev = ctx.device
    bgp = dev.bgp
    if bgp is None:
        return "% BGP not running"
    want = ctx.args.get("ip")
    if "routes" in ctx.words or "advertised-routes" in ctx.words:
        return show_bgp_table(ctx)
    out = []
    for k, n in enumerate(bgp.neighbors, 1):
        if want and n.ip != want:
            continue
        kind = "ibgp" if n.remote_as == bgp.asn else "ebgp"
        rid = ctx.world.devices[n.device].loopback_ip if n.device in ctx.world.devices else n.ip
        msgs = int((ctx.now - n.since) / 60) + 40 if n.up else 3
        state = (f"Established, up for {short_age(ctx.now - n.since)}" if n.up else
                 "Idle, down for 00:00:12")
        out += [f"BGP neighbor is {n.ip},  remote AS {n.remote_as}, {kind} link,  Peer index {k}",
                f"  Description: {n.description}",
                f"  BGP version 4, remote router ID {rid}",
                f"  BGP state = {state}",
                "  Last read 00:00:13, hold time = 180, keepalive interval is 60 seconds",
                "  Last written 00:00:16, keepalive timer expiry due 00:00:43",
                f"  Received {msgs} messages, 0 notifications, 0 bytes in queue",
                f"  Sent {msgs + 2} messages, 0 notifications, 0 bytes in queue",
                f"  Connections established {1 if n.up else 0}, dropped {0 if n.up else 1}",
                "  Last reset by us never, due to No error" if n.up else
                f"  Last reset by us 00:00:12, due to {n.down_reason or 'holdtimer expired error'}",
                "  Last reset by peer never, due to No error", "",
                "  For address family: IPv4 Unicast",
                f"  BGP table version {len(dev.routes) * 3}, neighbor version "
                f"{len(dev.routes) * 3}",
                f"  {n.pfx_rcvd if n.up else 0} accepted paths consume "
                f"{(n.pfx_rcvd if n.up else 0) * 124} bytes of memory",
                f"  {n.pfx_sent if n.up else 0} sent paths", ""]
    if want and not out:
        return f"% No such neighbor {want}"
    return "\n".join(out)


def show_lacp_neighbor(ctx: Ctx) -> str:
    """``show lacp neighbor``."""
    dev = ctx.device
    out = ["Flags:  S - Device is sending Slow LACPDUs F - Device is sending Fast LACPDUs",
           "        A - Device is in Active mode       P - Device is in Passive mode"]
    for lag in (i for i in dev.interfaces.values() if i.kind == "lag"):
        out += [f"{lag.name} neighbors", "Partner's information",
                "            Partner                Partner                     Partner",
                "Port        System ID              Port Number     Age         Flags"]
        for m in lag.members:
            i = dev.interfaces[m]
            other = ctx.world.devices[i.peer.device] if i.peer else None
            mac = other.base_mac if other else "0000.0000.0000"
            out += [f"{short(m):<12}32768,{mac:<16}0x{100 + len(out):<14X}{727:<12}SA", ""]
    return "\n".join(out)


def show_blocked_ports(ctx: Ctx) -> str:
    """``show spanning-tree blockedports``."""
    stp = ctx.device.stp
    lines = ["", "Name                 Blocked Interfaces List",
             "-------------------- ------------------------------------"]
    blocked = [short(n) for n, p in (stp.ports.items() if stp else ()) if p.state == "blocking"]
    vlans = [v for v in sorted(ctx.device.vlans) if v in (1, 10, 20, 30, 99)]
    if blocked:
        lines += [f"VLAN{v:04d}             {', '.join(blocked)}" for v in vlans]
    lines += ["", f"Number of blocked ports (segments) in the system : "
              f"{len(blocked) * len(vlans)}"]
    return "\n".join(lines)


def show_ipv6_interface_brief(ctx: Ctx) -> str:
    """``show ipv6 interface brief``: the lab routes no IPv6 (link-locals only)."""
    from nornir_nlchat.lab.render import mac_style as ms

    lines = ['IPv6 Interface Status for VRF "default"(1)',
             "Interface        IPv6 Address/Link-local Address           Interface Status",
             "                                                           prot/link/admin"]
    for i in by_port_order(ctx.device.interfaces.values()):
        if not i.ipv4 or i.vrf:
            continue
        d = ms(i.mac, "colon").split(":")
        ll = f"fe80::{int(d[0], 16) ^ 2:x}{d[1]}:{d[2]}ff:fe{d[3]}:{d[4]}{d[5]}"
        state = "up/up/up" if i.up else "down/down/up" if i.admin_up else "down/down/down"
        lines += [f"{short(i.name):<17}{ll:<42}{state}"]
    return "\n".join(lines)


def show_ipv6_route(ctx: Ctx) -> str:
    """``show ipv6 route``: an empty IPv6 table."""
    return "\n".join(['IPv6 Routing Table for VRF "default"',
                      "'*' denotes best ucast next-hop", "'**' denotes best mcast next-hop",
                      "'[x/y]' denotes [preference/metric]", ""])


def show_ipv6_neighbor(ctx: Ctx) -> str:
    """``show ipv6 neighbor``: no IPv6 neighbours."""
    return "\n".join(["", "Flags: # - Adjacencies Throttled for Glean",
                      "        G - Adjacencies of vPC peer with G/W bit", "",
                      'IPv6 Adjacency Table for VRF default', "Total number of entries: 0",
                      "Address         Age       MAC Address     Pref Source     Interface"])


def show_vrrp(ctx: Ctx) -> str:
    """``show vrrp``: the lab's gateways run HSRP, so VRRP has no groups."""
    return "\n".join(["", "      Interface  VR IpVersion Pri   Time Pre State   VR IP addr",
                      "-" * 63])
