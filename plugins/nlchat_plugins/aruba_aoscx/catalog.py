"""Aruba AOS-CX: the command catalog.

One or more commands per vendor-neutral intent (preferred first), the intents AOS-CX has no
command for (with the reason), and how AOS-CX writes slot values (ports as ``1/1/5``, LAGs as
``lag1``, SVIs as ``vlan10``, MACs as ``00:11:22:33:44:55``, prefixes as ``10.0.0.0/16``).
The plugin ships its own TextFSM template for ``show system resource-utilization``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from nornir_nlchat.catalog.formatting import StyledSlotFormatter
from nornir_nlchat.catalog.slots import SlotFormatter
from nornir_nlchat.platforms.contract import CommandSpec

C = CommandSpec
_RESOURCES = "aruba_aoscx_show_system_resource-utilization.textfsm"

COMMANDS: tuple[CommandSpec, ...] = (
    # system
    C("version", "show version", parse=False),
    C("uptime", "show system"),
    C("reload_cause", "show boot-history", parse=False),
    C("cpu", "show system resource-utilization", template=_RESOURCES),
    C("memory", "show system resource-utilization", template=_RESOURCES),
    C("clock", "show clock", parse=False),
    C("environment", "show environment fan\nshow environment temperature\n"
                     "show environment power-supply", parse=False),
    C("env_temperature", "show environment temperature", parse=False),
    C("env_fans", "show environment fan", parse=False),
    C("env_power", "show environment power-supply", parse=False),
    C("inventory", "show module"),
    C("serial", "show system"),
    C("modules", "show module"),
    C("boot_images", "show images", parse=False),
    C("logs", "show events", parse=False),
    C("logs_recent", "show events -r -n {count}", parse=False),
    C("logs_filtered", "show events -r | include {pattern}", parse=False),
    C("ntp_status", "show ntp status", parse=False),
    C("ntp_associations", "show ntp associations"),
    # interfaces
    C("interfaces_all", "show interface"),
    C("interfaces_brief", "show interface brief", parse=False),
    C("interfaces_status", "show interface brief", parse=False),
    C("interfaces_description", "show interface brief", parse=False),
    C("interface_description", "show interface {interface} brief", parse=False),
    C("interface_one", "show interface {interface}"),
    C("interface_detail", "show interface {interface}"),
    C("interface_errors", "show interface {interface}"),
    C("interfaces_errors", "show interface"),
    C("interface_counters", "show interface {interface} extended", parse=False),
    C("interfaces_counters", "show interface"),
    C("interfaces_errdisabled", "show interface brief", parse=False),
    C("interfaces_trunk", "show interface brief", parse=False),
    C("interface_switchport", "show vlan port {interface}", parse=False),
    C("interface_vlans", "show vlan port {interface}", parse=False),
    C("interface_config", "show running-config interface {interface}", parse=False),
    C("mgmt_interface", "show interface mgmt"),
    C("ip_interfaces", "show ip interface brief", parse=False),
    C("ip_interface_one", "show ip interface {interface}", parse=False),
    C("transceivers_all", "show interface transceiver", parse=False),
    C("transceiver_one", "show interface {interface} transceiver detail", parse=False),
    C("poe_all", "show power-over-ethernet", parse=False),
    C("poe_one", "show power-over-ethernet {interface}", parse=False),
    # layer 2
    C("vlans", "show vlan"),
    C("vlan_one", "show vlan {vlan}", ntc_command="show vlan"),
    C("vlan_ports", "show vlan {vlan}", ntc_command="show vlan"),
    C("mac_all", "show mac-address-table"),
    C("mac_vlan", "show mac-address-table vlan {vlan}"),
    C("mac_interface", "show mac-address-table port {interface}"),
    C("mac_find", "show mac-address-table address {mac}"),
    C("arp_all", "show arp", parse=False),
    C("arp_ip", "show arp ip {ip}", parse=False),
    C("arp_vrf", "show arp vrf {vrf}", parse=False),
    C("stp_summary", "show spanning-tree summary port", parse=False),
    C("stp_all", "show spanning-tree", parse=False),
    C("stp_vlan", "show spanning-tree vlan {vlan}", parse=False),
    C("stp_root", "show spanning-tree summary root", parse=False),
    C("stp_blocked", "show spanning-tree summary port", parse=False),
    C("stp_interface", "show spanning-tree detail", parse=False),
    C("lldp_neighbors", "show lldp neighbor-info", parse=False),
    C("lldp_detail", "show lldp neighbor-info detail"),
    C("lldp_interface", "show lldp neighbor-info {interface}", parse=False),
    C("port_channels", "show lacp aggregates", parse=False),
    C("port_channels", "show lacp aggregates {interface}", parse=False),
    C("lacp_neighbors", "show lacp interfaces", parse=False),
    C("mlag", "show vsx status", parse=False),
    C("mlag_consistency", "show vsx config-consistency", parse=False),
    C("stack", "show vsf", parse=False),
    C("dhcp_snooping", "show dhcpv4-snooping", parse=False),
    C("dhcp_bindings", "show dhcpv4-snooping binding", parse=False),
    # layer 3
    C("routes_all", "show ip route", parse=False),
    C("route_prefix", "show ip route {prefix} vrf {vrf}", parse=False),
    C("route_prefix", "show ip route {prefix}", parse=False),
    C("route_ip", "show ip route {ip} vrf {vrf}", parse=False),
    C("route_ip", "show ip route {ip}", parse=False),
    C("routes_protocol", "show ip route {protocol} vrf {vrf}", parse=False),
    C("routes_protocol", "show ip route {protocol}", parse=False),
    C("routes_vrf", "show ip route vrf {vrf}", parse=False),
    C("routes_all_vrfs", "show ip route all-vrfs"),
    C("route_summary", "show ip route summary", parse=False),
    C("bgp_summary", "show bgp vrf {vrf} ipv4 unicast summary", parse=False),
    C("bgp_summary", "show bgp ipv4 unicast summary", parse=False),
    C("bgp_neighbors", "show bgp ipv4 unicast neighbors", parse=False),
    C("bgp_neighbors", "show bgp vrf {vrf} ipv4 unicast neighbors", parse=False),
    C("bgp_neighbor", "show bgp ipv4 unicast neighbors {ip}", parse=False),
    C("bgp_neighbor", "show bgp vrf {vrf} ipv4 unicast neighbors {ip}", parse=False),
    C("bgp_advertised", "show bgp ipv4 unicast neighbors {ip} advertised-routes", parse=False),
    C("bgp_received", "show bgp ipv4 unicast neighbors {ip} routes", parse=False),
    C("bgp_table", "show bgp ipv4 unicast", parse=False),
    C("ospf_neighbors", "show ip ospf neighbors", parse=False),
    C("ospf_neighbors", "show ip ospf neighbors vrf {vrf}", parse=False),
    C("ospf_neighbors_detail", "show ip ospf neighbors detail", parse=False),
    C("ospf_neighbors_detail", "show ip ospf neighbors detail vrf {vrf}", parse=False),
    C("ospf_interfaces", "show ip ospf interface brief", parse=False),
    C("ospf_database", "show ip ospf lsdb", parse=False),
    C("vrfs", "show vrf"),
    C("vrrp", "show vrrp", parse=False),
    C("acls", "show access-list", parse=False),
    C("acl_one", "show access-list ip {acl}", parse=False),
    C("ping", "ping {ip}", parse=False),
    C("ping", "ping {ip} vrf {vrf}", parse=False),
    C("ping", "ping {ip} repetitions {count}", parse=False),
    C("ping", "ping {ip} repetitions {count} vrf {vrf}", parse=False),
    C("traceroute", "traceroute {ip}", parse=False),
    C("traceroute", "traceroute {ip} vrf {vrf}", parse=False),
    C("ipv6_interfaces", "show ipv6 interface brief", parse=False),
    C("ipv6_routes", "show ipv6 route", parse=False),
    C("ipv6_neighbors", "show ipv6 neighbors", parse=False),
    # configuration
    C("running_config", "show running-config", parse=False),
    C("running_config_section", "show running-config | begin {section}", parse=False),
    C("startup_config", "show startup-config", parse=False),
    # write mode
    C("interface_shutdown", "interface {interface}\nshutdown\nexit", read_only=False, parse=False,
      config_mode=True),
    C("interface_no_shutdown", "interface {interface}\nno shutdown\nexit", read_only=False,
      parse=False, config_mode=True),
    C("set_interface_description", "interface {interface}\ndescription {description}\nexit",
      read_only=False, parse=False, config_mode=True),
    C("vlan_create", "vlan {vlan}\nname {vlan_name}\nexit", read_only=False, parse=False,
      config_mode=True),
    C("vlan_create", "vlan {vlan}\nexit", read_only=False, parse=False, config_mode=True),
    C("save_config", "write memory", read_only=False, parse=False),
)

_NO_CDP = "AOS-CX uses LLDP for neighbour discovery; ask for LLDP neighbours instead."
UNSUPPORTED: Mapping[str, str] = MappingProxyType({
    "arp_interface": "AOS-CX lists ARP per VRF, not per port: ask for the ARP table "
                     "or for one IP address.",
    "alarms": "AOS-CX keeps no alarm table; ask for the environment (fans, power, "
              "temperature) or the events.",
    "fex": "FEX (fabric extenders) are a Cisco Nexus feature; AOS-CX uses VSF "
           "stacking (ask for the stack).",
    "cdp_neighbors": _NO_CDP,
    "cdp_detail": _NO_CDP,
    "cdp_interface": _NO_CDP,
    "hsrp": "HSRP is Cisco-only; AOS-CX uses VRRP (ask for VRRP).",
    "eigrp_neighbors": "EIGRP is Cisco-only; AOS-CX does not run it.",
    "routing_protocols": "AOS-CX has no 'show ip protocols': ask for the BGP or OSPF "
                         "neighbours, or the routing table.",
    "users": "This AOS-CX catalog has no command listing logged-in sessions.",
    "licenses": "AOS-CX switches carry no feature licences to show.",
    "filesystem": "AOS-CX has no user file system listing; ask for the firmware images.",
    "interfaces_switchport": "AOS-CX shows VLAN membership per port: name the port.",
    "dhcp_leases": "This AOS-CX catalog has no DHCP-server lease command.",
})

SLOT_FORMATTER: SlotFormatter | None = StyledSlotFormatter(
    interface_style="long",
    interface_types=MappingProxyType({
        "Port-channel": "lag", "Vlan": "vlan", "Loopback": "loopback", "Management": "mgmt",
        "GigabitEthernet": "", "TenGigabitEthernet": "", "Ethernet": "", "FastEthernet": "",
        "TwentyFiveGigE": "", "FortyGigabitEthernet": "", "HundredGigE": "",
        "HundredGigabitEthernet": "",
    }),
    mac_style="colon",
    prefix_style="cidr",
    sections=MappingProxyType({
        "bgp": "router bgp", "ospf": "router ospf", "static": "ip route", "vlan": "vlan",
        "acl": "access-list", "spanning-tree": "spanning-tree", "ntp": "ntp", "snmp": "snmp",
        "aaa": "aaa", "logging": "logging", "username": "user", "lldp": "lldp", "vrf": "vrf",
        "vrrp": "vrrp", "dhcp": "dhcp", "mlag": "vsx", "lag": "interface lag",
        "lacp": "lacp",
    }),
)
