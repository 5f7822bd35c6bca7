"""Where a template reads a command's output, what the lab printed parses back to its state.

For every catalog command whose output is meant to be parsed, the output the lab printed (over
SSH, see ``catalog_outputs``) is parsed with :func:`nornir_nlchat.execute.parse.parse_output`,
exactly as the engine does. It must parse, give records whenever the device's state has
something to show, and key fields must equal the state it was rendered from: hostname,
version and serial, interface names and status, VLAN ids and names, MAC and ARP entries,
LLDP/CDP neighbours, BGP and OSPF neighbours, CPU figures, routes.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from nornir_nlchat.execute.parse import parse_output
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.state import Device
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from nornir_nlchat.platforms.contract import CommandSpec
from nornir_nlchat.platforms.registry import get_platform
from tests.nornir_nlchat.lab.helpers import PLATFORMS, catalog_lines, run_in_process, slot_values

Records = list[dict[str, Any]]

# Templates that cannot read what the real device prints (checked against ../shared fixtures).
KNOWN_GAPS = {
    ("cisco_ios", "show running-config interface {interface}"):
        "ntc's template stops at 'switchport' lines and at the closing 'end' IOS prints",
    ("hp_procurve", "show version"):
        "ntc's hp_procurve show version template reads ArubaOS access points, not AOS-S",
    ("hp_procurve", "show interfaces {interface}"):
        "ntc's template reads the all-ports counter table; for one port AOS-S prints the "
        "port's detail page",
}


def _has_lag(dev: Device) -> bool:
    return any(i.kind == "lag" for i in dev.interfaces.values())


# Intent prefix → whether the device's state has something for the command to show.
NEEDS: dict[str, Callable[[Device], bool]] = {
    "bgp": lambda d: d.bgp is not None,
    "ospf": lambda d: d.ospf is not None and any(n.up for n in d.ospf.neighbors),
    "vlan": lambda d: bool(d.vlans),
    "mac": lambda d: bool(d.mac_table),
    "stp": lambda d: d.stp is not None,
    "port_channels": _has_lag,
    "lacp": _has_lag,
    "mlag": _has_lag,
    "poe": lambda d: any(i.poe for i in d.physical()),
    "dhcp_bindings": lambda d: bool(d.endpoints),
    "transceiver": lambda d: any(i.speed >= 10000 and i.up for i in d.physical()),
    "hsrp": lambda d: bool(d.vrrp),
    "vrrp": lambda d: bool(d.vrrp),
    "lldp": lambda d: any(i.peer and i.up for i in d.physical()),
    "cdp": lambda d: any(i.peer and i.up for i in d.physical()),
    "stack": lambda d: d.role != "router",
    "arp_vrf": lambda d: any(e.vrf for e in d.arp),
    "route_prefix": lambda d: False,  # the catalog's VRF form asks the management VRF
}


# Intents whose output may rightly hold no records (it must still parse).
MAY_BE_EMPTY = ("users", "eigrp", "ipv6", "interfaces_errdisabled", "stack")


# (platform, intent) → the same, where one platform's command shows something else.
PLATFORM_NEEDS: dict[tuple[str, str], Callable[[Device], bool]] = {
    ("hp_procurve", "interfaces_trunk"): _has_lag,  # AOS-S "trunks" are link aggregations
}


def needs(intent: str, dev: Device) -> bool:
    """Whether the device's state gives the intent's command something to show."""
    special = PLATFORM_NEEDS.get((dev.platform, intent))
    if special is not None:
        return special(dev)
    for prefix, test in NEEDS.items():
        if intent.startswith(prefix):
            return test(dev)
    return True


# --- normalising values the way each platform writes them --------------------------------

_IF = re.compile(r"^([a-z][a-z\-]*?)[\s]*(\d[\d/\.:]*)$")


def norm_if(name: str) -> str:
    """``GigabitEthernet1/0/1``, ``Gi1/0/1``, ``Gig 1/0/1`` → ``gi1/0/1``; Junos units lose .0."""
    text = name.strip().lower()
    m = _IF.match(text)
    if not m:
        return text
    kind, number = m.groups()
    if "-" in kind and not kind.startswith("port"):  # Junos ge-0/0/1.0
        return kind + number.removesuffix(".0")
    return kind[:2] + number


def norm_mac(mac: str) -> str:
    return re.sub(r"[^0-9a-f]", "", mac.lower())


def values(records: Records, *fields: str) -> list[Any]:
    """The values of the first of ``fields`` the records have (flattened lists)."""
    if not records:
        return []
    for field in fields:
        if field in records[0]:
            out: list[Any] = []
            for r in records:
                v = r.get(field)
                out.extend(v if isinstance(v, list) else [v])
            return [v for v in out if v not in (None, "")]
    return []


def field_of(records: Records, *fields: str) -> str | None:
    return next((f for f in fields if records and f in records[0]), None)


def _up(word: str) -> bool | None:
    w = word.strip().lower()
    if w in ("up", "connected", "connect", "up/up", "yes"):
        return True
    if w in ("down", "notconnect", "notconnec", "disabled", "err-disabled", "errdisabled",
             "administratively down", "admin down", "err-disabl", "no"):
        return False
    return None


# --- checks: records against the state they were rendered from ---------------------------

def check_version(recs: Records, dev: Device, world: World) -> list[str]:
    problems, checked = [], 0
    for name in values(recs, "hostname"):
        checked += 1
        if name != dev.name:
            problems.append(f"hostname {name!r} != {dev.name!r}")
    for version in values(recs, "version", "os", "junos_version"):
        checked += 1
        if dev.version not in version:
            problems.append(f"version {version!r} lacks {dev.version!r}")
    for serial in values(recs, "serial", "serial_number", "chassis_serial_number"):
        checked += 1
        if serial != dev.serial:
            problems.append(f"serial {serial!r} != {dev.serial!r}")
    return problems if checked else ["no hostname, version or serial parsed"]


def check_serial(recs: Records, dev: Device, world: World) -> list[str]:
    serials = values(recs, "sn", "serial", "serial_number", "chassis_serial_number",
                     "serial_num")
    return [] if dev.serial in serials else [f"{dev.serial} not among {serials[:5]}"]


def check_interfaces(recs: Records, dev: Device, world: World) -> list[str]:
    name_f = field_of(recs, "interface", "port")
    status_f = field_of(recs, "link_status", "status")
    if name_f is None:
        return ["no interface field"]
    known = {norm_if(i.name): i for i in dev.interfaces.values()}
    problems, matched = [], 0
    for r in recs:
        iface = known.get(norm_if(str(r[name_f])))
        if iface is None:
            continue
        matched += 1
        if status_f:
            up = _up(str(r[status_f]))
            if up is not None and up != iface.up:
                problems.append(f"{iface.name}: {status_f} {r[status_f]!r}, state up={iface.up}")
    if not matched:
        problems.append(f"no parsed interface is one of {dev.name}'s")
    return problems


def check_interface_list(recs: Records, dev: Device, world: World) -> list[str]:
    problems = check_interfaces(recs, dev, world)
    name_f = field_of(recs, "interface", "port")
    got = {norm_if(str(r[name_f])) for r in recs} if name_f else set()
    missing = [i.name for i in dev.physical() if norm_if(i.name) not in got]
    if missing:
        problems.append(f"ports missing: {missing[:5]}")
    return problems


def check_ip_interfaces(recs: Records, dev: Device, world: World) -> list[str]:
    if field_of(recs, "vlan_name"):  # AOS-S: addresses by VLAN name
        by_name = {v.name: v.vid for v in dev.vlans.values()}
        problems = []
        for r in recs:
            vid = by_name.get(r["vlan_name"])
            iface = next((i for i in dev.interfaces.values() if i.kind == "vlan"
                          and i.name.upper() == f"VLAN{vid}"), None)
            if vid is None:
                problems.append(f"VLAN {r['vlan_name']!r} unknown")
            elif (iface.address if iface else "") != (r.get("ip_address") or ""):
                problems.append(f"VLAN {vid}: {r.get('ip_address')!r} != {iface}")
        return problems
    problems = check_interfaces(recs, dev, world)
    name_f = field_of(recs, "interface", "vlan_name")
    addr = {norm_if(str(r[name_f])): r.get("ip_address") for r in recs} if name_f else {}
    for i in dev.interfaces.values():
        got = addr.get(norm_if(i.name))
        if i.ipv4 and not i.vrf and got is not None and got.split("/")[0] != i.address:
            problems.append(f"{i.name}: {got} != {i.address}")
    return problems


def check_vlans(recs: Records, dev: Device, world: World) -> list[str]:
    ids = {str(v) for v in values(recs, "vlan_id", "tag")}
    names = set(values(recs, "vlan_name"))
    missing = [v.vid for v in dev.vlans.values() if str(v.vid) not in ids and v.name not in names]
    wrong = [(r.get("vlan_id") or r.get("tag"), r["vlan_name"]) for r in recs
             if "vlan_name" in r and str(r.get("vlan_id") or r.get("tag")) in
             {str(v) for v in dev.vlans} and dev.vlans[int(r.get("vlan_id") or r["tag"])].name
             != r["vlan_name"]]
    return ([f"VLANs missing: {missing}"] if missing else []) + (
        [f"names differ: {wrong}"] if wrong else [])


def check_vlan_one(recs: Records, dev: Device, world: World) -> list[str]:
    ids = {str(v) for v in values(recs, "vlan_id", "tag")}
    names = set(values(recs, "vlan_name"))
    vid = 10 if 10 in dev.vlans else min(dev.vlans)
    return [] if str(vid) in ids or dev.vlans[vid].name in names else [f"VLAN {vid} not parsed"]


def check_macs(recs: Records, dev: Device, world: World) -> list[str]:
    got = {norm_mac(m) for m in values(recs, "mac_address", "destination_address")}
    missing = [e.mac for e in dev.mac_table if norm_mac(e.mac) not in got]
    return [f"MACs missing: {missing[:5]}"] if missing else []


def check_arp(recs: Records, dev: Device, world: World) -> list[str]:
    got = {}
    for r in recs:
        ip, mac = r.get("ip_address"), r.get("mac_address")
        if ip and mac:
            got[ip] = norm_mac(mac)
    problems = []
    for e in dev.arp:
        if e.vrf:
            continue
        if e.ip not in got:
            problems.append(f"{e.ip} missing")
        elif got[e.ip] != norm_mac(e.mac):
            problems.append(f"{e.ip}: {got[e.ip]} != {e.mac}")
    return problems


def check_arp_interface(recs: Records, dev: Device, world: World) -> list[str]:
    """Exactly the ARP entries learned on the asked interface (own addresses aside)."""
    spec = next(s for s in get_platform(dev.platform).commands if s.intent == "arp_interface")
    asked = slot_values(dev, spec)["interface"]
    want = {e.ip: norm_mac(e.mac) for e in dev.arp if not e.vrf and e.interface == asked}
    own = {i.address for i in dev.interfaces.values() if i.ipv4}
    got = {r["ip_address"]: norm_mac(r["mac_address"]) for r in recs
           if r.get("ip_address") and r["ip_address"] not in own}
    problems = [f"{ip} (on {asked}) missing" for ip in want if ip not in got]
    problems += [f"{ip} is not on {asked}" for ip in got if ip not in want]
    problems += [f"{ip}: {got[ip]} != {mac}" for ip, mac in want.items()
                 if ip in got and got[ip] != mac]
    return problems


def check_neighbors(recs: Records, dev: Device, world: World) -> list[str]:
    got = {str(n).split(".")[0] for n in values(recs, "neighbor_name", "neighbor")}
    want = set()
    for i in dev.physical():
        found = world.peer(dev, i)
        if found:
            want.add(found[0].name)
    missing = sorted(want - got)
    return [f"neighbours missing: {missing}"] if missing else []


def check_bgp(recs: Records, dev: Device, world: World) -> list[str]:
    assert dev.bgp is not None
    got = set(values(recs, "bgp_neighbor", "bgp_neigh", "peer_ip", "neighbor"))
    want = {n.ip for n in dev.bgp.neighbors}
    return [] if want <= got else [f"BGP neighbours {sorted(want - got)} missing"]


def check_ospf(recs: Records, dev: Device, world: World) -> list[str]:
    assert dev.ospf is not None
    got = set(values(recs, "neighbor_id"))
    want = {n.router_id for n in dev.ospf.neighbors if n.up}
    return [] if want <= got else [f"OSPF neighbours {sorted(want - got)} missing"]


def check_cpu(recs: Records, dev: Device, world: World) -> list[str]:
    low, high = dev.cpu_base - 6, dev.cpu_base + 6
    problems, checked = [], 0
    rec = dict(recs[0])
    if rec.get("global_cpu_percent_idle"):  # top: busy is what is not idle
        rec["cpu_usage"] = str(100 - float(rec["global_cpu_percent_idle"]))
    for key, value in rec.items():
        if re.search(r"cpu.*(1_?min|5_?min|usage)$|^cpu_(5_min|1_min|1min|5sec)$", key) and \
                not key.startswith("process") and value not in ("", None):
            checked += 1
            if not low <= float(str(value).rstrip("%")) <= high:
                problems.append(f"{key}={value}, state ~{dev.cpu_base:.1f}")
    return problems if checked else [f"no CPU figure among {sorted(rec)}"]


def check_routes(recs: Records, dev: Device, world: World) -> list[str]:
    got = set()
    for r in recs:
        net = r.get("network") or r.get("destination") or r.get("ip_address")
        plen = r.get("prefix_length")
        if net:
            got.add(str(ipaddress.IPv4Network(f"{net}/{plen}" if plen else net, strict=False)))
    want = {r.prefix for r in dev.routes if not r.vrf and r.protocol != "local"}
    missing = sorted(want - got)
    return [f"routes missing: {missing[:5]}"] if missing else []


CHECKS: dict[str, Callable[[Records, Device, World], list[str]]] = {
    "version": check_version,
    "serial": check_serial,
    "interfaces_brief": check_interface_list,
    "interfaces_status": check_interface_list,
    "interfaces_all": check_interfaces,
    "interface_one": check_interfaces,
    "ip_interfaces": check_ip_interfaces,
    "vlans": check_vlans,
    "vlan_one": check_vlan_one,
    "mac_all": check_macs,
    "arp_all": check_arp,
    "arp_interface": check_arp_interface,
    "lldp_neighbors": check_neighbors,
    "cdp_neighbors": check_neighbors,
    "bgp_summary": check_bgp,
    "ospf_neighbors": check_ospf,
    "cpu": check_cpu,
    "routes_all": check_routes,
}


def has_template(platform: str, spec: CommandSpec) -> bool:
    """Whether the engine would parse this command's output with a template."""
    from nornir_nlchat.execute.parse import _ntc_templates

    if not spec.parse or "\n" in spec.command or "|" in spec.command:
        return False
    if spec.template:
        return True
    return _ntc_templates(platform, spec.ntc_command or spec.command) is not None


def round_trip(world: World, name: str, outputs: dict[str, str]) -> list[str]:
    """Problems found parsing one device's catalog outputs back to its state."""
    dev = world.devices[name]
    plugin = get_platform(dev.platform)
    problems = []
    for spec, lines in catalog_lines(dev):
        if not has_template(dev.platform, spec) or (dev.platform, spec.command) in KNOWN_GAPS:
            continue
        if spec.intent == "routes_protocol" or not needs(spec.intent, dev):
            continue
        if spec.intent.startswith(("bgp", "ospf")) and "vrf" in spec.slots:
            continue  # the lab runs BGP and OSPF in the global table only
        line = lines[0]
        recs, why = parse_output(plugin, line, outputs[line], spec)
        if recs is None:
            problems.append(f"{name} {line!r}: {why}")
            continue
        if not recs and not spec.intent.startswith(MAY_BE_EMPTY):
            problems.append(f"{name} {line!r}: no records")
            continue
        check = CHECKS.get(spec.intent)
        if check is not None and recs:
            problems += [f"{name} {line!r}: {p}" for p in check(recs, dev, world)]
    return problems


@pytest.mark.parametrize("platform", PLATFORMS)
def test_lab_output_parses_back_to_its_state(catalog_outputs: dict[str, dict[str, str]],
                                             world: World, platform: str) -> None:
    names = [n for n in catalog_outputs if world.devices[n].platform == platform]
    assert names
    problems = [p for n in names for p in round_trip(world, n, catalog_outputs[n])]
    assert not problems, "\n".join(problems)


def test_every_role_parses_back_to_its_state() -> None:
    hosts = plan(LabConfig(devices=60))
    world = build_world(hosts, links(hosts), personalities())
    seen: dict[tuple[str, str], str] = {}
    for dev in world.devices.values():
        seen.setdefault((dev.platform, dev.role), dev.name)
        if dev.bgp is not None:
            seen.setdefault((dev.platform, "bgp"), dev.name)
    problems: list[str] = []
    for name in seen.values():
        dev = world.devices[name]
        lines: Iterable[str] = [line for _, cmds in catalog_lines(dev) for line in cmds]
        problems += round_trip(world, name, run_in_process(world, dev, list(lines)))
    assert not problems, "\n".join(problems)
