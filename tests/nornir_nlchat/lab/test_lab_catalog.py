"""Every read-only catalog command of every platform answers in the platform's format.

The catalogs grow while the project grows: these tests walk whatever ``COMMANDS`` holds, fill
the slots with values from the device's own state and check the lab's answer is no error.
Over SSH on one host of every (platform, role) of the running lab, and in this process on every
(platform, role) a bigger generated lab has (roles the default lab lacks, e.g. NX-OS access
switches).
"""

from __future__ import annotations

import dataclasses
import logging
import re

import pytest

from nornir_nlchat.lab.builder import build_world
from nornir_nlchat.lab.commands import CommandTree
from nornir_nlchat.lab.process import LabConfig, personalities, plan
from nornir_nlchat.lab.topology import links
from nornir_nlchat.lab.world import World
from tests.nornir_nlchat.lab.helpers import PLATFORMS, catalog_lines, run_in_process

ERRORS = re.compile(r"% Invalid|% Incomplete|% Ambiguous|% Unknown command|Invalid input|"
                    r"Incomplete input|Ambiguous input|syntax error|unknown command|"
                    r"Command incomplete|is ambiguous")


def _failures(world: World, name: str, outputs: dict[str, str]) -> list[tuple[str, str, str]]:
    bad = []
    for _spec, lines in catalog_lines(world.devices[name]):
        for line in lines:
            out = outputs.get(line)
            if out is None:
                bad.append((name, line, "not run"))
            elif ERRORS.search(out):
                bad.append((name, line, out.strip().splitlines()[-1]))
    return bad


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_catalog_command_answers_over_ssh(catalog_outputs: dict[str, dict[str, str]],
                                                world: World, platform: str) -> None:
    names = [n for n in catalog_outputs if world.devices[n].platform == platform]
    assert names, f"the lab has no directly reachable {platform} host"
    failures = [f for n in names for f in _failures(world, n, catalog_outputs[n])]
    assert not failures, failures


@pytest.fixture(scope="module")
def big_world() -> World:
    """A generated 60-device lab: every platform in every role it can have."""
    hosts = plan(LabConfig(devices=60))
    return build_world(hosts, links(hosts), personalities())


def test_every_catalog_command_answers_in_every_role(big_world: World,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    seen: dict[tuple[str, str], str] = {}
    for dev in big_world.devices.values():
        seen.setdefault((dev.platform, dev.role), dev.name)
    assert {p for p, _ in seen} == set(PLATFORMS)
    failures = []
    with caplog.at_level(logging.ERROR, logger="nornir_nlchat.lab.shell"):
        for name in seen.values():
            dev = big_world.devices[name]
            lines = [line for _, cmds in catalog_lines(dev) for line in cmds]
            failures += _failures(big_world, name, run_in_process(big_world, dev, lines))
    crashed = [r.getMessage() for r in caplog.records]
    assert not crashed, crashed
    assert not failures, failures


def test_a_failing_handler_costs_one_command_not_the_session(
        world: World, caplog: pytest.LogCaptureFixture) -> None:
    from nornir_nlchat.lab.faults import FaultBook
    from nornir_nlchat.lab.shell import Shell

    dev = world.devices["INBLRDC1SW2"]
    out: list[str] = []
    shell = Shell(world, dev, "lab", out.append, FaultBook(world))
    tree = CommandTree()

    def boom(ctx: object) -> str:
        raise RuntimeError("renderer bug")

    tree.add("show boom", boom)
    tree.add("show clock", lambda ctx: "10:00:00.000 UTC Mon Jan 1 2024")
    shell.profile = dataclasses.replace(shell.profile, exec_tree=tree)

    import asyncio

    async def go() -> list[str]:
        answers = []
        for line in ("show boom", "show clock"):
            out.clear()
            assert await shell.execute(line)  # the session goes on
            answers.append("".join(out))
        return answers

    with caplog.at_level(logging.ERROR, logger="nornir_nlchat.lab.shell"):
        failed, clock = asyncio.run(go())
    assert "% Invalid input detected" in failed
    assert "10:00:00" in clock
    assert any("renderer bug" in (r.exc_text or "") or r.exc_info for r in caplog.records)
