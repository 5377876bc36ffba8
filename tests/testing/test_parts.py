"""The mock's parts on their own, without a `CallingMock`: the request reader, the fault queue, the journal, the
webhooks' reactions and the delivery queue."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from signalwire_calling.testing import _deliveries
from signalwire_calling.testing._deliveries import Deliveries
from signalwire_calling.testing._faults import FaultQueue, after_handling, answer_instead
from signalwire_calling.testing._http import parse, reply
from signalwire_calling.testing._journal import Journal
from signalwire_calling.testing._payloads import Notifier, Sender, custom
from signalwire_calling.testing._records import (
    Call,
    CallEnded,
    CommandAccepted,
    Fault,
    Operation,
    OperationEnded,
    OperationStarted,
    Outcome,
    Outgoing,
    RecordedRequest,
)
from tests.support.mock import sink

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# -- reading a request -----------------------------------------------------------------------------------------


def test_parse_folds_headers_redacts_authorization_and_keeps_the_credentials_out_of_its_repr() -> None:
    headers = [("Accept", "a"), ("accept", "b"), ("Authorization", basic("proj", "s3cret-token"))]
    request = parse("POST", "/api/calling/calls?x=1", headers, b'{"command": "dial", "params": {"from": "+1"}}')
    assert request.path == "/api/calling/calls"
    assert request.headers == {"accept": "a, b", "authorization": "<redacted>"}
    assert (request.credentials, request.project) == (("proj", "s3cret-token"), "proj")
    assert "s3cret-token" not in repr(request)
    assert (request.command, request.call_id, request.params) == ("dial", None, {"from": "+1"})


def test_parse_reads_the_call_id_from_the_body_or_for_update_from_params_in_canonical_form() -> None:
    played = parse("POST", "/", {}, b'{"command": "calling.play", "id": "%s"}' % CALL_ID.upper().encode())
    updated = parse("POST", "/", {}, b'{"command": "update", "id": "x", "params": {"id": "%s"}}' % CALL_ID.encode())
    assert played.call_id == updated.call_id == CALL_ID
    assert parse("POST", "/", {}, b'{"command": "calling.play", "id": "not-a-uuid"}').call_id == "not-a-uuid"


@pytest.mark.parametrize(
    ("body", "data", "is_json"),
    [(b"null", None, True), (b"{", None, False), (b"\xff", None, False), (b"[1]", [1], True)],
)
def test_parse_tells_json_null_from_no_json_and_reads_nothing_else_from_a_non_object(
    body: bytes, data: Any, is_json: bool
) -> None:
    request = parse("POST", "/", {}, body)
    assert (request.data, request.is_json, request.command, request.params, request.call_id) == (
        data,
        is_json,
        None,
        {},
        None,
    )


@pytest.mark.parametrize("value", [None, "", "Bearer x", "Basic !!!", "Basic " + base64.b64encode(b"nocolon").decode()])
def test_parse_reads_no_credentials_from_anything_but_basic_user_colon_password(value: str | None) -> None:
    headers = {} if value is None else {"Authorization": value}
    assert parse("POST", "/", headers, b"{}").credentials is None


def test_reply_encodes_json_adds_the_request_id_and_drops_when_told() -> None:
    refused = Outcome(401, {"error": "Unauthorized"}, headers=(("WWW-Authenticate", "Basic"),))
    recorded = journaled(refused)
    answered = reply(refused, recorded, delay=0.5)
    assert (answered.status, answered.body, answered.delay, answered.drop) == (
        401,
        b'{"error":"Unauthorized"}',
        0.5,
        None,
    )
    assert answered.headers == (
        ("Content-Type", "application/json"),
        ("X-Request-Id", recorded.request_id),
        ("WWW-Authenticate", "Basic"),
    )
    assert reply(Outcome(502, b"<html>"), recorded, delay=0).body == b"<html>"
    assert reply(Outcome(None, None, fault="drop_after_read"), recorded, delay=0).drop == "after_read"
    assert reply(Outcome(None, None, fault="drop_before_read"), recorded, delay=0).drop == "before_read"


# -- the fault queue -------------------------------------------------------------------------------------------


def test_faults_apply_in_order_each_for_its_times_and_command() -> None:
    queue = FaultQueue()
    only_play, twice = Fault(status=500, command="calling.play"), Fault(status=503)
    queue.script(only_play)
    queue.script(twice, times=2)
    assert queue.pending == 3
    assert queue.take("dial") is twice  # the first one waits for a calling.play
    assert queue.take("calling.play") is only_play
    assert queue.take("calling.play") is twice
    assert (queue.take("dial"), queue.pending) == (None, 0)
    queue.script(twice, times=5)
    queue.clear()
    assert (queue.take(None), queue.pending) == (None, 0)
    with pytest.raises(ValueError, match="times must be 1 or more"):
        queue.script(twice, times=0)


def test_a_status_or_a_drop_before_read_answers_instead_of_the_rules() -> None:
    assert answer_instead(None) is None
    assert answer_instead(Fault(delay=1.0)) is None
    assert answer_instead(Fault(drop="after_read")) is None
    assert answer_instead(Fault(drop="before_read", status=500)) == Outcome(None, None, fault="drop_before_read")
    scripted = answer_instead(Fault(status=429, headers={"Retry-After": "0"}))
    assert scripted == Outcome(429, {"error": "Too Many Requests"}, headers=(("Retry-After", "0"),), fault="status")
    assert answer_instead(Fault(status=500, body=b"boom")) == Outcome(500, b"boom", fault="status")


def test_a_drop_after_read_loses_the_answer_but_not_the_changes_and_a_delay_only_names_itself() -> None:
    call = Call(id=CALL_ID, from_="+1", to="+2", status="answered")
    handled = Outcome(200, call.leg(), changes=(CallEnded(call),))
    assert after_handling(None, handled) is handled
    assert after_handling(Fault(drop="after_read"), handled) == Outcome(
        None, None, fault="drop_after_read", changes=(CallEnded(call),)
    )
    assert after_handling(Fault(delay=0.1), handled) == Outcome(200, call.leg(), fault="delay", changes=handled.changes)


# -- the journal -----------------------------------------------------------------------------------------------


def journaled(
    outcome: Outcome | None = None, command: str | None = "calling.play", call_id: str | None = CALL_ID, **params: Any
) -> RecordedRequest:
    return RecordedRequest(
        method="POST",
        path="/api/calling/calls",
        headers={},
        body=b"",
        data=None,
        command=command,
        call_id=call_id,
        params=params,
        project="p",
        authorized=True,
        status=200 if outcome is None else outcome.status,
        answer=None,
        fault=None,
        request_id="r",
    )


def test_the_journal_keeps_requests_in_order_and_matches_them() -> None:
    journal = Journal()
    with pytest.raises(LookupError):
        _ = journal.last
    first = journaled(control_id="a", play=[{"type": "tts"}])
    second = journaled(command="dial", call_id=None, **{"from": "+1"})
    journal.append(first)
    journal.append(second)
    assert (journal.requests, journal.last, len(journal)) == ([first, second], second, 2)
    assert journal.sent("calling.play", call_id=CALL_ID.upper(), control_id="a") == [first]
    assert journal.sent("dial", from_="+1") == [second]  # façade keywords match wire names
    assert journal.sent(call_id="3fa85f64-0000-0000-0000-000000000000") == []
    assert journal.assert_sent("calling.play", times=1) is first
    journal.assert_not_sent("calling.play", control_id="b")
    journal.clear()
    assert journal.requests == []


def test_the_journal_explains_a_failed_assertion_with_its_summary() -> None:
    journal = Journal()
    assert journal.summary() == "nothing"
    journal.append(journaled(control_id="a"))
    journal.append(journaled(Outcome(None, None), command=None, call_id=None))
    assert journal.summary() == "calling.play {'control_id': 'a'} -> 200; POST /api/calling/calls {} -> None"
    with pytest.raises(AssertionError, match=r'expected calling.play \{"call_id": "x"\} sent at least once, found 0'):
        journal.assert_sent("calling.play", call_id="x")
    with pytest.raises(AssertionError, match=r"expected no calling.play \(any params\), found 1; sent: calling.play"):
        journal.assert_not_sent("calling.play")


# -- the webhooks' reactions -----------------------------------------------------------------------------------

SENDER = Sender("project", "space", "Said.")


def test_a_dial_or_update_with_a_url_fetches_the_swml_unless_the_call_ended() -> None:
    call = Call(id=CALL_ID, from_="+1", to="+2", status="answered")
    (fetch,) = Notifier().webhooks([CommandAccepted(call, "dial", {"url": "https://h/swml"})], SENDER)
    assert (fetch.url, fetch.kind, fetch.call_id, fetch.sha256) == (
        "https://h/swml",
        "inboundCallWebhook",
        CALL_ID,
        True,
    )
    assert fetch.payload["call"]["call_state"] == "created"
    assert Notifier().webhooks([CommandAccepted(call, "calling.play", {"url": "https://h"})], SENDER) == []
    call.status = "ended"
    assert Notifier().webhooks([CommandAccepted(call, "update", {"url": "https://h/swml"})], SENDER) == []


def test_a_stream_reports_streaming_then_finished_to_its_status_url_only() -> None:
    call = Call(id=CALL_ID, from_="+1", to="+2", status="answered")
    stream = Operation("stream", "s", params={"url": "wss://a", "status_url": "https://h/status"})
    quiet = Operation("stream", "q", params={"url": "wss://b"})
    changes = [OperationStarted(call, stream), OperationStarted(call, quiet), OperationEnded(call, stream)]
    sent = Notifier().webhooks(changes, SENDER)
    assert [(o.kind, o.payload["params"]["state"], o.sha256) for o in sent] == [
        ("streamStatusCallback", "streaming", False),
        ("streamStatusCallback", "finished", False),
    ]
    assert sent[0].payload["event_channel"] == "swml:space"


def test_an_ended_transcription_reports_its_transcript_or_its_failure() -> None:
    call = Call(id=CALL_ID, from_="+1", to="+2", status="answered")
    transcription = Operation("transcribe", "t", params={"status_url": "https://h/t"})
    assert Notifier().webhooks([OperationStarted(call, transcription)], SENDER) == []
    (done,) = Notifier().webhooks([OperationEnded(call, transcription)], SENDER)
    assert (done.payload["event_type"], done.payload["params"]["text"]) == ("calling.transcript.completed", "Said.")
    (failed,) = Notifier().webhooks([OperationEnded(call, transcription)], Sender("project", "space", None))
    assert failed.payload["event_type"] == "calling.transcript.failed"


def test_a_sidecar_reports_start_then_stop_once_to_the_url_it_was_started_with() -> None:
    call = Call(id=CALL_ID, from_="+1", to="+2", status="answered")
    notifier = Notifier()
    started = notifier.webhooks([CommandAccepted(call, "calling.ai_sidecar", {"url": "https://h/side"})], SENDER)
    ended = notifier.webhooks([CommandAccepted(call, "calling.end", {}), CallEnded(call)], SENDER)
    assert notifier.webhooks([CallEnded(call)], SENDER) == []  # stopped already
    assert [(o.url, o.payload["sidecar_event"]["type"]) for o in started + ended] == [
        ("https://h/side", "start"),
        ("https://h/side", "stop"),
    ]
    notifier.webhooks([CommandAccepted(call, "calling.ai_sidecar", {"url": "https://h/side"})], SENDER)
    notifier.clear()
    assert notifier.webhooks([CommandAccepted(call, "calling.ai_sidecar.stop", {})], SENDER) == []


def test_a_custom_payload_is_copied_and_its_kind_told_by_its_shape() -> None:
    payload: dict[str, Any] = {"event_type": "calling.call.stream", "params": {"state": "streaming"}}
    outgoing = custom("https://h", payload)
    payload["params"]["state"] = "changed"
    assert (outgoing.kind, outgoing.sha256) == ("streamStatusCallback", False)
    assert outgoing.payload["params"]["state"] == "streaming"
    assert custom("https://h", {"call": {}}, sha256=False).sha256 is False


# -- the delivery queue ----------------------------------------------------------------------------------------


def test_deliveries_need_a_signing_key_and_never_show_it() -> None:
    unsigned = Deliveries(None, 1.0, on_swml=lambda call_id, swml: None)
    with pytest.raises(ValueError, match="signing_key"):
        unsigned.send(Outgoing("http://127.0.0.1:9/x", "streamStatusCallback", {}, None))
    assert unsigned.pending == 0
    signed = Deliveries("s3cret-key", 1.0, on_swml=lambda call_id, swml: None)
    assert "s3cret-key" not in repr(signed)
    assert repr(signed) == "Deliveries(done=0, pending=0)"


def test_past_its_bound_the_delivery_queue_journals_a_webhook_as_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_deliveries, "MAX_QUEUED", 2)
    queue = Deliveries("key", 1.0, on_swml=lambda call_id, swml: None)
    with sink() as url:
        with queue._cond:  # the delivery thread cannot take any before all three are sent
            for state in ("one", "two", "three"):
                queue.send(Outgoing(f"{url}/status", "streamStatusCallback", {"state": state}, None))
            (refused,) = queue.done
        assert (refused.payload, refused.status, refused.headers) == ({"state": "three"}, None, {})
        assert refused.error == "not sent: 2 webhooks were waiting already"
        delivered = queue.wait(3)[1:]
    assert [(d.payload["state"], d.status) for d in delivered] == [("one", 204), ("two", 204)]


def test_the_delivery_journal_keeps_the_latest_attempts_and_wait_counts_them_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_deliveries, "MAX_QUEUED", 0)  # each one is journaled at once, unsent
    monkeypatch.setattr(_deliveries, "MAX_JOURNALED", 2)
    queue = Deliveries("key", 1.0, on_swml=lambda call_id, swml: None)
    for number in range(3):
        queue.send(Outgoing("http://127.0.0.1:9/x", "streamStatusCallback", {"n": number}, None))
    assert [d.payload["n"] for d in queue.wait(3, timeout=0)] == [1, 2]
    queue.clear()
    with pytest.raises(AssertionError, match="0 over"):
        queue.wait(1, timeout=0)
