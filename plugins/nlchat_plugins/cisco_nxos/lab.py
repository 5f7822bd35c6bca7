"""Cisco NX-OS: the simulated device's personality (Nexus 9000)."""

from __future__ import annotations

import re

from nlchat_plugins.cisco_nxos import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Ctx, Handler, Reply
from nornir_nlchat.lab.config import add_context_commands
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.render import global_table_only
from nornir_nlchat.lab.state import Device


def _caret(column: int, prompt: str) -> str:
    return " " * (len(prompt) + column) + "^"


ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"{_caret(col, prompt)}\n% Invalid command at '^' marker.",
    incomplete=lambda line, col, prompt: f"{_caret(col, prompt)}\n"
                                         "% Incomplete command at '^' marker.",
    ambiguous=lambda line, col, prompt, choices: f"{_caret(col, prompt)}\n"
                                                 "% Ambiguous command at '^' marker.",
)

PIPES = {
    "include": Filter("include"), "exclude": Filter("exclude"), "begin": Filter("begin"),
    "section": Filter("section"), "count": Filter("count", takes_arg=False),
    "last": Filter("last"), "head": Filter("first", takes_arg=False),
    "no-more": Filter("none", takes_arg=False),
}


def _prompt(dev: Device, mode: str, user: str) -> str:
    return f"{dev.name}({mode})# " if mode.startswith("config") else f"{dev.name}# "


def _motd(dev: Device) -> str:
    return ("Cisco Nexus Operating System (NX-OS) Software\n"
            "TAC support: http://www.cisco.com/tac\n"
            "Copyright (C) 2002-2023, Cisco and/or its affiliates.\n"
            "All rights reserved.\n"
            f"{dev.name}: lab device simulated by nornir-nlchat\n")


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler)

    a("configure terminal; configure", lambda ctx: Reply(
        "Enter configuration commands, one per line. End with CNTL/Z.", mode="config"))
    a("exit; logout", lambda ctx: Reply(close=True))
    a("terminal length {n}", lambda ctx: Reply(page_length=int(ctx.args["n"])))
    a("terminal width {n}; terminal monitor; terminal session-timeout {n}", lambda ctx: "")
    a("show version", r.show_version)
    a("show processes cpu; show processes cpu sort", r.show_processes_cpu)
    a("show system resources", r.show_system_resources)
    a("show interface; show interface {interface}", r.show_interface)
    a("show interface brief", r.show_interface_brief)
    a("show interface status; show interface status err-disabled; "
      "show interface {interface} status", r.show_interface_status)
    a("show interface description; show interface {interface} description",
      r.show_interface_description)
    a("show interface counters errors; show interface {interface} counters errors",
      r.show_counters_errors)
    a("show interface counters; show interface {interface} counters", r.show_counters)
    a("show interface switchport; show interface {interface} switchport", r.show_switchport)
    a("show interface trunk", r.show_trunk)
    a("show ip interface {interface}", r.show_ip_interface)
    a("show system reset-reason", r.show_reset_reason)
    a("show boot", r.show_boot)
    a("show interface transceiver; show interface transceiver details; "
      "show interface {interface} transceiver; show interface {interface} transceiver details",
      r.show_transceiver)
    a("show ip interface brief; show ip interface brief vrf {vrf}; "
      "show ip interface brief vrf all", r.show_ip_interface_brief)
    a("show vlan; show vlan brief; show vlan id {vlan}", r.show_vlan)
    a("show mac address-table; show mac address-table address {mac}; "
      "show mac address-table interface {interface}; show mac address-table vlan {vlan}; "
      "show mac address-table dynamic", r.show_mac)
    a("show spanning-tree; show spanning-tree summary; show spanning-tree root; "
      "show spanning-tree vlan {vlan}; show spanning-tree detail; "
      "show spanning-tree interface {interface}", r.show_spanning_tree)
    a("show cdp neighbors; show cdp neighbors detail; show cdp neighbors interface {interface}; "
      "show cdp neighbors interface {interface} detail", r.show_cdp)
    a("show lldp neighbors; show lldp neighbors detail; show lldp neighbors interface "
      "{interface}; show lldp neighbors interface {interface} detail", r.show_lldp)
    a("show port-channel summary; show port-channel", r.show_port_channel)
    a("show vpc; show vpc brief", r.show_vpc)
    protos = ("bgp", "ospf", "static", "direct", "connected")
    a("show ip route; show ip route vrf {vrf}; show ip route {ip}; show ip route {prefix}; "
      "show ip route {ip} vrf {vrf}; show ip route {prefix} vrf {vrf}; show ip route vrf all; "
      + "; ".join(f"show ip route {p}; show ip route {p} vrf {{vrf}}" for p in protos),
      r.show_ip_route)
    a("show ip route summary; show ip route summary vrf {vrf}", r.show_route_summary)
    a("show ip arp; show ip arp vrf {vrf}; show ip arp vrf all; show ip arp {ip}; "
      "show ip arp {ip} vrf {vrf}; show ip arp {interface}; show ip arp {interface} vrf {vrf}",
      r.show_arp)
    a("show vpc consistency-parameters global; show vpc consistency-parameters",
      r.show_vpc_consistency)
    a("show fex; show fex detail", r.show_fex)
    a("show ip bgp summary; show bgp ipv4 unicast summary; show bgp summary",
      r.show_bgp_summary)
    a("show ip bgp summary vrf {vrf}", r.show_bgp_summary)
    a("show ip bgp; show bgp ipv4 unicast", r.show_bgp_table)
    a("show ip bgp neighbors; show ip bgp neighbors {ip}; show ip bgp neighbors {ip} routes; "
      "show ip bgp neighbors {ip} advertised-routes; show ip bgp neighbors {ip} "
      "received-routes", r.show_bgp_neighbors)
    a("show ip ospf neighbors detail; show ip ospf neighbor detail",
      r.show_ospf_neighbors_detail)
    # the per-VRF forms: the lab runs BGP and OSPF in the default VRF only
    a("show ip bgp neighbors vrf {vrf}; show ip bgp neighbors {ip} vrf {vrf}",
      global_table_only(r.show_bgp_neighbors))
    a("show ip ospf neighbors vrf {vrf}", global_table_only(r.show_ospf_neighbors))
    a("show ip ospf neighbors detail vrf {vrf}", global_table_only(r.show_ospf_neighbors_detail))
    a("show ip ospf interface brief", r.show_ospf_interface_brief)
    a("show ip ospf database", r.show_ospf_database)
    a("show ip eigrp neighbors", lambda ctx: "")
    a("show ip dhcp snooping; show ip dhcp snooping binding", r.show_dhcp_snooping)
    a("show ipv6 interface brief", r.show_ipv6_interface_brief)
    a("show ipv6 route", r.show_ipv6_route)
    a("show ipv6 neighbor", r.show_ipv6_neighbor)
    a("show vrrp; show vrrp brief", r.show_vrrp)
    a("show lacp neighbor", r.show_lacp_neighbor)
    a("show spanning-tree blockedports", r.show_blocked_ports)
    a("show ip ospf neighbors; show ip ospf neighbor", r.show_ospf_neighbors)
    a("show hsrp; show hsrp brief", r.show_hsrp)
    a("show vrf", r.show_vrf)
    a("show running-config; show startup-config", r.running_config)
    a("show running-config bgp; show running-config interface {interface}", r.running_section)
    a("show logging; show logging logfile; show logging last {n}", r.show_logging)
    a("show clock", r.show_clock)
    a("show inventory", r.show_inventory)
    a("show environment; show environment temperature; show environment fan; "
      "show environment power", r.show_environment)
    a("show module", r.show_module)
    a("show ntp peer-status; show ntp peers", r.show_ntp)
    a("show users", r.show_users)
    a("show feature", r.show_feature)
    a("show license usage; show license", r.show_license)
    a("dir; dir bootflash:", r.show_dir)
    a("ping {ip}; ping {ip} vrf {vrf}; ping {ip} count {n}; ping {ip} count {n} vrf {vrf}",
      r.ping)
    a("traceroute {ip}; traceroute {ip} vrf {vrf}", r.traceroute)
    a("show access-lists; show ip access-lists; show access-lists {word}; "
      "show ip access-lists {word}", r.show_access_lists)
    return t


EXEC = _exec_tree()


# Interface types as NX-OS spells them; the first ones may be created in configuration mode.
_CREATABLE = ("vlan", "loopback", "port-channel", "tunnel", "nve")
_IFACE_TYPES = (*_CREATABLE, "ethernet", "mgmt")
_IFACE = re.compile(r"^([A-Za-z-]+)\s*(\d+(?:/\d+)*)(\.\d+)?$")


def _unknown_interface(ctx: Ctx) -> str | None:
    """NX-OS's error for ``interface X`` when the switch has no X (None: it may be created).

    A name of no interface type is ``Invalid interface format``; a port the hardware does not
    have (``Ethernet1/99``, ``mgmt1``) is ``Invalid range``. Ranges and lists are let through.
    """
    text = ctx.args["rest"].strip()
    m = _IFACE.match(text)
    if m is None and re.search(r"\d\s*[-,]", text):
        return None
    head = re.match(r"\s*\S+\s+", ctx.line)
    start, end = (head.end() if head else 0), len(ctx.line.rstrip()) - 1
    prompt = _prompt(ctx.device, ctx.mode, ctx.user)
    kinds = [k for k in _IFACE_TYPES if m and k.startswith(m.group(1).lower())]
    if m is None or len(kinds) != 1:
        return f"{_caret(start, prompt)}\nInvalid interface format at '^' marker."
    if kinds[0] in _CREATABLE:
        return None
    parent = ctx.device.iface(f"{kinds[0]}{m.group(2)}")
    if parent is not None and m.group(3):  # a new subinterface of a port the switch has
        return None
    return f"{_caret(end, prompt)}\nInvalid range at '^' marker."


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="config" if ctx.mode != "config" else "enable"))
    add_context_commands(t, interface="interface {interface}", shutdown="shutdown",
                         no_shutdown="no shutdown", description="description {rest}",
                         vlan="vlan {vlan}", vlan_name="name {word}",
                         interface_mode=lambda name: "config-if",
                         vlan_mode=lambda vid: "config-vlan",
                         unknown_interface=_unknown_interface)
    t.add("no {rest}", lambda ctx: "")
    t.add("{rest}", lambda ctx: "")
    return t


class CiscoNxosLab:
    """The Cisco NX-OS personality."""

    platform = "cisco_nxos"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=EXEC, config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, more=" --More-- ", page_length=24,
            unprivileged_mode="enable")

    def hardware(self, role: str) -> Hardware:
        model = "N9K-C93180YC-FX" if role != "core_switch" else "N9K-C9336C-FX2"
        return Hardware(model, "10.3(4a)", "bootflash:///nxos64-cs.10.3.4a.M.bin",
                        24_572_108, "FDO", "rapid-pvst",
                        (("Slot 1", "48x10/25G + 6x40/100G Ethernet Module", model),
                         ("Power Supply 1", "Nexus9000 650W AC PS, Port-side Intake",
                          "NXA-PAC-650W-PI"),
                         ("Fan 1", "Nexus9000 Fan Module", "NXA-FAN-30CFM-B")))

    def ports(self, role: str) -> PortPlan:
        access = tuple(f"Ethernet1/{k}" for k in range(1, 41)) if role == "switch" else ()
        uplinks = tuple(f"Ethernet1/{k}" for k in range(49, 55)) if role == "switch" else \
            tuple(f"Ethernet1/{k}" for k in range(1, 17))
        return PortPlan(access, uplinks, "mgmt0", "loopback0", lambda n: f"Vlan{n}",
                        lambda n: f"port-channel{n}", 10000, 10000, "10Gbase-SR")


PERSONALITY = CiscoNxosLab()
