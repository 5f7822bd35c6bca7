"""Write the ``probe4`` resolution inventory and its labelled query set, and check the labels.

Run from the repository root: ``python benchmarks/data/resolve/make_probe4.py`` (writes
``inventory_probe4/`` and ``resolve_probe4.jsonl``); ``--check`` only recomputes every case's
``hosts`` from its ``why`` filter and compares with the JSONL on disk.

The inventory has the dev inventory's shape (``platform``, ``groups: [<platform>]``, ``data``:
``vendor``, ``role``, ``site``, ``location {name, city, country, latitude, longitude}``,
``aliases``) but upper-case names with underscores and a function code,
``<CITY>_<SITE KIND><NN>_<FUNCTION>_<NN or A/B>``: ``FRA_DC01_SPINE_01`` (Frankfurt datacenter
1, spine 1), ``PAR_OF02_ACC_12`` (Paris office 2, access switch 12), ``MAD_BR01_WAN_01``
(Madrid branch 1, WAN router 1), ``WAW_DC01_FW_A`` / ``_B`` (a Warsaw firewall pair). The
function codes are finer than the role field: SPINE, CORE and DIST are ``core_switch``, LEAF
and ACC are ``switch``, WAN, EDGE and BORDER are ``router``, FW is ``firewall``. Sites are in
continental Europe (Frankfurt, Paris, Madrid, Warsaw, Milan, Lisbon), the Middle East (Dubai,
Riyadh) and Africa (Cairo, Johannesburg, Nairobi), of kinds ``DC`` (datacenter), ``OF``
(office) and ``BR`` (branch).

Each case's hosts are computed from its ``why`` filter (clauses joined by `` & ``, each
``field=v1,v2`` (any of) or ``field!=v1,v2`` (none of); fields ``name``, ``alias``, ``city``,
``country``, ``site``, ``role``, ``vendor``, ``platform``; case-insensitive exact values), never
from the resolver; ``none`` cases have no filter. A request for a function code (``spine``,
``leaf``, ``wan``, ``border``, ``edge``, ``dist``) is labelled with the names that carry it. The
set was written blind (without reading the earlier probe sets' queries) before any resolver
change for it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from probe_labels import add_host, label, write_or_check  # next to this script

HERE = Path(__file__).resolve().parent
INVENTORY = HERE / "inventory_probe4"
SET = HERE / "resolve_probe4.jsonl"

# site: (city as in data, country, location name, latitude, longitude)
SITES = {
    "FRA_DC01": ("Frankfurt", "Germany", "Frankfurt Datacenter 1", 50.1109, 8.6821),
    "FRA_OF01": ("Frankfurt", "Germany", "Frankfurt Office 1", 50.1109, 8.6821),
    "PAR_OF02": ("Paris", "France", "Paris Office 2", 48.8566, 2.3522),
    "MAD_BR01": ("Madrid", "Spain", "Madrid Branch 1", 40.4168, -3.7038),
    "WAW_DC01": ("Warsaw", "Poland", "Warsaw Datacenter 1", 52.2297, 21.0122),
    "MIL_OF01": ("Milan", "Italy", "Milan Office 1", 45.4642, 9.19),
    "LIS_BR01": ("Lisbon", "Portugal", "Lisbon Branch 1", 38.7223, -9.1393),
    "DXB_DC01": ("Dubai", "United Arab Emirates", "Dubai Datacenter 1", 25.2048, 55.2708),
    "RUH_OF01": ("Riyadh", "Saudi Arabia", "Riyadh Office 1", 24.7136, 46.6753),
    "CAI_BR01": ("Cairo", "Egypt", "Cairo Branch 1", 30.0444, 31.2357),
    "JNB_DC01": ("Johannesburg", "South Africa", "Johannesburg Datacenter 1", -26.2041, 28.0473),
    "NBO_BR01": ("Nairobi", "Kenya", "Nairobi Branch 1", -1.2921, 36.8219),
}
FUNCTION_ROLE = {"SPINE": "core_switch", "CORE": "core_switch", "DIST": "core_switch",
                 "LEAF": "switch", "ACC": "switch", "WAN": "router", "EDGE": "router",
                 "BORDER": "router", "FW": "firewall"}
VENDOR = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
          "juniper_junos": "juniper", "aruba_aoscx": "aruba", "hp_procurve": "hp"}

# (site, function, index, platform, aliases)
HOSTS: list[tuple[str, str, str, str, list[str]]] = [
    ("FRA_DC01", "SPINE", "01", "arista_eos", []),
    ("FRA_DC01", "SPINE", "02", "arista_eos", []),
    ("FRA_DC01", "LEAF", "01", "arista_eos", []),
    ("FRA_DC01", "LEAF", "02", "arista_eos", []),
    ("FRA_DC01", "LEAF", "03", "arista_eos", []),
    ("FRA_DC01", "LEAF", "04", "arista_eos", []),
    ("FRA_DC01", "BORDER", "01", "juniper_junos", ["decix-uplink"]),
    ("FRA_DC01", "FW", "A", "juniper_junos", []),
    ("FRA_DC01", "FW", "B", "juniper_junos", []),
    ("FRA_OF01", "ACC", "01", "aruba_aoscx", []),
    ("FRA_OF01", "WAN", "01", "cisco_ios", []),
    ("PAR_OF02", "DIST", "01", "cisco_nxos", ["la-defense-dist"]),
    ("PAR_OF02", "ACC", "11", "hp_procurve", []),
    ("PAR_OF02", "ACC", "12", "hp_procurve", []),
    ("PAR_OF02", "WAN", "01", "cisco_ios", []),
    ("PAR_OF02", "FW", "01", "juniper_junos", []),
    ("MAD_BR01", "WAN", "01", "cisco_ios", []),
    ("MAD_BR01", "ACC", "01", "hp_procurve", []),
    ("WAW_DC01", "CORE", "01", "cisco_nxos", ["mokotow-core"]),
    ("WAW_DC01", "LEAF", "01", "cisco_nxos", []),
    ("WAW_DC01", "LEAF", "02", "cisco_nxos", []),
    ("WAW_DC01", "EDGE", "01", "juniper_junos", []),
    ("WAW_DC01", "FW", "A", "juniper_junos", []),
    ("WAW_DC01", "FW", "B", "juniper_junos", []),
    ("MIL_OF01", "DIST", "01", "aruba_aoscx", []),
    ("MIL_OF01", "ACC", "01", "aruba_aoscx", []),
    ("MIL_OF01", "ACC", "02", "aruba_aoscx", []),
    ("MIL_OF01", "WAN", "01", "cisco_ios", ["porta-nuova-wan"]),
    ("LIS_BR01", "WAN", "01", "cisco_ios", []),
    ("LIS_BR01", "ACC", "01", "hp_procurve", ["alfama-sw"]),
    ("DXB_DC01", "SPINE", "01", "arista_eos", []),
    ("DXB_DC01", "SPINE", "02", "arista_eos", []),
    ("DXB_DC01", "LEAF", "01", "arista_eos", []),
    ("DXB_DC01", "LEAF", "02", "arista_eos", []),
    ("DXB_DC01", "LEAF", "03", "arista_eos", []),
    ("DXB_DC01", "BORDER", "01", "juniper_junos", ["dxb-ix-1"]),
    ("DXB_DC01", "BORDER", "02", "juniper_junos", ["dxb-ix-2"]),
    ("DXB_DC01", "FW", "A", "juniper_junos", []),
    ("DXB_DC01", "FW", "B", "juniper_junos", []),
    ("RUH_OF01", "ACC", "01", "aruba_aoscx", []),
    ("RUH_OF01", "WAN", "01", "cisco_ios", []),
    ("RUH_OF01", "FW", "01", "juniper_junos", ["olaya-fw"]),
    ("CAI_BR01", "WAN", "01", "cisco_ios", ["zamalek-rtr"]),
    ("CAI_BR01", "ACC", "01", "hp_procurve", []),
    ("JNB_DC01", "CORE", "01", "cisco_nxos", []),
    ("JNB_DC01", "LEAF", "01", "cisco_nxos", []),
    ("JNB_DC01", "EDGE", "01", "juniper_junos", ["sandton-edge"]),
    ("JNB_DC01", "FW", "01", "juniper_junos", []),
    ("NBO_BR01", "WAN", "01", "cisco_ios", []),
    ("NBO_BR01", "ACC", "01", "aruba_aoscx", ["westlands-sw"]),
]


def names(function: str, *sites: str) -> str:
    """``name=`` clause of every host with ``function`` (at ``sites``, or anywhere)."""
    return "name=" + ",".join(f"{s}_{f}_{i}" for s, f, i, _, _ in HOSTS
                             if f == function and (not sites or s in sites))


SW = "role=switch,core_switch"
EUROPE = "country=Germany,France,Spain,Poland,Italy,Portugal"
AFRICA = "country=Egypt,South Africa,Kenya"
GULF = "country=United Arab Emirates,Saudi Arabia"

# (query, expect, why)
CASES: list[tuple[str, str, str]] = [
    # -- full names, reformatted, typos ------------------------------------------------------
    ("FRA_DC01_SPINE_01", "one", "name=FRA_DC01_SPINE_01"),
    ("show version on fra_dc01_leaf_03", "one", "name=FRA_DC01_LEAF_03"),
    ("FRA-DC01-LEAF-04 uptime", "one", "name=FRA_DC01_LEAF_04"),
    ("fra dc01 leaf 02", "one", "name=FRA_DC01_LEAF_02"),
    ("FRA_DC1_LEAF_1", "one", "name=FRA_DC01_LEAF_01"),
    ("fradc01leaf03", "one", "name=FRA_DC01_LEAF_03"),
    ("FRA_DC01_LAEF_03", "one", "name=FRA_DC01_LEAF_03"),
    ("WAW_DC01_FW_A", "one", "name=WAW_DC01_FW_A"),
    ("waw dc01 fw b", "one", "name=WAW_DC01_FW_B"),
    ("waw-dc01-fw-b sessions", "one", "name=WAW_DC01_FW_B"),
    ("PAR_OF02_ACC_12", "one", "name=PAR_OF02_ACC_12"),
    ("par_of2_acc_11 interfaces", "one", "name=PAR_OF02_ACC_11"),
    ("MAD_BR01_WAN_01", "one", "name=MAD_BR01_WAN_01"),
    ("DXB_DC01_BORDER_2", "one", "name=DXB_DC01_BORDER_02"),
    ("dxb_dc01_boarder_01 bgp", "one", "name=DXB_DC01_BORDER_01"),
    ("JNB_DC01_EGDE_01", "one", "name=JNB_DC01_EDGE_01"),
    # -- spoken forms: city, function code, number -------------------------------------------
    ("leaf 3 in frankfurt", "one", "name=FRA_DC01_LEAF_03"),
    ("frankfurt leaf03", "one", "name=FRA_DC01_LEAF_03"),
    ("frankfurt leaf three", "one", "name=FRA_DC01_LEAF_03"),
    ("the third leaf in frankfurt", "one", "name=FRA_DC01_LEAF_03"),
    ("fourth leaf switch at fra", "one", "name=FRA_DC01_LEAF_04"),
    ("dubai spine 1", "one", "name=DXB_DC01_SPINE_01"),
    ("the second spine in dubai", "one", "name=DXB_DC01_SPINE_02"),
    ("spine01 dubai", "one", "name=DXB_DC01_SPINE_01"),
    ("border 2 in dubai", "one", "name=DXB_DC01_BORDER_02"),
    ("dxb border 01", "one", "name=DXB_DC01_BORDER_01"),
    ("paris access switch 12", "one", "name=PAR_OF02_ACC_12"),
    ("paris acc 11", "one", "name=PAR_OF02_ACC_11"),
    ("warsaw leaf 2", "one", "name=WAW_DC01_LEAF_02"),
    ("milan acc 2", "one", "name=MIL_OF01_ACC_02"),
    ("johannesburg leaf 1", "one", "name=JNB_DC01_LEAF_01"),
    ("frankfurt datacenter spine 2", "one", "name=FRA_DC01_SPINE_02"),
    # -- A/B pairs -----------------------------------------------------------------------------
    ("the b firewall in warsaw", "one", "name=WAW_DC01_FW_B"),
    ("warsaw firewall a", "one", "name=WAW_DC01_FW_A"),
    ("firewall B in dubai", "one", "name=DXB_DC01_FW_B"),
    ("dubai fw a", "one", "name=DXB_DC01_FW_A"),
    ("frankfurt fw-b", "one", "name=FRA_DC01_FW_B"),
    ("the a-side firewall in frankfurt", "one", "name=FRA_DC01_FW_A"),
    # -- function codes as roles, unique in a place ---------------------------------------------
    ("the paris distribution switch", "one", "name=PAR_OF02_DIST_01"),
    ("the milan dist switch", "one", "name=MIL_OF01_DIST_01"),
    ("milano distribution switch", "one", "name=MIL_OF01_DIST_01"),
    ("lisboa wan router", "one", "name=LIS_BR01_WAN_01"),
    ("the lisbon router", "one", "name=LIS_BR01_WAN_01"),
    ("madrid wan router", "one", "name=MAD_BR01_WAN_01"),
    ("warszawa edge router", "one", "name=WAW_DC01_EDGE_01"),
    ("the edge router in johannesburg", "one", "name=JNB_DC01_EDGE_01"),
    ("show bgp on the frankfurt border router", "one", "name=FRA_DC01_BORDER_01"),
    ("the wan router in frankfurt", "one", "name=FRA_OF01_WAN_01"),
    ("the frankfurt office router", "one", "name=FRA_OF01_WAN_01"),
    ("cpu on the cairo wan router", "one", "name=CAI_BR01_WAN_01"),
    ("the core switch in johannesburg", "one", "name=JNB_DC01_CORE_01"),
    ("the warsaw core", "one", "name=WAW_DC01_CORE_01"),
    ("riyadh firewall", "one", "name=RUH_OF01_FW_01"),
    ("nairobi access switch", "one", "name=NBO_BR01_ACC_01"),
    ("joburg firewall", "one", "name=JNB_DC01_FW_01"),
    ("the spine switch 1 in frankfurt", "one", "name=FRA_DC01_SPINE_01"),
    ("frankfurt leaf switch number 4", "one", "name=FRA_DC01_LEAF_04"),
    # -- countries, vendors, platforms, typos in places ----------------------------------------
    ("the egyptian router", "one", "city=Cairo & role=router"),
    ("the kenyan switch", "one", "city=Nairobi & role=switch"),
    ("the router in portugal", "one", "city=Lisbon & role=router"),
    ("the spanish wan router", "one", "name=MAD_BR01_WAN_01"),
    ("the saudi firewall", "one", "city=Riyadh & role=firewall"),
    ("uae border router 1", "one", "name=DXB_DC01_BORDER_01"),
    ("the procurve in madrid", "one", "city=Madrid & platform=hp_procurve"),
    ("the nexus in paris", "one", "city=Paris & platform=cisco_nxos"),
    ("the juniper in riyadh", "one", "city=Riyadh & vendor=juniper"),
    ("frankfrut spine 2", "one", "name=FRA_DC01_SPINE_02"),
    ("johanesburg edge router", "one", "name=JNB_DC01_EDGE_01"),
    ("warsaw firewal b", "one", "name=WAW_DC01_FW_B"),
    # -- aliases -------------------------------------------------------------------------------
    ("mokotow-core", "one", "alias=mokotow-core"),
    ("the mokotow core switch", "one", "alias=mokotow-core"),
    ("olaya firewall", "one", "alias=olaya-fw"),
    ("zamalek router", "one", "alias=zamalek-rtr"),
    ("la-defense-dist", "one", "alias=la-defense-dist"),
    ("ping from westlands-sw", "one", "alias=westlands-sw"),
    ("dxb-ix-2", "one", "alias=dxb-ix-2"),
    ("the decix uplink", "one", "alias=decix-uplink"),
    # -- sets: counts, both, plurals, lists, ranges ----------------------------------------------
    ("all spines", "many", names("SPINE")),
    ("the two spines in frankfurt", "many", names("SPINE", "FRA_DC01")),
    ("both warsaw firewalls", "many", "city=Warsaw & role=firewall"),
    ("both firewalls in dubai", "many", "city=Dubai & role=firewall"),
    ("the three leaves in dubai", "many", names("LEAF", "DXB_DC01")),
    ("all leaf switches in frankfurt", "many", names("LEAF", "FRA_DC01")),
    ("every leaf", "many", names("LEAF")),
    ("leaf 1 to 3 in frankfurt", "many",
     "name=FRA_DC01_LEAF_01,FRA_DC01_LEAF_02,FRA_DC01_LEAF_03"),
    ("frankfurt leaf 1 and 2", "many", "name=FRA_DC01_LEAF_01,FRA_DC01_LEAF_02"),
    ("paris acc 11 and 12", "many", "name=PAR_OF02_ACC_11,PAR_OF02_ACC_12"),
    ("PAR_OF02_ACC_11, PAR_OF02_WAN_01", "many", "name=PAR_OF02_ACC_11,PAR_OF02_WAN_01"),
    ("FRA_DC01_LEAF_01 through FRA_DC01_LEAF_03", "many",
     "name=FRA_DC01_LEAF_01,FRA_DC01_LEAF_02,FRA_DC01_LEAF_03"),
    ("spines and leafs in dubai", "many", "site=DXB_DC01 & " + SW),
    ("all border routers", "many", names("BORDER")),
    ("the dubai border routers", "many", names("BORDER", "DXB_DC01")),
    ("the wan routers", "many", names("WAN")),
    ("all edge routers", "many", names("EDGE")),
    ("the distribution switches", "many", names("DIST")),
    ("all the a and b firewalls in dubai and warsaw", "many",
     "city=Dubai,Warsaw & role=firewall"),
    ("both dxb ix routers", "many", "alias=dxb-ix-1,dxb-ix-2"),
    # -- sets: places, regions, site kinds --------------------------------------------------------
    ("all firewalls in EMEA", "many", "role=firewall"),
    ("firewalls in the middle east", "many", "role=firewall & " + GULF),
    ("routers in africa", "many", "role=router & " + AFRICA),
    ("all european routers", "many", "role=router & " + EUROPE),
    ("every switch in europe", "many", SW + " & " + EUROPE),
    ("switches in africa", "many", SW + " & " + AFRICA),
    ("the routers in the gulf", "many", "role=router & " + GULF),
    ("all switches in paris and milan", "many", SW + " & city=Paris,Milan"),
    ("switches in riyadh and cairo", "many", SW + " & city=Riyadh,Cairo"),
    ("cisco routers in africa", "many", "role=router & vendor=cisco & " + AFRICA),
    ("the arista switches in dubai", "many", "city=Dubai & vendor=arista"),
    ("all nexus switches", "many", "platform=cisco_nxos"),
    ("all devices in the frankfurt datacenter", "many", "site=FRA_DC01"),
    ("everything at paris office 2", "many", "site=PAR_OF02"),
    ("the frankfurt office switch", "one", "site=FRA_OF01 & " + SW),
    ("the branch routers", "many",
     "role=router & site=MAD_BR01,LIS_BR01,CAI_BR01,NBO_BR01"),
    ("all branch switches in africa", "many", SW + " & site=CAI_BR01,NBO_BR01"),
    ("all devices in lisboa and milano", "many", "city=Lisbon,Milan"),
    ("juniper devices in warszawa", "many", "city=Warsaw & vendor=juniper"),
    # -- sets: exclusions --------------------------------------------------------------------
    ("every leaf except fra leaf 2", "many",
     names("LEAF") + " & name!=FRA_DC01_LEAF_02"),
    ("everything in warsaw but the firewalls", "many", "city=Warsaw & role!=firewall"),
    ("all devices in dubai except the firewalls", "many", "city=Dubai & role!=firewall"),
    ("everything but the firewalls", "many", "role!=firewall"),
    ("all routers except the wan routers", "many",
     "role=router & " + names("WAN").replace("name=", "name!=")),
    ("non-cisco routers", "many", "role=router & vendor!=cisco"),
    ("firewalls outside the middle east", "many",
     "role=firewall & " + GULF.replace("country=", "country!=")),
    ("every wan router except lisbon", "many", names("WAN") + " & city!=Lisbon"),
    ("all switches in frankfurt other than the spines", "many",
     SW + " & city=Frankfurt & " + names("SPINE").replace("name=", "name!=")),
    # -- ambiguous ---------------------------------------------------------------------------
    ("the frankfurt spine", "ambiguous", names("SPINE", "FRA_DC01")),
    ("warsaw firewall", "ambiguous", "city=Warsaw & role=firewall"),
    ("the dubai firewall", "ambiguous", "city=Dubai & role=firewall"),
    ("frankfurt leaf", "ambiguous", names("LEAF", "FRA_DC01")),
    ("the paris access switch", "ambiguous", "name=PAR_OF02_ACC_11,PAR_OF02_ACC_12"),
    ("the milan access switch", "ambiguous", "name=MIL_OF01_ACC_01,MIL_OF01_ACC_02"),
    ("the border router in dubai", "ambiguous", names("BORDER", "DXB_DC01")),
    ("leaf 1", "ambiguous", "name=FRA_DC01_LEAF_01,WAW_DC01_LEAF_01,DXB_DC01_LEAF_01,"
     "JNB_DC01_LEAF_01"),
    ("spine 2", "ambiguous", "name=FRA_DC01_SPINE_02,DXB_DC01_SPINE_02"),
    ("FW_A", "ambiguous", "name=FRA_DC01_FW_A,WAW_DC01_FW_A,DXB_DC01_FW_A"),
    ("the frankfurt router", "ambiguous", "city=Frankfurt & role=router"),
    ("the wan router at the iberian branch", "ambiguous", "name=MAD_BR01_WAN_01,LIS_BR01_WAN_01"),
    ("the warsaw leaf", "ambiguous", names("LEAF", "WAW_DC01")),
    ("the router in the gulf", "ambiguous", "role=router & " + GULF),
    ("the firewall in the middle east", "ambiguous", "role=firewall & " + GULF),
    ("the dubai spine switch", "ambiguous", names("SPINE", "DXB_DC01")),
    ("dxb ix", "ambiguous", "alias=dxb-ix-1,dxb-ix-2"),
    # -- none ------------------------------------------------------------------------------
    ("frankfurt leaf 5", "none", ""),
    ("FRA_DC01_LEAF_05", "none", ""),
    ("FRA_DC01_SPINE_03", "none", ""),
    ("the c firewall in warsaw", "none", ""),
    ("WAW_DC01_FW_C", "none", ""),
    ("the rome router", "none", ""),
    ("switches in berlin", "none", ""),
    ("the firewall in madrid", "none", ""),
    ("spine switches in warsaw", "none", ""),
    ("the cairo firewall", "none", ""),
    ("dubai office switches", "none", ""),
    ("everything in paris office 1", "none", ""),
    ("frankfurt datacenter 2 leaf 1", "none", ""),
    ("routers in south america", "none", ""),
    ("the fortigate in dubai", "none", ""),
    ("the juniper switch in paris", "none", ""),
    ("DXB_DC01_LEAF_04", "none", ""),
    ("leaf 3 in warsaw", "none", ""),
    ("tel aviv firewall", "none", ""),
    ("the third spine in dubai", "none", ""),
    ("the border router in warsaw", "none", ""),
    ("nairobi leaf 1", "none", ""),
]


def inventory() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """hosts.yaml content and a flat table (one row per host, ``why`` fields) of the inventory."""
    hosts: dict[str, Any] = {}
    table: list[dict[str, Any]] = []
    for i, (site, function, index, platform, aliases) in enumerate(HOSTS):
        name = f"{site}_{function}_{index}"
        role = FUNCTION_ROLE[function]
        add_host(hosts, table, name, f"127.95.{i // 100}.{i % 100 + 10}", platform,
                 VENDOR[platform], role, site, SITES[site], aliases)
    return hosts, table


def main(argv: list[str]) -> int:
    hosts, table = inventory()
    built = label(CASES, table, "rp4")
    return write_or_check(argv, hosts, VENDOR, built, INVENTORY, SET)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
