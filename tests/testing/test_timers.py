"""The mock's timers (`_timers.Timers`): they run out on their thread in order, and a cancelled, paused or re-armed
one never acts. Every wait here is bounded; nothing is timed."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from signalwire_calling.testing import _timers
from signalwire_calling.testing._timers import Plan, TimerKey, Timers

DEADLINE = 5.0


class Recorder:
    """Claims every timer that runs out, as the mock does, and keeps those that still stood."""

    def __init__(self) -> None:
        self.fired: list[TimerKey] = []
        self.seen = threading.Condition()
        self.timers = Timers(self.fire)

    def fire(self, key: TimerKey, token: int) -> None:
        with self.seen:
            if self.timers.claim(key, token):
                self.fired.append(key)
            self.seen.notify_all()

    def wait_for(self, count: int) -> list[TimerKey]:
        with self.seen:
            assert self.seen.wait_for(lambda: len(self.fired) >= count, DEADLINE), self.fired
            return list(self.fired)


def key(control_id: str, what: str = "end", call_id: str = "c1") -> TimerKey:
    return (call_id, control_id, what)


def test_timers_run_out_in_the_order_they_are_due() -> None:
    recorder = Recorder()
    recorder.timers.arm(key("late"), 0.2)
    recorder.timers.arm(key("soon"), 0.0)
    assert recorder.wait_for(2) == [key("soon"), key("late")]
    assert recorder.timers.pending == 0


def test_a_cancelled_timer_never_acts_and_a_rearmed_one_acts_once() -> None:
    recorder = Recorder()
    recorder.timers.apply([Plan("arm", "c1", "gone", "end", 60.0), Plan("arm", "c1", "again", "end", 60.0)])
    recorder.timers.apply([Plan("cancel", "c1", "gone"), Plan("arm", "c1", "again", "end", 0.0)])
    recorder.timers.apply([Plan("arm", "c2", "other", "end", 0.1)])
    assert recorder.wait_for(2) == [key("again"), key("other", call_id="c2")]
    assert recorder.timers.pending == 0


def test_cancel_takes_one_timer_an_operations_or_a_calls() -> None:
    timers = Timers(lambda key, token: None)
    for control_id, what in (("p", "end"), ("c", "no_input"), ("c", "digits")):
        timers.arm(key(control_id, what), 60)
    timers.arm(key("x", call_id="c2"), 60)
    timers.cancel("c1", "c", "no_input")
    assert timers.pending == 3
    timers.cancel("c1", "c")
    assert timers.pending == 2
    timers.cancel("c1")
    assert timers.pending == 1
    timers.clear()
    assert timers.pending == 0


def test_a_paused_timer_waits_until_resumed_with_the_time_it_had_left() -> None:
    recorder = Recorder()
    recorder.timers.arm(key("paused"), 2.0)
    recorder.timers.apply([Plan("pause", "c1", "paused")])
    recorder.timers.arm(key("marker"), 0.0)
    assert recorder.wait_for(1) == [key("marker")]
    assert 1.0 < recorder.timers._paused[key("paused")] <= 2.0
    assert recorder.timers.pending == 1
    recorder.timers.apply([Plan("resume", "c1", "paused")])
    ((_, due),) = recorder.timers._live.values()
    assert due - time.monotonic() <= 2.0
    recorder.timers.apply([Plan("pause", "c1"), Plan("arm", "c1", "paused", "end", 0.0)])  # re-armed: runs now
    assert recorder.wait_for(2) == [key("marker"), key("paused")]
    assert recorder.timers.pending == 0


def test_claim_is_false_for_a_stale_token() -> None:
    timers = Timers(lambda key, token: None)
    timers.arm(key("p"), 60)
    assert not timers.claim(key("p"), 0)
    assert timers.pending == 1


def test_the_number_of_timers_is_bounded(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(_timers, "MAX_TIMERS", 2)
    timers = Timers(lambda key, token: None)
    assert timers.arm(key("a"), 60)
    assert timers.arm(key("b"), 60)
    assert timers.arm(key("a"), 30)  # re-arming one that waits is not one more
    with caplog.at_level(logging.WARNING, logger="signalwire_calling"):
        assert not timers.arm(key("c"), 60)
    assert timers.pending == 2
    assert "will not end by itself" in caplog.text


def test_a_timer_that_fails_is_logged_and_spent(caplog: pytest.LogCaptureFixture) -> None:
    done = threading.Event()

    def fire(key: TimerKey, token: int) -> None:
        done.set()
        raise RuntimeError("boom")

    timers = Timers(fire)
    with caplog.at_level(logging.ERROR, logger="signalwire_calling"):
        timers.arm(key("p"), 0.0)
        assert done.wait(DEADLINE)
        for _ in range(100):  # the log line comes right after
            if "a timer of the mock failed" in caplog.text:
                break
            time.sleep(0.01)
    assert "a timer of the mock failed" in caplog.text
    assert timers.pending == 0


def test_a_delay_is_cut_to_the_bound_and_the_repr_is_short() -> None:
    timers = Timers(lambda key, token: None)
    timers.arm(key("p"), 10 * _timers.MAX_DELAY)
    ((_, due),) = timers._live.values()
    assert due - time.monotonic() <= _timers.MAX_DELAY
    assert repr(timers) == "Timers(pending=1)"
