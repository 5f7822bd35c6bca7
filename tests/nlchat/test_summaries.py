"""Answers in words from records parsed out of REAL device outputs (../shared fixtures)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from nlchat.answer import HostResult
from nlchat.summaries import cpu_figures, memory_figures, summarize


def fixture_records(shared: Path, platform: str, command: str) -> list[dict[str, object]]:
    folder = shared / "fixtures" / "ntc-templates" / platform / command
    raw = sorted(folder.glob("*.raw"))
    if not raw:
        pytest.skip(f"no fixture {folder}")
    expected = yaml.safe_load(raw[0].with_suffix(".yml").read_text())
    return list(expected["parsed_sample"])


def result(records: list[dict[str, object]]) -> HostResult:
    return HostResult("R1", "cisco_ios", "cmd", parsed=records)


def test_cpu_from_real_output(shared_dir: Path) -> None:
    records = fixture_records(shared_dir, "cisco_ios", "show_processes_cpu")
    text = summarize(result(records), "cpu")
    first = records[0]
    assert text.startswith("R1: CPU ")
    assert f"{float(str(first['cpu_usage_5_sec'])):g} % (5 s)" in text
    assert re.search(r", (normal|elevated|high)$", text)


def test_memory_from_real_output(shared_dir: Path) -> None:
    records = fixture_records(shared_dir, "cisco_ios", "show_processes_memory_sorted")
    figures = memory_figures(records[0])
    assert figures is not None and 0 < figures[0] < figures[1]
    assert "memory" in summarize(result(records), "memory")


def test_bgp_from_real_output(shared_dir: Path) -> None:
    records = fixture_records(shared_dir, "cisco_ios", "show_ip_bgp_summary")
    text = summarize(result(records), "bgp_summary")
    assert f"{len(records)} BGP neighbour(s)" in text


def test_interfaces_down_from_real_output(shared_dir: Path) -> None:
    records = fixture_records(shared_dir, "cisco_ios", "show_interfaces_status")
    down = [r for r in records if r["status"] in ("notconnect", "disabled", "err-disabled")]
    text = summarize(result(records), "interfaces_status", "which ports are down?")
    assert text.startswith(f"R1: {len(down)} of {len(records)} down")


def test_never_invents_state() -> None:
    unparsed = HostResult("R1", "cisco_ios", "show x", output="garbage\nmore",
                          parse_error="could not parse: no template")
    assert "could not parse" in summarize(unparsed, "cpu")
    failed = HostResult("R1", "cisco_ios", "show x", failed=True, error="R1: timed out")
    assert summarize(failed, "cpu") == "R1: failed — R1: timed out"


def test_figures_helpers() -> None:
    assert cpu_figures([{"interface": "Gi0/1"}]) == []
    assert memory_figures({"memory_total": "0"}) is None
