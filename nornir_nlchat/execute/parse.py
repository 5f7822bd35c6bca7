"""Parse command output into records.

Order: the plugin's own TextFSM template (when its catalog names one), else ntc-templates,
else Genie (the optional ``pyats`` extra) for the platforms pyATS knows. Genie's answer is a
nested structure, returned as a single record.
"""

from __future__ import annotations

import io
import logging
import threading
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
    fsm = _compiled(template)
    header = [h.lower() for h in fsm.header]
    return [dict(zip(header, row, strict=False)) for row in fsm.ParseText(output)]


_local = threading.local()
_ntc_lock = threading.Lock()
_ntc_index: Any = None


@lru_cache(maxsize=1024)
def _ntc_templates(platform: str, command: str) -> tuple[Path, ...] | None:
    """The ntc-templates files the index picks for a command (``None``: no entry)."""
    global _ntc_index
    from ntc_templates.parse import _get_template_dir
    from textfsm import clitable

    template_dir = _get_template_dir()
    with _ntc_lock:
        if _ntc_index is None:
            _ntc_index = clitable.CliTable("index", template_dir)
        table = _ntc_index
        row = table.index.GetRowMatch({"Command": command, "Platform": platform})
        if row <= 0:
            return None
        names = table._TemplateNamesToFiles(table.index.index[row]["Template"])
    paths = tuple(Path(template_dir) / Path(f.name).name for f in names)
    for f in names:
        f.close()
    return paths


def _compiled(template: Path) -> textfsm.TextFSM:
    """A compiled template, one per thread (TextFSM objects keep parse state)."""
    cache: dict[Path, textfsm.TextFSM] | None = getattr(_local, "fsms", None)
    if cache is None:
        cache = _local.fsms = {}
    fsm = cache.get(template)
    if fsm is None:
        fsm = cache[template] = textfsm.TextFSM(io.StringIO(_template_text(template)))
    fsm.Reset()
    return fsm


def _ntc(platform: str, command: str, output: str) -> Records:
    """Parse with ntc-templates; index lookups and compiled templates are cached."""
    templates = _ntc_templates(platform, command)
    if templates is None:
        raise ValueError(f"ntc-templates has no template for {command!r} on {platform}")
    if len(templates) != 1:  # several templates merged per row: let ntc-templates do it
        from ntc_templates.parse import parse_output as ntc_parse

        records: Records = ntc_parse(platform=platform, command=command, data=output)
        return records
    fsm = _compiled(templates[0])
    header = [h.lower() for h in fsm.header]
    return [dict(zip(header, row, strict=False)) for row in fsm.ParseText(output)]


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
        genie = _genie(platform.name, command, output)
        if genie is not None:
            return genie, None
        return None, f"could not parse: {reason}"


def genie_available() -> bool:
    """Whether Genie (``pip install nornir-nlchat[pyats]``) can be imported."""
    import importlib.util

    return importlib.util.find_spec("genie") is not None


def _genie(platform: str, command: str, output: str) -> Records | None:
    """Parse with Genie when it is installed and knows the platform and command."""
    if not output.strip() or not genie_available():
        return None
    from netutils.lib_mapper import PYATS_LIB_MAPPER_REVERSE

    os_name = PYATS_LIB_MAPPER_REVERSE.get(platform)
    if os_name is None:
        return None
    try:
        from genie.conf.base import Device

        device = Device("nlchat", os=os_name)
        device.custom.setdefault("abstraction", {})["order"] = ["os"]
        parsed = device.parse(command, output=output)
    except Exception as exc:  # no parser for the command, or the output does not fit
        log.debug("genie has no parse for %r on %s: %s", command, platform, exc)
        return None
    return [dict(parsed)] if parsed else None
