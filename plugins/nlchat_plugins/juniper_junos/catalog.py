"""Juniper Junos: the command catalog.

One or more commands per vendor-neutral intent (preferred first), the intents Junos has no
command for (with the reason), and how Junos writes slot values (``ge-0/0/1``, ``ae0``,
``irb.10``, MACs as ``00:11:22:33:44:55``, prefixes as ``10.0.0.0/16``, routing
protocols ``direct`` / ``static``, configuration hierarchies ``protocols bgp``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from nornir_nlchat.catalog.formatting import StyledSlotFormatter
from nornir_nlchat.catalog.slots import SlotFormatter
from nornir_nlchat.platforms.contract import CommandSpec

C = CommandSpec

COMMANDS: tuple[CommandSpec, ...] = (
    # system
    C("version", "show version"),
    C("uptime", "show system uptime"),
    C("reload_cause", "show chassis routing-engine", parse=False),
    C("cpu", "show chassis routing-engine", parse=False),
    C("memory", "show chassis routing-engine", parse=False),
    C("clock", "show system uptime"),
    C("users", "show system users", parse=False),
    C("environment", "show chassis environment", parse=False),
    C("env_temperature", "show chassis environment", parse=False),
    C("env_fans", "show chassis environment", parse=False),
    C("env_power", "show chassis environment", parse=False),
    C("inventory", "show chassis hardware"),
    C("serial", "show chassis hardware"),
    C("modules", "show chassis hardware"),
    C("modules", "show chassis fpc", parse=False),
    C("licenses", "show system license", parse=False),
    C("alarms", "show chassis alarms", parse=False),
    C("alarms", "show system alarms", parse=False),
    C("filesystem", "show system storage", parse=False),
    C("logs", "show log messages", parse=False),
    C("logs_recent", "show log messages | last {count}", parse=False),
    C("logs_filtered", "show log messages | match {pattern}", parse=False),
    C("ntp_status", "show ntp status", parse=False),
    C("ntp_associations", "show ntp associations", parse=False),
    # interfaces
    C("interfaces_all", "show interfaces", parse=False),
    C("interfaces_brief", "show interfaces terse", parse=False),
    C("interfaces_status", "show interfaces terse", parse=False),
    C("interfaces_description", "show interfaces descriptions", parse=False),
    C("interface_description", "show interfaces {interface} descriptions", parse=False),
    C("interface_one", "show interfaces {interface}", parse=False),
    C("interface_detail", "show interfaces {interface} extensive", parse=False),
    C("interface_errors", "show interfaces {interface} extensive", parse=False),
    C("interfaces_errors", "show interfaces statistics", parse=False),
    C("interface_counters", "show interfaces {interface} statistics", parse=False),
    C("interfaces_counters", "show interfaces statistics", parse=False),
    C("interfaces_trunk", "show ethernet-switching interface", parse=False),
    C("interface_switchport", "show ethernet-switching interface {interface}", parse=False),
    C("interfaces_switchport", "show ethernet-switching interface", parse=False),
    C("interface_vlans", "show ethernet-switching interface {interface}", parse=False),
    C("interface_config", "show configuration interfaces {interface}", parse=False),
    C("ip_interfaces", "show interfaces terse", parse=False),
    C("ip_interface_one", "show interfaces {interface} terse", parse=False),
    C("transceivers_all", "show interfaces diagnostics optics", parse=False),
    C("transceiver_one", "show interfaces diagnostics optics {interface}", parse=False),
    C("poe_all", "show poe interface", parse=False),
    C("poe_one", "show poe interface {interface}", parse=False),
    # layer 2
    C("vlans", "show vlans"),
    C("vlan_one", "show vlans {vlan}", ntc_command="show vlans"),
    C("vlan_ports", "show vlans {vlan}", ntc_command="show vlans"),
    C("mac_all", "show ethernet-switching table"),
    C("mac_vlan", "show ethernet-switching table vlan-id {vlan}", parse=False),
    C("mac_interface", "show ethernet-switching table interface {interface}", parse=False),
    C("mac_find", "show ethernet-switching table | match {mac}", parse=False),
    C("arp_all", "show arp no-resolve"),
    C("arp_ip", "show arp no-resolve hostname {ip}", parse=False),
    C("arp_interface", "show arp no-resolve interface {interface}", parse=False),
    C("arp_vrf", "show arp no-resolve vpn {vrf}", parse=False),
    C("stp_summary", "show spanning-tree bridge", parse=False),
    C("stp_all", "show spanning-tree interface", parse=False),
    C("stp_vlan", "show spanning-tree bridge vlan-id {vlan}", parse=False),
    C("stp_root", "show spanning-tree bridge", parse=False),
    C("stp_blocked", "show spanning-tree interface", parse=False),
    C("stp_interface", "show spanning-tree interface {interface}", parse=False),
    C("lldp_neighbors", "show lldp neighbors"),
    C("lldp_detail", "show lldp neighbors", parse=False),
    C("lldp_interface", "show lldp neighbors interface {interface}", parse=False),
    C("port_channels", "show lacp interfaces"),
    C("port_channels", "show lacp interfaces {interface}", parse=False),
    C("lacp_neighbors", "show lacp interfaces"),
    C("mlag", "show interfaces mc-ae", parse=False),
    C("mlag_consistency", "show multi-chassis mc-lag configuration-consistency",
      parse=False),
    C("fex", "show chassis satellite", parse=False),
    C("stack", "show virtual-chassis", parse=False),
    C("dhcp_snooping", "show dhcp-security binding", parse=False),
    C("dhcp_bindings", "show dhcp-security binding", parse=False),
    C("dhcp_leases", "show dhcp server binding", parse=False),
    # layer 3
    C("routes_all", "show route", parse=False),
    C("route_prefix", "show route {prefix} table {vrf}.inet.0", parse=False),
    C("route_prefix", "show route {prefix}", parse=False),
    C("route_ip", "show route {ip} table {vrf}.inet.0", parse=False),
    C("route_ip", "show route {ip}", parse=False),
    C("routes_protocol", "show route protocol {protocol} table {vrf}.inet.0", parse=False),
    C("routes_protocol", "show route protocol {protocol}", parse=False),
    C("routes_vrf", "show route table {vrf}.inet.0", parse=False),
    C("routes_all_vrfs", "show route", parse=False),
    C("route_summary", "show route summary"),
    C("routing_protocols", "show configuration protocols", parse=False),
    C("bgp_summary", "show bgp summary"),
    C("bgp_summary", "show bgp summary instance {vrf}", ntc_command="show bgp summary"),
    C("bgp_neighbors", "show bgp neighbor", parse=False),
    C("bgp_neighbors", "show bgp neighbor instance {vrf}", parse=False),
    C("bgp_neighbor", "show bgp neighbor {ip}", parse=False),
    C("bgp_neighbor", "show bgp neighbor instance {vrf} {ip}", parse=False),
    C("bgp_advertised", "show route advertising-protocol bgp {ip}", parse=False),
    C("bgp_received", "show route receive-protocol bgp {ip}", parse=False),
    C("bgp_table", "show route protocol bgp", parse=False),
    C("ospf_neighbors", "show ospf neighbor"),
    C("ospf_neighbors", "show ospf neighbor instance {vrf}", ntc_command="show ospf neighbor"),
    C("ospf_neighbors_detail", "show ospf neighbor detail", parse=False),
    C("ospf_neighbors_detail", "show ospf neighbor detail instance {vrf}", parse=False),
    C("ospf_interfaces", "show ospf interface", parse=False),
    C("ospf_database", "show ospf database", parse=False),
    C("vrfs", "show route instance", parse=False),
    C("vrrp", "show vrrp", parse=False),
    C("acls", "show firewall", parse=False),
    C("acl_one", "show firewall filter {acl}", parse=False),
    C("ping", "ping {ip} count {count}", parse=False),
    C("ping", "ping {ip} routing-instance {vrf} count {count}", parse=False),
    C("traceroute", "traceroute {ip}", parse=False),
    C("traceroute", "traceroute {ip} routing-instance {vrf}", parse=False),
    C("ipv6_interfaces", "show interfaces terse", parse=False),
    C("ipv6_routes", "show route table inet6.0", parse=False),
    C("ipv6_neighbors", "show ipv6 neighbors", parse=False),
    # configuration
    C("running_config", "show configuration", parse=False),
    C("running_config_section", "show configuration {section}", parse=False),
    # write mode (configuration statements; the session commits them)
    C("interface_shutdown", "set interfaces {interface} disable", read_only=False, parse=False,
      config_mode=True),
    C("interface_no_shutdown", "delete interfaces {interface} disable", read_only=False,
      parse=False, config_mode=True),
    C("set_interface_description", 'set interfaces {interface} description "{description}"',
      read_only=False, parse=False, config_mode=True),
    C("vlan_create", "set vlans {vlan_name} vlan-id {vlan}", read_only=False, parse=False,
      config_mode=True),
    C("vlan_create", "set vlans vlan{vlan} vlan-id {vlan}", read_only=False, parse=False,
      config_mode=True),
    C("save_config", "commit", read_only=False, parse=False),
)

_NO_CDP = "CDP is Cisco-only; use LLDP on Junos."
UNSUPPORTED: Mapping[str, str] = MappingProxyType({
    "cdp_neighbors": _NO_CDP,
    "cdp_detail": _NO_CDP,
    "cdp_interface": _NO_CDP,
    "hsrp": "HSRP is Cisco-only; Junos uses VRRP (ask for VRRP).",
    "eigrp_neighbors": "EIGRP is Cisco-only; Junos does not run it.",
    "startup_config": "Junos has no separate startup configuration: the committed "
                      "configuration (show configuration) is what the device boots with.",
    "interfaces_errdisabled": "Junos has no err-disabled state; ask for the interface status "
                              "(show interfaces terse).",
    "mgmt_interface": "Junos names the management port by platform (fxp0 on MX/SRX, me0 or "
                      "em0 on EX/QFX): ask for that interface by name.",
    "boot_images": "Junos lists the installed software in 'show version'; ask for the version.",
})

SLOT_FORMATTER: SlotFormatter | None = StyledSlotFormatter(
    interface_style="long",
    interface_types=MappingProxyType({"Port-channel": "ae", "Vlan": "irb.", "Loopback": "lo"}),
    mac_style="colon",
    prefix_style="cidr",
    protocols=MappingProxyType({"connected": "direct"}),
    sections=MappingProxyType({
        "bgp": "protocols bgp", "ospf": "protocols ospf", "isis": "protocols isis",
        "rip": "protocols rip", "static": "routing-options static", "ntp": "system ntp",
        "snmp": "snmp", "aaa": "system authentication-order", "logging": "system syslog",
        "username": "system login", "vlan": "vlans", "acl": "firewall",
        "spanning-tree": "protocols rstp", "lldp": "protocols lldp", "vrf": "routing-instances",
        "vrrp": "interfaces", "dhcp": "system services dhcp-local-server",
        "lag": "interfaces", "lacp": "interfaces", "poe": "poe", "qos": "class-of-service",
        "mlag": "multi-chassis", "banner": "system login message",
    }),
    sections_strict=True,
)
