"""The status events the mock sends: each payload builder and reaction on its own, then the contract: every kind of
event a scenario through `CallingMock` makes it send validates against the vendor's `CallingStatusCallback` and
parses to its model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import attrs
import pytest

from signalwire_calling import webhooks
from signalwire_calling._event_table import EVENTS
from signalwire_calling.testing import CallingMock
from signalwire_calling.testing._payloads import Notifier
from signalwire_calling.testing._records import (
    Call,
    CallStateChanged,
    Change,
    Ending,
    Operation,
    OperationEnded,
    OperationProgressed,
    OperationStarted,
    OperationUpdated,
    ReferProgressed,
    Sender,
    now,
)
from signalwire_calling.testing._status_events import RECORDING_URL, call_state, collect_result, record_status
from tests.support import vendor_events
from tests.support.mock import eventually, sink

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PROJECT = "4d0d6f16-5881-4fcc-92a4-02c51a91954d"
SENDER = Sender(PROJECT, "451ed9ff-e568-4222-8af9-4f9ab7428d09")
URL = "https://hooks.example.com/events"


def answered(**fields: Any) -> Call:
    return Call(id=CALL_ID, from_="+15550100001", to="+15550100002", status="answered", answered_at=now(), **fields)


def sent(*changes: Change) -> list[dict[str, Any]]:
    """The payloads the mock sends for `changes`, each checked against the vendor schema."""
    payloads = [outgoing.payload for outgoing in Notifier().webhooks(changes, SENDER)]
    for payload in payloads:
        assert vendor_events.errors(payload) == [], payload
    return payloads


def ended(call: Call, operation: Operation, ending: Ending) -> OperationEnded:
    operation.end("finish", ending)
    return OperationEnded(call, operation)


# -- call state ------------------------------------------------------------------------------------------------


def test_call_states_go_to_the_status_url_for_the_states_asked_with_ending_going_with_ended() -> None:
    call = answered(status_url=URL, status_events=("answered", "ended"))
    changes = [CallStateChanged(call, state) for state in ("created", "ringing", "answered", "ending", "ended")]
    assert [payload["params"]["call_state"] for payload in sent(*changes)] == ["answered", "ending", "ended"]
    assert sent(*[CallStateChanged(answered(), "ended")]) == []  # no status_url: nothing


def test_a_call_state_says_its_times_in_milliseconds_and_why_it_ended() -> None:
    call = answered(status_url=URL, params={"from": "+15550100001"}, end_reason="completed", end_source="none")
    call.created_at = call.answered_at - timedelta(seconds=2)  # type: ignore[operator]
    call.ended_at = call.answered_at + timedelta(seconds=3)  # type: ignore[operator]
    early, final = call_state(call, "created", SENDER)["params"], call_state(call, "ended", SENDER)["params"]
    assert (early["answer_time"], early["end_time"]) == (0, 0)
    assert "end_reason" not in early
    assert final["end_time"] - final["answer_time"] == 3000
    assert final["answer_time"] - final["start_time"] == 2000
    assert (final["end_reason"], final["end_source"], final["created_by"]) == ("hangup", "none", "dial")
    assert final["device"] == {"type": "phone", "params": {"from_number": "+15550100001", "to_number": "+15550100002"}}


@pytest.mark.parametrize(
    ("call_type", "direction", "device", "shown"),
    [("relay_sip_call", "inbound", "sip", "inbound"), ("relay_webrtc_call", "outbound-api", "webrtc", "outbound")],
)
def test_a_call_states_device_and_direction_follow_the_call(
    call_type: str, direction: str, device: str, shown: str
) -> None:
    params = call_state(answered(type=call_type, direction=direction), "answered", SENDER)["params"]
    assert (params["device"]["type"], params["direction"]) == (device, shown)
    assert params["device"]["params"] == {"from": "+15550100001", "to": "+15550100002"}


@pytest.mark.parametrize(("reason", "shown"), [("canceled", "cancel"), ("failed", "error"), ("busy", "busy")])
def test_end_reasons_of_statuses_read_as_signalwires(reason: str, shown: str) -> None:
    assert call_state(answered(end_reason=reason), "ending", SENDER)["params"]["end_reason"] == shown


# -- operations ------------------------------------------------------------------------------------------------


def test_a_play_reports_playing_paused_playing_then_its_end() -> None:
    call = answered()
    play = Operation("play", "p", params={"status_url": URL})
    changes = [
        OperationStarted(call, play),
        OperationUpdated(call, play, "pause"),
        OperationUpdated(call, play, "update"),  # volume: no event
        OperationUpdated(call, play, "resume"),
        ended(call, play, Ending("input", "error")),
    ]
    assert [p["params"]["state"] for p in sent(*changes)] == ["playing", "paused", "playing", "error"]
    assert sent(OperationStarted(call, Operation("play", "q"))) == []  # no status_url: nothing


def test_a_finished_recording_carries_its_file_and_a_paused_one_its_behaviour() -> None:
    call = answered()
    audio = {"format": "wav", "stereo": True, "direction": "both"}
    recording = Operation("record", "r", params={"status_url": URL, "record": {"audio": audio}, "behavior": "silence"})
    assert record_status(call, recording, "paused", SENDER)["params"]["pause_behavior"] == "silence"
    recording.end("stop", Ending("command"))
    recording.started_at = recording.ended_at - timedelta(seconds=2.5)  # type: ignore[operator]
    params = record_status(call, recording, "finished", SENDER)["params"]
    assert params["url"] == RECORDING_URL.format(id=params["recording_id"])
    assert (params["duration"], params["size"]) == (2.5, 80_000)  # 16 kB/s, twice for stereo
    assert params["end_time"] - params["start_time"] == pytest.approx(2.5)
    assert params["record"] == {"audio": audio}
    scaled = record_status(call, recording, "finished", attrs.evolve(SENDER, time_scale=0.01))["params"]
    assert (scaled["duration"], scaled["size"]) == (250.0, 8_000_000)  # 2.5 real seconds are 250 of the call's
    assert scaled["end_time"] - scaled["start_time"] == pytest.approx(250.0)
    (no_input,) = sent(ended(call, Operation("record", "n", params={"status_url": URL}), Ending("input", "no_input")))
    assert no_input["params"]["state"] == "no_input"
    assert "url" not in no_input["params"]


@pytest.mark.parametrize(
    ("params", "ending", "expected"),
    [
        ({}, Ending("input", "digit", {"digits": "1", "terminator": "#"}),
         {"result": {"type": "digit", "params": {"digits": "1", "terminator": "#"}}}),
        ({"partial_results": True}, Ending("timer", "no_input"), {"result": {"type": "no_input"}, "final": True}),
        ({"continuous": True}, Ending("command"), {"result": {"type": "finished"}, "state": "finished"}),
        ({"continuous": True}, Ending("test", "error"), {"result": {"type": "error"}, "state": "error"}),
    ],
)  # fmt: skip
def test_a_collects_end_reports_its_result(params: dict[str, Any], ending: Ending, expected: dict[str, Any]) -> None:
    collect = Operation("collect", "c", params={"status_url": URL, **params})
    collect.end("finish", ending)
    assert collect_result(collect) == expected


def test_a_collect_reports_its_progress_and_nothing_when_the_call_ends_it() -> None:
    call = answered()
    collect = Operation("collect", "c", params={"status_url": URL, "send_start_of_input": True})
    (start,) = sent(
        OperationStarted(call, collect), OperationProgressed(call, collect, {"result": {"type": "start_of_input"}})
    )
    assert start["params"] == {"call_id": CALL_ID, "node_id": start["params"]["node_id"], "control_id": "c",
                               "result": {"type": "start_of_input"}}  # fmt: skip
    assert sent(ended(call, collect, Ending("call"))) == []


@pytest.mark.parametrize(
    ("ending", "events"),
    [
        (Ending("input", "MACHINE", {"beep": True}), [{"event": "MACHINE", "beep": True}, {"event": "finished"}]),
        (Ending("timer", "HUMAN"), [{"event": "HUMAN"}, {"event": "finished"}]),
        (Ending("timer", "finished"), [{"event": "finished"}]),
        (Ending("test", "error"), [{"event": "error"}]),
        (Ending("command"), [{"event": "finished"}]),
        (Ending("call"), [{"event": "finished"}]),
    ],
)
def test_a_detector_reports_its_verdict_then_finished(ending: Ending, events: list[dict[str, Any]]) -> None:
    call = answered()
    detector = Operation("detect", "d", params={"status_url": URL, "detect": {"type": "machine", "params": {}}})
    payloads = sent(ended(call, detector, ending))
    assert [p["params"]["detect"] for p in payloads] == [{"type": "machine", "params": event} for event in events]


def test_a_tap_reports_tapping_then_finished_with_its_tap_and_device() -> None:
    call = answered()
    device = {"type": "ws", "params": {"uri": "wss://example.com/tap"}}
    tap = Operation("tap", "t", params={"status_url": URL, "tap": {"type": "audio", "params": {"direction": "both"}},
                                        "device": device})  # fmt: skip
    started, done = sent(OperationStarted(call, tap), ended(call, tap, Ending("call")))
    assert [p["params"]["state"] for p in (started, done)] == ["tapping", "finished"]
    assert started["params"]["device"] == device
    assert started["params"]["tap"] == {"type": "audio", "params": {"direction": "both"}}


def test_a_refer_reports_its_progress_with_sip_codes() -> None:
    call = answered()
    params = {"status_url": URL, "device": {"type": "sip", "params": {"to": "sip:desk@example.com"}}}
    states = [ReferProgressed(call, params, state) for state in ("inProgress", "busy")]
    progress, busy = (payload["params"] for payload in sent(*states))
    assert (progress["state"], progress["sip_refer_to"], progress["sip_refer_response_code"]) == (
        "inProgress",
        "sip:desk@example.com",
        "202",
    )
    assert "sip_notify_response_code" not in progress
    assert (busy["state"], busy["sip_notify_response_code"]) == ("busy", "486")
    assert sent(ReferProgressed(call, {"device": params["device"]}, "success")) == []


# -- the contract: everything a scenario makes the mock send ---------------------------------------------------


@pytest.fixture
def url() -> Iterator[str]:
    with sink() as base:
        yield f"{base}/events"


def run_scenario(mock: CallingMock, url: str) -> None:
    """Every event kind the mock sends, each variant at least once: 38 deliveries."""
    tts = [{"type": "tts", "params": {"text": "Hi"}}]
    with mock.client(status_url=url) as client:
        call = client.calling.dial(from_="+15550100001", to="sip:bob@example.com", swml={"sections": {"main": []}})
        call.play(play=tts)  # playing, finished at once
        mock.play_duration = 1000  # 10 s: the outcome below ends it first
        play = call.play(play=tts)
        play.pause()
        play.resume()
        mock.outcome(call.id, "play", "error")
        mock.press(call.id, "12#")
        call.collect(digits={"max": 4, "terminators": "#"}, send_start_of_input=True)
        mock.say(call.id, "sales please", confidence=83.2)
        call.collect(speech={}, partial_results=True)
        mock.say(call.id, "one")
        call.collect(speech={}, digits={"max": 1}, continuous=True).stop()
        mock.outcome(call.id, "collect", "no_match")
        call.collect(speech={})
        silent = call.collect(digits={"max": 1}, start_input_timers=True, initial_timeout=1)
        eventually(lambda: not mock.call(call.id).operation(silent.control_id).live, "no input")  # in 10 ms
        recording = call.record(record={"audio": {"format": "mp3"}})
        recording.pause(behavior="silence")
        recording.resume()
        recording.stop()
        mock.outcome(call.id, "record", "no_input")
        call.record(record={"audio": {}})
        mock.detect(call.id, "MACHINE", beep=True)
        call.detect(detect={"type": "machine", "params": {}})
        fax = call.detect(detect={"type": "fax", "params": {}}, timeout=1)
        eventually(lambda: not mock.call(call.id).operation(fax.control_id).live, "the fax detector")
        call.detect(detect={"type": "digit"}).stop()
        call.tap(tap={"type": "audio", "params": {"direction": "both"}},
                 device={"type": "rtp", "params": {"addr": "198.51.100.42", "port": 5060}})  # fmt: skip
        call.stream(url="wss://example.com/stream", name="s")
        call.transcribe()
        mock.outcome(call.id, "refer", "noAnswer")
        call.refer(device={"type": "sip", "params": {"to": "sip:desk@example.com"}})
        call.refer(device={"type": "sip", "params": {"to": "sip:desk@example.com"}})
        mock.hangup(call.id, "busy")


def test_every_event_the_mock_sends_validates_against_the_vendor_schema_and_parses_to_its_model(url: str) -> None:
    mock = CallingMock(PROJECT, signing_key="contract-key", time_scale=0.01)
    run_scenario(mock, url)
    deliveries = mock.wait_for_deliveries(38, timeout=10)
    eventually(lambda: mock._deliveries.pending == 0, "the deliveries")
    kinds: Counter[str] = Counter()
    for delivery in mock.deliveries:
        assert delivery.ok, delivery.error
        assert "X-Signalwire-SHA256-Signature" not in delivery.headers  # status callbacks: SHA-1 only
        assert vendor_events.errors(delivery.payload) == [], delivery.payload
        event = webhooks.parse(delivery.body)
        assert type(event).__name__ == EVENTS[delivery.payload["event_type"]].model
        kinds[variant(delivery.payload)] += 1
    assert len(mock.deliveries) == len(deliveries) == 38
    assert set(kinds) == EXPECTED, sorted(set(kinds) ^ EXPECTED)


def variant(payload: dict[str, Any]) -> str:
    """The event type and what tells its variants apart (a state, a result type, a detector event)."""
    params = payload["params"]
    detail = (
        params.get("call_state")
        or (params.get("result") or {}).get("type")
        or (params.get("detect") or {}).get("params", {}).get("event")
        or params.get("state")
        or ""
    )
    extra = "/final" if params.get("final") is False else "/collecting" if params.get("state") == "collecting" else ""
    return f"{payload['event_type']}:{detail}{extra}"


EXPECTED = {
    *(f"calling.call.state:{state}" for state in ("created", "ringing", "answered", "ending", "ended")),
    *(f"calling.call.play:{state}" for state in ("playing", "paused", "finished", "error")),
    "calling.call.collect:start_of_input",
    *(f"calling.call.collect:{kind}" for kind in ("digit", "speech", "no_match", "no_input", "finished")),
    "calling.call.collect:speech/final",
    "calling.call.collect:speech/collecting",
    *(f"calling.call.record:{state}" for state in ("recording", "paused", "finished", "no_input")),
    *(f"calling.call.detect:{event}" for event in ("MACHINE", "finished")),
    *(f"calling.call.tap:{state}" for state in ("tapping", "finished")),
    *(f"calling.call.stream:{state}" for state in ("streaming", "finished")),
    *(f"calling.call.refer:{state}" for state in ("inProgress", "noAnswer", "success")),
    "calling.transcript.completed:",
}
