"""From the arguments of a command method to a checked JSON request body."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import httpx

from ._exceptions import InvalidRequestError
from ._names import wire_name as wire_name  # re-exported: the mock maps keywords back with it
from ._spec_types import CommandInfo
from ._validation import validate


class _NotGiven:
    """Marks an argument the caller left out (where None is a meaningful value)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


_PLAIN = (str, int, float, bool, type(None))


def to_json(value: Any) -> Any:
    """Plain JSON values from what a user may pass: attrs models, TypedDicts, UUIDs, sequences."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {key: item if type(item) in _PLAIN else to_json(item) for key, item in value.items()}
    if kind is list:
        return [item if type(item) in _PLAIN else to_json(item) for item in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    uuid = sys.modules.get("uuid")  # not imported with the package: a value can only be a UUID once it is
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict())
    if isinstance(value, Mapping):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return [to_json(item) for item in value]
    return value  # left for validation to reject with a clear message


def build_body(
    info: CommandInfo,
    call_id: object,
    params: Mapping[str, Any],
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON body for one command, checked against the spec; raises `InvalidRequestError` on bad input.

    `params` are keyed by wire name; `None` values are left out. `extra_params` are fields the spec does not
    know yet: added to `params` after the check, unchecked.
    """
    sent: dict[str, Any] = {}
    if info.call_id == "params":
        sent["id"] = to_json(call_id)
    for field, value in params.items():
        if value is not None:
            sent[field] = value if type(value) in _PLAIN else to_json(value)
    body: dict[str, Any] = {"command": info.name}
    if info.call_id == "body":
        body["id"] = to_json(call_id)
    body["params"] = sent
    issues = validate(body, info.request_schema)
    if issues:
        raise InvalidRequestError(info.name, issues[0].path, issues[0].message, issues)
    for key, value in (extra_params or {}).items():
        if key in info.fields or key == "id":
            raise InvalidRequestError(info.name, f"params.{key}", "is a known field; pass it as a keyword instead")
        sent[key] = to_json(value)
    return body


class RequestBody(httpx.ByteStream):
    """A request's bytes: httpx's `ByteStream`, whose async iteration is a plain iterator, not an async generator.

    httpcore stops iterating a body when its command is cancelled while the body is written, and never closes the
    iterator; an async generator left so is finalized later by the garbage collector, when its event loop may be
    gone (trio warns of each one). A plain iterator leaves nothing to finalize.
    """

    def __init__(self, content: bytes) -> None:
        super().__init__(content)
        self._content = content

    def __aiter__(self) -> AsyncIterator[bytes]:
        return _Once(self._content)


class _Once:
    """An async iterator of one chunk."""

    __slots__ = ("_chunk",)

    def __init__(self, chunk: bytes) -> None:
        self._chunk: bytes | None = chunk

    def __aiter__(self) -> _Once:
        return self

    async def __anext__(self) -> bytes:
        chunk, self._chunk = self._chunk, None
        if chunk is None:
            raise StopAsyncIteration
        return chunk
