"""Write the three extra resolution inventories and their labelled query sets.

Run from the repository root: ``python benchmarks/data/resolve/make_sets.py``. Each inventory
is a SimpleInventory folder (``hosts.yaml``, ``groups.yaml``, ``defaults.yaml``) and each set a
JSONL file in the format of ``../shared/eval/resolve_dev.jsonl``.

The expected hosts are computed here from a flat table of each inventory (the ``why`` filter of
a case: clauses joined by `` & ``, each ``field=v1,v2`` or ``field!=v``), never from the
resolver. ``none`` cases have no filter.

* ``metro``: lower-case dashed names (``fra-dc2-leaf-03``, ``nyc-br-fw01``), flat data fields
  ``site``, ``city``, ``country``, ``role``, ``region``, ``tenant``, no vendor field; native and
  alternative city names (München, Köln, Lisboa, Mumbai, Bengaluru).
* ``netbox``: NetBox export style: nested ``site: {name, slug}``, ``device_role: {slug}``,
  ``platform: {slug}``, ``device_type.manufacturer``, ``tenant``, ``tags``, ``custom_fields``
  (``rack``, ``building``, ``floor``); no city field.
* ``campus``: one campus (plus a small second one), names like ``B12-F3-AS-02``, data
  ``building`` / ``floor`` / ``role`` with roles unlike the dev set, one group per vendor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent

# -- metro ------------------------------------------------------------------------------------

# site: (city as written in data, canonical city, country, region)
METRO_SITES = {
    "fra-dc1": ("Frankfurt", "frankfurt", "DE", "emea"),
    "fra-dc2": ("Frankfurt am Main", "frankfurt", "DE", "emea"),
    "muc-br": ("München", "munich", "DE", "emea"),
    "cgn-br": ("Cologne", "cologne", "DE", "emea"),
    "lis-of1": ("Lisboa", "lisbon", "PT", "emea"),
    "bcn-of": ("Barcelona", "barcelona", "ES", "emea"),
    "bom-dc1": ("Mumbai", "mumbai", "IN", "apac"),
    "blr-br": ("Bengaluru", "bangalore", "IN", "apac"),
    "nyc-dc1": ("New York", "new york", "US", "amer"),
    "nyc-br": ("New York", "new york", "US", "amer"),
    "chi-br": ("Chicago", "chicago", "US", "amer"),
}
# (name, site, role, platform, tenant)
METRO_HOSTS = [
    ("fra-dc1-spine-01", "fra-dc1", "spine", "arista_eos", "shared"),
    ("fra-dc1-spine-02", "fra-dc1", "spine", "arista_eos", "shared"),
    ("fra-dc1-leaf-01", "fra-dc1", "leaf", "arista_eos", "trading"),
    ("fra-dc1-leaf-02", "fra-dc1", "leaf", "arista_eos", "trading"),
    ("fra-dc1-leaf-03", "fra-dc1", "leaf", "arista_eos", "retail"),
    ("fra-dc1-leaf-04", "fra-dc1", "leaf", "arista_eos", "retail"),
    ("fra-dc1-fw-01", "fra-dc1", "firewall", "paloalto_panos", "shared"),
    ("fra-dc1-fw-02", "fra-dc1", "firewall", "paloalto_panos", "shared"),
    ("fra-dc1-cr-01", "fra-dc1", "core-router", "juniper_junos", "shared"),
    ("fra-dc2-spine-01", "fra-dc2", "spine", "arista_eos", "shared"),
    ("fra-dc2-spine-02", "fra-dc2", "spine", "arista_eos", "shared"),
    ("fra-dc2-leaf-01", "fra-dc2", "leaf", "arista_eos", "trading"),
    ("fra-dc2-leaf-02", "fra-dc2", "leaf", "arista_eos", "trading"),
    ("fra-dc2-leaf-03", "fra-dc2", "leaf", "arista_eos", "retail"),
    ("fra-dc2-lb-01", "fra-dc2", "load-balancer", "f5_tmsh", "retail"),
    ("muc-br-rtr01", "muc-br", "wan-router", "cisco_ios", "retail"),
    ("muc-br-sw01", "muc-br", "access-switch", "aruba_aoscx", "retail"),
    ("muc-br-sw02", "muc-br", "access-switch", "aruba_aoscx", "retail"),
    ("muc-br-fw01", "muc-br", "firewall", "fortinet", "retail"),
    ("cgn-br-rtr01", "cgn-br", "wan-router", "cisco_ios", "retail"),
    ("cgn-br-sw01", "cgn-br", "access-switch", "aruba_aoscx", "retail"),
    ("lis-of1-rtr01", "lis-of1", "wan-router", "cisco_ios", "retail"),
    ("lis-of1-sw01", "lis-of1", "access-switch", "cisco_ios", "retail"),
    ("lis-of1-sw02", "lis-of1", "access-switch", "cisco_ios", "retail"),
    ("bcn-of-rtr01", "bcn-of", "wan-router", "cisco_ios", "retail"),
    ("bcn-of-fw01", "bcn-of", "firewall", "fortinet", "retail"),
    ("bom-dc1-cr-01", "bom-dc1", "core-router", "juniper_junos", "shared"),
    ("bom-dc1-cr-02", "bom-dc1", "core-router", "juniper_junos", "shared"),
    ("bom-dc1-leaf-01", "bom-dc1", "leaf", "cisco_nxos", "trading"),
    ("bom-dc1-leaf-02", "bom-dc1", "leaf", "cisco_nxos", "trading"),
    ("bom-dc1-fw-01", "bom-dc1", "firewall", "paloalto_panos", "shared"),
    ("blr-br-rtr01", "blr-br", "wan-router", "cisco_ios", "retail"),
    ("blr-br-sw01", "blr-br", "access-switch", "aruba_aoscx", "retail"),
    ("nyc-dc1-spine-01", "nyc-dc1", "spine", "cisco_nxos", "shared"),
    ("nyc-dc1-leaf-01", "nyc-dc1", "leaf", "cisco_nxos", "trading"),
    ("nyc-dc1-leaf-02", "nyc-dc1", "leaf", "cisco_nxos", "trading"),
    ("nyc-dc1-cr-01", "nyc-dc1", "core-router", "juniper_junos", "shared"),
    ("nyc-br-fw01", "nyc-br", "firewall", "paloalto_panos", "retail"),
    ("nyc-br-rtr01", "nyc-br", "wan-router", "cisco_ios", "retail"),
    ("nyc-br-sw01", "nyc-br", "access-switch", "cisco_ios", "retail"),
    ("chi-br-rtr01", "chi-br", "wan-router", "cisco_ios", "retail"),
    ("chi-br-sw01", "chi-br", "access-switch", "aruba_aoscx", "retail"),
    ("chi-br-sw02", "chi-br", "access-switch", "aruba_aoscx", "retail"),
]
VENDOR_OF = {
    "arista_eos": "arista", "paloalto_panos": "paloalto", "juniper_junos": "juniper",
    "f5_tmsh": "f5", "cisco_ios": "cisco", "aruba_aoscx": "aruba", "fortinet": "fortinet",
    "cisco_nxos": "cisco", "cisco_xe": "cisco", "hp_procurve": "hp", "opengear": "opengear",
    "apc": "apc",
}
# role value -> (family, qualifier) as the labels read it
ROLE_FAMILY = {
    "spine": "switch", "leaf": "switch", "access-switch": "switch", "core-router": "router",
    "wan-router": "router", "firewall": "firewall", "load-balancer": "load_balancer",
}


def metro() -> tuple[dict[str, Any], list[dict[str, str]]]:
    hosts: dict[str, Any] = {}
    table: list[dict[str, str]] = []
    for i, (name, site, role, platform, tenant) in enumerate(METRO_HOSTS):
        city_raw, city, country, region = METRO_SITES[site]
        hosts[name] = {
            "hostname": f"127.91.{i // 100}.{i % 100 + 10}",
            "platform": platform,
            "groups": [platform],
            "data": {"site": site, "city": city_raw, "country": country, "role": role,
                     "region": region, "tenant": tenant},
        }
        table.append({"name": name, "site": site, "city": city, "country": country.lower(),
                      "region": region, "role": role, "family": ROLE_FAMILY[role],
                      "vendor": VENDOR_OF[platform], "platform": platform, "tenant": tenant,
                      "index": str(int(name.rsplit("-", 1)[-1][-2:]))})
    return hosts, table


METRO_CASES = [
    # one: names and spoken forms
    ("fra-dc2-leaf-03", "one", "name=fra-dc2-leaf-03"),
    ("show bgp summary on nyc-br-fw01", "one", "name=nyc-br-fw01"),
    ("FRA-DC1-SPINE-02 interfaces", "one", "name=fra-dc1-spine-02"),
    ("fra dc2 leaf 03", "one", "name=fra-dc2-leaf-03"),
    ("cpu of fra-dc1-leaf-4", "one", "name=fra-dc1-leaf-04"),
    ("uptime on fra-dc1-laef-02", "one", "name=fra-dc1-leaf-02"),
    ("leaf 3 in frankfurt dc2", "one", "site=fra-dc2 & role=leaf & index=3"),
    ("spine 2 in frankfurt dc2", "one", "site=fra-dc2 & role=spine & index=2"),
    ("the load balancer in frankfurt", "one", "role=load-balancer"),
    ("the f5", "one", "vendor=f5"),
    ("the munich firewall", "one", "city=munich & family=firewall"),
    ("the router in münchen", "one", "city=munich & family=router"),
    ("the köln switch", "one", "city=cologne & family=switch"),
    ("the cologne router", "one", "city=cologne & family=router"),
    ("the lisbon router", "one", "city=lisbon & family=router"),
    ("lisboa wan router", "one", "city=lisbon & family=router"),
    ("the barcelona firewall", "one", "city=barcelona & family=firewall"),
    ("bcn router", "one", "site=bcn-of & family=router"),
    ("the firewall in bombay", "one", "city=mumbai & family=firewall"),
    ("the bengaluru router", "one", "city=bangalore & family=router"),
    ("bangalore switch", "one", "city=bangalore & family=switch"),
    ("the chicago router", "one", "city=chicago & family=router"),
    ("the nyc branch firewall", "one", "site=nyc-br & family=firewall"),
    ("the spine in new york", "one", "city=new york & role=spine"),
    ("the second core router in mumbai", "one", "city=mumbai & role=core-router & index=2"),
    ("frankfrut dc1 core router", "one", "site=fra-dc1 & role=core-router"),
    ("the fortigate in munich", "one", "city=munich & vendor=fortinet"),
    ("the palo alto in bombay", "one", "city=mumbai & vendor=paloalto"),
    ("switch 2 in lisbon", "one", "city=lisbon & family=switch & index=2"),
    # many
    ("all switches in frankfurt", "many", "city=frankfurt & family=switch"),
    ("all spines", "many", "role=spine"),
    ("leaf switches in fra dc1", "many", "site=fra-dc1 & role=leaf"),
    ("all leafs in frankfurt dc2", "many", "site=fra-dc2 & role=leaf"),
    ("all core routers in europe", "many", "region=emea & role=core-router"),
    ("firewalls in germany", "many", "country=de & family=firewall"),
    ("routers in india", "many", "country=in & family=router"),
    ("everything in emea", "many", "region=emea"),
    ("all devices in apac", "many", "region=apac"),
    ("the junipers", "many", "vendor=juniper"),
    ("arista boxes", "many", "vendor=arista"),
    ("aruba cx switches", "many", "platform=aruba_aoscx"),
    ("all nexus switches", "many", "platform=cisco_nxos"),
    ("all firewalls in new york and chicago", "many",
     "city=new york,chicago & family=firewall"),
    ("wan routers in the us", "many", "country=us & role=wan-router"),
    ("all routers except the core routers", "many", "family=router & role!=core-router"),
    ("all switches except the spines", "many", "family=switch & role!=spine"),
    ("fra-dc1-leaf-01 through fra-dc1-leaf-03", "many",
     "name=fra-dc1-leaf-01,fra-dc1-leaf-02,fra-dc1-leaf-03"),
    ("every device in munich and cologne", "many", "city=munich,cologne"),
    ("the trading tenant leafs", "many", "tenant=trading & role=leaf"),
    ("all access switches in europe", "many", "region=emea & role=access-switch"),
    ("routers in the americas", "many", "region=amer & family=router"),
    ("both spines in fra dc1", "many", "site=fra-dc1 & role=spine"),
    # ambiguous
    ("the frankfurt spine", "ambiguous", "city=frankfurt & role=spine"),
    ("the mumbai core router", "ambiguous", "city=mumbai & role=core-router"),
    ("the chicago switch", "ambiguous", "city=chicago & family=switch"),
    ("the firewall in frankfurt", "ambiguous", "city=frankfurt & family=firewall"),
    ("leaf 1 in frankfurt", "ambiguous", "city=frankfurt & role=leaf & index=1"),
    ("the new york router", "ambiguous", "city=new york & family=router"),
    ("fra-dc1-leaf", "ambiguous", "site=fra-dc1 & role=leaf"),
    # none
    ("the paris router", "none", ""),
    ("routers in japan", "none", ""),
    ("leaf 5 in frankfurt dc2", "none", ""),
    ("fra-dc3-leaf-01", "none", ""),
    ("the wireless controller in chicago", "none", ""),
    ("the juniper in chicago", "none", ""),
    ("switches in atlantis", "none", ""),
    ("show version", "none", ""),
    ("the madrid firewall", "none", ""),
]

# -- netbox -----------------------------------------------------------------------------------

# slug: (site name, canonical city, country)
NB_SITES = {
    "ams3": ("Amsterdam DC3", "amsterdam", "nl"),
    "lhr2": ("London Heathrow 2", "london", "gb"),
    "sto1": ("Stockholm Kista", "stockholm", "se"),
    "dal1": ("Dallas DC1", "dallas", "us"),
    "syd1": ("Sydney Equinix SY1", "sydney", "au"),
}
NB_ROLES = {
    "core-switch": "Core Switch", "access-switch": "Access Switch", "edge-router": "Edge Router",
    "firewall": "Firewall", "wireless-controller": "Wireless Controller",
    "console-server": "Console Server",
}
# name, site, role slug, platform slug, manufacturer, tenant, tags ("-": none), rack,
# building ("_" for a space), floor
NB_TABLE = """
ams3-core-sw1 ams3 core-switch arista-eos arista cloud pci R01 A 0
ams3-core-sw2 ams3 core-switch arista-eos arista cloud pci R02 A 0
ams3-acc-sw1 ams3 access-switch arista-eos arista cloud - R03 A 1
ams3-acc-sw2 ams3 access-switch arista-eos arista cloud - R04 A 1
ams3-acc-sw3 ams3 access-switch arista-eos arista cloud - R05 A 2
ams3-edge-rt1 ams3 edge-router juniper-junos juniper cloud pci R01 A 0
ams3-edge-rt2 ams3 edge-router juniper-junos juniper cloud pci R02 A 0
ams3-fw1 ams3 firewall paloalto-panos palo-alto cloud pci R01 A 0
ams3-con1 ams3 console-server opengear opengear cloud oob R01 A 0
lhr2-core-sw1 lhr2 core-switch cisco-nxos cisco airline - B07 T5 1
lhr2-acc-sw1 lhr2 access-switch cisco-ios cisco airline - B08 T5 1
lhr2-acc-sw2 lhr2 access-switch cisco-ios cisco airline - B09 T5 2
lhr2-edge-rt1 lhr2 edge-router cisco-iosxr cisco airline pci B07 T5 1
lhr2-fw1 lhr2 firewall fortinet-fortios fortinet airline pci B07 T5 1
lhr2-fw2 lhr2 firewall fortinet-fortios fortinet airline pci B07 T5 1
lhr2-wlc1 lhr2 wireless-controller cisco-ios cisco airline - B08 T5 1
sto1-core-sw1 sto1 core-switch juniper-junos juniper telco - K1 Kista_One 3
sto1-acc-sw1 sto1 access-switch juniper-junos juniper telco - K2 Kista_One 3
sto1-acc-sw2 sto1 access-switch juniper-junos juniper telco - K2 Kista_One 4
sto1-edge-rt1 sto1 edge-router juniper-junos juniper telco - K1 Kista_One 3
sto1-fw1 sto1 firewall paloalto-panos palo-alto telco - K1 Kista_One 3
dal1-core-sw1 dal1 core-switch cisco-nxos cisco energy - C10 Main 1
dal1-core-sw2 dal1 core-switch cisco-nxos cisco energy - C11 Main 1
dal1-acc-sw1 dal1 access-switch aruba-aoscx aruba energy - C12 Main 2
dal1-acc-sw2 dal1 access-switch aruba-aoscx aruba energy - C13 Main 2
dal1-acc-sw3 dal1 access-switch aruba-aoscx aruba energy - C14 Main 3
dal1-acc-sw4 dal1 access-switch aruba-aoscx aruba energy - C15 Main 3
dal1-edge-rt1 dal1 edge-router cisco-iosxe cisco energy pci C10 Main 1
dal1-edge-rt2 dal1 edge-router cisco-iosxe cisco energy pci C11 Main 1
dal1-fw1 dal1 firewall paloalto-panos palo-alto energy pci C10 Main 1
dal1-wlc1 dal1 wireless-controller aruba-aoscx aruba energy - C12 Main 2
dal1-con1 dal1 console-server opengear opengear energy oob C10 Main 1
syd1-core-sw1 syd1 core-switch arista-eos arista cloud - S1 SY1 1
syd1-edge-rt1 syd1 edge-router juniper-junos juniper cloud - S1 SY1 1
syd1-edge-rt2 syd1 edge-router juniper-junos juniper cloud - S2 SY1 1
syd1-fw1 syd1 firewall fortinet-fortios fortinet cloud - S1 SY1 1
"""


def _nb_hosts() -> list[tuple[str, str, str, str, str, str, list[str], str, str, int]]:
    out = []
    for line in NB_TABLE.strip().splitlines():
        name, site, role, plat, mfr, tenant, tags, rack, bldg, floor = line.split()
        out.append((name, site, role, plat, mfr, tenant, [] if tags == "-" else tags.split(","),
                    rack, bldg.replace("_", " "), int(floor)))
    return out


NB_HOSTS = _nb_hosts()
NB_NETMIKO = {
    "arista-eos": "arista_eos", "juniper-junos": "juniper_junos",
    "paloalto-panos": "paloalto_panos", "opengear": "linux", "cisco-nxos": "cisco_nxos",
    "cisco-ios": "cisco_ios", "cisco-iosxr": "cisco_xr", "fortinet-fortios": "fortinet",
    "cisco-iosxe": "cisco_xe", "aruba-aoscx": "aruba_aoscx",
}
NB_FAMILY = {
    "core-switch": "switch", "access-switch": "switch", "edge-router": "router",
    "firewall": "firewall", "wireless-controller": "wireless_controller",
    "console-server": "console_server",
}


def netbox() -> tuple[dict[str, Any], list[dict[str, str]]]:
    hosts: dict[str, Any] = {}
    table: list[dict[str, str]] = []
    for i, (name, site, role, plat, mfr, tenant, tags, rack, bldg, floor) in enumerate(NB_HOSTS):
        site_name, city, country = NB_SITES[site]
        hosts[name] = {
            "hostname": f"{name}.mgmt.example.net",
            "platform": NB_NETMIKO[plat],
            "groups": [f"site_{site}"],
            "data": {
                "id": 100 + i,
                "serial": f"SN{1000 + i}",
                "site": {"id": list(NB_SITES).index(site) + 1, "name": site_name, "slug": site},
                "device_role": {"id": list(NB_ROLES).index(role) + 1, "name": NB_ROLES[role],
                                "slug": role},
                "platform": {"name": plat.replace("-", " ").title(), "slug": plat},
                "device_type": {"model": "generic", "slug": "generic",
                                "manufacturer": {"name": mfr.replace("-", " ").title(),
                                                 "slug": mfr}},
                "tenant": {"name": tenant.title(), "slug": tenant},
                "tags": [{"name": t, "slug": t} for t in tags],
                "custom_fields": {"rack": rack, "building": bldg, "floor": floor},
                "status": {"value": "active", "label": "Active"},
            },
        }
        table.append({"name": name, "site": site, "city": city, "country": country,
                      "role": role, "family": NB_FAMILY[role],
                      "vendor": mfr.replace("-", ""), "platform": plat, "tenant": tenant,
                      "tag": ",".join(tags), "rack": rack.lower(), "building": bldg.lower(),
                      "floor": str(floor), "index": name[-1]})
    return hosts, table


NETBOX_CASES = [
    ("ams3-core-sw1", "one", "name=ams3-core-sw1"),
    ("show interfaces on lhr2-edge-rt1", "one", "name=lhr2-edge-rt1"),
    ("dal1 acc sw 4", "one", "name=dal1-acc-sw4"),
    ("AMS3-FW1 sessions", "one", "name=ams3-fw1"),
    ("sto1-edge-rt1.mgmt.example.net", "one", "name=sto1-edge-rt1"),
    ("uptime of ams3-egde-rt2", "one", "name=ams3-edge-rt2"),
    ("the stockholm firewall", "one", "site=sto1 & family=firewall"),
    ("the stockholm core switch", "one", "site=sto1 & role=core-switch"),
    ("the amsterdam firewall", "one", "site=ams3 & family=firewall"),
    ("the console server in amsterdam", "one", "site=ams3 & role=console-server"),
    ("the wireless controller in dallas", "one", "site=dal1 & role=wireless-controller"),
    ("the wlc at heathrow", "one", "site=lhr2 & role=wireless-controller"),
    ("the london core switch", "one", "site=lhr2 & role=core-switch"),
    ("the sydney core switch", "one", "site=syd1 & role=core-switch"),
    ("the fortinet in sydney", "one", "site=syd1 & vendor=fortinet"),
    ("the palo alto in stockholm", "one", "site=sto1 & vendor=paloalto"),
    ("access switch 4 in dallas", "one", "site=dal1 & role=access-switch & index=4"),
    ("the second edge router in amsterdam", "one", "site=ams3 & role=edge-router & index=2"),
    ("edge router 2 in sydney", "one", "site=syd1 & role=edge-router & index=2"),
    ("the firewall in kista", "one", "site=sto1 & family=firewall"),
    ("core switch 2 in ams3", "one", "site=ams3 & role=core-switch & index=2"),
    ("the iosxr router", "one", "platform=cisco-iosxr"),
    ("the cisco wlc", "one", "vendor=cisco & role=wireless-controller"),
    ("the dallas core switch 1", "one", "site=dal1 & role=core-switch & index=1"),
    # many
    ("all core switches", "many", "role=core-switch"),
    ("all access switches in dallas", "many", "site=dal1 & role=access-switch"),
    ("edge routers in europe", "many", "country=nl,gb,se & role=edge-router"),
    ("firewalls in the netherlands and sweden", "many", "country=nl,se & family=firewall"),
    ("all devices in amsterdam", "many", "site=ams3"),
    ("everything at ams3", "many", "site=ams3"),
    ("the junipers", "many", "vendor=juniper"),
    ("arista boxes", "many", "vendor=arista"),
    ("all aruba switches", "many", "vendor=aruba & family=switch"),
    ("palo alto firewalls", "many", "vendor=paloalto"),
    ("the fortigates", "many", "vendor=fortinet"),
    ("all console servers", "many", "role=console-server"),
    ("wireless controllers", "many", "role=wireless-controller"),
    ("all pci devices", "many", "tag=pci"),
    ("pci firewalls", "many", "tag=pci & family=firewall"),
    ("devices of tenant energy", "many", "tenant=energy"),
    ("the airline tenant switches", "many", "tenant=airline & family=switch"),
    ("all switches on floor 3", "many", "floor=3 & family=switch"),
    ("floor 2 access switches in dallas", "many", "site=dal1 & floor=2 & role=access-switch"),
    ("everything in rack c10", "many", "rack=c10"),
    ("routers in australia", "many", "country=au & family=router"),
    ("all switches except the core switches", "many", "family=switch & role!=core-switch"),
    ("firewalls outside the us", "many", "family=firewall & country!=us"),
    ("routers in apac", "many", "country=au & family=router"),
    ("the uk firewalls", "many", "country=gb & family=firewall"),
    ("dal1-acc-sw1 to dal1-acc-sw3", "many", "name=dal1-acc-sw1,dal1-acc-sw2,dal1-acc-sw3"),
    # ambiguous
    ("the amsterdam core switch", "ambiguous", "site=ams3 & role=core-switch"),
    ("the dallas edge router", "ambiguous", "site=dal1 & role=edge-router"),
    ("the firewall in london", "ambiguous", "site=lhr2 & family=firewall"),
    ("the sydney router", "ambiguous", "site=syd1 & family=router"),
    ("access switch 1 in europe", "ambiguous",
     "country=nl,gb,se & role=access-switch & index=1"),
    ("dal1-core-sw", "ambiguous", "site=dal1 & role=core-switch"),
    ("the console server", "ambiguous", "role=console-server"),
    # none
    ("the tokyo router", "none", ""),
    ("firewalls in brazil", "none", ""),
    ("ams3-core-sw3", "none", ""),
    ("the load balancer in dallas", "none", ""),
    ("the huawei switch", "none", ""),
    ("the stockholm wireless controller", "none", ""),
    ("routers in gotham", "none", ""),
    ("what is ospf", "none", ""),
]

# -- campus -----------------------------------------------------------------------------------

CAMPUS_GROUPS = {
    "aruba": "aruba_aoscx", "cisco": "cisco_ios", "juniper": "juniper_junos",
    "arista": "arista_eos", "f5": "f5_tmsh", "opengear": "linux", "apc": "linux",
}
# (name, role, group, building, floor or None)
CAMPUS_HOSTS = [
    ("B12-F1-AS-01", "access", "aruba", 12, 1),
    ("B12-F1-AS-02", "access", "aruba", 12, 1),
    ("B12-F2-AS-01", "access", "aruba", 12, 2),
    ("B12-F3-AS-01", "access", "aruba", 12, 3),
    ("B12-F3-AS-02", "access", "aruba", 12, 3),
    ("B12-F3-AS-03", "access", "aruba", 12, 3),
    ("B12-F1-DS-01", "distribution", "aruba", 12, 1),
    ("B12-F1-DS-02", "distribution", "aruba", 12, 1),
    ("B12-F1-WLC-01", "wlc", "aruba", 12, 1),
    ("B7-F1-AS-01", "access", "cisco", 7, 1),
    ("B7-F2-AS-01", "access", "cisco", 7, 2),
    ("B7-F2-AS-02", "access", "cisco", 7, 2),
    ("B7-F1-DS-01", "distribution", "cisco", 7, 1),
    ("B7-F1-UPS-01", "ups-mgmt", "apc", 7, 1),
    ("B1-CORE-01", "core", "cisco", 1, None),
    ("B1-CORE-02", "core", "cisco", 1, None),
    ("B1-DC-SP-01", "spine", "arista", 1, None),
    ("B1-DC-SP-02", "spine", "arista", 1, None),
    ("B1-DC-LF-01", "leaf", "arista", 1, None),
    ("B1-DC-LF-02", "leaf", "arista", 1, None),
    ("B1-DC-LF-03", "leaf", "arista", 1, None),
    ("B1-DC-LF-04", "leaf", "arista", 1, None),
    ("B1-DC-BL-01", "border-leaf", "arista", 1, None),
    ("B1-DC-BL-02", "border-leaf", "arista", 1, None),
    ("B1-WAN-01", "wan edge", "juniper", 1, None),
    ("B1-WAN-02", "wan edge", "juniper", 1, None),
    ("B1-DC-LB-01", "load balancer", "f5", 1, None),
    ("B1-DC-LB-02", "load balancer", "f5", 1, None),
    ("B1-OOB-01", "oob", "cisco", 1, None),
    ("B1-CON-01", "console server", "opengear", 1, None),
    ("B1-F2-UPS-01", "ups-mgmt", "apc", 1, 2),
    ("B3-F1-AS-01", "access", "juniper", 3, 1),
    ("B3-F2-AS-01", "access", "juniper", 3, 2),
    ("B3-F1-DS-01", "distribution", "juniper", 3, 1),
    ("B3-F1-WLC-01", "wlc", "cisco", 3, 1),
]
CAMPUS_FAMILY = {
    "access": "switch", "distribution": "switch", "core": "switch", "spine": "switch",
    "leaf": "switch", "border-leaf": "switch", "wan edge": "router", "wlc": "wireless_controller",
    "ups-mgmt": "ups", "oob": "switch", "console server": "console_server",
    "load balancer": "load_balancer",
}


def campus() -> tuple[dict[str, Any], list[dict[str, str]], dict[str, Any]]:
    hosts: dict[str, Any] = {}
    table: list[dict[str, str]] = []
    for i, (name, role, group, building, floor) in enumerate(CAMPUS_HOSTS):
        data: dict[str, Any] = {"role": role, "building": building, "campus": "Redmond Campus",
                                "city": "Redmond", "country": "US"}
        if floor is not None:
            data["floor"] = floor
        hosts[name] = {"hostname": f"10.12.{i // 50}.{i % 50 + 10}", "groups": [group],
                       "data": data}
        table.append({"name": name, "role": role, "family": CAMPUS_FAMILY[role],
                      "vendor": group, "group": group, "building": str(building),
                      "floor": "" if floor is None else str(floor),
                      "index": str(int(name.rsplit("-", 1)[-1]))})
    groups = {g: {"platform": p, "data": {"vendor": g}} for g, p in CAMPUS_GROUPS.items()}
    return hosts, table, groups


CAMPUS_CASES = [
    ("B12-F3-AS-02", "one", "name=B12-F3-AS-02"),
    ("show lldp neighbors on b12-f3-as-02", "one", "name=B12-F3-AS-02"),
    ("b12 f3 as 2", "one", "name=B12-F3-AS-02"),
    ("b12-f3-as-2", "one", "name=B12-F3-AS-02"),
    ("b1-core-1", "one", "name=B1-CORE-01"),
    ("ping from B1-WAN-01", "one", "name=B1-WAN-01"),
    ("the wlc in building 12", "one", "building=12 & role=wlc"),
    ("the wireless controller in building 3", "one", "building=3 & role=wlc"),
    ("access switch 2 on floor 3 of building 12", "one",
     "building=12 & floor=3 & role=access & index=2"),
    ("the floor 2 access switch in building 12", "one", "building=12 & floor=2 & role=access"),
    ("building 3 distribution switch", "one", "building=3 & role=distribution"),
    ("the building 7 distribution switch", "one", "building=7 & role=distribution"),
    ("core 2", "one", "role=core & index=2"),
    ("core switch 1", "one", "role=core & index=1"),
    ("spine 2", "one", "role=spine & index=2"),
    ("leaf 3", "one", "role=leaf & index=3"),
    ("the console server", "one", "role=console server"),
    ("the oob switch", "one", "role=oob"),
    ("the ups in building 7", "one", "building=7 & role=ups-mgmt"),
    ("second border leaf", "one", "role=border-leaf & index=2"),
    ("wan edge 2", "one", "role=wan edge & index=2"),
    ("the second wan edge router", "one", "role=wan edge & index=2"),
    ("load balancer 1", "one", "role=load balancer & index=1"),
    ("the juniper distribution switch", "one", "vendor=juniper & role=distribution"),
    ("the cisco wlc", "one", "vendor=cisco & role=wlc"),
    # many
    ("everything in building 12", "many", "building=12"),
    ("all devices in building 7", "many", "building=7"),
    ("floor 3 access switches", "many", "floor=3 & role=access"),
    ("access switches on floor 1 in building 12", "many",
     "building=12 & floor=1 & role=access"),
    ("all access switches", "many", "role=access"),
    ("all distribution switches", "many", "role=distribution"),
    ("the spines", "many", "role=spine"),
    ("leaf switches 1 to 3", "many", "role=leaf & index=1,2,3"),
    ("the ups and the console server in building 1", "many",
     "building=1 & role=ups-mgmt,console server"),
    ("the border leafs", "many", "role=border-leaf"),
    ("the wan edge routers", "many", "role=wan edge"),
    ("both core switches", "many", "role=core"),
    ("all wlcs", "many", "role=wlc"),
    ("the load balancers", "many", "role=load balancer"),
    ("the ups management cards", "many", "role=ups-mgmt"),
    ("all aruba cx switches", "many", "vendor=aruba & family=switch"),
    ("the arista boxes", "many", "vendor=arista"),
    ("the junipers", "many", "vendor=juniper"),
    ("cisco switches in building 7", "many", "building=7 & vendor=cisco & family=switch"),
    ("all switches except the core", "many", "family=switch & role!=core"),
    ("everything outside building 1", "many", "building!=1"),
    ("access switches in buildings 3 and 7", "many", "building=3,7 & role=access"),
    ("B12-F3-AS-01 through B12-F3-AS-03", "many",
     "name=B12-F3-AS-01,B12-F3-AS-02,B12-F3-AS-03"),
    ("all devices on the redmond campus", "many", "building=1,3,7,12"),
    # ambiguous
    ("the access switch on floor 1 of building 12", "ambiguous",
     "building=12 & floor=1 & role=access"),
    ("the distribution switch in building 12", "ambiguous",
     "building=12 & role=distribution"),
    ("the core switch", "ambiguous", "role=core"),
    ("the spine", "ambiguous", "role=spine"),
    ("leaf 1 or leaf 2?", "many", "role=leaf & index=1,2"),
    ("the wlc", "ambiguous", "role=wlc"),
    ("the wan router", "ambiguous", "role=wan edge"),
    ("access switch 1 in building 12", "ambiguous",
     "building=12 & role=access & index=1"),
    ("the f5", "ambiguous", "vendor=f5"),
    ("the ups", "ambiguous", "role=ups-mgmt"),
    # none
    ("everything in building 9", "none", ""),
    ("floor 5 access switches", "none", ""),
    ("B12-F3-AS-04", "none", ""),
    ("leaf 7", "none", ""),
    ("the firewall in building 12", "none", ""),
    ("the palo alto", "none", ""),
    ("the switches in seattle", "none", ""),
    ("frobnicate the widgets", "none", ""),
]

# -- common -----------------------------------------------------------------------------------


def _matches(row: dict[str, str], clause: str) -> bool:
    if "!=" in clause:
        key, value = clause.split("!=", 1)
        return row.get(key.strip(), "").lower() not in {
            v.strip().lower() for v in value.split(",")
        }
    key, value = clause.split("=", 1)
    wanted = {v.strip().lower() for v in value.split(",")}
    have = {h.strip().lower() for h in row.get(key.strip(), "").split(",")}
    return bool(wanted & have)


def expected(table: list[dict[str, str]], why: str) -> list[str]:
    """The names of the rows that satisfy every clause of ``why`` ("" -> none)."""
    if not why:
        return []
    clauses = [c.strip() for c in why.split("&")]
    return sorted(r["name"] for r in table if all(_matches(r, c) for c in clauses))


def write(name: str, hosts: dict[str, Any], groups: dict[str, Any], table: list[dict[str, str]],
          cases: list[tuple[str, str, str]]) -> None:
    folder = HERE / f"inventory_{name}"
    folder.mkdir(parents=True, exist_ok=True)
    for file, content in (("hosts.yaml", hosts), ("groups.yaml", groups),
                          ("defaults.yaml", {"username": "lab", "password": "lab"})):
        text = yaml.safe_dump(content, sort_keys=False, allow_unicode=True, explicit_start=True)
        (folder / file).write_text(text, encoding="utf-8")
    lines = []
    for n, (query, expect, why) in enumerate(cases, 1):
        hosts_ = expected(table, why)
        if expect == "one" and len(hosts_) != 1:
            raise SystemExit(f"{name} {query!r}: 'one' but {hosts_}")
        if expect == "ambiguous" and len(hosts_) < 2:
            raise SystemExit(f"{name} {query!r}: 'ambiguous' but {hosts_}")
        if expect == "many" and not hosts_:
            raise SystemExit(f"{name} {query!r}: 'many' but nothing")
        lines.append(json.dumps({"id": f"{name}-{n:03d}", "query": query, "expect": expect,
                                 "hosts": hosts_, "why": why}, ensure_ascii=False))
    (HERE / f"resolve_{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    hosts, table = metro()
    platforms = sorted({h["platform"] for h in hosts.values()})
    write("metro", hosts, {p: {"platform": p} for p in platforms}, table, METRO_CASES)
    hosts, table = netbox()
    write("netbox", hosts, {f"site_{s}": {"data": {"site_name": NB_SITES[s][0]}}
                            for s in NB_SITES}, table, NETBOX_CASES)
    hosts, table, groups = campus()
    write("campus", hosts, groups, table, CAMPUS_CASES)


if __name__ == "__main__":
    main()
