"""Plain JSON data out of anything the engine returns (no NaN, no datetimes, no sets)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, datetime
from enum import Enum
from typing import Any


def jsonable(value: Any) -> Any:
    """``value`` as strict JSON data: non-finite floats become None, datetimes ISO strings,
    sets and tuples lists, dataclasses and enums their fields / values, the rest ``str``.

    >>> jsonable({"a": float("nan"), "b": (1, 2)})
    {'a': None, 'b': [1, 2]}
    """
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return jsonable(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    return str(value)


def as_dict(value: Any) -> dict[str, Any]:
    """:func:`jsonable` of something that is a mapping."""
    out = jsonable(value)
    if not isinstance(out, dict):
        raise TypeError(f"expected a mapping, got {type(value).__name__}")
    return out


def as_rows(value: Any) -> list[dict[str, Any]]:
    """:func:`jsonable` of a sequence of mappings."""
    out = jsonable(value)
    if not isinstance(out, list):
        raise TypeError(f"expected a sequence, got {type(value).__name__}")
    return out
