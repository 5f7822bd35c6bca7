"""A second inventory (UK / Germany / US / Japan) unlike the dev set, as real Nornir objects."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from nornir import InitNornir
from nornir.core import Nornir

# (name, platform, vendor, role, site, city, country, location name, aliases)
HOSTS: list[tuple[str, str, str, str, str, str, str, str, list[str]]] = [
    ("GBLONDC1CSW1", "arista_eos", "arista", "core_switch", "LON-DC1", "London",
     "United Kingdom", "London Docklands DC1", ["lon-spine-a"]),
    ("GBLONDC1CSW2", "arista_eos", "arista", "core_switch", "LON-DC1", "London",
     "United Kingdom", "London Docklands DC1", ["lon-spine-b"]),
    ("GBLONDC1SW1", "arista_eos", "arista", "switch", "LON-DC1", "London", "United Kingdom",
     "London Docklands DC1", ["rack-12-tor"]),
    ("GBLONDC1SW2", "arista_eos", "arista", "switch", "LON-DC1", "London", "United Kingdom",
     "London Docklands DC1", ["rack-14-tor"]),
    ("GBLONDC1RTR1", "cisco_xe", "cisco", "router", "LON-DC1", "London", "United Kingdom",
     "London Docklands DC1", ["lon-isp-1", "transit edge"]),
    ("GBLONDC1RTR2", "juniper_junos", "juniper", "router", "LON-DC1", "London",
     "United Kingdom", "London Docklands DC1", ["lon-isp-2"]),
    ("GBLONDC1FW1", "paloalto_panos", "paloalto", "firewall", "LON-DC1", "London",
     "United Kingdom", "London Docklands DC1", ["lon-pa-1"]),
    ("GBLONB2SW1", "aruba_aoscx", "aruba", "switch", "LON-B2", "London", "United Kingdom",
     "London Canary Wharf Office", ["wharf-floor-3"]),
    ("GBLONB2AP1", "aruba_aoscx", "aruba", "access_point", "LON-B2", "London",
     "United Kingdom", "London Canary Wharf Office", []),
    ("GBLONB2WLC1", "aruba_aoscx", "aruba", "wireless_controller", "LON-B2", "London",
     "United Kingdom", "London Canary Wharf Office", ["wharf-mobility"]),
    ("GBMANB1SW1", "cisco_ios", "cisco", "switch", "MAN-B1", "Manchester", "United Kingdom",
     "Manchester Building 1", []),
    ("GBMANB1RTR1", "cisco_ios", "cisco", "router", "MAN-B1", "Manchester", "United Kingdom",
     "Manchester Building 1", ["man-wan"]),
    ("DEFRADC1CSW1", "cisco_nxos", "cisco", "core_switch", "FRA-DC1", "Frankfurt", "Germany",
     "Frankfurt Datacenter 1", []),
    ("DEFRADC1RTR1", "juniper_junos", "juniper", "router", "FRA-DC1", "Frankfurt", "Germany",
     "Frankfurt Datacenter 1", ["fra-peering"]),
    ("DEFRADC1FW1", "fortinet", "fortinet", "firewall", "FRA-DC1", "Frankfurt", "Germany",
     "Frankfurt Datacenter 1", []),
    ("DEFRADC1FW2", "fortinet", "fortinet", "firewall", "FRA-DC1", "Frankfurt", "Germany",
     "Frankfurt Datacenter 1", []),
    ("DEMUCB1SW1", "hp_procurve", "hp", "switch", "MUC-B1", "Munich", "Germany",
     "Munich Building 1", ["schwabing-sw"]),
    ("DEMUCB1RTR1", "cisco_ios", "cisco", "router", "MUC-B1", "Munich", "Germany",
     "Munich Building 1", []),
    ("USNYCDC1RTR1", "cisco_xr", "cisco", "router", "NYC-DC1", "New York", "United States",
     "New York Datacenter 1", ["nyc-edge-1"]),
    ("USNYCDC1RTR2", "cisco_xr", "cisco", "router", "NYC-DC1", "New York", "United States",
     "New York Datacenter 1", ["nyc-edge-2"]),
    ("USNYCDC1SW1", "arista_eos", "arista", "switch", "NYC-DC1", "New York", "United States",
     "New York Datacenter 1", []),
    ("USSFOB1SW1", "cisco_ios", "cisco", "switch", "SFO-B1", "San Francisco",
     "United States", "San Francisco Building 1", []),
    ("USSFOB1FW1", "paloalto_panos", "paloalto", "firewall", "SFO-B1", "San Francisco",
     "United States", "San Francisco Building 1", []),
    ("JPTYODC1RTR1", "juniper_junos", "juniper", "router", "TYO-DC1", "Tokyo", "Japan",
     "Tokyo Datacenter 1", []),
]


def host_entries() -> dict[str, Any]:
    """The hosts as a SimpleInventory hosts.yaml mapping."""
    out: dict[str, Any] = {}
    for i, (name, platform, vendor, role, site, city, country, loc, aliases) in enumerate(
        HOSTS
    ):
        out[name] = {
            "hostname": f"10.99.{i // 200}.{i % 200 + 10}",
            "platform": platform,
            "groups": [platform],
            "data": {
                "vendor": vendor,
                "role": role,
                "site": site,
                "location": {"name": loc, "city": city, "country": country},
                "aliases": aliases,
            },
        }
    return out


def write_inventory(folder: Path, hosts: dict[str, Any]) -> None:
    """Write hosts.yaml / groups.yaml / defaults.yaml for SimpleInventory."""
    folder.mkdir(parents=True, exist_ok=True)
    platforms = sorted({h.get("platform") for h in hosts.values() if h.get("platform")})
    (folder / "hosts.yaml").write_text(yaml.safe_dump(hosts, sort_keys=False))
    (folder / "groups.yaml").write_text(
        yaml.safe_dump({p: {"platform": p} for p in platforms}, sort_keys=False)
    )
    (folder / "defaults.yaml").write_text(yaml.safe_dump({"username": "lab", "password": "lab"}))


def nornir_from(folder: Path) -> Nornir:
    """A Nornir object over a SimpleInventory folder."""
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


MakeNornir = Callable[[dict[str, Any]], Nornir]


@pytest.fixture
def make_nornir(tmp_path: Path) -> MakeNornir:
    """Factory: a Nornir object over a SimpleInventory written from a hosts mapping."""
    count = [0]

    def make(hosts: dict[str, Any]) -> Nornir:
        count[0] += 1
        folder = tmp_path / f"inventory{count[0]}"
        write_inventory(folder, hosts)
        return nornir_from(folder)

    return make


@pytest.fixture(scope="module")
def world_nr(tmp_path_factory: pytest.TempPathFactory) -> Nornir:
    """Nornir over the UK / DE / US / JP inventory."""
    folder = tmp_path_factory.mktemp("world_inventory")
    write_inventory(folder, host_entries())
    return nornir_from(folder)
