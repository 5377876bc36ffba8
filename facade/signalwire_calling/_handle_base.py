"""What every call and operation handle shares; the command methods are emitted into `_handles.py`."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from ._spec import CallResponse

__all__ = ["CallHandle", "OperationHandle", "new_control_id"]

_CallingT = TypeVar("_CallingT")
_CallT = TypeVar("_CallT", bound="CallHandle[Any]")


def new_control_id() -> str:
    """A fresh `control_id` for an operation a handle starts: a random UUID."""
    return str(uuid.uuid4())


def _call_uuid(call_id: object) -> uuid.UUID:
    if isinstance(call_id, uuid.UUID):
        return call_id
    try:
        return uuid.UUID(str(call_id))
    except ValueError:
        raise InvalidRequestError("call", "call_id", f"must be a call's UUID, not {call_id!r}") from None


class CallHandle(Generic[_CallingT]):
    """A call: its id, the leg of the latest answer, and the `client.calling` that sends its commands."""

    __slots__ = ("_calling", "id", "leg")

    def __init__(self, calling: _CallingT, call_id: str | uuid.UUID, leg: CallResponse | None = None) -> None:
        self._calling = calling
        self.id: uuid.UUID = _call_uuid(call_id)
        """The call's id."""
        self.leg: CallResponse | None = leg
        """The call leg of the latest answer to a command sent through this handle; None before any."""

    @property
    def status(self) -> str | None:
        """The call's status in the latest answer (`queued`, `answered`, `ending`, …); None if unknown."""
        status = None if self.leg is None else self.leg.status
        return status if isinstance(status, str) else None  # a lenient answer may leave it out

    def _update(self, leg: CallResponse) -> CallResponse:
        self.leg = leg
        return leg

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={str(self.id)!r}, status={self.status!r})"


class OperationHandle(Generic[_CallT]):
    """A long-running operation (play, record, …) on a call, named by its `control_id`."""

    kind: ClassVar[str]
    """The operation's kind in the spec's `x-signalwire-operation`: `play`, `record`, …"""

    __slots__ = ("call", "control_id", "leg")

    def __init__(self, call: _CallT, control_id: str, leg: CallResponse | None = None) -> None:
        self.call = call
        """The call it runs on."""
        self.control_id = control_id
        self.leg: CallResponse | None = leg
        """The call leg of the latest answer about this operation; None before any."""

    def _update(self, leg: CallResponse) -> CallResponse:
        self.leg = leg
        self.call._update(leg)
        return leg

    def __repr__(self) -> str:
        return f"{type(self).__name__}(call_id={str(self.call.id)!r}, control_id={self.control_id!r})"
