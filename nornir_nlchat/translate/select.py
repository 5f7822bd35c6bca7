"""Which providers translate for which platform, from ``ProviderSettings``.

config.yaml chooses a provider chain per platform, else per vendor, else a default::

    user_defined:
      nlchat:
        providers:
          default: [catalog]
          by_vendor: {aruba: [openai, catalog]}
          by_platform: {cisco_ios: [local, catalog]}
          options:
            openai: {model: gpt-4o-mini}

Platform keys may be any spelling the platform registry knows (``ios``, ``junos``...).
Providers are created once per (name, options) and reused by every caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from nornir_nlchat.config import ProviderSettings
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.provider import Provider, load_provider
from nornir_nlchat.translate.result import Translation

Loader = Callable[[str, "dict[str, Any] | None"], Provider]

_cache: dict[tuple[str, str], Provider] = {}
_lock = threading.Lock()


def _platform_entry(settings: ProviderSettings, platform: str) -> list[str] | None:
    if platform in settings.by_platform:
        return settings.by_platform[platform]
    from nornir_nlchat.platforms.registry import canonical_name

    for key, names in settings.by_platform.items():
        if key.strip().lower() == platform or canonical_name(key) == platform:
            return names
    return None


def names_for(settings: ProviderSettings, platform: str, vendor: str) -> list[str]:
    """Provider names for a platform: its entry, else its vendor's, else the default.

    >>> s = ProviderSettings(by_vendor={"aruba": ["openai", "catalog"]})
    >>> names_for(s, "aruba_aoscx", "aruba"), names_for(s, "cisco_ios", "cisco")
    (['openai', 'catalog'], ['catalog'])
    """
    by_vendor = {k.strip().lower(): v for k, v in settings.by_vendor.items()}
    return (_platform_entry(settings, platform) or by_vendor.get(vendor.strip().lower())
            or settings.default)


def get_provider(name: str, options: Mapping[str, Any] | None = None, *,
                 loader: Loader = load_provider) -> Provider:
    """The provider ``name`` with these options, created on first use and then reused."""
    settings = dict(options or {})
    key = (name, repr(sorted(settings.items())))
    with _lock:
        provider = _cache.get(key)
        if provider is None:
            provider = _cache[key] = loader(name, settings)
        return provider


def clear_cache() -> None:
    """Forget created providers (for tests, or after the settings changed)."""
    with _lock:
        _cache.clear()


class ProviderSelector:
    """Pick and run the provider chain configured for each platform.

    Args:
        settings: The ``providers`` section of the nlchat settings.
        loader: Creates a provider from its name and options (default: the
            ``nlchat.providers`` entry points).
    """

    def __init__(self, settings: ProviderSettings | None = None, *,
                 loader: Loader = load_provider) -> None:
        self.settings = settings or ProviderSettings()
        self._loader = loader

    def chain_for(
        self, platform: PlatformPlugin | str, vendor: str | None = None
    ) -> list[Provider]:
        """The providers to ask, in order, for a platform (a plugin, or its name and vendor)."""
        if isinstance(platform, PlatformPlugin):
            name, vendor = platform.name, vendor or platform.vendor
        else:
            name = platform
        names = names_for(self.settings, name, vendor or "")
        return [get_provider(n, self.settings.options.get(n), loader=self._loader)
                for n in names]

    def translate(self, query: str, platform: PlatformPlugin, *,
                  allow_write: bool = False) -> Translation:
        """Run the platform's chain on ``query`` (the guard checks the result)."""
        return run_chain(query, platform, self.chain_for(platform), allow_write=allow_write,
                         min_confidence=self.settings.min_confidence)
