"""What a command answers: the parsed call leg, or with `with_raw_response` the HTTP response around it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeAlias, TypeVar, cast

import httpx

from ._exceptions import request_id_of

if TYPE_CHECKING:
    from ._spec import CallResponse
    from ._spec_types import CommandInfo

__all__ = [
    "APIResponse",
    "AsyncSender",
    "Sender",
    "as_async_leg_response",
    "as_async_raw_response",
    "as_leg_response",
    "as_raw_response",
]

Sender: TypeAlias = "Callable[[CommandInfo, object, dict[str, Any]], CallResponse]"
"""How `Calling` hands a command to its client: (command, call id, params by wire name) -> the answer."""
AsyncSender: TypeAlias = "Callable[[CommandInfo, object, dict[str, Any]], Awaitable[CallResponse]]"

_T = TypeVar("_T")
_P = ParamSpec("_P")


class APIResponse(Generic[_T]):
    """A successful answer as received: the `httpx.Response` and, through `parse()`, the typed call leg.

    Returned by `client.calling.with_raw_response.<command>(...)`. Error statuses still raise.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], _T]) -> None:
        self.http_response = http_response
        """The response; its body has been read (within the client's size cap)."""
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body exactly as received."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` SignalWire sent, if any: quote it when asking SignalWire about a command."""
        return request_id_of(self.http_response)

    def parse(self) -> _T:
        """The typed model of the body, as the plain method would have returned it."""
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"


def as_raw_response(method: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    """Type a method of a raw-response `Calling` (built on a sender that answers `APIResponse`) as what it returns."""
    return cast("Callable[_P, APIResponse[_T]]", method)


def as_async_raw_response(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    """`as_raw_response` for the coroutine functions of `AsyncCalling`."""
    return cast("Callable[_P, Awaitable[APIResponse[_T]]]", method)


def as_leg_response(method: Callable[_P, object]) -> Callable[_P, APIResponse[CallResponse]]:
    """Type the raw view's `dial` (which answers the `APIResponse` around the new leg, not a handle)."""
    return cast("Callable[_P, APIResponse[CallResponse]]", method)


def as_async_leg_response(
    method: Callable[_P, Awaitable[object]],
) -> Callable[_P, Awaitable[APIResponse[CallResponse]]]:
    """`as_leg_response` for the async raw view."""
    return cast("Callable[_P, Awaitable[APIResponse[CallResponse]]]", method)
