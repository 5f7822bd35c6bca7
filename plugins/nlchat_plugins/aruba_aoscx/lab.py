"""Aruba AOS-CX: the simulated device's personality (CX 6300 access, CX 8325 core)."""

from __future__ import annotations

from nlchat_plugins.aruba_aoscx import lab_render as r
from nornir_nlchat.lab.commands import CommandTree, Handler, Reply
from nornir_nlchat.lab.config import add_context_commands
from nornir_nlchat.lab.filters import Filter
from nornir_nlchat.lab.personality import ErrorText, Hardware, PortPlan, ShellProfile
from nornir_nlchat.lab.render import global_table_only
from nornir_nlchat.lab.state import Device


def _word(line: str, column: int) -> str:
    rest = line[column:].split()
    return rest[0] if rest else ""


ERRORS = ErrorText(
    invalid=lambda line, col, prompt: f"Invalid input: {_word(line, col)}",
    incomplete=lambda line, col, prompt: "% Command incomplete.",
    ambiguous=lambda line, col, prompt, choices: f"Ambiguous input: {_word(line, col)}",
)

PIPES = {"include": Filter("include"), "exclude": Filter("exclude"), "begin": Filter("begin"),
         "count": Filter("count", takes_arg=False)}


def _prompt(dev: Device, mode: str, user: str) -> str:
    return f"{dev.name}({mode})# " if mode.startswith("config") else f"{dev.name}# "


def _motd(dev: Device) -> str:
    return (f"\nLast login: from 10.1.99.5\nUser \"lab\" has logged in 1 time in the past 30 "
            f"days\n{dev.name}: lab device simulated by nornir-nlchat\n")


def _exec_tree() -> CommandTree:
    t = CommandTree()

    def a(patterns: str, handler: Handler) -> None:
        for p in patterns.split(";"):
            t.add(p.strip(), handler)

    a("configure terminal; configure", lambda ctx: Reply(mode="config"))
    a("exit", lambda ctx: Reply(close=True))
    a("no page", lambda ctx: Reply(page_length=0))
    a("page", lambda ctx: Reply(page_length=24))
    a("show version", r.show_version)
    a("show system", r.show_system)
    a("show system resource-utilization", r.show_resources)
    a("top cpu; top memory", r.show_top_cpu)
    a("show interface; show interface {interface}; show interface {interface} extended",
      r.show_interface)
    a("show interface brief", r.show_interface_brief)
    a("show interface {interface} brief", r.show_interface_one_brief)
    a("show boot-history", r.show_boot_history)
    a("show dhcpv4-snooping; show dhcpv4-snooping binding", r.show_dhcp_snooping)
    a("show ipv6 interface brief", r.show_ipv6_interface_brief)
    a("show ipv6 route", r.show_ipv6_route)
    a("show ipv6 neighbors", r.show_ipv6_neighbors)
    a("show vsf", r.show_vsf)
    a("show interface mgmt", r.show_mgmt)
    a("show ip interface brief", r.show_ip_interface_brief)
    a("show ip interface {interface}", r.show_interface)
    a("show interface transceiver; show interface transceiver detail; "
      "show interface {interface} transceiver; show interface {interface} transceiver detail; "
      "show interface {interface} dom; show interface {interface} dom detail",
      r.show_transceiver)
    a("show vlan; show vlan {vlan}; show vlan port {interface}", r.show_vlan)
    a("show mac-address-table; show mac-address-table vlan {vlan}; "
      "show mac-address-table port {interface}; show mac-address-table address {mac}",
      r.show_mac)
    a("show lldp neighbor-info; show lldp neighbor-info detail; "
      "show lldp neighbor-info {interface}", r.show_lldp)
    a("show spanning-tree; show spanning-tree detail; show spanning-tree summary root; "
      "show spanning-tree summary port; show spanning-tree vlan {vlan}; "
      "show spanning-tree mst; show spanning-tree interface {interface}", r.show_spanning_tree)
    a("show lacp aggregates; show lacp aggregates {interface}; show lacp interfaces",
      r.show_lacp)
    a("show ip route; show ip route {prefix}; show ip route {ip}; show ip route ospf; "
      "show ip route static; show ip route bgp; show ip route connected; "
      "show ip route all-vrfs; show ip route vrf {vrf}; show ip route {prefix} vrf {vrf}; "
      "show ip route {ip} vrf {vrf}; show ip route ospf vrf {vrf}; show ip route static vrf "
      "{vrf}; show ip route bgp vrf {vrf}; show ip route connected vrf {vrf}", r.show_ip_route)
    a("show ip route summary; show ip route summary vrf {vrf}", r.show_route_summary)
    a("show arp; show arp all-vrfs; show arp vrf {vrf}; show arp ip {ip}", r.show_arp)
    a("show bgp all summary; show bgp ipv4 unicast summary; show ip bgp summary; "
      "show bgp all-vrf all summary; show bgp vrf {vrf} ipv4 unicast summary",
      r.show_bgp_summary)
    a("show bgp ipv4 unicast", r.show_bgp_routes)
    a("show bgp ipv4 unicast neighbors; show bgp ipv4 unicast neighbors {ip}; "
      "show bgp ipv4 unicast neighbors {ip} routes; "
      "show bgp ipv4 unicast neighbors {ip} advertised-routes", r.show_bgp_neighbors)
    a("show ip ospf neighbors; show ip ospf neighbor", r.show_ospf_neighbors)
    a("show ip ospf neighbors detail", r.show_ospf_neighbors_detail)
    # the per-VRF forms: the lab runs BGP and OSPF in the default VRF only
    a("show bgp vrf {vrf} ipv4 unicast neighbors; show bgp vrf {vrf} ipv4 unicast neighbors {ip}",
      global_table_only(r.show_bgp_neighbors))
    a("show ip ospf neighbors vrf {vrf}", global_table_only(r.show_ospf_neighbors))
    a("show ip ospf neighbors detail vrf {vrf}", global_table_only(r.show_ospf_neighbors_detail))
    a("show ip ospf interface brief", r.show_ospf_interface_brief)
    a("show ip ospf lsdb", r.show_ospf_lsdb)
    a("show vrrp; show vrrp brief", r.show_vrrp)
    a("show vrf", r.show_vrf)
    a("show running-config; show startup-config; show running-config interface {interface}",
      r.running_config)
    a("show events; show events {rest}", r.show_events)
    a("show clock", r.show_clock)
    a("show module", r.show_module)
    a("show environment fan; show environment temperature; "
      "show environment temperature detail; show environment power-supply", r.show_environment)
    a("show ntp associations; show ntp status", r.show_ntp)
    a("show power-over-ethernet; show power-over-ethernet brief; "
      "show power-over-ethernet {interface}", r.show_poe)
    a("show vsx status; show vsx brief", r.show_vsx)
    a("show vsx config-consistency", r.show_vsx_consistency)
    a("show images", r.show_images)
    a("ping {ip}; ping {ip} vrf {vrf}; ping {ip} repetitions {n}; "
      "ping {ip} repetitions {n} vrf {vrf}", r.ping)
    a("traceroute {ip}; traceroute {ip} vrf {vrf}", r.traceroute)
    a("show access-list; show access-list ip {word}", r.show_access_list)
    return t


def _config_tree() -> CommandTree:
    t = CommandTree()
    t.add("end", lambda ctx: Reply(mode="enable"))
    t.add("exit", lambda ctx: Reply(mode="config" if ctx.mode != "config" else "enable"))
    add_context_commands(t, interface="interface {interface}", shutdown="shutdown",
                         no_shutdown="no shutdown", description="description {rest}",
                         vlan="vlan {vlan}", vlan_name="name {word}",
                         interface_mode=lambda name: "config-if",
                         vlan_mode=lambda vid: f"config-vlan-{vid}")
    t.add("no {rest}", lambda ctx: "")
    t.add("{rest}", lambda ctx: "")
    return t


class ArubaAoscxLab:
    """The Aruba AOS-CX personality."""

    platform = "aruba_aoscx"

    def __init__(self) -> None:
        self.shell = ShellProfile(
            exec_tree=_exec_tree(), config_tree=_config_tree(), prompt=_prompt, errors=ERRORS,
            pipes=PIPES, motd=_motd, more="-- MORE --, next page: Space, next line: Enter, "
                                          "quit: q", page_length=24, unprivileged_mode="enable")

    def hardware(self, role: str) -> Hardware:
        model = "8325-48Y8C" if role == "core_switch" else "6300M 48G 4SFP56"
        # AOS-CX serial numbers are 10 characters (SG + 8): "SG9" + the lab's 7 digits.
        return Hardware(model, "FL.10.12.1021", "primary", 8_155_524, "SG9", "mstp",
                        (("1/1 PSU 1", "Aruba X372 54VDC 680W PSU", "JL086A"),))

    def ports(self, role: str) -> PortPlan:
        access = tuple(f"1/1/{k}" for k in range(1, 49)) if role == "switch" else ()
        uplinks = tuple(f"1/1/{k}" for k in range(49, 53)) if role == "switch" else tuple(
            f"1/1/{k}" for k in range(1, 17))
        return PortPlan(access, uplinks, "mgmt", "loopback0", lambda n: f"vlan{n}",
                        lambda n: f"lag{n}", 1000, 10000, "SFP+SR")


PERSONALITY = ArubaAoscxLab()
