"""A call's media as functions over calls (`_media`): scripted input, verdicts and outcomes, what changes cause at
once, and what timers are planned and do. No `CallingMock`, no thread, no clock."""

from __future__ import annotations

from typing import Any

import pytest

from signalwire_calling.testing._media import (
    DEFAULT_DIGIT_TIMEOUT,
    MAX_PARTIALS,
    Timing,
    detect,
    fire,
    follow,
    outcome,
    press,
    say,
)
from signalwire_calling.testing._records import (
    MAX_SCRIPTED,
    Call,
    CallEnded,
    Change,
    Ending,
    Keys,
    Operation,
    OperationEnded,
    OperationProgressed,
    OperationStarted,
    OperationUpdated,
    Result,
    Speech,
    Verdict,
    now,
)
from signalwire_calling.testing._rules import operate
from signalwire_calling.testing._timers import Plan

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
AUTO = Timing(auto_finish=True)
MANUAL = Timing()


def answered() -> Call:
    return Call(id=CALL_ID, from_="+15550100001", to="+15550100002", status="answered", answered_at=now())


def start(call: Call, kind: str, timing: Timing = MANUAL, **params: Any) -> tuple[tuple[Change, ...], tuple[Plan, ...]]:
    """`kind` started on `call` as its command starts it, followed by what that causes."""
    started = operate(call, kind, "start", {"control_id": kind, **params})
    assert isinstance(started, tuple)
    return follow(started, timing)


def collect(call: Call, timing: Timing = MANUAL, **params: Any) -> Operation:
    start(call, "collect", timing, **params)
    return call.operation("collect")


def result(operation: Operation) -> tuple[str, dict[str, Any]] | None:
    return None if operation.ending is None else (operation.ending.outcome, dict(operation.ending.params))


def progress(changes: tuple[Change, ...]) -> list[dict[str, Any]]:
    return [dict(change.params) for change in changes if isinstance(change, OperationProgressed)]


# -- keys ------------------------------------------------------------------------------------------------------


def test_keys_up_to_a_terminator_are_the_digits_and_the_rest_wait_for_the_next_collect() -> None:
    call = answered()
    menu = collect(call, digits={"max": 8, "terminators": "#*"})
    assert press(call, "12#9") == (OperationEnded(call, menu),)
    assert result(menu) == ("digit", {"digits": "12", "terminator": "#"})
    assert menu.ending is not None
    assert menu.ending.by == "input"
    assert call.scripted == [Keys("9")]  # type-ahead
    second = collect(call, digits={"max": 1})
    assert result(second) == ("digit", {"digits": "9", "terminator": ""})
    assert call.scripted == []


def test_digits_max_ends_the_entry_without_a_terminator() -> None:
    call = answered()
    pin = collect(call, digits={"max": 4, "terminators": "#"})
    press(call, "12")
    assert pin.live
    assert pin.typed == "12"
    press(call, "345")
    assert result(pin) == ("digit", {"digits": "1234", "terminator": ""})
    assert call.scripted == [Keys("5")]


def test_input_scripted_before_the_collect_starts_is_taken_in_order_when_it_starts() -> None:
    call = answered()
    assert press(call, "1") == ()
    assert say(call, "sales", confidence=71.5) == ()
    assert call.scripted == [Keys("1"), Speech("sales", 71.5)]
    changes, _ = start(call, "collect", digits={"max": 1})
    menu = call.operation("collect")
    assert changes == (OperationStarted(call, menu), OperationEnded(call, menu))
    assert result(menu) == ("digit", {"digits": "1", "terminator": ""})
    spoken = collect(call, speech={})
    assert result(spoken) == ("speech", {"text": "sales", "confidence": 71.5})


def test_input_a_collect_does_not_take_ends_it_with_no_match() -> None:
    call = answered()
    spoken = collect(call, speech={})
    press(call, "1")
    assert result(spoken) == ("no_match", {})
    call = answered()
    keys = collect(call, digits={"max": 2})
    say(call, "two")
    assert result(keys) == ("no_match", {})


def test_entry_that_stops_short_arms_the_digit_timer_which_ends_it_with_what_was_typed() -> None:
    call = answered()
    pin = collect(call, AUTO, digits={"max": 4, "digit_timeout": 2})
    done, plans = follow(press(call, "12"), Timing(auto_finish=True, time_scale=0.5))
    assert done == (OperationUpdated(call, pin, "input"),)
    assert plans == (Plan("cancel", CALL_ID, "collect", "no_input"), Plan("arm", CALL_ID, "collect", "digits", 1.0))
    assert fire(call, "collect", "digits") == (OperationEnded(call, pin),)
    assert result(pin) == ("digit", {"digits": "12", "terminator": ""})
    assert pin.ending == Ending("timer", "digit", {"digits": "12", "terminator": ""})


def test_keys_scripted_ahead_that_stop_short_arm_the_default_digit_timer_when_the_collect_starts() -> None:
    call = answered()
    press(call, "1")
    _, plans = start(call, "collect", AUTO, digits={"max": 3})
    digits = Plan("arm", CALL_ID, "collect", "digits", DEFAULT_DIGIT_TIMEOUT)
    assert plans == (Plan("cancel", CALL_ID, "collect", "no_input"), digits)
    assert call.operation("collect").typed == "1"


def test_with_no_live_collect_a_terminator_ends_a_live_recording() -> None:
    call = answered()
    start(call, "record", record={"audio": {"terminators": "*"}})
    recording = call.operation("record")
    assert press(call, "1#") == ()  # no terminator of this recording: kept for a collect
    assert recording.live
    assert press(call, "2*3") == (OperationEnded(call, recording),)
    assert recording.ending == Ending("input")
    assert call.scripted == [Keys("1#"), Keys("3")]


@pytest.mark.parametrize("keys", ["", "12x", "1 2"])
def test_keys_are_dtmf(keys: str) -> None:
    with pytest.raises(ValueError, match="DTMF"):
        press(answered(), keys)


# -- speech, start of input, partial and continuous results ---------------------------------------------------


def test_start_of_input_comes_once_before_the_first_input() -> None:
    call = answered()
    menu = collect(call, digits={"max": 2}, send_start_of_input=True)
    first = press(call, "1")
    assert progress(first) == [{"result": {"type": "start_of_input"}}]
    assert progress(press(call, "2")) == []
    assert result(menu) == ("digit", {"digits": "12", "terminator": ""})


def test_partial_results_send_each_longer_prefix_then_the_final_result() -> None:
    call = answered()
    spoken = collect(call, speech={}, partial_results=True)
    changes = say(call, "I want sales", confidence=80)
    assert progress(changes) == [
        {"final": False, "result": {"type": "speech", "params": {"text": "I", "confidence": 80}}},
        {"final": False, "result": {"type": "speech", "params": {"text": "I want", "confidence": 80}}},
    ]
    assert changes[-1] == OperationEnded(call, spoken)
    assert result(spoken) == ("speech", {"text": "I want sales", "confidence": 80})
    call = answered()
    collect(call, speech={}, partial_results=True)
    assert len(progress(say(call, " ".join(f"w{n}" for n in range(50))))) == MAX_PARTIALS


def test_a_continuous_collect_reports_every_result_as_collecting_until_stopped() -> None:
    call = answered()
    say(call, "one")
    changes, _ = start(call, "collect", speech={}, digits={"max": 1}, continuous=True)
    ongoing = call.operation("collect")
    assert progress(changes) == [
        {"state": "collecting", "result": {"type": "speech", "params": {"text": "one", "confidence": 90.0}}}
    ]
    assert progress(press(call, "12")) == [
        {"state": "collecting", "result": {"type": "digit", "params": {"digits": "1", "terminator": ""}}},
        {"state": "collecting", "result": {"type": "digit", "params": {"digits": "2", "terminator": ""}}},
    ]
    assert ongoing.live
    assert operate(call, "collect", "stop", {"control_id": "collect"}) == (OperationEnded(call, ongoing),)


def test_say_needs_words() -> None:
    with pytest.raises(ValueError, match="needs words"):
        say(answered(), "  ")


# -- the no-input timer ----------------------------------------------------------------------------------------


def test_the_no_input_timer_starts_with_start_input_timers_and_only_with_auto_finish() -> None:
    call = answered()
    _, plans = start(call, "collect", AUTO, digits={"max": 1}, start_input_timers=True, initial_timeout=3)
    assert plans == (Plan("arm", CALL_ID, "collect", "no_input", 3.0),)
    assert fire(call, "collect", "no_input") == (OperationEnded(call, call.operation("collect")),)
    assert result(call.operation("collect")) == ("no_input", {})
    _, plans = start(answered(), "collect", Timing(), digits={"max": 1}, start_input_timers=True)
    assert plans == ()


def test_by_default_the_no_input_timer_waits_for_the_start_input_timers_command() -> None:
    call = answered()
    _, plans = start(call, "collect", AUTO, digits={"max": 1})
    assert plans == ()
    updated = operate(call, "collect", "update", {"control_id": "collect"})
    assert isinstance(updated, tuple)
    _, plans = follow(updated, Timing(auto_finish=True, time_scale=0.01))
    assert plans == (Plan("arm", CALL_ID, "collect", "no_input", 0.04),)  # the mock's 4 s, scaled


def test_the_no_input_timer_does_nothing_once_input_started_or_the_collect_ended() -> None:
    call = answered()
    menu = collect(call, AUTO, digits={"max": 3}, start_input_timers=True)
    press(call, "1")
    assert fire(call, "collect", "no_input") == ()
    assert menu.live
    operate(call, "collect", "stop", {"control_id": "collect"})
    assert fire(call, "collect", "digits") == ()
    assert fire(call, "nothing", "end") == ()


# -- detect ----------------------------------------------------------------------------------------------------


def test_a_verdict_goes_to_the_live_detector_of_its_type_else_waits_for_one() -> None:
    call = answered()
    start(call, "detect", detect={"type": "fax", "params": {}})
    fax = call.operation("detect")
    assert detect(call, "MACHINE", beep=True) == ()  # not a fax detector's
    assert call.scripted == [Verdict("machine", "MACHINE", beep=True)]
    assert detect(call, "CED") == (OperationEnded(call, fax),)
    assert fax.ending == Ending("input", "CED")
    changes, _ = start(call, "detect", detect={"type": "machine", "params": {}})
    machine = call.operation("detect")
    assert changes[-1] == OperationEnded(call, machine)
    assert machine.ending == Ending("input", "MACHINE", {"beep": True})


def test_finished_and_error_go_to_any_detector() -> None:
    call = answered()
    detect(call, "error")
    start(call, "detect", detect={"type": "digit"})
    assert result(call.operation("detect")) == ("error", {})


@pytest.mark.parametrize(
    ("event", "beep", "message"),
    [("ROBOT", False, "a detector reports one of"), ("CED", True, "only a machine detector hears a beep")],
)
def test_detect_refuses_what_no_detector_reports(event: str, beep: bool, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        detect(answered(), event, beep)


@pytest.mark.parametrize(
    ("params", "delay", "verdict"),
    [
        ({"detect": {"type": "machine", "params": {}}}, 4.5, "HUMAN"),
        ({"detect": {"type": "machine", "params": {"initial_timeout": 2}}}, 2.0, "HUMAN"),
        ({"detect": {"type": "fax", "params": {}}}, 30.0, "finished"),
        ({"detect": {"type": "digit"}, "timeout": 7}, 7.0, "finished"),
    ],
)
def test_an_unscripted_detector_gives_its_default_verdict_after_its_timeout(
    params: dict[str, Any], delay: float, verdict: str
) -> None:
    call = answered()
    _, plans = start(call, "detect", AUTO, **params)
    assert plans == (Plan("arm", CALL_ID, "detect", "verdict", delay),)
    fire(call, "detect", "verdict")
    assert call.operation("detect").ending == Ending("timer", verdict)


# -- durations and scripted outcomes ---------------------------------------------------------------------------


def test_a_play_of_no_duration_finishes_as_it_starts_and_a_longer_one_arms_a_timer() -> None:
    call = answered()
    changes, plans = start(call, "play", AUTO, play=[])
    play = call.operation("play")
    assert changes == (OperationStarted(call, play), OperationEnded(call, play))
    assert (play.ending, plans) == (Ending("timer"), (Plan("cancel", CALL_ID, "play"),))
    call = answered()
    _, plans = start(call, "play", Timing(auto_finish=True, play_duration=3, time_scale=0.1), play=[])
    assert plans == (Plan("arm", CALL_ID, "play", "end", pytest.approx(0.3)),)
    assert call.operation("play").live
    assert start(answered(), "play", Timing(), play=[])[1] == ()  # without auto_finish: until stopped


def test_pause_and_resume_pause_and_resume_the_operations_timers() -> None:
    call = answered()
    start(call, "play", Timing(auto_finish=True, play_duration=3), play=[])
    paused = operate(call, "play", "pause", {"control_id": "play"})
    resumed = operate(call, "play", "resume", {"control_id": "play"})
    assert isinstance(paused, tuple)
    assert isinstance(resumed, tuple)
    assert follow((*paused, *resumed), AUTO)[1] == (Plan("pause", CALL_ID, "play"), Plan("resume", CALL_ID, "play"))


@pytest.mark.parametrize(
    ("record_duration", "max_length", "expected"),
    [(None, 0, None), (5.0, 0, 5.0), (None, 10, 10.0), (5.0, 3, 3.0)],
)
def test_a_recording_lasts_the_mocks_record_duration_or_its_max_length(
    record_duration: float | None, max_length: int, expected: float | None
) -> None:
    call = answered()
    timing = Timing(auto_finish=True, record_duration=record_duration)
    _, plans = start(call, "record", timing, record={"audio": {"max_length": max_length}})
    assert plans == (() if expected is None else (Plan("arm", CALL_ID, "record", "end", expected),))


def test_an_outcome_ends_the_live_operation_of_its_kind_else_the_next_one() -> None:
    call = answered()
    start(call, "play", play=[])
    play = call.operation("play")
    assert outcome(call, "play", "error") == (OperationEnded(call, play),)
    assert play.ending == Ending("input", "error")
    assert outcome(call, "record", "no_input") == ()
    assert outcome(call, "collect", "no_match") == ()
    assert call.scripted == [Result("record", "no_input"), Result("collect", "no_match")]
    changes, _ = start(call, "record", AUTO, record={"audio": {}})
    assert changes[-1] == OperationEnded(call, call.operation("record"))
    assert result(collect(call, digits={"max": 1})) == ("no_match", {})


@pytest.mark.parametrize(
    ("kind", "result", "message"),
    [("tap", "finished", "takes a kind of play, record"), ("play", "no_input", "a play ends with one of")],
)
def test_outcome_refuses_what_the_kind_cannot_end_with(kind: str, result: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        outcome(answered(), kind, result)


def test_scripted_input_is_bounded() -> None:
    call = answered()
    call.scripted = [Keys("1")] * MAX_SCRIPTED
    with pytest.raises(ValueError, match="scripted inputs"):
        press(call, "2")


def test_an_ended_operation_or_call_cancels_its_timers() -> None:
    call = answered()
    started = operate(call, "play", "start", {"control_id": "p", "play": []})
    assert isinstance(started, tuple)
    stopped = operate(call, "play", "stop", {"control_id": "p"})
    assert isinstance(stopped, tuple)
    assert follow((*stopped, CallEnded(call)), Timing())[1] == (Plan("cancel", CALL_ID, "p"), Plan("cancel", CALL_ID))
