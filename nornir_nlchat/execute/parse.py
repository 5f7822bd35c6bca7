"""Parse command output into records: the plugin's own TextFSM templates, else ntc-templates."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import textfsm

from nornir_nlchat.platforms.contract import CommandSpec, PlatformPlugin

log = logging.getLogger(__name__)

Records = list[dict[str, Any]]


@lru_cache(maxsize=256)
def _template_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _textfsm(template: Path, output: str) -> Records:
    import io

    fsm = textfsm.TextFSM(io.StringIO(_template_text(template)))
    header = [h.lower() for h in fsm.header]
    return [dict(zip(header, row, strict=False)) for row in fsm.ParseText(output)]


def _ntc(platform: str, command: str, output: str) -> Records:
    from ntc_templates.parse import parse_output

    records: Records = parse_output(platform=platform, command=command, data=output)
    return records


def parse_output(
    platform: PlatformPlugin, command: str, output: str, spec: CommandSpec | None = None
) -> tuple[Records | None, str | None]:
    """Parse ``output`` of ``command``.

    Returns:
        ``(records, None)`` when parsed, ``(None, why)`` when not (no template, output with
        a pipe filter, template error). The raw output is always kept by the caller.
    """
    spec = spec or platform.spec_for_command(command)
    if spec is not None and not spec.parse:
        return None, "this command's output is not parsed"
    if "|" in command:
        return None, "output filtered with a pipe is not parsed"
    try:
        if spec is not None and spec.template:
            if platform.templates_dir is None:
                return None, f"{platform.name} plugin has no templates folder"
            return _textfsm(platform.templates_dir / spec.template, output), None
        lookup = spec.ntc_command if spec is not None and spec.ntc_command else command
        return _ntc(platform.name, lookup, output), None
    except Exception as exc:  # textfsm / ntc raise several kinds; keep the raw output
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        log.debug("no parse for %r on %s: %s", command, platform.name, reason)
        return None, f"could not parse: {reason}"
