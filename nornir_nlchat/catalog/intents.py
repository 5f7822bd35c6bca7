"""The vendor-neutral intents: what an engineer can ask, independent of any platform.

Each intent says which concepts (see :mod:`nornir_nlchat.catalog.vocab`) and slots a request
must mention to mean it (``require``: every group must be hit, a group is hit by any of its
members), which further concepts it explains (``extra``), which slots its commands need
(``needs``) and which they may use (``optional``). Platform plugins map intents to commands;
this module knows no vendor.

Requirement syntax (compact, parsed once at import): groups separated by ``;``, alternatives
by ``|``; ``@kind`` is a slot, anything else a concept. ``extra`` and ``avoid`` are
space-separated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

SECTION_CONCEPTS = ("bgp|ospf|eigrp|isis|rip|ntp|vlan|acl|static|stp|lldp|cdp|vrf|users|logs|hsrp|"
                    "vrrp|dhcp|mlag|lacp|portchannel|poe|snmp|aaa|qos|banner|route")
PROTOCOL_CONCEPTS = "bgp|ospf|eigrp|isis|rip|static|connected_proto"


@dataclass(frozen=True)
class Intent:
    """One thing a person can ask for, in vendor-neutral terms.

    Attributes:
        name: Identifier used by the platform catalogs (``"bgp_summary"``).
        label: A short request that means this intent; offered as a choice when asking back.
        description: One sentence for documentation and help.
        require: Concept/slot groups that must all be present.
        extra: Concepts/slots the intent also explains (they add to its score).
        avoid: Concepts/slots that rule the intent out.
        needs: Slots the commands cannot do without (asked for when missing).
        optional: Slots the commands may use.
        write: True for intents that change the device (only in write mode).
        defaults: Slot values used when the request gives none (e.g. a ping count).
        related: Intents to offer when a platform lacks this one.
        examples: Vendor-free example requests (documentation and tests).
    """

    name: str
    label: str
    description: str
    require: tuple[frozenset[str], ...]
    extra: frozenset[str] = frozenset()
    avoid: frozenset[str] = frozenset()
    needs: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    write: bool = False
    defaults: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    related: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @property
    def explains(self) -> frozenset[str]:
        """Every concept or slot marker this intent accounts for."""
        members: set[str] = set(self.extra)
        for group in self.require:
            members |= group
        members |= {f"@{slot}" for slot in (*self.needs, *self.optional)}
        return frozenset(members)


def _groups(spec: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(part.strip() for part in group.split("|") if part.strip())
                 for group in spec.split(";") if group.strip())


def _intent(name: str, label: str, description: str, require: str, *, extra: str = "",
            avoid: str = "", needs: str = "", optional: str = "", write: bool = False,
            defaults: dict[str, str] | None = None, related: str = "",
            examples: tuple[str, ...] = ()) -> Intent:
    return Intent(
        name=name, label=label, description=description, require=_groups(require),
        extra=frozenset(extra.split()), avoid=frozenset(avoid.split()),
        needs=tuple(needs.split()), optional=tuple(optional.split()), write=write,
        defaults=MappingProxyType(dict(defaults or {})), related=tuple(related.split()),
        examples=examples,
    )


_I = _intent
INTENTS: tuple[Intent, ...] = (
    # ---- system -------------------------------------------------------------------------
    _I("version", "software version", "Operating-system version, model and uptime.",
       "version", extra="running install detail usage",
       examples=("what release is it on", "os level please", "which code is installed")),
    _I("uptime", "uptime", "How long the device has been up.",
       "uptime|duration", extra="reboot when status running",
       examples=("how long since it booted", "time since last restart")),
    _I("reload_cause", "last reboot reason", "Why and when the device last restarted.",
       "reboot", extra="duration why when", avoid="@interface",
       related="uptime version",
       examples=("why did it restart", "reason for the last reload")),
    _I("cpu", "CPU usage", "CPU utilisation (and the busiest processes where available).",
       "cpu|process|controlplane", extra="usage process detail all controlplane status",
       examples=("processor load", "how busy is the cpu", "top processes")),
    _I("memory", "memory usage", "Memory utilisation.",
       "memory", extra="usage process detail all controlplane",
       examples=("free ram", "how much memory is used")),
    _I("clock", "clock", "The device's current date and time.",
       "clock", extra="status",
       examples=("current date and time on the box",)),
    _I("users", "logged-in users", "Who is logged in to the device.",
       "users", extra="neighbor session all status", avoid="complaint",
       examples=("active login sessions", "who is connected to the cli")),
    _I("env_temperature", "temperature", "Temperature sensors.",
       "temperature", extra="environment status detail all chassis",
       related="environment",
       examples=("is it overheating", "thermal readings")),
    _I("env_fans", "fans", "Fan status.", "fan", extra="environment status detail all chassis",
       related="environment", examples=("are the fans spinning", "cooling status")),
    _I("env_power", "power supplies", "Power-supply status.",
       "psu|power", extra="environment status detail all usage chassis", avoid="poe",
       related="environment", examples=("psu health", "power supply state")),
    _I("environment", "environment (temperature, fans, power)",
       "All environmental sensors: temperature, fans and power supplies.",
       "environment|temperature|fan|psu",
       extra="temperature fan psu power status all detail chassis",
       related="env_temperature env_fans env_power",
       examples=("hardware sensor readings", "environmental status")),
    _I("serial", "serial number", "The device's serial number(s).",
       "serial", extra="inventory all chassis",
       related="inventory", examples=("chassis serial", "what is the s/n")),
    _I("inventory", "hardware inventory", "Chassis, modules and their part and serial numbers.",
       "inventory|chassis", extra="module serial install detail all chassis",
       examples=("hardware components", "part numbers of the installed parts")),
    _I("modules", "modules", "Installed modules and line cards.",
       "module", extra="inventory install status detail all chassis",
       related="inventory", examples=("line card status", "what blades are installed")),
    _I("alarms", "alarms", "Active chassis and system alarms.",
       "alarm", extra="chassis status all detail environment",
       related="environment logs", examples=("any active alarms", "is the alarm led lit")),
    _I("licenses", "licences", "Installed licences.", "license", extra="usage status all",
       examples=("licensing state",)),
    _I("filesystem", "file system", "Files on the device's flash / storage.",
       "filesystem", extra="usage all install image", optional="filesystem",
       related="boot_images", examples=("list files on flash", "free space on disk")),
    _I("boot_images", "firmware images", "Installed firmware images and the boot image.",
       "image", extra="version install boot all filesystem",
       related="version", examples=("which images are on the box", "primary and secondary image")),
    _I("logs", "logs", "The device log.", "logs", extra="all detail error flap",
       examples=("syslog buffer", "event log")),
    _I("logs_recent", "recent logs", "The most recent log messages.",
       "logs; recent|@count", extra="all error flap", optional="count",
       defaults={"count": "50"}, related="logs",
       examples=("latest syslog entries", "last 20 log messages")),
    _I("logs_filtered", "logs mentioning a word", "Log messages that contain a word.",
       "logs; @pattern|@interface", extra="recent error", needs="pattern",
       optional="count", related="logs",
       examples=('log lines containing "OSPF"',)),
    _I("ntp_status", "NTP status", "Whether the clock is synchronised by NTP.",
       "ntp|sync", extra="status clock summary established",
       related="clock", examples=("is time synchronised", "ntp state")),
    _I("ntp_associations", "NTP peers", "NTP servers / peers and their state.",
       "ntp; association|neighbor", extra="status detail all",
       related="ntp_status", examples=("which ntp servers are configured",)),
    # ---- interfaces -----------------------------------------------------------------------
    _I("interfaces_all", "all interfaces in detail", "Full status and counters of every interface.",
       "interface; plural|all|detail", extra="detail all",
       related="interfaces_brief", examples=("show every port", "all interfaces")),
    _I("interfaces_brief", "interfaces (brief)", "One line per interface: state and address.",
       "interface; brief|summary|table", extra="plural all status",
       related="interfaces_status", examples=("quick overview of the ports",)),
    _I("interfaces_status", "interface status", "Up/down state of every interface.",
       "interface; status", extra="plural all brief summary table",
       related="interfaces_brief", examples=("which links are down", "port states")),
    _I("interfaces_description", "interface descriptions", "Descriptions of all interfaces.",
       "description", extra="interface plural all status",
       related="interfaces_status", examples=("what is each port labelled",)),
    _I("interface_description", "one interface's description", "The description of one interface.",
       "description; @interface", extra="interface status",
       related="interface_one"),
    _I("interface_one", "one interface", "Status, settings and counters of one interface.",
       "@interface", extra="detail status interface svi all brief",
       needs="interface", examples=("tell me about ge1", "is eth3 up")),
    _I("interface_detail", "one interface in detail",
       "Everything about one interface: status, settings and all counters.",
       "@interface; detail", extra="interface status all error counter", needs="interface",
       related="interface_one", examples=("extensive output for xe-0/0/1",)),
    _I("interface_errors", "errors on one interface", "Error counters of one interface.",
       "@interface; error|flap", extra="counter interface detail status established",
       needs="interface", related="interface_one",
       examples=("crc on the uplink port 1/1/49",)),
    _I("interfaces_errors", "interface errors", "Error counters of all interfaces.",
       "error|flap", extra="interface plural all counter status established",
       related="interfaces_all", examples=("which ports have crc errors",)),
    _I("interface_counters", "counters of one interface", "Traffic counters of one interface.",
       "@interface; counter", extra="detail interface error usage",
       needs="interface", related="interface_one"),
    _I("interfaces_counters", "interface counters", "Traffic counters of all interfaces.",
       "counter", extra="interface plural all usage",
       related="interfaces_all", examples=("traffic statistics per port",)),
    _I("interfaces_errdisabled", "err-disabled ports", "Interfaces shut by error detection.",
       "errdisable", extra="interface plural all status",
       related="interfaces_status"),
    _I("interfaces_trunk", "trunk ports", "Ports carrying tagged VLANs (trunks).",
       "trunk", extra="interface plural all status vlan",
       related="interfaces_switchport"),
    _I("interface_switchport", "switchport settings of one interface",
       "Access/trunk mode and VLANs of one port.",
       "@interface; switchport", extra="interface vlan detail trunk",
       needs="interface", related="interface_vlans"),
    _I("interfaces_switchport", "switchport settings", "Access/trunk mode and VLANs of all ports.",
       "switchport", extra="plural all interface vlan",
       related="interfaces_trunk"),
    _I("interface_vlans", "VLANs on one port", "Which VLANs one port carries.",
       "@interface; vlan", extra="interface trunk switchport all",
       needs="interface", related="interface_switchport",
       examples=("what vlans does port 1/1/2 carry",)),
    _I("interface_config", "configuration of one interface", "The running config of one interface.",
       "@interface; config|configured", extra="running interface all",
       needs="interface", examples=("how is gi0/2 configured",)),
    _I("mgmt_interface", "management interface", "The out-of-band management interface.",
       "mgmt", extra="interface ip status detail", related="ip_interfaces"),
    _I("ip_interfaces", "IP interfaces", "Layer-3 interfaces with their addresses and state.",
       "ip; interface|svi|configured|vlan",
       extra="brief plural all status summary configured",
       related="interfaces_brief", examples=("routed interfaces and their addresses",)),
    _I("ip_interface_one", "IP settings of one interface", "Layer-3 details of one interface.",
       "@interface; ip", extra="interface detail svi status",
       needs="interface", related="interface_one"),
    _I("transceivers_all", "transceivers", "Installed optics / transceivers.",
       "transceiver", extra="plural all interface detail status",
       examples=("what optics are plugged in",)),
    _I("transceiver_one", "transceiver of one port", "Optic details and light levels of one port.",
       "@interface; transceiver", extra="detail power status interface",
       needs="interface", related="transceivers_all",
       examples=("dom readings for xe-0/0/2",)),
    _I("poe_all", "PoE", "Power-over-Ethernet status and budget.",
       "poe", extra="usage power status all plural interface detail",
       examples=("power over ethernet budget",)),
    _I("poe_one", "PoE on one port", "Power-over-Ethernet status of one port.",
       "poe; @interface", extra="status usage power detail interface",
       needs="interface", related="poe_all"),
    # ---- layer 2 --------------------------------------------------------------------------
    _I("vlans", "VLANs", "All VLANs.", "vlan",
       extra="all brief summary plural status detail interface member",
       examples=("vlan database", "what vlans exist")),
    _I("vlan_one", "one VLAN", "One VLAN and its ports.", "@vlan",
       extra="vlan detail status", needs="vlan", related="vlans",
       examples=("tell me about vlan 42",)),
    _I("vlan_ports", "ports of a VLAN", "Which ports are members of a VLAN.",
       "@vlan; interface|member", extra="vlan plural all member", needs="vlan",
       related="vlan_one"),
    _I("mac_all", "MAC address table", "The whole MAC address table.",
       "mac", extra="table all learned plural flap",
       examples=("dump the cam table", "forwarding database")),
    _I("mac_vlan", "MAC addresses in a VLAN", "MAC addresses learned in one VLAN.",
       "mac; @vlan", extra="table learned vlan all", needs="vlan", related="mac_all"),
    _I("mac_interface", "MAC addresses on a port", "MAC addresses learned on one port.",
       "mac|learned; @interface", extra="table learned interface neighbor all",
       avoid="route prefix bgp ospf eigrp arp ipv6 static connected_proto",
       needs="interface", related="mac_all",
       examples=("which hardware addresses sit behind port 7",)),
    _I("mac_find", "find a MAC address", "Where (which port, which VLAN) a MAC address is.",
       "@mac", extra="mac find table interface neighbor learned",
       needs="mac", related="mac_all",
       examples=("locate aa:bb:cc:dd:ee:ff",)),
    _I("arp_all", "ARP table", "The ARP table.", "arp", extra="table all learned mac",
       examples=("ip to mac bindings",)),
    _I("arp_ip", "ARP entry for an address", "The ARP entry of one IP address.",
       "arp; @ip", extra="find mac table", needs="ip", optional="vrf",
       related="arp_all"),
    _I("arp_interface", "ARP entries on an interface", "The ARP entries learned on one interface.",
       "arp; @interface", extra="table all learned mac interface svi vlan @vlan",
       needs="interface", related="arp_all",
       examples=("arp entries on the vlan 20 svi",)),
    _I("arp_vrf", "ARP table of a VRF", "The ARP table of one VRF.",
       "arp; @vrf", extra="table all", needs="vrf", related="arp_all"),
    _I("stp_summary", "spanning-tree summary", "Spanning-tree overview.",
       "stp; summary|brief", extra="status interface plural all",
       related="stp_all"),
    _I("stp_all", "spanning tree", "Spanning-tree state of every instance and port.",
       "stp", extra="status detail all flap",
       examples=("is stp healthy",)),
    _I("stp_vlan", "spanning tree of a VLAN", "Spanning-tree state of one VLAN.",
       # "the root bridge for vlan 10": that VLAN's spanning tree names its root
       "stp|root; @vlan", extra="status detail vlan", needs="vlan", related="stp_all"),
    _I("stp_root", "spanning-tree root", "Which bridge is the spanning-tree root.",
       "root", extra="stp vlan all plural", related="stp_all",
       examples=("which switch is root",)),
    _I("stp_blocked", "blocked ports", "Ports that spanning tree is blocking.",
       "blocked", extra="stp interface plural all status", related="stp_all"),
    _I("stp_interface", "spanning tree of a port", "Spanning-tree state of one port.",
       "stp; @interface", extra="status detail interface", needs="interface",
       related="stp_all"),
    _I("lldp_neighbors", "LLDP neighbours", "Neighbours seen with LLDP.",
       "lldp|neighbor", extra="lldp neighbor all plural status interface brief summary",
       examples=("who are we cabled to", "list adjacent devices")),
    _I("lldp_detail", "LLDP neighbours in detail", "LLDP neighbours with all details.",
       "lldp; detail", extra="neighbor all", related="lldp_neighbors"),
    _I("lldp_interface", "neighbour on one port", "The LLDP neighbour on one port.",
       "lldp|neighbor; @interface", extra="lldp neighbor detail interface",
       needs="interface", related="lldp_neighbors",
       examples=("what device is on the far side of port 9",)),
    _I("cdp_neighbors", "CDP neighbours", "Neighbours seen with CDP.", "cdp",
       extra="neighbor all plural status", related="lldp_neighbors"),
    _I("cdp_detail", "CDP neighbours in detail", "CDP neighbours with all details.",
       "cdp; detail", extra="neighbor all", related="lldp_detail"),
    _I("cdp_interface", "CDP neighbour on one port", "The CDP neighbour on one port.",
       "cdp; @interface", extra="neighbor detail interface", needs="interface",
       related="lldp_interface"),
    _I("port_channels", "port-channels / LAGs", "Link aggregations and their members.",
       "portchannel|lacp",
       extra="summary status trunk all plural brief interface member established flap",
       optional="interface",
       examples=("bundle status", "link aggregation groups")),
    _I("lacp_neighbors", "LACP partners", "LACP partner information.",
       "lacp; neighbor|association",
       extra="detail status all established flap interface member",
       related="port_channels"),
    _I("mlag", "MLAG / vPC / VSX", "Multi-chassis link aggregation state.",
       "mlag", extra="status detail summary brief neighbor established flap",
       related="port_channels"),
    _I("mlag_consistency", "MLAG / vPC / VSX consistency",
       "Whether the multi-chassis peers' configurations agree (consistency / config-sanity).",
       "mlag; consistency", extra="config status detail all", related="mlag",
       examples=("vpc consistency check", "mlag config mismatch")),
    _I("fex", "fabric extenders (FEX)", "Fabric extenders attached to the switch and their state.",
       "fex", extra="status detail all plural module interface established flap",
       related="modules",
       examples=("are the fabric extenders online",)),
    _I("stack", "stack / virtual chassis", "Stack (or virtual-chassis) members and state.",
       "stack", extra="status detail module all member established flap", related="modules"),
    _I("dhcp_snooping", "DHCP snooping", "DHCP-snooping status.",
       "snooping|dhcp", extra="status dhcp summary", related="dhcp_bindings"),
    _I("dhcp_bindings", "DHCP snooping bindings", "The DHCP-snooping binding table.",
       "snooping; binding", extra="dhcp all table", related="dhcp_snooping"),
    _I("dhcp_leases", "DHCP server leases", "Addresses handed out by the device's DHCP server.",
       "dhcp; binding", extra="all table", avoid="snooping", related="dhcp_snooping"),
    # ---- layer 3 --------------------------------------------------------------------------
    _I("routes_all", "routing table", "The IP routing table.", "route",
       extra="table all ip prefix", examples=("dump the rib",)),
    _I("route_prefix", "route to a prefix", "The route(s) for one prefix.",
       # a named prefix is what is asked about, whichever protocol is named with it
       "@prefix", extra=f"route path reach prefix find table {PROTOCOL_CONCEPTS.replace('|', ' ')}",
       needs="prefix", optional="vrf",
       related="routes_all", examples=("best path for 10.20.0.0/16",)),
    _I("route_ip", "route to an address", "The route used to reach one IP address.",
       "route|path|reach; @ip", extra="prefix find table", needs="ip", optional="vrf",
       related="routes_all", examples=("next hop towards 1.1.1.1",)),
    _I("routes_protocol", "routes of one protocol", "Routes learned from one protocol.",
       f"{PROTOCOL_CONCEPTS}; route|prefix|static|connected_proto",
       extra="learned table all", needs="protocol", optional="vrf",
       related="routes_all", examples=("ospf learned prefixes", "connected routes")),
    _I("routes_vrf", "routing table of a VRF", "The routing table of one VRF.",
       "route; @vrf", extra="table all", needs="vrf", related="routes_all"),
    _I("routes_all_vrfs", "routing tables of every VRF", "Routing tables of every VRF.",
       "route|prefix; all_vrfs", extra="table all vrf", related="routes_all"),
    _I("route_summary", "routing table summary", "Route counts per protocol.",
       "route; summary", extra="table all", related="routes_all"),
    _I("routing_protocols", "routing protocols", "Which routing protocols run, and their settings.",
       "protocols", extra="route running status", related="routes_all"),
    _I("bgp_summary", "BGP summary", "BGP neighbours and their state, one line each.",
       "bgp",
       extra="summary neighbor session association status established flap brief all",
       optional="vrf",
       examples=("are the bgp sessions up", "ebgp peer states")),
    _I("bgp_neighbors", "BGP neighbours in detail", "Every BGP neighbour in detail.",
       "bgp; neighbor|session|association; detail|capability", extra="all status established flap",
       optional="vrf", related="bgp_summary"),
    _I("bgp_neighbor", "one BGP neighbour", "One BGP neighbour in detail.",
       "bgp; @ip", extra="neighbor session detail status established flap capability",
       needs="ip", optional="vrf",
       related="bgp_summary", examples=("state of the bgp session with 10.0.0.2",)),
    _I("bgp_advertised", "routes advertised to a BGP neighbour",
       "Prefixes sent to one BGP neighbour.",
       "advertise; @ip", extra="bgp route prefix neighbor", needs="ip",
       related="bgp_neighbor", examples=("what do we announce to 10.9.9.9",)),
    _I("bgp_received", "routes received from a BGP neighbour",
       "Prefixes learned from one BGP neighbour.",
       "receive|learned; @ip; bgp|route|prefix|neighbor", extra="bgp route prefix neighbor",
       needs="ip", related="bgp_neighbor",
       examples=("which prefixes does 10.9.9.9 send us",)),
    _I("bgp_table", "BGP table", "The BGP table (all paths).", "bgp; table",
       extra="all route prefix", related="routes_protocol"),
    _I("ospf_neighbors", "OSPF neighbours", "OSPF adjacencies and their state.",
       "ospf", extra="neighbor session status established flap all summary brief",
       optional="vrf", examples=("ospf adjacency state",)),
    _I("ospf_neighbors_detail", "OSPF neighbours in detail", "OSPF adjacencies in detail.",
       "ospf; detail|capability", extra="neighbor session all status established flap",
       optional="vrf", related="ospf_neighbors"),
    _I("ospf_interfaces", "OSPF interfaces", "Interfaces running OSPF.",
       "ospf; interface", extra="brief detail plural all status established",
       related="ospf_neighbors"),
    _I("ospf_database", "OSPF database", "The OSPF link-state database.",
       "database", extra="ospf all summary", related="ospf_neighbors"),
    _I("eigrp_neighbors", "EIGRP neighbours", "EIGRP neighbours.", "eigrp",
       extra="neighbor session status established flap all", related="routing_protocols"),
    _I("vrfs", "VRFs", "VRFs (routing instances) and their interfaces.",
       "vrf|@vrf", extra="all plural brief detail summary interface", optional="vrf",
       examples=("which routing instances exist",)),
    _I("hsrp", "HSRP", "HSRP groups and their state.", "hsrp|fhrp",
       extra="status brief summary all flap", related="vrrp"),
    _I("vrrp", "VRRP", "VRRP groups and their state.", "vrrp|fhrp",
       extra="status brief summary all flap", related="hsrp"),
    _I("acls", "access lists", "All access lists / firewall filters.", "acl",
       extra="all plural counter ip", examples=("packet filters configured",)),
    _I("acl_one", "one access list", "One access list with its hit counts.", "@acl",
       extra="acl counter detail ip", needs="acl", related="acls"),
    _I("ping", "ping", "Ping an address from the device.", "ping",
       extra="@ip status reach", needs="ip", optional="vrf count",
       defaults={"count": "5"}, examples=("can the box reach 10.1.2.3",)),
    _I("traceroute", "traceroute", "Trace the path to an address from the device.",
       "traceroute", extra="@ip path route", needs="ip", optional="vrf",
       examples=("hop by hop path to 10.1.2.3",)),
    _I("ipv6_interfaces", "IPv6 interfaces", "IPv6 interfaces and addresses.",
       "ipv6; interface|ip", extra="brief plural all status", related="ip_interfaces"),
    _I("ipv6_routes", "IPv6 routes", "The IPv6 routing table.", "ipv6; route|prefix",
       extra="table all", related="routes_all"),
    _I("ipv6_neighbors", "IPv6 neighbours", "The IPv6 neighbour (ND) table.",
       "ipv6; neighbor|arp|mac", extra="table all", related="arp_all"),
    # ---- configuration --------------------------------------------------------------------
    _I("running_config", "running configuration", "The whole running configuration.",
       "config", extra="running all configured", avoid="startup",
       examples=("dump the active config",)),
    _I("running_config_section", "one section of the configuration",
       "Only one part (BGP, OSPF, NTP, ...) of the running configuration.",
       f"config; {SECTION_CONCEPTS}", extra="running section", needs="section",
       related="running_config", examples=("the ntp bits of the running config",)),
    _I("startup_config", "startup configuration", "The saved (startup) configuration.",
       "startup", extra="config all", examples=("saved config",)),
    # ---- write mode (only with allow_write=True) -----------------------------------------
    _I("interface_shutdown", "shut an interface down", "Administratively disable an interface.",
       "shut_w; @interface", extra="interface", needs="interface", write=True),
    _I("interface_no_shutdown", "enable an interface", "Administratively enable an interface.",
       "noshut_w; @interface", extra="interface", needs="interface", write=True),
    _I("set_interface_description", "set an interface description",
       "Set the description of an interface.",
       "description; @interface", extra="description set_w interface",
       needs="interface description", write=True),
    _I("vlan_create", "create a VLAN", "Create a VLAN (optionally named).",
       "create_w|set_w; @vlan", extra="vlan", needs="vlan", optional="vlan_name", write=True),
    _I("save_config", "save the configuration", "Save the running configuration.",
       "save_w", extra="config running startup", write=True),
)

BY_NAME: Mapping[str, Intent] = MappingProxyType({intent.name: intent for intent in INTENTS})
READ_INTENTS: tuple[Intent, ...] = tuple(i for i in INTENTS if not i.write)
WRITE_INTENTS: tuple[Intent, ...] = tuple(i for i in INTENTS if i.write)


def get(name: str) -> Intent:
    """The intent called ``name`` (KeyError if there is none)."""
    return BY_NAME[name]
