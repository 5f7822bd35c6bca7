"""Per-host circuit breaker: stop hammering a device that keeps failing.

``closed``: calls go through; ``failure_threshold`` consecutive failures (of the kinds that
say the device is unwell: connection, timeout) open it. ``open``: calls fail at once with a
``circuit_open`` result until ``cool_off`` seconds have passed. ``half_open``: one probe call
goes through; success closes the circuit, failure opens it again for another cool-off.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nornir_nlchat.errors import ExecutionError

TRIPPING_KINDS: frozenset[str] = frozenset({"connection", "timeout"})

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class CircuitOpen(ExecutionError):
    """The host's circuit breaker is open: nothing was sent."""

    default_hint = ("The device failed repeatedly; nlchat waits before trying it again "
                    "(`nlchat retry` replays it later).")


@dataclass
class HostCircuit:
    """The breaker state of one host (plain data)."""

    host: str
    state: str = CLOSED
    failures: int = 0
    opened_at: float | None = None
    last_error: str | None = None
    probing: bool = False
    trips: int = 0

    def to_dict(self, cool_off: float, now: float) -> dict[str, Any]:
        """JSON-ready form with the seconds left before a probe is allowed."""
        left = 0.0
        if self.state == OPEN and self.opened_at is not None:
            left = max(0.0, cool_off - (now - self.opened_at))
        return {"host": self.host, "state": self.state, "failures": self.failures,
                "retry_in_s": round(left, 1), "last_error": self.last_error,
                "trips": self.trips}


@dataclass
class BreakerBoard:
    """The circuit breakers of many hosts, safe to use from many threads.

    Args:
        failure_threshold: Consecutive failures that open a host's circuit (0 disables).
        cool_off: Seconds an open circuit waits before letting one probe through.
        clock: Time source (monotonic seconds).
    """

    failure_threshold: int = 5
    cool_off: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _hosts: dict[str, HostCircuit] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _get(self, host: str) -> HostCircuit:
        circuit = self._hosts.get(host)
        if circuit is None:
            circuit = self._hosts[host] = HostCircuit(host)
        return circuit

    def allow(self, host: str) -> tuple[bool, str]:
        """Whether a call to ``host`` may go out now, and the state it goes out in.

        In ``half_open`` only the first caller gets True (the probe); others get False.
        """
        if self.failure_threshold <= 0:
            return True, CLOSED
        circuit = self._hosts.get(host)
        if circuit is not None and circuit.state == CLOSED:  # the usual case: no lock
            return True, CLOSED
        with self._lock:
            circuit = self._get(host)
            if circuit.state == CLOSED:
                return True, CLOSED
            if circuit.state == OPEN:
                assert circuit.opened_at is not None
                if self.clock() - circuit.opened_at < self.cool_off:
                    return False, OPEN
                circuit.state = HALF_OPEN
                circuit.probing = False
            if circuit.probing:
                return False, HALF_OPEN
            circuit.probing = True
            return True, HALF_OPEN

    def record(self, host: str, *, ok: bool, kind: str | None = None,
               error: str | None = None) -> str:
        """Record the outcome of a call; return the new state."""
        if self.failure_threshold <= 0:
            return CLOSED
        if ok:
            circuit = self._hosts.get(host)
            if circuit is not None and circuit.state == CLOSED and not circuit.failures \
                    and not circuit.probing:  # healthy and staying so: nothing to change
                return CLOSED
        with self._lock:
            circuit = self._get(host)
            circuit.probing = False
            if ok or (kind is not None and kind not in TRIPPING_KINDS):
                # The device answered (even with an error text): it is reachable.
                circuit.state, circuit.failures, circuit.opened_at = CLOSED, 0, None
                return CLOSED
            circuit.failures += 1
            circuit.last_error = error
            if circuit.state == HALF_OPEN or circuit.failures >= self.failure_threshold:
                if circuit.state != OPEN:
                    circuit.trips += 1
                circuit.state, circuit.opened_at = OPEN, self.clock()
            return circuit.state

    def state(self, host: str) -> dict[str, Any]:
        """A host's breaker as plain data."""
        with self._lock:
            return self._get(host).to_dict(self.cool_off, self.clock())

    def state_name(self, host: str) -> str:
        """A host's breaker state (``closed``, ``open`` or ``half_open``), cheaply."""
        circuit = self._hosts.get(host)
        return circuit.state if circuit is not None else CLOSED

    def states(self) -> dict[str, dict[str, Any]]:
        """Every host the board has seen that is not closed."""
        with self._lock:
            now = self.clock()
            return {name: c.to_dict(self.cool_off, now) for name, c in self._hosts.items()
                    if c.state != CLOSED or c.failures}

    def reset(self, host: str | None = None) -> None:
        """Close one host's circuit (or all)."""
        with self._lock:
            if host is None:
                self._hosts.clear()
            else:
                self._hosts.pop(host, None)

    def error_for(self, host: str) -> CircuitOpen:
        """The error a short-circuited call carries."""
        info = self.state(host)
        last = f" Last error: {info['last_error']}" if info["last_error"] else ""
        return CircuitOpen(f"{host}: circuit open after {info['failures']} failures; "
                           f"next try in {info['retry_in_s']:.0f} s.{last}")


_boards: dict[tuple[int, float], BreakerBoard] = {}
_boards_lock = threading.Lock()


def shared_board(failure_threshold: int = 5, cool_off: float = 30.0) -> BreakerBoard:
    """One board per process and settings, so that breakers outlive a single run."""
    key = (failure_threshold, cool_off)
    with _boards_lock:
        board = _boards.get(key)
        if board is None:
            board = _boards[key] = BreakerBoard(failure_threshold, cool_off)
        return board
