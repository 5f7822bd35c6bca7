"""Write the lab as a Nornir SimpleInventory, and read a lab plan back from one.

The files use the project's inventory schema: ``hosts.yaml`` (hostname, port, platform,
groups, data: vendor, role, site, location, aliases), ``groups.yaml`` (one group per
platform) and ``defaults.yaml`` (the lab-only credentials). Hosts reachable only through the
lab's bastion carry ``data.jump_host: {hostname, port}`` and their management address.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from nornir_nlchat.lab.topology import PLATFORMS, HostSpec
from nornir_nlchat.lab.world import Credentials

LAB_FILE = "lab.json"


def host_entries(hosts: Sequence[HostSpec], addresses: Mapping[str, tuple[str, int]],
                 mgmt_ips: Mapping[str, str],
                 bastion: tuple[str, int] | None) -> dict[str, Any]:
    """The ``hosts.yaml`` mapping for a running (or planned) lab."""
    out: dict[str, Any] = {}
    for h in hosts:
        data: dict[str, Any] = {"vendor": h.vendor, "role": h.role, "site": h.site,
                                "location": dict(h.location), "aliases": list(h.aliases)}
        if h.behind_bastion and bastion is not None:
            hostname, port = mgmt_ips[h.name], 22
            data["jump_host"] = {"hostname": bastion[0], "port": bastion[1]}
        else:
            hostname, port = addresses[h.name]
        out[h.name] = {"hostname": hostname, "port": port, "platform": h.platform,
                       "groups": [h.platform], "data": data}
    return out


def write_inventory(folder: Path, hosts: Sequence[HostSpec],
                    addresses: Mapping[str, tuple[str, int]], mgmt_ips: Mapping[str, str],
                    creds: Credentials, bastion: tuple[str, int] | None,
                    lab_info: Mapping[str, Any] | None = None) -> Path:
    """Write hosts/groups/defaults (and ``lab.json`` for a running lab) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    platforms = [p for p in PLATFORMS if any(h.platform == p for h in hosts)]
    groups = {p: {"platform": p} for p in platforms}
    defaults = {
        "username": creds.username,
        "password": creds.password,
        "connection_options": {"netmiko": {"extras": {"secret": creds.secret}}},
        "data": {"lab": True, "note": "credentials of the simulated lab only"},
    }
    files = {
        "hosts.yaml": host_entries(hosts, addresses, mgmt_ips, bastion),
        "groups.yaml": groups,
        "defaults.yaml": defaults,
    }
    for name, content in files.items():
        text = "---\n" + yaml.safe_dump(content, sort_keys=False, default_flow_style=False)
        (folder / name).write_text(text, encoding="utf-8")
    if lab_info is not None:
        (folder / LAB_FILE).write_text(json.dumps(lab_info, indent=2) + "\n", encoding="utf-8")
    return folder


def read_hosts(folder: Path) -> list[HostSpec]:
    """Plan a lab from an existing SimpleInventory folder (its ``hosts.yaml``).

    Each host needs ``platform`` and ``data.role``; ``data.site`` groups hosts into sites.
    Hosts with ``data.jump_host`` are put behind the bastion; the others listen on their
    ``hostname``/``port`` when it is a loopback address.
    """
    raw = yaml.safe_load((folder / "hosts.yaml").read_text(encoding="utf-8")) or {}
    sites: dict[str, int] = {}
    hosts: list[HostSpec] = []
    for name, entry in raw.items():
        data = entry.get("data") or {}
        platform = entry.get("platform") or next(iter(entry.get("groups") or []), "")
        if platform not in PLATFORMS:
            raise ValueError(f"{name}: the lab has no platform {platform!r}")
        site = str(data.get("site") or "LAB")
        sites.setdefault(site, len(sites) + 1)
        hostname = str(entry.get("hostname") or "127.0.0.1")
        hosts.append(HostSpec(
            name=name, platform=platform, role=str(data.get("role") or "switch"), site=site,
            site_index=sites[site], location=dict(data.get("location") or {}),
            aliases=list(data.get("aliases") or []),
            host=hostname if hostname.startswith("127.") else "127.0.0.1",
            port=int(entry.get("port") or 0), behind_bastion=bool(data.get("jump_host")),
        ))
    return hosts


def read_bastion(folder: Path) -> tuple[str, int] | None:
    """The bastion address recorded in an inventory (from any host's ``jump_host``)."""
    raw = yaml.safe_load((folder / "hosts.yaml").read_text(encoding="utf-8")) or {}
    for entry in raw.values():
        jump = (entry.get("data") or {}).get("jump_host")
        if jump:
            return str(jump["hostname"]), int(jump["port"])
    return None
