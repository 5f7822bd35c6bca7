"""Circuit breaker and retry policy (pure logic, fake clock)."""

from __future__ import annotations

import random

import pytest

from nornir_nlchat.execute.breaker import CLOSED, HALF_OPEN, OPEN, BreakerBoard, CircuitOpen
from nornir_nlchat.execute.classify import kind_of
from nornir_nlchat.execute.retry import RetryPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_breaker_opens_after_threshold_and_recovers_through_a_probe() -> None:
    clock = Clock()
    board = BreakerBoard(failure_threshold=3, cool_off=10, clock=clock)
    for _ in range(2):
        assert board.allow("R1") == (True, CLOSED)
        assert board.record("R1", ok=False, kind="connection", error="refused") == CLOSED
    assert board.record("R1", ok=False, kind="connection", error="refused") == OPEN
    assert board.allow("R1") == (False, OPEN)
    err = board.error_for("R1")
    assert isinstance(err, CircuitOpen) and kind_of(err) == "circuit_open"
    assert "3 failures" in str(err) and "refused" in str(err)
    clock.now += 10.5
    assert board.allow("R1") == (True, HALF_OPEN)      # the probe
    assert board.allow("R1") == (False, HALF_OPEN)     # everyone else waits
    assert board.record("R1", ok=False, kind="timeout") == OPEN  # probe failed: open again
    assert board.allow("R1") == (False, OPEN)
    clock.now += 11
    assert board.allow("R1")[0]
    assert board.record("R1", ok=True) == CLOSED
    assert board.state("R1")["failures"] == 0
    assert board.state("R1")["trips"] == 2
    assert board.states() == {}


def test_breaker_ignores_errors_that_prove_the_device_answers() -> None:
    board = BreakerBoard(failure_threshold=2, cool_off=10)
    for kind in ("rejected", "auth", "rejected"):
        board.record("R2", ok=False, kind=kind)
    assert board.state("R2")["state"] == CLOSED
    disabled = BreakerBoard(failure_threshold=0)
    for _ in range(5):
        disabled.record("R3", ok=False, kind="connection")
    assert disabled.allow("R3") == (True, CLOSED)


def test_retry_policy_backoff_with_jitter() -> None:
    policy = RetryPolicy(retries=3, base=0.5, factor=2, max_delay=3, jitter=0.5)
    rng = random.Random(1)
    delays = [policy.delay(n, rng) for n in (1, 2, 3, 4)]
    raw = [0.5, 1.0, 2.0, 3.0]
    for d, r in zip(delays, raw, strict=True):
        assert r * 0.5 <= d <= r
    assert len({round(policy.delay(1), 6) for _ in range(20)}) > 1  # jittered
    assert policy.should_retry("connection", 1) and policy.should_retry("connection", 3)
    assert not policy.should_retry("connection", 4)
    for kind in ("auth", "rejected", "unsafe", "circuit_open", "timeout", None):
        assert not policy.should_retry(kind, 1)
    assert RetryPolicy(retry_on=("connection", "timeout")).should_retry("timeout", 1)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=2)


def test_state_name_follows_the_circuit_without_building_its_record() -> None:
    clock = Clock()
    board = BreakerBoard(failure_threshold=1, cool_off=5, clock=clock)
    assert board.state_name("R9") == CLOSED  # never seen
    board.allow("R9")
    assert board.record("R9", ok=True) == CLOSED and board.state_name("R9") == CLOSED
    board.record("R9", ok=False, kind="connection")
    assert board.state_name("R9") == OPEN == board.state("R9")["state"]
    clock.now += 6
    assert board.allow("R9") == (True, HALF_OPEN) and board.state_name("R9") == HALF_OPEN
    assert board.record("R9", ok=True) == CLOSED and board.state("R9")["failures"] == 0
