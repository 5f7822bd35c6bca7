"""The lab's topology: sites, device names, platforms and the cabling between devices.

Names follow ``<country><city><site><role><index>`` (``INBLRDC1CSW1``). Every site is wired
the same way: access switches up to the core switches, cores to the routers, routers to the
firewalls; site routers reach the first site's router over the WAN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")

ROLE_CODES = {"switch": "SW", "core_switch": "CSW", "router": "RTR", "firewall": "FW"}

VENDORS = {"cisco_ios": "cisco", "cisco_nxos": "cisco", "arista_eos": "arista",
           "aruba_aoscx": "aruba", "hp_procurve": "hp", "juniper_junos": "juniper"}

# Platforms a role rotates through when the lab is generated.
ROLE_PLATFORMS = {
    "core_switch": ("cisco_nxos", "arista_eos", "aruba_aoscx", "cisco_ios"),
    "switch": ("cisco_ios", "aruba_aoscx", "arista_eos", "hp_procurve", "cisco_nxos"),
    "router": ("cisco_ios", "juniper_junos"),
    "firewall": ("juniper_junos",),
}

# Order in which a site is filled, so that a partly filled site is still wired sensibly.
SITE_FILL = ("core_switch", "router", "firewall", "switch", "core_switch", "switch", "switch",
             "router", "switch", "firewall")


@dataclass(frozen=True)
class City:
    """A city the lab has sites in."""

    country_code: str
    country: str
    code: str
    name: str
    latitude: float
    longitude: float


CITIES = (
    City("IN", "India", "BLR", "Bangalore", 12.9716, 77.5946),
    City("IN", "India", "DEL", "Delhi", 28.6139, 77.209),
    City("IN", "India", "VIJ", "Vijayawada", 16.5062, 80.648),
    City("SG", "Singapore", "SIN", "Singapore", 1.3521, 103.8198),
    City("IN", "India", "CCU", "Kolkata", 22.5726, 88.3639),
    City("IN", "India", "HYD", "Hyderabad", 17.385, 78.4867),
    City("IN", "India", "MAA", "Chennai", 13.0827, 80.2707),
    City("IN", "India", "BOM", "Mumbai", 19.076, 72.8777),
    City("IN", "India", "PNQ", "Pune", 18.5204, 73.8567),
    City("AE", "United Arab Emirates", "DXB", "Dubai", 25.2048, 55.2708),
    City("GB", "United Kingdom", "LON", "London", 51.5072, -0.1276),
    City("DE", "Germany", "FRA", "Frankfurt", 50.1109, 8.6821),
    City("US", "United States", "NYC", "New York", 40.7128, -74.006),
    City("JP", "Japan", "TYO", "Tokyo", 35.6762, 139.6503),
)
SITE_CODES = ("DC1", "B1", "B2", "DC2", "B3", "B4", "B5", "B6")


@dataclass
class HostSpec:
    """One lab device as the inventory describes it."""

    name: str
    platform: str
    role: str
    site: str  # "BLR-DC1"
    site_index: int  # 1-based, global
    location: dict[str, Any]
    aliases: list[str] = field(default_factory=list)
    host: str = "127.0.0.1"
    port: int = 0
    behind_bastion: bool = False

    @property
    def vendor(self) -> str:
        """The vendor name."""
        return VENDORS.get(self.platform, self.platform.split("_")[0])


@dataclass(frozen=True)
class Link:
    """A cable between two devices (ports are chosen when state is built)."""

    a: str
    b: str
    kind: str  # access-uplink | core-peer | core-router | router-firewall | wan


def _location(city: City, site_code: str) -> dict[str, Any]:
    kind = "Datacenter" if site_code.startswith("DC") else "Building"
    return {"name": f"{city.name} {kind} {site_code[-1]}", "city": city.name,
            "country": city.country, "latitude": city.latitude, "longitude": city.longitude}


def _name(city: City, site_code: str, role: str, index: int) -> str:
    return f"{city.country_code}{city.code}{site_code}{ROLE_CODES[role]}{index}"


def generate(devices: int, platforms: Sequence[str] | None = None,
             bastion_sites: int = 0) -> list[HostSpec]:
    """Plan ``devices`` devices over as many sites as needed (about 10 per site).

    Args:
        devices: How many devices.
        platforms: Restrict to these platforms (each role falls back to any of them).
        bastion_sites: How many of the last sites are reachable only through the bastion.
    """
    allowed = tuple(platforms) if platforms else PLATFORMS
    unknown = set(allowed) - set(PLATFORMS)
    if unknown:
        raise ValueError(f"unknown platform(s): {', '.join(sorted(unknown))}")
    sites = [(city, code) for code in SITE_CODES for city in CITIES]
    hosts: list[HostSpec] = []
    turn: dict[str, int] = {}
    n_sites = -(-devices // len(SITE_FILL))
    if n_sites > len(sites):
        raise ValueError(f"at most {len(sites) * len(SITE_FILL)} devices")
    for s in range(n_sites):
        city, code = sites[s]
        counts: dict[str, int] = {}
        for role in SITE_FILL[: min(len(SITE_FILL), devices - len(hosts))]:
            counts[role] = counts.get(role, 0) + 1
            choices = [p for p in ROLE_PLATFORMS[role] if p in allowed] or list(allowed)
            platform = choices[turn.get(role, 0) % len(choices)]
            turn[role] = turn.get(role, 0) + 1
            hosts.append(HostSpec(
                name=_name(city, code, role, counts[role]), platform=platform, role=role,
                site=f"{city.code}-{code}", site_index=s + 1, location=_location(city, code),
                behind_bastion=s >= n_sites - bastion_sites,
            ))
    return hosts


# The default lab: four sites, all six platforms, the last site only behind the bastion.
_DEFAULT: tuple[tuple[str, str, tuple[tuple[str, str, list[str]], ...]], ...] = (
    ("BLR", "DC1", (("core_switch", "cisco_nxos", ["blr-core-a"]),
                    ("core_switch", "arista_eos", []),
                    ("switch", "arista_eos", []), ("switch", "cisco_ios", ["blr-dc-access"]),
                    ("router", "cisco_ios", ["blr-wan-1"]), ("router", "juniper_junos", []),
                    ("firewall", "juniper_junos", ["blr-edge-fw"]))),
    ("BLR", "B1", (("core_switch", "aruba_aoscx", []), ("switch", "aruba_aoscx", []),
                   ("switch", "hp_procurve", ["whitefield-sw"]), ("router", "cisco_ios", []),
                   ("firewall", "juniper_junos", []))),
    ("DEL", "B1", (("core_switch", "cisco_ios", ["del-core"]), ("switch", "cisco_ios", []),
                   ("switch", "hp_procurve", []), ("router", "cisco_ios", ["del-wan"]),
                   ("firewall", "juniper_junos", []))),
    ("SIN", "DC1", (("core_switch", "arista_eos", []), ("switch", "aruba_aoscx", []),
                    ("router", "juniper_junos", ["sg-wan"]))),
)


def default_hosts() -> list[HostSpec]:
    """The built-in default lab (20 devices); ``inventory/`` describes it."""
    by_code = {c.code: c for c in CITIES}
    hosts: list[HostSpec] = []
    for s, (city_code, site_code, members) in enumerate(_DEFAULT):
        city = by_code[city_code]
        counts: dict[str, int] = {}
        for role, platform, aliases in members:
            counts[role] = counts.get(role, 0) + 1
            hosts.append(HostSpec(
                name=_name(city, site_code, role, counts[role]), platform=platform, role=role,
                site=f"{city.code}-{site_code}", site_index=s + 1,
                location=_location(city, site_code), aliases=list(aliases),
                behind_bastion=city_code == "SIN",
            ))
    return hosts


def links(hosts: Sequence[HostSpec]) -> list[Link]:
    """The cabling of a set of hosts, site by site, plus the WAN to the first site's router."""
    by_site: dict[int, dict[str, list[str]]] = {}
    for h in hosts:
        by_site.setdefault(h.site_index, {}).setdefault(h.role, []).append(h.name)
    out: list[Link] = []
    hub: str | None = None
    for s in sorted(by_site):
        roles = by_site[s]
        cores, switches = roles.get("core_switch", []), roles.get("switch", [])
        routers, firewalls = roles.get("router", []), roles.get("firewall", [])
        for sw in switches:
            for core in cores[:2] or routers[:1]:
                out.append(Link(sw, core, "access-uplink"))
        if len(cores) >= 2:
            out.append(Link(cores[0], cores[1], "core-peer"))
        for core in cores[:2]:
            for rtr in routers:
                out.append(Link(core, rtr, "core-router"))
        for rtr in routers or cores[:1]:
            for fw in firewalls:
                out.append(Link(rtr, fw, "router-firewall"))
        if routers:
            if hub is None:
                hub = routers[0]
            else:
                out.append(Link(routers[0], hub, "wan"))
    return out
