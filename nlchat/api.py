"""The one-call functions: ``translate`` and ``resolve``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from nornir.core import Nornir

from nornir_nlchat.config import NLChatSettings, load_settings
from nornir_nlchat.inventory import load_nornir
from nornir_nlchat.platforms.registry import get_platform
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.result import Translation
from nornir_nlchat.translate.select import ProviderSelector, get_provider

if TYPE_CHECKING:
    from nornir_nlchat.resolve import Resolution

def translate(
    query: str,
    platform: str,
    *,
    provider: str | None = None,
    allow_write: bool = False,
    settings: NLChatSettings | None = None,
) -> Translation:
    """Turn a request into the command for ``platform``, or a refusal, or a question back.

    Args:
        query: The request in words (or a command).
        platform: Any platform name (``cisco_ios``, ``ios``, ``junos``...).
        provider: Use only this provider instead of the configured chain.
        allow_write: Allow commands that change device state to be produced.
        settings: nlchat settings (default: from NLCHAT_* environment variables).

    Raises:
        UnknownPlatformError: no plugin for ``platform``.

    >>> translate("show version", "cisco_ios").command
    'show version'
    """
    settings = settings or load_settings()
    plugin = get_platform(platform)
    if provider:
        chain = [get_provider(provider, settings.providers.options.get(provider))]
        return run_chain(query, plugin, chain, allow_write=allow_write,
                         min_confidence=settings.providers.min_confidence)
    return ProviderSelector(settings.providers).translate(query, plugin, allow_write=allow_write)


def resolve(query: str, *, inventory: Nornir | str | Path) -> Resolution:
    """Find which inventory devices a request is about.

    Args:
        query: The request (the command part is ignored).
        inventory: A Nornir object, a path to a Nornir config.yaml, or a SimpleInventory
            folder.
    """
    from nornir_nlchat.resolve import index_for

    return index_for(load_nornir(inventory)).resolve(query)
