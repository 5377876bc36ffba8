"""`CallingMock`: the state, the rules and the journal of the mock; one request handler for both run modes."""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import threading
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal, get_args
from urllib.parse import urlsplit

import attrs

from .._body import to_json, wire_name
from .._spec import COMMANDS, REQUEST_SCHEMA, SCHEMAS
from .._validation import Issue, validate
from ._callbacks import DEFAULT_DELIVERY_TIMEOUT, WebhookDeliveries

if TYPE_CHECKING:
    from .._client import AsyncRestClient, RestClient
    from ._server import MockServer
    from ._transport import AsyncMockTransport, MockTransport

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_TOKEN",
    "ENDED_STATUSES",
    "ERROR_DOCS_URL",
    "PATH",
    "Call",
    "CallingMock",
    "Drop",
    "Fault",
    "Operation",
    "OperationState",
    "RecordedRequest",
    "Reply",
]

DEFAULT_PROJECT: Final = "test-project"
"""The project ID the mock accepts when none is configured."""
DEFAULT_TOKEN: Final = "test-token"  # noqa: S105 - a public test default
"""The API token the mock accepts when none is configured."""
PATH: Final = "/api/calling/calls"
ERROR_DOCS_URL: Final = "https://signalwire.com/docs/apis/error-codes"
CALL_STATUSES: Final[tuple[str, ...]] = tuple(SCHEMAS["CallResponseStatus"]["enum"])
CALL_DIRECTIONS: Final[tuple[str, ...]] = tuple(SCHEMAS["CallDirection"]["enum"])
CALL_TYPES: Final[tuple[str, ...]] = tuple(SCHEMAS["CallLegType"]["enum"])
ENDED_STATUSES: Final = frozenset({"ended", "failed", "canceled", "completed"})
"""Statuses after which a call takes no more commands (the mock answers 404)."""
OPERATION_KINDS: Final = frozenset(info.operation[0] for info in COMMANDS.values() if info.operation)
STARTABLE_KINDS: Final = frozenset(
    info.operation[0] for info in COMMANDS.values() if info.operation and info.operation[1] == "start"
)
"""Kinds of operation a REST command starts (play, record, …); the others (ai, faxes) are started by SWML."""
_ANY_STATE_COMMANDS: Final = frozenset({"update", "calling.end"})
"""Commands a call takes before it is answered."""
_REDACTED: Final = "<redacted>"

Drop = Literal["before_read", "after_read"]
OperationState = Literal["active", "paused", "finished"]
_REASONS: Final = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def _now() -> datetime:
    return datetime.now(UTC)


def _timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@attrs.define
class Operation:
    """A long-running operation of a call, named by its `control_id`."""

    kind: str
    """`play`, `record`, `collect`, `detect`, `tap`, `stream`, `transcribe`, or (added by a test) `ai`, …"""
    control_id: str
    state: OperationState = "active"
    params: dict[str, Any] = attrs.field(factory=dict)
    """The params of the command that started it, as sent (plus later `update`s, e.g. `volume`)."""
    effects: list[str] = attrs.field(factory=lambda: ["start"])
    """Every effect applied to it, in order: `start`, `pause`, `resume`, `update`, `stop`, `finish`."""

    @property
    def live(self) -> bool:
        """Active or paused: not finished."""
        return self.state != "finished"


@attrs.define
class Call:
    """A call the mock knows: dialed through it, or added by a test with `CallingMock.add_call`."""

    id: str
    from_: str
    to: str
    status: str
    """One of the spec's `CallResponseStatus` values."""
    direction: str = "outbound-api"
    type: str = "relay_pstn_call"
    url: str | None = None
    parent_id: str | None = None
    params: dict[str, Any] = attrs.field(factory=dict)
    """The params of the `dial` that created it (empty for a call added by a test)."""
    created_at: datetime = attrs.field(factory=_now)
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    end_reason: str | None = None
    """The `reason` of `calling.end`, `completed`/`canceled` for `update`, or what a test passed to `hangup`."""
    operations: dict[str, Operation] = attrs.field(factory=dict)
    """Operations started on it, by control id (a finished one stays until its control id is reused)."""
    swml: str | None = None
    """What the handler at its `url` last answered (a mock with a signing key fetches it, see `deliveries`)."""

    @property
    def ended(self) -> bool:
        return self.status in ENDED_STATUSES

    def operation(self, control_id: str) -> Operation:
        """The operation named `control_id`; KeyError when there is none."""
        return self.operations[control_id]

    def leg(self, status: str | None = None) -> dict[str, Any]:
        """The call leg JSON the mock answers with (vendor schema `Calling.CallLeg`)."""
        duration_ms: int | None = None
        if self.answered_at is not None and self.ended_at is not None:
            duration_ms = max(0, int((self.ended_at - self.answered_at).total_seconds() * 1000))
        return {
            "id": self.id,
            "from": self.from_,
            "to": self.to,
            "direction": self.direction,
            "source": "realtime_api",
            "url": self.url,
            "charge": 0.0,
            "created_at": _timestamp(self.created_at),
            "charge_details": [],
            "status": self.status if status is None else status,
            "duration": None if duration_ms is None else duration_ms // 1000,
            "duration_ms": duration_ms,
            "billing_ms": duration_ms,
            "type": self.type,
            "parent_id": self.parent_id,
        }


@attrs.frozen
class RecordedRequest:
    """One request the mock received, as the journal keeps it."""

    method: str
    path: str
    headers: Mapping[str, str]
    """Lower-cased names; the value of `authorization` is replaced by `<redacted>`."""
    body: bytes
    data: Any
    """The parsed JSON body; None when it is not JSON."""
    command: str | None
    call_id: str | None
    """The top-level `id`, or `params.id` for `update`; None for `dial`."""
    params: Mapping[str, Any]
    project: str | None
    """The user name of the Basic credentials, whether accepted or not."""
    authorized: bool
    status: int | None
    """The status answered; None when the connection was dropped instead."""
    answer: Any
    """The JSON body answered; None when the connection was dropped."""
    fault: str | None
    """`status`, `drop_before_read`, `drop_after_read` or `delay` when a scripted fault applied; else None."""
    request_id: str
    """The `X-Request-Id` the answer carried."""
    extra_params: Mapping[str, Any] = attrs.field(factory=dict)
    """Fields of `params` the spec does not know, accepted unchecked in lenient mode (also in `params`)."""

    @property
    def control_id(self) -> Any:
        return self.params.get("control_id")


@attrs.frozen
class Fault:
    """A scripted deviation for one request. See `CallingMock.fail_next`, `drop_next` and `delay_next`."""

    status: int | None = None
    """Answer with this status instead of handling the request (nothing changes)."""
    body: Any = None
    """JSON value (or bytes) of that answer; None: the vendor's error body for the status."""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (or dropping)."""
    drop: Drop | None = None
    """Close the connection instead of answering: `before_read` (nothing is handled) or `after_read` (the
    request is handled, then its answer is lost)."""
    command: str | None = None
    """Apply only to requests of this command; other requests pass it by."""


@attrs.frozen
class Reply:
    """What the pure handler returns: an HTTP answer, or the directive to drop the connection."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    drop: Drop | None = None
    command: str | None = None
    """The request's command, for logs."""


@attrs.define
class _Scripted:
    fault: Fault
    remaining: int


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def _error_body(status: int) -> dict[str, Any]:
    if status == 422:
        return {"errors": [_error_item("params", "the request was rejected", "invalid_parameter")]}
    return {"error": _REASONS.get(status, "Error")}


def _error_item(attribute: str | None, message: str, code: str) -> dict[str, Any]:
    return {"type": "validation_error", "code": code, "message": message, "attribute": attribute, "url": ERROR_DOCS_URL}


def _issue_item(issue: Issue) -> dict[str, Any]:
    attribute = issue.path.removeprefix("params.")
    code = "missing_required_parameter" if issue.kind == "required" else "invalid_parameter"
    return _error_item(attribute, f"{attribute} {issue.message}", code)


def _unprocessable(attribute: str, message: str) -> tuple[int, dict[str, Any]]:
    return 422, {"errors": [_error_item(attribute, f"{attribute} {message}", "invalid_parameter")]}


_NOT_FOUND: Final = (404, {"error": "Not Found"})


def _credentials(value: str | None) -> tuple[str, str] | None:
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


def _canonical_id(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return value


def _leg_type(to: str) -> str:
    scheme = to.partition(":")[0].lower() if ":" in to else ""
    if scheme in ("sip", "sips"):
        return "relay_sip_call"
    if scheme in ("verto", "webrtc"):
        return "relay_webrtc_call"
    return "relay_pstn_call"


def _matches(request: RecordedRequest, command: str | None, call_id: object, params: Mapping[str, Any]) -> bool:
    if command is not None and request.command != command:
        return False
    if call_id is not None and request.call_id != _canonical_id(str(call_id)):
        return False
    return all(key in request.params and request.params[key] == value for key, value in params.items())


def _unknown_params(command: str | None, params: dict[str, Any]) -> dict[str, Any]:
    """The fields of `params` that the spec does not list for `command` (lenient mode)."""
    info = COMMANDS.get(command or "")
    if info is None:
        return {}
    known = {*info.fields, "id"} if info.call_id == "params" else set(info.fields)
    return {key: value for key, value in params.items() if key not in known}


class CallingMock(WebhookDeliveries):
    """A mock of `POST /api/calling/calls` with calls, operations, a journal and scripted faults.

    Args:
        project: The project ID it accepts; defaults to `DEFAULT_PROJECT` (the CLI reads the environment).
        token: The API token it accepts; defaults to `DEFAULT_TOKEN`.
        auto_answer: Answer every dialed call right after the `dial` answer (which says `queued`).
            False: calls stay `queued` until `answer()` or `set_status()`.
        latency: Seconds every answer waits (keep it tiny in tests).
        signing_key: Send SignalWire's webhooks, signed with this key, to the URLs the commands give (the
            SWML fetch of `dial`/`update` `url`, stream and transcription `status_url`, sidecar `url`); see
            `deliveries`. None (the default): no webhook is sent.
        delivery_timeout: Seconds a webhook delivery may take before it is journaled as failed.
        lenient: Accept fields of `params` that the spec does not know (still checking every known one), and
            record them in the journal (`RecordedRequest.extra_params`): to test `extra_params` of the client.
            Strict by default: an unknown field is a 422.

    Thread-safe: the server's threads and the test's thread may use it at once.
    """

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        *,
        auto_answer: bool = True,
        latency: float = 0.0,
        signing_key: str | None = None,
        delivery_timeout: float = DEFAULT_DELIVERY_TIMEOUT,
        lenient: bool = False,
    ) -> None:
        self.project = DEFAULT_PROJECT if project is None else project
        self.token = DEFAULT_TOKEN if token is None else token
        self.auto_answer = auto_answer
        self.latency = latency
        self.lenient = lenient
        self._lock = threading.RLock()
        self._calls: dict[str, Call] = {}
        self._journal: list[RecordedRequest] = []
        self._faults: list[_Scripted] = []
        self._init_webhooks(signing_key, delivery_timeout)

    def __repr__(self) -> str:
        return f"CallingMock(project={self.project!r}, calls={len(self._calls)}, requests={len(self._journal)})"

    # -- the two run modes -------------------------------------------------------------------------------------

    def transport(self) -> MockTransport:
        """An `httpx.BaseTransport` that answers in process: `httpx.Client(transport=mock.transport())`."""
        from ._transport import MockTransport

        return MockTransport(self)

    def async_transport(self) -> AsyncMockTransport:
        """An `httpx.AsyncBaseTransport` that answers in process."""
        from ._transport import AsyncMockTransport

        return AsyncMockTransport(self)

    def client(self, **options: Any) -> RestClient:
        """A `RestClient` wired to this mock in process. `options`: `timeout`, `max_retries`."""
        import httpx

        from .._client import RestClient

        http_client = httpx.Client(transport=self.transport())
        return RestClient(self.project, self.token, "http://127.0.0.1", http_client=http_client, **options)

    def async_client(self, **options: Any) -> AsyncRestClient:
        """An `AsyncRestClient` wired to this mock in process."""
        import httpx

        from .._client import AsyncRestClient

        http_client = httpx.AsyncClient(transport=self.async_transport())
        return AsyncRestClient(self.project, self.token, "http://127.0.0.1", http_client=http_client, **options)

    def serve(self, port: int = 0, *, log: Any = None) -> MockServer:
        """Serve this mock over HTTP/1.1 on 127.0.0.1 from a background thread; `port=0` picks a free port.

        Use as a context manager, or call `close()`. `log`: a callable taking one line per request.
        """
        from ._server import MockServer

        return MockServer(self, port=port, log=log)

    # -- the handler -------------------------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> Reply:
        """Answer one request: the single implementation behind the server and the transports."""
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        header_map: dict[str, str] = {}
        for name, value in pairs:
            key = name.lower()
            header_map[key] = f"{header_map[key]}, {value}" if key in header_map else value
        path = urlsplit(target).path or "/"
        try:
            data: Any = json.loads(body)
            is_json = True
        except (ValueError, UnicodeDecodeError):
            data, is_json = None, False
        command = data.get("command") if isinstance(data, dict) and isinstance(data.get("command"), str) else None
        raw_params = data.get("params") if isinstance(data, dict) else None
        params: dict[str, Any] = dict(raw_params) if isinstance(raw_params, dict) else {}
        call_id: str | None = None
        if isinstance(data, dict) and command != "dial":
            call_id = _canonical_id(params.get("id") if command == "update" else data.get("id"))
        extra = _unknown_params(command, params) if self.lenient else {}
        checked = data  # in lenient mode, without the unknown fields (the journal keeps them)
        if extra:
            checked = {**data, "params": {key: value for key, value in params.items() if key not in extra}}
        credentials = _credentials(header_map.get("authorization"))
        authorized = credentials is not None and (
            hmac.compare_digest(credentials[0].encode(), self.project.encode())
            and hmac.compare_digest(credentials[1].encode(), self.token.encode())
        )
        request_id = str(uuid.uuid4())
        with self._lock:
            fault = self._take_fault(command)
            delay = self.latency + (fault.delay if fault else 0.0)
            fault_name: str | None = None
            drop: Drop | None = None
            answer: Any = None
            status: int | None
            if fault is not None and fault.drop == "before_read":
                fault_name, drop, status = "drop_before_read", "before_read", None
            elif fault is not None and fault.status is not None:
                fault_name, status = "status", fault.status
                answer = _error_body(fault.status) if fault.body is None else fault.body
            else:
                before = self._snapshot(self._calls.get(call_id or ""))
                status, answer = self._process(method, path, authorized, is_json, checked, command, call_id, params)
                if status == 200:
                    self._observe(self._calls.get(call_id or answer["id"]), before, command, params)
                if fault is not None and fault.drop == "after_read":
                    fault_name, drop, status, answer = "drop_after_read", "after_read", None, None
                elif fault is not None:
                    fault_name = "delay"
            self._journal.append(
                RecordedRequest(
                    method=method,
                    path=path,
                    headers={key: _REDACTED if key == "authorization" else value for key, value in header_map.items()},
                    body=body,
                    data=data,
                    command=command,
                    call_id=call_id,
                    params=params,
                    project=credentials[0] if credentials else None,
                    authorized=authorized,
                    status=status,
                    answer=answer,
                    fault=fault_name,
                    request_id=request_id,
                    extra_params=extra,
                )
            )
        if drop is not None or status is None:
            return Reply(0, (), b"", delay, drop, command)
        reply_headers: list[tuple[str, str]] = [("Content-Type", "application/json"), ("X-Request-Id", request_id)]
        if status == 401 and fault_name is None:
            reply_headers.append(("WWW-Authenticate", 'Basic realm="SignalWire"'))
        if fault is not None and fault_name == "status":
            reply_headers.extend(fault.headers.items())
        content = answer if isinstance(answer, bytes) else _json_bytes(answer)
        return Reply(status, tuple(reply_headers), content, delay, None, command)

    def _take_fault(self, command: str | None) -> Fault | None:
        for scripted in self._faults:
            if scripted.fault.command is None or scripted.fault.command == command:
                scripted.remaining -= 1
                if scripted.remaining <= 0:
                    self._faults.remove(scripted)
                return scripted.fault
        return None

    def _process(
        self,
        method: str,
        path: str,
        authorized: bool,
        is_json: bool,
        data: Any,
        command: str | None,
        call_id: str | None,
        params: dict[str, Any],
    ) -> tuple[int, Any]:
        if path.rstrip("/") != PATH or method.upper() != "POST":
            return _NOT_FOUND
        if not authorized:
            return 401, {"error": "Unauthorized"}
        if not is_json or not isinstance(data, dict):
            return 400, {"error": "Bad Request"}
        issues = validate(data, REQUEST_SCHEMA)
        if issues:
            return 422, {"errors": [_issue_item(issue) for issue in issues]}
        assert command is not None
        if command == "dial":
            return 200, self._dial(params)
        call = self._calls.get(call_id or "")
        if call is None or call.ended:
            return _NOT_FOUND
        if call.status != "answered" and command not in _ANY_STATE_COMMANDS:
            return _unprocessable("id", f"names a call that is {call.status}, not answered")
        if command == "calling.end":
            self._end(call, "ended", str(params.get("reason", "hangup")))
            return 200, call.leg("ending")
        if command == "update":
            return 200, self._update(call, params)
        operation = COMMANDS[command].operation
        if operation is not None:
            rejected = self._operate(call, operation[0], operation[1], params)
            if rejected is not None:
                return rejected
        return 200, call.leg()

    def _dial(self, params: dict[str, Any]) -> dict[str, Any]:
        to = params.get("to", "")
        call = Call(
            id=str(uuid.uuid4()),
            from_=params["from"],
            to=to,
            status="queued",
            type=_leg_type(to),
            url=params.get("url"),
            params=dict(params),
        )
        self._calls[call.id] = call
        leg = call.leg()
        if self.auto_answer:
            call.status, call.answered_at = "answered", _now()
        return leg

    def _update(self, call: Call, params: dict[str, Any]) -> dict[str, Any]:
        if "url" in params:
            call.url = params["url"]
        wanted = params.get("status")
        if wanted == "completed" or (wanted == "canceled" and call.status != "answered"):
            self._end(call, "ended" if wanted == "completed" else "canceled", wanted)
            return call.leg("ending" if wanted == "completed" else "canceled")
        return call.leg()

    @staticmethod
    def _end(call: Call, status: str, reason: str | None) -> None:
        call.status, call.ended_at, call.end_reason = status, _now(), reason
        for operation in call.operations.values():
            if operation.live:
                operation.state = "finished"
                operation.effects.append("finish")

    @staticmethod
    def _operate(call: Call, kind: str, effect: str, params: dict[str, Any]) -> tuple[int, Any] | None:
        control_id = params.get("control_id")
        if effect == "start":
            assert isinstance(control_id, str)
            existing = call.operations.get(control_id)
            if existing is not None and existing.live:
                return _unprocessable("control_id", f"{control_id!r} is already in use by an active {existing.kind}")
            call.operations[control_id] = Operation(kind, control_id, params=dict(params))
            return None
        if control_id is None:  # calling.ai.stop without a control id: every live operation of the kind
            targets = [op for op in call.operations.values() if op.kind == kind and op.live]
        else:
            found = call.operations.get(control_id)
            if found is None or found.kind != kind:
                if kind not in STARTABLE_KINDS:
                    return None  # started by SWML: the mock cannot know it, so it accepts it
                return _unprocessable("control_id", f"{control_id!r} names no {kind} of this call")
            targets = [found]
        for target in targets:
            if effect == "stop":
                if target.live:
                    target.state = "finished"
                    target.effects.append("stop")
                continue
            if not target.live:
                return _unprocessable("control_id", f"{target.control_id!r} names a {kind} that has finished")
            if effect == "pause":
                target.state = "paused"
            elif effect == "resume":
                target.state = "active"
            else:
                target.params.update({key: value for key, value in params.items() if key != "control_id"})
            target.effects.append(effect)
        return None

    # -- scripted faults ---------------------------------------------------------------------------------------

    def script(self, fault: Fault, *, times: int = 1) -> None:
        """Apply `fault` to the next `times` requests (of `fault.command`, when set). Faults queue in order."""
        if times < 1:
            raise ValueError("times must be 1 or more")
        with self._lock:
            self._faults.append(_Scripted(fault, times))

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        command: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next `times` requests with the error `status` (body: the vendor's error body unless given)."""
        if not 400 <= status <= 599:
            raise ValueError(f"fail_next takes an error status (400-599), not {status}; script() takes any Fault")
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
        self.script(Fault(status=status, body=body, headers=extra, command=command, delay=delay), times=times)

    def drop_next(self, when: Drop = "after_read", *, times: int = 1, command: str | None = None) -> None:
        """Drop the connection of the next `times` requests.

        `before_read`: the request is not handled (in process: `httpx.ConnectError`, so any command may be
        retried; over HTTP the socket is reset). `after_read`: it is handled, then the answer is lost (in
        process: `httpx.RemoteProtocolError`; over HTTP the socket is closed without an answer).
        """
        if when not in get_args(Drop):
            raise ValueError(f"when must be one of {get_args(Drop)}")
        self.script(Fault(drop=when, command=command), times=times)

    def delay_next(self, seconds: float, *, times: int = 1, command: str | None = None) -> None:
        """Answer the next `times` requests normally, after `seconds`."""
        self.script(Fault(delay=seconds, command=command), times=times)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """How many scripted fault uses are still waiting for a request."""
        with self._lock:
            return sum(scripted.remaining for scripted in self._faults)

    # -- state, driven by tests --------------------------------------------------------------------------------

    @property
    def calls(self) -> dict[str, Call]:
        """Every call by id (ended ones included), oldest first. The `Call` objects are live."""
        with self._lock:
            return dict(self._calls)

    @property
    def last_call(self) -> Call:
        """The call created last; LookupError when there is none."""
        with self._lock:
            if not self._calls:
                raise LookupError("the mock has no call yet")
            return next(reversed(self._calls.values()))

    def call(self, call_id: object) -> Call:
        """The call with this id; KeyError when there is none."""
        with self._lock:
            return self._calls[_canonical_id(str(call_id)) or ""]

    def add_call(
        self,
        *,
        from_: str = "+15550100001",
        to: str = "+15550100002",
        status: str = "answered",
        direction: str = "inbound",
        call_type: str | None = None,
    ) -> Call:
        """A call the mock did not dial (an inbound call, say), ready to take commands."""
        self._check_status(status)
        if direction not in CALL_DIRECTIONS:
            raise ValueError(f"direction {direction!r} is not one of {CALL_DIRECTIONS}")
        if call_type is not None and call_type not in CALL_TYPES:
            raise ValueError(f"call_type {call_type!r} is not one of {CALL_TYPES}")
        now = _now()
        call = Call(
            id=str(uuid.uuid4()),
            from_=from_,
            to=to,
            status=status,
            direction=direction,
            type=call_type or _leg_type(to),
            answered_at=now if status == "answered" else None,
            ended_at=now if status in ENDED_STATUSES else None,
        )
        with self._lock:
            self._calls[call.id] = call
        return call

    def set_status(self, call_id: object, status: str) -> Call:
        """Move a call to `status` (any `CallResponseStatus`); an ended status finishes its operations."""
        self._check_status(status)
        with self._lock:
            call = self.call(call_id)
            if call.ended:
                raise ValueError(f"call {call.id} has already ended ({call.status})")
            if status in ENDED_STATUSES:
                before = self._snapshot(call)
                self._end(call, status, status)
                self._observe(call, before)
            else:
                call.status = status
                if status == "answered" and call.answered_at is None:
                    call.answered_at = _now()
            return call

    def answer(self, call_id: object) -> Call:
        return self.set_status(call_id, "answered")

    def hangup(self, call_id: object, reason: str = "hangup") -> Call:
        """The far end hangs up: the call is `ended`; later commands on it get 404."""
        with self._lock:
            call = self.set_status(call_id, "ended")
            call.end_reason = reason
            return call

    def add_operation(self, call_id: object, kind: str, control_id: str) -> Operation:
        """An operation the REST API cannot start (an `ai` agent, a fax: started by SWML), now tracked."""
        if kind not in OPERATION_KINDS:
            raise ValueError(f"kind must be one of {sorted(OPERATION_KINDS)}")
        with self._lock:
            call = self.call(call_id)
            operation = Operation(kind, control_id)
            call.operations[control_id] = operation
            return operation

    def finish(self, call_id: object, control_id: str) -> Operation:
        """An operation ends by itself (the audio played out, the digits came in)."""
        with self._lock:
            call = self.call(call_id)
            before = self._snapshot(call)
            operation = call.operation(control_id)
            if operation.live:
                operation.state = "finished"
                operation.effects.append("finish")
            self._observe(call, before)
            return operation

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in CALL_STATUSES:
            raise ValueError(f"status must be one of {', '.join(CALL_STATUSES)}")

    def reset(self) -> None:
        """Forget every call, request and pending fault."""
        with self._lock:
            self._calls.clear()
            self._journal.clear()
            self._faults.clear()
            self._clear_deliveries()

    # -- the journal -------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first, faulted ones included."""
        with self._lock:
            return list(self._journal)

    @property
    def last(self) -> RecordedRequest:
        """The latest request; LookupError when there is none."""
        with self._lock:
            if not self._journal:
                raise LookupError("the mock has received no request yet")
            return self._journal[-1]

    @property
    def commands(self) -> list[str | None]:
        """The `command` of every request received, oldest first (None when a body had none)."""
        return [request.command for request in self.requests]

    def sent(self, command: str | None = None, *, call_id: object = None, **params: Any) -> list[RecordedRequest]:
        """Requests of `command` (any when None) to `call_id` whose params include `params`.

        Param names are the façade's keywords (`from_` matches `from`); values are compared as JSON.
        """
        wanted = {wire_name(key): to_json(value) for key, value in params.items()}
        return [request for request in self.requests if _matches(request, command, call_id, wanted)]

    def assert_sent(
        self, command: str, *, call_id: object = None, times: int | None = None, **params: Any
    ) -> RecordedRequest:
        """The latest matching request (see `sent`); AssertionError, listing what was sent, when none matches
        (or when `times` is given and the count differs)."""
        found = self.sent(command, call_id=call_id, **params)
        if not found or (times is not None and len(found) != times):
            expected = f"{times} time(s)" if times is not None else "at least once"
            raise AssertionError(
                f"expected {command} {_describe_params(call_id, params)} sent {expected}, found {len(found)};"
                f" sent: {self._summary()}"
            )
        return found[-1]

    def assert_not_sent(self, command: str, *, call_id: object = None, **params: Any) -> None:
        found = self.sent(command, call_id=call_id, **params)
        if found:
            raise AssertionError(
                f"expected no {command} {_describe_params(call_id, params)}, found {len(found)};"
                f" sent: {self._summary()}"
            )

    def _summary(self) -> str:
        lines = [f"{r.command or r.method + ' ' + r.path} {dict(r.params)} -> {r.status}" for r in self.requests]
        return "; ".join(lines) if lines else "nothing"


def _describe_params(call_id: object, params: Mapping[str, Any]) -> str:
    shown = dict(params)
    if call_id is not None:
        shown = {"call_id": call_id, **shown}
    return json.dumps(shown, default=str) if shown else "(any params)"
