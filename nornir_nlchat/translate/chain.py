"""Run providers in order until one is sure; then let the guard have the last word."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from nornir_nlchat.errors import ProviderError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate import guard
from nornir_nlchat.translate.provider import Provider
from nornir_nlchat.translate.result import Translation

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 2000


def guard_translation(
    translation: Translation, platform: PlatformPlugin, *, allow_write: bool
) -> Translation:
    """Re-check every command of an ``ok`` translation; refuse the whole of it if one fails."""
    if not translation.ok:
        return translation
    if platform.read_only_grammar is None:
        return Translation.refused(
            f"Platform {platform.name} declares no read-only grammar, so nothing can be "
            "checked and nothing is run.",
            platform=platform.name, provider=translation.provider, intent=translation.intent,
        )
    for command in translation.commands or [translation.command or ""]:
        verdict = guard.check(command, platform.read_only_grammar, allow_write=allow_write)
        if not verdict.allowed:
            return Translation.refused(
                f"Refused {command!r}: {verdict.reason}",
                platform=platform.name, provider=translation.provider, intent=translation.intent,
            )
    return translation


def run_chain(
    query: str,
    platform: PlatformPlugin,
    providers: Sequence[Provider],
    *,
    allow_write: bool = False,
    min_confidence: float = 0.5,
) -> Translation:
    """Translate with the first provider that answers confidently.

    A refusal from any provider is final (safety first). A provider that raises
    :class:`ProviderError` or answers below ``min_confidence`` hands over to the next one;
    when none is sure, the most confident non-``ok`` answer (or a question back) is returned.
    """
    text = (query or "").strip()
    if not text:
        return Translation.clarify(
            "The request is empty: what would you like to know about the device?",
            platform=platform.name, provider="",
            choices=["version and uptime", "CPU", "interfaces", "logs"],
        )
    if len(text) > MAX_QUERY_CHARS:
        return Translation.clarify(
            f"The request is {len(text)} characters long (at most {MAX_QUERY_CHARS}): "
            "ask one short question at a time.",
            platform=platform.name, provider="",
        )
    fallback: Translation | None = None
    errors: list[str] = []
    for provider in providers:
        try:
            answer = provider.translate(text, platform, allow_write=allow_write)
        except ProviderError as exc:
            log.warning("provider %s failed: %s", provider.name, exc.message)
            errors.append(f"{provider.name}: {exc.message}")
            continue
        if answer.status == "refused":
            return answer
        if answer.ok and answer.confidence >= min_confidence:
            return guard_translation(answer, platform, allow_write=allow_write)
        if fallback is None or answer.confidence > fallback.confidence:
            fallback = answer
    if fallback is not None and fallback.ok:
        # Nobody was sure: ask rather than guess.
        return Translation.clarify(
            f"Not sure what you mean; did you want `{fallback.command}`?",
            platform=platform.name, provider=fallback.provider,
            choices=[fallback.command or ""], confidence=fallback.confidence,
        )
    if fallback is not None:
        return fallback
    return Translation.clarify(
        "No translation provider could answer" + (f" ({'; '.join(errors)})" if errors else "")
        + ". Try rephrasing, or name the command.",
        platform=platform.name, provider="",
    )
