"""A Nornir filter that selects the hosts a plain-language request is about.

Nornir calls a filter once per host with only the host, so the request is resolved once,
against the whole inventory, when the filter is built; calling it per host is then a set
lookup. The index behind it is built once per inventory and reused (:func:`index_for`).

Example::

    from nornir_nlchat.filters import NL

    flt = NL(nr, "all switches in frankfurt")
    frankfurt_switches = nr.filter(filter_func=flt)      # or nr.filter(flt)
    print(flt.resolution.status, flt.resolution.reason)

    # combines with Nornir's F objects
    from nornir.core.filter import F
    ios = nr.filter(NL(nr, "routers in london and paris") & F(platform="cisco_ios"))

Only a clear answer selects hosts: status "one" selects that host and "many" that set.
"ambiguous" and "none" select nothing; look at ``.resolution`` (candidates and reason) to
ask the user which device they meant.
"""

from __future__ import annotations

from typing import Any

from nornir.core import Nornir
from nornir.core.filter import AND, F_BASE, OR
from nornir.core.inventory import Host

from .resolve import FieldMap, Resolution, index_for


class NL(F_BASE):
    """Filter selecting the hosts that ``query`` is about (see the module docstring).

    Args:
        nr: The Nornir object whose inventory the request is resolved against.
        query: The request in plain language ("the juniper router in london").
        fields: Where host attributes live in host data (defaults: :class:`FieldMap`).

    Attributes:
        query: The request.
        resolution: The :class:`~nornir_nlchat.resolve.Resolution` (status, hosts,
            candidates, reason).
    """

    def __init__(self, nr: Nornir, query: str, fields: FieldMap | None = None) -> None:
        self.query = query
        self.resolution: Resolution = index_for(nr, fields).resolve(query)
        self._selected = frozenset(self.resolution.hosts if self.resolution.selected else ())

    def __call__(self, host: Host, **kwargs: Any) -> bool:
        return host.name in self._selected

    def __and__(self, other: F_BASE) -> AND:
        return AND(self, other)

    def __or__(self, other: F_BASE) -> OR:
        return OR(self, other)

    def __repr__(self) -> str:
        return f"<NL {self.query!r}: {self.resolution.status} {len(self._selected)} host(s)>"


def resolve_filter(nr: Nornir, query: str, fields: FieldMap | None = None) -> NL:
    """The :class:`NL` filter for ``query``: ``nr.filter(filter_func=resolve_filter(nr, q))``."""
    return NL(nr, query, fields)


def select(nr: Nornir, query: str, fields: FieldMap | None = None) -> tuple[Nornir, Resolution]:
    """``nr`` filtered to the hosts ``query`` is about, and the resolution explaining it.

    The filtered object is empty unless the resolution's status is "one" or "many".
    """
    flt = NL(nr, query, fields)
    return nr.filter(filter_func=flt), flt.resolution
