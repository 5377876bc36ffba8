"""The rules as functions over calls: no `CallingMock`, no lock, no transport (tests/testing/test_rules.py drives
the same rules through the real façade)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from signalwire_calling.testing._http import Request, parse
from signalwire_calling.testing._records import (
    Call,
    CallEnded,
    CallStateChanged,
    CommandAccepted,
    Ending,
    Keys,
    Operation,
    OperationEnded,
    OperationStarted,
    OperationUpdated,
    Outcome,
    ReferProgressed,
    Result,
    now,
)
from signalwire_calling.testing._rules import (
    act,
    apply,
    dial,
    end,
    finish,
    hangup,
    is_authorized,
    new_call,
    operate,
    refuse,
    refuse_call,
    report,
    set_status,
    track,
    unknown_params,
    update,
)

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
TTS = [{"type": "tts", "params": {"text": "Hi"}}]


def request(body: Any, *, method: str = "POST", path: str = "/api/calling/calls", auth: str = "p:t") -> Request:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = [("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())]
    return parse(method, path, headers, content)


def answered(status: str = "answered") -> Call:
    return Call(id=CALL_ID, from_="+15550100001", to="+15550100002", status=status, answered_at=now())


def given(outcome: Outcome | tuple[Any, ...] | None) -> Outcome:
    assert isinstance(outcome, Outcome), outcome
    return outcome


def attributes(outcome: Outcome | tuple[Any, ...] | None) -> list[tuple[str, str]]:
    return [(item["attribute"], item["code"]) for item in given(outcome).answer["errors"]]


# -- refusals: 404, 401, 400, 422 ----------------------------------------------------------------------------


def test_refuse_answers_404_for_another_path_or_method_before_checking_credentials() -> None:
    for refused in (request({}, path="/api/calling/calls/1"), request({}, method="GET")):
        outcome = given(refuse(refused, authorized=False))
        assert (outcome.status, outcome.answer) == (404, {"error": "Not Found"})
    assert given(refuse(request({}, path="/api/calling/calls/?x=1"), authorized=True)).status == 422  # the path


def test_refuse_answers_401_with_a_basic_challenge() -> None:
    outcome = given(refuse(request({"command": "dial"}), authorized=False))
    assert (outcome.status, outcome.answer) == (401, {"error": "Unauthorized"})
    assert outcome.headers == (("WWW-Authenticate", 'Basic realm="SignalWire"'),)


@pytest.mark.parametrize("body", [b"", b"[]", b"null", b"\xff"])
def test_refuse_answers_400_for_a_body_that_is_not_a_json_object(body: bytes) -> None:
    outcome = given(refuse(request(body), authorized=True))
    assert (outcome.status, outcome.answer) == (400, {"error": "Bad Request"})


def test_refuse_answers_422_per_issue_and_lets_unchecked_fields_through() -> None:
    body = {"command": "calling.play", "id": CALL_ID, "params": {"control_id": "c", "play": TTS, "colour": "red"}}
    assert attributes(refuse(request(body), authorized=True)) == [("colour", "invalid_parameter")]
    assert refuse(request(body), authorized=True, unchecked={"colour": "red"}) is None
    del body["params"]["control_id"]
    assert attributes(refuse(request(body), authorized=True, unchecked={"colour": "red"})) == [
        ("control_id", "missing_required_parameter")
    ]


def test_refuse_call_answers_404_for_unknown_or_ended_calls_and_422_for_unanswered_ones() -> None:
    assert given(refuse_call(None, "calling.play")).answer == {"error": "Not Found"}
    assert refuse_call(answered(), "calling.play") is None
    for status in ("ended", "failed", "canceled", "completed"):
        assert given(refuse_call(answered(status), "calling.end")).status == 404
    queued = new_call(from_="+1", to="+2", status="queued")
    assert attributes(refuse_call(queued, "calling.play")) == [("id", "invalid_parameter")]
    assert refuse_call(queued, "update") is None
    assert refuse_call(queued, "calling.end") is None


def test_credentials_must_be_exactly_the_project_and_token() -> None:
    assert is_authorized(request({}, auth="p:t"), "p", "t")
    assert not is_authorized(request({}, auth="p:T"), "p", "t")
    assert not is_authorized(request({}, auth="P:t"), "p", "t")
    assert not is_authorized(parse("POST", "/", [], b"{}"), "p", "t")


def test_unknown_params_lists_what_the_spec_does_not_know() -> None:
    assert unknown_params("calling.play", {"control_id": "c", "play": TTS, "colour": 1}) == {"colour": 1}
    assert unknown_params("update", {"id": CALL_ID, "url": "https://x"}) == {}  # update carries the id in params
    assert unknown_params("calling.play", {"id": CALL_ID}) == {"id": CALL_ID}  # other commands do not
    assert unknown_params("calling.teleport", {"colour": 1}) == {}  # the 422 on `command` says enough
    assert unknown_params(None, {"colour": 1}) == {}


# -- calls -----------------------------------------------------------------------------------------------------


def test_dial_adds_a_call_answered_queued_then_answered_unless_told_not_to() -> None:
    calls: dict[str, Call] = {}
    outcome = dial(calls, {"from": "+15550100001", "to": "sip:bob@example.com", "url": "https://x"})
    (call,) = calls.values()
    assert (outcome.status, outcome.answer["status"], outcome.answer["type"]) == (200, "queued", "relay_sip_call")
    assert (call.status, call.url, call.answered_at is not None) == ("answered", "https://x", True)
    states = [CallStateChanged(call, state) for state in ("created", "ringing", "answered")]
    assert outcome.changes == (CommandAccepted(call, "dial", call.params), *states)
    assert (call.states, call.status_url, call.status_events) == (["created", "ringing", "answered"], None, ("ended",))
    params = {"from": "+1", "to": "webrtc:alice", "status_url": "https://h", "status_events": ["ringing"]}
    unanswered = dial(calls, params, auto_answer=False)
    later = list(calls.values())[1]
    assert [(c.status, c.type) for c in calls.values()][1] == ("queued", "relay_webrtc_call")
    assert [type(change).__name__ for change in unanswered.changes][-1] == "CallStateChanged"
    assert (later.states, later.status_url, later.status_events) == (["created", "ringing"], "https://h", ("ringing",))


def test_each_call_state_is_reported_once() -> None:
    call = answered()
    assert report(call, "ringing") == (CallStateChanged(call, "ringing"),)
    assert report(call, "ringing") == ()
    assert call.states == ["ringing"]


def test_apply_runs_the_rules_in_order_over_a_dict_of_calls() -> None:
    calls: dict[str, Call] = {}
    dial_body = {"command": "dial", "params": {"from": "+1", "to": "+2", "url": "https://x"}}
    call_id = apply(request(dial_body), calls, authorized=True).answer["id"]
    play_body = {"command": "calling.play", "id": call_id.upper(), "params": {"control_id": "c", "play": TTS}}
    played = apply(request(play_body), calls, authorized=True)
    assert (played.status, calls[call_id].operation("c").state) == (200, "active")
    assert attributes(apply(request(play_body), calls, authorized=True)) == [("control_id", "invalid_parameter")]
    unknown = apply(request({"command": "calling.end", "id": CALL_ID, "params": {}}), calls, authorized=True)
    assert unknown.status == 404
    refused = apply(request({"command": "calling.end", "id": call_id, "params": {}}), calls, authorized=False)
    assert (refused.status, calls[call_id].status) == (401, "answered")


def test_end_ends_the_call_and_finishes_its_live_operations_in_order() -> None:
    call = answered()
    playing, done = Operation("play", "p"), Operation("record", "r", state="finished")
    call.operations.update(p=playing, r=done)
    changes = end(call, "ended", "busy")
    assert (call.status, call.end_reason, call.end_source, call.ended_at is not None) == ("ended", "busy", "none", True)
    assert changes == (
        CallStateChanged(call, "ending"),
        CallEnded(call),
        OperationEnded(call, playing),
        CallStateChanged(call, "ended"),
    )
    assert (playing.state, playing.effects, done.effects) == ("finished", ["start", "finish"], ["start"])
    assert playing.ending == Ending("call")
    assert playing.ended_at is not None


def test_a_hangup_is_the_far_end_ending_the_call() -> None:
    dialed, inbound = answered(), new_call(from_="+1", to="+2")
    assert hangup(dialed, "busy")[-1] == CallStateChanged(dialed, "ended")
    hangup(inbound, "hangup", None)
    assert [(c.end_reason, c.end_source) for c in (dialed, inbound)] == [("busy", "outbound"), ("hangup", "inbound")]
    hangup(call := answered(), "hangup", "none")
    assert call.end_source == "none"
    with pytest.raises(ValueError, match="already ended"):
        hangup(call, "hangup")


def test_calling_end_answers_ending_with_a_duration() -> None:
    call = answered()
    outcome = act(call, "calling.end", {"reason": "hangup"})
    assert (outcome.answer["status"], call.status, call.end_reason) == ("ending", "ended", "hangup")
    assert outcome.answer["duration_ms"] is not None
    assert outcome.changes == (
        CommandAccepted(call, "calling.end", {"reason": "hangup"}),
        CallStateChanged(call, "ending"),
        CallEnded(call),
        CallStateChanged(call, "ended"),
    )


def test_update_sets_the_url_and_completes_or_cancels() -> None:
    call = answered()
    assert update(call, {"url": "https://next", "status_url": "https://events"}).answer["status"] == "answered"
    assert (call.url, call.status_url) == ("https://next", "https://events")
    assert update(call, {"status": "canceled"}).answer["status"] == "answered"  # ignored once answered
    assert call.status == "answered"
    completed = update(call, {"status": "completed"})
    assert (completed.answer["status"], call.status, call.end_reason) == ("ending", "ended", "completed")
    queued = new_call(from_="+1", to="+2", status="queued")
    assert update(queued, {"status": "canceled"}).answer["status"] == "canceled"
    assert (queued.status, queued.end_reason) == ("canceled", "canceled")


def test_set_status_moves_a_live_call_and_refuses_an_ended_one() -> None:
    call = new_call(from_="+1", to="+2", status="ringing")
    assert set_status(call, "answered") == (CallStateChanged(call, "answered"),)
    assert set_status(call, "answered") == ()  # reported already
    assert call.answered_at is not None
    assert set_status(call, "queued") == (CallStateChanged(call, "created"),)
    assert set_status(call, "failed") == (
        CallStateChanged(call, "ending"),
        CallEnded(call),
        CallStateChanged(call, "ended"),
    )
    with pytest.raises(ValueError, match="already ended"):
        set_status(call, "answered")
    with pytest.raises(ValueError, match="status must be one of"):
        set_status(answered(), "on-hold")


def test_new_call_checks_what_the_spec_allows() -> None:
    call = new_call(from_="+1", to="sips:desk@example.com", status="completed")
    assert (call.direction, call.type, call.ended, call.ended_at is not None) == (
        "inbound",
        "relay_sip_call",
        True,
        True,
    )
    with pytest.raises(ValueError, match="direction"):
        new_call(from_="+1", to="+2", direction="sideways")
    with pytest.raises(ValueError, match="call_type"):
        new_call(from_="+1", to="+2", call_type="carrier_pigeon")


# -- operations ------------------------------------------------------------------------------------------------


def test_operate_starts_an_operation_and_refuses_a_live_control_id() -> None:
    call = answered()
    changes = operate(call, "play", "start", {"control_id": "c", "play": TTS})
    operation = call.operation("c")
    assert changes == (OperationStarted(call, operation),)
    assert (operation.kind, operation.params["play"]) == ("play", TTS)
    refused = given(operate(call, "record", "start", {"control_id": "c"}))
    assert refused.answer["errors"][0]["message"] == "control_id 'c' is already in use by an active play"
    operation.state = "finished"
    assert isinstance(operate(call, "record", "start", {"control_id": "c"}), tuple)  # a finished id is reused
    assert call.operation("c").kind == "record"


def test_operate_pauses_resumes_updates_and_stops_idempotently() -> None:
    call = answered()
    operate(call, "play", "start", {"control_id": "c", "volume": 1})
    operation = call.operation("c")
    pause = {"control_id": "c"}
    assert operate(call, "play", "pause", pause) == (OperationUpdated(call, operation, "pause", pause),)
    assert operate(call, "play", "pause", pause) == (OperationUpdated(call, operation, "pause", pause),)
    volume = {"control_id": "c", "volume": -2}
    assert operate(call, "play", "update", volume) == (OperationUpdated(call, operation, "update", volume),)
    assert operate(call, "play", "resume", pause) == (OperationUpdated(call, operation, "resume", pause),)
    assert (operation.state, operation.params["volume"]) == ("active", -2)
    assert operate(call, "play", "stop", {"control_id": "c"}) == (OperationEnded(call, operation),)
    assert operate(call, "play", "stop", {"control_id": "c"}) == ()  # stopped already: accepted, nothing changes
    assert operation.effects == ["start", "pause", "pause", "update", "resume", "stop"]
    assert operation.ending == Ending("command")
    assert "has finished" in given(operate(call, "play", "pause", {"control_id": "c"})).answer["errors"][0]["message"]


def test_operate_refuses_a_control_id_of_no_operation_of_the_kind() -> None:
    call = answered()
    operate(call, "play", "start", {"control_id": "c"})
    for kind, control_id in (("record", "c"), ("play", "other")):
        refused = given(operate(call, kind, "stop", {"control_id": control_id}))
        assert refused.answer["errors"][0]["message"] == f"control_id {control_id!r} names no {kind} of this call"


def test_operations_only_swml_starts_are_accepted_unknown_and_stopped_when_tracked() -> None:
    call = answered()
    assert operate(call, "send_fax", "stop", {"control_id": "never-seen"}) == ()
    first, second = track(call, "ai", "a"), track(call, "ai", "b")
    changes = operate(call, "ai", "stop", {})  # no control id: every live ai operation
    assert changes == (OperationEnded(call, first), OperationEnded(call, second))
    with pytest.raises(ValueError, match="kind must be one of"):
        track(call, "juggle", "j")


def test_finish_ends_a_live_operation_once() -> None:
    call = answered()
    operation = track(call, "ai", "a")
    assert finish(call, "a") == (OperationEnded(call, operation),)
    assert finish(call, "a") == ()
    assert (operation.effects, operation.ending) == (["start", "finish"], Ending("test"))
    with pytest.raises(KeyError):
        finish(call, "missing")


def test_finish_takes_an_outcome_the_kind_has() -> None:
    call = answered()
    operate(call, "record", "start", {"control_id": "r", "record": {"audio": {}}})
    with pytest.raises(ValueError, match="a record ends with one of finished, no_input, error, not 'busy'"):
        finish(call, "r", "busy")
    finish(call, "r", "no_input")
    assert call.operation("r").ending == Ending("test", "no_input")


def test_a_refer_reports_in_progress_then_its_scripted_outcome_or_success() -> None:
    call = answered()
    params = {"device": {"type": "sip", "params": {"to": "sip:desk@example.com"}}}
    call.scripted += [Keys("1"), Result("refer", "busy")]
    assert act(call, "calling.refer", params).changes[1:] == (
        ReferProgressed(call, params, "inProgress"),
        ReferProgressed(call, params, "busy"),
    )
    assert call.scripted == [Keys("1")]  # what a collect takes stays
    assert act(call, "calling.refer", params).changes[-1] == ReferProgressed(call, params, "success")
