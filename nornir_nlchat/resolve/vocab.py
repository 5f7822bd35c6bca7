"""Word lists the resolver understands: roles, site kinds, vendors, platforms, numbers.

Everything here is general vocabulary of network engineering and plain English. Nothing is
specific to one inventory: inventory-specific words (city codes, aliases, site codes, role
values, group names) are learned from the inventory by :mod:`.index`.

Phrases are lower-case, ASCII-folded and split into words exactly like queries are (letters and
digit runs are separate words, so ``"aos-cx"`` is the phrase ``("aos", "cx")``).
"""

from __future__ import annotations

from typing import Final


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())

# --- roles -------------------------------------------------------------------------------------
#
# A role is a *family* (switch, router, firewall, ...) and an optional *qualifier* (core, access,
# edge, ...). An unqualified "switch" means the whole family; "core switch" only the qualified
# part. Inventory role values are mapped onto the same (family, qualifier) pairs.

ROLE_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "switch": (
        "switch", "switches", "sw", "sws", "swi", "swt", "swch", "ethernet switch",
        "l2 switch", "l3 switch", "layer 2 switch", "layer 3 switch", "multilayer switch",
        "switch stack", "switch stacks",
    ),
    "router": ("router", "routers", "rtr", "rtrs", "rt", "gateway", "gateways", "gw"),
    "firewall": (
        "firewall", "firewalls", "fw", "fws", "fwl", "ngfw", "utm", "security appliance",
        "security gateway", "fire wall",
    ),
    "wireless_controller": (
        "wireless controller", "wireless controllers", "wireless lan controller",
        "wireless lan controllers", "wlan controller", "wlan controllers", "wlc", "wlcs",
        "wifi controller", "wi fi controller", "mobility controller", "mobility controllers",
        "controller", "controllers",
    ),
    "access_point": (
        "access point", "access points", "ap", "aps", "wap", "waps", "wireless access point",
        "wireless access points", "wifi ap", "wi fi ap", "wifi access point",
    ),
    "load_balancer": (
        "load balancer", "load balancers", "loadbalancer", "loadbalancers", "lb", "lbs", "slb",
        "adc", "application delivery controller",
    ),
    "console_server": (
        "console server", "console servers", "terminal server", "terminal servers",
        "oob server",
    ),
    "vpn_concentrator": ("vpn concentrator", "vpn concentrators", "vpn gateway"),
    "proxy": ("proxy", "proxies", "web proxy"),
    "server": ("server", "servers", "srv"),
    "ups": (
        "ups", "upses", "ups unit", "ups units", "uninterruptible power supply",
        "uninterruptible power supplies", "ups management card", "ups management cards",
        "ups card", "ups cards", "ups nmc",
    ),
    "route_reflector": ("route reflector", "route reflectors", "rr", "rrs"),
    "pdu": ("pdu", "pdus", "power distribution unit", "power distribution units", "power strip"),
}

# Plural surface forms (a query that uses one asks for a set, not for one device).
PLURAL_ROLE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "switches", "sws", "routers", "rtrs", "gateways", "firewalls", "fws", "controllers",
        "wlcs", "points", "aps", "waps", "balancers", "loadbalancers", "lbs", "servers",
        "concentrators", "proxies", "spines", "leafs", "leaves", "tors", "cores", "stacks",
        "devices", "boxes", "nodes", "hosts", "appliances", "units", "machines", "elements",
        "everything", "upses", "pdus", "cards", "superspines", "reflectors", "rrs",
    }
)

# Qualifier words. A qualifier only counts when a family word follows it ("core switch") unless
# it is listed in STANDALONE_QUALIFIERS ("the spines").
ROLE_QUALIFIERS: Final[dict[str, tuple[str, ...]]] = {
    "core": ("core", "cores", "backbone"),
    "access": ("access", "acc", "edge access", "user access"),
    "distribution": ("distribution", "dist", "distr", "distro"),
    "aggregation": ("aggregation", "agg", "aggr"),
    "leaf": ("leaf", "leafs", "leaves", "lf"),
    "spine": ("spine", "spines"),
    "superspine": ("superspine", "superspines", "super spine", "super spines"),
    "sdwan": ("sdwan", "sd wan"),
    "tor": ("tor", "tors", "top of rack", "top of the rack"),
    "edge": ("edge",),
    "wan": ("wan",),
    "border": ("border",),
    "internet": ("internet", "inet", "isp", "transit", "peering"),
    "perimeter": ("perimeter", "external"),
    "pe": ("pe", "provider edge"),
    "ce": ("ce", "customer edge"),
    "branch": ("branch",),
    "management": ("management", "mgmt", "oob", "out of band"),
}

# Qualifier words that name a switch by themselves ("all spines in frankfurt").
STANDALONE_QUALIFIERS: Final[dict[str, str]] = {
    "leaf": "switch",
    "spine": "switch",
    "tor": "switch",
    "superspine": "switch",
}

# When an inventory has no role with the asked-for qualifier, the closest one that it may use.
QUALIFIER_FALLBACK: Final[dict[str, str]] = {
    "spine": "core",
    "core": "spine",
    "leaf": "access",
    "access": "leaf",
    "tor": "access",
    "aggregation": "distribution",
    "distribution": "aggregation",
}

# An unqualified inventory role counts as this qualifier ("switch" is an access switch).
DEFAULT_QUALIFIER: Final[dict[str, str]] = {"switch": "access"}

# Role codes that appear inside host names, for inventories without a role field.
ROLE_CODES: Final[dict[str, tuple[str, str | None]]] = {
    "sw": ("switch", None), "swi": ("switch", None), "swt": ("switch", None),
    "as": ("switch", "access"), "asw": ("switch", "access"), "acc": ("switch", "access"),
    "csw": ("switch", "core"), "cs": ("switch", "core"), "core": ("switch", "core"),
    "dsw": ("switch", "distribution"), "ds": ("switch", "distribution"),
    "dist": ("switch", "distribution"), "agg": ("switch", "aggregation"),
    "lf": ("switch", "leaf"), "leaf": ("switch", "leaf"), "sp": ("switch", "spine"),
    "spine": ("switch", "spine"), "tor": ("switch", "tor"),
    "r": ("router", None), "rt": ("router", None), "rtr": ("router", None),
    "gw": ("router", None), "cr": ("router", "core"), "er": ("router", "edge"),
    "br": ("router", "border"), "pe": ("router", "pe"), "ce": ("router", "ce"),
    "wr": ("router", "wan"),
    "fw": ("firewall", None), "fwl": ("firewall", None), "ngfw": ("firewall", None),
    "ap": ("access_point", None), "wap": ("access_point", None),
    "wlc": ("wireless_controller", None), "wc": ("wireless_controller", None),
    "lb": ("load_balancer", None), "slb": ("load_balancer", None),
    "ts": ("console_server", None), "con": ("console_server", None),
    "srv": ("server", None),
}

# Nouns for "a device" without a role.
DEVICE_NOUNS: Final[tuple[str, ...]] = (
    "device", "devices", "box", "boxes", "node", "nodes", "host", "hosts", "equipment", "kit",
    "appliance", "appliances", "unit", "units", "gear", "machine", "machines", "element",
    "elements", "network device", "network devices", "network element", "network elements",
    "everything",
)

# --- sites -------------------------------------------------------------------------------------

# Kinds of site. Single letters only count in front of a number ("b1", "b 2").
SITE_KINDS: Final[dict[str, tuple[str, ...]]] = {
    "building": ("building", "buildings", "bldg", "bld", "blg", "bldng", "b", "tower"),
    "datacenter": (
        "datacenter", "datacenters", "datacentre", "datacentres", "data center",
        "data centers", "data centre", "data centres", "dc", "dcs", "colo", "colocation",
    ),
    "campus": ("campus", "campuses", "cmp"),
    "office": ("office", "offices", "ofc"),
    "branch": ("branch office", "branch offices", "branch", "branches"),
    "headquarters": ("headquarters", "hq", "hqs", "head office", "head offices"),
    "floor": ("floor", "floors", "flr", "fl", "level", "lvl"),
    "hub": ("hub", "hubs"),
    "pop": ("pop", "pops", "point of presence"),
    "warehouse": ("warehouse", "warehouses", "wh"),
    "plant": ("plant", "factory"),
    "store": ("store", "shop"),
    "lab": ("lab", "labs", "laboratory"),
    "site": ("site", "sites", "location", "facility"),
}

# Abbreviations of a site kind that follow a city code in site codes ("nyc-br", "lis-of1");
# only read there (in requests "br" and "of" mean other things).
SITE_CODE_KINDS: Final[dict[str, str]] = {
    "br": "branch", "brn": "branch", "of": "office", "ofc": "office",
}

# Kind words that need a number right after them to mean a site (otherwise too ambiguous).
SITE_KINDS_NEED_NUMBER: Final[frozenset[str]] = frozenset(
    {"b", "fl", "flr", "wh", "cmp", "ofc", "bld", "blg", "tower", "store", "shop", "lab",
     "level", "lvl"}
)

# --- vendors and platforms ---------------------------------------------------------------------

VENDORS: Final[dict[str, tuple[str, ...]]] = {
    "cisco": ("cisco", "cisco systems", "csco"),
    "juniper": ("juniper", "juniper networks", "jnpr"),
    "arista": ("arista", "arista networks", "anet"),
    "aruba": ("aruba", "aruba networks", "hpe aruba", "aruba hpe"),
    "hp": ("hp", "hpe", "hewlett packard", "hewlett packard enterprise", "h p"),
    "paloalto": ("palo alto", "paloalto", "palo alto networks", "palo", "panw"),
    "fortinet": ("fortinet", "fortigate", "forti gate", "fortiswitch"),
    "checkpoint": ("checkpoint", "check point"),
    "f5": ("f5", "f5 networks", "big ip", "bigip"),
    "huawei": ("huawei",),
    "h3c": ("h3c",),
    "nokia": ("nokia", "alcatel", "alcatel lucent", "timetra"),
    "extreme": ("extreme networks", "extremenetworks", "enterasys"),
    "dell": ("dell", "dell emc", "force10"),
    "ubiquiti": ("ubiquiti", "ubnt", "unifi"),
    "mikrotik": ("mikrotik", "mikro tik"),
    "sophos": ("sophos",),
    "sonicwall": ("sonicwall", "sonic wall"),
    "watchguard": ("watchguard",),
    "brocade": ("brocade",),
    "ruckus": ("ruckus",),
    "cumulus": ("cumulus",),
    "vyos": ("vyos",),
    "zyxel": ("zyxel",),
    "netgear": ("netgear",),
    "tplink": ("tp link", "tplink"),
    "dlink": ("d link", "dlink"),
    "allied": ("allied telesis", "alliedtelesis"),
    "ericsson": ("ericsson",),
    "ciena": ("ciena",),
    "adtran": ("adtran",),
    "avaya": ("avaya",),
    "citrix": ("citrix", "netscaler"),
    "a10": ("a10", "a10 networks"),
    "barracuda": ("barracuda",),
    "cambium": ("cambium",),
    "mellanox": ("mellanox",),
    "opengear": ("opengear",),
    "riverbed": ("riverbed",),
    "silverpeak": ("silver peak", "silverpeak"),
    "versa": ("versa networks",),
    "infoblox": ("infoblox",),
    "ruijie": ("ruijie",),
    "zte": ("zte",),
    "edgecore": ("edgecore", "edge core"),
    "meraki": ("meraki",),
    "cloudgenix": ("cloudgenix",),
    "velocloud": ("velocloud",),
}

# Platform words, keyed by a canonical token. Inventory platform strings ("cisco_nxos",
# "arista_eos", "nxos_ssh") are split into words; vendor words and transport suffixes are
# dropped and the rest is canonicalised with this table.
PLATFORMS: Final[dict[str, tuple[str, ...]]] = {
    # Catalyst switches run IOS or IOS-XE: "catalyst" means either (see static_lexicon).
    "ios": ("ios", "cisco ios", "ios classic", "catalyst"),
    "iosxe": ("iosxe", "ios xe", "xe", "cat9k", "catalyst"),
    "iosxr": ("iosxr", "ios xr", "xr"),
    "nxos": ("nxos", "nx os", "nexus", "nx"),
    "asa": ("asa", "asav"),
    "ftd": ("ftd", "firepower"),
    "eos": ("eos", "arista eos"),
    "junos": ("junos", "jun os", "juniper junos", "srx", "vsrx", "qfx"),
    "aoscx": ("aoscx", "aos cx", "arubaos cx", "aruba cx", "cx", "arubaoscx"),
    "procurve": (
        "procurve", "pro curve", "aos s", "aoss", "arubaos switch", "arubaos s", "provision",
    ),
    "comware": ("comware",),
    "arubaos": ("arubaos", "aos8", "aos 8"),
    "panos": ("panos", "pan os"),
    "fortios": ("fortios", "forti os"),
    "routeros": ("routeros", "router os"),
    "sros": ("sros", "sr os", "timos"),
    "srlinux": ("srlinux", "sr linux"),
    "os10": ("os10", "dellos10", "dell os10"),
    "exos": ("exos",),
    "voss": ("voss",),
    "edgeos": ("edgeos",),
    "vyos": ("vyos",),
    "sonic": ("sonic",),
    "cumulus": ("cumulus linux", "nvue"),
    "gaia": ("gaia",),
    "bigip": ("tmos", "bigip", "big ip"),
    "vrp": ("vrp",),
    "aireos": ("aireos",),
    "wlc": ("wlc os",),
    "meraki": ("meraki",),
    "linux": ("linux",),
}

# Words dropped from inventory platform strings before canonicalising.
PLATFORM_NOISE: Final[frozenset[str]] = frozenset(
    {"ssh", "telnet", "serial", "api", "rest", "restconf", "netconf", "nxapi", "grpc",
     "gnmi", "napalm", "netmiko", "scrapli", "os", "fsm", "cli", "http", "https", "ng"}
)

# --- numbers -----------------------------------------------------------------------------------

NUMBER_WORDS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

ORDINAL_WORDS: Final[dict[str, int]] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

# Suffixes of "1st", "2nd", "3rd", "4th" once split into ("1", "st").
ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th"})

# Words that introduce a device number: "router number 2", "router no 2", "router #2".
NUMBER_MARKERS: Final[frozenset[str]] = frozenset({"number", "no", "nr", "num", "nbr", "index"})

# --- structure words ---------------------------------------------------------------------------

QUANTIFIERS: Final[frozenset[str]] = frozenset(
    {"all", "every", "each", "both", "everything", "list", "entire", "whole", "everyone"}
)

NEGATIONS: Final[dict[tuple[str, ...], str]] = {
    ("outside",): "outside",
    ("except",): "except",
    ("excluding",): "except",
    ("exclude",): "except",
    ("non",): "not",
    ("not",): "not",
    ("besides",): "except",
    ("minus",): "except",
    ("without",): "except",
    ("aside", "from"): "except",
    ("other", "than"): "except",
    ("apart", "from"): "except",
    ("but", "not"): "except",
    ("not", "in"): "outside",
    ("anywhere", "but"): "outside",
}

# Words for a position in an ordered set ("the last tokyo switch", "the final two routers").
LAST_WORDS: Final[frozenset[str]] = frozenset({"last", "final"})

# Words for the first and the second unit of a pair ("the primary firewall"): units A / B where
# names end in a unit letter, else device numbers 1 / 2.
UNIT_RANK_WORDS: Final[dict[str, int]] = {"primary": 1, "secondary": 2}

# Words for the state of a unit of a redundant pair. They are common words ("active
# sessions"), but where aliases carry them ("osl-fw-standby") they are alias words, read only
# right before a device description ("the standby oslo firewall").
UNIT_STATE_WORDS: Final[frozenset[str]] = frozenset(
    {"primary", "secondary", "active", "standby", "passive"}
)

# Three-letter words that may come before a device noun but are not city codes ("the web
# switch", "the noc router"); see query._Parser._unknown_places.
NOT_CITY_CODES: Final[frozenset[str]] = _words(
    """web app api pod idf mdf noc soc ops uat sql key red hot odd far own few via ups pdu
    wap kvm dev lab san nas isp dmz cpe ont olt bng tor eor mor one two six ten yet now all
    any our new old big top bad"""
)

CONJUNCTIONS: Final[frozenset[str]] = frozenset({"and", "or", "plus", "also", "nor"})

# Range words between two names: "SW1 through SW4".
RANGE_WORDS: Final[frozenset[str]] = frozenset(
    {"through", "thru", "to", "till", "until", "-", "..", "...", "\u2013", "\u2014"}
)

# Prepositions after which an unknown word is taken for a place ("routers in atlantis").
PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "at", "near", "inside", "within", "around"}
)

# Function words: never a place, vendor or role, never fuzzy-matched.
STOPWORDS: Final[frozenset[str]] = _words(
    """a an the this that these those some any of in on at to from for by with into onto
    over under about near inside within around across via per and or nor but if then than
    is are was were be been being am do does did done has have had having will would can
    could should shall may might must it its it's they them their there here what whats
    which who whom whose where when why how i me my we us our you your he she his her
    please pls kindly just only also too very really s t d ll re ve m o y la"""
)

# Ordinary words of requests about devices: commands, metrics, protocols, adjectives. They are
# never taken for place names (also when a city happens to be called like one) and never
# fuzzy-matched onto inventory words.
COMMON_WORDS: Final[frozenset[str]] = _words(
    """show display get check run ping trace traceroute tracert test verify list give tell
    find fetch see view print dump look lookup query ask want need know go let make bring
    pull grab collect gather read compare monitor watch count describe explain find
    cpu cpus memory mem ram disk flash storage version versions uptime reload reboot boot
    image software firmware os release model serial serials inventory hardware module modules
    chassis slot slots card cards psu psus power supply supplies fan fans temperature temp
    temps environment env health status state states summary summaries brief detail details
    detailed info information stats statistics statistic counters counter errors error drops
    discards crc utilization usage load traffic throughput bandwidth rate rates latency
    jitter loss packet packets bytes frames speed duplex mtu
    interface interfaces intf int port ports portchannel channel channels lag lags lacp
    ethernet gigabitethernet fastethernet tengigabitethernet gi fa te eth et xe ge mgmt
    loopback vlan vlans vlanif svi svis trunk trunks access switchport mac macs address
    addresses table tables arp nd ndp neighbor neighbors neighbour neighbours adjacency
    adjacencies lldp cdp stp spanning tree rstp mstp vtp
    ip ips ipv4 ipv6 route routes routing rib fib prefix prefixes subnet subnets network
    networks bgp ospf ospfv3 isis eigrp rip static connected mpls ldp rsvp vrf vrfs evpn
    vxlan vni vnis nve vpc mlag hsrp vrrp glbp bfd multicast pim igmp qos policy policies
    acl acls list lists rule rules nat pat ipsec ike vpn vpns tunnel tunnels gre session
    sessions security zone zones object objects
    ntp snmp syslog logging log logs aaa tacacs radius dns dhcp ssh telnet http https users
    user clock time date timezone banner hostname domain license licenses feature features
    config configuration configs running startup backup diff changes change commit
    alarms alarm alert alerts event events issue issues problem problems fault faults
    up down flapping flap flaps dropped failed failing broken slow fast high low
    primary secondary backup standby active passive main master slave old new other
    remaining local remote same last next previous big small virtual physical spare test
    prod production staging dev development home guest internal public private shared
    stacked redundant legacy current default global total overall recent latest
    hour hours minute minutes day days week weeks month months today yesterday now ago
    please thanks thank hi hello hey ok okay yes yeah sure help example examples
    current where which whats anything something nothing way much many more most less few
    lot lots kind type types sort name names named called call id ids number numbers
    uplink uplinks downlink downlinks upstream downstream link links circuit circuits
    cable cables optic optics transceiver transceivers sfp sfps
    sessions peer peers neighbors member members stack role roles platform platforms vendor
    vendors model models site sites city cities country countries region regions location
    locations place places area areas floor rack racks room rooms row rows
    installed running logged connected attached configured enabled disabled learned seen
    used use using work working works worked happen happening happened going doing done
    right wrong good bad fine ok healthy unhealthy okay alive dead stuck hung hanging busy
    idle full empty free available missing present open closed blocked allowed denied
    again still already ever never always often sometimes maybe perhaps probably actually
    currently recently quickly please need needs want wants like likes think thinks sure
    about above below between behind before after during since until while without within
    each every either neither other another such same own whole entire part parts
    something anything nothing everything someone anyone nobody somebody everybody
    there here where wherever everywhere somewhere nowhere way ways thing things stuff
    question answer reason result results output outputs value values level levels
    high higher highest low lower lowest max min maximum minimum average avg peak top
    bottom first last next previous early late latest oldest newest
    hello team guys folks boss sir madam mate buddy man
    give giving gave show showing shown tell telling told ask asking asked say says said
    check checking checked confirm confirming validate report reports reporting
    troubleshoot troubleshooting debug debugging diagnose diagnostics investigate fix
    restart restarting shutdown shut enable disable clear reset erase delete remove add
    set unset save write copy move apply commit rollback upgrade downgrade install update
    status statuses overview health healthy online offline reachable unreachable
    routed switched switching bridged firewalled controlled balanced centered centred
    order sync progress service services maintenance operation operations general
    particular advance case fact mind seconds mbps gbps kbps percent json xml csv yaml text
    format formats cache queue queues line lines range ranges mode modes detail brief
    raw full verbose short long quick summary pretty plain
    lab labs tower store shop dmz poe voice voip video iptv san storage iot ot scada camera
    cameras cctv wifi wireless lan wlan sdwan compute hypervisor esxi vmware kubernetes k8s
    cloud aws azure gcp corp corporate printer printers phone phones guest hq headquarters
    hub spoke metro campus branch outer inner front back upper lower middle"""
)

# Vendor of a platform, for inventories whose hosts have a platform but no vendor field.
PLATFORM_VENDOR: Final[dict[str, str]] = {
    "ios": "cisco", "iosxe": "cisco", "iosxr": "cisco", "nxos": "cisco", "asa": "cisco",
    "ftd": "cisco", "aireos": "cisco", "meraki": "cisco", "eos": "arista", "junos": "juniper",
    "aoscx": "aruba", "arubaos": "aruba", "procurve": "hp", "comware": "hp",
    "panos": "paloalto", "fortios": "fortinet", "routeros": "mikrotik", "sros": "nokia",
    "srlinux": "nokia", "os10": "dell", "exos": "extreme", "voss": "extreme",
    "edgeos": "ubiquiti", "vyos": "vyos", "gaia": "checkpoint", "bigip": "f5",
    "vrp": "huawei", "cumulus": "cumulus",
}

# Family of an inventory role value that is only a qualifier ("spine", "core", "edge").
QUALIFIER_FAMILY: Final[dict[str, str]] = {
    "core": "switch", "access": "switch", "distribution": "switch", "aggregation": "switch",
    "leaf": "switch", "spine": "switch", "tor": "switch", "superspine": "switch",
    "sdwan": "router", "edge": "router", "wan": "router",
    "border": "router", "internet": "router", "pe": "router", "ce": "router",
    "branch": "router", "perimeter": "firewall", "management": "switch",
}
