"""Fixtures of the lab tests (the ``lab`` fixture itself comes from the lab's pytest plugin).

``catalog_outputs`` runs every read-only catalog command once, over SSH, on one host of every
(platform, role) of the running lab; the catalog test and the ntc-templates round-trip test
both read it.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from nornir_nlchat.lab import Lab
from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from tests.nornir_nlchat.lab.helpers import catalog_lines, one_per_role, run_over_ssh


@pytest.fixture(scope="session")
def world() -> World:
    """The default lab's state, built in this process (the lab builds it the same way)."""
    hosts = plan(LabConfig())
    return build_world(hosts, links(hosts), personalities())


@pytest.fixture(scope="session")
def catalog_outputs(lab: Lab, world: World) -> dict[str, dict[str, str]]:
    """Host → command line → what Netmiko read back, for every read-only catalog command."""
    lab.clear()  # outputs are compared with the state the lab was built with
    hosts = one_per_role(lab)

    def fetch(name: str) -> tuple[str, dict[str, str]]:
        lines = [line for _, cmds in catalog_lines(world.devices[name]) for line in cmds]
        return name, run_over_ssh(hosts[name], lines)

    with ThreadPoolExecutor(len(hosts)) as pool:
        return dict(pool.map(fetch, hosts))
