"""Health settings: thresholds, alert policy, schedule, outputs.

They live in config.yaml under ``user_defined.nlchat.health`` (validated like the rest of
the nlchat section) and can be overridden by ``NLCHAT_HEALTH__*`` variables and CLI options.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from nornir_nlchat.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _known(names: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    from nornir_nlchat.health.adapter import CHECKS

    unknown = [n for n in names if n not in (*CHECKS, *extra)]
    if unknown:
        raise ValueError(f"unknown check(s) {', '.join(unknown)}; known: "
                         f"{', '.join((*CHECKS, *extra))}")
    return names


class Thresholds(_Section):
    """Where ok ends and warning / critical begin, per check.

    Rates (``*_per_min``) are computed between two polls of the monitor; a single round
    (``nlchat health``) uses what one look at the device can tell.
    """

    cpu_warning: float = Field(80.0, ge=0, le=100)
    cpu_critical: float = Field(95.0, ge=0, le=100)
    cpu_window: Literal["five_sec", "one_min", "five_min"] = "five_sec"
    memory_warning: float = Field(85.0, ge=0, le=100)
    memory_critical: float = Field(95.0, ge=0, le=100)
    errors_per_min_warning: float = Field(1.0, ge=0)
    errors_per_min_critical: float = Field(100.0, ge=0)
    error_ratio_warning: float = Field(0.001, ge=0, le=1)
    discards_per_min_warning: float = Field(1000.0, ge=0)
    flaps_warning: int = Field(1, ge=1)
    flaps_critical: int = Field(5, ge=1)
    topology_changes_per_min_warning: float = Field(3.0, ge=0)
    topology_changes_per_min_critical: float = Field(30.0, ge=0)
    topology_change_recent_s: float = Field(10.0, ge=0)
    stp_churn_warning: int = Field(2, ge=1)
    stp_churn_window: int = Field(5, ge=2)
    mac_moves_warning: int = Field(5, ge=1)
    mac_moves_critical: int = Field(50, ge=1)
    temperature_warning: float = 65.0
    temperature_critical: float = 80.0
    log_severity: int = Field(2, ge=0, le=7)
    log_critical_severity: int = Field(1, ge=0, le=7)
    loop_tc_per_min: float = Field(10.0, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        for name in ("cpu", "memory"):
            if getattr(self, f"{name}_warning") > getattr(self, f"{name}_critical"):
                raise ValueError(f"{name}_warning must not exceed {name}_critical")
        return self


class AlertPolicy(_Section):
    """When an alert is raised, repeated and cleared.

    Attributes:
        raise_after: Consecutive bad polls before an alert is raised.
        clear_after: Consecutive good polls before it clears.
        cooldown_s: No repeated notification for the same alert (or the same thing
            re-alerting after a clear) within this many seconds.
        renotify: Notify again after each cooldown while an alert stays firing.
        hysteresis: Per check, how far under the threshold a value must fall to count as
            recovered (in the value's unit, e.g. 10 percentage points for CPU).
        checks: Only these checks raise alerts (empty: all).
        min_severity: The least severe status that raises an alert.
    """

    raise_after: int = Field(1, ge=1)
    clear_after: int = Field(1, ge=1)
    cooldown_s: float = Field(900.0, ge=0)
    renotify: bool = True
    hysteresis: dict[str, float] = Field(
        default_factory=lambda: {"cpu": 10.0, "memory": 5.0, "environment": 3.0})
    checks: list[str] = Field(default_factory=list)
    min_severity: Literal["warning", "critical"] = "warning"

    @field_validator("checks")
    @classmethod
    def _checks(cls, value: list[str]) -> list[str]:
        return _known(value, ("reachability", "loop"))


class HealthSettings(_Section):
    """Everything about health checks and the monitor.

    Attributes:
        checks: Checks each poll runs (default: all the platform supports).
        every: Check → run it every Nth poll only (environment and topology change slowly).
        interval_s: Seconds between two polls of the same device.
        jitter: Fraction of the interval each device's schedule is shifted by at random, so
            that polls spread over the interval instead of arriving together.
        workers: Devices polled in parallel.
        database_url: Where history and alerts go (default: the store's URL, i.e.
            NLCHAT_DATABASE_URL / DATABASE_URL / a SQLite file).
        history: Store a sample per device, check and poll.
        retention_days: History older than this is pruned (alerts are kept).
        webhooks: URLs alerts are POSTed to (JSON).
        webhook_retries: Attempts after the first failed one.
        metrics_port: Serve Prometheus metrics on this port (None: off).
        metrics_address: Address the metrics server listens on.
    """

    thresholds: Thresholds = Thresholds()
    alerts: AlertPolicy = AlertPolicy()
    checks: list[str] = Field(default_factory=list)
    every: dict[str, int] = Field(default_factory=lambda: {"environment": 5, "topology": 10})
    interval_s: float = Field(60.0, gt=0)
    jitter: float = Field(0.1, ge=0, le=1)
    workers: int = Field(50, ge=1, le=2000)
    database_url: str | None = None
    history: bool = True
    retention_days: float = Field(30.0, gt=0)
    webhooks: list[str] = Field(default_factory=list)
    webhook_retries: int = Field(3, ge=0, le=20)
    metrics_port: int | None = Field(None, ge=0, le=65535)
    metrics_address: str = "127.0.0.1"

    @field_validator("checks")
    @classmethod
    def _checks(cls, value: list[str]) -> list[str]:
        return _known(value)

    @field_validator("every")
    @classmethod
    def _every(cls, value: dict[str, int]) -> dict[str, int]:
        _known(list(value))
        if any(n < 1 for n in value.values()):
            raise ValueError("every: each value is a number of polls, 1 or more")
        return value


def load_health_settings(section: Mapping[str, Any] | None = None,
                         **overrides: Any) -> HealthSettings:
    """Validate a ``health`` section plus overrides given as dotted keys.

    ``overrides`` use ``__`` for nesting (``thresholds__cpu_warning=70``); None values are
    ignored so that unset CLI options leave the file's values alone.

    Raises:
        ConfigError: naming the bad key and value.
    """
    data: dict[str, Any] = _deep_copy(section or {})
    for key, value in overrides.items():
        if value is None:
            continue
        node = data
        parts = key.split("__")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    try:
        return HealthSettings.model_validate(data)
    except ValidationError as exc:
        problems = [f"user_defined.nlchat.health.{'.'.join(str(p) for p in e['loc'])} = "
                    f"{e.get('input')!r}: {e['msg']}" for e in exc.errors()]
        raise ConfigError("Invalid health settings: " + "; ".join(problems) + ".") from None


def _deep_copy(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, Mapping) else v for k, v in data.items()}
