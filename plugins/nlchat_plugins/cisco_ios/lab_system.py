"""Cisco IOS-XE lab renderers: system (version, CPU, memory, logs, environment, files...)."""

from __future__ import annotations

from nornir_nlchat.lab.commands import Ctx
from nornir_nlchat.lab.render import mac_style, ping_reply, short_age, split_duration, stable, wall
from nornir_nlchat.lab.state import Device, LogEvent


def short(name: str) -> str:
    """IOS short interface name (``Gi1/0/1``)."""
    for long, abbr in (("TwentyFiveGigE", "Twe"), ("TenGigabitEthernet", "Te"),
                       ("GigabitEthernet", "Gi"), ("FastEthernet", "Fa"),
                       ("Port-channel", "Po"), ("Loopback", "Lo"), ("Vlan", "Vl")):
        if name.startswith(long):
            return abbr + name[len(long):]
    return name


def cdp_name(name: str) -> str:
    """CDP's spaced short form (``Gig 1/0/1``)."""
    for long, abbr in (("TenGigabitEthernet", "Ten "), ("GigabitEthernet", "Gig "),
                       ("FastEthernet", "Fas ")):
        if name.startswith(long):
            return abbr + name[len(long):]
    return name


def uptime_text(seconds: float) -> str:
    """``1 year, 2 weeks, 3 days, 4 hours, 5 minutes``."""
    parts = []
    units = ("year", "week", "day", "hour", "minute")
    for value, unit in zip(split_duration(seconds), units, strict=True):
        if value or unit == "minute":
            parts.append(f"{value} {unit}{'s' if value != 1 else ''}")
    return ", ".join(parts)


def ios_time(ctx: Ctx, at: float | None = None) -> str:
    """``*10:11:12.345 UTC Mon Jan 1 2024`` without the star."""
    t = wall(ctx, at)
    return f"{t:%H:%M:%S}.{t.microsecond // 1000:03d} UTC {t:%a %b} {t.day} {t:%Y}"


def log_time(ctx: Ctx, at: float) -> str:
    """``Nov 27 09:44:56.437 UTC`` (syslog timestamps)."""
    t = wall(ctx, at)
    return f"{t:%b} {t.day} {t:%H:%M:%S}.{t.microsecond // 1000:03d} UTC"


def is_router(dev: Device) -> bool:
    """Routers and firewalls run the ISR image."""
    return dev.role in ("router", "firewall")


def show_version(ctx: Ctx) -> str:
    dev = ctx.device
    up = uptime_text(dev.uptime(ctx.now))
    boot = wall(ctx, dev.boot_time)
    eth = [i for i in dev.physical()]
    gig = sum(1 for i in eth if i.name.startswith("Gig"))
    ten = sum(1 for i in eth if i.name.startswith("Ten"))
    family = "ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M)" if is_router(dev) else (
        "Catalyst L3 Switch Software (CAT9K_IOSXE)")
    lines = [
        f"Cisco IOS XE Software, Version {dev.version}",
        f"Cisco IOS Software [Cupertino], {family}, Version {dev.version}, RELEASE SOFTWARE (fc3)",
        "Technical Support: http://www.cisco.com/techsupport",
        "Copyright (c) 1986-2023 by Cisco Systems, Inc.",
        "Compiled Fri 20-Oct-23 10:44 by mcpre",
        "",
        "",
        "Cisco IOS-XE software, Copyright (c) 2005-2023 by cisco Systems, Inc.",
        "All rights reserved.  Certain components of Cisco IOS-XE software are",
        "licensed under the GNU General Public License (\"GPL\") Version 2.0.",
        "",
        "ROM: IOS-XE ROMMON",
        "BOOTLDR: System Bootstrap, Version 17.9.1r, RELEASE SOFTWARE (P)",
        "",
        f"{dev.name} uptime is {up}",
        f"Uptime for this control processor is {up}",
        "System returned to ROM by Power Failure",
        f"System restarted at {boot:%H:%M:%S} UTC {boot:%a %b} {boot.day} {boot:%Y}",
        f'System image file is "{dev.image}"',
        "Last reload reason: Power Failure",
        "",
        "",
        "This product contains cryptographic features and is subject to United",
        "States and local country laws governing import, export, transfer and",
        "use. Delivery of Cisco cryptographic products does not imply",
        "third-party authority to import, export, distribute or use encryption.",
        "",
        "",
        f"cisco {dev.model} (X86) processor with {dev.memory_total // 3}K/6147K bytes of memory.",
        f"Processor board ID {dev.serial}",
        "1 Virtual Ethernet interface",
    ]
    if gig:
        lines.append(f"{gig} Gigabit Ethernet interfaces")
    if ten:
        lines.append(f"{ten} Ten Gigabit Ethernet interfaces")
    lines += [
        "2048K bytes of non-volatile configuration memory.",
        f"{dev.memory_total}K bytes of physical memory.",
        "1638400K bytes of Crash Files at crashinfo:.",
        "11264000K bytes of Flash at flash:.",
        "",
        f"Base Ethernet MAC Address          : {mac_style(dev.base_mac, 'colon')}",
        f"Motherboard Serial Number          : {dev.serial[:3]}9{dev.serial[4:]}",
        f"Model Number                       : {dev.model}",
        f"System Serial Number               : {dev.serial}",
        "",
        "",
        "Configuration register is 0x102",
    ]
    return "\n".join(lines)


PROCESSES = ("Chunk Manager", "Load Meter", "Check heaps", "Pool Manager", "ARP Input",
             "IP Input", "Spanning Tree", "CDP Protocol", "OSPF-1 Hello", "BGP Router",
             "IOSD ipc task", "SNMP ENGINE", "HSRP Common", "SSH Process", "Net Background",
             "DHCPD Receive", "LLDP Protocol", "Per-Second Jobs", "TTY Background", "PF Redun ICC")


def cpu_rows(ctx: Ctx) -> tuple[tuple[float, float, float], list[tuple[int, str, float, float,
                                                                         float]]]:
    """Totals and the per-process table (pid, name, 5s, 1m, 5m), busiest first."""
    dev = ctx.device
    five_s, one_m, five_m = dev.cpu(ctx.now)
    hog = "IP Input" if dev.cpu_load or dev.cpu_spike else ""
    rows = []
    rest = max(0.5, five_s * 0.6)
    for k, name in enumerate(PROCESSES):
        share = (0.55 if name == hog else 0.02 + (k % 5) * 0.004)
        base = five_s if name == hog else rest
        rows.append((k * 7 + 1 if k else 1, name, round(base * share, 2),
                     round(one_m * share, 2), round(five_m * share, 2)))
    rows.sort(key=lambda r: -r[2])
    return (five_s, one_m, five_m), rows


def show_cpu(ctx: Ctx) -> str:
    (five_s, one_m, five_m), rows = cpu_rows(ctx)
    if "sorted" not in ctx.words:
        rows.sort(key=lambda r: r[0])
    irq = round(five_s * 0.1)
    lines = [f"CPU utilization for five seconds: {int(five_s)}%/{irq}%; one minute: {int(one_m)}%;"
             f" five minutes: {int(five_m)}%",
             " PID Runtime(ms)     Invoked      uSecs   5Sec   1Min   5Min TTY Process "]
    for pid, name, a, b, c in rows:
        runtime = int(ctx.device.uptime(ctx.now) * (c + 0.01) * 3)
        invoked = runtime // 3 + 17
        lines.append(f"{pid:>4}{runtime:>12}{invoked:>12}{runtime * 1000 // max(1, invoked):>11}"
                     f"{a:>6.2f}%{b:>6.2f}%{c:>6.2f}%   0 {name}")
    return "\n".join(lines)


def show_processes_memory(ctx: Ctx) -> str:
    dev = ctx.device
    used, free = dev.memory()
    total = dev.memory_total * 1024
    lines = [f"Processor Pool Total: {total:>11} Used: {used * 1024:>11} Free: {free * 1024:>11}",
             "",
             " PID TTY  Allocated      Freed    Holding    Getbufs    Retbufs Process"]
    share = used * 1024
    rows = []
    for k, name in enumerate(PROCESSES):
        hold = int(share * (0.4 if k == 0 else 0.6 / len(PROCESSES) * (1 + (k % 3))) / 2)
        rows.append((k * 7 + 1 if k else 0, hold, name))
    if "sorted" in ctx.words:
        rows.sort(key=lambda r: -r[1])
    for pid, hold, name in rows:
        lines.append(f"{pid:>4}{0:>5}{hold * 3:>11}{hold * 2:>11}{hold:>11}{0:>11}{0:>11} {name}")
    return "\n".join(lines)


def show_memory(ctx: Ctx) -> str:
    dev = ctx.device
    used, free = dev.memory()
    total = dev.memory_total * 1024
    return "\n".join([
        "                Head    Total(b)     Used(b)     Free(b)   Lowest(b)  Largest(b)",
        f"Processor  7F8F5E7010{total:>12}{used * 1024:>12}{free * 1024:>12}"
        f"{int(free * 1024 * 0.9):>12}{int(free * 1024 * 0.6):>12}",
        f"reserve P  7F8F5E7068{102404:>12}{88:>12}{102316:>12}{102316:>12}{102312:>12}",
        f" lsmpi_io  7F8E3B21A8{6295128:>12}{6294296:>12}{832:>12}{832:>12}{412:>12}",
    ])


LOG_TEXT = {
    "restart": ("SYS", 5, "RESTART", "System restarted --"),
    "link_up": ("LINK", 3, "UPDOWN", "Interface {interface}, changed state to up"),
    "link_down": ("LINK", 3, "UPDOWN", "Interface {interface}, changed state to down"),
    "ospf_up": ("OSPF", 5, "ADJCHG", "Process 1, Nbr {neighbor} on {interface} from LOADING to "
                                     "FULL, Loading Done"),
    "ospf_down": ("OSPF", 5, "ADJCHG", "Process 1, Nbr {neighbor} on {interface} from FULL to "
                                       "DOWN, Neighbor Down: Dead timer expired"),
    "bgp_up": ("BGP", 5, "ADJCHANGE", "neighbor {neighbor} Up "),
    "bgp_down": ("BGP", 5, "ADJCHANGE", "neighbor {neighbor} Down {reason}"),
    "config": ("SYS", 5, "CONFIG_I", "Configured from console by {user} on vty0 ({from})"),
    "login": ("SEC_LOGIN", 5, "LOGIN_SUCCESS", "Login Success [user: {user}] [Source: {from}] "
                                               "[localport: 22] at {stamp}"),
    "ntp_sync": ("NTP", 5, "PEERSYNC", "NTP synced to peer {server}"),
    "mac_flap": ("SW_MATRIX", 4, "MACFLAP_NOTIF", "Host {mac} in vlan {vlan} is flapping between "
                                                  "port {port_a} and port {port_b}"),
    "stp_tc": ("SPANTREE", 2, "TOPO_CHANGE", "Topology change on port {interface}"),
    "loop": ("SPANTREE", 2, "LOOPGUARD_BLOCK", "Loop guard blocking port {interface} on "
                                               "VLAN0010."),
    "err_disable": ("PM", 4, "ERR_DISABLE", "{reason} error detected on {interface}, putting "
                                            "{interface} in err-disable state"),
    "crc": ("PLATFORM_PM", 4, "CRC_ERRORS", "Excessive CRC errors on {interface}"),
    "cpu_high": ("SYS", 1, "CPUHOG", "Task is running for (2004)msecs, more than (2000)msecs "
                                     "(0/0),process = IP Input. CPU utilization {percent}%"),
    "memory_low": ("SYS", 2, "MALLOCFAIL", "Memory allocation of 65536 bytes failed from "
                                           "0x7F3A1C, alignment 0 Pool: Processor Free: {free}"),
}


def log_line(ctx: Ctx, ev: LogEvent, seq: int) -> str:
    """One syslog line in IOS format."""
    fac, sev, mnem, text = LOG_TEXT.get(ev.kind, ("SYS", 5, "LOG", ev.kind))
    params = {k: short(str(v)) if k.startswith("port") else v for k, v in ev.params.items()}
    stamp = log_time(ctx, ev.at)
    params.setdefault("stamp", ios_time(ctx, ev.at))
    if ev.kind.startswith("link"):
        msg = text.format(**params)
        state = "up" if ev.kind == "link_up" else "down"
        proto = (f"\n{seq + 1:06d}: {log_time(ctx, ev.at + 1)}: %LINEPROTO-5-UPDOWN: Line "
                 f"protocol on Interface {params['interface']}, changed state to {state}")
        return f"{seq:06d}: {stamp}: %{fac}-{sev}-{mnem}: {msg}{proto}"
    try:
        msg = text.format(**params)
    except KeyError:
        msg = text
    return f"{seq:06d}: {stamp}: %{fac}-{sev}-{mnem}: {msg}"


def show_logging(ctx: Ctx) -> str:
    events = ctx.device.log_events(ctx.now)
    lines = [
        "Syslog logging: enabled (0 messages dropped, 3 messages rate-limited, 0 flushes, "
        "0 overruns, xml disabled, filtering disabled)",
        "",
        "No Active Message Discriminator.",
        "",
        "",
        "",
        "No Inactive Message Discriminator.",
        "",
        "",
        "    Console logging: disabled",
        "    Monitor logging: level debugging, 0 messages logged, xml disabled,",
        "                     filtering disabled",
        f"    Buffer logging:  level debugging, {len(events) * 2} messages logged, xml disabled,",
        "                    filtering disabled",
        "    Exception Logging: size (4096 bytes)",
        "    Count and timestamp logging messages: disabled",
        "    Persistent logging: disabled",
        "",
        "No active filter modules.",
        "",
        f"    Trap logging: level informational, {len(events) * 2 + 12} message lines logged",
        "        Logging to 10.1.99.5  (udp port 514, audit disabled,",
        "              link up),",
        f"              {len(events) * 2} message lines logged,",
        "              0 message lines rate-limited,",
        "              0 message lines dropped-by-MD,",
        "              xml disabled, sequence number disabled",
        "              filtering disabled",
        "        Logging Source-Interface:       VRF Name:",
        "",
        "Log Buffer (102400 bytes):",
        "",
    ]
    seq = 1
    for ev in events[-400:]:
        lines.append(log_line(ctx, ev, seq))
        seq += 2
    return "\n".join(lines)


def show_clock(ctx: Ctx) -> str:
    text = "*" + ios_time(ctx)
    if "detail" in ctx.words:
        text += "\nTime source is NTP"
    return text


def show_inventory(ctx: Ctx) -> str:
    out = []
    for m in ctx.device.modules:
        name = ctx.device.model if m.name == "Chassis" else m.name
        out.append(f'NAME: "{name}", DESCR: "{m.descr}"')
        out.append(f"PID: {m.pid:<19}, VID: {m.vid}  , SN: {m.serial}")
        out.append("")
    for i in ctx.device.physical():
        if i.transceiver or (i.peer and i.speed >= 10000):
            out.append(f'NAME: "{i.name}", DESCR: "SFP-10GBase-SR"')
            serial = stable(i.mac) % 10**8
            out.append(f"PID: SFP-10G-SR         , VID: V03  , SN: AVD{serial:08d}")
            out.append("")
    return "\n".join(out)


def show_environment(ctx: Ctx) -> str:
    env = ctx.device.env
    lines = []
    power_only = ctx.words[-2:] == ("power", "all")
    if ctx.words[-1] in ("environment", "all", "fan") and not power_only:
        for k, (_fan, state) in enumerate(env.fans.items(), 1):
            lines.append(f"Switch 1 FAN {k} is {'OK' if state == 'ok' else 'FAILED'}")
        lines.append("FAN PS-1 is OK")
        lines.append("FAN PS-2 is OK")
    if ctx.words[-1] in ("environment", "all", "temperature") and not power_only:
        lines.append("Switch 1: SYSTEM TEMPERATURE is OK")
        for sensor, temp in env.temps.items():
            lines.append(f"{sensor} Temperature Value: {temp} Degree Celsius")
            lines.append("Temperature State: GREEN")
            lines.append(f"Yellow Threshold : {temp + 20} Degree Celsius")
            lines.append(f"Red Threshold    : {temp + 30} Degree Celsius")
    if ctx.words[-1] in ("environment", "all", "power"):
        lines.append("SW  PID                 Serial#     Status           Sys Pwr  PoE Pwr  Watts")
        lines.append("--  ------------------  ----------  ---------------  -------  -------  -----")
        for k, (_psu, watts) in enumerate(env.psus.items(), 1):
            status = "OK" if watts else "No Input Power"
            lines.append(f"1{'A' if k == 1 else 'B'}  PWR-C1-715WAC-P     DCB2{k}30G0{k}5  "
                         f"{status:<17}Good     Good     {env.psu_capacity}")
    return "\n".join(lines)


def show_power_inline(ctx: Ctx) -> str:
    dev = ctx.device
    ports = [i for i in dev.physical() if i.mode == "access" and i.kind == "ethernet"]
    want = ctx.args.get("interface")
    if want:
        ports = [i for i in ports if i.name == want] or [dev.interfaces[want]]
    used = sum(i.poe_watts for i in ports if i.up)
    lines = ["Module   Available     Used     Remaining",
             "          (Watts)     (Watts)    (Watts)",
             "------   ---------   --------   ---------",
             f"1           740.0{used:>11.1f}{740 - used:>12.1f}",
             "Interface Admin  Oper       Power   Device              Class Max",
             "                            (Watts)",
             "--------- ------ ---------- ------- ------------------- ----- ----"]
    for i in ports:
        oper = "on" if i.poe and i.up else "off"
        dev_name = "IP Phone 8845" if i.poe and i.up else "n/a"
        cls = "4" if i.poe and i.up else "n/a"
        lines.append(f"{short(i.name):<10}auto   {oper:<11}{i.poe_watts if i.up else 0.0:>7.1f} "
                     f"{dev_name:<20}{cls:<6}30.0")
    return "\n".join(lines)


def show_ntp_associations(ctx: Ctx) -> str:
    lines = ["  address         ref clock       st   when   poll reach  delay  offset   disp"]
    for k, p in enumerate(ctx.device.ntp):
        mark = "*~" if p.selected else "+~"
        lines.append(f"{mark}{p.address:<16}{p.ref:<16}{p.stratum:>3}{37 + k * 11:>7}"
                     f"{64:>7}{377:>6}{p.delay_ms:>7.3f}{p.offset_ms:>8.3f}{0.939:>7.3f}")
    lines.append(" * sys.peer, # selected, + candidate, - outlyer, x falseticker, ~ configured")
    return "\n".join(lines)


def show_ntp_status(ctx: Ctx) -> str:
    peer = ctx.device.ntp[0]
    return "\n".join([
        f"Clock is synchronized, stratum {peer.stratum + 1}, reference is {peer.address}",
        "nominal freq is 250.0000 Hz, actual freq is 249.9990 Hz, precision is 2**10",
        "ntp uptime is 152341200 (1/100 of seconds), resolution is 4000",
        f"reference time is E9A1B2C3.5A1CAC08 ({ios_time(ctx, ctx.now - 37)})",
        f"clock offset is {peer.offset_ms:.4f} msec, root delay is {peer.delay_ms:.2f} msec",
        "root dispersion is 3.75 msec, peer dispersion is 0.93 msec",
        "loopfilter state is 'CTRL' (Normal Controlled Loop), drift is 0.000003906 s/s",
        "system poll interval is 64, last update was 37 sec ago.",
    ])


def show_users(ctx: Ctx) -> str:
    lines = ["    Line       User       Host(s)              Idle       Location",
             "   0 con 0                                     00:00:00"]
    for s in ctx.device.sessions:
        mark = "*" if s.user == ctx.user else " "
        lines.append(f"{mark}{866 + s.line:>4} vty {s.line - 2:<5} {s.user:<10} idle"
                     f"                 00:00:00 {s.peer}")
    lines += ["", "  Interface    User               Mode         Idle     Peer Address"]
    return "\n".join(lines)


def show_license(ctx: Ctx) -> str:
    return "\n".join([
        "License Usage:",
        "  License                 Entitlement Tag               Count Status",
        "  -----------------------------------------------------------------------------",
        "  network-advantage       (C9300-48 Network Advan...)       1 IN USE",
        "  dna-advantage           (C9300-48 DNA Advantage)          1 IN USE",
    ])


def show_file_systems(ctx: Ctx) -> str:
    return "\n".join([
        "File Systems:",
        "",
        "       Size(b)       Free(b)      Type  Flags  Prefixes",
        "*  11353194496    8273674240      disk     rw   flash:",
        "    1651507200    1617289216      disk     rw   crashinfo:",
        "             -             -    opaque     rw   system:",
        "       2097152       2064342     nvram     rw   nvram:",
    ])


def show_dir(ctx: Ctx) -> str:
    dev = ctx.device
    image = dev.image.split(":")[-1]
    t = wall(ctx, dev.boot_time - 86400 * 3)
    stamp = f"{t:%b} {t.day:2d} {t:%Y %H:%M:%S} +00:00"
    files = [(image, 1, 924301312), ("packages.conf", 2, 7456), ("vlan.dat", 3, 3436),
             ("nvram_config", 4, 2097152), ("pnp-tech-time", 5, 35)]
    lines = ["Directory of flash:/", ""]
    for name, inode, size in files:
        lines.append(f"{inode * 16001:>8}  -rw-{size:>14}  {stamp}  {name}")
    lines += ["", "11353194496 bytes total (8273674240 bytes free)"]
    return "\n".join(lines)


def ping(ctx: Ctx) -> str:
    target = ctx.args["ip"]
    vrf = {"Mgmt-vrf": "mgmt"}.get(ctx.args.get("vrf", ""), ctx.args.get("vrf", ""))
    ok, rtt = ping_reply(ctx, target, vrf)
    count = max(1, int(ctx.args.get("n", "5")))
    lines = ["Type escape sequence to abort.",
             f"Sending {count}, 100-byte ICMP Echos to {target}, timeout is 2 seconds:"]
    marks = ("!" if ok else ".") * count
    lines += [marks[k:k + 70] for k in range(0, count, 70)]
    if ok:
        lines.append(f"Success rate is 100 percent ({count}/{count}), round-trip min/avg/max = "
                     f"{int(rtt)}/{int(rtt) + 1}/{int(rtt) + 3} ms")
    else:
        lines.append(f"Success rate is 0 percent (0/{count})")
    return "\n".join(lines)


def traceroute(ctx: Ctx) -> str:
    from nornir_nlchat.lab.render import lookup_route

    target = ctx.args["ip"]
    dev = ctx.device
    route = lookup_route(dev, target)
    lines = ["Type escape sequence to abort.", f"Tracing the route to {target}",
             "VRF info: (vrf in name/id, vrf out name/id)"]
    hops = [route.next_hop] if route and route.next_hop else []
    hops.append(target)
    for k, hop in enumerate(hops, 1):
        lines.append(f"  {k} {hop} {k + 1} msec {k} msec {k + 2} msec")
    return "\n".join(lines)


def age(ctx: Ctx, at: float) -> str:
    """Short age of lab time ``at``."""
    return short_age(ctx.now - at)


def show_environment_temperature(ctx: Ctx) -> str:
    """Catalyst 9000 ``show environment temperature`` (inlet and hotspot sensors)."""
    temps = ctx.device.env.temps
    inlet = temps.get("Inlet", min(temps.values(), default=25))
    hotspot = max(temps.values(), default=inlet)
    lines = ["Switch 1: SYSTEM TEMPERATURE is OK"]
    for label, value, yellow, red in (("Inlet", inlet, 46, 56), ("Hotspot", hotspot, 105, 125)):
        lines += [f"{label} Temperature Value: {value} Degree Celsius",
                  "Temperature State: GREEN",
                  f"Yellow Threshold : {yellow} Degree Celsius",
                  f"Red Threshold    : {red} Degree Celsius", ""]
    return "\n".join(lines).rstrip("\n")


def show_module(ctx: Ctx) -> str:
    """Catalyst 9000 ``show module`` (one stack member)."""
    dev = ctx.device
    ports = len(dev.physical())
    return "\n".join([
        "Switch  Ports    Model                Serial No.   MAC address     Hw Ver.       Sw Ver. ",
        "------  -----   ---------             -----------  --------------  -------       --------",
        f" 1       {ports:<5}  {dev.model:<21}{dev.serial:<13}{dev.base_mac}  V02           "
        f"{dev.version}",
    ])


def show_switch(ctx: Ctx) -> str:
    """``show switch``: a stack of one."""
    dev = ctx.device
    return "\n".join([
        f"Switch/Stack Mac Address : {dev.base_mac} - Local Mac Address",
        "Mac persistency wait time: Indefinite",
        "                                             H/W   Current",
        "Switch#   Role    Mac Address     Priority Version  State ",
        "-------------------------------------------------------------------------------------",
        f"*1       Active   {dev.base_mac}     15     V02     Ready               ",
    ])


def show_boot(ctx: Ctx) -> str:
    """IOS-XE ``show boot``."""
    dev = ctx.device
    return "\n".join([
        "---------------------------",
        "Switch 1",
        "---------------------------",
        "Current Boot Variables:",
        f"BOOT variable = {dev.image};",
        "",
        "Boot Variables on next reload:",
        f"BOOT variable = {dev.image};",
        "Manual Boot = no",
        "Enable Break = yes",
        "Boot Mode = DEVICE",
        "iPXE Timeout = 0",
    ])


def show_dhcp_snooping(ctx: Ctx) -> str:
    """``show ip dhcp snooping`` (the summary)."""
    dev = ctx.device
    vlans = ",".join(str(v) for v in sorted(dev.vlans) if v in (10, 20, 30)) or "none"
    trusted = [i for i in dev.physical() if i.mode == "trunk"]
    lines = ["Switch DHCP snooping is enabled",
             "Switch DHCP gleaning is disabled",
             "DHCP snooping is configured on following VLANs:", vlans,
             "DHCP snooping is operational on following VLANs:", vlans,
             "Proxy bridge is configured on following VLANs:", "none",
             "Proxy bridge is operational on following VLANs:", "none",
             "DHCP snooping is configured on the following L3 Interfaces:", "",
             "Insertion of option 82 is enabled",
             "   circuit-id default format: vlan-mod-port",
             "   remote-id: " + dev.base_mac + " (MAC)",
             "Option 82 on untrusted port is not allowed",
             "Verification of hwaddr field is enabled",
             "Verification of giaddr field is enabled",
             "DHCP snooping trust/rate is configured on the following Interfaces:", "",
             "Interface                  Trusted    Allow option    Rate limit (pps)",
             "-----------------------    -------    ------------    ----------------   "]
    for i in trusted:
        lines += [f"{i.name:<27}yes        yes             unlimited",
                  "  Custom circuit-ids:"]
    return "\n".join(lines)


def ipv6_link_local(mac: str) -> str:
    """The EUI-64 link-local address of a MAC, upper case as IOS prints it."""
    d = mac.replace(".", "").replace(":", "").lower()
    first = int(d[:2], 16) ^ 0x02
    groups = [f"{first:02x}{d[2:4]}", f"{d[4:6]}ff", f"fe{d[6:8]}", d[8:12]]
    return "FE80::" + ":".join(g.lstrip("0").upper() or "0" for g in groups)
