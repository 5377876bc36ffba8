"""Scripted faults: the queue a test fills (`FaultQueue`), the test's controls over it (`FaultControls`, a part of
`CallingMock`), and what a fault does to the request it meets.

A fault applies to the next request of its command (any, when it names none), for as many requests as it was
scripted for; faults apply in the order they were scripted. `answer_instead` and `after_handling` are rule 1
of the package docstring: a scripted status or a drop before reading replaces handling, a drop after reading
loses the answer of a request that was handled, and a delay only delays.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, get_args

import attrs

from ._records import Drop, Fault, Outcome
from ._rules import error_body

__all__ = ["FaultControls", "FaultQueue", "after_handling", "answer_instead"]


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


class FaultControls:
    """`CallingMock`'s methods that script faults (its `_faults` queue)."""

    _faults: FaultQueue

    def script(self, fault: Fault, *, times: int = 1) -> None:
        """Apply `fault` to the next `times` requests (of `fault.command`, when set). Faults queue in order."""
        self._faults.script(fault, times=times)

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        command: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next `times` requests with the error `status` (body: the vendor's error body unless given)."""
        if not 400 <= status <= 599:
            raise ValueError(f"fail_next takes an error status (400-599), not {status}; script() takes any Fault")
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
        self.script(Fault(status=status, body=body, headers=extra, command=command, delay=delay), times=times)

    def drop_next(self, when: Drop = "after_read", *, times: int = 1, command: str | None = None) -> None:
        """Drop the connection of the next `times` requests.

        `before_read`: the request is not handled (in process: `httpx.ConnectError`, so any command may be
        retried; over HTTP the socket is reset). `after_read`: it is handled, then the answer is lost (in
        process: `httpx.RemoteProtocolError`; over HTTP the socket is closed without an answer).
        """
        if when not in get_args(Drop):
            raise ValueError(f"when must be one of {get_args(Drop)}")
        self.script(Fault(drop=when, command=command), times=times)

    def delay_next(self, seconds: float, *, times: int = 1, command: str | None = None) -> None:
        """Answer the next `times` requests normally, after `seconds`."""
        self.script(Fault(delay=seconds, command=command), times=times)

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """How many scripted fault uses are still waiting for a request."""
        return self._faults.pending
