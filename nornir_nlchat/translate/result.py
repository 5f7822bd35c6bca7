"""The outcome of translating one request for one platform."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "refused", "clarify"]


@dataclass(frozen=True)
class Translation:
    """A request turned into a command for one platform, or a refusal, or a question back.

    Attributes:
        status: ``"ok"``, ``"refused"`` (would change state, or not allowed) or ``"clarify"``.
        command: The primary command, or None unless status is ``"ok"``.
        commands: All commands to run, primary first (empty unless ``"ok"``).
        intent: The vendor-neutral intent recognised, if any.
        provider: Name of the provider that produced this answer.
        confidence: 0..1, how sure the provider is.
        reason: A sentence for a person when refused or clarifying (may explain ok too).
        platform: The canonical platform name the command is for.
        slots: Slot values carried over, in the platform's notation.
        choices: For ``"clarify"``: concrete options to offer the person.
    """

    status: Status
    command: str | None = None
    commands: list[str] = field(default_factory=list)
    intent: str | None = None
    provider: str = ""
    confidence: float = 0.0
    reason: str = ""
    platform: str = ""
    slots: dict[str, str] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is a command to run."""
        return self.status == "ok"

    def to_dict(self) -> dict[str, Any]:
        """Plain data, JSON-serialisable."""
        return asdict(self)

    @classmethod
    def refused(cls, reason: str, *, platform: str, provider: str, intent: str | None = None,
                confidence: float = 1.0) -> Translation:
        """Build a refusal (never carries a command)."""
        return cls("refused", intent=intent, provider=provider, confidence=confidence,
                   reason=reason, platform=platform)

    @classmethod
    def clarify(cls, reason: str, *, platform: str, provider: str,
                choices: list[str] | None = None, confidence: float = 0.0) -> Translation:
        """Build a question back (never carries a command)."""
        return cls("clarify", provider=provider, confidence=confidence, reason=reason,
                   platform=platform, choices=list(choices or []))
