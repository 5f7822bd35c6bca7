"""The http provider against a local JSON endpoint started by the tests."""

from __future__ import annotations

from typing import Any

import pytest

from nornir_nlchat.errors import ConfigError, ProviderError
from nornir_nlchat.platforms.contract import PlatformPlugin
from nornir_nlchat.translate.chain import run_chain
from nornir_nlchat.translate.providers.http import HTTPProvider
from nornir_nlchat.translate.result import Translation

TOKEN = "Bearer http-provider-token-123"

ANSWERS: dict[str, Any] = {
    "version": {"status": "ok", "command": "show version", "intent": "version",
                "confidence": 0.9},
    "bgp config": {"status": "ok", "command": "show running-config | section bgp"},
    "two commands": {"status": "ok", "command": "show version",
                     "commands": ["show version", "show ip interface brief"]},
    "commands disagree": {"status": "ok", "command": "show version",
                          "commands": ["show ip interface brief"]},
    "one off catalog": {"status": "ok", "commands": ["show version", "clear counters"]},
    "off catalog": {"status": "ok", "command": "show tech-support"},
    "write": {"status": "ok", "command": "reload"},
    "not json": "<html>502 Bad Gateway</html>",
    "reload": {"status": "refused", "reason": "Reloading changes the device."},
    "vague": {"status": "clarify", "reason": "Which interface?"},
    "huge confidence": {"status": "ok", "command": "show version", "confidence": 7},
    "environment": {"status": "ok", "command": "show environment\nshow inventory"},
    "smuggled line": {"status": "ok", "command": "show version\nreload"},
}


def endpoint(path: str, body: dict[str, Any]) -> tuple[int, Any]:
    if path != "/translate":
        return 404, {"error": "not found"}
    if body["query"] == "server error":
        return 503, {"error": "overloaded"}
    return 200, ANSWERS.get(body["query"], {"status": "clarify", "reason": "?"})


@pytest.fixture
def server(json_server: Any) -> Any:
    return json_server(endpoint)


@pytest.fixture
def provider(server: Any) -> HTTPProvider:
    return HTTPProvider(url=f"{server.url}/translate", timeout=5,
                        headers={"Authorization": TOKEN})


def test_request_carries_the_catalog_and_headers(provider: HTTPProvider, server: Any,
                                                 mini_ios: PlatformPlugin) -> None:
    result = provider.translate("version", mini_ios)
    assert result.ok and result.command == "show version" and result.provider == "http"
    assert result.confidence == pytest.approx(0.9)
    sent = server.requests[-1]
    assert sent["headers"]["authorization"] == TOKEN
    body = sent["json"]
    assert body["query"] == "version" and body["platform"] == "cisco_ios"
    assert body["vendor"] == "cisco" and body["allow_write"] is False
    assert "interface_one" in body["intents"]
    assert {"intent": "interface_one", "command": "show interfaces {interface}",
            "slots": ["interface"]} in body["catalog"]
    assert all(entry["intent"] != "save_config" for entry in body["catalog"])


def test_pipes_that_are_part_of_a_template_are_accepted(provider: HTTPProvider,
                                                        mini_ios: PlatformPlugin) -> None:
    assert provider.translate("bgp config", mini_ios).command == (
        "show running-config | section bgp")


def test_several_commands(provider: HTTPProvider, mini_ios: PlatformPlugin) -> None:
    result = provider.translate("two commands", mini_ios)
    assert result.commands == ["show version", "show ip interface brief"]


def test_a_several_line_template_becomes_several_commands(provider: HTTPProvider,
                                                          mini_ios: PlatformPlugin) -> None:
    result = provider.translate("environment", mini_ios)
    assert result.commands == ["show environment", "show inventory"]
    assert result.intent == "environment"


@pytest.mark.parametrize("query", ["commands disagree", "one off catalog", "off catalog",
                                   "write", "not json", "server error", "smuggled line"])
def test_unusable_answers_raise_provider_error(provider: HTTPProvider,
                                               mini_ios: PlatformPlugin, query: str) -> None:
    with pytest.raises(ProviderError):
        provider.translate(query, mini_ios)


def test_refusal_question_and_clamped_confidence(provider: HTTPProvider,
                                                 mini_ios: PlatformPlugin) -> None:
    assert provider.translate("reload", mini_ios).status == "refused"
    assert provider.translate("vague", mini_ios).status == "clarify"
    assert provider.translate("huge confidence", mini_ios).confidence == 1.0


class Backup:
    name = "backup"

    def translate(self, query: str, platform: PlatformPlugin, *,
                  allow_write: bool = False) -> Translation:
        return Translation("ok", command="show version", commands=["show version"],
                           provider=self.name, confidence=1.0, platform=platform.name)


@pytest.mark.parametrize("query", ["server error", "off catalog", "write"])
def test_failures_fall_back_to_the_next_provider(provider: HTTPProvider,
                                                 mini_ios: PlatformPlugin, query: str) -> None:
    result = run_chain(query, mini_ios, [provider, Backup()])
    assert result.ok and result.provider == "backup"


def test_endpoint_down(closed_port: int, mini_ios: PlatformPlugin) -> None:
    down = HTTPProvider(url=f"http://127.0.0.1:{closed_port}/translate", timeout=2)
    with pytest.raises(ProviderError):
        down.translate("version", mini_ios)
    assert run_chain("version", mini_ios, [down, Backup()]).provider == "backup"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "127.0.0.1:80"])
def test_only_http_urls(url: str) -> None:
    with pytest.raises(ConfigError):
        HTTPProvider(url=url)


def test_headers_are_not_shown(provider: HTTPProvider) -> None:
    assert TOKEN not in repr(provider)
