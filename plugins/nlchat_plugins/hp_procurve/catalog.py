"""Aruba AOS-S / HP ProCurve: the command catalog.

One or more commands per vendor-neutral intent (preferred first), the intents AOS-S has no
command for (with the reason), and how AOS-S writes slot values (ports as ``12`` or ``A1``,
trunks as ``Trk1``, MACs as ``001122-334455``). The plugin ships its own TextFSM template for
``show cpu``.
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
    C("uptime", "show system"),
    C("reload_cause", "show boot-history", parse=False),
    C("cpu", "show cpu", template="hp_procurve_show_cpu.textfsm"),
    C("memory", "show system", units="B"),
    C("clock", "show time", parse=False),
    C("users", "show ip ssh", parse=False),
    C("environment", "show system fans\nshow system temperature\nshow system power-supply",
      parse=False),
    C("env_temperature", "show system temperature", parse=False),
    C("env_fans", "show system fans", parse=False),
    C("env_power", "show system power-supply", parse=False),
    C("inventory", "show modules", parse=False),
    C("serial", "show system"),
    C("modules", "show modules", parse=False),
    C("filesystem", "show flash", parse=False),
    C("boot_images", "show flash", parse=False),
    C("logs", "show logging", parse=False),
    C("logs_recent", "show logging -r", parse=False),
    C("logs_filtered", "show logging -r {pattern}", parse=False),
    C("ntp_status", "show ntp status", parse=False),
    C("ntp_associations", "show ntp associations", parse=False),
    # interfaces
    C("interfaces_all", "show interfaces", ntc_command="show interfaces brief", parse=False),
    C("interfaces_brief", "show interfaces brief"),
    C("interfaces_status", "show interfaces brief"),
    C("interfaces_description", "show name", parse=False),
    C("interface_description", "show name {interface}", parse=False),
    C("interface_one", "show interfaces {interface}"),
    C("interface_detail", "show interfaces {interface}"),
    C("interface_errors", "show interfaces {interface}"),
    C("interfaces_errors", "show interfaces", parse=False),
    C("interface_counters", "show interfaces {interface}"),
    C("interfaces_counters", "show interfaces", parse=False),
    C("interfaces_errdisabled", "show interfaces brief"),
    C("interface_switchport", "show vlans ports {interface} detail", parse=False),
    C("interface_vlans", "show vlans ports {interface} detail", parse=False),
    C("interface_config", "show running-config interface {interface}", parse=False),
    C("mgmt_interface", "show oobm ip", parse=False),
    C("ip_interfaces", "show ip"),
    C("transceivers_all", "show interfaces transceivers", parse=False),
    C("transceiver_one", "show interfaces transceivers {interface} detail", parse=False),
    C("poe_all", "show power-over-ethernet brief", parse=False),
    C("poe_one", "show power-over-ethernet {interface}", parse=False),
    # layer 2
    C("vlans", "show vlans"),
    C("vlan_one", "show vlans {vlan}", parse=False),
    C("vlan_ports", "show vlans {vlan}", parse=False),
    C("mac_all", "show mac-address"),
    C("mac_vlan", "show mac-address vlan {vlan}", parse=False),
    C("mac_interface", "show mac-address {interface}", parse=False),
    C("mac_find", "show mac-address {mac}", parse=False),
    C("arp_all", "show arp"),
    C("arp_ip", "show arp | include {ip}", parse=False),
    C("stp_summary", "show spanning-tree", parse=False),
    C("stp_all", "show spanning-tree", parse=False),
    C("stp_vlan", "show spanning-tree vlan {vlan}", parse=False),
    C("stp_root", "show spanning-tree", parse=False),
    C("stp_blocked", "show spanning-tree", parse=False),
    C("stp_interface", "show spanning-tree {interface} detail", parse=False),
    C("lldp_neighbors", "show lldp info remote-device"),
    C("lldp_detail", "show lldp info remote-device detail", parse=False),
    C("lldp_interface", "show lldp info remote-device {interface}"),
    C("cdp_neighbors", "show cdp neighbors", parse=False),
    C("cdp_detail", "show cdp neighbors detail"),
    C("cdp_interface", "show cdp neighbors {interface} detail", parse=False),
    C("port_channels", "show trunks"),
    # a "trunk" on AOS-S is a link aggregation (tagged ports are per VLAN)
    C("interfaces_trunk", "show trunks"),
    C("lacp_neighbors", "show lacp peer", parse=False),
    C("stack", "show stacking", parse=False),
    C("stack", "show vsf", parse=False),
    C("mlag", "show distributed-trunking consistency-parameters global", parse=False),
    C("mlag_consistency", "show distributed-trunking consistency-parameters global", parse=False),
    C("dhcp_snooping", "show dhcp-snooping", parse=False),
    C("dhcp_bindings", "show dhcp-snooping binding", parse=False),
    # layer 3
    C("routes_all", "show ip route"),
    C("route_prefix", "show ip route {prefix}", parse=False),
    C("route_ip", "show ip route {ip}", parse=False),
    C("routes_protocol", "show ip route {protocol}", ntc_command="show ip route"),
    C("bgp_summary", "show ip bgp summary", parse=False),
    C("bgp_neighbors", "show ip bgp neighbor", parse=False),
    C("bgp_neighbor", "show ip bgp neighbor {ip}", parse=False),
    C("ospf_neighbors", "show ip ospf neighbor", parse=False),
    C("ospf_interfaces", "show ip ospf interface", parse=False),
    C("ospf_database", "show ip ospf link-state", parse=False),
    C("vrrp", "show vrrp", parse=False),
    C("acls", "show access-list", parse=False),
    C("acl_one", "show access-list {acl}", parse=False),
    C("ping", "ping {ip}", parse=False),
    C("ping", "ping {ip} repetitions {count}", parse=False),
    C("traceroute", "traceroute {ip}", parse=False),
    C("ipv6_interfaces", "show ipv6", parse=False),
    C("ipv6_routes", "show ipv6 route", parse=False),
    C("ipv6_neighbors", "show ipv6 neighbors", parse=False),
    # configuration
    C("running_config", "show running-config", parse=False),
    C("startup_config", "show config", parse=False),
    # write mode (AOS-S enables/disables ports and names them)
    C("interface_shutdown", "interface {interface}\ndisable", read_only=False, parse=False,
      config_mode=True),
    C("interface_no_shutdown", "interface {interface}\nenable", read_only=False, parse=False,
      config_mode=True),
    C("set_interface_description", "interface {interface}\nname {description}", read_only=False,
      parse=False, config_mode=True),
    C("vlan_create", "vlan {vlan}\nname {vlan_name}", read_only=False, parse=False,
      config_mode=True),
    C("vlan_create", "vlan {vlan}", read_only=False, parse=False, config_mode=True),
    C("save_config", "write memory", read_only=False, parse=False),
)

_NO_VRF = "AOS-S has no VRFs: there is one routing table (ask for the routing table)."
UNSUPPORTED: Mapping[str, str] = MappingProxyType({
    "arp_interface": "AOS-S lists ARP per VRF, not per port: ask for the ARP table "
                     "or for one IP address.",
    "alarms": "AOS-S keeps no alarm table; ask for the environment (fans, power, "
              "temperature) or the logs.",
    "fex": "FEX (fabric extenders) are a Cisco Nexus feature; AOS-S uses stacking "
           "(ask for the stack).",
    "licenses": "AOS-S switches carry no feature licences to show.",
    "interfaces_switchport": "AOS-S shows VLAN membership per VLAN or per port: name one.",
    "ip_interface_one": "AOS-S keeps IP addresses on VLANs, not ports: ask for the IP "
                        "interfaces or the VLAN.",
    "arp_vrf": _NO_VRF,
    "routes_vrf": _NO_VRF,
    "routes_all_vrfs": _NO_VRF,
    "vrfs": _NO_VRF,
    "route_summary": "AOS-S has no routing-table summary command; ask for the routing table.",
    "routing_protocols": "AOS-S has no 'show ip protocols': ask for the OSPF neighbours or the "
                         "routing table.",
    "bgp_advertised": "This AOS-S catalog has no per-neighbour BGP route listing; ask for the "
                      "BGP neighbour.",
    "bgp_received": "This AOS-S catalog has no per-neighbour BGP route listing; ask for the "
                    "BGP neighbour.",
    "bgp_table": "This AOS-S catalog has no BGP table command; ask for the BGP routes in the "
                 "routing table.",
    "ospf_neighbors_detail": "AOS-S has no detailed OSPF neighbour view; ask for the OSPF "
                             "neighbours.",
    "eigrp_neighbors": "EIGRP is Cisco-only; AOS-S does not run it.",
    "hsrp": "HSRP is Cisco-only; AOS-S uses VRRP (ask for VRRP).",
    "dhcp_leases": "This AOS-S catalog has no DHCP-server lease command.",
    "running_config_section": "AOS-S cannot show one section of the configuration; ask for "
                              "the whole running configuration or one interface's.",
})

SLOT_FORMATTER: SlotFormatter | None = StyledSlotFormatter(
    interface_style="long",
    interface_types=MappingProxyType({
        "Port-channel": "Trk", "Vlan": "vlan ", "GigabitEthernet": "",
        "TenGigabitEthernet": "", "Ethernet": "", "FastEthernet": "",
    }),
    mac_style="hyphen6",
    prefix_style="cidr",
)
