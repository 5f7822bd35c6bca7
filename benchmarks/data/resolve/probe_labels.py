"""What the ``make_probe*.py`` scripts share: labels computed from ``why`` filters, and
writing (or checking) an inventory folder and its JSONL set.

A ``why`` filter is clauses joined by `` & ``, each ``field=v1,v2`` (any of) or
``field!=v1,v2`` (none of), over a flat table with one row per host (each field a list of
values); values compare case-insensitively.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml


def matches(row: dict[str, Any], why: str) -> bool:
    """Whether a table row passes every clause of ``why``.

    >>> row = {"city": ["London"], "role": ["router"]}
    >>> matches(row, "city=london & role!=switch,core_switch"), matches(row, "role=firewall")
    (True, False)
    """
    for clause in why.split(" & "):
        neg = "!=" in clause
        field, values = clause.split("!=" if neg else "=", 1)
        wanted = {v.strip().casefold() for v in values.split(",")}
        have = {v.casefold() for v in row[field.strip()]}
        if neg == bool(wanted & have):
            return False
    return True


def label(rows: Iterable[tuple[str, str, str]], table: list[dict[str, Any]],
          prefix: str) -> list[dict[str, Any]]:
    """The cases ``(query, expect, why)`` with their hosts computed from ``why``; stops at a
    label its hosts contradict (``one`` with two hosts...) or a repeated query."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, (query, expect, why) in enumerate(rows, 1):
        if query in seen:
            raise SystemExit(f"duplicate query: {query!r}")
        seen.add(query)
        hosts = sorted(r["name"][0] for r in table if matches(r, why)) if why else []
        ok = {"one": len(hosts) == 1, "many": len(hosts) >= 2, "ambiguous": len(hosts) >= 2,
              "none": not hosts}[expect]
        if not ok:
            raise SystemExit(f"bad label: {query!r} {expect} {why!r} -> {hosts}")
        case = {"id": f"{prefix}-{i:03d}", "query": query, "expect": expect, "hosts": hosts}
        if why:
            case["why"] = why
        out.append(case)
    return out


def add_host(hosts: dict[str, Any], table: list[dict[str, Any]], name: str, address: str,
             platform: str, vendor: str, role: str, site: str,
             location: tuple[str, str, str, float, float], aliases: Iterable[str]) -> None:
    """One host in the dev inventory's shape (``hosts``) and its ``why`` row (``table``);
    ``location`` is (city, country, location name, latitude, longitude)."""
    city, country, loc_name, lat, lon = location
    aliases = list(aliases)
    hosts[name] = {
        "hostname": address,
        "platform": platform,
        "groups": [platform],
        "data": {
            "vendor": vendor,
            "role": role,
            "site": site,
            "location": {"name": loc_name, "city": city, "country": country,
                         "latitude": lat, "longitude": lon},
            "aliases": aliases,
        },
    }
    table.append({"name": [name], "alias": aliases, "city": [city], "country": [country],
                  "site": [site], "role": [role], "vendor": [vendor], "platform": [platform]})


def write_or_check(argv: list[str], hosts: dict[str, Any], platforms: Iterable[str],
                   built: list[dict[str, Any]], inventory: Path, set_path: Path) -> int:
    """``--check``: compare ``built`` with the set on disk; else write the inventory folder
    (hosts, one group per platform, lab credentials) and the set. Returns the exit code."""
    if "--check" in argv:
        on_disk = [json.loads(line) for line in set_path.read_text("utf-8").splitlines() if line]
        bad = [c["id"] for c, d in zip(built, on_disk, strict=True) if c != d]
        print("labels ok" if not bad else f"labels differ: {bad}")
        return 1 if bad else 0
    inventory.mkdir(exist_ok=True)
    dump = {"sort_keys": False, "allow_unicode": True, "explicit_start": True}
    (inventory / "hosts.yaml").write_text(yaml.safe_dump(hosts, **dump), "utf-8")
    groups = {p: {"platform": p} for p in platforms}
    (inventory / "groups.yaml").write_text(yaml.safe_dump(groups, **dump), "utf-8")
    (inventory / "defaults.yaml").write_text(
        yaml.safe_dump({"username": "lab", "password": "lab"}, **dump), "utf-8")
    set_path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in built), "utf-8")
    kinds = {k: sum(c["expect"] == k for c in built) for k in ("one", "many", "ambiguous", "none")}
    print(f"{len(hosts)} hosts, {len(built)} cases {kinds}")
    return 0
