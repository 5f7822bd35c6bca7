"""Build every device's state from the host plan, the cabling and the personalities.

All values are derived deterministically from device names, so the same plan always gives
the same lab (serials, MACs, counters and addresses included).
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from nornir_nlchat.lab.personality import LabPersonality, PortPlan
from nornir_nlchat.lab.state import (
    ArpEntry,
    Bgp,
    BgpNeighbor,
    Counters,
    Device,
    Endpoint,
    Environment,
    Interface,
    LogEvent,
    MacEntry,
    Module,
    NtpPeer,
    Ospf,
    OspfNeighbor,
    Peer,
    Route,
    Stp,
    StpPort,
    Vlan,
)
from nornir_nlchat.lab.topology import HostSpec, Link
from nornir_nlchat.lab.world import Credentials, World

USER_VLANS = {10: "USERS", 20: "VOICE", 30: "PRINTERS", 99: "MGMT"}
TRUNK_VLANS = [10, 20, 30, 99]
MGMT_VRF = "mgmt"
ISP_AS = 64500
DAY = 86400.0


def mac_of(*parts: object) -> str:
    """A stable unicast MAC address derived from ``parts``."""
    h = zlib.crc32("/".join(map(str, parts)).encode()) & 0xFFFFFFFF
    g = zlib.crc32(str(h).encode()) & 0xFFFF
    return f"00{(g >> 8) & 0xFF:02x}.{(g & 0xFF):02x}{(h >> 24) & 0xFF:02x}.{(h & 0xFFFF):04x}"


def _rng(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


@dataclass
class _Wiring:
    """Per-device cursor over free uplink ports."""

    plan: PortPlan
    next_port: int = 0
    lags: int = 0
    p2p: list[tuple[str, str]] = field(default_factory=list)  # (iface, peer device)


def build_world(hosts: Sequence[HostSpec], links: Sequence[Link],
                personalities: Mapping[str, LabPersonality],
                credentials: Credentials | None = None) -> World:
    """Build the world: devices, cabling, addressing, protocols, tables and history."""
    creds = credentials or Credentials()
    devices: dict[str, Device] = {}
    wiring: dict[str, _Wiring] = {}
    for h in hosts:
        pers = personalities[h.platform]
        dev, plan = _device(h, pers, creds)
        devices[h.name] = dev
        wiring[h.name] = _Wiring(plan)
    world = World(devices=devices, hosts={h.name: h for h in hosts},
                  personalities=dict(personalities), links=list(links), credentials=creds)
    p2p_count: dict[int, int] = {}
    for link in links:
        _cable(world, wiring, link, p2p_count)
    for dev in devices.values():
        _edge_ports(dev, wiring[dev.name].plan)
    for site in sorted({h.site_index for h in hosts}):
        _site_l2(world, [d for d in devices.values() if world.hosts[d.name].site_index == site])
    for dev in devices.values():
        _l3(world, dev)
    _bgp(world)
    for dev in devices.values():
        _history(dev)
    return world


def _device(h: HostSpec, pers: LabPersonality, creds: Credentials) -> tuple[Device, PortPlan]:
    rng = _rng(h.name)
    hw = pers.hardware(h.role)
    plan = pers.ports(h.role)
    s, n = h.site_index, _ordinal(h)
    dev = Device(
        name=h.name, platform=h.platform, role=h.role, site=h.site, index=n,
        model=hw.model, version=hw.version, image=hw.image,
        serial=f"{hw.serial_prefix}{zlib.crc32(h.name.encode()) % 10**7:07d}",
        base_mac=mac_of(h.name, "base"), mgmt_ip=f"10.{s}.99.{10 + n}",
        mgmt_interface=plan.mgmt, boot_time=-DAY * rng.randint(12, 420) - rng.randint(0, 80000),
        memory_total=hw.memory_kb, memory_used_base=rng.uniform(0.31, 0.52),
        cpu_base=rng.uniform(4.0, 14.0), location=dict(h.location),
        users={creds.username: 15, creds.operator: 1},
    )
    for kind, vid in (("loopback", 0),):
        if h.role != "switch":
            dev.interfaces[plan.loopback] = Interface(
                plan.loopback, kind=kind, mode="routed", ipv4=f"10.255.{s}.{n}/32",
                mac=dev.base_mac, description="Router-ID", speed=8000000, media="", mtu=1514 + vid)
            dev.loopback_ip = f"10.255.{s}.{n}"
    if plan.mgmt:
        dev.interfaces[plan.mgmt] = Interface(
            plan.mgmt, kind="mgmt", mode="routed", ipv4=f"{dev.mgmt_ip}/24", vrf=MGMT_VRF,
            mac=mac_of(h.name, "mgmt"), description="OOB-MGMT", media="10/100/1000BaseTX",
            rate_in=40_000, rate_out=60_000, base=_base(rng, 10**8))
        dev.vrfs[MGMT_VRF] = [plan.mgmt]
    for idx, name in enumerate(plan.uplinks):
        dev.interfaces[name] = Interface(
            name, speed=plan.uplink_speed, media=plan.uplink_media, link_up=False,
            mac=mac_of(h.name, name), mode="routed" if h.role in ("router", "firewall")
            else "trunk", trunk_vlans=list(TRUNK_VLANS), mtu=9216 if idx < 2 else 1500)
    for name in plan.access:
        dev.interfaces[name] = Interface(name, speed=plan.access_speed, link_up=False,
                                         mac=mac_of(h.name, name), access_vlan=10)
    dev.modules = [Module("Chassis", hw.model, hw.model, dev.serial)]
    for k, (name, descr, pid) in enumerate(hw.modules):
        dev.modules.append(Module(name, descr, pid, f"{hw.serial_prefix[:3]}{k}"
                                  f"{zlib.crc32((h.name + name).encode()) % 10**7:07d}"))
    dev.env = Environment(
        temps={"Inlet": 24 + rng.randint(0, 6), "Outlet": 34 + rng.randint(0, 8),
               "CPU": 45 + rng.randint(0, 10)},
        fans={f"Fan{i}": "ok" for i in range(1, 5)}, fan_rpm=6800 + rng.randint(0, 1200),
        psus={"PS1": 110 + rng.randint(0, 90), "PS2": 105 + rng.randint(0, 90)})
    dev.ntp = [NtpPeer(f"10.{s}.99.250", 2, "192.0.2.123", True, round(rng.uniform(-0.9, 0.9), 3),
                       round(rng.uniform(0.4, 2.5), 3)),
               NtpPeer("10.1.99.251", 3, "10.1.99.250", False, round(rng.uniform(-3, 3), 3),
                       round(rng.uniform(5, 30), 3))]
    dev.extra["stp_mode"] = hw.stp_mode
    return dev, plan


def _ordinal(h: HostSpec) -> int:
    base = {"core_switch": 0, "router": 10, "firewall": 20, "switch": 30}[h.role]
    digits = "".join(ch for ch in h.name[-2:] if ch.isdigit()) or "1"
    return base + int(digits)


def _base(rng: random.Random, scale: int) -> Counters:
    octets = rng.randint(scale // 10, scale)
    pkts = octets // 700
    return Counters(in_octets=octets, out_octets=int(octets * rng.uniform(0.6, 1.4)),
                    in_pkts=pkts, out_pkts=int(pkts * 1.1), in_bcast=pkts // 200,
                    in_mcast=pkts // 50, out_bcast=pkts // 300, out_mcast=pkts // 40,
                    in_discards=rng.randint(0, 40), out_discards=rng.randint(0, 60))


def _take(w: _Wiring) -> str | None:
    if w.next_port >= len(w.plan.uplinks):
        return None
    name = w.plan.uplinks[w.next_port]
    w.next_port += 1
    return name


def _cable(world: World, wiring: dict[str, _Wiring], link: Link, p2p: dict[int, int]) -> None:
    a, b = world.devices[link.a], world.devices[link.b]
    pairs = 2 if link.kind == "core-peer" else 1
    ports: list[tuple[str, str]] = []
    for _ in range(pairs):
        pa, pb = _take(wiring[a.name]), _take(wiring[b.name])
        if pa is None or pb is None:
            return
        ports.append((pa, pb))
    for pa, pb in ports:
        for dev, mine, other, theirs in ((a, pa, b, pb), (b, pb, a, pa)):
            iface = dev.interfaces[mine]
            iface.link_up = True
            iface.peer = Peer(other.name, theirs)
            iface.description = f"{_desc(link.kind, dev, other)} {other.name} {theirs}"
            rng = _rng(dev.name + mine)
            iface.rate_in = rng.randint(20_000_000, 400_000_000)
            iface.rate_out = rng.randint(20_000_000, 400_000_000)
            iface.base = _base(rng, 10**12)
    if link.kind == "core-peer":
        for dev, idx in ((a, 0), (b, 1)):
            w = wiring[dev.name]
            w.lags += 1
            lag = w.plan.lag(w.lags)
            members = [p[idx] for p in ports]
            dev.interfaces[lag] = Interface(
                lag, kind="lag", mode="trunk", trunk_vlans=list(TRUNK_VLANS), members=members,
                speed=sum(dev.interfaces[m].speed for m in members), media="N/A",
                mac=dev.interfaces[members[0]].mac,
                description=f"PEER-LINK {(b if idx == 0 else a).name}",
                rate_in=300_000_000, rate_out=280_000_000, base=_base(_rng(lag + dev.name), 10**12))
            for m in members:
                dev.interfaces[m].lag = lag
        return
    if link.kind in ("core-router", "router-firewall", "wan"):
        site = world.hosts[a.name].site_index
        if link.kind == "wan":
            net = f"172.16.{site}."
            ips = (f"{net}2", f"{net}1")
        else:
            k = p2p.get(site, 0)
            p2p[site] = k + 1
            ips = (f"10.{site}.250.{4 * k + 1}", f"10.{site}.250.{4 * k + 2}")
        for dev, port, ip in ((a, ports[0][0], ips[0]), (b, ports[0][1], ips[1])):
            iface = dev.interfaces[port]
            iface.mode, iface.ipv4, iface.trunk_vlans = "routed", f"{ip}/30", []


def _desc(kind: str, dev: Device, other: Device) -> str:
    if kind == "access-uplink":
        return "UPLINK" if dev.role == "switch" else "DOWNLINK"
    return {"core-peer": "PEER", "wan": "WAN", "router-firewall": "FW-LINK"}.get(kind, "P2P")


def _edge_ports(dev: Device, plan: PortPlan) -> None:
    rng = _rng(dev.name + "edge")
    s = int(dev.mgmt_ip.split(".")[1])
    n = len(plan.access)
    for k, name in enumerate(plan.access):
        iface = dev.interfaces[name]
        if k >= n - 2:
            iface.admin_up = False
            iface.description = "UNUSED"
            continue
        if rng.random() > 0.62:
            continue
        vlan = 30 if k % 10 == 9 else 20 if k % 4 == 3 else 10
        iface.access_vlan = vlan
        iface.link_up = True
        kind = {10: "USER", 20: "PHONE", 30: "PRINTER"}[vlan]
        iface.description = f"{kind}-{name[-2:].strip('/')}"
        iface.poe = vlan == 20
        iface.poe_watts = round(rng.uniform(4.5, 7.9), 1) if iface.poe else 0.0
        iface.rate_in = rng.randint(20_000, 4_000_000)
        iface.rate_out = rng.randint(40_000, 8_000_000)
        iface.base = _base(rng, 10**10)
        host = 100 + len([e for e in dev.endpoints if e.vlan == vlan]) + 40 * (dev.index - 30)
        dev.endpoints.append(Endpoint(mac_of(dev.name, name, "host"),
                                      f"10.{s}.{vlan}.{host % 250 + 2}", vlan, dev.name, name))


def _site_l2(world: World, devs: list[Device]) -> None:
    cores = [d for d in devs if d.role == "core_switch"]
    switches = [d for d in devs if d.role == "switch"]
    if not cores and not switches:
        return
    site = int(devs[0].mgmt_ip.split(".")[1])
    root = cores[0] if cores else switches[0]
    for dev in cores + switches:
        for vid, name in {1: "default", **USER_VLANS}.items():
            dev.vlans[vid] = Vlan(vid, name)
        svis = TRUNK_VLANS if dev.role == "core_switch" else [99]
        plan = world.personality(dev).ports(dev.role)
        for vid in svis:
            name = plan.vlan_interface(vid)
            last = 2 + cores.index(dev) if dev in cores else 10 + dev.index
            dev.interfaces[name] = Interface(
                name, kind="vlan", mode="routed", ipv4=f"10.{site}.{vid}.{last}/24",
                mac=dev.base_mac, description=USER_VLANS[vid], speed=1000, media="",
                rate_in=2_000_000, rate_out=1_500_000, base=_base(_rng(dev.name + name), 10**9))
        _stp(world, dev, root, cores)
    for dev in switches:
        dev.routes.append(Route("0.0.0.0/0", "static", f"10.{site}.99.1", distance=1))
        for e in dev.endpoints:
            dev.mac_table.append(MacEntry(e.vlan, e.mac, e.port))
        root_port = dev.stp.root_port if dev.stp else ""
        for core in cores:
            for vid in TRUNK_VLANS:
                if root_port:
                    dev.mac_table.append(MacEntry(vid, core.base_mac, root_port))
        gw = cores[0] if cores else None
        if gw is not None:
            dev.arp.append(ArpEntry(f"10.{site}.99.1", mac_of(gw.name, "vip", 99),
                                    plan_vlan(world, dev, 99), 3))
            dev.arp.append(ArpEntry(f"10.{site}.99.2", gw.base_mac, plan_vlan(world, dev, 99), 12))
    for core in cores:
        toward = {}
        for iface in core.interfaces.values():
            if iface.peer and not iface.lag:
                toward[iface.peer.device] = iface.name
        lag = next((i.name for i in core.interfaces.values() if i.kind == "lag"), "")
        for sw in switches:
            port = toward.get(sw.name, "") if core is root or not lag else lag
            for e in sw.endpoints:
                if port:
                    core.mac_table.append(MacEntry(e.vlan, e.mac, port))
                    svi = plan_vlan(world, core, e.vlan)
                    core.arp.append(ArpEntry(e.ip, e.mac, svi, _rng(e.mac).randint(0, 230)))
            if port:
                # The switch's in-band management address: its VLAN 99 interface.
                mgmt_svi = sw.interfaces[plan_vlan(world, sw, 99)]
                core.mac_table.append(MacEntry(99, mgmt_svi.mac, port))
                core.arp.append(ArpEntry(mgmt_svi.address, mgmt_svi.mac,
                                         plan_vlan(world, core, 99), 4))
        for other in cores:
            if other is not core and lag:
                for vid in TRUNK_VLANS:
                    core.mac_table.append(MacEntry(vid, other.base_mac, lag))
                    core.arp.append(ArpEntry(f"10.{site}.{vid}.{2 + cores.index(other)}",
                                             other.base_mac, plan_vlan(world, core, vid), 1))
        for k, vid in enumerate(TRUNK_VLANS):
            primary = core is cores[0]
            core.vrrp.append({"group": vid, "interface": plan_vlan(world, core, vid),
                              "vip": f"10.{site}.{vid}.1", "priority": 110 if primary else 100,
                              "state": "active" if primary else "standby", "index": k,
                              "peer": f"10.{site}.{vid}.{3 if primary else 2}"})
    for dev in cores + switches:
        dev.mac_table.sort(key=lambda m: (m.vlan, m.mac))


def plan_vlan(world: World, dev: Device, vid: int) -> str:
    """The name of ``dev``'s routed interface for VLAN ``vid``."""
    return world.personality(dev).ports(dev.role).vlan_interface(vid)


def _stp(world: World, dev: Device, root: Device, cores: list[Device]) -> None:
    stp = Stp(mode=str(dev.extra.get("stp_mode", "rstp")), root_mac=root.base_mac)
    stp.priority = 24576 if dev is root else 28672 if dev in cores else 32768
    stp.root_priority = 24576 if root in cores else 32768
    root_port = ""
    for iface in dev.interfaces.values():
        if iface.lag or (iface.mode != "trunk" and iface.kind != "ethernet"):
            continue
        if iface.kind not in ("ethernet", "lag") or iface.mode == "routed" or not iface.up:
            continue
        cost = 2000 if iface.speed >= 10000 else 20000
        if iface.kind == "lag":
            cost = 1000
        role, state = "designated", "forwarding"
        peer = iface.peer.device if iface.peer else (
            world.devices[dev.interfaces[iface.members[0]].peer.device].name  # type: ignore[union-attr]
            if iface.members and dev.interfaces[iface.members[0]].peer else "")
        if dev is not root and iface.mode == "trunk":
            if peer == root.name and not root_port:
                role, root_port = "root", iface.name
                stp.root_cost = cost
            elif peer in {c.name for c in cores}:
                role, state = "alternate", "blocking"
        stp.ports[iface.name] = StpPort(role, state, cost, 128, edge=iface.mode == "access")
    stp.root_port = root_port
    rng = _rng(dev.name + "stp")
    stp.tc_count = rng.randint(3, 60)
    stp.last_tc = -rng.uniform(3600, 40 * DAY)
    stp.tc_port = root_port or next(iter(stp.ports), "")
    dev.stp = stp


def _l3(world: World, dev: Device) -> None:
    site = world.hosts[dev.name].site_index
    for iface in dev.interfaces.values():
        if not iface.ipv4:
            continue
        net = _network(iface.ipv4)
        vrf = iface.vrf
        dev.routes.append(Route(net, "connected", "", iface.name, 0, 0, 0.0, vrf))
        dev.routes.append(Route(f"{iface.address}/32", "local", "", iface.name, 0, 0, 0.0, vrf))
        if iface.peer and iface.kind == "ethernet":
            other = world.devices[iface.peer.device]
            far = other.interfaces[iface.peer.port]
            if far.ipv4:
                dev.arp.append(ArpEntry(far.address, far.mac, iface.name,
                                        _rng(dev.name + far.address).randint(0, 200)))
    if dev.mgmt_interface:
        dev.routes.append(Route("0.0.0.0/0", "static", f"10.{site}.99.1", dev.mgmt_interface,
                                1, 0, 0.0, MGMT_VRF))
        dev.arp.append(ArpEntry(f"10.{site}.99.1", mac_of("mgmt-gw", site), dev.mgmt_interface,
                                2, MGMT_VRF))
    if dev.role == "switch":
        return
    ospf = Ospf(1, dev.loopback_ip)
    for iface in dev.interfaces.values():
        if iface.ipv4 and not iface.vrf and iface.kind in ("ethernet", "vlan", "loopback"):
            if iface.description.startswith("WAN"):
                continue
            ospf.interfaces.append(iface.name)
            if iface.peer and iface.kind == "ethernet":
                other = world.devices[iface.peer.device]
                far = other.interfaces[iface.peer.port]
                ospf.neighbors.append(OspfNeighbor(other.loopback_ip, far.address, iface.name,
                                                   other.name, True, 1, "", dev.boot_time + 95))
    if dev.role == "core_switch":
        peers = [d for d in world.devices.values()
                 if d.role == "core_switch" and d is not dev
                 and world.hosts[d.name].site_index == site]
        for other in peers:
            svi = plan_vlan(world, dev, 99)
            far_svi = plan_vlan(world, other, 99)
            role = "DR" if other.index < dev.index else "BDR"
            ospf.neighbors.append(OspfNeighbor(other.loopback_ip, other.interfaces[far_svi].address,
                                               svi, other.name, True, 1, role,
                                               dev.boot_time + 80))
    dev.ospf = ospf
    learned: list[Route] = []
    for nb in ospf.neighbors:
        other = world.devices[nb.device]
        for r in other.routes:
            if r.protocol == "connected" and not r.vrf and r.prefix not in {
                    x.prefix for x in dev.routes} | {x.prefix for x in learned}:
                learned.append(Route(r.prefix, "ospf", nb.ip, nb.interface, 110,
                                     20 if not r.prefix.endswith("/32") else 11,
                                     dev.boot_time + 100))
    dev.routes.extend(learned)
    if dev.role == "firewall":
        outside = f"198.51.100.{(site * 4 + 1) % 250}"
        dev.routes.append(Route("0.0.0.0/0", "static", outside, "", 5, 0, dev.boot_time + 60))


def _bgp(world: World) -> None:
    """eBGP over the WAN: every site's /16 is advertised, the first site's router is the hub.

    The hub (where the WAN links end) learns each spoke's /16 and a default route from the
    ISP; it passes everything on, so a spoke learns the other sites' /16s and the default.
    """
    routers = [d for d in world.devices.values() if d.role == "router"]
    wan = [lk for lk in world.links if lk.kind == "wan"]
    hubs = {lk.b for lk in wan}
    site_of = {d.name: world.hosts[d.name].site_index for d in routers}
    site_nets = {s: f"10.{s}.0.0/16" for s in sorted(set(site_of.values()))}
    for dev in routers:
        site = site_of[dev.name]
        bgp = Bgp(65000 + site, dev.loopback_ip, networks=[site_nets[site]])
        is_hub = dev.name in hubs
        for iface in dev.interfaces.values():
            if not (iface.peer and iface.description.startswith("WAN")):
                continue
            other = world.devices[iface.peer.device]
            far = other.interfaces[iface.peer.port]
            other_site = site_of[other.name]
            if is_hub:  # a spoke announces its own /16 and gets everything else
                learned = [site_nets[other_site]]
                sent = [n for s, n in site_nets.items() if s != other_site] + ["0.0.0.0/0"]
            else:  # the hub passes on the other sites and the default route
                learned = [n for s, n in site_nets.items() if s != site] + ["0.0.0.0/0"]
                sent = [site_nets[site]]
            since = max(dev.boot_time, other.boot_time) + 120
            bgp.neighbors.append(BgpNeighbor(far.address, 65000 + other_site, f"WAN-{other.name}",
                                             other.name, True, since, len(learned), len(sent)))
            dev.routes += [Route(net, "bgp", far.address, "", 20, 0, since) for net in learned]
        if is_hub:
            since = dev.boot_time + 150
            bgp.neighbors.append(BgpNeighbor("203.0.113.1", ISP_AS, "ISP-TRANSIT", "", True,
                                             since, 1, len(site_nets)))
            dev.routes.append(Route("0.0.0.0/0", "bgp", "203.0.113.1", "", 20, 0, since))
        if bgp.neighbors:
            dev.bgp = bgp


def _network(cidr: str) -> str:
    import ipaddress

    return str(ipaddress.IPv4Interface(cidr).network)


def _history(dev: Device) -> None:
    rng = _rng(dev.name + "log")
    boot = dev.boot_time
    logs = [LogEvent(boot + 30, "restart", {"reason": "power-on"}, 5)]
    for iface in dev.interfaces.values():
        if iface.kind == "ethernet" and iface.up and iface.peer:
            logs.append(LogEvent(boot + 60, "link_up", {"interface": iface.name}, 3))
    if dev.ospf:
        for nb in dev.ospf.neighbors:
            logs.append(LogEvent(nb.since, "ospf_up", {"neighbor": nb.router_id,
                                                       "interface": nb.interface}, 5))
    if dev.bgp:
        for bn in dev.bgp.neighbors:
            logs.append(LogEvent(bn.since, "bgp_up", {"neighbor": bn.ip}, 5))
    logs.append(LogEvent(-rng.uniform(5, 9) * DAY, "config", {"user": "netadmin",
                                                               "from": "10.1.99.5"}, 5))
    edge = [i for i in dev.interfaces.values() if i.kind == "ethernet" and i.mode == "access"
            and i.up]
    for k in range(min(3, len(edge))):
        at = -rng.uniform(600, 3 * DAY)
        logs.append(LogEvent(at, "link_down", {"interface": edge[k].name}, 3))
        logs.append(LogEvent(at + rng.uniform(3, 40), "link_up", {"interface": edge[k].name}, 3))
    for _ in range(rng.randint(2, 5)):
        logs.append(LogEvent(-rng.uniform(60, 2 * DAY), "login",
                             {"user": "netadmin", "from": "10.1.99.5"}, 6))
    logs.append(LogEvent(-rng.uniform(60, DAY), "ntp_sync", {"server": dev.ntp[0].address}, 6))
    logs.sort(key=lambda e: e.at)
    dev.logs = logs
