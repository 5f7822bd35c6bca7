"""The answer to "which devices is this request about?"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["one", "many", "ambiguous", "none"]


@dataclass(frozen=True, slots=True)
class Resolution:
    """Which inventory hosts a request is about.

    Attributes:
        status: ``"one"``: exactly one device is meant; ``"many"``: a set is meant (``hosts``
            is exactly that set); ``"ambiguous"``: one device is meant but several fit equally
            (see ``candidates``; nothing is picked); ``"none"``: nothing in the inventory
            matches. An empty or unmatched request is ``"none"``, never "all devices".
        hosts: The chosen host names (empty unless ``status`` is one/many).
        candidates: Plausible hosts, best first (for ``ambiguous`` all of them; for one/many
            the chosen hosts; empty for none).
        reason: One or two sentences for a person saying why.
        query: The request as given.
        criteria: What was understood, e.g. ``["city=London", "role=router 2"]``.
    """

    status: Status
    hosts: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    reason: str = ""
    query: str = ""
    criteria: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "status": self.status,
            "hosts": list(self.hosts),
            "candidates": list(self.candidates),
            "reason": self.reason,
            "query": self.query,
            "criteria": list(self.criteria),
        }

    @property
    def selected(self) -> bool:
        """True when hosts were chosen (status one or many)."""
        return self.status in ("one", "many")
