"""Score device resolution on a labelled JSONL set and time it on generated inventories.

Usage (from the repository root)::

    python benchmarks/resolve.py                       # dev set + 10k and 100k timings
    python benchmarks/resolve.py --set ../shared/eval/resolve_dev.jsonl \\
        --inventory ../shared/eval/inventory_dev --scale 10000 100000
    python benchmarks/resolve.py --scale 0             # accuracy only
    python benchmarks/resolve.py --data --scale 0      # also the sets in benchmarks/data/resolve
    python benchmarks/resolve.py --data DIR --fields netbox --scale 0

The set is JSONL with ``query``, ``expect`` (one | many | ambiguous | none) and ``hosts``
(see ../shared/eval/README.md for the scoring rules, applied here as written there). The
inventory is a Nornir SimpleInventory folder (hosts.yaml, groups.yaml, defaults.yaml).
``--data DIR`` scores every ``resolve_<name>.jsonl`` in DIR against ``inventory_<name>/`` next to
it (default DIR: benchmarks/data/resolve, six inventories unlike the dev one; see
``make_sets.py`` and the ``make_probe*.py`` scripts there).
Timings use generated inventories of the given sizes (names like ``GBLONDC1SW12``, cities
from the GeoNames list, aliases, several vendors/platforms/roles) built as in-memory Nornir
objects; they report the index build time (wall and CPU), the first queries after the build,
and p50 / p95 per query over a generated query mix.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from nornir.core import Nornir  # noqa: E402
from nornir.core.inventory import (  # noqa: E402
    Defaults,
    Group,
    Groups,
    Host,
    Hosts,
    Inventory,
    ParentGroups,
)

from nornir_nlchat.resolve import InventoryIndex, Resolution, index_for  # noqa: E402
from nornir_nlchat.resolve.places import world_city_names  # noqa: E402

DEFAULT_SET = REPO.parent / "shared" / "eval" / "resolve_dev.jsonl"
DEFAULT_INVENTORY = REPO.parent / "shared" / "eval" / "inventory_dev"
DEFAULT_DATA = REPO / "benchmarks" / "data" / "resolve"


# -- accuracy --------------------------------------------------------------------------------------


def load_nornir(folder: Path) -> Nornir:
    """A Nornir object over a SimpleInventory folder."""
    from nornir import InitNornir

    return InitNornir(
        runner={"plugin": "threaded", "options": {"num_workers": 1}},
        inventory={
            "plugin": "SimpleInventory",
            "options": {
                "host_file": str(folder / "hosts.yaml"),
                "group_file": str(folder / "groups.yaml"),
                "defaults_file": str(folder / "defaults.yaml"),
            },
        },
        logging={"enabled": False},
    )


def data_sets(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, set, inventory) for each ``resolve_<name>.jsonl`` with an ``inventory_<name>/``."""
    out = []
    for path in sorted(folder.glob("resolve_*.jsonl")):
        name = path.stem.removeprefix("resolve_")
        inventory = folder / f"inventory_{name}"
        if (inventory / "hosts.yaml").is_file():
            out.append((name, path, inventory))
    return out


def passes(case: dict[str, Any], res: Resolution) -> bool:
    """The README's scoring rule for one case."""
    expect = case["expect"]
    wanted = set(case.get("hosts") or [])
    if expect == "one":
        return res.status == "one" and res.hosts == list(wanted)
    if expect == "many":
        return res.status in ("many", "one") and set(res.hosts) == wanted
    if expect == "ambiguous":
        return res.status == "ambiguous" and not res.hosts and wanted <= set(res.candidates)
    if expect == "none":
        return not res.hosts
    raise ValueError(f"unknown expect {expect!r}")


def score(cases: Sequence[dict[str, Any]], resolve: Callable[[str], Resolution]) -> dict[str, Any]:
    """Accuracy overall and per expect-kind, with the failures."""
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    failures: list[dict[str, Any]] = []
    for case in cases:
        res = resolve(case["query"])
        kind = case["expect"]
        total[kind] += 1
        if passes(case, res):
            good[kind] += 1
        else:
            failures.append({"case": case, "got": res.to_dict()})
    n = sum(total.values())
    return {
        "overall": sum(good.values()) / n if n else 0.0,
        "cases": n,
        "by_kind": {k: (good[k], total[k]) for k in sorted(total)},
        "failures": failures,
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# -- generated inventories -------------------------------------------------------------------------

PLATFORMS = [
    ("cisco_ios", "cisco"), ("cisco_nxos", "cisco"), ("arista_eos", "arista"),
    ("juniper_junos", "juniper"), ("aruba_aoscx", "aruba"), ("hp_procurve", "hp"),
]
ROLES = [("SW", "switch", 8), ("CSW", "core_switch", 2), ("RTR", "router", 2),
         ("FW", "firewall", 2), ("AP", "access_point", 2), ("WLC", "wireless_controller", 1)]
COUNTRIES = ["IN", "GB", "DE", "US", "SG", "JP", "FR", "NL", "AU", "BR", "ZA", "AE"]


def generate_hosts(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` SimpleInventory-shaped host dicts with pattern names and location data."""
    rng = random.Random(seed)
    cities = sorted(n for n in world_city_names() if n.isalpha() and len(n) >= 5)
    rng.shuffle(cities)
    hosts: list[dict[str, Any]] = []
    used_codes: set[str] = set()
    city_iter = iter(cities)
    while len(hosts) < count:
        city = next(city_iter)
        code = (city[0] + "".join(c for c in city[1:] if c not in "aeiou"))[:3].upper()
        if len(code) < 3 or code in used_codes:
            continue
        used_codes.add(code)
        cc = rng.choice(COUNTRIES)
        for kind, label in (("DC", "Datacenter"), ("B", "Building")):
            for num in range(1, rng.randint(1, 3) + 1):
                site = f"{code}-{kind}{num}"
                for role_code, role, most in ROLES:
                    for index in range(1, rng.randint(1, most) + 1):
                        platform, vendor = rng.choice(PLATFORMS)
                        name = f"{cc}{code}{kind}{num}{role_code}{index}"
                        alias = f"{code}-{role_code}-{kind}{num}-{index}".lower()
                        hosts.append({
                            "name": name,
                            "hostname": f"10.{len(hosts) // 65536}.{len(hosts) // 256 % 256}."
                            f"{len(hosts) % 256}",
                            "platform": platform,
                            "groups": [platform],
                            "data": {
                                "vendor": vendor,
                                "role": role,
                                "site": site,
                                "location": {
                                    "name": f"{city.title()} {label} {num}",
                                    "city": city.title(),
                                    "country": cc,
                                },
                                "aliases": [alias],
                            },
                        })
                        if len(hosts) >= count:
                            return hosts
    return hosts


def nornir_in_memory(hosts: list[dict[str, Any]]) -> Nornir:
    """A Nornir object holding ``hosts`` without reading YAML (fast to set up)."""
    defaults = Defaults(username="lab", password="lab")
    groups = Groups({p: Group(p, platform=p, defaults=defaults) for p, _ in PLATFORMS})
    inv_hosts = Hosts()
    for h in hosts:
        inv_hosts[h["name"]] = Host(
            h["name"], hostname=h["hostname"], platform=h["platform"],
            groups=ParentGroups([groups[g] for g in h["groups"]]), data=h["data"],
            defaults=defaults,
        )
    return Nornir(inventory=Inventory(hosts=inv_hosts, groups=groups, defaults=defaults))


def generate_queries(hosts: list[dict[str, Any]], count: int, seed: int = 11) -> list[str]:
    """A mix of request shapes over the generated hosts."""
    rng = random.Random(seed)
    by_city: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for h in hosts:
        by_city[h["data"]["location"]["city"]].append(h)
    cities = sorted(by_city)
    out: list[str] = []
    for i in range(count):
        h = rng.choice(hosts)
        d = h["data"]
        city = d["location"]["city"]
        name: str = h["name"]
        shape = i % 10
        if shape == 0:
            out.append(f"show version on {name}")
        elif shape == 1:
            out.append(name.lower()[:4] + name.lower()[5:])  # a typo: one letter dropped
        elif shape == 2:
            out.append(f"what's the cpu on {d['aliases'][0]}")
        elif shape == 3:
            out.append(f"all switches in {city.lower()}")
        elif shape == 4:
            out.append(f"the {city.lower()} firewall")
        elif shape == 5:
            out.append(f"{city.lower()} datacenter 1 router 2")
        elif shape == 6:
            out.append(f"juniper routers in {city.lower()} and {rng.choice(cities).lower()}")
        elif shape == 7:
            out.append(name[:-1] + "9")  # a well-formed name that does not exist
        elif shape == 8:
            out.append(f"the second {city.lower()} core switch")
        else:
            out.append("bgp summary on the routers in atlantis")
    return out


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


def time_scale(count: int, queries: int = 400) -> dict[str, float]:
    """Build and query timings for a generated inventory of ``count`` hosts.

    ``gc_s`` is a full garbage collection right after the build: the collector's pass over the
    objects the build made, which the process pays at some later allocation anyway. Then
    ``first_ms`` is the first query and ``first10_max_ms`` the slowest of the first ten (one of
    each shape): they include the parts of the index that are built on first use. p50 / p95 /
    max are measured after a warm-up of 20 queries.
    """
    hosts = generate_hosts(count)
    nr = nornir_in_memory(hosts)
    qs = generate_queries(hosts, queries)
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    index = InventoryIndex.from_nornir(nr)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    gc.collect()
    collect = time.perf_counter() - t0
    first: list[float] = []
    for q in qs[:10]:
        t = time.perf_counter()
        index.resolve(q)
        first.append((time.perf_counter() - t) * 1000)
    for q in qs[:20]:
        index.resolve(q)  # warm caches (static vocabulary) outside the measurement
    times: list[float] = []
    statuses: Counter[str] = Counter()
    for q in qs:
        t = time.perf_counter()
        res = index.resolve(q)
        times.append((time.perf_counter() - t) * 1000)
        statuses[res.status] += 1
    return {
        "hosts": len(hosts),
        "build_s": build,
        "build_cpu_s": build_cpu,
        "gc_s": collect,
        "first_ms": first[0],
        "first10_max_ms": max(first),
        "p50_ms": statistics.median(times),
        "p95_ms": percentile(times, 95),
        "max_ms": max(times),
        **{f"n_{k}": float(v) for k, v in statuses.items()},
    }


# -- CLI -------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--set", type=Path, default=None, help=f"JSONL set (default {DEFAULT_SET})")
    ap.add_argument("--inventory", type=Path, default=None,
                    help=f"SimpleInventory folder (default {DEFAULT_INVENTORY})")
    ap.add_argument("--data", type=Path, nargs="?", const=DEFAULT_DATA, default=None,
                    help="also score every resolve_<name>.jsonl / inventory_<name> pair in this "
                    f"folder (default {DEFAULT_DATA})")
    ap.add_argument("--fields", choices=("default", "netbox"), default="default",
                    help="field map: FieldMap() or FieldMap.netbox()")
    ap.add_argument("--scale", type=int, nargs="*", default=[10000, 100000],
                    help="generated inventory sizes to time (0 = none)")
    ap.add_argument("--queries", type=int, default=400, help="queries per timing run")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead")
    args = ap.parse_args(argv)

    from nornir_nlchat.resolve import FieldMap

    fields = FieldMap.netbox() if args.fields == "netbox" else FieldMap()
    report: dict[str, Any] = {}
    set_path = args.set or DEFAULT_SET
    inv_path = args.inventory or DEFAULT_INVENTORY
    if args.data is not None:
        sets = data_sets(args.data)
        if not sets:
            print(f"error: no resolve_<name>.jsonl with inventory_<name>/ in {args.data}",
                  file=sys.stderr)
            return 2
        report["data"] = {
            name: score(read_jsonl(path), index_for(load_nornir(inv), fields).resolve)
            for name, path, inv in sets
        }
    if set_path.is_file() and (inv_path / "hosts.yaml").is_file():
        nr = load_nornir(inv_path)
        index = index_for(nr, fields)
        report["accuracy"] = score(read_jsonl(set_path), index.resolve)
    elif args.set is not None or args.inventory is not None:
        print(f"error: {set_path} or {inv_path}/hosts.yaml not found", file=sys.stderr)
        return 2
    else:
        print(f"(skipping accuracy: {set_path} not found)", file=sys.stderr)
    report["timing"] = [time_scale(n, args.queries) for n in args.scale if n > 0]

    if args.json:
        print(json.dumps(report, indent=2, default=str))
        return 0
    scored = [(str(set_path), report["accuracy"])] if report.get("accuracy") else []
    scored += [(f"{name} ({args.data})", acc) for name, acc in report.get("data", {}).items()]
    for label, acc in scored:
        print(f"accuracy: {acc['overall']:.1%} of {acc['cases']} cases ({label})")
        for kind, (ok, n) in acc["by_kind"].items():
            print(f"  {kind:10} {ok}/{n} = {ok / n:.1%}")
        for f in acc["failures"]:
            c, got = f["case"], f["got"]
            print(f"  FAIL {c.get('id', '?')} [{c['expect']}] {c['query']!r}: "
                  f"{got['status']} {got['hosts'] or got['candidates']} - {got['reason']}")
    for t in report["timing"]:
        print(f"{int(t['hosts']):>7} hosts: build {t['build_s']:.2f} s "
              f"({t['build_cpu_s']:.2f} s CPU), then a full gc {t['gc_s']:.2f} s, "
              f"first query {t['first_ms']:.1f} ms "
              f"(slowest of first 10: {t['first10_max_ms']:.1f} ms), per query p50 "
              f"{t['p50_ms']:.2f} ms, p95 {t['p95_ms']:.2f} ms, max {t['max_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
