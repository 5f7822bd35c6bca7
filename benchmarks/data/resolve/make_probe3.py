"""Write the ``probe3`` resolution inventory and its labelled query set, and check the labels.

Run from the repository root: ``python benchmarks/data/resolve/make_probe3.py`` (writes
``inventory_probe3/`` and ``resolve_probe3.jsonl``); ``--check`` only recomputes every case's
``hosts`` from its ``why`` filter and compares with the JSONL on disk.

The inventory has the dev inventory's shape (``platform``, ``groups: [<platform>]``, ``data``:
``vendor``, ``role``, ``site``, ``location {name, city, country, latitude, longitude}``,
``aliases``) but FQDN-like lower-case names, ``<role code><n>.<site>.example.net``
(``core1.lon-dc2.example.net`` = core switch 1 in London datacenter 2,
``acc-sw-03.nyc-hq.example.net`` = access switch 3 at the New York headquarters; role codes
``core`` core switch, ``acc-sw`` access switch, ``rtr`` router, ``fw`` firewall). The first label
(``core1``) repeats across sites, so it alone is ambiguous. Sites are in the UK, the US, Japan,
Brazil and Australia, several in cities with two-word names and common alternates (New York /
NYC, Los Angeles / LA, San Francisco / SF, São Paulo / Sao Paulo, Rio de Janeiro / Rio), with
site kinds ``dc`` (datacenter), ``hq``, ``ofc`` (office), ``br`` (branch) and ``lab``.

Each case's hosts are computed from its ``why`` filter (clauses joined by `` & ``, each
``field=v1,v2`` (any of) or ``field!=v1,v2`` (none of); fields ``name``, ``alias``, ``city``,
``country``, ``site``, ``role``, ``vendor``, ``platform``; case-insensitive exact values), never
from the resolver; ``none`` cases have no filter. The set was written blind (without reading the
earlier probe sets' queries) before any resolver change for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from probe_labels import add_host, label, write_or_check  # next to this script

HERE = Path(__file__).resolve().parent
INVENTORY = HERE / "inventory_probe3"
SET = HERE / "resolve_probe3.jsonl"

# site: (city as in data, country, location name, latitude, longitude)
SITES = {
    "LON-DC2": ("London", "United Kingdom", "London Datacenter 2", 51.5072, -0.1276),
    "LON-OFC1": ("London", "United Kingdom", "London Office 1", 51.5072, -0.1276),
    "MAN-BR1": ("Manchester", "United Kingdom", "Manchester Branch 1", 53.4808, -2.2426),
    "NYC-HQ": ("New York", "United States", "New York Headquarters", 40.7128, -74.006),
    "NYC-DC1": ("New York", "United States", "New York Datacenter 1", 40.7128, -74.006),
    "LAX-DC1": ("Los Angeles", "United States", "Los Angeles Datacenter 1", 34.0522, -118.2437),
    "SFO-LAB": ("San Francisco", "United States", "San Francisco Lab", 37.7749, -122.4194),
    "TYO-DC1": ("Tokyo", "Japan", "Tokyo Datacenter 1", 35.6762, 139.6503),
    "OSA-BR1": ("Osaka", "Japan", "Osaka Branch 1", 34.6937, 135.5023),
    "SPO-DC1": ("São Paulo", "Brazil", "São Paulo Datacenter 1", -23.5505, -46.6333),
    "RIO-BR1": ("Rio de Janeiro", "Brazil", "Rio de Janeiro Branch 1", -22.9068, -43.1729),
    "SYD-DC1": ("Sydney", "Australia", "Sydney Datacenter 1", -33.8688, 151.2093),
    "MEL-OFC1": ("Melbourne", "Australia", "Melbourne Office 1", -37.8136, 144.9631),
}
ROLE_CODE = {"acc-sw-": "switch", "core": "core_switch", "rtr": "router", "fw": "firewall"}
VENDOR = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
          "juniper_junos": "juniper", "aruba_aoscx": "aruba", "hp_procurve": "hp"}

# (site, role code + index, platform, aliases)
HOSTS: list[tuple[str, str, str, list[str]]] = [
    ("LON-DC2", "core1", "arista_eos", ["big-core"]),
    ("LON-DC2", "core2", "arista_eos", []),
    ("LON-DC2", "rtr1", "juniper_junos", ["lon-transit-a"]),
    ("LON-DC2", "rtr2", "juniper_junos", ["lon-transit-b"]),
    ("LON-DC2", "fw1", "juniper_junos", []),
    ("LON-DC2", "fw2", "juniper_junos", []),
    ("LON-OFC1", "acc-sw-01", "aruba_aoscx", []),
    ("LON-OFC1", "acc-sw-02", "aruba_aoscx", []),
    ("LON-OFC1", "acc-sw-03", "hp_procurve", []),
    ("MAN-BR1", "rtr1", "cisco_ios", []),
    ("MAN-BR1", "acc-sw-01", "hp_procurve", []),
    ("NYC-HQ", "core1", "cisco_nxos", ["hq-core"]),
    ("NYC-HQ", "acc-sw-01", "cisco_ios", []),
    ("NYC-HQ", "acc-sw-02", "cisco_ios", []),
    ("NYC-HQ", "acc-sw-03", "aruba_aoscx", []),
    ("NYC-HQ", "acc-sw-04", "aruba_aoscx", []),
    ("NYC-HQ", "rtr1", "cisco_ios", ["hq-wan"]),
    ("NYC-HQ", "fw1", "juniper_junos", []),
    ("NYC-DC1", "core1", "cisco_nxos", []),
    ("NYC-DC1", "core2", "cisco_nxos", []),
    ("NYC-DC1", "rtr1", "juniper_junos", []),
    ("NYC-DC1", "rtr2", "juniper_junos", []),
    ("NYC-DC1", "fw1", "juniper_junos", []),
    ("LAX-DC1", "core1", "arista_eos", []),
    ("LAX-DC1", "rtr1", "juniper_junos", []),
    ("LAX-DC1", "fw1", "juniper_junos", []),
    ("LAX-DC1", "acc-sw-01", "arista_eos", []),
    ("SFO-LAB", "fw1", "juniper_junos", ["lab-fw"]),
    ("SFO-LAB", "acc-sw-01", "hp_procurve", ["lab-sw"]),
    ("TYO-DC1", "core1", "juniper_junos", []),
    ("TYO-DC1", "core2", "juniper_junos", []),
    ("TYO-DC1", "rtr1", "juniper_junos", []),
    ("TYO-DC1", "fw1", "juniper_junos", ["shinjuku-fw"]),
    ("TYO-DC1", "acc-sw-01", "arista_eos", []),
    ("OSA-BR1", "rtr1", "cisco_ios", []),
    ("OSA-BR1", "acc-sw-01", "aruba_aoscx", []),
    ("SPO-DC1", "core1", "cisco_nxos", []),
    ("SPO-DC1", "rtr1", "cisco_ios", ["ipiranga"]),
    ("SPO-DC1", "rtr2", "cisco_ios", []),
    ("SPO-DC1", "fw1", "juniper_junos", []),
    ("RIO-BR1", "rtr1", "cisco_ios", []),
    ("RIO-BR1", "acc-sw-01", "hp_procurve", []),
    ("RIO-BR1", "acc-sw-02", "hp_procurve", []),
    ("SYD-DC1", "core1", "arista_eos", ["harbour-core"]),
    ("SYD-DC1", "rtr1", "juniper_junos", []),
    ("SYD-DC1", "fw1", "juniper_junos", []),
    ("SYD-DC1", "fw2", "juniper_junos", []),
    ("MEL-OFC1", "acc-sw-01", "aruba_aoscx", []),
    ("MEL-OFC1", "acc-sw-02", "aruba_aoscx", ["reception-sw"]),
    ("MEL-OFC1", "rtr1", "cisco_ios", []),
]


def fq(short: str) -> str:
    """``core1.lon-dc2`` -> ``core1.lon-dc2.example.net``."""
    return f"{short}.example.net"


SW = "role=switch,core_switch"
DC_SITES = "site=LON-DC2,NYC-DC1,LAX-DC1,TYO-DC1,SPO-DC1,SYD-DC1"
BR_SITES = "site=MAN-BR1,OSA-BR1,RIO-BR1"
ALL_CORE1 = "name=" + ",".join(fq(f"core1.{s}") for s in (
    "lon-dc2", "nyc-hq", "nyc-dc1", "lax-dc1", "tyo-dc1", "spo-dc1", "syd-dc1"))
ALL_RTR1 = "name=" + ",".join(fq(f"rtr1.{s}") for s in (
    "lon-dc2", "man-br1", "nyc-hq", "nyc-dc1", "lax-dc1", "tyo-dc1", "osa-br1", "spo-dc1",
    "rio-br1", "syd-dc1", "mel-ofc1"))

# (query, expect, why)
CASES: list[tuple[str, str, str]] = [
    # -- full names -------------------------------------------------------------------------
    ("core1.lon-dc2.example.net", "one", "name=" + fq("core1.lon-dc2")),
    ("show version on acc-sw-03.nyc-hq.example.net", "one", "name=" + fq("acc-sw-03.nyc-hq")),
    ("FW1.SYD-DC1.EXAMPLE.NET cpu", "one", "name=" + fq("fw1.syd-dc1")),
    ("check rtr2.spo-dc1", "one", "name=" + fq("rtr2.spo-dc1")),
    ("interfaces on acc-sw-02.rio-br1", "one", "name=" + fq("acc-sw-02.rio-br1")),
    ("bgp neighbours of core2.tyo-dc1", "one", "name=" + fq("core2.tyo-dc1")),
    ("acc-sw-01.osa-br1", "one", "name=" + fq("acc-sw-01.osa-br1")),
    # -- partial names ----------------------------------------------------------------------
    ("rtr1 in manchester", "one", "name=" + fq("rtr1.man-br1")),
    ("core1 at lax-dc1", "one", "name=" + fq("core1.lax-dc1")),
    ("fw2 lon-dc2", "one", "name=" + fq("fw2.lon-dc2")),
    ("acc-sw-04 at the nyc hq", "one", "name=" + fq("acc-sw-04.nyc-hq")),
    ("acc-sw-04", "one", "name=" + fq("acc-sw-04.nyc-hq")),
    ("core2 in new york", "one", "name=" + fq("core2.nyc-dc1")),
    ("rtr1", "ambiguous", ALL_RTR1),
    ("uptime of core1", "ambiguous", ALL_CORE1),
    ("acc-sw-03", "ambiguous", "name=" + fq("acc-sw-03.lon-ofc1") + "," + fq("acc-sw-03.nyc-hq")),
    ("fw2", "ambiguous", "name=" + fq("fw2.lon-dc2") + "," + fq("fw2.syd-dc1")),
    ("core2", "ambiguous", "name=" + ",".join(fq(f"core2.{s}") for s in (
        "lon-dc2", "nyc-dc1", "tyo-dc1"))),
    ("lon-dc2 rtr 2", "one", "name=" + fq("rtr2.lon-dc2")),
    ("London DC2 core 1", "one", "name=" + fq("core1.lon-dc2")),
    # -- typos and reformatting -------------------------------------------------------------
    ("acc-sw-3.nyc-hq", "one", "name=" + fq("acc-sw-03.nyc-hq")),
    ("core1.lon-cd2", "one", "name=" + fq("core1.lon-dc2")),
    ("fw1.syd-dc1.exmaple.net", "one", "name=" + fq("fw1.syd-dc1")),
    ("cor1.tyo-dc1", "one", "name=" + fq("core1.tyo-dc1")),
    ("acc-sw-01.roi-br1", "one", "name=" + fq("acc-sw-01.rio-br1")),
    ("acc sw 2 melbourne", "one", "name=" + fq("acc-sw-02.mel-ofc1")),
    ("the tokio firewall", "one", "name=" + fq("fw1.tyo-dc1")),
    ("the los angles firewall", "one", "name=" + fq("fw1.lax-dc1")),
    ("firewalls in sydeny", "many", "role=firewall & city=Sydney"),
    ("melbourn switches", "many", "city=Melbourne & " + SW),
    # -- spoken forms -----------------------------------------------------------------------
    ("the second access switch in new york", "one", "name=" + fq("acc-sw-02.nyc-hq")),
    ("london core switch 2", "one", "name=" + fq("core2.lon-dc2")),
    ("tokyo datacenter router 1", "one", "name=" + fq("rtr1.tyo-dc1")),
    ("the first router in sao paulo", "one", "name=" + fq("rtr1.spo-dc1")),
    ("the third access switch in the london office", "one", "name=" + fq("acc-sw-03.lon-ofc1")),
    ("osaka branch router", "one", "name=" + fq("rtr1.osa-br1")),
    ("melbourne office switch 2", "one", "name=" + fq("acc-sw-02.mel-ofc1")),
    ("the los angeles core switch", "one", "name=" + fq("core1.lax-dc1")),
    ("the firewall in LA", "one", "name=" + fq("fw1.lax-dc1")),
    ("new york datacenter 1 router 2", "one", "name=" + fq("rtr2.nyc-dc1")),
    ("the hq core in nyc", "one", "name=" + fq("core1.nyc-hq")),
    ("manchester switch", "one", "name=" + fq("acc-sw-01.man-br1")),
    ("the osaka switch", "one", "name=" + fq("acc-sw-01.osa-br1")),
    ("the manchester router", "one", "name=" + fq("rtr1.man-br1")),
    ("the san francisco firewall", "one", "name=" + fq("fw1.sfo-lab")),
    ("saopaulo firewall", "one", "name=" + fq("fw1.spo-dc1")),
    ("são paulo core", "one", "name=" + fq("core1.spo-dc1")),
    ("nyc hq firewall", "one", "name=" + fq("fw1.nyc-hq")),
    ("the rio de janeiro router", "one", "name=" + fq("rtr1.rio-br1")),
    ("edge router in LA", "one", "name=" + fq("rtr1.lax-dc1")),
    ("the core switch in the sydney datacenter", "one", "name=" + fq("core1.syd-dc1")),
    ("firewall 1 in the london datacenter", "one", "name=" + fq("fw1.lon-dc2")),
    ("the hp box in manchester", "one", "name=" + fq("acc-sw-01.man-br1")),
    ("the brazil firewall", "one", "name=" + fq("fw1.spo-dc1")),
    ("the LA router", "one", "name=" + fq("rtr1.lax-dc1")),
    ("the procurve in london", "one", "name=" + fq("acc-sw-03.lon-ofc1")),
    ("the arista in tokyo", "one", "name=" + fq("acc-sw-01.tyo-dc1")),
    ("the nexus in sao paulo", "one", "name=" + fq("core1.spo-dc1")),
    ("the sf lab switch", "one", "name=" + fq("acc-sw-01.sfo-lab")),
    # -- numbers as words and ordinals ------------------------------------------------------
    ("access switch four at new york hq", "one", "name=" + fq("acc-sw-04.nyc-hq")),
    ("tokyo core two", "one", "name=" + fq("core2.tyo-dc1")),
    ("the 2nd router in nyc dc1", "one", "name=" + fq("rtr2.nyc-dc1")),
    ("london datacenter two firewall one", "one", "name=" + fq("fw1.lon-dc2")),
    ("rio access switch number 2", "one", "name=" + fq("acc-sw-02.rio-br1")),
    ("sydney firewall number two", "one", "name=" + fq("fw2.syd-dc1")),
    ("sydney router one", "one", "name=" + fq("rtr1.syd-dc1")),
    ("access switch three in the london office", "one", "name=" + fq("acc-sw-03.lon-ofc1")),
    ("the fourth access switch at the new york headquarters", "one",
     "name=" + fq("acc-sw-04.nyc-hq")),
    # -- aliases ----------------------------------------------------------------------------
    ("the big core", "one", "alias=big-core"),
    ("big core cpu", "one", "alias=big-core"),
    ("lab fw", "one", "alias=lab-fw"),
    ("the lab firewall", "one", "alias=lab-fw"),
    ("the lab switch", "one", "alias=lab-sw"),
    ("lon transit a", "one", "alias=lon-transit-a"),
    ("both lon transit routers", "many", "alias=lon-transit-a,lon-transit-b"),
    ("hq-wan", "one", "alias=hq-wan"),
    ("harbour core", "one", "alias=harbour-core"),
    ("ping from ipiranga", "one", "alias=ipiranga"),
    ("the reception switch", "one", "alias=reception-sw"),
    ("shinjuku fw", "one", "alias=shinjuku-fw"),
    # -- plural sets ------------------------------------------------------------------------
    ("every juniper box in tokyo", "many", "vendor=juniper & city=Tokyo"),
    ("all firewalls outside the US", "many", "role=firewall & country!=United States"),
    ("all switches in london except core1", "many",
     f"city=London & {SW} & name!=" + fq("core1.lon-dc2")),
    ("all arista switches", "many", f"vendor=arista & {SW}"),
    ("every aruba switch", "many", "vendor=aruba"),
    ("the hp switches", "many", "vendor=hp"),
    ("procurve switches in brazil", "many", "platform=hp_procurve & country=Brazil"),
    ("all nexus devices", "many", "platform=cisco_nxos"),
    ("nexus switches in new york", "many", "platform=cisco_nxos & city=New York"),
    ("list the routers in japan", "many", "role=router & country=Japan"),
    ("all devices in australia", "many", "country=Australia"),
    ("everything in sao paulo", "many", "city=São Paulo"),
    ("all core switches in the uk", "many", "role=core_switch & country=United Kingdom"),
    ("access switches in the london office", "many", "site=LON-OFC1 & role=switch"),
    ("the new york hq switches", "many", f"site=NYC-HQ & {SW}"),
    ("every router in brazil and australia", "many", "role=router & country=Brazil,Australia"),
    ("firewalls in london and sydney", "many", "role=firewall & city=London,Sydney"),
    ("all juniper routers", "many", "vendor=juniper & role=router"),
    ("cisco routers in brazil", "many", "vendor=cisco & role=router & country=Brazil"),
    ("all devices except the firewalls", "many", "role!=firewall"),
    ("every switch outside japan and the us", "many",
     f"{SW} & country!=Japan,United States"),
    ("both tokyo core switches", "many", "city=Tokyo & role=core_switch"),
    ("core1 and core2 in tokyo", "many", "city=Tokyo & role=core_switch"),
    ("acc-sw-01 through acc-sw-04 at nyc-hq", "many", "site=NYC-HQ & role=switch"),
    ("rtr1.nyc-dc1 and rtr2.nyc-dc1", "many", "site=NYC-DC1 & role=router"),
    ("all access switches in melbourne and manchester", "many",
     "role=switch & city=Melbourne,Manchester"),
    ("the datacenter firewalls", "many", f"role=firewall & {DC_SITES}"),
    ("all branch routers", "many", f"role=router & {BR_SITES}"),
    ("every eos device", "many", "platform=arista_eos"),
    ("aos-cx switches in new york", "many", "platform=aruba_aoscx & city=New York"),
    ("all firewalls in north america", "many", "role=firewall & country=United States"),
    ("all devices in apac", "many", "country=Japan,Australia"),
    ("everything in south america", "many", "country=Brazil"),
    ("all switches in europe", "many", f"country=United Kingdom & {SW}"),
    ("non-core switches in new york", "many", "role=switch & city=New York"),
    ("routers other than cisco", "many", "role=router & vendor!=cisco"),
    ("all devices in los angeles and san francisco", "many",
     "city=Los Angeles,San Francisco"),
    ("everything at nyc-dc1 except the firewall", "many", "site=NYC-DC1 & role!=firewall"),
    ("everything in new york except the cisco gear", "many", "city=New York & vendor!=cisco"),
    ("the british routers", "many", "role=router & country=United Kingdom"),
    ("japanese switches", "many", f"country=Japan & {SW}"),
    ("all routers in england", "many", "role=router & country=United Kingdom"),
    ("every router in new york", "many", "city=New York & role=router"),
    ("the core switches in new york city", "many", "city=New York & role=core_switch"),
    ("the two nyc datacenter routers", "many", "site=NYC-DC1 & role=router"),
    # -- ambiguous --------------------------------------------------------------------------
    ("the london router", "ambiguous", "city=London & role=router"),
    ("the new york firewall", "ambiguous", "city=New York & role=firewall"),
    ("the sydney firewall", "ambiguous", "city=Sydney & role=firewall"),
    ("the tokyo core switch", "ambiguous", "city=Tokyo & role=core_switch"),
    ("the melbourne access switch", "ambiguous", "city=Melbourne & role=switch"),
    ("the juniper router in new york", "ambiguous",
     "city=New York & role=router & vendor=juniper"),
    ("router 1 in new york", "ambiguous", "city=New York & name=" + fq("rtr1.nyc-hq") + ","
     + fq("rtr1.nyc-dc1")),
    ("the aruba switch in london", "ambiguous", "city=London & vendor=aruba"),
    ("the rio switch", "ambiguous", "city=Rio de Janeiro & role=switch"),
    ("the juniper in sydney", "ambiguous", "city=Sydney & vendor=juniper"),
    ("the hp switch in rio", "ambiguous", "city=Rio de Janeiro & vendor=hp"),
    ("the core switch in london", "ambiguous", "city=London & role=core_switch"),
    # -- none -------------------------------------------------------------------------------
    ("the paris router", "none", ""),
    ("routers in germany", "none", ""),
    ("the fourth firewall in london", "none", ""),
    ("core3.lon-dc2", "none", ""),
    ("acc-sw-05.nyc-hq", "none", ""),
    ("the chicago core switch", "none", ""),
    ("rtr1.lon-dc3", "none", ""),
    ("tokyo branch router", "none", ""),
    ("the fortigate in sydney", "none", ""),
    ("firewalls in osaka", "none", ""),
    ("the wireless controller in new york", "none", ""),
    ("the third core switch in new york", "none", ""),
    ("the perth router", "none", ""),
    ("router 3 in sao paulo", "none", ""),
    ("the arista in rio", "none", ""),
    ("switches in kyoto", "none", ""),
    ("the third switch in rio", "none", ""),
    ("show version", "none", ""),
]


def inventory() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """hosts.yaml content and a flat table (one row per host, ``why`` fields) of the inventory."""
    hosts: dict[str, Any] = {}
    table: list[dict[str, Any]] = []
    for i, (site, role_index, platform, aliases) in enumerate(HOSTS):
        name = fq(f"{role_index}.{site.lower()}")
        role = ROLE_CODE[role_index.rstrip("0123456789")]
        add_host(hosts, table, name, f"127.94.{i // 100}.{i % 100 + 10}", platform,
                 VENDOR[platform], role, site, SITES[site], aliases)
    return hosts, table


def main(argv: list[str]) -> int:
    hosts, table = inventory()
    built = label(CASES, table, "rp3")
    return write_or_check(argv, hosts, VENDOR, built, INVENTORY, SET)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
