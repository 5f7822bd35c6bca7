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


def test_junos_idle_per_window_becomes_busy() -> None:
    """Junos routing-engine records carry idle % per window; the answer gives busy %."""
    record = {"cpu_user": "9", "cpu_kernel": "4", "cpu_idle_5_sec": "87",
              "cpu_idle_1_min": "90", "cpu_idle_5_min": "95", "cpu_temperature": "53"}
    assert cpu_figures([record]) == [("5 s", 13.0), ("1 min", 10.0), ("5 min", 5.0)]
    line = summarize(HostResult("RTR2", "juniper_junos", "show chassis routing-engine",
                                parsed=[record]), "cpu")
    assert line == "RTR2: CPU 13 % (5 s), 10 % (1 min), 5 % (5 min), normal"
    old_junos = {"cpu_user": "2", "cpu_idle": "97", "cpu_temperature": "40"}
    assert cpu_figures([old_junos]) == [("now", 3.0)]


def test_memory_from_percent_and_total_or_percent_only() -> None:
    junos = {"memory_total": "16384", "memory_utilization": "41"}
    line = summarize(HostResult("RTR2", "juniper_junos", "x", parsed=[junos]), "memory")
    assert line == "RTR2: memory 41 % used (6,717 of 16,384), normal"
    ios = {"memory_total": "1073741824", "memory_used": "268435456"}  # bytes (catalog)
    line = summarize(HostResult("R1", "cisco_ios", "show processes memory sorted",
                                parsed=[ios]), "memory")
    assert line == "R1: memory 25 % used (256 of 1,024 MB), normal"
    eos = {"total_memory": "32939256", "free_memory": "16469628"}  # kB (catalog)
    line = summarize(HostResult("S1", "arista_eos", "show version", parsed=[eos]), "memory")
    assert line == "S1: memory 50 % used (15.7 of 31.4 GB), normal"
    own = {"global_mem_total": "4000", "global_mem_used": "3800", "global_mem_unit": "MiB"}
    line = summarize(HostResult("L1", "linux", "top", parsed=[own]), "memory")
    assert line == "L1: memory 95 % used (3,800 of 4,000 MB), high"
    aoscx = {"cpu_usage": "11", "memory_usage": "92"}
    line = summarize(HostResult("SW1", "aruba_aoscx", "x", parsed=[aoscx]), "memory")
    assert line == "SW1: memory 92 % used, high"


def test_memory_figures_with_thousands_separators() -> None:
    """AOS-S 'show system' (ntc-templates) gives ``mem_tot`` / ``mem_free`` with commas."""
    assert memory_figures({"mem_tot": "128,380,928", "mem_free": "61,999,280"}) == (
        66381648.0, 128380928.0)


def test_environment_sentence_names_what_is_not_ok() -> None:
    records = [{"class": "Temp", "item": "CPU Temp Sensor", "status": "OK", "temperature": "53"},
               {"class": "Fans", "item": "Fan 2", "status": "Failed", "measurement": ""},
               {"class": "Power", "item": "Power Supply 1", "status": "Absent"}]
    line = summarize(HostResult("R1", "juniper_junos", "show chassis environment",
                                parsed=records), "environment")
    assert line == ("R1: 3 environment readings, 1 not OK: Fan 2 (Failed); "
                    "highest temperature 53 °C")
    fine = [{"fan": "Sys-1", "status": "Fan OK", "failures": "0"}]
    assert summarize(HostResult("SW1", "hp_procurve", "show system fans", parsed=fine),
                     "env_fans") == "SW1: 1 environment reading, all OK"


def test_environment_from_real_output(shared_dir: Path) -> None:
    records = fixture_records(shared_dir, "arista_eos", "show_environment_cooling")
    line = summarize(result(records), "env_fans")
    assert re.match(r"R1: \d+ environment readings?, (all OK|\d+ not OK)", line), line
