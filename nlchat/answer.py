"""What an ask returns: per-host results and a short answer for a person."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from nornir_nlchat.resolve import Resolution
from nornir_nlchat.translate.result import Translation

# Record fields worth a sentence, most telling first (vendor-neutral names used by TextFSM
# templates); the rest stays in the table / JSON.
_SUMMARY_KEYS = (
    "hostname", "version", "software_image", "hardware", "uptime", "serial",
    "cpu_5_sec", "cpu_1_min", "cpu_5_min", "interface", "status", "protocol", "ip_address",
)


@dataclass
class HostResult:
    """The outcome on one host."""

    host: str
    platform: str
    command: str | None
    output: str = ""
    parsed: list[dict[str, Any]] | None = None
    failed: bool = False
    error: str | None = None
    error_kind: str | None = None
    parse_error: str | None = None
    duration_ms: float = 0.0

    def summary(self) -> str:
        """One line for a person."""
        if self.failed:
            return f"{self.host}: failed — {self.error}"
        if self.parsed:
            first = self.parsed[0]
            parts = []
            for key in _SUMMARY_KEYS:
                value = first.get(key)
                if value not in (None, "", []):
                    shown = ", ".join(map(str, value)) if isinstance(value, list) else value
                    parts.append(f"{key.replace('_', ' ')} {shown}")
                if len(parts) == 4:
                    break
            more = f" ({len(self.parsed)} records)" if len(self.parsed) > 1 else ""
            return f"{self.host}: " + ("; ".join(parts) or f"{len(self.parsed)} records") + more
        lines = [line for line in self.output.strip().splitlines() if line.strip()]
        if not lines:
            return f"{self.host}: no output"
        note = " (could not parse; raw output below)" if self.parse_error else ""
        return f"{self.host}: {lines[0].strip()[:120]}{note}"


@dataclass
class Answer:
    """The result of :meth:`nlchat.NLChat.ask`.

    Attributes:
        query: The request as asked.
        status: ``ok``, ``partial`` (some hosts failed), ``failed``, ``refused``,
            ``clarify``, ``ambiguous``, ``none`` (no device matched) or ``denied`` (the user
            may not query those hosts).
        hosts: The hosts the request was run on.
        results: Per-host results, by host name.
        text: A short answer for a person.
        resolution: How the devices were chosen.
        translations: The translation per platform.
    """

    query: str
    status: str
    hosts: list[str] = field(default_factory=list)
    results: dict[str, HostResult] = field(default_factory=dict)
    text: str = ""
    resolution: Resolution | None = None
    translations: dict[str, Translation] = field(default_factory=dict)

    @property
    def failed_hosts(self) -> list[str]:
        """Hosts whose command failed."""
        return [name for name, r in self.results.items() if r.failed]

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-serialisable data."""
        return {
            "query": self.query,
            "status": self.status,
            "hosts": self.hosts,
            "text": self.text,
            "results": {name: asdict(r) for name, r in self.results.items()},
            "resolution": self.resolution.to_dict() if self.resolution else None,
            "translations": {p: t.to_dict() for p, t in self.translations.items()},
        }

    def rows(self) -> list[dict[str, Any]]:
        """One row per parsed record (per host when nothing was parsed), for tables."""
        rows: list[dict[str, Any]] = []
        for name, result in self.results.items():
            base = {"host": name, "command": result.command, "failed": result.failed}
            if result.parsed:
                rows.extend({**base, **record} for record in result.parsed)
            else:
                rows.append({**base, "error": result.error,
                             "output": result.output.strip()[:200]})
        return rows

    def to_dataframe(self) -> Any:
        """The rows as a pandas DataFrame (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError as exc:
            from nornir_nlchat.errors import NLChatError

            raise NLChatError("pandas is not installed.",
                              hint="pip install pandas to use to_dataframe().") from exc
        return pd.DataFrame(self.rows())

    def _repr_html_(self) -> str:
        """Rendered by Jupyter: the answer, then a table of the rows."""
        from html import escape

        rows = self.rows()
        columns = list(dict.fromkeys(key for row in rows for key in row))
        head = "".join(f"<th>{escape(str(c))}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(row.get(c, '')))}</td>" for c in columns)
            + "</tr>" for row in rows[:500]
        )
        text = escape(self.text).replace("\n", "<br>")
        table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        return f"<div><p>{text}</p>{table if rows else ''}</div>"

    def __str__(self) -> str:
        return self.text
