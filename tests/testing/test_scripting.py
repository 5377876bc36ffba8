"""The far end and the clock through `CallingMock` itself: what its scripting methods and settings do to calls, to
their operations and to the events it sends (to a loopback sink; the router's side:
tests/events/test_mock_events_loop.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from signalwire_calling.testing import CallingMock
from tests.support.mock import eventually, sink, tts

PROJECT = "4d0d6f16-5881-4fcc-92a4-02c51a91954d"
SWML: dict[str, Any] = {"version": "1.0.0", "sections": {"main": []}}


@pytest.fixture
def url() -> Iterator[str]:
    with sink() as base:
        yield f"{base}/events"


def states(mock: CallingMock, count: int) -> list[str]:
    return [d.payload["params"]["call_state"] for d in mock.wait_for_deliveries(count) if d.kind == "callStateCallback"]


def test_without_a_signing_key_operations_stay_active_as_before_unless_auto_finish() -> None:
    quiet = CallingMock()
    with quiet.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        play = call.play(play=tts())
    assert quiet.call(call.id).operation(play.control_id).state == "active"
    timed = CallingMock(auto_finish=True)  # operations end by themselves, though no event is sent
    with timed.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        play = call.play(play=tts())
    operation = timed.call(call.id).operation(play.control_id)
    assert (operation.state, operation.ending.by if operation.ending else None) == ("finished", "timer")
    assert timed.deliveries == []


def test_a_signing_key_turns_auto_finish_on_unless_told_otherwise(url: str) -> None:
    manual = CallingMock(signing_key="k", auto_finish=False)
    with manual.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        play = call.play(play=tts(), status_url=url)
    assert manual.call(call.id).operation(play.control_id).live
    assert [d.payload["params"]["state"] for d in manual.wait_for_deliveries(1)] == ["playing"]


def test_a_timer_ends_an_operation_and_its_event_goes_out(url: str) -> None:
    mock = CallingMock(PROJECT, signing_key="k", play_duration=3, time_scale=0.01)
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        play = call.play(play=tts(), status_url=url)
    played = mock.wait_for_deliveries(2)
    assert [d.payload["params"]["state"] for d in played] == ["playing", "finished"]
    assert mock.call(call.id).operation(play.control_id).ending.by == "timer"  # type: ignore[union-attr]
    assert mock._timers.pending == 0


def test_reset_and_the_calls_end_cancel_the_timers() -> None:
    mock = CallingMock(auto_finish=True, play_duration=600)
    with mock.client() as client:
        first = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        first.play(play=tts())
        second = client.calling.dial(from_="+15550100001", to="+15550100003", swml=SWML)
        second.play(play=tts())
        second.detect(detect={"type": "fax", "params": {}})
        assert mock._timers.pending == 3
        mock.hangup(first.id)
        assert mock._timers.pending == 2
        mock.reset()
    assert mock._timers.pending == 0
    assert mock.calls == {}


def test_a_paused_play_does_not_finish_until_resumed() -> None:
    mock = CallingMock(auto_finish=True, play_duration=200, time_scale=0.01)  # 2 s
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
        play = call.play(play=tts())
        play.pause()
        paused = mock.call(call.id).operation(play.control_id)
        assert mock._timers._paused  # its timer waits, paused
        play.resume()
    eventually(lambda: not paused.live, "the resumed play's end")
    assert paused.effects == ["start", "pause", "resume", "finish"]


def test_without_auto_answer_answered_comes_when_the_far_end_answers(url: str) -> None:
    mock = CallingMock(PROJECT, signing_key="k", auto_answer=False)
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML, status_url=url,
                                   status_events=["created", "ringing", "answered", "ended"])  # fmt: skip
        assert states(mock, 2) == ["created", "ringing"]
        mock.answer(call.id)
        assert states(mock, 3) == ["created", "ringing", "answered"]
        client.calling.update(call.id, swml=SWML, status="completed")
    assert states(mock, 5) == ["created", "ringing", "answered", "ending", "ended"]
    assert mock.call(call.id).states == ["created", "ringing", "answered", "ending", "ended"]
    ended = mock.deliveries[-1].payload["params"]
    assert (ended["end_reason"], ended["end_source"]) == ("hangup", "none")  # update completed: a command


def test_only_the_states_asked_for_go_out_and_update_can_move_them(url: str) -> None:
    mock = CallingMock(PROJECT, signing_key="k")
    with mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML, status_url=url)  # default
        client.calling.update(call.id, swml=SWML, status_url=f"{url}?moved=1")
        mock.hangup(call.id, "busy", source="inbound")
    ending, ended = mock.wait_for_deliveries(2)
    assert [d.payload["params"]["call_state"] for d in (ending, ended)] == ["ending", "ended"]
    assert ended.url == f"{url}?moved=1"
    assert (ended.payload["params"]["end_reason"], ended.payload["params"]["end_source"]) == ("busy", "inbound")
    assert len(mock.deliveries) == 2  # created, ringing and answered were not asked for


def test_scripting_names_a_known_call_and_checks_what_it_is_given() -> None:
    mock = CallingMock()
    with pytest.raises(KeyError):
        mock.press("3fa85f64-5717-4562-b3fc-2c963f66afa6", "1")
    call = mock.add_call()
    with pytest.raises(ValueError, match="DTMF"):
        mock.press(call.id, "x")
    with pytest.raises(ValueError, match="a record ends with one of"):
        mock.outcome(call.id, "record", "busy")
    with pytest.raises(ValueError, match="already ended"):
        mock.hangup(mock.hangup(call.id).id)


@pytest.mark.parametrize(
    "settings", [{"time_scale": 0}, {"play_duration": -1}, {"record_duration": -0.5}], ids=["scale", "play", "record"]
)
def test_the_clock_settings_are_checked(settings: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="must be"):
        CallingMock(**settings)


def test_what_the_caller_does_is_kept_on_the_call_until_an_operation_takes_it() -> None:
    mock = CallingMock()
    call = mock.add_call()
    mock.press(call.id, "1")
    mock.say(call.id, "sales")
    mock.detect(call.id, "HUMAN")
    mock.outcome(call.id, "refer", "busy")
    assert [type(item).__name__ for item in mock.call(call.id).scripted] == ["Keys", "Speech", "Verdict", "Result"]
    with mock.client() as client:
        menu = client.calling.collect(call.id, control_id="m", digits={"max": 1})
    assert str(menu.id) == call.id
    assert mock.call(call.id).operation("m").ending.params == {"digits": "1", "terminator": ""}  # type: ignore[union-attr]
    assert [type(item).__name__ for item in mock.call(call.id).scripted] == ["Speech", "Verdict", "Result"]
