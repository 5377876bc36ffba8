"""The mock's plain data: what it stores, scripts, journals and answers, and the one thing its run modes need.

The bottom of the mock: its other modules import this one, and this one imports none of them.

- state: `Call`, `Operation` (what `CallingMock.calls` holds), `Ending` (how an operation ended);
- what a test scripts and reads: `Fault`, `RecordedRequest` (the journal), `Delivery` (a webhook sent), and what
  the far end will do (`Scripted`: `Keys`, `Speech`, `Verdict`, `Result`);
- what flows between the mock's parts: `Change` (something that happened to a call, which webhooks react to),
  `Outgoing` (a webhook to send), `Sender` (who sends it), `Outcome` (what a request came to), `Reply` (its HTTP
  answer);
- `Handler`: what the server and the transports need of a mock (`CallingMock` is one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

import attrs
from typing_extensions import TypeVar

if TYPE_CHECKING:
    from ..webhooks import WebhookKind

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_TOKEN",
    "DEFAULT_TRANSCRIPT",
    "ENDED_STATUSES",
    "MAX_SCRIPTED",
    "OUTCOMES",
    "PATH",
    "Call",
    "CallEnded",
    "CallStateChanged",
    "Change",
    "CommandAccepted",
    "Delivery",
    "Drop",
    "EndedBy",
    "Ending",
    "Fault",
    "FaultName",
    "Handler",
    "HandlerT",
    "Keys",
    "Operation",
    "OperationEnded",
    "OperationProgressed",
    "OperationStarted",
    "OperationState",
    "OperationUpdated",
    "Outcome",
    "Outgoing",
    "RecordedRequest",
    "ReferProgressed",
    "Reply",
    "Result",
    "Scripted",
    "Sender",
    "Speech",
    "Verdict",
    "now",
]

DEFAULT_PROJECT: Final = "test-project"
"""The project ID the mock accepts when none is configured."""
DEFAULT_TOKEN: Final = "test-token"  # noqa: S105 - a public test default
"""The API token the mock accepts when none is configured."""
PATH: Final = "/api/calling/calls"
ENDED_STATUSES: Final = frozenset({"ended", "failed", "canceled", "completed"})
"""Statuses after which a call takes no more commands (the mock answers 404)."""
DEFAULT_TRANSCRIPT: Final = "Hello from the mock."
MAX_SCRIPTED: Final = 1_000
"""Scripted inputs and outcomes a call may hold before an operation takes them (`Call.scripted`)."""
OUTCOMES: Final[Mapping[str, tuple[str, ...]]] = {
    "play": ("finished", "error"),
    "record": ("finished", "no_input", "error"),
    "collect": ("finished", "no_input", "no_match", "error"),
    "detect": ("finished", "error"),
    "refer": ("success", "busy", "noAnswer", "cancel", "error"),
}
"""How each kind can end, beyond the caller's input and the detectors' verdicts; the other kinds only `finished`
(`refer` is no operation: its outcome is the last state its events report)."""

Drop = Literal["before_read", "after_read"]
OperationState = Literal["active", "paused", "finished"]
FaultName = Literal["status", "drop_before_read", "drop_after_read", "delay"]
EndedBy = Literal["command", "call", "test", "input", "timer"]


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
    started_at: datetime = attrs.field(factory=now)
    ended_at: datetime | None = None
    ending: Ending | None = None
    """How it ended (what its last status event says); None while it is live."""
    typed: str = ""
    """A collect's keys pressed so far (until a terminator, `digits.max` or the digit timeout ends the entry)."""
    heard: bool = False
    """A collect's caller has started giving input (its no-input timer no longer applies)."""

    @property
    def live(self) -> bool:
        """Active or paused: not finished."""
        return self.state != "finished"

    def end(self, effect: str, ending: Ending) -> None:
        """Finish it: `effect` (`stop`, `finish`) is journaled in `effects`, `ending` says how."""
        self.state, self.ending, self.ended_at = "finished", ending, now()
        self.effects.append(effect)


@attrs.frozen
class Ending:
    """How an operation ended, and so what the status event that reports its end says."""

    by: EndedBy
    """`command` (its stop), `call` (the call ended), `test` (`finish`), `input` (the caller's input, a verdict, a
    scripted `Result`) or `timer` (its duration ran out, or no input came in time)."""
    outcome: str = "finished"
    """play: `finished`, `error`; record: `finished`, `no_input`, `error`; collect: the result's type (`digit`,
    `speech`, `no_input`, `no_match`, `error`, `finished`); detect: the detector's event (`MACHINE`, `HUMAN`,
    `UNKNOWN`, `CED`, `CNG`, a key, `finished`, `error`); the others: `finished`."""
    params: Mapping[str, Any] = attrs.field(factory=dict)
    """collect: the result's params (`digits` and `terminator`, or `text` and `confidence`); detect: `beep`."""


# -- what a test scripts the far end to do ----------------------------------------------------------------------


@attrs.frozen
class Keys:
    """DTMF the caller presses (`CallingMock.press`)."""

    keys: str


@attrs.frozen
class Speech:
    """What the caller says (`CallingMock.say`)."""

    text: str
    confidence: float


@attrs.frozen
class Verdict:
    """What a detector hears (`CallingMock.detect`)."""

    detector: str | None
    """`machine`, `fax` or `digit`: the detectors that may report it; None (`finished`, `error`): any."""
    event: str
    beep: bool = False


@attrs.frozen
class Result:
    """How the next operation of `kind` (`play`, `record`, `collect`, `refer`) ends (`CallingMock.outcome`)."""

    kind: str
    outcome: str


Scripted = Keys | Speech | Verdict | Result
"""What a call holds for its next operation to take (`Call.scripted`)."""


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
    status_url: str | None = None
    """Where its `calling.call.state` events go: the `status_url` of its `dial` (or of a later `update`)."""
    status_events: tuple[str, ...] = ("ended",)
    """The states reported there: the `status_events` of its `dial` (`ending` goes with `ended`)."""
    states: list[str] = attrs.field(factory=list)
    """The call states it went through, in order, each once (`created`, `ringing`, `answered`, `ending`, `ended`)."""
    end_source: str | None = None
    """Which side ended it: `none` for a command, the far end's direction for `CallingMock.hangup`."""
    scripted: list[Scripted] = attrs.field(factory=list)
    """Input and outcomes scripted for operations not started yet, oldest first (at most `MAX_SCRIPTED`)."""

    @property
    def ended(self) -> bool:
        return self.status in ENDED_STATUSES

    def take(self, accepts: Callable[[Scripted], bool]) -> Scripted | None:
        """Remove and answer the oldest scripted item `accepts` takes; None when there is none."""
        for index, item in enumerate(self.scripted):
            if accepts(item):
                return self.scripted.pop(index)
        return None

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
    """A live operation finished: stopped by a command, ended by a test (`finish`), by the caller's input, a verdict
    or a timer, or by the end of its call (`operation.ending` says which)."""

    call: Call
    operation: Operation


@attrs.frozen
class OperationUpdated:
    """A live operation was paused, resumed or updated (`effect`: `pause`, `resume`, `update`, with the command's
    `params`), or its caller started or went on giving input (`input`)."""

    call: Call
    operation: Operation
    effect: str
    params: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class OperationProgressed:
    """A live collect reports something short of its end: `start_of_input`, a partial result (`final` false), a
    result of a continuous collect (`state` collecting). `params`: the event's, beyond the call and control id."""

    call: Call
    operation: Operation
    params: Mapping[str, Any]


@attrs.frozen
class CallEnded:
    """The call reached an ended status; the `OperationEnded` of its live operations follow."""

    call: Call


@attrs.frozen
class CallStateChanged:
    """The call went through a state its status events report (`created`, `ringing`, `answered`, `ending`,
    `ended`); each state once per call."""

    call: Call
    state: str


@attrs.frozen
class ReferProgressed:
    """A `calling.refer` (its `params`) made progress: `inProgress`, then `success` or a failure."""

    call: Call
    params: Mapping[str, Any]
    state: str


Change = (
    CommandAccepted
    | OperationStarted
    | OperationUpdated
    | OperationProgressed
    | OperationEnded
    | CallEnded
    | CallStateChanged
    | ReferProgressed
)
"""Something that happened to a call, as the rules report it and the webhooks react to it (`_payloads`)."""


@attrs.frozen
class Sender:
    """Who the webhooks come from, and what the mock makes up for them."""

    project_id: str
    space_id: str
    transcript_text: str | None = DEFAULT_TRANSCRIPT
    """The text of every transcript; None makes transcriptions fail."""
    time_scale: float = 1.0
    """Real seconds per second of the calls (`CallingMock.time_scale`): a recording's `duration` is in the call's."""


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
