import pytest

from nornir_nlchat.config import load_settings
from nornir_nlchat.errors import ConfigError
from nornir_nlchat.translate.select import names_for


def test_defaults() -> None:
    settings = load_settings({}, environ={})
    assert settings.providers.default == ["catalog"]
    assert settings.log_level == "WARNING"


def test_section_and_env_override() -> None:
    settings = load_settings(
        {"log_level": "INFO", "providers": {"by_vendor": {"aruba": ["openai", "catalog"]}}},
        environ={"NLCHAT_LOG_LEVEL": "DEBUG", "NLCHAT_PROVIDERS__DEFAULT": "http,catalog",
                 "NLCHAT_PASSWORD": "not-a-setting"},
    )
    assert settings.log_level == "DEBUG"
    assert settings.providers.default == ["http", "catalog"]
    assert names_for(settings.providers, "aruba_aoscx", "aruba") == ["openai", "catalog"]
    assert names_for(settings.providers, "cisco_ios", "cisco") == ["http", "catalog"]


def test_bad_value_names_key_and_value() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({"execution": {"command_timeout": "soon"}}, environ={})
    assert "user_defined.nlchat.execution.command_timeout" in str(info.value)
    assert "'soon'" in str(info.value)


def test_unknown_key_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"user_defined\.nlchat\.provider"):
        load_settings({"provider": "catalog"}, environ={})
