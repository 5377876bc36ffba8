"""The handler's HTTP edge: a request read into its parts (`parse`), and an `Outcome` made into a `Reply`.

Nothing here decides anything: a body that is not JSON, a missing command or bad credentials are read as they
are (`data` None, `command` None, `credentials` None), and the rules decide what they are answered.
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

from ._records import Drop, Outcome, RecordedRequest, Reply

__all__ = ["Request", "canonical_id", "credentials", "parse", "record", "reply"]

_REDACTED: Final = "<redacted>"


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
    try:
        data: Any = json.loads(body)
        is_json = True
    except (ValueError, UnicodeDecodeError):
        data, is_json = None, False
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


def record(request: Request, outcome: Outcome, *, authorized: bool, extra_params: Mapping[str, Any]) -> RecordedRequest:
    """The journal's entry for a request and what it came to, with a new request id."""
    return RecordedRequest(
        method=request.method,
        path=request.path,
        headers=request.headers,
        body=request.body,
        data=request.data,
        command=request.command,
        call_id=request.call_id,
        params=request.params,
        project=request.project,
        authorized=authorized,
        status=outcome.status,
        answer=outcome.answer,
        fault=outcome.fault,
        request_id=str(uuid.uuid4()),
        extra_params=extra_params,
    )


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
