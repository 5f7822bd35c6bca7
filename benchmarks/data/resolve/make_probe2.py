"""Write the ``probe2`` resolution inventory and its labelled query set, and check the labels.

Run from the repository root: ``python benchmarks/data/resolve/make_probe2.py`` (writes
``inventory_probe2/`` and ``resolve_probe2.jsonl``); ``--check`` only recomputes every case's
``hosts`` from its ``why`` filter and compares with the JSONL on disk.

The inventory has the dev inventory's shape (``platform``, ``groups: [<platform>]``, ``data``:
``vendor``, ``role``, ``site``, ``location {name, city, country, latitude, longitude}``,
``aliases``) but another naming convention, ``<cc>-<city code>-<site>-<role><nn>`` in lower case
(``de-muc-dc2-rtr01`` = Germany, Munich, datacenter 2, router 1; role codes ``acc`` access
switch, ``core`` core switch, ``rtr`` router, ``fw`` firewall), and cities the dev inventory does
not use, several with a native and an English name (München, Cologne/Köln, The Hague/Den Haag,
Mumbai/Bombay, Chennai/Madras, São Paulo, Wien/Vienna, Ho Chi Minh City/Saigon, New York/NYC).

Each case's hosts are computed from its ``why`` filter (clauses joined by `` & ``, each
``field=v1,v2`` (any of) or ``field!=v1,v2`` (none of); fields ``name``, ``alias``, ``city``,
``country``, ``site``, ``role``, ``vendor``, ``platform``; case-insensitive exact values), never
from the resolver; ``none`` cases have no filter.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from probe_labels import add_host, label, write_or_check  # next to this script

HERE = Path(__file__).resolve().parent
INVENTORY = HERE / "inventory_probe2"
SET = HERE / "resolve_probe2.jsonl"

# site: (city as in data, country, location name word, number, latitude, longitude)
SITES = {
    "MUC-DC1": ("München", "Germany", "Datacenter", 1, 48.1374, 11.5755),
    "MUC-DC2": ("München", "Germany", "Datacenter", 2, 48.1374, 11.5755),
    "MUC-B1": ("München", "Germany", "Building", 1, 48.1374, 11.5755),
    "CGN-B1": ("Cologne", "Germany", "Building", 1, 50.9375, 6.9603),
    "CGN-B2": ("Cologne", "Germany", "Building", 2, 50.9375, 6.9603),
    "HAG-DC1": ("The Hague", "Netherlands", "Datacenter", 1, 52.0705, 4.3007),
    "HAG-B1": ("The Hague", "Netherlands", "Building", 1, 52.0705, 4.3007),
    "BOM-DC1": ("Mumbai", "India", "Datacenter", 1, 19.076, 72.8777),
    "BOM-B1": ("Mumbai", "India", "Building", 1, 19.076, 72.8777),
    "MAA-DC1": ("Chennai", "India", "Datacenter", 1, 13.0827, 80.2707),
    "MAA-B1": ("Chennai", "India", "Building", 1, 13.0827, 80.2707),
    "NYC-DC1": ("New York", "United States", "Datacenter", 1, 40.7128, -74.006),
    "NYC-B2": ("New York", "United States", "Building", 2, 40.7128, -74.006),
    "SAO-DC1": ("São Paulo", "Brazil", "Datacenter", 1, -23.5505, -46.6333),
    "SAO-B1": ("São Paulo", "Brazil", "Building", 1, -23.5505, -46.6333),
    "VIE-B1": ("Wien", "Austria", "Building", 1, 48.2082, 16.3738),
    "SGN-B1": ("Ho Chi Minh City", "Vietnam", "Building", 1, 10.8231, 106.6297),
}
CC = {"Germany": "de", "Netherlands": "nl", "India": "in", "United States": "us",
      "Brazil": "br", "Austria": "at", "Vietnam": "vn"}
ROLE_CODE = {"acc": "switch", "core": "core_switch", "rtr": "router", "fw": "firewall"}
VENDOR = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
          "juniper_junos": "juniper", "aruba_aoscx": "aruba", "hp_procurve": "hp"}

# (site, role code + index, platform, aliases)
HOSTS: list[tuple[str, str, str, list[str]]] = [
    ("MUC-DC1", "core01", "arista_eos", ["muc-spine-1"]),
    ("MUC-DC1", "core02", "arista_eos", []),
    ("MUC-DC1", "rtr01", "juniper_junos", ["internet-edge-1"]),
    ("MUC-DC1", "rtr02", "juniper_junos", ["internet-edge-2"]),
    ("MUC-DC1", "fw01", "juniper_junos", []),
    ("MUC-DC2", "core01", "cisco_nxos", []),
    ("MUC-DC2", "rtr01", "cisco_ios", []),
    ("MUC-DC2", "fw01", "juniper_junos", []),
    ("MUC-B1", "acc01", "aruba_aoscx", []),
    ("MUC-B1", "acc02", "aruba_aoscx", []),
    ("MUC-B1", "acc03", "hp_procurve", []),
    ("CGN-B1", "acc01", "hp_procurve", []),
    ("CGN-B1", "acc02", "hp_procurve", []),
    ("CGN-B1", "rtr01", "cisco_ios", ["dom"]),
    ("CGN-B2", "acc01", "aruba_aoscx", []),
    ("CGN-B2", "fw01", "juniper_junos", []),
    ("HAG-DC1", "core01", "arista_eos", ["core-a"]),
    ("HAG-DC1", "core02", "arista_eos", ["core-b"]),
    ("HAG-DC1", "rtr01", "juniper_junos", []),
    ("HAG-DC1", "fw01", "juniper_junos", ["gatekeeper"]),
    ("HAG-B1", "acc01", "aruba_aoscx", []),
    ("BOM-DC1", "core01", "cisco_nxos", ["bom-spine"]),
    ("BOM-DC1", "rtr01", "cisco_ios", []),
    ("BOM-DC1", "rtr02", "cisco_ios", []),
    ("BOM-DC1", "fw01", "juniper_junos", []),
    ("BOM-B1", "acc01", "cisco_ios", []),
    ("BOM-B1", "acc02", "cisco_ios", []),
    ("MAA-DC1", "core01", "arista_eos", []),
    ("MAA-DC1", "core02", "arista_eos", []),
    ("MAA-DC1", "rtr01", "juniper_junos", []),
    ("MAA-B1", "acc01", "arista_eos", ["marina"]),
    ("MAA-B1", "acc02", "aruba_aoscx", []),
    ("MAA-B1", "fw01", "juniper_junos", []),
    ("NYC-DC1", "core01", "cisco_nxos", []),
    ("NYC-DC1", "rtr01", "cisco_ios", ["broadway"]),
    ("NYC-DC1", "rtr02", "cisco_ios", ["liberty"]),
    ("NYC-DC1", "fw01", "juniper_junos", []),
    ("NYC-DC1", "fw02", "juniper_junos", []),
    ("NYC-B2", "acc01", "hp_procurve", []),
    ("SAO-DC1", "rtr01", "juniper_junos", ["paulista-wan"]),
    ("SAO-DC1", "core01", "cisco_nxos", []),
    ("SAO-DC1", "fw01", "juniper_junos", []),
    ("SAO-B1", "acc01", "aruba_aoscx", []),
    ("VIE-B1", "rtr01", "cisco_ios", ["vie-wan", "schoenbrunn"]),
    ("VIE-B1", "acc01", "hp_procurve", []),
    ("SGN-B1", "rtr01", "cisco_ios", []),
    ("SGN-B1", "acc01", "aruba_aoscx", []),
]

SW = "role=switch,core_switch"
CASES: list[tuple[str, str, str]] = [
    # -- one: full names, case, typos, spoken forms ---------------------------------------------
    ("de-muc-dc2-rtr01", "one", "name=de-muc-dc2-rtr01"),
    ("show version on nl-hag-dc1-fw01", "one", "name=nl-hag-dc1-fw01"),
    ("US-NYC-DC1-RTR02 bgp summary", "one", "name=us-nyc-dc1-rtr02"),
    ("cpu on in-bom-dc1-core1", "one", "name=in-bom-dc1-core01"),
    ("interfaces de-muc-dc1-croe02", "one", "name=de-muc-dc1-core02"),
    ("br-sao-dc1-rtr01 uptime", "one", "name=br-sao-dc1-rtr01"),
    ("munich dc two router one", "one", "name=de-muc-dc2-rtr01"),
    ("nyc dc1 fw 2", "one", "name=us-nyc-dc1-fw02"),
    ("hague dc1 core 2", "one", "name=nl-hag-dc1-core02"),
    ("de muc b1 acc 3", "one", "name=de-muc-b1-acc03"),
    # -- one: a role unique in a site / city, alternative city names --------------------------
    ("munich datacenter 1 firewall", "one", "site=MUC-DC1 & role=firewall"),
    ("the firewall in münchen dc2", "one", "site=MUC-DC2 & role=firewall"),
    ("köln building 2 firewall", "one", "site=CGN-B2 & role=firewall"),
    ("the cologne firewall", "one", "city=Cologne & role=firewall"),
    ("the koeln router", "one", "city=Cologne & role=router"),
    ("the router in cologne building 1", "one", "site=CGN-B1 & role=router"),
    ("den haag router", "one", "city=The Hague & role=router"),
    ("the hague firewall", "one", "city=The Hague & role=firewall"),
    ("the madras firewall", "one", "city=Chennai & role=firewall"),
    ("chennai router", "one", "city=Chennai & role=router"),
    ("bombay firewall", "one", "city=Mumbai & role=firewall"),
    ("the sao paulo firewall", "one", "city=São Paulo & role=firewall"),
    ("são paulo router", "one", "city=São Paulo & role=router"),
    ("vienna router", "one", "city=Wien & role=router"),
    ("the switch in wien", "one", f"city=Wien & {SW}"),
    ("saigon router", "one", "city=Ho Chi Minh City & role=router"),
    ("ho chi minh city switch", "one", f"city=Ho Chi Minh City & {SW}"),
    ("new york building 2 switch", "one", f"site=NYC-B2 & {SW}"),
    ("the nyc core switch", "one", "city=New York & role=core_switch"),
    ("mumbai core switch", "one", "city=Mumbai & role=core_switch"),
    # -- one: vendor / platform words -------------------------------------------------------------
    ("the hp switch in new york", "one", "city=New York & vendor=hp"),
    ("the juniper router in chennai", "one", "city=Chennai & role=router & vendor=juniper"),
    ("the nexus in sao paulo", "one", "city=São Paulo & platform=cisco_nxos"),
    ("the procurve in vienna", "one", "city=Wien & platform=hp_procurve"),
    ("the aoscx switch in são paulo", "one", "city=São Paulo & platform=aruba_aoscx"),
    ("the eos box in madras building 1", "one", "site=MAA-B1 & vendor=arista"),
    # -- one: aliases ---------------------------------------------------------------------------
    ("core-a", "one", "alias=core-a"),
    ("interfaces on core b", "one", "alias=core-b"),
    ("cpu on broadway", "one", "alias=broadway"),
    ("ping from liberty", "one", "alias=liberty"),
    ("gatekeeper sessions", "one", "alias=gatekeeper"),
    ("vie-wan", "one", "alias=vie-wan"),
    ("paulista-wan", "one", "alias=paulista-wan"),
    ("the marina switch", "one", "alias=marina"),
    # -- one: harder reformatting, typos of cities, ordinals ------------------------------------
    ("muc-dc2-rtr01", "one", "name=de-muc-dc2-rtr01"),
    ("de_muc_dc1_fw01", "one", "name=de-muc-dc1-fw01"),
    ("DE-MUC-DC1-RTR-02", "one", "name=de-muc-dc1-rtr02"),
    ("new york dc one firewall two", "one", "name=us-nyc-dc1-fw02"),
    ("the second router in munich dc1", "one", "name=de-muc-dc1-rtr02"),
    ("access switch 3 in munich building 1", "one", "name=de-muc-b1-acc03"),
    ("the muenchen dc2 router", "one", "site=MUC-DC2 & role=router"),
    ("the munchen dc2 firewall", "one", "site=MUC-DC2 & role=firewall"),
    ("the sao paolo router", "one", "city=São Paulo & role=router"),
    ("the new york city hp switch", "one", "city=New York & vendor=hp"),
    ("the router in the austrian office", "one", "country=Austria & role=router"),
    ("the vietnam router", "one", "country=Vietnam & role=router"),
    ("the srx in koeln", "one", "city=Cologne & vendor=juniper & role=firewall"),
    ("sh ver nyc-dc1-rtr1", "one", "name=us-nyc-dc1-rtr01"),
    ("hague firewall", "one", "city=The Hague & role=firewall"),
    # -- many -----------------------------------------------------------------------------------
    ("all firewalls in munich", "many", "city=München & role=firewall"),
    ("core switches at the hague", "many", "city=The Hague & role=core_switch"),
    ("all the arista boxes in madras", "many", "city=Chennai & vendor=arista"),
    ("switches in cologne", "many", f"city=Cologne & {SW}"),
    ("routers in nyc", "many", "city=New York & role=router"),
    ("all devices in bombay", "many", "city=Mumbai"),
    ("juniper firewalls in germany", "many", "country=Germany & vendor=juniper & role=firewall"),
    ("every router in india", "many", "country=India & role=router"),
    ("access switches in munich building 1", "many", "site=MUC-B1 & role=switch"),
    ("all procurve switches", "many", "platform=hp_procurve"),
    ("everything in holland", "many", "country=Netherlands"),
    ("nexus switches", "many", "platform=cisco_nxos"),
    ("all routers in münchen dc1", "many", "site=MUC-DC1 & role=router"),
    ("firewalls in new york and são paulo", "many", "city=New York,São Paulo & role=firewall"),
    ("munich and cologne routers", "many", "city=München,Cologne & role=router"),
    ("all switches in the us", "many", f"country=United States & {SW}"),
    ("aruba switches in germany", "many", "country=Germany & vendor=aruba"),
    ("all firewalls except munich", "many", "role=firewall & city!=München"),
    ("non-cisco switches in india", "many", f"country=India & {SW} & vendor!=cisco"),
    ("everything in datacenter 1 in mumbai", "many", "site=BOM-DC1"),
    ("core-a and core-b", "many", "alias=core-a,core-b"),
    ("the junos boxes in the hague", "many", "city=The Hague & platform=juniper_junos"),
    # -- many: countries, demonyms, negations, lists ---------------------------------------------
    ("german firewalls", "many", "country=Germany & role=firewall"),
    ("firewalls in the usa", "many", "country=United States & role=firewall"),
    ("routers not in germany", "many", "role=router & country!=Germany"),
    ("everything in munich except the firewalls", "many", "city=München & role!=firewall"),
    ("de-muc-dc1-rtr01, de-muc-dc1-rtr02 and de-muc-dc2-rtr01", "many",
     "name=de-muc-dc1-rtr01,de-muc-dc1-rtr02,de-muc-dc2-rtr01"),
    ("broadway and liberty", "many", "alias=broadway,liberty"),
    ("all switches in brazil", "many", f"country=Brazil & {SW}"),
    ("newyork routers", "many", "city=New York & role=router"),
    ("the catalyst switches in mumbai", "many", f"city=Mumbai & platform=cisco_ios & {SW}"),
    ("both internet edges", "many", "alias=internet-edge-1,internet-edge-2"),
    # -- ambiguous: one device meant, several match ---------------------------------------------
    ("the munich router", "ambiguous", "city=München & role=router"),
    ("the core switch in munich dc1", "ambiguous", "site=MUC-DC1 & role=core_switch"),
    ("the hague core switch", "ambiguous", "city=The Hague & role=core_switch"),
    ("the bombay router", "ambiguous", "city=Mumbai & role=router"),
    ("nyc firewall", "ambiguous", "city=New York & role=firewall"),
    ("the switch in munich building 1", "ambiguous", f"site=MUC-B1 & {SW}"),
    ("the cologne switch", "ambiguous", f"city=Cologne & {SW}"),
    ("the chennai core switch", "ambiguous", "city=Chennai & role=core_switch"),
    ("the arista in the hague", "ambiguous", "city=The Hague & vendor=arista"),
    ("new york router", "ambiguous", "city=New York & role=router"),
    ("the procurve in cologne", "ambiguous", "city=Cologne & platform=hp_procurve"),
    ("the munich firewall", "ambiguous", "city=München & role=firewall"),
    ("muc dc1 rtr", "ambiguous", "site=MUC-DC1 & role=router"),
    ("the firewall in india", "ambiguous", "country=India & role=firewall"),
    ("the juniper router in germany", "ambiguous",
     "country=Germany & role=router & vendor=juniper"),
    ("madras switch", "ambiguous", f"city=Chennai & {SW}"),
    ("the dutch core switch", "ambiguous", "country=Netherlands & role=core_switch"),
    ("the new york dc1 router", "ambiguous", "site=NYC-DC1 & role=router"),
    ("the brazilian switch", "ambiguous", f"country=Brazil & {SW}"),
    # -- none -------------------------------------------------------------------------------------
    ("de-muc-dc3-rtr01", "none", ""),
    ("the firewall in vienna", "none", ""),
    ("routers in amsterdam", "none", ""),
    ("berlin core switch", "none", ""),
    ("nl-hag-dc1-core03", "none", ""),
    ("show version on us-nyc-dc1-fw03", "none", ""),
    ("the saigon firewall", "none", ""),
    ("core-c", "none", ""),
    ("br-sao-dc2-rtr01", "none", ""),
    ("the palo alto firewall", "none", ""),
    ("switches in rotterdam", "none", ""),
    ("de-cgn-b3-acc01", "none", ""),
    ("the fortinet in munich", "none", ""),
    ("madras building 3 router", "none", ""),
    ("in-bom-dc1-rtr03", "none", ""),
    ("the core switch in vienna", "none", ""),
    ("routers in japan", "none", ""),
    ("munich dc2 router 2", "none", ""),
    ("the aruba switch in vienna", "none", ""),
    ("chennai dc2 core switch", "none", ""),
    ("sydney routers", "none", ""),
    ("de-muc-dc1-rtr05", "none", ""),
    ("firewalls in austria", "none", ""),
    ("the italian router", "none", ""),
    ("muc-dc2-rtr05", "none", ""),
    ("xyz-dc2-rtr01", "none", ""),
]


def inventory() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """hosts.yaml content and a flat table (one row per host, ``why`` fields) of the inventory."""
    hosts: dict[str, Any] = {}
    table: list[dict[str, Any]] = []
    for i, (site, role_index, platform, aliases) in enumerate(HOSTS):
        city, country, word, num, lat, lon = SITES[site]
        code, kind = site.lower().split("-")
        name = f"{CC[country]}-{code}-{kind}-{role_index}"
        role = ROLE_CODE[role_index.rstrip("0123456789")]
        location = (city, country, f"{city} {word} {num}", lat, lon)
        add_host(hosts, table, name, f"127.93.{i // 100}.{i % 100 + 10}", platform,
                 VENDOR[platform], role, site, location, aliases)
    return hosts, table


def main(argv: list[str]) -> int:
    hosts, table = inventory()
    built = label(CASES, table, "probe2")
    return write_or_check(argv, hosts, VENDOR, built, INVENTORY, SET)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
