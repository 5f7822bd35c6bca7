"""Reading a health request in words: which checks it asks for, and what is left to name
the devices (``"cpu and bgp on the bangalore routers"`` → ``["cpu", "bgp"]`` + the rest)."""

from __future__ import annotations

import re

WORDS: dict[str, tuple[str, ...]] = {
    "cpu": ("cpu",), "cpus": ("cpu",), "processor": ("cpu",), "load": ("cpu",),
    "memory": ("memory",), "mem": ("memory",), "ram": ("memory",),
    "interface": ("interfaces",), "interfaces": ("interfaces",), "errors": ("interfaces",),
    "crc": ("interfaces",), "discards": ("interfaces",), "drops": ("interfaces",),
    "flaps": ("interfaces",), "flapping": ("interfaces",), "links": ("interfaces",),
    "err-disabled": ("errdisabled",), "errdisabled": ("errdisabled",),
    "errdisable": ("errdisabled",),
    "stp": ("stp",), "spanning-tree": ("stp",), "spanning": ("stp",),
    "loop": ("stp", "mac", "topology"), "loops": ("stp", "mac", "topology"),
    "mac": ("mac",), "macs": ("mac",),
    "bgp": ("bgp",), "ospf": ("ospf",), "routing": ("bgp", "ospf"),
    "neighbors": ("bgp", "ospf"), "neighbours": ("bgp", "ospf"),
    "environment": ("environment",), "temperature": ("environment",),
    "temperatures": ("environment",), "fans": ("environment",), "fan": ("environment",),
    "power": ("environment",), "psu": ("environment",), "psus": ("environment",),
    "logs": ("logs",), "log": ("logs",), "syslog": ("logs",),
    "lldp": ("topology",), "cdp": ("topology",), "topology": ("topology",),
}

FILLER = frozenset({
    "health", "healthy", "check", "checks", "status", "state", "of", "on", "in", "at", "for",
    "the", "all", "every", "each", "and", "or", "with", "show", "me", "my", "how", "is",
    "are", "what", "whats", "what's", "please", "any", "devices", "device", "fleet",
    "network", "everything", "whole", "entire", "a", "an", "to", "do", "does", "there",
    "problems", "issues", "utilization", "usage", "use", "high", "down", "up", "detected",
})


def checks_in(query: str) -> tuple[list[str], bool]:
    """The checks a request names (in the engine's order), and whether it also names
    devices (anything left that is not a check word or filler).

    >>> checks_in("cpu and bgp on the bangalore routers")
    (['cpu', 'bgp'], True)
    >>> checks_in("any loops?")
    (['stp', 'mac', 'topology'], False)
    >>> checks_in("health")
    ([], False)
    """
    from nornir_nlchat.health.adapter import CHECKS

    found: set[str] = set()
    rest = False
    for word in re.findall(r"[\w'-]+", query.lower()):
        if word in WORDS:
            found.update(WORDS[word])
        elif word not in FILLER:
            rest = True
    return [c for c in CHECKS if c in found], rest
