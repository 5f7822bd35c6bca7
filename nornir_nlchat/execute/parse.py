"""Parse command output into records.

Order: the plugin's own TextFSM template (the one its catalog names, else the one its
``templates/index`` maps the command to), else ntc-templates, else Genie (the optional
``pyats`` extra) for the platforms pyATS knows. Genie's answer is a nested structure, returned
as a single record.

A plugin's ``templates/index`` has ntc-templates' index format (``Template, Hostname,
Platform, Command``; ``sh[[ow]]`` completions) but its commands should end with ``$``: unlike
ntc-templates' prefix match, a command then only gets a template written for all of it. A
command the index maps is parsed even where the catalog entry says ``parse=False`` (the index
is the plugin's word that a template reads that output).
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


@lru_cache(maxsize=32)
def _own_index(templates_dir: Path) -> Any:
    """The plugin's own template index (a ``textfsm.clitable.CliTable``), or ``None``."""
    from textfsm import clitable

    if not (templates_dir / "index").is_file():
        return None
    return clitable.CliTable("index", str(templates_dir))


@lru_cache(maxsize=2048)
def _own_lookup(templates_dir: Path, platform: str, command: str) -> Path | None:
    table = _own_index(templates_dir)
    if table is None:
        return None
    with _ntc_lock:
        row = table.index.GetRowMatch({"Command": command.strip(), "Platform": platform})
        if row <= 0:
            return None
        name = str(table.index.index[row]["Template"]).split(":")[0].strip()
    return templates_dir / name


def own_template(platform: PlatformPlugin, command: str,
                 spec: CommandSpec | None = None) -> Path | None:
    """The plugin's own template for ``command``: the catalog's, else its index's."""
    if platform.templates_dir is None:
        return None
    if spec is not None and spec.template:
        return platform.templates_dir / spec.template
    return _own_lookup(platform.templates_dir, platform.name, " ".join(command.split()))


def template_for(platform: PlatformPlugin, command: str,
                 spec: CommandSpec | None = None) -> tuple[str, str] | None:
    """Which template would read ``command``'s output: ``("own"|"ntc", file name)``.

    ``None`` when the output is not parsed with a template (no template, ``parse=False``,
    a pipe filter). Genie, tried only after a template fails, is not reported here.
    """
    spec = spec or platform.spec_for_command(command)
    if "|" in command:
        return None
    own = own_template(platform, command, spec)
    if own is not None:
        return "own", own.name
    if spec is not None and not spec.parse:
        return None
    lookup = spec.ntc_command if spec is not None and spec.ntc_command else command
    found = _ntc_templates(platform.name, lookup)
    return ("ntc", "+".join(p.name for p in found)) if found else None


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
    if "|" in command:
        return None, "output filtered with a pipe is not parsed"
    if spec is not None and spec.template and platform.templates_dir is None:
        return None, f"{platform.name} plugin has no templates folder"
    try:
        own = own_template(platform, command, spec)
        if own is not None:
            return _textfsm(own, output), None
        if spec is not None and not spec.parse:
            return None, "this command's output is not parsed"
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
