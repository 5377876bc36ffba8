"""Scripted faults: the queue a test fills (`FaultQueue`), and what a fault does to the request it meets.

A fault applies to the next request of its command (any, when it names none), for as many requests as it was
scripted for; faults apply in the order they were scripted. `answer_instead` and `after_handling` are rule 1
of the package docstring: a scripted status or a drop before reading replaces handling, a drop after reading
loses the answer of a request that was handled, and a delay only delays.
"""

from __future__ import annotations

import threading

import attrs

from ._records import Fault, Outcome
from ._rules import error_body

__all__ = ["FaultQueue", "after_handling", "answer_instead"]


@attrs.define
class _Scripted:
    fault: Fault
    remaining: int


class FaultQueue:
    """The faults scripted and not used up yet. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: list[_Scripted] = []

    def __repr__(self) -> str:
        return f"FaultQueue(pending={self.pending})"

    def script(self, fault: Fault, *, times: int = 1) -> None:
        """Apply `fault` to the next `times` requests (of `fault.command`, when set), after those scripted before."""
        if times < 1:
            raise ValueError("times must be 1 or more")
        with self._lock:
            self._queue.append(_Scripted(fault, times))

    def take(self, command: str | None) -> Fault | None:
        """The fault that applies to a request of `command`, used once; None when none does."""
        with self._lock:
            for scripted in self._queue:
                if scripted.fault.command is None or scripted.fault.command == command:
                    scripted.remaining -= 1
                    if scripted.remaining <= 0:
                        self._queue.remove(scripted)
                    return scripted.fault
        return None

    @property
    def pending(self) -> int:
        """How many fault uses are still waiting for a request."""
        with self._lock:
            return sum(scripted.remaining for scripted in self._queue)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()


def answer_instead(fault: Fault | None) -> Outcome | None:
    """What a fault answers instead of handling the request; None when the request is to be handled."""
    if fault is None:
        return None
    if fault.drop == "before_read":
        return Outcome(None, None, fault="drop_before_read")
    if fault.status is not None:
        body = error_body(fault.status) if fault.body is None else fault.body
        return Outcome(fault.status, body, headers=tuple(fault.headers.items()), fault="status")
    return None


def after_handling(fault: Fault | None, outcome: Outcome) -> Outcome:
    """What becomes of the outcome of a handled request under `fault`: its answer lost, or only delayed."""
    if fault is None:
        return outcome
    if fault.drop == "after_read":
        return attrs.evolve(outcome, status=None, answer=None, headers=(), fault="drop_after_read")
    return attrs.evolve(outcome, fault="delay")
