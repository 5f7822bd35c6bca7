"""Cisco IOS / IOS-XE: the command catalog.

One or more commands per vendor-neutral intent (preferred first), the intents IOS has no
command for (with the reason), and how IOS writes slot values (full interface names, MACs as
``0011.2233.4455``, prefixes as address + mask).
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
    C("uptime", "show version"),
    C("reload_cause", "show version"),
    C("cpu", "show processes cpu sorted", ntc_command="show processes cpu"),
    C("memory", "show processes memory sorted", units="B"),
    C("clock", "show clock"),
    C("users", "show users"),
    C("environment", "show environment all", parse=False),
    C("env_temperature", "show environment temperature"),
    C("env_fans", "show environment fan", parse=False),
    C("env_power", "show environment power all"),
    C("inventory", "show inventory"),
    C("serial", "show inventory"),
    C("modules", "show inventory"),
    C("modules", "show module"),
    C("licenses", "show license summary", parse=False),
    C("alarms", "show facility-alarm status", parse=False),
    C("filesystem", "dir {filesystem}"),
    C("filesystem", "dir flash:"),
    C("boot_images", "show boot"),
    C("logs", "show logging"),
    C("logs_recent", "show logging"),
    C("logs_filtered", "show logging | include {pattern}", parse=False),
    C("ntp_status", "show ntp status", parse=False),
    C("ntp_associations", "show ntp associations", parse=False),
    # interfaces
    C("interfaces_all", "show interfaces"),
    C("interfaces_brief", "show ip interface brief"),
    C("interfaces_status", "show interfaces status"),
    C("interfaces_description", "show interfaces description"),
    C("interface_description", "show interfaces {interface} description"),
    C("interface_one", "show interfaces {interface}"),
    C("interface_detail", "show interfaces {interface}"),
    C("interface_errors", "show interfaces {interface} counters errors", parse=False),
    C("interfaces_errors", "show interfaces counters errors", parse=False),
    C("interface_counters", "show interfaces {interface} counters", parse=False),
    C("interfaces_counters", "show interfaces counters", parse=False),
    C("interfaces_errdisabled", "show interfaces status err-disabled"),
    C("interfaces_trunk", "show interfaces trunk", parse=False),
    C("interface_switchport", "show interfaces {interface} switchport"),
    C("interfaces_switchport", "show interfaces switchport"),
    C("interface_vlans", "show interfaces {interface} switchport"),
    C("interface_config", "show running-config interface {interface}"),
    C("ip_interfaces", "show ip interface brief"),
    C("ip_interface_one", "show ip interface {interface}"),
    C("transceivers_all", "show interfaces transceiver", ntc_command="show interface transceiver"),
    C("transceiver_one", "show interfaces {interface} transceiver",
      ntc_command="show interface transceiver"),
    C("poe_all", "show power inline"),
    C("poe_one", "show power inline {interface}"),
    # layer 2
    C("vlans", "show vlan brief", ntc_command="show vlan"),
    C("vlan_one", "show vlan id {vlan}", ntc_command="show vlan", vlan_list=True),
    C("vlan_ports", "show vlan id {vlan}", ntc_command="show vlan", vlan_list=True),
    C("mac_all", "show mac address-table"),
    C("mac_vlan", "show mac address-table vlan {vlan}"),
    C("mac_interface", "show mac address-table interface {interface}"),
    C("mac_find", "show mac address-table address {mac}"),
    C("arp_all", "show ip arp"),
    C("arp_ip", "show ip arp {ip}"),
    C("arp_ip", "show ip arp vrf {vrf} {ip}", ntc_command="show ip arp"),
    C("arp_interface", "show ip arp {interface}"),
    C("arp_vrf", "show ip arp vrf {vrf}"),
    C("stp_summary", "show spanning-tree summary", parse=False),
    C("stp_all", "show spanning-tree"),
    C("stp_vlan", "show spanning-tree vlan {vlan}", vlan_list=True),
    C("stp_root", "show spanning-tree root"),
    C("stp_blocked", "show spanning-tree blockedports", parse=False),
    C("stp_interface", "show spanning-tree interface {interface}", parse=False),
    C("lldp_neighbors", "show lldp neighbors"),
    C("lldp_detail", "show lldp neighbors detail"),
    C("lldp_interface", "show lldp neighbors {interface} detail",
      ntc_command="show lldp neighbors detail"),
    C("cdp_neighbors", "show cdp neighbors"),
    C("cdp_detail", "show cdp neighbors detail"),
    C("cdp_interface", "show cdp neighbors {interface} detail",
      ntc_command="show cdp neighbors detail"),
    C("port_channels", "show etherchannel summary"),
    C("lacp_neighbors", "show lacp neighbor", parse=False),
    C("stack", "show switch"),
    C("dhcp_snooping", "show ip dhcp snooping", parse=False),
    C("dhcp_bindings", "show ip dhcp snooping binding"),
    C("dhcp_leases", "show ip dhcp binding"),
    # layer 3
    C("routes_all", "show ip route"),
    C("route_prefix", "show ip route vrf {vrf} {prefix}", ntc_command="show ip route"),
    C("route_prefix", "show ip route {prefix}", parse=False),
    C("route_ip", "show ip route vrf {vrf} {ip}", parse=False),
    C("route_ip", "show ip route {ip}", parse=False),
    C("routes_protocol", "show ip route vrf {vrf} {protocol}", ntc_command="show ip route"),
    C("routes_protocol", "show ip route {protocol}", ntc_command="show ip route"),
    C("routes_vrf", "show ip route vrf {vrf}", ntc_command="show ip route"),
    C("routes_all_vrfs", "show ip route vrf *", ntc_command="show ip route"),
    C("route_summary", "show ip route summary"),
    C("routing_protocols", "show ip protocols", parse=False),
    C("bgp_summary", "show ip bgp vpnv4 vrf {vrf} summary", ntc_command="show ip bgp summary"),
    C("bgp_summary", "show ip bgp summary"),
    C("bgp_neighbors", "show ip bgp neighbors"),
    C("bgp_neighbors", "show ip bgp vpnv4 vrf {vrf} neighbors", parse=False),
    C("bgp_neighbor", "show ip bgp neighbors {ip}"),
    C("bgp_neighbor", "show ip bgp vpnv4 vrf {vrf} neighbors {ip}", parse=False),
    C("bgp_advertised", "show ip bgp neighbors {ip} advertised-routes"),
    C("bgp_received", "show ip bgp neighbors {ip} routes", parse=False),
    C("bgp_table", "show ip bgp"),
    C("ospf_neighbors", "show ip ospf neighbor"),
    C("ospf_neighbors_detail", "show ip ospf neighbor detail"),
    C("ospf_interfaces", "show ip ospf interface brief"),
    C("ospf_database", "show ip ospf database"),
    C("eigrp_neighbors", "show ip eigrp neighbors"),
    C("vrfs", "show vrf"),
    C("hsrp", "show standby brief"),
    C("vrrp", "show vrrp brief"),
    C("acls", "show access-lists"),
    C("acl_one", "show access-lists {acl}", ntc_command="show access-list"),
    C("ping", "ping {ip}"),
    C("ping", "ping vrf {vrf} {ip}"),
    C("ping", "ping {ip} repeat {count}"),
    C("ping", "ping vrf {vrf} {ip} repeat {count}"),
    C("traceroute", "traceroute {ip}"),
    C("traceroute", "traceroute vrf {vrf} {ip}"),
    C("ipv6_interfaces", "show ipv6 interface brief"),
    C("ipv6_routes", "show ipv6 route"),
    C("ipv6_neighbors", "show ipv6 neighbors"),
    # configuration
    C("running_config", "show running-config", parse=False),
    C("running_config_section", "show running-config | section {section}", parse=False),
    C("startup_config", "show startup-config", parse=False),
    # write mode (configuration lines, sent in config mode)
    C("interface_shutdown", "interface {interface}\nshutdown", read_only=False, parse=False,
      config_mode=True),
    C("interface_no_shutdown", "interface {interface}\nno shutdown", read_only=False,
      parse=False, config_mode=True),
    C("set_interface_description", "interface {interface}\ndescription {description}",
      read_only=False, parse=False, config_mode=True),
    C("vlan_create", "vlan {vlan}\nname {vlan_name}", read_only=False, parse=False,
      config_mode=True),
    C("vlan_create", "vlan {vlan}", read_only=False, parse=False, config_mode=True),
    C("save_config", "write memory", read_only=False, parse=False),
)

UNSUPPORTED: Mapping[str, str] = MappingProxyType({
    "fex": "FEX (fabric extenders) are a Nexus feature; IOS switches use stacking "
           "(ask for the stack).",
    "mlag_consistency": "IOS has no MLAG/vPC, so there is no peer consistency to check (ask for "
                        "the stack).",
    "mgmt_interface": "IOS has no single name for the management port (Gi0/0 on most "
                      "Catalyst 9000s, Fa0 on older switches): ask for that interface by name.",
    "mlag": "IOS has no MLAG/vPC; Catalyst switches use stacking or StackWise Virtual (ask "
            "for the stack).",
})

SLOT_FORMATTER: SlotFormatter | None = StyledSlotFormatter(
    interface_style="long",
    mac_style="dot",
    prefix_style="mask",
    sections=MappingProxyType({
        "bgp": "router bgp", "ospf": "router ospf", "eigrp": "router eigrp",
        "isis": "router isis", "rip": "router rip", "static": "ip route", "vlan": "vlan",
        "acl": "access-list", "spanning-tree": "spanning-tree", "ntp": "ntp", "snmp": "snmp",
        "aaa": "aaa", "logging": "logging", "username": "username", "lldp": "lldp",
        "cdp": "cdp", "vrf": "vrf", "hsrp": "standby", "vrrp": "vrrp", "dhcp": "dhcp",
        "lacp": "lacp", "lag": "interface Port-channel", "poe": "power inline",
        "qos": "policy-map", "banner": "banner",
    }),
    filesystems=MappingProxyType({"flash": "flash:", "bootflash": "bootflash:",
                                  "nvram": "nvram:", "usb": "usbflash0:"}),
)
