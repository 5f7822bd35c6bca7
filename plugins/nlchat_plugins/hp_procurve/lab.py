"""Aruba AOS-S / HP ProCurve: the simulated device's personality (2930F)."""

from __future__ import annotations

from nlchat_plugins.hp_procurve import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Handler, Reply, password_gate
from nornir_nlchat.lab.config import add_context_commands
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.state import Device

PRIV = 15


def _word(line: str, column: int) -> str:
    rest = line[column:].split()
    return rest[0] if rest else ""


ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"Invalid input: {_word(line, col)}",
    incomplete=lambda line, col, prompt: f"Incomplete input: {line.split()[-1]}",
    ambiguous=lambda line, col, prompt, choices: f"Ambiguous input: {_word(line, col)}",
)

PIPES = {"include": Filter("include"), "exclude": Filter("exclude"), "begin": Filter("begin")}


def _prompt(dev: Device, mode: str, user: str) -> str:
    if mode.startswith("config"):  # config, config-eth-5 → (eth-5), config-vlan-10 → (vlan-10)
        return f"{dev.name}({mode.removeprefix('config-')})# "
    return f"{dev.name}> " if mode == "user" else f"{dev.name}# "


def _motd(dev: Device) -> str:
    return (f"HP {dev.model}\n\nSoftware revision {dev.version}\n\n"
            "(C) Copyright 2023 Hewlett Packard Enterprise Development LP\n\n"
            "                   RESTRICTED RIGHTS LEGEND\n"
            " Confidential computer software. Valid license from HPE required for possession,\n"
            " use or copying. Lab device simulated by nornir-nlchat.\n\n"
            "We'd like to keep you up to date about:\n"
            "  * Software feature updates\n  * New product announcements\n"
            "  * Special events\n\nPlease register your products now at:  www.hpe.com/networking"
            "/register\n\n")


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler, level: int = 1) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler, level=level)

    a("enable", lambda ctx: "" if ctx.mode != "user" else Reply(
        ask="Username: ", on_answer=lambda _user: password_gate(
            ctx.world.credentials.secret, "Password: ", Reply(mode="enable"),
            "Invalid password", tries=1)))
    a("configure terminal; configure", lambda ctx: Reply(mode="config"), PRIV)
    a("exit; logout", lambda ctx: Reply(close=True))
    a("no page", lambda ctx: Reply(page_length=0))
    a("page", lambda ctx: Reply(page_length=24))
    a("terminal width {n}; terminal length {n}", lambda ctx: "")
    a("show version", r.show_version)
    a("show system; show system information", r.show_system)
    a("show system temperature", r.show_temperature)
    a("show system fans", r.show_fans)
    a("show system power-supply", r.show_power_supply)
    a("show modules", r.show_modules)
    a("show flash", r.show_flash)
    a("show boot-history", r.show_boot_history)
    a("show name; show name {interface}", r.show_name)
    a("show vlans ports {interface} detail; show vlans ports {interface}", r.show_vlan_ports)
    a("show spanning-tree vlan {vlan}", r.show_stp_vlan)
    a("show spanning-tree {interface} detail; show spanning-tree {interface}", r.show_stp_port)
    a("show running-config interface {interface}", r.show_running_interface, PRIV)
    a("show power-over-ethernet {interface}", r.show_poe_port)
    a("show oobm ip; show oobm", r.show_oobm)
    a("show ntp status; show ntp associations", r.show_ntp)
    a("show ip ssh", r.show_ip_ssh)
    a("show interfaces transceivers; show interfaces transceivers {interface} detail; "
      "show interfaces transceivers {interface}", r.show_transceivers)
    a("show lacp peer", r.show_lacp_peer)
    a("show ipv6", r.show_ipv6)
    a("show ipv6 route", r.show_not_configured("\n IPv6 Route Entries\n\n  IPv6 routing is "
                                               "not enabled.\n"))
    a("show ipv6 neighbors", r.show_not_configured("\n IPv6 ND Cache Entries\n\n  IPv6 is "
                                                   "not enabled on any VLAN.\n"))
    a("show vrrp", r.show_not_configured("\n VRRP Global Information\n\n  VRRP Enabled "
                                         ": No\n"))
    a("show ip ospf neighbor; show ip ospf interface; show ip ospf link-state",
      r.show_not_configured("\n OSPF is not enabled on this switch.\n"))
    a("show ip bgp summary; show ip bgp neighbor; show ip bgp neighbor {ip}",
      r.show_not_configured("\n BGP is not enabled on this switch.\n"))
    a("show stacking; show vsf", r.show_not_configured(
        "\n Stacking (VSF) is not configured on this switch; it runs stand-alone.\n"))
    a("show distributed-trunking consistency-parameters global", r.show_not_configured(
        "\n Distributed trunking is not configured.\n"))
    a("show dhcp-snooping; show dhcp-snooping binding", r.show_dhcp_snooping)
    a("show cdp neighbors; show cdp neighbors detail; show cdp neighbors {interface}; "
      "show cdp neighbors {interface} detail", r.show_cdp)
    a("show access-list; show access-list {word}", r.show_access_list)
    a("show ip route {ip}; show ip route {prefix}; show ip route connected; "
      "show ip route static; show ip route ospf; show ip route bgp", r.show_route_one)
    a("show cpu", r.show_cpu)
    a("show interfaces brief; show interfaces status", r.show_interfaces_brief)
    a("show interfaces; show interfaces {interface}; show interfaces ethernet {interface}",
      r.show_interfaces)
    a("show vlans; show vlans {vlan}; show vlan; show vlan {vlan}", r.show_vlans)
    a("show mac-address; show mac-address {mac}; show mac-address {interface}; "
      "show mac-address vlan {vlan}; show mac-address ethernet {interface}", r.show_mac)
    a("show lldp info remote-device; show lldp info remote-device {interface}; "
      "show lldp info remote-device detail", r.show_lldp)
    a("show spanning-tree; show spanning-tree detail", r.show_spanning_tree)
    a("show trunks", r.show_trunks)
    a("show lacp", r.show_lacp)
    a("show ip", r.show_ip)
    a("show ip route", r.show_ip_route)
    a("show arp", r.show_arp)
    a("show logging; show logging {rest}", r.show_logging)
    a("show running-config; show config; show startup-config", r.running_config, PRIV)
    a("show time", r.show_time)
    a("show uptime", r.show_uptime)
    a("show power-over-ethernet; show power-over-ethernet brief", r.show_poe)
    a("ping {ip}; ping {ip} repetitions {n}", r.ping)
    a("traceroute {ip}", r.traceroute)
    return t


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="config" if ctx.mode != "config" else "enable"))
    add_context_commands(t, interface="interface {interface}", shutdown="disable",
                         no_shutdown="enable", description="name {rest}",
                         vlan="vlan {vlan}", vlan_name="name {word}",
                         interface_mode=lambda name: f"config-eth-{name}",
                         vlan_mode=lambda vid: f"config-vlan-{vid}")
    t.add("no {rest}", lambda ctx: "")
    t.add("{rest}", lambda ctx: "")
    return t


class HpProcurveLab:
    """The Aruba AOS-S (ProCurve) personality."""

    platform = "hp_procurve"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=_exec_tree(), config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, press_any_key="Press any key to continue",
            more="-- MORE --, next page: Space, next line: Enter, quit: Control-C",
            page_length=24)

    def hardware(self, role: str) -> Hardware:
        return Hardware("Aruba JL256A 2930F-48G-PoE+-4SFP+ Switch", "WC.16.11.0015", "primary",
                        1_048_576, "SG", "mstp",
                        (("PSU 1", "Internal power supply", "JL256A"),))

    def ports(self, role: str) -> PortPlan:
        access = tuple(str(k) for k in range(1, 49)) if role == "switch" else ()
        uplinks = tuple(str(k) for k in range(49, 53)) if role == "switch" else tuple(
            str(k) for k in range(1, 17))
        return PortPlan(access, uplinks, "", "lo0", lambda n: f"VLAN{n}", lambda n: f"Trk{n}",
                        1000, 10000, "SFP+SR")


PERSONALITY = HpProcurveLab()
