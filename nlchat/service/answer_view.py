"""An answer as a page shows it: the sentence worded for a page, and a compact table.

The sentence of an answer (:func:`nlchat.summaries.summarize`, one line per device) is
written for the terminal: a device whose output was not parsed points to ``--raw``. A page
shows the raw output under the answer, so :func:`web_text` words those lines for a page;
every other line is the summary's own. :func:`overview` puts the figures the sentence
uses (CPU per window, memory used of total) in one row per device, so that 60 per-process
records of ``show processes cpu`` do not hide the three numbers that answer the question.
"""

from __future__ import annotations

import re
from typing import Any

from nlchat.answer import Answer, HostResult
from nlchat.summaries import (
    cpu_figures,
    mebibytes_per,
    memory_figures,
    memory_percent,
    memory_unit,
    summarize,
)

_CLI_RAW = re.compile(r"\s*\(--raw[^)]*\)")
_CLI_BELOW = re.compile(r"raw output below \(--raw\)")


def _intent(answer: Answer, result: HostResult) -> str | None:
    from nornir_nlchat.platforms.registry import canonical_name

    translation = answer.translations.get(canonical_name(result.platform) or result.platform)
    return translation.intent if translation is not None else None


def _page_line(result: HostResult, line: str) -> str:
    """One device's line, worded for a page."""
    if result.failed or result.parsed:
        return line
    lines = [x.strip() for x in result.output.strip().splitlines() if x.strip()]
    if not lines:
        return line
    if result.parse_error and "not parsed" not in result.parse_error:
        return (f"{result.host}: the output could not be parsed (see Raw output). "
                f"First line: {lines[0][:100]}")
    return f"{result.host}: {len(lines)} lines of output, not parsed into a table " \
           "(see Raw output)."


def web_text(answer: Answer) -> str:
    """``answer.text`` with its CLI pointers worded for a page.

    Only an answer whose text is exactly the per-device summary is reworded (device by
    device, from the results); any other text (a refusal, a filter of the last answer, a
    question back) is returned as it is.
    """
    results = list(answer.results.values())
    if not results or not answer.text:
        return answer.text
    lines = [summarize(r, _intent(answer, r), answer.query) for r in results]
    if "\n".join(lines) != answer.text:
        return stored_web_text(answer.text)
    return "\n".join(_page_line(r, line) for r, line in zip(results, lines, strict=True))


def stored_web_text(text: str) -> str:
    """A stored answer's text worded for a page (the results are not stored, so the CLI
    pointers are replaced in the words)."""
    text = _CLI_BELOW.sub("see Raw output", text)
    return _CLI_RAW.sub(" (see Raw output)", text)


def _cell(value: float) -> float:
    return round(value, 1)


def overview(answer: Answer) -> dict[str, Any] | None:
    """One row per device with the CPU or memory figures of the sentence, or None.

    There is an overview when every parsed device's intent is about CPU (or every one
    about memory) and the figures are found; the full records stay in the results.
    """
    parsed = [r for r in answer.results.values() if r.parsed and not r.failed]
    if not parsed:
        return None
    intents = {(_intent(answer, r) or "").split("_")[0] for r in parsed}
    records = sum(len(r.parsed or []) for r in parsed)
    if intents == {"cpu"}:
        figures = {r.host: dict(cpu_figures(r.parsed or [])) for r in parsed}
        windows = list(dict.fromkeys(w for f in figures.values() for w in f))
        if not windows:
            return None
        rows: list[list[str | float | None]] = [
            [host, *[_cell(f[w]) if w in f else None for w in windows],
             len(next(r.parsed or [] for r in parsed if r.host == host))]
            for host, f in figures.items()]
        return {"title": "CPU % per device", "records": records,
                "columns": ["host", *windows, "records"], "rows": rows}
    if intents == {"memory"}:
        rows = []
        for r in parsed:
            record = (r.parsed or [{}])[0]
            found = memory_figures(record)
            if found is None:
                percent = memory_percent(record)
                rows.append([r.host, None if percent is None else _cell(percent), None, None])
                continue
            used, total = found
            # sizes in MB whatever unit the platform counts in; None where it is not known
            factor = mebibytes_per(memory_unit(r, record))
            rows.append([r.host, _cell(100.0 * used / total),
                         None if factor is None else _cell(used * factor),
                         None if factor is None else _cell(total * factor)])
        if all(row[1] is None for row in rows):
            return None
        return {"title": "Memory per device", "records": records,
                "columns": ["host", "used %", "used MB", "total MB"], "rows": rows}
    return None


def page_fields(answer: Answer) -> dict[str, Any]:
    """The fields a page uses besides the answer's own: ``web_text`` and ``overview``."""
    return {"web_text": web_text(answer), "overview": overview(answer)}
