"""Alarms, MLAG consistency and per-interface ARP follow the lab's state (in this process).

A fault raises an alarm on every platform that keeps an alarm table and clearing it removes
the alarm; ``show ip arp <interface>`` keeps exactly that interface's rows; the MLAG / vPC /
VSX consistency commands compare local and peer values and notice a peer link that is down.
"""

from __future__ import annotations

import pytest

from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.faults import FaultBook
from nornir_nlchat.lab.health import alarms, consistency
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.state import Device, Interface
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from tests.nornir_nlchat.lab.helpers import run_in_process

ALARM_COMMAND = {"cisco_ios": "show facility-alarm status",
                 "juniper_junos": "show chassis alarms"}
CONSISTENCY = {"cisco_nxos": "show vpc consistency-parameters global",
               "arista_eos": "show mlag config-sanity",
               "aruba_aoscx": "show vsx config-consistency"}


@pytest.fixture()
def world() -> World:
    """A fresh 60-device lab per test (faults change it)."""
    hosts = plan(LabConfig(devices=60))
    return build_world(hosts, links(hosts), personalities())


def _device(world: World, platform: str, lag: bool = False) -> Device:
    return next(d for d in world.devices.values() if d.platform == platform
                and any(i.peer for i in d.physical())
                and (not lag or any(i.kind == "lag" for i in d.interfaces.values())))


def _cabled(dev: Device) -> Interface:
    return next(i for i in dev.physical() if i.peer is not None and i.up and not i.lag)


def _run(world: World, dev: Device, line: str) -> str:
    return run_in_process(world, dev, [line])[line]


@pytest.mark.parametrize("platform", sorted(ALARM_COMMAND))
def test_a_link_down_raises_an_alarm_until_it_is_cleared(world: World, platform: str) -> None:
    dev = _device(world, platform)
    port = _cabled(dev)
    command = ALARM_COMMAND[platform]
    before = _run(world, dev, command)
    assert port.name not in before
    faults = FaultBook(world)
    faults.apply(dev.name, "interface-down", interface=port.name)
    assert [a.source for a in alarms(dev)] == [port.name]
    during = _run(world, dev, command)
    assert port.name in during
    if platform == "cisco_ios":
        assert "Critical: 1" in during and "Physical Port Link Down" in during
    else:
        assert "1 alarms currently active" in during and "Link down" in during
    faults.clear(dev.name)
    assert port.name not in _run(world, dev, command)


def test_a_failed_fan_is_an_alarm(world: World) -> None:
    dev = _device(world, "juniper_junos")
    fan = next(iter(dev.env.fans))
    dev.env.fans[fan] = "failed"
    out = _run(world, dev, "show chassis alarms")
    assert f"Major  {fan} Failure" in out
    assert "No alarms currently active" in _run(world, dev, "show system alarms")


@pytest.mark.parametrize("platform", ["cisco_ios", "cisco_nxos", "arista_eos"])
def test_arp_per_interface_keeps_only_that_interfaces_rows(world: World, platform: str) -> None:
    dev = next(d for d in world.devices.values() if d.platform == platform
               and len({e.interface for e in d.arp if not e.vrf}) >= 1 and d.arp)
    entry = next(e for e in dev.arp if not e.vrf)
    line = {"arista_eos": f"show ip arp interface {entry.interface}"}.get(
        platform, f"show ip arp {entry.interface}")
    out = _run(world, dev, line)
    listed = {e.ip for e in dev.arp if e.ip in out.split()}
    assert entry.ip in listed
    assert all(e.interface == entry.interface for e in dev.arp if e.ip in listed and not e.vrf)
    elsewhere = [e for e in dev.arp if not e.vrf and e.interface != entry.interface]
    assert not any(e.ip in out.split() for e in elsewhere)


def test_junos_arp_per_interface_takes_the_port_or_its_unit(world: World) -> None:
    dev = next(d for d in world.devices.values() if d.platform == "juniper_junos"
               and any(not e.vrf for e in d.arp))
    entry = next(e for e in dev.arp if not e.vrf)
    want = sum(1 for e in dev.arp if e.interface == entry.interface)
    for name in (entry.interface, entry.interface if "." in entry.interface
                 else f"{entry.interface}.0"):
        out = _run(world, dev, f"show arp no-resolve interface {name}")
        assert entry.ip in out and f"Total entries: {want}" in out


@pytest.mark.parametrize("platform", sorted(CONSISTENCY))
def test_mlag_consistency_compares_the_peers(world: World, platform: str) -> None:
    dev = _device(world, platform, lag=True)
    params = consistency(world, dev)
    assert params is not None and all(p.consistent for p in params)
    out = _run(world, dev, CONSISTENCY[platform])
    if platform == "arista_eos":
        assert out.startswith("No global configuration inconsistencies found.")
    else:  # every parameter row shows the same local and peer value
        rows = [r for r in out.splitlines()[2:] if r.strip() and not r.startswith(" ")]
        assert any(p.local in out for p in params) and rows
    lag = next(i for i in dev.interfaces.values() if i.kind == "lag")
    lag.link_up = False
    for member in lag.members:
        dev.interfaces[member].link_up = False
    down = consistency(world, dev)
    assert down is not None and not any(p.consistent for p in down)
    after = _run(world, dev, CONSISTENCY[platform])
    assert after != out


def test_no_lag_means_no_mlag(world: World) -> None:
    dev = next(d for d in world.devices.values() if d.platform == "cisco_nxos"
               and not any(i.kind == "lag" for i in d.interfaces.values()))
    assert consistency(world, dev) is None
    assert _run(world, dev, "show vpc consistency-parameters global").strip() == \
        "% vPC is not enabled"


def test_nexus_lists_no_fabric_extenders(world: World) -> None:
    dev = _device(world, "cisco_nxos")
    lines = _run(world, dev, "show fex").strip().splitlines()
    assert lines[-1].startswith("-----") and "Number" in lines[-2]
