"""The mock's plain data: what it stores, scripts, journals and answers, and the one thing its run modes need.

The bottom of the mock: its other modules import this one, and this one imports none of them.

- state: `Call`, `Operation` (what `CallingMock.calls` holds);
- what a test scripts and reads: `Fault`, `RecordedRequest` (the journal), `Delivery` (a webhook sent);
- what flows between the mock's parts: `Change` (something that happened to a call, which webhooks react to),
  `Outgoing` (a webhook to send), `Outcome` (what a request came to), `Reply` (its HTTP answer);
- `Handler`: what the server and the transports need of a mock (`CallingMock` is one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

import attrs
from typing_extensions import TypeVar

if TYPE_CHECKING:
    from ..webhooks import WebhookKind

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_TOKEN",
    "ENDED_STATUSES",
    "PATH",
    "Call",
    "CallEnded",
    "Change",
    "CommandAccepted",
    "Delivery",
    "Drop",
    "Fault",
    "FaultName",
    "Handler",
    "HandlerT",
    "Operation",
    "OperationEnded",
    "OperationStarted",
    "OperationState",
    "Outcome",
    "Outgoing",
    "RecordedRequest",
    "Reply",
    "now",
]

DEFAULT_PROJECT: Final = "test-project"
"""The project ID the mock accepts when none is configured."""
DEFAULT_TOKEN: Final = "test-token"  # noqa: S105 - a public test default
"""The API token the mock accepts when none is configured."""
PATH: Final = "/api/calling/calls"
ENDED_STATUSES: Final = frozenset({"ended", "failed", "canceled", "completed"})
"""Statuses after which a call takes no more commands (the mock answers 404)."""

Drop = Literal["before_read", "after_read"]
OperationState = Literal["active", "paused", "finished"]
FaultName = Literal["status", "drop_before_read", "drop_after_read", "delay"]


def now() -> datetime:
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
    created_at: datetime = attrs.field(factory=now)
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


@attrs.frozen
class Delivery:
    """One webhook the mock sent, as the journal keeps it."""

    url: str
    """Where it went (a password in the URL shown as `<redacted>`)."""
    kind: WebhookKind
    payload: dict[str, Any]
    """The JSON sent, decoded."""
    body: bytes
    """The body exactly as sent (and signed)."""
    headers: dict[str, str]
    """The headers sent, signatures included."""
    call_id: str | None
    status: int | None
    """The handler's HTTP status; None when no answer came."""
    answer: str
    """The handler's answer body (for an inbound call: its SWML), at most `MAX_ANSWER_BYTES`."""
    error: str | None
    """Why the delivery failed (unreachable, timeout, an error status, an oversized answer); None if it worked."""

    @property
    def ok(self) -> bool:
        """The handler answered 2xx in time."""
        return self.error is None


# -- what flows between the mock's parts ------------------------------------------------------------------------


@attrs.frozen
class CommandAccepted:
    """A command was answered 200 for `call` (for `dial`: the call it created). Comes before its effects."""

    call: Call
    command: str
    params: Mapping[str, Any]


@attrs.frozen
class OperationStarted:
    call: Call
    operation: Operation


@attrs.frozen
class OperationEnded:
    """A live operation finished: stopped by a command, ended by a test (`finish`), or by the end of its call."""

    call: Call
    operation: Operation


@attrs.frozen
class CallEnded:
    """The call reached an ended status; the `OperationEnded` of its live operations follow."""

    call: Call


Change = CommandAccepted | OperationStarted | OperationEnded | CallEnded
"""Something that happened to a call, as the rules report it and the webhooks react to it (`_payloads`)."""


@attrs.frozen
class Outgoing:
    """A webhook to send: what `_payloads` makes of a change, and what `_deliveries` signs and POSTs."""

    url: str
    kind: WebhookKind
    payload: dict[str, Any]
    call_id: str | None
    sha256: bool = False
    """Add `X-Signalwire-SHA256-Signature` (SignalWire does for the SWML fetch of an inbound call)."""


@attrs.frozen
class Outcome:
    """What a request came to, before it is journaled and encoded as a `Reply`."""

    status: int | None
    """None: the connection is dropped instead of answered."""
    answer: Any
    """The JSON value answered (bytes: answered as they are); None when dropped."""
    headers: tuple[tuple[str, str], ...] = ()
    """Headers beyond Content-Type and X-Request-Id (`WWW-Authenticate`, a scripted fault's)."""
    fault: FaultName | None = None
    """The scripted fault that applied, if any."""
    changes: tuple[Change, ...] = ()
    """What handling the request did to calls, in order."""


class Handler(Protocol):
    """What the server and the transports need of a mock: the credentials it accepts, and its handler."""

    @property
    def project(self) -> str: ...

    @property
    def token(self) -> str: ...

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> Reply: ...


HandlerT = TypeVar("HandlerT", bound=Handler, default=Handler)
"""The type of the handler a server or transport serves (`CallingMock` for `mock.serve()`)."""
