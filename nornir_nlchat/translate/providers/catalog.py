"""The default provider: offline, deterministic, driven by the platforms' catalogs.

Walking-skeleton version: it recognises commands of the catalog written out (or abbreviated)
by the user. Intent recognition from free wording replaces this in the translation issue.
"""

from __future__ import annotations

from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.result import Translation


class CatalogProvider:
    """Map a request to a catalog command of the platform."""

    name = "catalog"

    def translate(
        self, query: str, platform: PlatformPlugin, *, allow_write: bool = False
    ) -> Translation:
        """Translate ``query`` for ``platform``."""
        spec = platform.spec_for_command(query)
        if spec is None:
            return Translation.clarify(
                "I could not map that to a command; try one of the catalog commands.",
                platform=platform.name, provider=self.name,
                choices=[s.command for s in platform.commands if not s.slots][:5],
            )
        command = " ".join(query.split())
        return Translation("ok", command=command, commands=[command], intent=spec.intent,
                           provider=self.name, confidence=1.0, platform=platform.name)
