"""The translation-provider protocol and the ``nlchat.providers`` entry-point registry.

A provider turns a request into a :class:`~nornir_nlchat.translate.result.Translation` for
one platform. Third parties add providers through the entry-point group::

    [project.entry-points."nlchat.providers"]
    mymodel = "my_package:MyProvider"

The entry point names a class (or factory) called with the provider's settings from
config.yaml as keyword arguments.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any, Protocol, runtime_checkable

from nornir_nlchat.errors import ConfigError, PluginError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.result import Translation

ENTRY_POINT_GROUP = "nlchat.providers"


@runtime_checkable
class Provider(Protocol):
    """Something that turns words into a command for one platform."""

    name: str

    def translate(
        self, query: str, platform: PlatformPlugin, *, allow_write: bool = False
    ) -> Translation:
        """Translate ``query`` for ``platform``.

        Raise :class:`~nornir_nlchat.errors.ProviderError` when the provider cannot answer
        (unreachable, misconfigured) so the chain falls through to the next provider.
        """
        ...


def provider_names() -> list[str]:
    """Names of all installed providers."""
    return sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))


def load_provider(name: str, settings: dict[str, Any] | None = None) -> Provider:
    """Instantiate the provider registered as ``name`` with its settings."""
    matches = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
    if not matches:
        raise ConfigError(
            f"Unknown translation provider {name!r}.",
            hint=f"Use one of: {', '.join(provider_names())}.",
        )
    factory = matches[0].load()
    try:
        provider = factory(**(settings or {}))
    except TypeError as exc:
        raise ConfigError(f"Bad settings for provider {name!r}: {exc}.") from exc
    if not isinstance(provider, Provider):
        raise PluginError(f"Provider {name!r} does not implement translate().")
    return provider
