"""The mock's clock: timers that run out on one background thread, each a call to the mock (`Timers`).

An operation that ends by itself (a play after its duration, a collect with no input, a detector's default
verdict) is a timer, named by a `TimerKey` (call id, control id, what it does). `_media` says which timers to arm,
pause, resume or cancel as `Plan`s; `Timers.apply` carries them out. When one runs out, `fire(key, token)` is
called from the timer thread; the callee takes its own lock and then `claim(key, token)`: False when the timer was
cancelled or re-armed meanwhile, so a timer never acts after its operation ended.

Bounded: at most `MAX_TIMERS` timers wait at once (past that a new one is not armed, and a warning is logged), and
none waits more than `MAX_DELAY` seconds. The thread exits after a second with nothing to wait for.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Final, Literal

import attrs

__all__ = ["MAX_DELAY", "MAX_TIMERS", "Plan", "TimerKey", "Timers"]

MAX_TIMERS: Final = 10_000
"""Timers waiting at once, paused ones included."""
MAX_DELAY: Final = 3_600.0
"""The longest a timer waits, in seconds; a longer delay is cut to this."""
_IDLE_SECONDS: Final = 1.0

TimerKey = tuple[str, str, str]
"""(call id, control id, what the timer does: `end`, `no_input`, `digits`, `verdict`)."""

log = logging.getLogger("signalwire_calling")


@attrs.frozen
class Plan:
    """One thing to do with timers: `arm` one (`delay` seconds from now, replacing one with the same key), or
    `cancel`, `pause` or `resume` those of an operation (`what` empty: all of them; `control_id` None: all of
    the call's)."""

    action: Literal["arm", "cancel", "pause", "resume"]
    call_id: str
    control_id: str | None = None
    what: str = ""
    delay: float = 0.0


class Timers:
    """Timers run on one daemon thread; `fire(key, token)` is called when one runs out (see the module)."""

    def __init__(self, fire: Callable[[TimerKey, int], object]) -> None:
        self._fire = fire
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, TimerKey]] = []
        """(due, token, key); an entry whose token is not the key's in `_live` is stale and skipped."""
        self._live: dict[TimerKey, tuple[int, float]] = {}
        """Armed timers: key -> (token, when it is due, on `time.monotonic`)."""
        self._paused: dict[TimerKey, float] = {}
        """Paused timers: key -> the seconds they had left."""
        self._tokens = itertools.count(1)
        self._worker: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Timers(pending={self.pending})"

    @property
    def pending(self) -> int:
        """How many timers are armed or paused."""
        with self._cond:
            return len(self._live) + len(self._paused)

    def apply(self, plans: Iterable[Plan]) -> None:
        for plan in plans:
            if plan.action == "arm":
                assert plan.control_id is not None  # `_media` arms timers of operations only
                self.arm((plan.call_id, plan.control_id, plan.what), plan.delay)
            elif plan.action == "cancel":
                self.cancel(plan.call_id, plan.control_id, plan.what)
            elif plan.action == "pause":
                self._pause(plan.call_id, plan.control_id)
            else:
                self._resume(plan.call_id, plan.control_id)

    def arm(self, key: TimerKey, delay: float) -> bool:
        """Arm `key` to run out in `delay` seconds (at most `MAX_DELAY`); False when `MAX_TIMERS` are waiting."""
        with self._cond:
            self._paused.pop(key, None)
            if key not in self._live and len(self._live) + len(self._paused) >= MAX_TIMERS:
                log.warning("the mock has %d timers waiting: an operation will not end by itself", MAX_TIMERS)
                return False
            token, due = next(self._tokens), time.monotonic() + min(max(delay, 0.0), MAX_DELAY)
            self._live[key] = (token, due)
            heapq.heappush(self._heap, (due, token, key))
            if len(self._heap) > 2 * len(self._live) + 64:  # cancelled entries pile up: drop them
                self._heap = [(due, token, key) for key, (token, due) in self._live.items()]
                heapq.heapify(self._heap)
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="calling-mock-timers", daemon=True)
                self._worker.start()
            self._cond.notify_all()
        return True

    def cancel(self, call_id: str, control_id: str | None = None, what: str = "") -> None:
        """Cancel the timers of `call_id` (of its operation `control_id`; only the one doing `what` if given)."""
        with self._cond:
            for table in (self._live, self._paused):
                for key in [key for key in table if _matches(key, call_id, control_id, what)]:
                    del table[key]

    def claim(self, key: TimerKey, token: int) -> bool:
        """Whether the timer that ran out as (`key`, `token`) still stands; it is spent either way."""
        with self._cond:
            if self._live.get(key, (0, 0.0))[0] != token:
                return False
            del self._live[key]
            return True

    def clear(self) -> None:
        """Cancel every timer."""
        with self._cond:
            self._live.clear()
            self._paused.clear()
            self._heap.clear()
            self._cond.notify_all()

    def _pause(self, call_id: str, control_id: str | None) -> None:
        now = time.monotonic()
        with self._cond:
            for key in [key for key in self._live if _matches(key, call_id, control_id, "")]:
                self._paused[key] = max(0.0, self._live.pop(key)[1] - now)

    def _resume(self, call_id: str, control_id: str | None) -> None:
        with self._cond:
            resumed = {key: left for key, left in self._paused.items() if _matches(key, call_id, control_id, "")}
        for key, left in resumed.items():
            self.arm(key, left)

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._live.get(self._heap[0][2], (0, 0.0))[0] != self._heap[0][1]:
                        heapq.heappop(self._heap)  # cancelled, paused or re-armed
                    if not self._heap:
                        self._cond.wait(_IDLE_SECONDS)
                        if not self._heap:
                            self._worker = None
                            return
                        continue
                    due, token, key = self._heap[0]
                    wait = due - time.monotonic()
                    if wait <= 0:
                        heapq.heappop(self._heap)
                        break
                    self._cond.wait(wait)
            try:
                self._fire(key, token)
            except Exception:
                self.claim(key, token)
                log.exception("a timer of the mock failed")


def _matches(key: TimerKey, call_id: str, control_id: str | None, what: str) -> bool:
    return key[0] == call_id and control_id in (None, key[1]) and what in ("", key[2])
