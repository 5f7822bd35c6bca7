"""Building blocks for data-driven health adapters: extractors made from patterns.

A plugin describes *what its device prints* (regular expressions, record field names); these
functions supply *how to read it*. Values are converted to the fact field's type (``int``,
``float``, ``bool`` via :func:`~nornir_nlchat.health.parsing.is_up`, ``str``)::

    cpu = match_one(Cpu, five_sec=r"five seconds: (\\d+)%", one_min=r"one minute: (\\d+)%")
    ports = per_row(StpPort, r"^(?P<port>\\S+)\\s+(?P<role>\\w+)\\s+(?P<state>\\w+)",
                    convert={"state": stp_state})
    neighbours = from_records(Neighbor, protocol="bgp", peer="bgp_neighbor", ...)
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from nornir_nlchat.health.adapter import Extract, Records
from nornir_nlchat.health.parsing import integer, is_up, number

Getter = Callable[[Mapping[str, Any]], Any]
BlockField = str | Callable[[str, "re.Match[str]"], Any]


Converter = Callable[[Any], Any]
_CONVERTERS: dict[tuple[type[Any], str], Converter] = {}


def _as_list(value: Any) -> Any:
    return value if isinstance(value, list) else [value]


def _as_str(value: Any) -> Any:
    return str(value).strip()


def _converter(factory: type[Any], name: str) -> Converter:
    """How to convert a raw value for field ``name`` of ``factory`` (cached)."""
    key = (factory, name)
    found = _CONVERTERS.get(key)
    if found is not None:
        return found
    hint = typing.get_type_hints(factory).get(name)
    args = set(typing.get_args(hint)) or {hint}
    conv: Converter
    if bool in args:
        conv = is_up
    elif int in args:
        conv = integer
    elif float in args:
        conv = number
    elif list in args or any(getattr(a, "__origin__", None) is list for a in args):
        conv = _as_list
    else:
        conv = _as_str
    _CONVERTERS[key] = conv
    return conv


def _convert(factory: type[Any], name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (bool, int, float)) and not isinstance(value, str):
        return value
    return _converter(factory, name)(value)


def build(factory: type[Any], values: Mapping[str, Any]) -> Any:
    """``factory(**values)`` with each value converted to the field's type."""
    return factory(**{k: _convert(factory, k, v) for k, v in values.items()})


def match_one(factory: type[Any], *, flags: int = re.M | re.I,
              require: Iterable[str] = (), **patterns: str) -> Extract:
    """One fact from the whole output: each field is group 1 of its pattern's first match.

    Nothing is returned when no pattern (or a ``require``d one) matches.
    """
    compiled = {name: re.compile(p, flags) for name, p in patterns.items()}
    required = tuple(require)

    def extract(_records: Records | None, output: str) -> list[Any]:
        values: dict[str, Any] = {}
        for name, pattern in compiled.items():
            m = pattern.search(output)
            if m:
                values[name] = m.group(1)
        if not values or any(name not in values for name in required):
            return []
        return [build(factory, values)]

    return extract


def per_block(factory: type[Any], start: str, *, flags: int = re.I,
              keep: Callable[[Any], bool] | None = None, **fields: BlockField) -> Extract:
    """One fact per block of output; a block starts at a line matching ``start``.

    The named groups of ``start`` are fields; each keyword is a pattern searched in the
    block (group 1, or the whole match when the pattern has no group), or a callable
    ``(block_text, start_match) -> value``.
    """
    start_re = re.compile(start, flags | re.M)
    compiled: dict[str, re.Pattern[str] | Callable[[str, re.Match[str]], Any]] = {
        name: (re.compile(f, flags | re.M) if isinstance(f, str) else f)
        for name, f in fields.items()}

    def extract(_records: Records | None, output: str) -> list[Any]:
        facts: list[Any] = []
        heads = list(start_re.finditer(output))
        for i, head in enumerate(heads):
            end = heads[i + 1].start() if i + 1 < len(heads) else len(output)
            text = output[head.start():end]
            values: dict[str, Any] = {k: v for k, v in head.groupdict().items() if v is not None}
            for name, f in compiled.items():
                if isinstance(f, re.Pattern):
                    m = f.search(text)
                    if m:
                        values[name] = m.group(1) if m.groups() else m.group(0)
                else:
                    values[name] = f(text, head)
            fact = build(factory, values)
            if keep is None or keep(fact):
                facts.append(fact)
        return facts

    return extract


def per_row(factory: type[Any], pattern: str, *, flags: int = re.I,
            convert: Mapping[str, Callable[[str], Any]] | None = None,
            constants: Mapping[str, Any] | None = None,
            keep: Callable[[Any], bool] | None = None) -> Extract:
    """One fact per output line matching ``pattern``; its named groups are the fields."""
    row = re.compile(pattern, flags)
    conv = dict(convert or {})
    const = dict(constants or {})

    def extract(_records: Records | None, output: str) -> list[Any]:
        facts = []
        for line in output.splitlines():
            m = row.match(line)
            if not m:
                continue
            values = {**const, **{k: v for k, v in m.groupdict().items() if v is not None}}
            for name, fn in conv.items():
                if name in values:
                    values[name] = fn(values[name])
            fact = build(factory, values)
            if keep is None or keep(fact):
                facts.append(fact)
        return facts

    return extract


def from_records(factory: type[Any], *, keep: Callable[[Any], bool] | None = None,
                 constants: Mapping[str, Any] | None = None, **mapping: Any) -> Extract:
    """One fact per parsed record.

    Each keyword maps a fact field to a record key (``str``), the first non-blank of several
    keys (``tuple``) or a function of the record (callable); ``constants`` gives fields
    the same value for every record.
    """

    def getter(spec: Any) -> Getter:
        if isinstance(spec, str):
            return lambda rec: rec.get(spec)
        if isinstance(spec, tuple):
            return lambda rec: next((rec[k] for k in spec if rec.get(k) not in (None, "", [])),
                                    None)
        if callable(spec):
            return typing.cast(Getter, spec)
        raise TypeError(f"a record field is a key, a tuple of keys or a callable, not {spec!r}")

    getters = {name: getter(spec) for name, spec in mapping.items()}
    const = dict(constants or {})

    def extract(records: Records | None, _output: str) -> list[Any]:
        if records is None:
            raise ValueError("the output could not be parsed into records")
        facts = []
        for rec in records:
            fact = build(factory, {**const, **{name: get(rec) for name, get in getters.items()}})
            if keep is None or keep(fact):
                facts.append(fact)
        return facts

    return extract


def combine(*extractors: Extract) -> Extract:
    """Run several extractors on the same output and join their facts."""

    def extract(records: Records | None, output: str) -> list[Any]:
        return [fact for ex in extractors for fact in ex(records, output)]

    return extract


def unless(pattern: str, extractor: Extract, *, flags: int = re.I | re.M) -> Extract:
    """Run ``extractor`` unless the output matches ``pattern`` (a feature not configured)."""
    compiled = re.compile(pattern, flags)

    def extract(records: Records | None, output: str) -> list[Any]:
        if compiled.search(output):
            return []
        return list(extractor(records, output))

    return extract


def within_blocks(start: str, extractor: Extract, *, flags: int = re.I | re.M,
                  inherit: Mapping[str, Callable[[str], Any]] | None = None) -> Extract:
    """Split the output into blocks at lines matching ``start`` and run ``extractor`` on
    each; named groups of ``start`` fill the same-named fields its facts left blank
    (e.g. the VLAN of each port row under a ``VLAN0010`` heading).

    Args:
        inherit: Optional converters for the inherited group values.
    """
    start_re = re.compile(start, flags)
    conv = dict(inherit or {})

    def extract(records: Records | None, output: str) -> list[Any]:
        facts: list[Any] = []
        marks = list(start_re.finditer(output))
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(output)
            found = list(extractor(records, output[m.start():end]))
            values = {k: conv[k](v) if k in conv else v
                      for k, v in m.groupdict().items() if v is not None}
            for fact in found:
                for key, value in values.items():
                    if hasattr(fact, key) and not getattr(fact, key):
                        setattr(fact, key, value)
            facts.extend(found)
        return facts

    return extract
