"""Run providers in order until one is sure; then let the guard have the last word.

Rules of the chain:

* A refusal from any provider is final (safety first).
* A provider that raises (``ProviderError`` or anything else), answers something that is not
  a :class:`Translation`, or answers below ``min_confidence`` hands over to the next one.
* The first confident ``ok`` answer is re-checked by the read-only guard, every command of
  it; if one fails, the whole answer is refused (no other provider is asked).
* When nobody is sure, the chain asks back instead of guessing, and only offers a command
  as a choice if the guard would let it through.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import get_args

from nornir_nlchat.errors import ProviderError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate import guard
from nornir_nlchat.translate.provider import Provider
from nornir_nlchat.translate.result import Status, Translation

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 2000
_STATUSES = get_args(Status)


def _all_commands(translation: Translation) -> list[str]:
    """Every command the translation could send: ``command`` and ``commands`` alike."""
    commands = [c for c in [translation.command, *translation.commands] if c is not None]
    return list(dict.fromkeys(commands)) or [""]


def guard_translation(
    translation: Translation,
    platform: PlatformPlugin,
    *,
    allow_write: bool,
    allow_destructive: bool = False,
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
    for command in _all_commands(translation):
        verdict = guard.check(command, platform.read_only_grammar, allow_write=allow_write,
                              allow_destructive=allow_destructive)
        if not verdict.allowed:
            log.warning("guard refused %r from provider %s: %s", command, translation.provider,
                        verdict.reason)
            return Translation.refused(
                f"Refused {command!r}: {verdict.reason}",
                platform=platform.name, provider=translation.provider, intent=translation.intent,
            )
    return translation


def _ask(provider: Provider, query: str, platform: PlatformPlugin,
         allow_write: bool) -> Translation:
    """One provider's answer; raises ProviderError for anything that is not a usable one."""
    try:
        answer = provider.translate(query, platform, allow_write=allow_write)
    except ProviderError:
        raise
    except Exception as exc:  # a broken provider must not break the chain
        log.exception("provider %s crashed", getattr(provider, "name", provider))
        raise ProviderError(f"crashed ({type(exc).__name__})") from exc
    if not isinstance(answer, Translation) or answer.status not in _STATUSES:
        raise ProviderError(f"gave {type(answer).__name__}, not a Translation")
    return answer


def _suggestion(answer: Translation, platform: PlatformPlugin, allow_write: bool) -> Translation:
    """Nobody was sure: ask rather than guess (offer the command only if the guard agrees)."""
    checked = guard_translation(answer, platform, allow_write=allow_write)
    if not checked.ok:
        return Translation.clarify(
            "Not sure what you mean; could you rephrase, or name the command?",
            platform=platform.name, provider=answer.provider, confidence=answer.confidence)
    return Translation.clarify(
        f"Not sure what you mean; did you want `{answer.command}`?",
        platform=platform.name, provider=answer.provider,
        choices=[answer.command or ""], confidence=answer.confidence,
    )


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
        name = getattr(provider, "name", type(provider).__name__)
        try:
            answer = _ask(provider, text, platform, allow_write)
        except ProviderError as exc:
            log.warning("provider %s failed: %s", name, exc.message)
            errors.append(f"{name}: {exc.message}")
            continue
        if answer.status == "refused":
            return answer
        if answer.ok and answer.confidence >= min_confidence:
            return guard_translation(answer, platform, allow_write=allow_write)
        if fallback is None or answer.confidence > fallback.confidence:
            fallback = answer
    if fallback is not None and fallback.ok:
        return _suggestion(fallback, platform, allow_write)
    if fallback is not None:
        return fallback
    return Translation.clarify(
        "No translation provider could answer" + (f" ({'; '.join(errors)})" if errors else "")
        + ". Try rephrasing, or name the command.",
        platform=platform.name, provider="",
    )
