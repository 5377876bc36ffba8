"""The event store: which event ends an operation, how a call's state moves, order, and the bounds.

Driven straight through `EventStore.record` with decoded bodies: the rules come from the generated event table
(the spec's `x-signalwire-event`), so these tests check the spec's facts as the client reads them.
"""

from __future__ import annotations

import asyncio
import threading
import time
import tracemalloc
import uuid
from typing import Any

import pytest

from signalwire_calling import CallEndedError, ConfigurationError, WaitTimeoutError
from signalwire_calling._event_info import is_terminal
from signalwire_calling._event_store import EventStore
from signalwire_calling._event_table import EVENTS

CALL = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


ENVELOPE = {"event_channel": "swml:x", "project_id": "p", "space_id": "s"}


def event(event_type: str, moment: float = 1.0, **params: Any) -> dict[str, Any]:
    return {"event_type": event_type, **ENVELOPE, "timestamp": moment, "params": {"call_id": CALL, **params}}


def record(store: EventStore, data: dict[str, Any], call_id: str = CALL) -> None:
    store.record(call_id, data, EVENTS.get(data["event_type"]))


def terminal(data: dict[str, Any]) -> bool:
    return is_terminal(EVENTS[data["event_type"]], data)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- which event is an operation's outcome (the spec's terminal and progress rules) --------------------------


@pytest.mark.parametrize(
    ("data", "ends"),
    [
        (event("calling.call.play", control_id="p", state="playing"), False),
        (event("calling.call.play", control_id="p", state="paused"), False),
        (event("calling.call.play", control_id="p", state="finished"), True),
        (event("calling.call.play", control_id="p", state="error"), True),
        (event("calling.call.record", control_id="r", state="recording"), False),
        (event("calling.call.record", control_id="r", state="finished", url="u"), True),
        (event("calling.call.record", control_id="r", state="no_input"), True),
        (event("calling.call.collect", control_id="c", result={"type": "digit", "params": {"digits": "1"}}), True),
        (event("calling.call.collect", control_id="c", result={"type": "speech", "params": {"text": "hi"}}), True),
        (event("calling.call.collect", control_id="c", result={"type": "no_input"}), True),
        (event("calling.call.collect", control_id="c", result={"type": "no_match"}), True),
        (event("calling.call.collect", control_id="c", result={"type": "start_of_input"}), False),
        (
            event(
                "calling.call.collect", control_id="c", final=False, result={"type": "speech", "params": {"text": "h"}}
            ),
            False,
        ),
        (
            event(
                "calling.call.collect", control_id="c", final=True, result={"type": "speech", "params": {"text": "hi"}}
            ),
            True,
        ),
        (
            event(
                "calling.call.collect",
                control_id="c",
                state="collecting",
                result={"type": "digit", "params": {"digits": "1"}},
            ),
            False,
        ),
        (event("calling.call.collect", control_id="c", state="finished"), True),
        (
            event("calling.call.detect", control_id="d", detect={"type": "machine", "params": {"event": "MACHINE"}}),
            True,
        ),
        (event("calling.call.detect", control_id="d", detect={"type": "machine", "params": {"event": "HUMAN"}}), True),
        (event("calling.call.detect", control_id="d", detect={"type": "machine", "params": {"event": "READY"}}), False),
        (event("calling.call.detect", control_id="d", detect={"type": "fax", "params": {"event": "CED"}}), True),
        (event("calling.call.detect", control_id="d", detect={"type": "digit", "params": {"event": "5"}}), True),
        (event("calling.call.tap", control_id="t", state="tapping"), False),
        (event("calling.call.tap", control_id="t", state="finished"), True),
        (event("calling.call.stream", control_id="s", state="finished"), True),
        (event("calling.transcript.completed", id="x", segment_id="y", text="hello"), True),
        (event("calling.call.transcribe", control_id="x", state="finished"), False),  # the text comes separately
    ],
)
def test_which_event_ends_an_operation(data: dict[str, Any], ends: bool) -> None:
    assert terminal(data) is ends


def test_a_boolean_rule_does_not_match_a_number() -> None:
    data = event("calling.call.collect", control_id="c", final=0, result={"type": "speech", "params": {"text": "h"}})
    assert terminal(data)  # `final: 0` is not `final: false`: the progress rule does not hold


# -- operations ----------------------------------------------------------------------------------------------


def test_an_operation_keeps_its_events_in_order_and_its_outcome() -> None:
    store = EventStore()
    record(store, event("calling.call.play", 1.0, control_id="p", state="playing"))
    record(store, event("calling.call.play", 2.0, control_id="p", state="finished"))
    op = store.read(CALL, lambda call: call.operations["p"], None)
    assert [r.state for r in op.events] == ["playing", "finished"]
    assert op.state == "finished"
    assert op.result is not None
    assert store.event_of(CALL, op.result).params.state == "finished"


def test_events_out_of_order_are_put_back_in_order() -> None:
    store = EventStore()
    record(store, event("calling.call.record", 3.0, control_id="r", state="finished", url="u"))
    record(store, event("calling.call.record", 1.0, control_id="r", state="recording"))
    record(store, event("calling.call.record", 2.0, control_id="r", state="paused"))
    op = store.read(CALL, lambda call: call.operations["r"], None)
    assert [r.state for r in op.events] == ["recording", "paused", "finished"]
    assert op.state == "finished"  # the latest event's, not the last to arrive
    assert store.event_of(CALL, op.result).params.url == "u"


def test_the_first_outcome_stays_the_outcome() -> None:
    store = EventStore()
    record(
        store,
        event("calling.call.detect", 1.0, control_id="d", detect={"type": "machine", "params": {"event": "MACHINE"}}),
    )
    record(
        store,
        event("calling.call.detect", 2.0, control_id="d", detect={"type": "machine", "params": {"event": "finished"}}),
    )
    op = store.read(CALL, lambda call: call.operations["d"], None)
    assert store.event_of(CALL, op.result).params.detect.params.event == "MACHINE"
    assert len(op.events) == 2


def test_a_transcript_without_a_control_id_goes_to_the_calls_transcription() -> None:
    store = EventStore()
    store.claim(CALL)
    store.adopt(CALL, "t1", "transcribe")
    record(store, event("calling.transcript.completed", id="x", segment_id="y", text="hello"))
    op = store.read(CALL, lambda call: call.operations["t1"], None)
    assert op.result is not None
    assert store.event_of(CALL, op.result).params.text == "hello"


def test_a_transcript_before_its_operation_is_known_is_given_to_it_later() -> None:
    store = EventStore()
    record(store, event("calling.transcript.completed", id="x", segment_id="y", text="early"))
    store.adopt(CALL, "t1", "transcribe")
    op = store.read(CALL, lambda call: call.operations["t1"], None)
    assert op.result is not None
    assert store.event_of(CALL, op.result).params.text == "early"


def test_a_calls_events_are_capped_but_its_outcome_is_kept() -> None:
    store = EventStore(max_events_per_call=5)
    record(store, event("calling.call.detect", 0.0, control_id="d", detect={"type": "digit", "params": {"event": "1"}}))
    for moment in range(1, 50):
        record(
            store,
            event(
                "calling.call.detect", float(moment), control_id="d", detect={"type": "digit", "params": {"event": "2"}}
            ),
        )
    op = store.read(CALL, lambda call: call.operations["d"], None)
    assert len(op.events) == 5
    assert store.event_of(CALL, op.result).params.detect.params.event == "1"
    assert store.event_count == 5


# -- calls ---------------------------------------------------------------------------------------------------


def state(store: EventStore) -> str | None:
    return store.read(CALL, lambda call: call.state, None)


def test_a_call_state_never_goes_back() -> None:
    store = EventStore()
    record(store, event("calling.call.state", 2.0, call_state="answered", direction="outbound"))
    record(store, event("calling.call.state", 1.0, call_state="ringing", direction="outbound"))  # late
    assert state(store) == "answered"
    record(store, event("calling.call.state", 3.0, call_state="ended", direction="outbound", end_reason="hangup"))
    assert state(store) == "ended"
    assert store.read(CALL, lambda call: call.ended_at is not None, False)


def wait_for(store: EventStore, wanted: str) -> Any:
    return store.wait(CALL, store.call_reached(wanted), 0.2, "test")


def test_waiting_for_a_state_a_later_one_stands_for() -> None:
    store = EventStore()
    record(store, event("calling.call.state", 1.0, call_state="answered", direction="outbound"))
    assert wait_for(store, "ringing").params.call_state == "answered"  # `ringing` never came: answered is past it
    assert wait_for(store, "answered").params.call_state == "answered"
    with pytest.raises(WaitTimeoutError):
        wait_for(store, "ended")


def test_a_call_that_ended_unanswered_fails_a_wait_for_answered() -> None:
    store = EventStore()
    record(store, event("calling.call.state", 1.0, call_state="ringing", direction="outbound"))
    record(store, event("calling.call.state", 2.0, call_state="ended", direction="outbound", end_reason="noAnswer"))
    with pytest.raises(CallEndedError) as caught:
        wait_for(store, "answered")
    assert caught.value.event.params.end_reason == "noAnswer"
    assert wait_for(store, "ringing").params.call_state == "ringing"
    assert wait_for(store, "ended").params.end_reason == "noAnswer"
    assert wait_for(store, "ending").params.call_state == "ended"


def test_an_operation_wait_gives_the_call_a_grace_after_it_ended() -> None:
    store = EventStore(end_grace=0.3)
    store.adopt(CALL, "r", "record")
    record(store, event("calling.call.state", 1.0, call_state="ended", direction="outbound"))

    def finish() -> None:
        time.sleep(0.1)
        record(store, event("calling.call.record", 2.0, control_id="r", state="finished", url="https://x/r.mp3"))

    threading.Thread(target=finish).start()
    found = store.wait(CALL, store.outcome("r", "record"), 5.0, "record")
    assert found.params.url == "https://x/r.mp3"  # came after the call's end, within the grace
    started = time.monotonic()
    with pytest.raises(CallEndedError):
        store.wait(CALL, store.outcome("never", "play"), 5.0, "play")
    assert time.monotonic() - started < 1.0  # the grace, not the whole timeout


@pytest.mark.parametrize("timeout", [-1, float("nan"), float("inf"), "1", True])
def test_a_wait_timeout_that_is_not_a_number_of_seconds_is_refused(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        EventStore().wait(CALL, EventStore().call_reached("answered"), timeout, "x")


def test_a_sync_wait_is_woken_by_another_thread() -> None:
    store = EventStore()
    store.adopt(CALL, "p", "play")
    timer = threading.Timer(0.05, record, (store, event("calling.call.play", 1.0, control_id="p", state="finished")))
    timer.start()
    assert store.wait(CALL, store.outcome("p", "play"), 5.0, "play").params.state == "finished"


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_async_wait_is_woken_by_another_thread_without_blocking_its_loop(backend: str) -> None:
    import anyio

    store = EventStore()
    store.adopt(CALL, "p", "play")
    ticks = []

    async def main() -> Any:
        async def tick() -> None:
            while True:
                ticks.append(1)
                await anyio.sleep(0.01)

        async with anyio.create_task_group() as group:
            group.start_soon(tick)
            threading.Timer(
                0.1, record, (store, event("calling.call.play", 1.0, control_id="p", state="finished"))
            ).start()
            found = await store.async_wait(CALL, store.outcome("p", "play"), 5.0, "play")
            group.cancel_scope.cancel()
        return found

    found = anyio.run(main, backend=backend)
    assert found.params.state == "finished"
    assert len(ticks) >= 3  # the loop kept running while it waited
    assert not store._async_waiters  # nothing left behind


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_an_async_wait_times_out(backend: str) -> None:
    import anyio

    store = EventStore()

    async def main() -> None:
        await store.async_wait(CALL, store.outcome("p", "play"), 0.05, "play 'p'")

    with pytest.raises(WaitTimeoutError, match="play 'p'"):
        anyio.run(main, backend=backend)


def test_an_async_wait_that_is_cancelled_leaves_nothing_behind() -> None:
    store = EventStore()

    async def main() -> None:
        task = asyncio.create_task(store.async_wait(CALL, store.outcome("p", "play"), 5.0, "play"))
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert not store._async_waiters


# -- bounds --------------------------------------------------------------------------------------------------


def test_events_for_calls_nobody_asked_about_expire() -> None:
    clock = FakeClock()
    store = EventStore(unclaimed_ttl=60.0, clock=clock)
    record(store, event("calling.call.play", control_id="p", state="playing"), call_id="a")
    store.claim("b")
    record(store, event("calling.call.play", control_id="p", state="playing"), call_id="b")
    clock.now += 61
    record(store, event("calling.call.play", control_id="p", state="playing"), call_id="c")
    assert store.read("a", lambda call: True, False) is False  # expired
    assert store.read("b", lambda call: True, False) is True  # a handle asked about it: kept until it ends
    assert len(store) == 2


def test_an_ended_call_is_forgotten_after_its_ttl() -> None:
    clock = FakeClock()
    store = EventStore(ended_ttl=300.0, clock=clock)
    store.claim(CALL)
    record(store, event("calling.call.state", call_state="ended", direction="outbound"))
    clock.now += 301
    record(store, event("calling.call.play", control_id="p", state="playing"), call_id="other")
    assert store.read(CALL, lambda call: True, False) is False


def test_thousands_of_events_for_unknown_calls_keep_memory_bounded() -> None:
    store = EventStore(max_calls=1_000)

    def flood(count: int) -> None:
        for _ in range(count):
            record(store, event("calling.call.play", control_id="p", state="playing"), call_id=str(uuid.uuid4()))

    tracemalloc.start()
    try:
        flood(2_000)  # the store is full from here on
        full = tracemalloc.get_traced_memory()[0]
        flood(20_000)
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(store) == 1_000
    assert store.event_count == 1_000
    assert after - full < 128 * 1024  # 20,000 more calls' events, and the store holds no more


def test_the_total_of_events_is_capped_too() -> None:
    store = EventStore(max_events=100)
    for index in range(50):
        for moment in range(5):
            record(
                store, event("calling.call.play", float(moment), control_id="p", state="playing"), call_id=f"c{index}"
            )
    assert store.event_count <= 100
    assert len(store) == 20


def test_claimed_live_calls_are_evicted_last() -> None:
    store = EventStore(max_calls=3)
    store.claim("held")
    for name in "abcde":
        record(store, event("calling.call.play", control_id="p", state="playing"), call_id=name)
    assert store.read("held", lambda call: True, False) is True
    assert len(store) == 3
