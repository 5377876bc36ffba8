"""From a façade method call to a checked request body: the one body all 42 command methods share."""

from __future__ import annotations

import functools
import keyword
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar, cast
from uuid import UUID

from ._exceptions import InvalidRequestError
from ._spec import COMMANDS, CommandInfo
from ._validation import validate

_R_co = TypeVar("_R_co", covariant=True)
_F = TypeVar("_F", bound=Callable[..., Any])


class Sender(Protocol[_R_co]):
    """What a client gives `Calling`: takes a command and the user's arguments, returns the answer."""

    def __call__(self, info: CommandInfo, call_id: object, arguments: dict[str, Any]) -> _R_co: ...


class _NotGiven:
    """Marks an argument the caller left out (where None is a meaningful value)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


def command(name: str) -> Callable[[_F], _F]:
    """Make a generated method stub send `name`: its signature and docstring stay, the body is this one."""
    info = COMMANDS[name]
    positional = 0 if info.call_id == "none" else 1

    def decorate(stub: _F) -> _F:
        @functools.wraps(stub)
        def send(self: Any, *args: Any, **kwargs: Any) -> Any:
            if len(args) > positional:
                takes = "the call id" if positional else "no"
                raise InvalidRequestError(name, "arguments", f"takes {takes} positional argument; params are keywords")
            call_id = args[0] if args else kwargs.pop("call_id", NOT_GIVEN) if positional else NOT_GIVEN
            return self._send(info, call_id, kwargs)

        return cast(_F, send)

    return decorate


def wire_name(python_name: str) -> str:
    """`from_` -> `from`: the inverse of how the generator names keywords."""
    stem = python_name[:-1]
    return stem if python_name.endswith("_") and keyword.iskeyword(stem) else python_name


def to_json(value: Any) -> Any:
    """Plain JSON values from what a user may pass: attrs models, TypedDicts, UUIDs, sequences."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, UUID):
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
    arguments: Mapping[str, Any],
    extra_params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON body for one command, checked against the spec; raises `InvalidRequestError` on bad input.

    `extra_params` are fields the spec does not know yet: added to `params` after the check, unchecked.
    """
    params: dict[str, Any] = {}
    if info.call_id != "none":
        if call_id is NOT_GIVEN:
            raise InvalidRequestError(info.name, "id", "the call id is required as the first argument")
        if info.call_id == "params":
            params["id"] = to_json(call_id)
    for key, value in arguments.items():
        field = wire_name(key)
        if keyword.iskeyword(key) and field in info.fields:  # `**{"from": ...}`: not a declared keyword
            raise InvalidRequestError(info.name, f"params.{field}", f"pass it as {key}_=, not {key}=")
        if field not in info.fields:
            raise InvalidRequestError(info.name, f"params.{field}", f"is not a parameter of {info.method}()")
        if value is not None:
            params[field] = to_json(value)
    body: dict[str, Any] = {"command": info.name}
    if info.call_id == "body":
        body["id"] = to_json(call_id)
    body["params"] = params
    issues = validate(body, info.request_schema)
    if issues:
        first = issues[0]
        more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
        raise InvalidRequestError(info.name, first.path, first.message + more)
    for key, value in (extra_params or {}).items():
        if key in info.fields or key == "id":
            raise InvalidRequestError(info.name, f"params.{key}", "is a known field; pass it as a keyword instead")
        params[key] = to_json(value)
    return body
