"""Slot values for generated requests, spelled the many ways engineers type them.

Interface names follow each platform's habits (``gi1/0/3`` on IOS, ``e1/5`` on NX-OS, ``et12``
on EOS, ``1/1/7`` on AOS-CX, ``port 12`` on AOS-S, ``xe-0/0/1`` on Junos), with now and then
another vendor's spelling, as people do. The model never reads the values (they are masked),
but the generator checks that the catalog's extractor finds them, so a request whose value
would not be understood is not used for training.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Sampler = Callable[[random.Random], str]


def _num(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _ios(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.55:
        name = rng.choice(["GigabitEthernet", "Gi", "gi", "Gig", "gig ", "g", "GigabitEthernet ",
                           "GI", "gi "])
        num = rng.choice([f"1/0/{_num(rng, 1, 48)}", f"0/{_num(rng, 0, 3)}",
                          f"2/0/{_num(rng, 1, 48)}", f"1/1/{_num(rng, 1, 4)}"])
    elif kind < 0.72:
        name = rng.choice(["TenGigabitEthernet", "Te", "te", "Ten ", "te "])
        num = rng.choice([f"1/1/{_num(rng, 1, 8)}", f"1/0/{_num(rng, 1, 24)}"])
    elif kind < 0.82:
        name = rng.choice(["FastEthernet", "Fa", "fa", "fa "])
        num = f"0/{_num(rng, 1, 24)}"
    elif kind < 0.92:
        name = rng.choice(["Port-channel", "Po", "po", "port-channel ", "Port-Channel"])
        num = str(_num(rng, 1, 48))
    else:
        name = rng.choice(["Loopback", "Lo", "lo", "Tunnel", "Tu"])
        num = str(_num(rng, 0, 10))
    return name + num


def _nxos(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.75:
        name = rng.choice(["Ethernet", "Eth", "eth", "e", "E", "Ethernet ", "eth "])
        num = rng.choice([f"1/{_num(rng, 1, 54)}", f"1/{_num(rng, 1, 48)}",
                          f"101/1/{_num(rng, 1, 48)}", f"2/{_num(rng, 1, 32)}"])
        return name + num
    if kind < 0.9:
        return rng.choice(["port-channel", "Po", "po", "port-channel "]) + str(_num(rng, 1, 99))
    return rng.choice(["mgmt0", "lo0", "loopback0", f"Vlan{_num(rng, 2, 999)}"])


def _eos(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.75:
        name = rng.choice(["Ethernet", "Et", "et", "eth", "Ethernet "])
        num = rng.choice([str(_num(rng, 1, 48)), f"{_num(rng, 49, 54)}/1",
                          str(_num(rng, 1, 32))])
        return name + num
    if kind < 0.9:
        return rng.choice(["Port-Channel", "Po", "po", "port-channel"]) + str(_num(rng, 1, 99))
    return rng.choice(["Management1", "Ma1", "Loopback0", f"Vlan{_num(rng, 2, 999)}"])


def _aoscx(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.8:
        return f"{_num(rng, 1, 2)}/1/{_num(rng, 1, 52)}"
    if kind < 0.93:
        return rng.choice(["lag", "lag ", "LAG"]) + str(_num(rng, 1, 64))
    return f"vlan{_num(rng, 2, 999)}"


def _procurve(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.65:
        return str(_num(rng, 1, 52))
    if kind < 0.85:
        return rng.choice("ABCDEF") + str(_num(rng, 1, 24))
    return rng.choice(["Trk", "trk"]) + str(_num(rng, 1, 8))


def _junos(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.8:
        name = rng.choice(["ge", "xe", "et", "ge", "xe"])
        return f"{name}-{_num(rng, 0, 1)}/{_num(rng, 0, 1)}/{_num(rng, 0, 47)}"
    if kind < 0.92:
        return f"ae{_num(rng, 0, 20)}"
    return rng.choice([f"irb.{_num(rng, 2, 999)}", "lo0", "em0", "fxp0"])


INTERFACES: dict[str, Sampler] = {
    "cisco_ios": _ios, "cisco_nxos": _nxos, "arista_eos": _eos, "aruba_aoscx": _aoscx,
    "hp_procurve": _procurve, "juniper_junos": _junos,
}


def interface(rng: random.Random, platform: str, *, after_port_word: bool) -> str:
    """An interface name as a person on ``platform`` might type it.

    Args:
        rng: Random source.
        platform: Platform name (unknown platforms get any vendor's spelling).
        after_port_word: The template already says "port"/"interface" before the name.
    """
    sampler = INTERFACES.get(platform)
    if sampler is None or rng.random() < 0.08:
        sampler = rng.choice(list(INTERFACES.values()))
    name = sampler(rng)
    bare = name[0].isdigit() or (len(name) <= 3 and name[0] in "ABCDEF" and name[1:].isdigit())
    # numbers alone are only interfaces after a port word ("port 12", "interface 1/1/4")
    if bare and not after_port_word and ("/" not in name or rng.random() < 0.5):
        return rng.choice(["port ", "port ", "interface ", "int ", "ports "]) + name
    return name


def ip(rng: random.Random) -> str:
    """An IPv4 address."""
    kind = rng.random()
    if kind < 0.45:
        return f"10.{_num(rng, 0, 255)}.{_num(rng, 0, 255)}.{_num(rng, 1, 254)}"
    if kind < 0.6:
        return f"172.{_num(rng, 16, 31)}.{_num(rng, 0, 255)}.{_num(rng, 1, 254)}"
    if kind < 0.75:
        return f"192.168.{_num(rng, 0, 255)}.{_num(rng, 1, 254)}"
    if kind < 0.9:
        return f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{_num(rng, 1, 254)}"
    return rng.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "8.8.4.4", "4.2.2.2",
                       f"{_num(rng, 11, 223)}.{_num(rng, 0, 255)}.{_num(rng, 0, 255)}."
                       f"{_num(rng, 1, 254)}"])


_MASKS = {8: "255.0.0.0", 12: "255.240.0.0", 16: "255.255.0.0", 20: "255.255.240.0",
          22: "255.255.252.0", 23: "255.255.254.0", 24: "255.255.255.0",
          25: "255.255.255.128", 26: "255.255.255.192", 28: "255.255.255.240",
          30: "255.255.255.252", 32: "255.255.255.255"}


def prefix(rng: random.Random) -> str:
    """An IPv4 prefix as ``/len`` or with a mask."""
    length = rng.choice(list(_MASKS))
    octets = [rng.choice([10, 172, 192, 100]), _num(rng, 0, 255), _num(rng, 0, 255), 0]
    if length <= 16:
        octets[2] = 0
    if length <= 8:
        octets[1] = 0
    address = ".".join(map(str, octets))
    kind = rng.random()
    if kind < 0.7:
        return f"{address}/{length}"
    if kind < 0.8:
        return f"{address} / {length}"
    return f"{address} {rng.choice(['', 'mask ', 'netmask '])}{_MASKS[length]}"


def mac(rng: random.Random) -> str:
    """A MAC address in one of the usual notations."""
    digits = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    if rng.random() < 0.2:
        digits = digits.upper()
    pairs = [digits[i:i + 2] for i in range(0, 12, 2)]
    style = rng.choice(["colon", "colon", "dot", "dot", "dash", "six"])
    if style == "colon":
        return ":".join(pairs)
    if style == "dash":
        return "-".join(pairs)
    if style == "dot":
        return ".".join(digits[i:i + 4] for i in range(0, 12, 4))
    return f"{digits[:6]}-{digits[6:]}"


def vlan(rng: random.Random) -> str:
    """A VLAN with its keyword ("vlan 20", "VLAN 300", "vlan id 5")."""
    number = rng.choice([_num(rng, 2, 99), _num(rng, 100, 999), _num(rng, 1000, 4094),
                         rng.choice([10, 20, 30, 100, 200])])
    word = rng.choice(["vlan ", "vlan ", "VLAN ", "Vlan ", "vlan id ", "vid ", "vlan #",
                       "vlan number "])
    return f"{word}{number}"


VRF_NAMES = ("MGMT", "mgmt", "management", "CUST-A", "cust_b", "BLUE", "red", "INTERNET",
             "guest", "VOICE", "prod", "DMZ", "Tenant1", "OOB", "core", "PARTNER-X", "lab",
             "WAN", "inet", "svc-42", "Finance", "storage")


def vrf(rng: random.Random, platform: str) -> str:
    """A VRF name with the words around it ("vrf BLUE", "the MGMT vrf")."""
    name = rng.choice(VRF_NAMES)
    forms = ["vrf {}", "vrf {}", "the {} vrf", "{} vrf", "vrf named {}", "VRF {}"]
    if platform == "juniper_junos" or rng.random() < 0.1:
        forms += ["routing-instance {}", "routing instance {}", "the {} routing-instance"]
    return rng.choice(forms).format(name)


ACL_NAMES = ("BLOCK-GUEST", "101", "10", "MGMT-IN", "deny_all", "ACL-WEB", "110", "VTY-ACCESS",
             "protect-re", "GUEST_OUT", "2001", "INBOUND-FILTER", "allow-ssh", "NTP-ONLY")


def acl(rng: random.Random, platform: str) -> str:
    """An access list with its keyword ("acl 101", "access-list MGMT-IN")."""
    name = rng.choice(ACL_NAMES)
    forms = ["acl {}", "access-list {}", "access list {}", "ip access-list {}", "ACL {}",
             "the acl named {}", "access list called {}"]
    if platform == "juniper_junos" or rng.random() < 0.1:
        forms += ["firewall filter {}", "filter {}"]
    return rng.choice(forms).format(name)


LOG_WORDS = ("BGP", "OSPF", "LINK-3-UPDOWN", "%SYS-5-CONFIG", "error", "authentication",
             "ssh", "fan", "power", "stp", "duplex", "login", "LINEPROTO", "dhcp", "vrrp",
             "lldp", "failed", "crash", "TCN", "mac-flap", "port-security", "radius",
             "temperature", "loop")


def word(rng: random.Random) -> str:
    """A word to look for in the logs."""
    return rng.choice(LOG_WORDS)


# (spelling, value) for the closed slots the model predicts itself
PROTOCOLS: tuple[tuple[str, str], ...] = (
    ("ospf", "ospf"), ("OSPF", "ospf"), ("ospfv2", "ospf"), ("bgp", "bgp"), ("BGP", "bgp"),
    ("ebgp", "bgp"), ("ibgp", "bgp"), ("static", "static"), ("statically configured", "static"),
    ("connected", "connected"), ("directly connected", "connected"), ("local", "connected"),
    ("eigrp", "eigrp"), ("EIGRP", "eigrp"), ("isis", "isis"), ("is-is", "isis"),
    ("rip", "rip"), ("ripv2", "rip"),
)
SECTIONS: tuple[tuple[str, str], ...] = (
    ("bgp", "bgp"), ("router bgp", "bgp"), ("BGP", "bgp"), ("ospf", "ospf"),
    ("router ospf", "ospf"), ("eigrp", "eigrp"), ("isis", "isis"), ("rip", "rip"),
    ("ntp", "ntp"), ("snmp", "snmp"), ("aaa", "aaa"), ("tacacs", "aaa"), ("radius", "aaa"),
    ("vlan", "vlan"), ("acl", "acl"), ("access-list", "acl"), ("static route", "static"),
    ("spanning-tree", "spanning-tree"), ("stp", "spanning-tree"), ("lldp", "lldp"),
    ("cdp", "cdp"), ("logging", "logging"), ("syslog", "logging"), ("username", "username"),
    ("user accounts", "username"), ("hsrp", "hsrp"), ("vrrp", "vrrp"), ("dhcp", "dhcp"),
    ("qos", "qos"), ("banner", "banner"), ("motd banner", "banner"),
    ("route-map", "route-map"), ("prefix-list", "prefix-list"), ("vrf", "vrf"),
    ("mlag", "mlag"), ("lacp", "lacp"), ("lag", "lag"), ("port-channel", "lag"),
    ("poe", "poe"), ("policy", "policy"),
)
