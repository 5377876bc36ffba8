"""What every call and operation handle shares; the command methods are emitted into `_handles.py`.

A handle reads what status events said about its call or operation from the client's event store (filled by an
`EventRouter`), and can wait for it: `CallHandle`/`OperationHandle` block, `AsyncCallHandle`/`AsyncOperationHandle`
await. Every wait is bounded by a timeout (`DEFAULT_WAIT_TIMEOUT`, 60 s).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._event_store import DEFAULT_WAIT_TIMEOUT, CallRecord, EventStore
from ._exceptions import InvalidRequestError
from ._schema_rules import UUID

if TYPE_CHECKING:
    from ._spec import CallResponse
    from .models import CallStateEvent

__all__ = [
    "AsyncCallHandle",
    "AsyncOperationHandle",
    "CallHandle",
    "OperationHandle",
    "new_control_id",
]

_CallingT = TypeVar("_CallingT")
_CallT = TypeVar("_CallT", bound="_CallBase[Any]")
_EventT = TypeVar("_EventT")


def new_control_id() -> str:
    """A fresh `control_id` for an operation a handle starts: a random UUID."""
    return str(uuid.uuid4())


def _call_uuid(call_id: object) -> uuid.UUID:
    """The call's id as a `uuid.UUID`; a string must have the form the spec's `uuid` format has (8-4-4-4-12).

    `uuid.UUID` itself reads more (braces, `urn:uuid:`, no hyphens, and, through `int()`, a sign, underscores or
    whitespace in place of a digit), and what it reads wrongly is another call.
    """
    if isinstance(call_id, uuid.UUID):
        return call_id
    if not isinstance(call_id, str) or UUID.fullmatch(call_id) is None:
        raise InvalidRequestError("call", "call_id", f"must be a call's UUID (8-4-4-4-12 hex digits), not {call_id!r}")
    return uuid.UUID(call_id)


class _CallBase(Generic[_CallingT]):
    """A call: its id, the leg of the latest answer, what events said, and the `client.calling` that sends."""

    __slots__ = ("_calling", "_key", "_store", "id", "leg")

    def __init__(self, calling: _CallingT, call_id: str | uuid.UUID, leg: CallResponse | None = None) -> None:
        self._calling = calling
        self.id: uuid.UUID = _call_uuid(call_id)
        """The call's id."""
        self.leg: CallResponse | None = leg
        """The call leg of the latest answer to a command sent through this handle; None before any."""
        self._key = str(self.id)
        self._store: EventStore = calling._event_store  # type: ignore[attr-defined]
        self._store.claim(self._key)

    @property
    def status(self) -> str | None:
        """The call's status in the latest answer (`queued`, `answered`, `ending`, …); None if unknown."""
        status = None if self.leg is None else self.leg.status
        return status if isinstance(status, str) else None  # a lenient answer may leave it out

    @property
    def state(self) -> str | None:
        """The call's latest known state: the latest `calling.call.state` event's (`created`, `ringing`, `answered`,
        `ending`, `ended`), else the status of the latest answer; None if neither is known."""
        return self._store.read(self._key, _state_of, None) or self.status

    @property
    def ended(self) -> bool:
        """An event said the call has ended."""
        return self._store.read(self._key, _ended, False)

    @property
    def events(self) -> list[Any]:
        """The events about the call itself (its states, SIP REFER progress, …), in the order they happened."""
        return self._store.read(self._key, _call_events, [])

    def _update(self, leg: CallResponse) -> CallResponse:
        self.leg = leg
        return leg

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self._key!r}, state={self.state!r})"


def _state_of(call: CallRecord) -> str | None:
    return call.state


def _ended(call: CallRecord) -> bool:
    return call.ended_at is not None


def _call_events(call: CallRecord) -> list[Any]:
    return [call.model(recorded) for recorded in call.events]


class CallHandle(_CallBase[_CallingT]):
    """A call of a `RestClient`; its waits block the calling thread."""

    __slots__ = ()

    def wait_for(self, state: str, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> CallStateEvent:
        """Wait until an event says the call reached `state` (`ringing`, `answered`, …) or a later one; answer it.

        Raises:
            CallEndedError: The call ended first (unless `state` is `ending` or `ended`).
            WaitTimeoutError: No such event within `timeout` seconds.
        """
        what = f"call {self._key} reaching {state!r}"
        return self._store.wait(self._key, self._store.call_reached(state), timeout, what)  # type: ignore[no-any-return]

    def wait_ended(self, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> CallStateEvent:
        """Wait until an event says the call has ended; answer it (its `params.end_reason` says why)."""
        return self.wait_for("ended", timeout=timeout)


class AsyncCallHandle(_CallBase[_CallingT]):
    """A call of an `AsyncRestClient`; its waits are awaited (asyncio or Trio)."""

    __slots__ = ()

    async def wait_for(self, state: str, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> CallStateEvent:
        """Wait until an event says the call reached `state` or a later one; see `CallHandle.wait_for`."""
        what = f"call {self._key} reaching {state!r}"
        found = await self._store.async_wait(self._key, self._store.call_reached(state), timeout, what)
        return found  # type: ignore[no-any-return]

    async def wait_ended(self, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> CallStateEvent:
        """Wait until an event says the call has ended; answer it."""
        return await self.wait_for("ended", timeout=timeout)


class _OperationBase(Generic[_CallT, _EventT]):
    """A long-running operation (play, record, …) on a call, named by its `control_id`.

    `_EventT` is the model of the event that ends it (`PlayEvent` for a play, `TranscriptEvent` for a
    transcription): what `wait()` and `result` answer.
    """

    kind: ClassVar[str]
    """The operation's kind in the spec's `x-signalwire-operation`: `play`, `record`, …"""

    __slots__ = ("call", "control_id", "leg")

    def __init__(self, call: _CallT, control_id: str, leg: CallResponse | None = None) -> None:
        self.call = call
        """The call it runs on."""
        self.control_id = control_id
        self.leg: CallResponse | None = leg
        """The call leg of the latest answer about this operation; None before any."""
        call._store.adopt(call._key, control_id, self.kind)

    def _read(self, view: Any, default: Any) -> Any:
        control_id = self.control_id

        def on(call: CallRecord) -> Any:
            operation = call.operations.get(control_id)
            return default if operation is None else view(call, operation)

        return self.call._store.read(self.call._key, on, default)

    @property
    def events(self) -> list[Any]:
        """Every status event about this operation so far, in the order they happened."""
        return self._read(lambda call, op: [call.model(recorded) for recorded in op.events], [])  # type: ignore[no-any-return]

    @property
    def state(self) -> str | None:
        """The `state` of its latest event that has one (`playing`, `recording`, `finished`, …); None before any."""
        return self._read(lambda call, op: op.state, None)  # type: ignore[no-any-return]

    @property
    def result(self) -> _EventT | None:
        """The event that ended it (finished, no input, a verdict, …); None until one came."""
        return self._read(lambda call, op: None if op.result is None else call.model(op.result), None)  # type: ignore[no-any-return]

    @property
    def done(self) -> bool:
        """An event has ended it."""
        return self._read(lambda call, op: op.result is not None, False)  # type: ignore[no-any-return]

    def _update(self, leg: CallResponse) -> CallResponse:
        self.leg = leg
        self.call._update(leg)
        return leg

    def _what(self) -> str:
        return f"{self.kind} {self.control_id!r} on call {self.call._key}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(call_id={self.call._key!r}, control_id={self.control_id!r})"


class OperationHandle(_OperationBase[_CallT, _EventT]):
    """An operation of a `RestClient` call; `wait()` blocks the calling thread."""

    __slots__ = ()

    def wait(self, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> _EventT:
        """Wait for the event that ends the operation and answer it: a play's `finished` or `error`, a record's
        `finished` (with `url`, `duration`, `size`) or `no_input`, a collect's digits, speech, `no_input` or
        `no_match`, a detector's verdict.

        Raises:
            CallEndedError: The call ended and no outcome came within `DEFAULT_END_GRACE` seconds after.
            WaitTimeoutError: No outcome within `timeout` seconds.
        """
        store = self.call._store
        return store.wait(self.call._key, store.outcome(self.control_id, self.kind), timeout, self._what())  # type: ignore[no-any-return]


class AsyncOperationHandle(_OperationBase[_CallT, _EventT]):
    """An operation of an `AsyncRestClient` call; `wait()` is awaited."""

    __slots__ = ()

    async def wait(self, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> _EventT:
        """Wait for the event that ends the operation and answer it; see `OperationHandle.wait`."""
        store = self.call._store
        found = await store.async_wait(self.call._key, store.outcome(self.control_id, self.kind), timeout, self._what())
        return found  # type: ignore[no-any-return]
