"""Cisco IOS-XE lab renderers: interfaces, VLANs, MAC table, spanning tree, CDP/LLDP."""

from __future__ import annotations

from nlchat_plugins.cisco_ios.lab_system import cdp_name, short
from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.render import by_port_order, mac_style, netmask, short_age
from nornir_nlchat.lab.state import Device, Interface


def _state(i: Interface) -> tuple[str, str]:
    if not i.admin_up:
        return "administratively down", "down"
    if i.err_disabled:
        return "down", "down (err-disabled)"
    return ("up", "up") if i.up else ("down", "down")


def _hardware(i: Interface) -> str:
    return {"vlan": "Ethernet SVI", "loopback": "Loopback", "lag": "EtherChannel"}.get(
        i.kind, "Ten Gigabit Ethernet" if i.speed >= 10000 else "Gigabit Ethernet")


def interface_block(ctx: Ctx, i: Interface) -> str:
    status, proto = _state(i)
    c = i.counters(ctx.now, 0.0)
    rate_in = i.rate_in if i.up else 0
    rate_out = i.rate_out if i.up else 0
    lines = [f"{i.name} is {status}, line protocol is {proto}",
             f"  Hardware is {_hardware(i)}, address is {i.mac} (bia {i.mac})"]
    if i.description:
        lines.append(f"  Description: {i.description}")
    if i.ipv4:
        lines.append(f"  Internet address is {i.ipv4}")
    bw = i.speed * 1000
    lines += [
        f"  MTU {i.mtu} bytes, BW {bw} Kbit/sec, DLY 10 usec, ",
        "     reliability 255/255, txload 1/255, rxload 1/255",
        "  Encapsulation ARPA, loopback not set",
        "  Keepalive set (10 sec)",
    ]
    if i.kind == "ethernet":
        speed = f"{i.speed // 1000}Gb/s" if i.speed >= 1000 else f"{i.speed}Mb/s"
        lines += [f"  Full-duplex, {speed}, link type is auto, media type is {i.media}",
                  "  input flow-control is on, output flow-control is unsupported"]
    if i.kind == "lag":
        lines.append(f"  Members in this channel: {' '.join(short(m) for m in i.members)} ")
    lines += [
        "  ARP type: ARPA, ARP Timeout 04:00:00",
        "  Last input 00:00:00, output 00:00:00, output hang never",
        '  Last clearing of "show interface" counters never',
        f"  Input queue: 0/2000/0/0 (size/max/drops/flushes); Total output drops: "
        f"{c.out_discards}",
        "  Queueing strategy: fifo",
        "  Output queue: 0/40 (size/max)",
        f"  5 minute input rate {rate_in} bits/sec, {rate_in // 5600} packets/sec",
        f"  5 minute output rate {rate_out} bits/sec, {rate_out // 5600} packets/sec",
        f"     {c.in_pkts} packets input, {c.in_octets} bytes, 0 no buffer",
        f"     Received {c.in_bcast} broadcasts ({c.in_mcast} multicasts)",
        f"     {c.runts} runts, {c.giants} giants, 0 throttles",
        f"     {c.in_errors} input errors, {c.crc} CRC, 0 frame, 0 overrun, 0 ignored",
        "     0 watchdog, 0 multicast, 0 pause input",
        "     0 input packets with dribble condition detected",
        f"     {c.out_pkts} packets output, {c.out_octets} bytes, 0 underruns",
        f"     Output {c.out_bcast} broadcasts ({c.out_mcast} multicasts)",
        f"     {c.out_errors} output errors, {c.collisions} collisions, {i.flaps} interface resets",
        "     0 unknown protocol drops",
        "     0 babbles, 0 late collision, 0 deferred",
        "     0 lost carrier, 0 no carrier, 0 pause output",
        "     0 output buffer failures, 0 output buffers swapped out",
    ]
    return "\n".join(lines)


def show_interfaces(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [dev.interfaces[want]] if want else by_port_order(dev.interfaces.values())
    return "\n".join(interface_block(ctx, i) for i in ifaces)


def show_ip_interface_brief(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    lines = ["Interface              IP-Address      OK? Method Status                Protocol"]
    for i in by_port_order(dev.interfaces.values()):
        if want and i.name != want:
            continue
        status, proto = _state(i)
        ip = i.address or "unassigned"
        method = "NVRAM" if i.ipv4 else "unset"
        lines.append(f"{i.name:<22} {ip:<15} YES {method:<7}{status:<22}{proto.split()[0]}")
    return "\n".join(lines)


def show_ip_interface(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in by_port_order(dev.interfaces.values()):
        if (want and i.name != want) or (not want and not i.ipv4):
            continue
        status, proto = _state(i)
        out.append(f"{i.name} is {status}, line protocol is {proto}")
        if i.ipv4:
            out += [f"  Internet address is {i.ipv4}", "  Broadcast address is 255.255.255.255",
                    "  Address determined by non-volatile memory", f"  MTU is {i.mtu} bytes",
                    "  Helper address is not set", "  Directed broadcast forwarding is disabled",
                    "  Outgoing Common access list is not set",
                    "  Outgoing access list is not set", "  Inbound Common access list is not set",
                    "  Inbound  access list is not set", "  Proxy ARP is enabled",
                    "  Security level is default", "  Split horizon is enabled",
                    "  IP fast switching is enabled", "  IP CEF switching is enabled"]
            if i.vrf:
                out.append(f'  VPN Routing/Forwarding "{i.vrf.capitalize()}-vrf"')
        else:
            out.append("  Internet protocol processing disabled")
    return "\n".join(out)


def _status_word(i: Interface) -> str:
    if not i.admin_up:
        return "disabled"
    if i.err_disabled:
        return "err-disabled"
    return "connected" if i.up else "notconnect"


def show_interfaces_status(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    only_err = "err-disabled" in ctx.words
    if only_err:
        lines = ["Port      Name               Status       Reason               "
                 "Err-disabled Vlans"]
        for i in dev.physical():
            if i.err_disabled:
                lines.append(f"{short(i.name):<10}{i.description[:18]:<19}err-disabled "
                             f"{i.err_disabled:<21}")
        return "\n".join(lines)
    lines = ["Port         Name               Status       Vlan       Duplex  Speed Type"]
    for i in by_port_order(dev.interfaces.values()):
        if i.kind not in ("ethernet", "lag") or (want and i.name != want):
            continue
        vlan = "trunk" if i.mode == "trunk" else "routed" if i.mode == "routed" else str(
            i.access_vlan)
        speed = (f"a-{i.speed}" if i.speed < 10000 else f"{i.speed // 1000}G") if i.up else "auto"
        duplex = "a-full" if i.up else "auto"
        media = i.media if i.kind == "ethernet" else ""
        lines.append(f"{short(i.name):<13}{i.description[:18]:<19}{_status_word(i):<13}"
                     f"{vlan:<11}{duplex:>6}{speed:>7} {media}".rstrip())
    return "\n".join(lines)


def show_interfaces_description(ctx: Ctx) -> str:
    lines = ["Interface                      Status         Protocol Description"]
    for i in by_port_order(ctx.device.interfaces.values()):
        status, proto = _state(i)
        status = "admin down" if not i.admin_up else status
        lines.append(f"{short(i.name):<31}{status:<15}{proto.split()[0]:<9}{i.description}")
    return "\n".join(lines)


def show_counters(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    ifaces = [i for i in by_port_order(dev.interfaces.values())
              if i.kind in ("ethernet", "lag") and (not want or i.name == want)]
    if "errors" in ctx.words:
        lines = ["", "Port        Align-Err     FCS-Err    Xmit-Err     Rcv-Err  UnderSize  "
                     "OutDiscards"]
        for i in ifaces:
            c = i.counters(ctx.now, 0.0)
            lines.append(f"{short(i.name):<10}{0:>12}{c.crc:>12}{c.out_errors:>12}"
                         f"{c.in_errors:>12}{c.runts:>11}{c.out_discards:>13}")
        return "\n".join(lines)
    lines = ["", "Port            InOctets    InUcastPkts    InMcastPkts    InBcastPkts"]
    rows = [(i, i.counters(ctx.now, 0.0)) for i in ifaces]
    for i, c in rows:
        lines.append(f"{short(i.name):<10}{c.in_octets:>16}{c.in_pkts:>15}{c.in_mcast:>15}"
                     f"{c.in_bcast:>15}")
    lines += ["", "Port           OutOctets   OutUcastPkts   OutMcastPkts   OutBcastPkts"]
    for i, c in rows:
        lines.append(f"{short(i.name):<10}{c.out_octets:>16}{c.out_pkts:>15}{c.out_mcast:>15}"
                     f"{c.out_bcast:>15}")
    return "\n".join(lines)


def show_trunk(ctx: Ctx) -> str:
    trunks = [i for i in by_port_order(ctx.device.interfaces.values())
              if i.mode == "trunk" and not i.lag and i.up]

    def vl(i: Interface) -> str:
        return ",".join(str(v) for v in i.trunk_vlans)

    lines = ["", "Port        Mode             Encapsulation  Status        Native vlan"]
    lines += [f"{short(i.name):<12}on               802.1q         trunking      {i.native_vlan}"
              for i in trunks]
    for title in ("Vlans allowed on trunk", "Vlans allowed and active in management domain",
                  "Vlans in spanning tree forwarding state and not pruned"):
        lines += ["", f"Port        {title}"]
        lines += [f"{short(i.name):<12}{vl(i)}" for i in trunks]
    return "\n".join(lines)


def show_switchport(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    out = []
    for i in dev.physical():
        if want and i.name != want:
            continue
        vlan_name = dev.vlans.get(i.access_vlan)
        out += [f"Name: {short(i.name)}",
                f"Switchport: {'Disabled' if i.mode == 'routed' else 'Enabled'}"]
        if i.mode == "routed":
            out.append("")
            continue
        out += [
            "Administrative Mode: " + ("trunk" if i.mode == "trunk" else "static access"),
            "Operational Mode: " + ("trunk" if i.mode == "trunk" else "static access"
                                    if i.up else "down"),
            "Administrative Trunking Encapsulation: dot1q",
            "Negotiation of Trunking: Off",
            f"Access Mode VLAN: {i.access_vlan} ({vlan_name.name if vlan_name else 'Inactive'})",
            f"Trunking Native Mode VLAN: {i.native_vlan} (default)",
            "Administrative Native VLAN tagging: enabled",
            "Voice VLAN: " + ("20 (VOICE)" if i.poe else "none"),
            "Administrative private-vlan host-association: none",
            "Trunking VLANs Enabled: " + (",".join(map(str, i.trunk_vlans)) if i.mode == "trunk"
                                          else "ALL"),
            "Pruning VLANs Enabled: 2-1001",
            "Capture Mode Disabled",
            "Capture VLANs Allowed: ALL",
            "",
        ]
    return "\n".join(out)


def show_transceiver(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    optics = [i for i in dev.physical() if i.speed >= 10000 and (not want or i.name == want)]
    if "detail" in ctx.words:
        lines = ["ITU Channel not available (Wavelength not available),",
                 "Transceiver is internally calibrated.",
                 "mA: milliamperes, dBm: decibels (milliwatts), NA or N/A: not applicable.",
                 "", "                                           High Alarm  High Warn  Low Warn"
                     "   Low Alarm",
                 "           Temperature                     Threshold   Threshold  Threshold"
                 "  Threshold",
                 "Port       (Celsius)                       (Celsius)   (Celsius)  (Celsius)"
                 "  (Celsius)",
                 "---------  ------------------------------  ----------  ---------  ---------"
                 "  ---------"]
        for i in optics:
            lines.append(f"{short(i.name):<11}{31.5:>30}        75.0       70.0        0.0"
                         "       -5.0")
        return "\n".join(lines)
    lines = ["If device is externally calibrated, only calibrated values are printed.",
             "++ : high alarm, +  : high warning, -  : low warning, -- : low alarm.",
             "NA or N/A: not applicable, Tx: transmit, Rx: receive.",
             "mA: milliamperes, dBm: decibels (milliwatts).", "",
             "                                             Optical   Optical",
             "            Temperature  Voltage  Current   Tx Power  Rx Power",
             "Port        (Celsius)    (Volts)  (mA)      (dBm)     (dBm)",
             "---------   -----------  -------  --------  --------  --------"]
    for k, i in enumerate(optics):
        rx = -2.4 - k * 0.3 if i.up else -40.0
        lines.append(f"{short(i.name):<12}{31.5 + k:>10.1f}{3.28:>10.2f}{7.6:>9.1f}"
                     f"{-2.1:>10.1f}{rx:>10.1f}")
    return "\n".join(lines)


def show_vlan(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("vlan")
    brief = "brief" in ctx.words
    vlans = [v for v in dev.vlans.values() if not want or v.vid == int(want)]
    if want and not vlans:
        return f"VLAN id {want} not found in current VLAN database"
    lines = ["", "VLAN Name                             Status    Ports",
             "---- -------------------------------- --------- -------------------------------"]
    for v in sorted(vlans, key=lambda v: v.vid):
        ports = [short(i.name) for i in by_port_order(dev.physical())
                 if i.mode == "access" and i.access_vlan == v.vid and i.up]
        chunks = [", ".join(ports[k:k + 4]) for k in range(0, len(ports), 4)] or [""]
        lines.append(f"{v.vid:<5}{v.name:<33}{'active':<10}{chunks[0]}")
        for more in chunks[1:]:
            lines.append(" " * 48 + more)
    for vid in (1002, 1003, 1004, 1005):
        if not want:
            name = {1002: "fddi-default", 1003: "token-ring-default", 1004: "fddinet-default",
                    1005: "trnet-default"}[vid]
            lines.append(f"{vid:<5}{name:<33}act/unsup ")
    if not brief:
        lines += ["", "VLAN Type  SAID       MTU   Parent RingNo BridgeNo Stp  BrdgMode Trans1 "
                      "Trans2",
                  "---- ----- ---------- ----- ------ ------ -------- ---- -------- ------ ------"]
        for v in sorted(vlans, key=lambda v: v.vid):
            lines.append(f"{v.vid:<5}enet  {100000 + v.vid:<11}1500  -      -      -        -"
                         "    -        0      0")
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
    lines = ["          Mac Address Table", "-------------------------------------------", "",
             "Vlan    Mac Address       Type        Ports",
             "----    -----------       --------    -----"]
    if not ctx.args:
        for _vid in sorted({e.vlan for e in dev.mac_table}) or [1]:
            lines.append(f" All    {'0100.0ccc.cccc':<18}STATIC      CPU")
            break
    for e in entries:
        lines.append(f"{e.vlan:>4}    {mac_style(e.mac, 'dotted'):<18}"
                     f"{'STATIC' if e.static else 'DYNAMIC':<12}{short(e.port)}")
    lines.append(f"Total Mac Addresses for this criterion: {len(entries)}")
    return "\n".join(lines)


_ROLE = {"root": "Root", "designated": "Desg", "alternate": "Altn", "backup": "Back",
         "disabled": "Disb"}
_STS = {"forwarding": "FWD", "blocking": "BLK", "learning": "LRN", "listening": "LIS",
        "disabled": "DIS"}


def _stp_vlans(dev: Device) -> list[int]:
    return sorted(v for v in dev.vlans if v in (1, 10, 20, 30, 99))


def _stp_ports_for(dev: Device, vid: int) -> list[str]:
    stp = dev.stp
    if stp is None:
        return []
    out = []
    for name in stp.ports:
        i = dev.interfaces[name]
        if (i.mode == "trunk" and (vid in i.trunk_vlans or vid == 1)) or (
                i.mode == "access" and i.access_vlan == vid):
            out.append(name)
    return out


def stp_vlan_block(ctx: Ctx, dev: Device, vid: int) -> list[str]:
    stp = dev.stp
    assert stp is not None
    root_prio = stp.root_priority + vid
    me = stp.priority + vid
    is_root = stp.root_mac == dev.base_mac
    lines = [f"VLAN{vid:04d}", "  Spanning tree enabled protocol rstp",
             f"  Root ID    Priority    {root_prio}", f"             Address     {stp.root_mac}"]
    if is_root:
        lines.append("             This bridge is the root")
    else:
        port_no = list(dev.interfaces).index(stp.root_port) + 1 if stp.root_port else 0
        lines += [f"             Cost        {stp.root_cost}",
                  f"             Port        {port_no} ({stp.root_port})"]
    lines += ["             Hello Time   2 sec  Max Age 20 sec  Forward Delay 15 sec", "",
              f"  Bridge ID  Priority    {me}  (priority {stp.priority} sys-id-ext {vid})",
              f"             Address     {dev.base_mac}",
              "             Hello Time   2 sec  Max Age 20 sec  Forward Delay 15 sec",
              "             Aging Time  300 sec", "",
              "Interface           Role Sts Cost      Prio.Nbr Type",
              "------------------- ---- --- --------- -------- --------------------------------"]
    for name in _stp_ports_for(dev, vid):
        sp = stp.ports[name]
        nbr = list(dev.interfaces).index(name) + 1
        kind = "P2p Edge" if sp.edge else "P2p"
        lines.append(f"{short(name):<20}{_ROLE[sp.role]} {_STS[sp.state]} {sp.cost:<10}"
                     f"{sp.priority}.{nbr:<5}{kind}")
    return [*lines, "", ""]


def show_spanning_tree(ctx: Ctx) -> str:
    dev = ctx.device
    stp = dev.stp
    if stp is None:
        return "No spanning tree instance exists."
    words = ctx.words
    vlans = _stp_vlans(dev)
    if "vlan" in ctx.args:
        vid = int(ctx.args["vlan"])
        if vid not in vlans:
            return f"Spanning tree instance(s) for vlan {vid} does not exist."
        return "\n".join(stp_vlan_block(ctx, dev, vid))
    if "summary" in words:
        return _stp_summary(ctx, dev, vlans)
    if "root" in words:
        lines = ["", "                                        Root    Hello Max Fwd",
                 "Vlan                   Root ID          Cost    Time  Age Dly  Root Port",
                 "---------------- -------------------- --------- ----- --- ---  ------------"]
        for vid in vlans:
            port = short(stp.root_port) if stp.root_port else ""
            lines.append(f"VLAN{vid:04d}         {stp.root_priority + vid:>5} {stp.root_mac}"
                         f"{stp.root_cost:>10}{2:>6}{20:>4}{15:>4}  {port}")
        return "\n".join(lines)
    if "blockedports" in words:
        lines = ["", "Name                 Blocked Interfaces List",
                 "-------------------- ------------------------------------"]
        count = 0
        for vid in vlans:
            blocked = [short(n) for n in _stp_ports_for(dev, vid)
                       if stp.ports[n].state == "blocking"]
            if blocked:
                count += len(blocked)
                lines.append(f"VLAN{vid:04d}             {', '.join(blocked)}")
        lines += ["", f"Number of blocked ports (segments) in the system : {count}"]
        return "\n".join(lines)
    if "interface" in ctx.args:
        name = ctx.args["interface"]
        sp = stp.ports.get(name)
        if sp is None:
            return "no spanning tree info available for " + name
        lines = ["Vlan                Role Sts Cost      Prio.Nbr Type",
                 "------------------- ---- --- --------- -------- --------------------------------"]
        nbr = list(dev.interfaces).index(name) + 1
        for vid in vlans:
            if name in _stp_ports_for(dev, vid):
                lines.append(f"VLAN{vid:04d}            {_ROLE[sp.role]} {_STS[sp.state]} "
                             f"{sp.cost:<10}{sp.priority}.{nbr:<5}P2p")
        return "\n".join(lines)
    if "detail" in words:
        return _stp_detail(ctx, dev, vlans)
    out: list[str] = []
    for vid in vlans:
        out += stp_vlan_block(ctx, dev, vid)
    return "\n".join(out)


def _stp_summary(ctx: Ctx, dev: Device, vlans: list[int]) -> str:
    stp = dev.stp
    assert stp is not None
    root_for = ", ".join(f"VLAN{v:04d}" for v in vlans) if stp.root_mac == dev.base_mac \
        else "none"
    lines = ["Switch is in rapid-pvst mode", f"Root bridge for: {root_for}",
             "Extended system ID                      is enabled",
             "Portfast Default                        is disabled",
             "PortFast BPDU Guard Default             is disabled",
             "Portfast BPDU Filter Default            is disabled",
             "Loopguard Default                       is disabled",
             "EtherChannel misconfig guard            is enabled",
             "Configured Pathcost method used is short",
             "UplinkFast                              is disabled",
             "BackboneFast                            is disabled", "",
             "Name                   Blocking Listening Learning Forwarding STP Active",
             "---------------------- -------- --------- -------- ---------- ----------"]
    tb = tf = 0
    for vid in vlans:
        ports = _stp_ports_for(dev, vid)
        b = sum(1 for p in ports if stp.ports[p].state == "blocking")
        f = len(ports) - b
        tb, tf = tb + b, tf + f
        lines.append(f"VLAN{vid:04d}                 {b:>8} {0:>9} {0:>8} {f:>10} {len(ports):>10}")
    lines += ["---------------------- -------- --------- -------- ---------- ----------",
              f"{len(vlans)} vlans                 {tb:>8} {0:>9} {0:>8} {tf:>10} {tb + tf:>10}"]
    return "\n".join(lines)


def _stp_detail(ctx: Ctx, dev: Device, vlans: list[int]) -> str:
    stp = dev.stp
    assert stp is not None
    tcs = stp.topology_changes(ctx.now)
    last = short_age(ctx.now - stp.last_change(ctx.now))
    out = []
    for vid in vlans:
        out += [f" VLAN{vid:04d} is executing the rstp compatible Spanning Tree protocol",
                f"  Bridge Identifier has priority {stp.priority}, sysid {vid}, address "
                f"{dev.base_mac}",
                "  Configured hello time 2, max age 20, forward delay 15, transmit hold-count 6",
                "  We are the root of the spanning tree" if stp.root_mac == dev.base_mac else
                f"  Current root has priority {stp.root_priority + vid}, address {stp.root_mac}",
                f"  Number of topology changes {tcs} last change occurred {last} ago",
                f"          from {stp.tc_port}",
                "  Times:  hold 1, topology change 35, notification 2",
                "          hello 2, max age 20, forward delay 15", ""]
    return "\n".join(out)


def _caps(dev: Device) -> str:
    return {"router": "R B S I", "firewall": "R I", "core_switch": "R S I"}.get(dev.role, "S I")


def show_cdp(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    neighbors = []
    for i in by_port_order(dev.physical()):
        if want and i.name != want:
            continue
        found = ctx.world.peer(dev, i)
        if found:
            neighbors.append((i, found[0], found[1]))
    if "detail" in ctx.words:
        out = []
        for i, other, far in neighbors:
            ip = other.mgmt_ip
            out += ["-------------------------", f"Device ID: {other.name}.{other.domain}",
                    "Entry address(es): ", f"  IP address: {ip}",
                    f"Platform: {_platform(other)},  Capabilities: {_cap_words(other)} ",
                    f"Interface: {i.name},  Port ID (outgoing port): {far.name}",
                    "Holdtime : 142 sec", "", "Version :", _version_line(other), "",
                    "advertisement version: 2", "Native VLAN: 1", "Duplex: full",
                    "Management address(es): ", f"  IP address: {ip}", ""]
        if not out:
            return ""
        out.append(f"\nTotal cdp entries displayed : {len(neighbors)}")
        return "\n".join(out)
    lines = ["Capability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge",
             "                  S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone, ",
             "                  D - Remote, C - CVTA, M - Two-port Mac Relay ", "",
             "Device ID        Local Intrfce     Holdtme    Capability  Platform  Port ID"]
    for i, other, far in neighbors:
        name = f"{other.name}.{other.domain}"
        lines.append(name)
        lines.append(f"                 {cdp_name(i.name):<18}{142:<11}{_caps(other):>10}  "
                     f"{_platform(other)[:9]:<10}{cdp_name(far.name)}")
    lines += ["", f"Total cdp entries displayed : {len(neighbors)}"]
    return "\n".join(lines)


def _platform(dev: Device) -> str:
    return {"cisco_ios": "cisco " + dev.model, "cisco_nxos": "N9K-" + dev.model.split("-")[-1],
            "arista_eos": "Arista", "aruba_aoscx": "Aruba", "hp_procurve": "HP",
            "juniper_junos": "Juniper"}.get(dev.platform, dev.model)


def _cap_words(dev: Device) -> str:
    return {"router": "Router Source-Route-Bridge Switch IGMP", "firewall": "Router IGMP"}.get(
        dev.role, "Switch IGMP")


def _version_line(dev: Device) -> str:
    return f"{dev.platform} Software, Version {dev.version}"


def show_lldp(ctx: Ctx) -> str:
    dev = ctx.device
    want = ctx.args.get("interface")
    neighbors = []
    for i in by_port_order(dev.physical()):
        if want and i.name != want:
            continue
        found = ctx.world.peer(dev, i)
        if found:
            neighbors.append((i, found[0], found[1]))
    if "detail" in ctx.words:
        out = []
        for i, other, far in neighbors:
            out += ["------------------------------------------------",
                    f"Local Intf: {short(i.name)}", f"Chassis id: {other.base_mac}",
                    f"Port id: {far.name}", f"Port Description: {far.description or far.name}",
                    f"System Name: {other.name}", "", "System Description: ",
                    _version_line(other), "",
                    "Time remaining: 101 seconds",
                    "System Capabilities: B,R", "Enabled Capabilities: " + (
                        "R" if other.role in ("router", "firewall") else "B,R"),
                    "Management Addresses:", f"    IP: {other.mgmt_ip}",
                    "Auto Negotiation - not supported", "Physical media capabilities - not "
                    "advertised", "Media Attachment Unit type - not advertised",
                    "Vlan ID: - not advertised", ""]
        out.append(f"\nTotal entries displayed: {len(neighbors)}")
        return "\n".join(out)
    lines = ["Capability codes:", "    (R) Router, (B) Bridge, (T) Telephone, (C) DOCSIS Cable "
             "Device", "    (W) WLAN Access Point, (P) Repeater, (S) Station, (O) Other", "",
             "Device ID           Local Intf     Hold-time  Capability      Port ID"]
    for i, other, far in neighbors:
        cap = "R" if other.role in ("router", "firewall") else "B,R"
        lines.append(f"{other.name[:20]:<20}{short(i.name):<15}{120:<11}{cap:<16}{far.name}")
    lines += ["", f"Total entries displayed: {len(neighbors)}"]
    return "\n".join(lines)


def show_etherchannel(ctx: Ctx) -> str:
    lags = [i for i in ctx.device.interfaces.values() if i.kind == "lag"]
    lines = ["Flags:  D - down        P - bundled in port-channel",
             "        I - stand-alone s - suspended", "        H - Hot-standby (LACP only)",
             "        R - Layer3      S - Layer2", "        U - in use      f - failed to "
             "allocate aggregator", "", "        M - not in use, minimum links not met",
             "        u - unsuitable for bundling", "        w - waiting to be aggregated",
             "        d - default port", "", "        A - formed by Auto LAG", "", "",
             f"Number of channel-groups in use: {len(lags)}",
             f"Number of aggregators:           {len(lags)}", "",
             "Group  Port-channel  Protocol    Ports",
             "------+-------------+-----------+-----------------------------------------------"]
    for k, lag in enumerate(lags, 1):
        flag = "SU" if lag.up else "SD"
        members = " ".join(f"{short(m)}(P)" if ctx.device.interfaces[m].up else
                           f"{short(m)}(D)" for m in lag.members)
        lines.append(f"{k:<7}{short(lag.name)}({flag}){'':<9}LACP      {members}")
    return "\n".join(lines)


def show_lacp_neighbor(ctx: Ctx) -> str:
    dev = ctx.device
    out = ["Flags:  S - Device is requesting Slow LACPDUs",
           "        F - Device is requesting Fast LACPDUs",
           "        A - Device is in Active mode       P - Device is in Passive mode", ""]
    for k, lag in enumerate((i for i in dev.interfaces.values() if i.kind == "lag"), 1):
        out += [f"Channel group {k} neighbors", "",
                "                  LACP port                        Admin  Oper   Port    Port",
                "Port      Flags   Priority  Dev ID          Age    key    Key    Number  State"]
        for m in lag.members:
            i = dev.interfaces[m]
            other = ctx.world.devices[i.peer.device] if i.peer else None
            mac = other.base_mac if other else "0000.0000.0000"
            out.append(f"{short(m):<10}SA      32768     {mac}  {3:>3}s    0x0    0x{k:X}    "
                       f"0x{101 + len(out):X}   0x3D")
    return "\n".join(out)


def show_dhcp_snooping(ctx: Ctx) -> str:
    dev = ctx.device
    lines = ["MacAddress          IpAddress        Lease(sec)  Type           VLAN  Interface",
             "------------------  ---------------  ----------  -------------  ----  "
             "--------------------"]
    for e in dev.endpoints:
        lease = 86400 - int(ctx.now) % 3600
        lines.append(f"{mac_style(e.mac, 'colon').upper():<20}{e.ip:<17}{lease:<12}"
                     f"dhcp-snooping  {e.vlan:<6}{e.port}")
    lines.append(f"Total number of bindings: {len(dev.endpoints)}")
    return "\n".join(lines)


def mask_of(i: Interface) -> str:
    """The dotted mask of an interface's address."""
    return netmask(i.prefixlen)
