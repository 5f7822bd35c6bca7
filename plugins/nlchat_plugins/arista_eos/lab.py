"""Arista EOS: the simulated device's personality (7050X / 720XP)."""

from __future__ import annotations

from nlchat_plugins.arista_eos import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Handler, Reply, password_gate
from nornir_nlchat.lab.config import add_context_commands
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.render import global_table_only
from nornir_nlchat.lab.state import Device

PRIV = 15
INTS = "interfaces|interface"

ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"% Invalid input (at token {_token(line, col)}: "
                                      f"'{_word(line, col)}')",
    incomplete=lambda line, col, prompt: "% Incomplete command",
    ambiguous=lambda line, col, prompt, choices: f"% Ambiguous command (at token "
                                                 f"{_token(line, col)}: '{_word(line, col)}')",
)


def _token(line: str, column: int) -> int:
    return len(line[:column].split())


def _word(line: str, column: int) -> str:
    rest = line[column:].split()
    return rest[0] if rest else ""


PIPES = {
    "include": Filter("include"), "exclude": Filter("exclude"), "begin": Filter("begin"),
    "section": Filter("section"), "no-more": Filter("none", takes_arg=False),
    "tail": Filter("last", takes_arg=False), "head": Filter("first", takes_arg=False),
    "count": Filter("count", takes_arg=False),
}


def _prompt(dev: Device, mode: str, user: str) -> str:
    if mode.startswith("config"):
        return f"{dev.name}({mode})#"
    return f"{dev.name}>" if mode == "user" else f"{dev.name}#"


def _motd(dev: Device) -> str:
    return f"Last login: from 10.1.99.5\n{dev.name}: lab device simulated by nornir-nlchat\n"


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler, level: int = 1) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler, level=level)

    a("enable", lambda ctx: "" if ctx.mode != "user" else password_gate(
        ctx.world.credentials.secret, "Password: ", Reply(mode="enable"),
        "% Access denied"))
    a("disable", lambda ctx: Reply(mode="user"))
    a("configure terminal; configure", lambda ctx: Reply(mode="config"), PRIV)
    a("exit; logout; quit", lambda ctx: Reply(close=True))
    a("terminal length {n}", lambda ctx: Reply(
        "Pagination disabled." if ctx.args["n"] == "0" else "", page_length=int(ctx.args["n"])))
    a("terminal width {n}", lambda ctx: f"Width set to {ctx.args['n']} columns.")
    a("terminal monitor", lambda ctx: "")
    a("show version", r.show_version)
    a("show uptime", r.show_uptime)
    a("show hostname", lambda ctx: f"Hostname: {ctx.device.name}\n"
                                   f"FQDN:     {ctx.device.name}.{ctx.device.domain}")
    a("show processes top once; show processes top", r.show_top)
    a(f"show {INTS}; show {INTS} {{interface}}", r.show_interfaces)
    a(f"show {INTS} status; show {INTS} status errdisabled; show {INTS} {{interface}} status",
      r.show_status)
    a(f"show {INTS} description; show {INTS} {{interface}} description", r.show_description)
    a(f"show {INTS} counters errors; show {INTS} {{interface}} counters errors",
      r.show_counters_errors)
    a(f"show {INTS} transceiver; show {INTS} {{interface}} transceiver", r.show_transceiver)
    a("show ip interface brief", r.show_ip_interface_brief)
    a("show ip interface {interface}", r.show_ip_interface)
    a(f"show {INTS} switchport; show {INTS} {{interface}} switchport", r.show_switchport)
    a(f"show {INTS} trunk", r.show_trunk)
    a(f"show {INTS} counters; show {INTS} {{interface}} counters", r.show_counters)
    a("show reload cause", r.show_reload_cause)
    a("show module", r.show_module)
    a("dir; dir flash:; dir {word}", r.show_dir)
    a("show boot-config", r.show_boot_config)
    a("show poe; show poe interface {interface}", r.show_poe)
    a("show license", r.show_license)
    a("show lacp neighbor", r.show_lacp_neighbor)
    a("show ip dhcp snooping", r.show_dhcp_snooping)
    a("show ipv6 interface brief", r.show_ipv6_interface_brief)
    a("show ipv6 route", r.show_ipv6_route)
    a("show ipv6 neighbors", r.show_ipv6_neighbors)
    a("show environment all", r.show_environment_all)
    a("show vlan; show vlan brief; show vlan {vlan}; show vlan id {vlan}", r.show_vlan)
    a("show mac address-table; show mac address-table address {mac}; "
      "show mac address-table interface {interface}; show mac address-table vlan {vlan}; "
      "show mac address-table dynamic", r.show_mac)
    a("show spanning-tree; show spanning-tree root; show spanning-tree blockedports; "
      "show spanning-tree detail; show spanning-tree summary; "
      "show spanning-tree interface {interface}; show spanning-tree vlan {vlan}",
      r.show_spanning_tree)
    a("show lldp neighbors; show lldp neighbors detail; show lldp neighbors {interface}; "
      "show lldp neighbors {interface} detail", r.show_lldp)
    a("show port-channel; show port-channel summary; show port-channel dense",
      r.show_port_channel)
    a("show mlag; show mlag detail", r.show_mlag)
    protos = ("bgp", "ospf", "static", "connected")
    a("show ip route; show ip route vrf {vrf}; show ip route {ip}; show ip route {prefix}; "
      "show ip route vrf {vrf} {ip}; show ip route vrf {vrf} {prefix}; show ip route vrf all; "
      + "; ".join(f"show ip route {p}; show ip route vrf {{vrf}} {p}" for p in protos),
      r.show_ip_route)
    a("show ip route summary; show ip route vrf {vrf} summary", r.show_route_summary)
    a("show ip arp; show ip arp {ip}; show ip arp vrf {vrf}; show ip arp vrf {vrf} {ip}; show arp; "
      "show ip arp interface {interface}; show arp interface {interface}", r.show_arp)
    a("show mlag config-sanity; show mlag config-sanity all", r.show_mlag_config_sanity)
    a("show ip bgp summary; show bgp ipv4 unicast summary; show bgp summary",
      r.show_bgp_summary)
    a("show ip bgp neighbors; show ip bgp neighbors {ip}; show bgp neighbors {ip}",
      r.show_bgp_neighbors)
    a("show ip bgp summary vrf {vrf}", r.show_bgp_summary)
    a("show ip bgp; show ip bgp neighbors {ip} received-routes; show ip bgp neighbors {ip} "
      "routes; show ip bgp neighbors {ip} advertised-routes", r.show_bgp_table)
    a("show ip ospf neighbor", r.show_ospf_neighbor)
    a("show ip ospf neighbor detail", r.show_ospf_neighbor_detail)
    # the per-VRF forms: the lab runs BGP and OSPF in the default VRF only
    a("show ip bgp neighbors vrf {vrf}; show ip bgp neighbors {ip} vrf {vrf}",
      global_table_only(r.show_bgp_neighbors))
    a("show ip ospf neighbor vrf {vrf}", global_table_only(r.show_ospf_neighbor))
    a("show ip ospf neighbor detail vrf {vrf}", global_table_only(r.show_ospf_neighbor_detail))
    a("show ip ospf interface brief", r.show_ospf_interface_brief)
    a("show ip ospf database", r.show_ospf_database)
    a("show vrrp; show vrrp brief", r.show_vrrp)
    a("show vrf", r.show_vrf)
    a("show running-config; show startup-config", r.running_config, PRIV)
    a("show running-config section {rest}; show running-config interfaces {interface}",
      r.running_section, PRIV)
    a("show logging; show logging last {n}; show logging {n}", r.show_logging)
    a("show clock", r.show_clock)
    a("show inventory", r.show_inventory)
    a("show environment temperature; show environment cooling; show environment power; "
      "show system environment temperature; show system environment cooling",
      r.show_environment)
    a("show ntp associations", r.show_ntp_associations)
    a("show ntp status", r.show_ntp_status)
    a("show users", r.show_users)
    a("ping {ip}; ping vrf {vrf} {ip}; ping {ip} repeat {n}; ping vrf {vrf} {ip} repeat {n}",
      r.ping)
    a("traceroute {ip}; traceroute vrf {vrf} {ip}", r.traceroute)
    a("show ip access-lists; show access-lists; show ip access-lists {word}",
      r.show_access_lists)
    return t


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="config" if ctx.mode != "config" else "enable"))
    add_context_commands(t, interface="interface {interface}", shutdown="shutdown",
                         no_shutdown="no shutdown", description="description {rest}",
                         vlan="vlan {vlan}", vlan_name="name {word}",
                         interface_mode=lambda name: f"config-if-{r.short(name)}",
                         vlan_mode=lambda vid: f"config-vlan-{vid}")
    t.add("no {rest}", lambda ctx: "")
    t.add("{rest}", lambda ctx: "")
    return t


class AristaEosLab:
    """The Arista EOS personality."""

    platform = "arista_eos"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=_exec_tree(), config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, more=" --More-- ", page_length=24)

    def hardware(self, role: str) -> Hardware:
        model = "DCS-7050SX3-48YC8" if role == "core_switch" else "CCS-720XP-48ZC2"
        return Hardware(model, "4.30.1F", "flash:/EOS-4.30.1F.swi", 8_099_400, "JPE", "mstp",
                        (("PowerSupply1", "500W AC power supply", "PWR-500AC-F"),
                         ("PowerSupply2", "500W AC power supply", "PWR-500AC-F")))

    def ports(self, role: str) -> PortPlan:
        access = tuple(f"Ethernet{k}" for k in range(1, 49)) if role == "switch" else ()
        uplinks = tuple(f"Ethernet49/{k}" for k in range(1, 5)) + tuple(
            f"Ethernet50/{k}" for k in range(1, 5)) if role == "switch" else tuple(
            f"Ethernet{k}" for k in range(1, 17))
        return PortPlan(access, uplinks, "Management1", "Loopback0", lambda n: f"Vlan{n}",
                        lambda n: f"Port-Channel{n}", 1000, 10000, "10GBASE-SR")


PERSONALITY = AristaEosLab()
