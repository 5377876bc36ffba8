"""The handler's HTTP edge: a request read into its parts (`parse`), and an `Outcome` made into a `Reply`.

Nothing here decides anything: a body that is not JSON, a missing command or bad credentials are read as they
are (`data` None, `command` None, `credentials` None), and the rules decide what they are answered. A body
nested more than `MAX_DEPTH` levels deep is read as not JSON (so it gets 400): that bound, not the stack of the
thread at hand, decides, and nothing after this step walks deeper.

What is journaled of a request that is not authenticated is bounded (`record`): its first `UNAUTHENTICATED_BODY`
bytes of body and `UNAUTHENTICATED_HEADERS` characters of headers, so that a flood of large anonymous requests
costs the journal a few KiB each.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final
from urllib.parse import urlsplit

import attrs

from .._nesting import deeper_than
from ._records import Call, Drop, Outcome, RecordedRequest, Reply

__all__ = [
    "MAX_DEPTH",
    "UNAUTHENTICATED_BODY",
    "UNAUTHENTICATED_HEADERS",
    "CallsById",
    "Request",
    "canonical_id",
    "credentials",
    "parse",
    "record",
    "reply",
]

_REDACTED: Final = "<redacted>"

MAX_DEPTH: Final = 512
"""How deeply a body's arrays and objects may nest; deeper is read as not JSON (400)."""
UNAUTHENTICATED_BODY: Final = 1024
"""Bytes of body journaled of a request that is not authenticated (the rest is dropped, and not parsed)."""
UNAUTHENTICATED_HEADERS: Final = 4096
"""Characters of header names and values journaled of a request that is not authenticated."""


@attrs.frozen
class Request:
    """One request, read: what the rules and the journal need of it."""

    method: str
    path: str
    """The path of the target, without its query."""
    headers: Mapping[str, str]
    """Lower-cased names, repeated headers folded into one comma-separated value; `authorization` redacted."""
    body: bytes
    data: Any
    """The parsed JSON body; None when it is not JSON (`is_json` tells a JSON `null` apart)."""
    is_json: bool
    command: str | None
    """The body's `command` when it is a string."""
    call_id: str | None
    """The top-level `id`, or `params.id` for `update`, in canonical form; None for `dial`."""
    params: dict[str, Any]
    """The body's `params` when it is an object, else empty."""
    credentials: tuple[str, str] | None = attrs.field(repr=False)
    """The (user, password) of Basic credentials; None when there are none or they are malformed."""

    @property
    def project(self) -> str | None:
        return self.credentials[0] if self.credentials else None


def parse(method: str, target: str, headers: Mapping[str, str] | Iterable[tuple[str, str]], body: bytes) -> Request:
    """Read one request as the server or a transport hands it over."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    folded: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        folded[key] = f"{folded[key]}, {value}" if key in folded else value
    data, is_json = _json_body(body)
    body_map: Mapping[str, Any] = data if isinstance(data, dict) else {}
    command = body_map.get("command") if isinstance(body_map.get("command"), str) else None
    raw_params = body_map.get("params")
    params: dict[str, Any] = dict(raw_params) if isinstance(raw_params, dict) else {}
    call_id: str | None = None
    if isinstance(data, dict) and command != "dial":
        call_id = canonical_id(params.get("id") if command == "update" else data.get("id"))
    return Request(
        method=method,
        path=urlsplit(target).path or "/",
        headers={key: _REDACTED if key == "authorization" else value for key, value in folded.items()},
        body=body,
        data=data,
        is_json=is_json,
        command=command,
        call_id=call_id,
        params=params,
        credentials=credentials(folded.get("authorization")),
    )


def _json_body(body: bytes) -> tuple[Any, bool]:
    """(the decoded body, True), or (None, False) when it is not JSON or nests more than `MAX_DEPTH` deep."""
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: far deeper than MAX_DEPTH
        return None, False
    if deeper_than(data, MAX_DEPTH):
        return None, False
    return data, True


def credentials(value: str | None) -> tuple[str, str] | None:
    """The (user, password) of a Basic `Authorization` value; None for anything else."""
    if not value:
        return None
    scheme, _, encoded = value.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None


def canonical_id(value: Any) -> str | None:
    """A call id as the mock keys calls: a UUID in its lower-case hyphenated form, any other string as it is."""
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value


class CallsById(dict[str, Call]):
    """`CallingMock.calls`: a dict of the calls by canonical id, looked up by any form of a call id.

    `calls[call.id]` works with the `uuid.UUID` a handle gives, an upper-case string or the canonical one alike;
    iterating, `keys()` and equality see the canonical strings.
    """

    def __getitem__(self, key: object) -> Call:
        return super().__getitem__(_key(key))

    def __contains__(self, key: object) -> bool:
        return super().__contains__(_key(key))

    def get(self, key: object, default: Any = None) -> Any:
        return super().get(_key(key), default)


def _key(key: object) -> Any:
    if isinstance(key, uuid.UUID):
        return str(key)
    return canonical_id(key) if isinstance(key, str) else key


def record(request: Request, outcome: Outcome, *, authorized: bool, extra_params: Mapping[str, Any]) -> RecordedRequest:
    """The journal's entry for a request and what it came to, with a new request id.

    Of a request that is not authenticated only a bounded prefix is kept: the first `UNAUTHENTICATED_BODY` bytes
    of its body, and its decoded parts (`data`, `command`, `call_id`, `params`) only when that is the whole body;
    its headers up to `UNAUTHENTICATED_HEADERS` characters.
    """
    whole = authorized or len(request.body) <= UNAUTHENTICATED_BODY
    return RecordedRequest(
        method=request.method,
        path=request.path,
        headers=request.headers if authorized else _headers_prefix(request.headers, UNAUTHENTICATED_HEADERS),
        body=request.body if whole else request.body[:UNAUTHENTICATED_BODY],
        data=request.data if whole else None,
        command=request.command if whole else None,
        call_id=request.call_id if whole else None,
        params=request.params if whole else {},
        project=request.project if authorized else _prefix(request.project, UNAUTHENTICATED_HEADERS),
        authorized=authorized,
        status=outcome.status,
        answer=outcome.answer,
        fault=outcome.fault,
        request_id=str(uuid.uuid4()),
        extra_params=extra_params if whole else {},
    )


def _headers_prefix(headers: Mapping[str, str], limit: int) -> dict[str, str]:
    """The headers, in order, until names and values add up to `limit` characters (the last one cut short)."""
    kept: dict[str, str] = {}
    for name, value in headers.items():
        if limit <= len(name):
            break
        kept[name] = value[: limit - len(name)]
        limit -= len(name) + len(kept[name])
    return kept


def _prefix(text: str | None, limit: int) -> str | None:
    return None if text is None else text[:limit]


def reply(outcome: Outcome, recorded: RecordedRequest, *, delay: float) -> Reply:
    """The HTTP answer of an outcome (JSON, with the journaled request id), or the directive to drop."""
    if outcome.status is None:
        drop: Drop = "after_read" if outcome.fault == "drop_after_read" else "before_read"
        return Reply(0, (), b"", delay, drop, recorded.command)
    headers = (("Content-Type", "application/json"), ("X-Request-Id", recorded.request_id), *outcome.headers)
    answer = outcome.answer
    body = answer if isinstance(answer, bytes) else _json(answer)
    return Reply(outcome.status, headers, body, delay, None, recorded.command)


def _json(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
