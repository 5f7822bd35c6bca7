"""Helpers shared by the lab tests: pick hosts, connect with Netmiko."""

from __future__ import annotations

from typing import Any

from nornir_nlchat.lab import Lab

PLATFORMS = ("cisco_ios", "cisco_nxos", "arista_eos", "aruba_aoscx", "hp_procurve",
             "juniper_junos")


def direct_hosts(lab: Lab) -> dict[str, dict[str, Any]]:
    """Hosts reachable without the jump host."""
    return {n: h for n, h in lab.hosts().items() if not h["data"].get("jump_host")}


def host_for(lab: Lab, platform: str, role: str | None = None) -> tuple[str, dict[str, Any]]:
    """The first directly reachable host of ``platform`` (and ``role``)."""
    for name, h in direct_hosts(lab).items():
        if h["platform"] == platform and (role is None or h["data"]["role"] == role):
            return name, h
    raise LookupError(f"no {platform} {role or ''} host in the lab")


def netmiko(host: dict[str, Any], **extra: Any) -> Any:
    """A Netmiko connection to a lab host."""
    from netmiko import ConnectHandler

    return ConnectHandler(device_type=host["platform"], host=host["hostname"],
                          port=host["port"], username="lab", password="lab", secret="lab",
                          **extra)
