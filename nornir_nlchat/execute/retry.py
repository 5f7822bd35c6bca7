"""Retry policy: exponential backoff with jitter, only for errors worth retrying.

Authentication failures and commands the device rejected are never retried (trying again
cannot help and may lock the account); connection errors and garbled answers are. Command
timeouts are not retried by default (each try would wait the whole timeout again); they can
be enabled.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

RETRYABLE_DEFAULT: tuple[str, ...] = ("connection", "garbled")
NEVER_RETRIED: frozenset[str] = frozenset({"auth", "rejected", "unsafe", "circuit_open"})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait before trying a host again.

    Attributes:
        retries: Extra attempts after the first (0 disables retries).
        base: Delay before the first retry, in seconds.
        factor: Growth of the delay per retry.
        max_delay: Upper bound of one delay.
        jitter: Fraction of the delay drawn at random (0.5: between 50% and 100%), so that
            many hosts that failed together do not retry in lockstep.
        retry_on: Error kinds that are retried (``connection``, ``timeout``, ``error``).
    """

    retries: int = 2
    base: float = 0.2
    factor: float = 2.0
    max_delay: float = 5.0
    jitter: float = 0.5
    retry_on: tuple[str, ...] = RETRYABLE_DEFAULT

    def __post_init__(self) -> None:
        if self.retries < 0 or self.base < 0 or self.factor < 1 or self.max_delay < 0:
            raise ValueError("retries, base and max_delay must be >= 0 and factor >= 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    def should_retry(self, kind: str | None, attempt: int) -> bool:
        """Whether attempt number ``attempt`` (1-based) that failed with ``kind`` is retried."""
        if kind is None or kind in NEVER_RETRIED:
            return False
        return attempt <= self.retries and kind in self.retry_on

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt ``attempt`` (1-based), jitter applied."""
        raw = min(self.max_delay, self.base * self.factor ** (attempt - 1))
        draw = (rng or random).random()
        return raw * (1 - self.jitter * draw)
