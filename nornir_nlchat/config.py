"""The assistant's settings: ``user_defined.nlchat`` in a Nornir config.yaml, plus NLCHAT_* env.

config.yaml stays a normal Nornir config (``InitNornir`` reads it); nornir-nlchat keeps its
own settings under ``user_defined: {nlchat: {...}}``. Environment variables override them:
``NLCHAT_<KEY>`` for a top-level key and ``NLCHAT_<SECTION>__<KEY>`` for a nested one, e.g.
``NLCHAT_LOG_LEVEL=INFO`` or ``NLCHAT_PROVIDERS__DEFAULT=catalog,openai``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nornir_nlchat.errors import ConfigError
from nornir_nlchat.health.settings import HealthSettings

ENV_PREFIX = "NLCHAT_"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProviderSettings(_Section):
    """Which translation providers run, in which order, per platform or vendor."""

    default: list[str] = Field(default_factory=lambda: ["catalog"])
    by_platform: dict[str, list[str]] = Field(default_factory=dict)
    by_vendor: dict[str, list[str]] = Field(default_factory=dict)
    options: dict[str, dict[str, Any]] = Field(default_factory=dict)
    min_confidence: float = Field(0.5, ge=0.0, le=1.0)



class ExecutionSettings(_Section):
    """How commands run on devices."""

    command_timeout: float = Field(60.0, gt=0)
    connect_timeout: float = Field(15.0, gt=0)
    num_workers: int = Field(20, ge=1, le=1000)
    retries: int = Field(2, ge=0, le=10)
    host_timeout: float | None = Field(None, gt=0)
    breaker_threshold: int = Field(5, ge=1)
    breaker_cool_off: float = Field(30.0, gt=0)
    dead_letter: bool | str = True
    keepalive: float = Field(30.0, ge=0)
    idle_timeout: float = Field(300.0, ge=0)
    transports: dict[str, Literal["asyncssh", "netmiko", "scrapli"]] = Field(default_factory=dict)


class RoleSettings(_Section):
    """What a role may do: which hosts (name globs) or groups it may query, and write mode."""

    hosts: list[str] = Field(default_factory=list)
    groups: list[str] = Field(default_factory=list)
    write: bool = False


class UserSettings(_Section):
    """A user and the roles they hold."""

    roles: list[str] = Field(default_factory=list)


class AccessSettings(_Section):
    """Access control. Without an ``access`` section everyone may read every host."""

    enabled: bool = False
    roles: dict[str, RoleSettings] = Field(default_factory=dict)
    users: dict[str, UserSettings] = Field(default_factory=dict)
    default_roles: list[str] = Field(default_factory=list)


class NLChatSettings(_Section):
    """All of nornir-nlchat's own settings."""

    providers: ProviderSettings = ProviderSettings()
    execution: ExecutionSettings = ExecutionSettings()
    access: AccessSettings = AccessSettings()
    health: HealthSettings = HealthSettings()
    history: bool = True
    database_url: str | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "WARNING"
    log_format: Literal["text", "json"] = "text"
    user: str | None = None


def _coerce(raw: str) -> Any:
    value = yaml.safe_load(raw) if raw.strip() else ""
    if isinstance(value, str) and "," in value:
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for key, raw in environ.items():
        if not key.startswith(ENV_PREFIX) or key == ENV_PREFIX:
            continue
        path = key[len(ENV_PREFIX):].lower().split("__")
        if path[0] not in NLChatSettings.model_fields:
            continue  # NLCHAT_* variables meant for other parts (credentials...)
        node = overrides
        for part in path[:-1]:
            node = node.setdefault(part, {})
        value = _coerce(raw)
        field_info = NLChatSettings.model_fields.get(path[0])
        if len(path) == 2 and path[0] == "providers" and path[1] == "default":
            value = value if isinstance(value, list) else [value]
        elif field_info is not None and len(path) == 1 and isinstance(value, list):
            value = ",".join(value)
        node[path[-1]] = value
    return overrides


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


def load_settings(
    section: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> NLChatSettings:
    """Validate the ``nlchat`` section (from config.yaml's user_defined) plus env overrides.

    Raises:
        ConfigError: naming the bad key and value.
    """
    data = _merge(dict(section or {}), _env_overrides(os.environ if environ is None else environ))
    try:
        return NLChatSettings.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            problems.append(f"user_defined.nlchat.{key} = {err.get('input')!r}: {err['msg']}")
        raise ConfigError("Invalid nlchat settings: " + "; ".join(problems) + ".") from None
