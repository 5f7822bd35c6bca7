"""The provider chain: fallback, final refusals, and the guard over every provider's answer."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from nornir_nlchat.config import ProviderSettings
from nornir_nlchat.errors import ConfigError, ProviderError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.chain import guard_translation, run_chain
from nornir_nlchat.translate.provider import Provider
from nornir_nlchat.translate.result import Translation
from nornir_nlchat.translate.select import ProviderSelector, clear_cache, get_provider, names_for


class Fixed:
    """A provider that always gives the same answer (or raises)."""

    def __init__(self, name: str, answer: Translation | Exception | Any) -> None:
        self.name = name
        self.answer = answer
        self.calls = 0

    def translate(self, query: str, platform: PlatformPlugin, *,
                  allow_write: bool = False) -> Translation:
        self.calls += 1
        if isinstance(self.answer, Exception):
            raise self.answer
        result: Translation = self.answer
        return result


def ok(command: str, *, provider: str = "p", confidence: float = 1.0,
       commands: list[str] | None = None) -> Translation:
    return Translation("ok", command=command, commands=commands or [command], intent="x",
                       provider=provider, confidence=confidence, platform="cisco_ios")


def test_first_confident_answer_wins(mini_ios: PlatformPlugin) -> None:
    second = Fixed("second", ok("show ip interface brief"))
    result = run_chain("version", mini_ios, [Fixed("first", ok("show version")), second])
    assert result.command == "show version" and second.calls == 0


def test_provider_error_falls_through(mini_ios: PlatformPlugin) -> None:
    chain = [Fixed("down", ProviderError("unreachable")), Fixed("catalog", ok("show version"))]
    assert run_chain("version", mini_ios, chain).command == "show version"


def test_a_crashing_or_confused_provider_falls_through(mini_ios: PlatformPlugin) -> None:
    chain = [Fixed("buggy", KeyError("oops")), Fixed("confused", "show version"),
             Fixed("weird", dataclasses.replace(ok("show version"), status="maybe")),  # type: ignore[arg-type]
             Fixed("good", ok("show version", provider="good"))]
    result = run_chain("version", mini_ios, chain)
    assert result.ok and result.provider == "good"


def test_low_confidence_hands_over(mini_ios: PlatformPlugin) -> None:
    chain = [Fixed("unsure", ok("show ip interface brief", confidence=0.2)),
             Fixed("sure", ok("show version", confidence=0.9))]
    assert run_chain("version", mini_ios, chain).command == "show version"


def test_nobody_sure_asks_back_with_the_best_guess(mini_ios: PlatformPlugin) -> None:
    chain = [Fixed("a", ok("show ip interface brief", confidence=0.2)),
             Fixed("b", ok("show version", confidence=0.4))]
    result = run_chain("version", mini_ios, chain)
    assert result.status == "clarify" and result.command is None
    assert result.choices == ["show version"]


def test_an_unsure_write_command_is_not_even_offered(mini_ios: PlatformPlugin) -> None:
    result = run_chain("save", mini_ios, [Fixed("a", ok("write memory", confidence=0.3))])
    assert result.status == "clarify" and result.choices == []
    assert "write" not in result.reason


def test_refusal_is_final(mini_ios: PlatformPlugin) -> None:
    later = Fixed("later", ok("show version"))
    refusal = Translation.refused("would reload", platform="cisco_ios", provider="first")
    result = run_chain("reload it", mini_ios, [Fixed("first", refusal), later])
    assert result.status == "refused" and later.calls == 0


def test_clarify_falls_through_to_a_sure_provider(mini_ios: PlatformPlugin) -> None:
    question = Translation.clarify("which?", platform="cisco_ios", provider="a",
                                   confidence=0.3)
    result = run_chain("version", mini_ios, [Fixed("a", question), Fixed("b", ok("show ver"))])
    assert result.ok


def test_all_failing_gives_a_question_naming_the_failures(mini_ios: PlatformPlugin) -> None:
    result = run_chain("version", mini_ios, [Fixed("x", ProviderError("down"))])
    assert result.status == "clarify" and "x: down" in result.reason


@pytest.mark.parametrize("answer", [
    ok("reload"),
    ok("configure terminal"),
    ok("write memory"),
    ok("show version; reload"),
    ok("show version\nreload"),
    ok("show running-config | redirect flash:x"),
    ok("ѕhow version"),
    ok("show version", commands=["show version", "clear counters"]),
    ok("reload", commands=["show version"]),
    Translation("ok", provider="p", confidence=1.0),  # ok without a command
])
def test_a_malicious_provider_is_stopped_by_the_guard(mini_ios: PlatformPlugin,
                                                      answer: Translation) -> None:
    result = run_chain("show me the version", mini_ios, [Fixed("evil", answer)])
    assert result.status == "refused", result
    assert result.command is None and result.commands == []
    assert "Refused" in result.reason


def test_write_mode_lets_a_configuration_command_through(mini_ios: PlatformPlugin) -> None:
    result = run_chain("save the config", mini_ios, [Fixed("p", ok("write memory"))],
                       allow_write=True)
    assert result.ok and result.command == "write memory"


def test_write_mode_does_not_make_destructive_commands_pass(mini_ios: PlatformPlugin) -> None:
    result = run_chain("reload", mini_ios, [Fixed("p", ok("reload"))], allow_write=True)
    assert result.status == "refused" and "destructive" in result.reason
    allowed = guard_translation(ok("reload"), mini_ios, allow_write=True,
                                allow_destructive=True)
    assert allowed.ok


def test_a_platform_without_grammar_runs_nothing(mini_ios: PlatformPlugin) -> None:
    bare = dataclasses.replace(mini_ios, read_only_grammar=None)
    result = run_chain("version", bare, [Fixed("p", ok("show version"))])
    assert result.status == "refused"


def test_empty_and_huge_requests_are_questions(mini_ios: PlatformPlugin) -> None:
    provider = Fixed("p", ok("show version"))
    assert run_chain("  ", mini_ios, [provider]).status == "clarify"
    assert run_chain("x" * 5000, mini_ios, [provider]).status == "clarify"
    assert provider.calls == 0


# --- provider selection ----------------------------------------------------------------------

def test_names_per_platform_vendor_and_default() -> None:
    settings = ProviderSettings(default=["catalog"], by_vendor={"Aruba": ["openai", "catalog"]},
                                by_platform={"ios": ["local", "catalog"]})
    assert names_for(settings, "cisco_ios", "cisco") == ["local", "catalog"]
    assert names_for(settings, "aruba_aoscx", "aruba") == ["openai", "catalog"]
    assert names_for(settings, "arista_eos", "arista") == ["catalog"]


def test_selector_builds_each_provider_once_with_its_options(mini_ios: PlatformPlugin) -> None:
    clear_cache()
    built: list[tuple[str, dict[str, Any] | None]] = []

    def loader(name: str, options: dict[str, Any] | None) -> Provider:
        built.append((name, options))
        if name == "remote":
            return Fixed(name, ProviderError("down"))
        return Fixed(name, ok("show version", provider=name))

    settings = ProviderSettings(by_vendor={"cisco": ["remote", "catalog"]},
                                options={"remote": {"url": "http://127.0.0.1:9"}})
    selector = ProviderSelector(settings, loader=loader)
    first = selector.chain_for(mini_ios)
    again = selector.chain_for("cisco_ios", "cisco")
    assert [p.name for p in first] == ["remote", "catalog"]
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert built == [("remote", {"url": "http://127.0.0.1:9"}), ("catalog", {})]
    result = selector.translate("version", mini_ios)
    assert result.ok and result.provider == "catalog"
    clear_cache()


def test_unknown_provider_name_is_a_config_error() -> None:
    clear_cache()
    with pytest.raises(ConfigError):
        get_provider("no-such-provider")


def test_the_registered_catalog_provider_loads() -> None:
    clear_cache()
    assert get_provider("catalog").name == "catalog"
    clear_cache()


def test_dev_set_state_changing_requests_are_refused(shared_dir: Path) -> None:
    """With the default chain, every `refuse` case of the dev set is refused, no command."""
    from nornir_nlchat.platforms.registry import get_platform

    clear_cache()
    chain = [get_provider("catalog")]
    path = shared_dir / "eval" / "nl2cli_dev.jsonl"
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    refuse = [c for c in cases if c["expect"] == "refuse"]
    assert len(refuse) >= 25
    wrong = []
    for case in refuse:
        result = run_chain(case["query"], get_platform(case["platform"]), chain)
        if result.status != "refused" or result.command or result.commands:
            wrong.append((case["id"], case["query"], result.status, result.command))
    clear_cache()
    assert wrong == []
