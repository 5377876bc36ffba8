"""What status events have said about each call and operation, shared by the router that records them and the
handles that read and wait on them.

One `EventStore` per client (its `with_options` copies share it). It is bounded: an event may arrive before the
answer to the command that caused it, so events for calls no handle has asked about yet are kept too, but only for
`unclaimed_ttl` seconds; a call is forgotten `ended_ttl` seconds after it ended; at most `max_calls` calls,
`max_events_per_call` events per call and `max_events` in all are kept (past the per-call cap, events still move the
call's state and an operation's outcome). Thread-safe: a WSGI server's threads may record while other threads, or
event loops, wait.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Final, NamedTuple, TypeVar

from ._event_info import EventInfo, is_terminal, value_at
from ._exceptions import CallEndedError, ConfigurationError, WaitTimeoutError
from ._fork import renew_in_child
from ._json import loads

__all__ = [
    "DEFAULT_END_GRACE",
    "DEFAULT_MAX_CALLS",
    "DEFAULT_MAX_EVENTS",
    "DEFAULT_MAX_EVENTS_PER_CALL",
    "DEFAULT_UNCLAIMED_TTL",
    "DEFAULT_WAIT_TIMEOUT",
    "CallRecord",
    "EventStore",
    "OperationRecord",
    "Recorded",
]

DEFAULT_WAIT_TIMEOUT: Final = 60.0
"""Seconds `wait()`, `wait_for()` and `wait_ended()` wait unless given a `timeout`."""
DEFAULT_END_GRACE: Final = 10.0
"""Seconds an operation's `wait()` still waits for its outcome once the call has ended (a recording's `finished`
event, with its URL, often comes just after the call's `ended`)."""
DEFAULT_MAX_CALLS: Final = 10_000
"""Calls whose events are kept at once."""
DEFAULT_MAX_EVENTS_PER_CALL: Final = 1_000
"""Events kept per call, its operations' included; past that, later ones still move states and outcomes."""
DEFAULT_MAX_EVENTS: Final = 50_000
"""Events kept in all (about 1-2 KiB each, so about 100 MiB at the most); past that the oldest calls go first."""
DEFAULT_UNCLAIMED_TTL: Final = 120.0
"""Seconds the events of a call no handle has asked about are kept (an event may come before the answer)."""
DEFAULT_ENDED_TTL: Final = 300.0
"""Seconds a call's state is kept after an event said it ended."""

CALL_STATE_ORDER: Final = ("created", "ringing", "answered", "ending", "ended")
"""The states of a call in the order it goes through them; a later one is never replaced by an earlier one."""

log = logging.getLogger("signalwire_calling")

_T = TypeVar("_T")
_PENDING: Any = object()


class Recorded(NamedTuple):
    """An event as the store keeps it: when it happened, its `params.state` if it has one, and its body as received.

    A tuple of plain values: it holds less than the decoded JSON would, and the garbage collector stops tracking it,
    so a store full of events costs collections nothing. Its model is built when first read (`CallRecord.model`).
    """

    moment: float
    """The envelope's `timestamp` (seconds), else when it arrived."""
    state: str | None
    body: bytes


def model_of(body: bytes) -> Any:
    """The model of a webhook body already accepted; a `GenericEvent` (and a warning) when it does not fit its own
    model: an event SignalWire changed the shape of is kept, not lost."""
    from . import webhooks

    data = loads(body)
    try:
        return webhooks.parse_decoded(data)
    except webhooks.WebhookPayloadError as exc:
        event_type = data.get("event_type")
        event_type = event_type if isinstance(event_type, str) else ""
        log.warning("a %s event does not fit its model (%s): read as a GenericEvent", event_type or "?", exc)
        try:
            return webhooks.GenericEvent.from_dict({**data, "event_type": event_type})
        except (KeyError, TypeError, ValueError, AttributeError):  # not even the envelope fits: every field kept
            event = webhooks.GenericEvent(event_type=event_type)
            event.additional_properties = {key: value for key, value in data.items() if key != "event_type"}
            return event


class OperationRecord:
    """One operation of a call (a play, a record, …), named by its `control_id`."""

    __slots__ = ("control_id", "events", "kind", "result", "state")

    def __init__(self, control_id: str, kind: str | None) -> None:
        self.control_id = control_id
        self.kind = kind
        self.events: list[Recorded] = []
        """Every event kept about it, in the order they happened (by their timestamps)."""
        self.result: Recorded | None = None
        """The first event that ended it, once one came (kept even past the store's caps)."""
        self.state: str | None = None
        """`params.state` of the latest event that has one."""

    def add(self, recorded: Recorded, terminal: bool, keep: bool) -> None:
        events = self.events
        in_order = not events or events[-1].moment <= recorded.moment
        if keep:
            if in_order:
                events.append(recorded)  # the usual case: events arrive in the order they happened
            else:
                bisect.insort_right(events, recorded, key=_moment)
        if terminal and self.result is None:
            self.result = recorded
        if recorded.state is not None:
            if in_order:
                self.state = recorded.state
            else:  # a late event: the state stays the latest one's
                latest = next((r for r in reversed(events) if r.state is not None), recorded)
                self.state = latest.state if latest.moment >= recorded.moment else recorded.state


class CallRecord:
    """One call: its state as events tell it, its call-level events, and its operations."""

    __slots__ = (
        "call_id",
        "claimed",
        "count",
        "ended_at",
        "events",
        "models",
        "operations",
        "state",
        "states",
        "touched",
    )

    def __init__(self, call_id: str, now: float) -> None:
        self.call_id = call_id
        self.claimed = False
        """A handle has asked about the call: it is kept until it ends (plus `ended_ttl`), not just `unclaimed_ttl`."""
        self.touched = now
        self.count = 0
        """Events kept about it, its operations' included."""
        self.ended_at: float | None = None
        """The store's clock when an event said the call ended."""
        self.state: str | None = None
        """The latest state events reported (by `CALL_STATE_ORDER`)."""
        self.states: dict[str, Recorded] = {}
        """The first event that reported each state."""
        self.events: list[Recorded] = []
        """Events about the call itself (its states, SIP REFER progress, …), in the order they happened."""
        self.operations: dict[str, OperationRecord] = {}
        self.models: dict[bytes, Any] = {}
        """The models of its events that were read, by body."""

    def model(self, recorded: Recorded) -> Any:
        """The model of one of its events, built on first read and kept."""
        found = self.models.get(recorded.body)
        if found is None:
            found = self.models[recorded.body] = model_of(recorded.body)
        return found

    @property
    def state_event(self) -> Recorded | None:
        return None if self.state is None else self.states.get(self.state)

    def operation(self, control_id: str, kind: str | None = None) -> OperationRecord:
        found = self.operations.get(control_id)
        if found is None:
            found = self.operations[control_id] = OperationRecord(control_id, kind)
        elif found.kind is None:
            found.kind = kind
        return found

    def unfinished(self, kind: str) -> OperationRecord | None:
        """The oldest operation of `kind` without an outcome (where a transcript, which has no control id, goes)."""
        return next((op for op in self.operations.values() if op.kind == kind and op.result is None), None)


def _insert(events: list[Recorded], recorded: Recorded) -> None:
    if not events or events[-1].moment <= recorded.moment:
        events.append(recorded)  # the usual case: events arrive in order
    else:
        bisect.insort_right(events, recorded, key=_moment)


def _moment(recorded: Recorded) -> float:
    return recorded.moment


def _rank(state: str) -> int:
    try:
        return CALL_STATE_ORDER.index(state)
    except ValueError:
        return -1  # a state added later: reported, but never taken for a later one than a known state


class EventStore:
    """Calls and operations as status events describe them; see the module docstring for the bounds."""

    def __init__(
        self,
        *,
        max_calls: int = DEFAULT_MAX_CALLS,
        max_events_per_call: int = DEFAULT_MAX_EVENTS_PER_CALL,
        max_events: int = DEFAULT_MAX_EVENTS,
        unclaimed_ttl: float = DEFAULT_UNCLAIMED_TTL,
        ended_ttl: float = DEFAULT_ENDED_TTL,
        end_grace: float = DEFAULT_END_GRACE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_calls = max_calls
        self.max_events_per_call = max_events_per_call
        self.max_events = max_events
        self.unclaimed_ttl = unclaimed_ttl
        self.ended_ttl = ended_ttl
        self.end_grace = end_grace
        self._clock = clock
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._calls: collections.OrderedDict[str, CallRecord] = collections.OrderedDict()
        """Least recently touched first."""
        self._count = 0
        """Events kept in all."""
        self._swept = 0.0
        """When expired calls were last looked for (at most once a second)."""
        self._sync_waiters = 0
        self._async_waiters: dict[str, set[Callable[[], None]]] = {}
        renew_in_child(self, EventStore._after_fork_in_child)

    def _after_fork_in_child(self) -> None:
        """A child process has none of its parent's threads or event loops: no waiter, and a lock none of them
        may have held at the fork."""
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._sync_waiters = 0
        self._async_waiters = {}

    def __len__(self) -> int:
        """How many calls are kept."""
        return len(self._calls)

    @property
    def event_count(self) -> int:
        """How many events are kept in all."""
        return self._count

    # -- recording ---------------------------------------------------------------------------------------------

    def record(self, call_id: str, data: dict[str, Any], info: EventInfo | None, body: bytes | None = None) -> Recorded:
        """Keep one event about `call_id` (decoded, and the body it was decoded from); wake who waits on the call.
        Answers what was kept."""
        moment = data.get("timestamp")
        when = float(moment) if type(moment) in (float, int) else time.time()  # type: ignore[arg-type]
        params = data.get("params")
        state = params.get("state") if type(params) is dict else None
        kept = json.dumps(data).encode() if body is None else body
        recorded = Recorded(when, state if type(state) is str else None, kept)
        now = self._clock()
        with self._lock:
            call = self._touch(call_id, now)
            self._apply(call, recorded, data, info, now)
            self._evict(now)
            if self._sync_waiters:
                self._changed.notify_all()
            waiting = self._async_waiters.get(call_id)
            wakers = list(waiting) if waiting else ()
        for wake in wakers:
            wake()
        return recorded

    def _apply(
        self, call: CallRecord, recorded: Recorded, data: dict[str, Any], info: EventInfo | None, now: float
    ) -> None:
        keep = call.count < self.max_events_per_call
        if keep:
            call.count += 1
            self._count += 1
        if info is not None and info.call_state is not None:
            state = value_at(data, info.call_state)
            if isinstance(state, str):
                call.states.setdefault(state, recorded)
                if call.state is None or _rank(state) >= _rank(call.state):
                    call.state = state
                if state in info.ended and call.ended_at is None:
                    call.ended_at = now
        params = data.get("params")
        control_id = params.get("control_id") if type(params) is dict else None
        target: OperationRecord | None = None
        if type(control_id) is str and control_id:
            kind = info.operations[0] if info is not None and info.operations else None
            target = call.operation(control_id, kind)
        elif info is not None and info.operations:
            kind = info.operations[0]
            target = call.unfinished(kind)
            if target is None:  # nothing started yet: kept for the operation that will claim it
                target = call.operation(f"#{kind}", kind)
        if target is None:
            if keep:
                _insert(call.events, recorded)
            return
        # the rules only matter until the operation has its outcome
        terminal = target.result is None and info is not None and is_terminal(info, data)
        target.add(recorded, terminal, keep)

    def _touch(self, call_id: str, now: float) -> CallRecord:
        call = self._calls.get(call_id)
        if call is None:
            call = self._calls[call_id] = CallRecord(call_id, now)
        else:
            self._calls.move_to_end(call_id)
            call.touched = now
        return call

    def _evict(self, now: float) -> None:
        if now - self._swept >= 1.0:
            self._swept = now
            self._expire(now)
        while len(self._calls) > self.max_calls or (self._count > self.max_events and len(self._calls) > 1):
            victim = next((c for c in self._calls.values() if not c.claimed or c.ended_at is not None), None)
            if victim is None:
                victim = next(iter(self._calls.values()))
                log.warning("the event store is full: forgetting the events of live call %s", victim.call_id)
            self._forget(victim)

    def _expire(self, now: float) -> None:
        while self._calls:
            oldest = next(iter(self._calls.values()))
            expired = (not oldest.claimed and now - oldest.touched > self.unclaimed_ttl) or (
                oldest.ended_at is not None and now - oldest.ended_at > self.ended_ttl
            )
            if not expired:
                break
            self._forget(oldest)

    def _forget(self, call: CallRecord) -> None:
        del self._calls[call.call_id]
        self._count -= call.count

    # -- reading -----------------------------------------------------------------------------------------------

    def claim(self, call_id: str) -> None:
        """A handle on `call_id` exists: keep its events until it ends."""
        with self._lock:
            self._touch(call_id, self._clock()).claimed = True

    def event_of(self, call_id: str, recorded: Recorded) -> Any:
        """The model of an event kept about `call_id` (built on first read, kept with the call while it is)."""
        with self._lock:
            call = self._calls.get(call_id)
            return model_of(recorded.body) if call is None else call.model(recorded)

    def read(self, call_id: str, view: Callable[[CallRecord], _T], default: _T) -> _T:
        """`view(call)` under the lock, or `default` when nothing is known about the call."""
        with self._lock:
            call = self._calls.get(call_id)
            return default if call is None else view(call)

    def adopt(self, call_id: str, control_id: str, kind: str) -> None:
        """An operation of `kind` now has a handle: give it any event kept for the kind before it was known."""
        with self._lock:
            call = self._touch(call_id, self._clock())
            early = call.operations.pop(f"#{kind}", None)
            target = call.operation(control_id, kind)
            if early is not None:
                for recorded in early.events:
                    target.add(recorded, False, True)
                if target.result is None:
                    target.result = early.result

    # -- waiting -----------------------------------------------------------------------------------------------

    def wait(self, call_id: str, check: Callable[[CallRecord | None, float], Any], timeout: float, what: str) -> Any:
        """Block until `check(call, now)` answers something else than pending (or raises); at most `timeout` s."""
        deadline = time.monotonic() + _checked_timeout(timeout)
        with self._lock:
            while True:
                now = self._clock()
                found = check(self._calls.get(call_id), now)
                if found is not _PENDING:
                    return found
                left = min(deadline, self._next_check(call_id, now)) - time.monotonic()
                if deadline - time.monotonic() <= 0:
                    raise WaitTimeoutError(f"{what}: nothing within {timeout:g} s", call_id=call_id, timeout=timeout)
                self._sync_waiters += 1
                try:
                    self._changed.wait(max(left, 0.0))
                finally:
                    self._sync_waiters -= 1

    async def async_wait(
        self, call_id: str, check: Callable[[CallRecord | None, float], Any], timeout: float, what: str
    ) -> Any:
        """`wait` for an event loop (asyncio or Trio): the loop keeps running while it waits."""
        import anyio

        timeout = _checked_timeout(timeout)
        notify, sleep = _loop_waker()
        with self._lock:
            self._async_waiters.setdefault(call_id, set()).add(notify)
        try:
            with anyio.move_on_after(timeout) as scope:
                while True:
                    with self._lock:
                        now = self._clock()
                        found = check(self._calls.get(call_id), now)
                        until = self._next_check(call_id, now)
                    if found is not _PENDING:
                        return found
                    await sleep(None if until == float("inf") else max(0.0, until - time.monotonic()))
            if scope.cancelled_caught:
                raise WaitTimeoutError(f"{what}: nothing within {timeout:g} s", call_id=call_id, timeout=timeout)
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            with self._lock:
                waiters = self._async_waiters.get(call_id)
                if waiters is not None:
                    waiters.discard(notify)
                    if not waiters:
                        del self._async_waiters[call_id]

    def _next_check(self, call_id: str, now: float) -> float:
        """When a waiter must look again without being woken: when an ended call's grace runs out."""
        call = self._calls.get(call_id)
        if call is None or call.ended_at is None:
            return float("inf")
        return time.monotonic() + max(0.0, call.ended_at + self.end_grace - now)

    # -- the checks handles wait with -------------------------------------------------------------------------

    def call_reached(self, state: str) -> Callable[[CallRecord | None, float], Any]:
        """Answers the event that reported `state` (or a later one); raises `CallEndedError` if it ended first."""
        wanted = _rank(state)

        def check(call: CallRecord | None, now: float) -> Any:
            if call is None or call.state_event is None:
                return _PENDING
            if state in call.states:
                return call.model(call.states[state])
            if call.ended_at is not None and wanted >= _rank("ending"):  # waiting for the end, and it came
                return call.model(call.state_event)
            if wanted >= 0:  # a later state stands for it: events are best-effort, `ringing` may never come
                later = [seen for seen in call.states if seen != "ended" and _rank(seen) >= wanted]
                if later:
                    return call.model(call.states[min(later, key=_rank)])
            if call.ended_at is not None:
                raise CallEndedError(
                    f"call {call.call_id} ended before it was {state}",
                    call_id=call.call_id,
                    event=call.model(call.state_event),
                )
            return _PENDING

        return check

    def outcome(self, control_id: str, kind: str) -> Callable[[CallRecord | None, float], Any]:
        """Answers an operation's outcome; raises `CallEndedError` once the call has ended and the grace is over."""

        def check(call: CallRecord | None, now: float) -> Any:
            if call is None:
                return _PENDING
            operation = call.operations.get(control_id)
            if operation is not None and operation.result is not None:
                return call.model(operation.result)
            if call.ended_at is not None and now - call.ended_at >= self.end_grace:
                event = call.model(call.state_event) if call.state_event else None
                raise CallEndedError(
                    f"call {call.call_id} ended before its {kind} {control_id!r} had an outcome",
                    call_id=call.call_id,
                    event=event,
                )
            return _PENDING

        return check


def _checked_timeout(timeout: float) -> float:
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 <= timeout < float("inf"):
        raise ConfigurationError(f"timeout must be a finite number of seconds >= 0, got {timeout!r}")
    return float(timeout)


def _loop_waker() -> tuple[Callable[[], None], Callable[[float | None], Any]]:
    """A `notify` callable that any thread may call, and a `sleep(limit)` coroutine function it ends early."""
    import sniffio

    if sniffio.current_async_library() == "trio":
        import trio

        token = trio.lowlevel.current_trio_token()
        state: dict[str, Any] = {"event": trio.Event()}

        def notify_trio() -> None:
            with contextlib.suppress(trio.RunFinishedError):  # the run is over: nobody waits any more
                token.run_sync_soon(lambda: state["event"].set())  # the event current when it runs

        async def sleep_trio(limit: float | None) -> None:
            with trio.move_on_after(float("inf") if limit is None else limit):
                await state["event"].wait()
            state["event"] = trio.Event()

        return notify_trio, sleep_trio

    import asyncio

    loop = asyncio.get_running_loop()
    flag = asyncio.Event()

    def notify_asyncio() -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
            loop.call_soon_threadsafe(flag.set)

    async def sleep_asyncio(limit: float | None) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(flag.wait(), limit)
        flag.clear()

    return notify_asyncio, sleep_asyncio
