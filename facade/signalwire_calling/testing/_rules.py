"""The mock's rules: what a request does to the calls and what it is answered (rules 2 to 11 of the package).

Functions over a `Call` or a store of calls (a plain dict by id), with no lock and no state of their own:
`CallingMock` calls them under its lock; a test can call them on calls of its own. Each one that changes a
call says what it changed, as `Change`s in the `Outcome` (or returned), so that webhooks can react (see
`_payloads`): a new kind of event starts here, as a `Change` that a rule reports.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Mapping, MutableMapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from .._spec import COMMANDS, REQUEST_SCHEMA, SCHEMAS
from .._validation import Issue, validate
from ._http import Request
from ._records import (
    ENDED_STATUSES,
    OUTCOMES,
    PATH,
    Call,
    CallEnded,
    CallStateChanged,
    Change,
    CommandAccepted,
    Ending,
    Operation,
    OperationEnded,
    OperationStarted,
    OperationUpdated,
    Outcome,
    ReferProgressed,
    Result,
    now,
)

__all__ = [
    "ANY_STATE_COMMANDS",
    "CALL_DIRECTIONS",
    "CALL_STATUSES",
    "CALL_TYPES",
    "ERROR_DOCS_URL",
    "OPERATION_KINDS",
    "STARTABLE_KINDS",
    "act",
    "apply",
    "check_kind",
    "check_status",
    "dial",
    "end",
    "error_body",
    "finish",
    "hangup",
    "is_authorized",
    "leg_type",
    "new_call",
    "operate",
    "refer",
    "refuse",
    "refuse_call",
    "report",
    "set_status",
    "track",
    "unknown_params",
    "update",
]

ERROR_DOCS_URL: Final = "https://signalwire.com/docs/apis/error-codes"
CALL_STATUSES: Final[tuple[str, ...]] = tuple(SCHEMAS["CallResponseStatus"]["enum"])
CALL_DIRECTIONS: Final[tuple[str, ...]] = tuple(SCHEMAS["CallDirection"]["enum"])
CALL_TYPES: Final[tuple[str, ...]] = tuple(SCHEMAS["CallLegType"]["enum"])
OPERATION_KINDS: Final = frozenset(info.operation[0] for info in COMMANDS.values() if info.operation)
STARTABLE_KINDS: Final = frozenset(
    info.operation[0] for info in COMMANDS.values() if info.operation and info.operation[1] == "start"
)
"""Kinds of operation a REST command starts (play, record, …); the others (ai, faxes) are started by SWML."""
ANY_STATE_COMMANDS: Final = frozenset({"update", "calling.end"})
"""Commands a call takes before it is answered."""
CALL_STATES: Final = {"queued": "created", "initiated": "created", "created": "created", "ringing": "ringing",
                      "answered": "answered", "ending": "ending"}  # fmt: skip
"""The call state (of `calling.call.state` events) each live `CallResponseStatus` reports."""
_NOTHING: Final[Mapping[str, Any]] = MappingProxyType({})
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


# -- answers ---------------------------------------------------------------------------------------------------


def error_body(status: int) -> dict[str, Any]:
    """The vendor's error body for `status` (what a scripted status answers unless it gives its own)."""
    if status == 422:
        return {"errors": [_error_item("params", "the request was rejected", "invalid_parameter")]}
    return {"error": _REASONS.get(status, "Error")}


def _error_item(attribute: str | None, message: str, code: str) -> dict[str, Any]:
    return {"type": "validation_error", "code": code, "message": message, "attribute": attribute, "url": ERROR_DOCS_URL}


def _issue_item(issue: Issue) -> dict[str, Any]:
    attribute = issue.path.removeprefix("params.")
    code = "missing_required_parameter" if issue.kind == "required" else "invalid_parameter"
    return _error_item(attribute, f"{attribute} {issue.message}", code)


def _unprocessable(attribute: str, message: str) -> Outcome:
    return Outcome(422, {"errors": [_error_item(attribute, f"{attribute} {message}", "invalid_parameter")]})


def _not_found() -> Outcome:
    return Outcome(404, {"error": "Not Found"})


def _accepted(
    call: Call, command: str, params: Mapping[str, Any], effects: tuple[Change, ...] = (), *, status: str | None = None
) -> Outcome:
    """200 with the call's leg as it is now (its status replaced by `status`): made after the command's effects."""
    return Outcome(200, call.leg(status), changes=(CommandAccepted(call, command, params), *effects))


# -- the request -----------------------------------------------------------------------------------------------


def is_authorized(request: Request, project: str, token: str) -> bool:
    """The request carries Basic credentials for exactly this project and token (compared in constant time)."""
    if request.credentials is None:
        return False
    user, password = request.credentials
    same_project = hmac.compare_digest(user.encode(), project.encode())
    return same_project and hmac.compare_digest(password.encode(), token.encode())


def unknown_params(command: str | None, params: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of `params` that the spec does not list for `command` (what lenient mode lets through)."""
    info = COMMANDS.get(command or "")
    if info is None:
        return {}
    known = {*info.fields, "id"} if info.call_id == "params" else set(info.fields)
    return {key: value for key, value in params.items() if key not in known}


def refuse(request: Request, *, authorized: bool, unchecked: Mapping[str, Any] = _NOTHING) -> Outcome | None:
    """404 for another path or method, 401 without the credentials, 400 for a body that is not a JSON object,
    422 for one the spec rejects (the fields in `unchecked` left out of the check); None: the request is valid."""
    if request.path.rstrip("/") != PATH or request.method.upper() != "POST":
        return _not_found()
    if not authorized:
        return Outcome(401, {"error": "Unauthorized"}, headers=(("WWW-Authenticate", 'Basic realm="SignalWire"'),))
    data = request.data
    if not request.is_json or not isinstance(data, dict):
        return Outcome(400, {"error": "Bad Request"})
    if unchecked:
        data = {**data, "params": {key: value for key, value in request.params.items() if key not in unchecked}}
    issues = validate(data, REQUEST_SCHEMA)
    if issues:
        return Outcome(422, {"errors": [_issue_item(issue) for issue in issues]})
    return None


def refuse_call(call: Call | None, command: str) -> Outcome | None:
    """404 for an unknown or ended call, 422 (on `id`) for a command that needs an answered call; else None."""
    if call is None or call.ended:
        return _not_found()
    if call.status != "answered" and command not in ANY_STATE_COMMANDS:
        return _unprocessable("id", f"names a call that is {call.status}, not answered")
    return None


def apply(
    request: Request,
    calls: MutableMapping[str, Call],
    *,
    authorized: bool,
    auto_answer: bool = True,
    unchecked: Mapping[str, Any] = _NOTHING,
) -> Outcome:
    """Every rule, in order, to a request (the rules of the package docstring but the scripted faults)."""
    refused = refuse(request, authorized=authorized, unchecked=unchecked)
    if refused is not None:
        return refused
    assert request.command is not None  # the schema requires it
    if request.command == "dial":
        return dial(calls, request.params, auto_answer=auto_answer)
    call = calls.get(request.call_id or "")
    refused = refuse_call(call, request.command)
    if refused is not None:
        return refused
    assert call is not None
    return act(call, request.command, request.params)


# -- calls -----------------------------------------------------------------------------------------------------


def leg_type(to: str) -> str:
    """The leg type a destination makes: `sip:`/`sips:` SIP, `verto:`/`webrtc:` WebRTC, anything else PSTN."""
    scheme = to.partition(":")[0].lower() if ":" in to else ""
    if scheme in ("sip", "sips"):
        return "relay_sip_call"
    if scheme in ("verto", "webrtc"):
        return "relay_webrtc_call"
    return "relay_pstn_call"


def dial(calls: MutableMapping[str, Call], params: Mapping[str, Any], *, auto_answer: bool = True) -> Outcome:
    """A new call in `calls`, answered `queued`, `created` and `ringing`; `answered` right after with `auto_answer`."""
    to = params.get("to", "")
    call = Call(
        id=str(uuid.uuid4()),
        from_=params["from"],
        to=to,
        status="queued",
        type=leg_type(to),
        url=params.get("url"),
        params=dict(params),
        status_url=params.get("status_url"),
        status_events=tuple(params.get("status_events", ("ended",))),
    )
    calls[call.id] = call
    outcome = _accepted(call, "dial", params, (*report(call, "created"), *report(call, "ringing")))  # says queued
    if auto_answer:
        call.status, call.answered_at = "answered", now()
        return attrs.evolve(outcome, changes=(*outcome.changes, *report(call, "answered")))
    return outcome


def report(call: Call, state: str) -> tuple[Change, ...]:
    """The call went through `state` (a `calling.call.state` state): reported once, the first time."""
    if state in call.states:
        return ()
    call.states.append(state)
    return (CallStateChanged(call, state),)


def new_call(
    *,
    from_: str,
    to: str,
    status: str = "answered",
    direction: str = "inbound",
    call_type: str | None = None,
) -> Call:
    """A call that was not dialed (what `CallingMock.add_call` adds); ValueError for a value the spec lacks."""
    check_status(status)
    if direction not in CALL_DIRECTIONS:
        raise ValueError(f"direction {direction!r} is not one of {CALL_DIRECTIONS}")
    if call_type is not None and call_type not in CALL_TYPES:
        raise ValueError(f"call_type {call_type!r} is not one of {CALL_TYPES}")
    moment = now()
    return Call(
        id=str(uuid.uuid4()),
        from_=from_,
        to=to,
        status=status,
        direction=direction,
        type=call_type or leg_type(to),
        answered_at=moment if status == "answered" else None,
        ended_at=moment if status in ENDED_STATUSES else None,
    )


def check_status(status: str) -> None:
    if status not in CALL_STATUSES:
        raise ValueError(f"status must be one of {', '.join(CALL_STATUSES)}")


def act(call: Call, command: str, params: Mapping[str, Any]) -> Outcome:
    """A command other than `dial` on a call that takes it (see `refuse_call`)."""
    if command == "calling.end":
        ended = end(call, "ended", str(params.get("reason", "hangup")))
        return _accepted(call, command, params, ended, status="ending")
    if command == "update":
        return update(call, params)
    if command == "calling.refer":
        return _accepted(call, command, params, refer(call, params))
    operation = COMMANDS[command].operation
    if operation is None:
        return _accepted(call, command, params)
    done = operate(call, operation[0], operation[1], params)
    return done if isinstance(done, Outcome) else _accepted(call, command, params, done)


def update(call: Call, params: Mapping[str, Any]) -> Outcome:
    """`url` replaces the call's, `status_url` the URL of its state events; `status: completed` ends it,
    `status: canceled` cancels it unless answered."""
    if "url" in params:
        call.url = params["url"]
    if "status_url" in params:
        call.status_url = params["status_url"]
    wanted = params.get("status")
    if wanted == "completed":
        ended = end(call, "ended", wanted)
        return _accepted(call, "update", params, ended, status="ending")
    if wanted == "canceled" and call.status != "answered":
        canceled = end(call, "canceled", wanted)
        return _accepted(call, "update", params, canceled, status="canceled")
    return _accepted(call, "update", params)


def end(call: Call, status: str, reason: str | None, source: str = "none") -> tuple[Change, ...]:
    """The call reaches `status` (an ended one) and its live operations finish: it is `ending`, then they finish,
    then it is `ended`. `source`: which side ended it (`none`: a command did)."""
    changes: list[Change] = [*report(call, "ending")]
    call.status, call.ended_at, call.end_reason, call.end_source = status, now(), reason, source
    changes.append(CallEnded(call))
    for operation in call.operations.values():
        if operation.live:
            operation.end("finish", Ending("call"))
            changes.append(OperationEnded(call, operation))
    return (*changes, *report(call, "ended"))


def hangup(call: Call, reason: str, source: str | None = None) -> tuple[Change, ...]:
    """The far end hangs up (`CallingMock.hangup`): the call is `ended`, `source` (by default the far end's
    direction: `outbound` for a call that was dialed, `inbound` for one that came in) ended it."""
    if call.ended:
        raise ValueError(f"call {call.id} has already ended ({call.status})")
    return end(call, "ended", reason, source or ("inbound" if call.direction == "inbound" else "outbound"))


def set_status(call: Call, status: str) -> tuple[Change, ...]:
    """Move a live call to any `CallResponseStatus` (what a test does: the far end answers, rings, hangs up)."""
    check_status(status)
    if call.ended:
        raise ValueError(f"call {call.id} has already ended ({call.status})")
    if status in ENDED_STATUSES:
        return end(call, status, status)
    call.status = status
    if status == "answered" and call.answered_at is None:
        call.answered_at = now()
    return report(call, CALL_STATES[status])


# -- operations ------------------------------------------------------------------------------------------------


def operate(call: Call, kind: str, effect: str, params: Mapping[str, Any]) -> Outcome | tuple[Change, ...]:
    """`effect` (start, pause, resume, stop, update) on the operation of `kind` that `params.control_id` names.

    Returns the changes made, or the 422 (on `control_id`) that refuses the command.
    """
    control_id = params.get("control_id")
    if effect == "start":
        assert isinstance(control_id, str)  # the schema requires it
        existing = call.operations.get(control_id)
        if existing is not None and existing.live:
            return _unprocessable("control_id", f"{control_id!r} is already in use by an active {existing.kind}")
        started = call.operations[control_id] = Operation(kind, control_id, params=dict(params))
        return (OperationStarted(call, started),)
    if control_id is None:  # calling.ai.stop without a control id: every live operation of the kind
        targets = [op for op in call.operations.values() if op.kind == kind and op.live]
    else:
        found = call.operations.get(control_id)
        if found is None or found.kind != kind:
            if kind not in STARTABLE_KINDS:
                return ()  # started by SWML: the mock cannot know it, so it accepts it
            return _unprocessable("control_id", f"{control_id!r} names no {kind} of this call")
        targets = [found]
    changes: list[Change] = []
    for target in targets:
        if effect == "stop":
            if target.live:
                target.end("stop", Ending("command"))
                changes.append(OperationEnded(call, target))
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
        changes.append(OperationUpdated(call, target, effect, params))
    return tuple(changes)


def track(call: Call, kind: str, control_id: str) -> Operation:
    """An operation no REST command starts (an `ai` agent, a fax), tracked on `call` (`add_operation`)."""
    check_kind(kind)
    operation = call.operations[control_id] = Operation(kind, control_id)
    return operation


def check_kind(kind: str) -> None:
    if kind not in OPERATION_KINDS:
        raise ValueError(f"kind must be one of {sorted(OPERATION_KINDS)}")


def finish(call: Call, control_id: str, outcome: str = "finished") -> tuple[Change, ...]:
    """The operation ends by itself (the audio played out, the digits came in) with `outcome` (see `OUTCOMES`);
    KeyError when there is none, ValueError for an outcome its kind does not have."""
    operation = call.operation(control_id)
    allowed = OUTCOMES.get(operation.kind, ("finished",))
    if outcome not in allowed:
        raise ValueError(f"a {operation.kind} ends with one of {', '.join(allowed)}, not {outcome!r}")
    if not operation.live:
        return ()
    operation.end("finish", Ending("test", outcome))
    return (OperationEnded(call, operation),)


def refer(call: Call, params: Mapping[str, Any]) -> tuple[Change, ...]:
    """A SIP REFER: `inProgress`, then the outcome scripted for the call's next refer (`success` by default)."""
    scripted = call.take(lambda item: isinstance(item, Result) and item.kind == "refer")
    outcome = scripted.outcome if isinstance(scripted, Result) else "success"
    return ReferProgressed(call, params, "inProgress"), ReferProgressed(call, params, outcome)
