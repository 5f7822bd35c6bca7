"""Write the ``probe5`` resolution inventory and its labelled query set, and check the labels.

Run from the repository root: ``python benchmarks/data/resolve/make_probe5.py`` (writes
``inventory_probe5/`` and ``resolve_probe5.jsonl``); ``--check`` only recomputes every case's
``hosts`` from its ``why`` filter and compares with the JSONL on disk.

The inventory follows the dev inventory's convention exactly (names
``<country 2><city 3><building/DC code><role><index>``: ``USNYCB2SW3`` = United States, New
York, building 2, switch 3; ``GBLONDC1RTR2`` = United Kingdom, London, datacenter 1, router 2;
roles ``SW``, ``CSW``, ``RTR``, ``FW``; ``hostname`` 127.96.x.y, ``platform``,
``groups: [<platform>]``, ``data``: ``vendor``, ``role``, ``site`` ``"NYC-B2"``,
``location {name, city, country, latitude, longitude}``, ``aliases`` 0-2) with other countries
and cities: New York (NYC) and San Jose (SJC) in the US, London (LON) and Manchester (MAN) in
the UK, Frankfurt (FRA), Tokyo (TYO), Sydney (SYD), Dubai (DXB), Johannesburg (JNB), Sao Paulo
(SAO) and Mumbai (BOM, a code not taken from the city's name).

Each case's hosts are computed from its ``why`` filter (clauses joined by `` & ``, each
``field=v1,v2`` (any of) or ``field!=v1,v2`` (none of); fields ``name``, ``alias``, ``city``,
``country``, ``site``, ``role``, ``vendor``, ``platform``; case-insensitive exact values), never
from the resolver; ``none`` cases have no filter. The labels follow the dev README's
conventions: an unqualified "switch" covers access and core switches, "access switch" is role
``switch``, "core switch" ``core_switch``; "building N" / "datacenter N" / "dc" name the site;
common alternate city names mean the same city; a well-formed name that does not exist is
``none``. The set was written blind (without reading the dev set's requests) before any
resolver change for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from probe_labels import add_host, label, write_or_check  # next to this script

HERE = Path(__file__).resolve().parent
INVENTORY = HERE / "inventory_probe5"
SET = HERE / "resolve_probe5.jsonl"

# site: (country code, city, country, latitude, longitude)
SITES = {
    "NYC-B1": ("US", "New York", "United States", 40.7506, -73.9935),
    "NYC-B2": ("US", "New York", "United States", 40.7465, -74.0014),
    "NYC-DC1": ("US", "New York", "United States", 40.7069, -74.0113),
    "SJC-DC1": ("US", "San Jose", "United States", 37.3382, -121.8863),
    "SJC-B1": ("US", "San Jose", "United States", 37.3541, -121.9552),
    "LON-DC1": ("GB", "London", "United Kingdom", 51.5115, -0.0117),
    "LON-B1": ("GB", "London", "United Kingdom", 51.5136, -0.1365),
    "MAN-B1": ("GB", "Manchester", "United Kingdom", 53.4808, -2.2426),
    "FRA-DC1": ("DE", "Frankfurt", "Germany", 50.1109, 8.6821),
    "TYO-B1": ("JP", "Tokyo", "Japan", 35.6938, 139.7034),
    "SYD-DC1": ("AU", "Sydney", "Australia", -33.8688, 151.2093),
    "DXB-B1": ("AE", "Dubai", "United Arab Emirates", 25.0805, 55.1403),
    "JNB-B1": ("ZA", "Johannesburg", "South Africa", -26.1076, 28.0567),
    "SAO-DC1": ("BR", "Sao Paulo", "Brazil", -23.5505, -46.6333),
    "BOM-B1": ("IN", "Mumbai", "India", 19.1136, 72.8697),
}
ROLE = {"SW": "switch", "CSW": "core_switch", "RTR": "router", "FW": "firewall"}
VENDOR = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
          "juniper_junos": "juniper", "aruba_aoscx": "aruba", "hp_procurve": "hp"}

# (site, role code, index, platform, aliases)
HOSTS: list[tuple[str, str, int, str, list[str]]] = [
    ("NYC-B1", "SW", 1, "aruba_aoscx", ["broadway-fl1"]),
    ("NYC-B1", "SW", 2, "aruba_aoscx", ["broadway-fl2"]),
    ("NYC-B1", "RTR", 1, "cisco_ios", ["nyc-wan-1"]),
    ("NYC-B1", "FW", 1, "juniper_junos", []),
    ("NYC-B2", "SW", 1, "hp_procurve", ["chelsea-sw"]),
    ("NYC-B2", "SW", 2, "hp_procurve", []),
    ("NYC-B2", "SW", 3, "hp_procurve", ["chelsea-lab"]),
    ("NYC-B2", "RTR", 1, "cisco_ios", ["nyc-wan-2"]),
    ("NYC-DC1", "CSW", 1, "cisco_nxos", ["nyc-core-a"]),
    ("NYC-DC1", "CSW", 2, "cisco_nxos", ["nyc-core-b"]),
    ("NYC-DC1", "RTR", 1, "juniper_junos", ["nyc-inet-1", "internet edge"]),
    ("NYC-DC1", "RTR", 2, "juniper_junos", ["nyc-inet-2"]),
    ("NYC-DC1", "FW", 1, "juniper_junos", ["nyc-fw-a", "perimeter firewall"]),
    ("NYC-DC1", "FW", 2, "juniper_junos", ["nyc-fw-b"]),
    ("SJC-DC1", "CSW", 1, "arista_eos", ["sjc-spine-1"]),
    ("SJC-DC1", "SW", 1, "arista_eos", ["sjc-leaf-1"]),
    ("SJC-DC1", "SW", 2, "arista_eos", ["sjc-leaf-2"]),
    ("SJC-DC1", "RTR", 1, "cisco_ios", ["sjc-inet-1", "internet edge"]),
    ("SJC-DC1", "FW", 1, "juniper_junos", ["sjc-fw"]),
    ("SJC-B1", "SW", 1, "aruba_aoscx", ["sjc-lab-sw"]),
    ("LON-DC1", "CSW", 1, "cisco_nxos", ["docklands-core"]),
    ("LON-DC1", "CSW", 2, "cisco_nxos", []),
    ("LON-DC1", "RTR", 1, "cisco_ios", ["lon-inet-1"]),
    ("LON-DC1", "RTR", 2, "cisco_ios", ["lon-inet-2"]),
    ("LON-DC1", "FW", 1, "juniper_junos", ["lon-fw", "perimeter firewall"]),
    ("LON-B1", "SW", 1, "hp_procurve", ["soho-fl1"]),
    ("LON-B1", "SW", 2, "hp_procurve", ["soho-fl2"]),
    ("LON-B1", "RTR", 1, "cisco_ios", []),
    ("MAN-B1", "SW", 1, "aruba_aoscx", ["piccadilly-sw"]),
    ("MAN-B1", "RTR", 1, "cisco_ios", ["man-wan"]),
    ("FRA-DC1", "CSW", 1, "arista_eos", ["fra-core"]),
    ("FRA-DC1", "SW", 1, "arista_eos", ["fra-leaf-1"]),
    ("FRA-DC1", "SW", 2, "arista_eos", ["fra-leaf-2"]),
    ("FRA-DC1", "RTR", 1, "juniper_junos", ["decix-edge"]),
    ("FRA-DC1", "FW", 1, "juniper_junos", []),
    ("TYO-B1", "SW", 1, "cisco_ios", ["shinjuku-fl1"]),
    ("TYO-B1", "SW", 2, "cisco_ios", ["shinjuku-fl2"]),
    ("TYO-B1", "SW", 3, "cisco_ios", []),
    ("TYO-B1", "RTR", 1, "cisco_ios", ["tyo-wan"]),
    ("SYD-DC1", "CSW", 1, "arista_eos", ["syd-core"]),
    ("SYD-DC1", "SW", 1, "arista_eos", []),
    ("SYD-DC1", "SW", 2, "arista_eos", []),
    ("SYD-DC1", "RTR", 1, "cisco_ios", ["syd-inet-1"]),
    ("DXB-B1", "SW", 1, "hp_procurve", []),
    ("DXB-B1", "RTR", 1, "cisco_ios", ["marina-rtr"]),
    ("DXB-B1", "FW", 1, "juniper_junos", []),
    ("JNB-B1", "SW", 1, "aruba_aoscx", ["sandton-sw"]),
    ("JNB-B1", "RTR", 1, "cisco_ios", []),
    ("SAO-DC1", "CSW", 1, "cisco_nxos", []),
    ("SAO-DC1", "RTR", 1, "cisco_ios", ["sao-edge"]),
    ("SAO-DC1", "FW", 1, "juniper_junos", []),
    ("BOM-B1", "SW", 1, "hp_procurve", ["andheri-sw"]),
    ("BOM-B1", "RTR", 1, "cisco_ios", []),
]

SW = "role=switch,core_switch"
DCS = "site=" + ",".join(s for s in SITES if "-DC" in s)

# (query, expect, why)
CASES: list[tuple[str, str, str]] = [
    # -- full names, any case, reformatted -------------------------------------------------
    ("USNYCB1SW1", "one", "name=USNYCB1SW1"),
    ("show version on usnycdc1rtr2", "one", "name=USNYCDC1RTR2"),
    ("GBLONDC1FW1 cpu", "one", "name=GBLONDC1FW1"),
    ("jptyob1sw3", "one", "name=JPTYOB1SW3"),
    ("INBOMB1RTR1", "one", "name=INBOMB1RTR1"),
    ("sessions on AEDXBB1FW1", "one", "name=AEDXBB1FW1"),
    ("ZaJnbB1Sw1 interfaces", "one", "name=ZAJNBB1SW1"),
    ("BRSAODC1CSW1", "one", "name=BRSAODC1CSW1"),
    ("ping from DEFRADC1RTR1", "one", "name=DEFRADC1RTR1"),
    ("ausyddc1sw2 uptime", "one", "name=AUSYDDC1SW2"),
    ("us-nyc-dc1-fw1", "one", "name=USNYCDC1FW1"),
    ("gblon dc1 csw2", "one", "name=GBLONDC1CSW2"),
    ("USSJC-B1-SW1", "one", "name=USSJCB1SW1"),
    ("ZAJNBB1RTR01", "one", "name=ZAJNBB1RTR1"),
    # -- typos of names ------------------------------------------------------------------------
    ("USNCYB1SW2", "one", "name=USNYCB1SW2"),
    ("GBLONDC1RTTR1", "one", "name=GBLONDC1RTR1"),
    ("jptyob1sww2", "one", "name=JPTYOB1SW2"),
    ("DEFRDC1SW1", "one", "name=DEFRADC1SW1"),
    ("USSJCDC1FWI", "one", "name=USSJCDC1FW1"),
    ("GBMANB1RT1", "one", "name=GBMANB1RTR1"),
    ("aedxb1rtr1", "one", "name=AEDXBB1RTR1"),
    ("BRSAOCD1FW1", "one", "name=BRSAODC1FW1"),
    # -- spoken forms -----------------------------------------------------------------------------
    ("new york building 2 switch 3", "one", "name=USNYCB2SW3"),
    ("london dc one router two", "one", "name=GBLONDC1RTR2"),
    ("new york datacenter core switch 2", "one", "name=USNYCDC1CSW2"),
    ("san jose datacenter switch 2", "one", "name=USSJCDC1SW2"),
    ("tokyo building 1 switch 2", "one", "name=JPTYOB1SW2"),
    ("the second tokyo switch", "one", "name=JPTYOB1SW2"),
    ("third switch in new york building 2", "one", "name=USNYCB2SW3"),
    ("london building 1 switch number 2", "one", "name=GBLONB1SW2"),
    ("nyc b1 rtr1", "one", "name=USNYCB1RTR1"),
    ("lon dc1 fw1", "one", "name=GBLONDC1FW1"),
    ("syd dc1 sw2", "one", "name=AUSYDDC1SW2"),
    ("sydney datacenter access switch 1", "one", "name=AUSYDDC1SW1"),
    ("mumbai router 1", "one", "name=INBOMB1RTR1"),
    ("sao paulo core switch 1", "one", "name=BRSAODC1CSW1"),
    ("router 1 in johannesburg", "one", "name=ZAJNBB1RTR1"),
    ("new york dc router 1", "one", "name=USNYCDC1RTR1"),
    ("london data center core 2", "one", "name=GBLONDC1CSW2"),
    ("new york building one firewall", "one", "name=USNYCB1FW1"),
    ("the first core switch in the new york datacenter", "one", "name=USNYCDC1CSW1"),
    ("frankfurt dc1 switch 2", "one", "name=DEFRADC1SW2"),
    ("manchester b1 switch 1", "one", "name=GBMANB1SW1"),
    # -- a role unique in a city or site ---------------------------------------------------------
    ("the frankfurt firewall", "one", "city=Frankfurt & role=firewall"),
    ("cpu on the dubai firewall", "one", "city=Dubai & role=firewall"),
    ("the johannesburg switch", "one", "city=Johannesburg & " + SW),
    ("the manchester switch", "one", "city=Manchester & " + SW),
    ("the sao paulo router", "one", "city=Sao Paulo & role=router"),
    ("the san jose firewall", "one", "city=San Jose & role=firewall"),
    ("the tokyo router", "one", "city=Tokyo & role=router"),
    ("the core switch in frankfurt", "one", "city=Frankfurt & role=core_switch"),
    ("the london firewall", "one", "city=London & role=firewall"),
    ("the switch in san jose building 1", "one", "site=SJC-B1"),
    ("sydney core switch", "one", "city=Sydney & role=core_switch"),
    ("the sao paulo switch", "one", "city=Sao Paulo & " + SW),
    ("the mumbai switch", "one", "city=Mumbai & " + SW),
    ("the london building router", "one", "site=LON-B1 & role=router"),
    ("the san jose core switch", "one", "city=San Jose & role=core_switch"),
    ("the firewall in new york building 1", "one", "site=NYC-B1 & role=firewall"),
    # -- aliases --------------------------------------------------------------------------------
    ("docklands-core", "one", "alias=docklands-core"),
    ("broadway-fl2 interfaces", "one", "alias=broadway-fl2"),
    ("the chelsea lab switch", "one", "alias=chelsea-lab"),
    ("piccadilly-sw", "one", "alias=piccadilly-sw"),
    ("the decix edge router", "one", "alias=decix-edge"),
    ("sandton switch", "one", "alias=sandton-sw"),
    ("marina router", "one", "alias=marina-rtr"),
    ("ping nyc-inet-2", "one", "alias=nyc-inet-2"),
    ("sjc-spine-1", "one", "alias=sjc-spine-1"),
    ("andheri sw", "one", "alias=andheri-sw"),
    ("shinjuku-fl1", "one", "alias=shinjuku-fl1"),
    ("syd-core", "one", "alias=syd-core"),
    ("fra leaf 2", "one", "alias=fra-leaf-2"),
    ("nyc-core-a", "one", "alias=nyc-core-a"),
    ("soho fl1", "one", "alias=soho-fl1"),
    # -- alternate city names, city codes ----------------------------------------------------
    ("the joburg router", "one", "city=Johannesburg & role=router"),
    ("são paulo firewall", "one", "city=Sao Paulo & role=firewall"),
    ("the bombay router", "one", "city=Mumbai & role=router"),
    ("nyc firewalls", "many", "city=New York & role=firewall"),
    ("new york city core switch 1", "one", "name=USNYCDC1CSW1"),
    ("frankfurt am main firewall", "one", "city=Frankfurt & role=firewall"),
    ("the dxb router", "one", "city=Dubai & role=router"),
    ("bom switch", "one", "city=Mumbai & " + SW),
    ("the sjc firewall", "one", "city=San Jose & role=firewall"),
    ("jnb switch", "one", "city=Johannesburg & " + SW),
    ("bombay switch", "one", "city=Mumbai & " + SW),
    # -- countries, demonyms --------------------------------------------------------------------
    ("british routers", "many", "country=United Kingdom & role=router"),
    ("the us firewalls", "many", "country=United States & role=firewall"),
    ("american core switches", "many", "country=United States & role=core_switch"),
    ("all german devices", "many", "country=Germany"),
    ("japanese switches", "many", "country=Japan & " + SW),
    ("australian switches", "many", "country=Australia & " + SW),
    ("every indian device", "many", "country=India"),
    ("the german firewall", "one", "country=Germany & role=firewall"),
    ("the south african router", "one", "country=South Africa & role=router"),
    ("the brazilian core switch", "one", "country=Brazil & role=core_switch"),
    ("the uae firewall", "one", "country=United Arab Emirates & role=firewall"),
    ("the emirati router", "one", "country=United Arab Emirates & role=router"),
    ("the router in india", "one", "country=India & role=router"),
    ("the firewall in brazil", "one", "country=Brazil & role=firewall"),
    ("routers in great britain", "many", "country=United Kingdom & role=router"),
    ("switches in the united states", "many", "country=United States & " + SW),
    ("all devices in south africa", "many", "country=South Africa"),
    ("switches in england", "many", "country=United Kingdom & " + SW),
    # -- plural sets ---------------------------------------------------------------------------
    ("all switches in japan", "many", "country=Japan & " + SW),
    ("every router in the uk", "many", "country=United Kingdom & role=router"),
    ("arista switches in sydney", "many", "city=Sydney & vendor=arista"),
    ("core switches in all datacenters", "many", "role=core_switch & " + DCS),
    ("all firewalls", "many", "role=firewall"),
    ("all devices in manchester", "many", "city=Manchester"),
    ("everything in new york building 1", "many", "site=NYC-B1"),
    ("switches in new york", "many", "city=New York & " + SW),
    ("access switches in london", "many", "city=London & role=switch"),
    ("the new york core switches", "many", "city=New York & role=core_switch"),
    ("all juniper devices in new york", "many", "city=New York & vendor=juniper"),
    ("all cisco routers", "many", "role=router & vendor=cisco"),
    ("nexus switches", "many", "platform=cisco_nxos"),
    ("procurve switches", "many", "platform=hp_procurve"),
    ("aruba cx switches in the us", "many", "platform=aruba_aoscx & country=United States"),
    ("all routers in the datacenters", "many", "role=router & " + DCS),
    ("switches in datacenter 1 in san jose", "many", "site=SJC-DC1 & " + SW),
    ("routers in south africa and brazil", "many",
     "country=South Africa,Brazil & role=router"),
    ("switches in london and manchester", "many", "city=London,Manchester & " + SW),
    ("USNYCB2SW1 through USNYCB2SW3", "many", "name=USNYCB2SW1,USNYCB2SW2,USNYCB2SW3"),
    ("tokyo switches 1 to 3", "many", "city=Tokyo & role=switch"),
    ("both london core switches", "many", "city=London & role=core_switch"),
    ("both firewalls in the new york datacenter", "many", "site=NYC-DC1 & role=firewall"),
    ("the san jose datacenter leaf switches", "many", "alias=sjc-leaf-1,sjc-leaf-2"),
    ("USSJCDC1SW1 and USSJCDC1SW2", "many", "name=USSJCDC1SW1,USSJCDC1SW2"),
    ("GBLONB1SW1, GBMANB1SW1", "many", "name=GBLONB1SW1,GBMANB1SW1"),
    ("all devices in the london datacenter", "many", "site=LON-DC1"),
    ("datacenter switches in the us", "many", "site=NYC-DC1,SJC-DC1 & " + SW),
    ("firewalls in emea", "many",
     "role=firewall & country=United Kingdom,Germany,United Arab Emirates,South Africa"),
    ("routers in north america", "many", "role=router & country=United States"),
    # -- qualifiers and words the role field lacks but aliases carry -------------------------
    ("the new york wan routers", "many", "alias=nyc-wan-1,nyc-wan-2"),
    ("all wan routers", "many", "alias=nyc-wan-1,nyc-wan-2,tyo-wan,man-wan"),
    ("the wan router in new york building 2", "one", "alias=nyc-wan-2"),
    ("the london internet routers", "many", "alias=lon-inet-1,lon-inet-2"),
    ("the london internet router 1", "one", "alias=lon-inet-1"),
    ("internet routers in the us", "many", "alias=nyc-inet-1,nyc-inet-2,sjc-inet-1"),
    ("the san jose leaf switches", "many", "alias=sjc-leaf-1,sjc-leaf-2"),
    ("all lab switches", "many", "alias=chelsea-lab,sjc-lab-sw"),
    ("english switches", "many", "country=United Kingdom & " + SW),
    ("the NY core switches", "many", "city=New York & role=core_switch"),
    # -- exclusions ------------------------------------------------------------------------------
    ("everything in new york except the firewalls", "many", "city=New York & role!=firewall"),
    ("every switch outside the us", "many", SW + " & country!=United States"),
    ("non-cisco routers", "many", "role=router & vendor!=cisco"),
    ("all routers except the london ones", "many", "role=router & city!=London"),
    # -- ambiguous ---------------------------------------------------------------------------
    ("the tokyo switch", "ambiguous", "city=Tokyo & " + SW),
    ("the new york router", "ambiguous", "city=New York & role=router"),
    ("the london core switch", "ambiguous", "city=London & role=core_switch"),
    ("the new york firewall", "ambiguous", "city=New York & role=firewall"),
    ("the sydney switch", "ambiguous", "city=Sydney & " + SW),
    ("router 1 in new york", "ambiguous", "city=New York & role=router & name!=USNYCDC1RTR2"),
    ("the us core switch", "ambiguous", "country=United States & role=core_switch"),
    ("the nyc wan router", "ambiguous", "alias=nyc-wan-1,nyc-wan-2"),
    ("the internet edge router", "ambiguous", "alias=internet edge"),
    ("the perimeter firewall", "ambiguous", "alias=perimeter firewall"),
    ("the datacenter firewall in new york", "ambiguous", "site=NYC-DC1 & role=firewall"),
    ("USNYCB2SW", "ambiguous", "site=NYC-B2 & role=switch"),
    ("the johannesburg device", "ambiguous", "city=Johannesburg"),
    ("sw1 in new york", "ambiguous", "name=USNYCB1SW1,USNYCB2SW1"),
    ("the london router", "ambiguous", "city=London & role=router"),
    ("the japanese switch", "ambiguous", "country=Japan & " + SW),
    # an unqualified "switch 1" covers core switch 1 too (the README's convention)
    ("sydney datacenter switch 1", "ambiguous", "name=AUSYDDC1CSW1,AUSYDDC1SW1"),
    # -- none ------------------------------------------------------------------------------
    ("new york building 1 switch 3", "none", ""),
    ("USNYCB1SW3", "none", ""),
    ("GBLONDC1RTR3", "none", ""),
    ("tokyo switch 4", "none", ""),
    ("the paris router", "none", ""),
    ("routers in canada", "none", ""),
    ("the manchester firewall", "none", ""),
    ("the johannesburg firewall", "none", ""),
    ("london building 3 switch 1", "none", ""),
    ("everything in frankfurt datacenter 2", "none", ""),
    ("the chicago switch", "none", ""),
    ("the fortigate in dubai", "none", ""),
    ("the san jose core switch 2", "none", ""),
    ("core switches in tokyo", "none", ""),
    ("USSEAB1SW1", "none", ""),
    ("the sydney firewall", "none", ""),
    ("juniper switches", "none", ""),
    ("the delhi router", "none", ""),
    ("dc2 routers in london", "none", ""),
    ("the wireless controller in london", "none", ""),
    ("new york building 3", "none", ""),
    ("GBLONB1FW1", "none", ""),
]


def inventory() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """hosts.yaml content and a flat table (one row per host, ``why`` fields) of the inventory."""
    hosts: dict[str, Any] = {}
    table: list[dict[str, Any]] = []
    site_no = {s: i + 1 for i, s in enumerate(SITES)}
    count: dict[str, int] = {}
    for site, code, index, platform, aliases in HOSTS:
        country_code, city, country, lat, lon = SITES[site]
        city_code, kind = site.split("-")
        name = f"{country_code}{city_code}{kind}{code}{index}"
        count[site] = count.get(site, 0) + 1
        word = "Datacenter" if kind.startswith("DC") else "Building"
        location = (city, country, f"{city} {word} {kind[-1]}", lat, lon)
        add_host(hosts, table, name, f"127.96.{site_no[site]}.{count[site] * 10}", platform,
                 VENDOR[platform], ROLE[code], site, location, aliases)
    return hosts, table


def main(argv: list[str]) -> int:
    hosts, table = inventory()
    built = label(CASES, table, "rp5")
    return write_or_check(argv, hosts, VENDOR, built, INVENTORY, SET)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
