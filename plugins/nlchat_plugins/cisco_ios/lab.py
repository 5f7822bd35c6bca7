"""Cisco IOS / IOS-XE: the simulated device's personality (Catalyst 9000 / ISR 4000)."""

from __future__ import annotations

from collections.abc import Callable

from nlchat_plugins.cisco_ios import lab_l2 as l2
from nlchat_plugins.cisco_ios import lab_l3 as l3
from nlchat_plugins.cisco_ios import lab_system as sysr
from nornir_nlchat.lab.commands import CommandTree, Ctx, Handler, Reply, password_gate
from nornir_nlchat.lab.config import add_context_commands
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.health import alarms
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.render import wall
from nornir_nlchat.lab.state import Device

PRIV = 15
MAC = "mac address-table|mac-address-table"
INTS = "interfaces|interface"


def _caret(line: str, column: int, prompt: str) -> str:
    return " " * (len(prompt) + column) + "^"


def _invalid(line: str, column: int, prompt: str) -> str:
    return f"{_caret(line, column, prompt)}\n% Invalid input detected at '^' marker.\n"


def _unknown(line: str, column: int, prompt: str) -> str:
    if len(line.split()) > 1:
        return _invalid(line, column, prompt)
    word = line.strip()
    return (f'Translating "{word}"\n% Unknown command or computer name, or unable to find '
            "computer address")


ERRORS = ErrorText(
    invalid=_invalid,
    incomplete=lambda line, column, prompt: "% Incomplete command.\n",
    ambiguous=lambda line, column, prompt, choices: f'% Ambiguous command:  "{line.strip()}"',
    unknown=_unknown,
)

PIPES = {
    "include": Filter("include"),
    "exclude": Filter("exclude"),
    "begin": Filter("begin"),
    "section": Filter("section"),
    "count": Filter("count", count_text=lambda n: f"Number of lines which match regexp = {n}"),
}


def _prompt(dev: Device, mode: str, user: str) -> str:
    if mode.startswith("config"):
        return f"{dev.name}({mode})#"
    return f"{dev.name}>" if mode == "user" else f"{dev.name}#"


def _motd(dev: Device) -> str:
    return (f"\n{dev.name} - {dev.location.get('name', dev.site)}\n"
            "Authorised lab users only. This device is simulated by nornir-nlchat.\n")


def _add(tree: CommandTree, patterns: str, handler: Handler, level: int = 1) -> None:
    for pattern in patterns.split(";"):
        tree.add(pattern.strip(), handler, level=level)


def _exec_tree() -> CommandTree:
    t = CommandTree()
    a: Callable[..., None] = lambda p, h, level=1: _add(t, p, h, level)  # noqa: E731
    a("enable", lambda ctx: "" if ctx.mode != "user" else password_gate(
        ctx.world.credentials.secret, "Password: ", Reply(mode="enable"), "% Bad secrets\n"))
    a("disable", lambda ctx: Reply(mode="user"))
    a("configure terminal; configure", lambda ctx: Reply(
        "Enter configuration commands, one per line.  End with CNTL/Z.", mode="config"), PRIV)
    a("exit; logout; quit", lambda ctx: Reply(close=True))
    a("terminal length {n}", lambda ctx: Reply(page_length=int(ctx.args["n"])))
    a("terminal width {n}; terminal monitor; terminal no monitor", lambda ctx: "")
    a("show version", sysr.show_version)
    a("show clock; show clock detail", sysr.show_clock)
    a("show processes cpu; show processes cpu sorted; show processes cpu sorted 5sec",
      sysr.show_cpu)
    a("show processes memory; show processes memory sorted", sysr.show_processes_memory)
    a("show memory; show memory statistics", sysr.show_memory)
    a("show inventory", sysr.show_inventory)
    a("show environment; show environment all; show environment fan; show environment power; "
      "show environment power all", sysr.show_environment)
    a("show environment temperature", sysr.show_environment_temperature)
    a("show module", sysr.show_module)
    a("show switch; show switch detail", sysr.show_switch)
    a("show boot", sysr.show_boot)
    a("show power inline; show power inline {interface}", sysr.show_power_inline)
    a("show ntp associations", sysr.show_ntp_associations)
    a("show ntp status", sysr.show_ntp_status)
    a("show users", sysr.show_users)
    a("show logging", sysr.show_logging)
    a("show license; show license summary; show license usage; show license status",
      sysr.show_license)
    a("show file systems", sysr.show_file_systems)
    a("dir; dir flash:; show flash:; show flash", sysr.show_dir)
    a("ping {ip}; ping vrf {vrf} {ip}; ping {ip} repeat {n}; ping vrf {vrf} {ip} repeat {n}",
      sysr.ping)
    a("traceroute {ip}; traceroute vrf {vrf} {ip}", sysr.traceroute)
    a("show running-config; show startup-config; show running-config interface {interface}",
      l3.running_config, PRIV)
    a("show tech-support", lambda ctx: Reply(_tech(ctx), slow=2.0), PRIV)
    a(f"show {INTS}; show {INTS} {{interface}}", l2.show_interfaces)
    a(f"show {INTS} status; show {INTS} status err-disabled; show {INTS} {{interface}} status",
      l2.show_interfaces_status)
    a(f"show {INTS} description; show {INTS} {{interface}} description",
      l2.show_interfaces_description)
    a(f"show {INTS} counters; show {INTS} counters errors; show {INTS} {{interface}} counters; "
      f"show {INTS} {{interface}} counters errors", l2.show_counters)
    a(f"show {INTS} trunk", l2.show_trunk)
    a(f"show {INTS} switchport; show {INTS} {{interface}} switchport", l2.show_switchport)
    a(f"show {INTS} transceiver; show {INTS} transceiver detail; "
      f"show {INTS} {{interface}} transceiver; show {INTS} {{interface}} transceiver detail",
      l2.show_transceiver)
    a("show ip interface brief; show ip interface brief {interface}", l2.show_ip_interface_brief)
    a("show ip interface; show ip interface {interface}", l2.show_ip_interface)
    a("show etherchannel summary", l2.show_etherchannel)
    a("show lacp neighbor", l2.show_lacp_neighbor)
    a("show vlan; show vlan brief; show vlan id {vlan}; show vlans", l2.show_vlan)
    a(f"show {MAC}; show {MAC} dynamic; show {MAC} address {{mac}}; "
      f"show {MAC} interface {{interface}}; show {MAC} vlan {{vlan}}", l2.show_mac)
    a("show spanning-tree; show spanning-tree summary; show spanning-tree root; "
      "show spanning-tree blockedports; show spanning-tree vlan {vlan}; "
      "show spanning-tree interface {interface}; show spanning-tree detail",
      l2.show_spanning_tree)
    a("show cdp neighbors; show cdp neighbors detail; show cdp neighbors {interface}; "
      "show cdp neighbors {interface} detail", l2.show_cdp)
    a("show lldp neighbors; show lldp neighbors detail; show lldp neighbors {interface}; "
      "show lldp neighbors {interface} detail", l2.show_lldp)
    a("show ip dhcp snooping binding", l2.show_dhcp_snooping)
    a("show ip dhcp snooping", sysr.show_dhcp_snooping)
    a("show ip route; show ip route vrf {vrf}; show ip route {ip}; show ip route {ip} {mask}; "
      "show ip route vrf {vrf} {ip}; show ip route bgp; show ip route ospf; "
      "show ip route static; show ip route connected; show ip route summary; "
      "show ip route vrf {vrf} {ip} {mask}; show ip route vrf {vrf} bgp; "
      "show ip route vrf {vrf} ospf; show ip route vrf {vrf} static; "
      "show ip route vrf {vrf} connected; show ip route vrf {vrf} summary", l3.show_ip_route)
    a("show ipv6 interface brief", l3.show_ipv6_interface_brief)
    a("show ipv6 route", l3.show_ipv6_route)
    a("show ipv6 neighbors", l3.show_ipv6_neighbors)
    a("show ip ospf database", l3.show_ospf_database)
    a("show ip eigrp neighbors", lambda ctx: "")
    a("show ip bgp vpnv4 vrf {vrf} summary; show ip bgp vpnv4 all summary",
      l3.show_bgp_vrf_summary)
    a("show ip bgp vpnv4 vrf {vrf} neighbors; show ip bgp vpnv4 vrf {vrf} neighbors {ip}",
      l3.show_bgp_vrf_neighbors)
    a("show ip arp; show ip arp {ip}; show ip arp vrf {vrf}; show ip arp vrf {vrf} {ip}; show arp; "
      "show arp vrf {vrf}",
      l3.show_arp)
    a("show ip arp {interface}; show arp {interface}", _show_arp_interface)
    a("show facility-alarm status; show facility-alarm status {word}", _show_facility_alarms)
    a("show ip bgp summary; show bgp summary; show bgp ipv4 unicast summary; "
      "show ip bgp ipv4 unicast summary", l3.show_bgp_summary)
    for base in ("show ip bgp neighbors", "show bgp ipv4 unicast neighbors",
                 "show bgp neighbors"):
        a(f"{base}; {base} {{ip}}; {base} {{ip}} advertised-routes; {base} {{ip}} "
          f"received-routes; {base} {{ip}} routes", l3.show_bgp_neighbors)
    a("show ip bgp; show bgp ipv4 unicast", l3.show_bgp_table)
    a("show ip ospf neighbor; show ip ospf neighbor detail", l3.show_ospf_neighbor)
    a("show ip ospf interface brief; show ip ospf interface", l3.show_ospf_interface_brief)
    a("show ip protocols", l3.show_ip_protocols)
    a("show standby; show standby brief", l3.show_standby)
    a("show vrrp; show vrrp brief", l3.show_vrrp)
    a("show vrf; show vrf brief; show ip vrf; show ip vrf brief", l3.show_vrf)
    a("show access-lists; show access-lists {word}; show ip access-lists; "
      "show ip access-lists {word}", l3.show_access_lists)
    a("show ip dhcp binding", l3.show_dhcp_binding)
    return t


def _show_arp_interface(ctx: Ctx) -> str:
    """``show ip arp <interface>``: the ARP table's rows on that interface (same format)."""
    head, *rows = l3.show_arp(ctx).split("\n")
    want = ctx.args["interface"]
    return "\n".join([head, *(r for r in rows if r.split()[-1] == want)])


_ALARM_TEXT = {"fan": "Fan Failure", "psu": "Power Supply Failure",
               "link": "Physical Port Link Down"}


def _show_facility_alarms(ctx: Ctx) -> str:
    """``show facility-alarm status``: failed fans/PSUs and enabled cabled ports that are down."""
    found = alarms(ctx.device)
    count = {s: sum(1 for a in found if a.severity == s) for s in ("critical", "major", "minor")}
    lines = [f"System Totals  Critical: {count['critical']}  Major: {count['major']}  "
             f"Minor: {count['minor']}", "",
             "Source                     Time                   Severity     Description [Index]",
             "------                     ------                 --------     -------------------"]
    for a in found:
        lines.append(f"{a.source:<27}{wall(ctx, a.since):%b %d %Y %H:%M:%S}   "
                     f"{a.severity.upper():<13}{_ALARM_TEXT[a.kind]} [{found.index(a) + 1}]")
    return "\n".join(lines)


def _tech(ctx: Ctx) -> str:
    parts = []
    for title, fn in (("show version", sysr.show_version), ("show running-config",
                                                            l3.running_config),
                      ("show interfaces", l2.show_interfaces), ("show logging",
                                                                sysr.show_logging)):
        sub = Ctx(ctx.device, ctx.world, {}, (), title, ctx.mode, ctx.user, ctx.now)
        parts.append(f"\n------------------ {title} ------------------\n\n{fn(sub)}")
    return "\n".join(parts)


EXEC = _exec_tree()


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="config" if ctx.mode != "config" else "enable"))
    t.add("do {rest}", lambda ctx: EXEC.call(ctx.args["rest"], ctx) or _invalid(
        ctx.line, 3, ""))
    add_context_commands(t, interface="interface {interface}", shutdown="shutdown",
                         no_shutdown="no shutdown", description="description {rest}",
                         vlan="vlan {vlan}", vlan_name="name {word}",
                         interface_mode=lambda name: "config-if",
                         vlan_mode=lambda vid: "config-vlan")
    t.add("no {rest}", lambda ctx: "")
    t.add("{rest}", lambda ctx: "")
    return t


class CiscoIosLab:
    """The Cisco IOS-XE personality."""

    platform = "cisco_ios"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=EXEC, config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, more=" --More-- ", page_length=24)

    def hardware(self, role: str) -> Hardware:
        if role in ("router", "firewall"):
            return Hardware("ISR4451-X/K9", "17.09.04a", "bootflash:isr4400-universalk9."
                            "17.09.04a.SPA.bin", 7_989_592, "FDO", "rapid-pvst",
                            (("Power Supply Module 0", "450W AC Power Supply for Cisco ISR 4450",
                              "XR-4450-PWR-AC"),))
        model = "C9500-16X" if role == "core_switch" else "C9300-48P"
        return Hardware(model, "17.09.04a", "flash:packages.conf", 7_937_024, "FOC",
                        "rapid-pvst", (("Switch 1 - Power Supply A", "Switch 1 - Power Supply A",
                                        "PWR-C1-715WAC-P"),
                                       ("Switch 1 FRU Uplink Module 1", "8x10G Uplink Module",
                                        "C9300-NM-8X")))

    def ports(self, role: str) -> PortPlan:
        vlan, lag = (lambda n: f"Vlan{n}"), (lambda n: f"Port-channel{n}")
        if role in ("router", "firewall"):
            return PortPlan((), tuple(f"GigabitEthernet0/0/{k}" for k in range(4)) + tuple(
                f"GigabitEthernet0/1/{k}" for k in range(4)), "GigabitEthernet0", "Loopback0",
                vlan, lag, 1000, 1000, "1000BaseSX SFP")
        if role == "core_switch":
            return PortPlan((), tuple(f"TenGigabitEthernet1/0/{k}" for k in range(1, 17)),
                            "GigabitEthernet0/0", "Loopback0", vlan, lag)
        return PortPlan(tuple(f"GigabitEthernet1/0/{k}" for k in range(1, 49)),
                        tuple(f"TenGigabitEthernet1/1/{k}" for k in range(1, 5)),
                        "GigabitEthernet0/0", "Loopback0", vlan, lag, 1000, 10000,
                        "SFP-10GBase-SR")


PERSONALITY = CiscoIosLab()
