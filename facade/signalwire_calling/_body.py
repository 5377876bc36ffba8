"""From the arguments of a command method to a checked JSON request body."""

from __future__ import annotations

import math
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, Final

import httpx

from ._config import utf8_encodable
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

MAX_DEPTH: Final = 100
"""How deeply the value of a param may nest (objects and arrays inside one another). Deeper is refused, as is a
structure that contains itself; Ruby's JSON parser, for one, refuses more than 100 levels by default."""


class _UnsendableError(Exception):
    """Internal: `to_json` met what JSON cannot carry; `build_body` finds where and why (`unsendable`)."""


def _refuse() -> Any:
    raise _UnsendableError


def to_json(value: Any, depth: int = 0) -> Any:
    """Plain JSON values from what a user may pass: attrs models, TypedDicts, UUIDs, sequences.

    Raises `_UnsendableError` for what can never be sent: an object key that is not a string, a class where an
    instance belongs (or a model whose `to_dict` fails on one), nesting deeper than `MAX_DEPTH` (which a structure
    that contains itself does). Other values JSON has no form for are left for validation, or the encoder, to
    refuse.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if depth >= MAX_DEPTH:
        raise _UnsendableError
    depth += 1
    if kind is dict:
        return {
            key if type(key) is str else _refuse(): item if type(item) in _PLAIN else to_json(item, depth)
            for key, item in value.items()
        }
    if kind is list:
        return [item if type(item) in _PLAIN else to_json(item, depth) for item in value]
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, type):
        raise _UnsendableError  # a model class where an instance belongs: its `to_dict` needs one
    uuid = sys.modules.get("uuid")  # not imported with the package: a value can only be a UUID once it is
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            as_dict = to_dict()
        except (TypeError, AttributeError, ValueError):  # a model holding a class, or a value of the wrong kind
            raise _UnsendableError from None
        return to_json(as_dict, depth)
    if isinstance(value, Mapping):
        return {key if type(key) is str else _refuse(): to_json(item, depth) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (bytes, bytearray)):
        return [to_json(item, depth) for item in value]
    return value  # left for validation (or the encoder) to refuse with a clear message


_Pending = tuple[Any, str, int, tuple[int, ...]]
"""A value still to look at in `unsendable`: the value, its path, its depth, the ids of the containers around it."""


def unsendable(value: Any, path: str) -> tuple[str, str]:
    """Where in `value` (a request body, as given or as converted) is what JSON cannot carry, and why.

    The slow path of a refused request, walked without recursion and in order. It finds the first of: a value
    nested deeper than `MAX_DEPTH`, a class where an instance belongs, a structure that contains itself, an object
    key that is not a string, NaN or an infinity, a string with a lone surrogate, a value of no JSON type, a model
    whose `to_dict` fails. A string is never repeated in the reason: the field may hold a secret.
    """
    uuid = sys.modules.get("uuid")
    pending: list[_Pending] = [(value, path, -2, ())]  # the body, its `params`, then each param's value at 0
    failed_model: tuple[str, str] | None = None
    while pending:
        item, where, depth, outer = pending.pop()
        shown = where or "value"
        if type(item) not in _PLAIN and depth >= MAX_DEPTH:  # where `to_json` stops
            return shown, f"nests more than {MAX_DEPTH} levels deep"
        if isinstance(item, str):
            if not utf8_encodable(item):
                return shown, "has a lone surrogate, which UTF-8 (and so JSON) cannot carry"
            continue
        if isinstance(item, float) and not math.isfinite(item):
            return shown, f"{item!r} cannot be sent: JSON has no NaN or infinity"
        if item is None or isinstance(item, (bool, int, float)) or (uuid is not None and isinstance(item, uuid.UUID)):
            continue
        if isinstance(item, type):
            return shown, f"is the class {item.__name__}, where an instance belongs (such as {item.__name__}(...))"
        if id(item) in outer:
            return shown, "contains itself: a structure that refers to itself cannot be sent as JSON"
        inner = (*outer, id(item))
        to_dict = getattr(item, "to_dict", None)
        if callable(to_dict):
            try:
                item = to_dict()
            except (TypeError, AttributeError, ValueError) as exc:
                failed_model = failed_model or (shown, f"is a {type(item).__name__} that cannot be sent: {exc}")
                pending.extend(reversed(_attributes(item, where, depth + 1, inner)))
                continue
        children: list[_Pending]
        if isinstance(item, Mapping):
            for key in item:
                if not isinstance(key, str):
                    return shown, f"has a key that is not a string ({type(key).__name__} {repr(key)[:40]})"
                if not utf8_encodable(key):
                    return shown, "has a key with a lone surrogate, which UTF-8 (and so JSON) cannot carry"
            children = [(child, f"{where}.{key}" if where else key, depth + 1, inner) for key, child in item.items()]
        elif isinstance(item, Sequence) and not isinstance(item, (bytes, bytearray)):
            children = [(child, f"{where}[{index}]", depth + 1, inner) for index, child in enumerate(item)]
        else:
            return shown, f"cannot be sent as JSON: a {type(item).__name__} is no JSON value"
        pending.extend(reversed(children))  # depth first, in order
    return failed_model or (path or "params", "cannot be sent as JSON")


def _attributes(model: Any, where: str, depth: int, outer: tuple[int, ...]) -> list[_Pending]:
    """The attributes of an attrs model whose `to_dict` failed, by their wire names (`type_` is `type`)."""
    import attrs  # a model exists: attrs was imported with it

    from .types import Unset

    if not attrs.has(type(model)):
        return []
    found: list[_Pending] = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties" and isinstance(value, Mapping):
            found += [(child, f"{where}.{key}", depth, outer) for key, child in value.items()]
        elif not isinstance(value, Unset):
            found.append((value, f"{where}.{field.name.rstrip('_')}", depth, outer))
    return found


def build_body(
    info: CommandInfo,
    call_id: object,
    params: Mapping[str, Any],
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON body for one command, checked against the spec; raises `InvalidRequestError` on bad input.

    `params` are keyed by wire name; `None` values are left out. `extra_params` are fields the spec does not
    know yet: added to `params` after the check, unchecked (but for what JSON cannot carry).
    """
    try:
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
    except _UnsendableError:
        raise refused(info, call_id, {key: value for key, value in params.items() if value is not None}) from None
    issues = validate(body, info.request_schema)
    if issues:
        raise InvalidRequestError(info.name, issues[0].path, issues[0].message, issues)
    for key, value in (extra_params or {}).items():
        if key in info.fields or key == "id":
            raise InvalidRequestError(info.name, f"params.{key}", "is a known field; pass it as a keyword instead")
        try:
            sent[key] = to_json(value)
        except _UnsendableError:
            raise refused(info, None, {key: value}) from None
    return body


def refused(info: CommandInfo, call_id: object, params: Mapping[str, Any]) -> InvalidRequestError:
    """The `InvalidRequestError` for a body JSON cannot carry, naming the field (see `unsendable`)."""
    body: dict[str, Any] = {"params": dict(params)}
    if call_id is not None:
        if info.call_id == "params":
            body["params"] = {"id": call_id, **params}
        elif info.call_id == "body":
            body["id"] = call_id
    path, reason = unsendable(body, "")
    return InvalidRequestError(info.name, path, reason)


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
