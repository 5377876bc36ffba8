"""What `Calling` and `AsyncCalling` share; their one method per command is emitted into `_calling.py`.

`client.calling` holds the client's senders and event store, makes handles on calls (`call(call_id)`, and the
handle `dial` answers) and offers `with_raw_response`, the same commands answering the HTTP response.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

if TYPE_CHECKING:
    from uuid import UUID

    from ._event_store import EventStore
    from ._spec import CallResponse

__all__ = ["CallingBase"]

_SenderT = TypeVar("_SenderT")
_CallT = TypeVar("_CallT")
_RawT = TypeVar("_RawT")


class CallingBase(Generic[_SenderT, _CallT, _RawT]):
    """`client.calling`: the generated command methods send through `_send`; this holds what they share."""

    _handle_class: ClassVar[str]
    """The handle of this client kind in `_handles` (`Call` or `AsyncCall`), imported with the first dial."""
    _raw_calling: ClassVar[type[CallingBase[Any, Any, Any]]]
    """The commands `with_raw_response` sends through (set by `_calling.py` once its classes exist)."""
    _raw_view: ClassVar[type]
    """The view `with_raw_response` answers, typing each command as answering an `APIResponse`."""
    _answers_handles: ClassVar[bool] = True
    """`dial` answers a handle on the new call; False for the raw view, whose `dial` answers the `APIResponse`."""

    def __init__(self, send: _SenderT, send_raw: _SenderT, event_store: EventStore) -> None:
        self._send = send
        self._send_raw = send_raw
        self._event_store = event_store
        """What status events said about the client's calls; the handles read it."""

    @cached_property
    def with_raw_response(self) -> _RawT:
        """The same commands, answering an `APIResponse`: the HTTP response (headers, request id, body), `.parse()`."""
        view: _RawT = self._raw_view(self._raw_calling(self._send_raw, self._send_raw, self._event_store))
        return view

    def call(self, call_id: str | UUID) -> _CallT:
        """A handle on an existing call, to send it commands without repeating its id; nothing is sent.

        Raises:
            InvalidRequestError: `call_id` is not a UUID.
        """
        handle: _CallT = self._handles()(self, call_id)
        return handle

    def _handle(self, leg: CallResponse) -> _CallT:
        """What `dial` answers for the new leg: a handle on the call (the raw view: the answer itself)."""
        if not self._answers_handles:
            return leg  # type: ignore[return-value]  # the raw view's `dial` is typed by `as_leg_response`
        handle: _CallT = self._handles()(self, leg.id, leg)
        return handle

    def _handles(self) -> Any:
        # The handles are imported with the first dial or `call()`, not with the package.
        return getattr(importlib.import_module(f"{__package__}._handles"), self._handle_class)
