"""What an ask will do before it runs: devices, and the command per device."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nlchat.answer import HostResult
from nornir_nlchat.resolve import Resolution
from nornir_nlchat.translate.result import Translation


@dataclass
class Plan:
    """The devices and commands an ask resolved to, shown to a person before running.

    Attributes:
        query: The request.
        status: ``ready`` when there is something to run, else why not (``refused``,
            ``clarify``, ``ambiguous``, ``none``, ``denied``).
        hosts: The hosts the request is about.
        commands: Host → commands to run there.
        writes: Host → the commands that change state (they need confirmation).
        config_hosts: Hosts whose commands are configuration lines.
        failed: Hosts that will not run (no access, unknown platform, not translated).
        translations: Platform → translation.
        resolution: How the hosts were chosen (None when given explicitly).
        allow_write: Whether write mode is on for this ask.
        text: Why nothing will run, when status is not ``ready``.
        said: What the person actually said, when a conversation rewrote it (a follow-up
            such as "what about memory?"); recorded in the history.
    """

    query: str
    status: str
    hosts: list[str] = field(default_factory=list)
    commands: dict[str, list[str]] = field(default_factory=dict)
    writes: dict[str, list[str]] = field(default_factory=dict)
    config_hosts: set[str] = field(default_factory=set)
    failed: dict[str, HostResult] = field(default_factory=dict)
    translations: dict[str, Translation] = field(default_factory=dict)
    resolution: Resolution | None = None
    allow_write: bool = False
    text: str = ""
    said: str = ""

    def intent_of(self, platform: str) -> str | None:
        """The intent recognised for a platform's hosts."""
        from nornir_nlchat.platforms.registry import canonical_name

        translation = self.translations.get(canonical_name(platform) or platform)
        return translation.intent if translation else None

    def describe(self) -> str:
        """What will run, one line per host (for a person to check before it runs)."""
        if self.status != "ready":
            return self.text
        lines = []
        for host in self.hosts:
            if host in self.commands:
                mark = "  [changes state]" if host in self.writes else ""
                lines.append(f"{host}$ " + " ; ".join(self.commands[host]) + mark)
            elif host in self.failed:
                lines.append(f"{host}: not run — {self.failed[host].error}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"query": self.query, "status": self.status, "hosts": self.hosts,
                "commands": self.commands, "writes": self.writes, "text": self.text}
