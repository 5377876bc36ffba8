"""The whole loop over real HTTP: the mock, served on loopback, sends its signed status events to the package's own
router (`router.wsgi_app()` under `wsgiref` for the sync client, `router.asgi_app()` under uvicorn for the async
one), and the handles' waits answer what the test scripted the far end to do.

Every delivery of every test here is checked, afterwards, against the vendor's `CallingStatusCallback` schema.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import attrs
import pytest

from signalwire_calling import (
    AsyncCall,
    AsyncEventRouter,
    AsyncRecordOperation,
    AsyncRestClient,
    Call,
    CallEndedError,
    EventRouter,
    RestClient,
    WaitTimeoutError,
    models,
    webhooks,
)
from signalwire_calling.testing import CallingMock, MockServer
from signalwire_calling.testing._status_events import RECORDING_URL
from tests.support import vendor_events
from tests.support.mock import eventually, serving

KEY = "loop-signing-key"
PROJECT = "4d0d6f16-5881-4fcc-92a4-02c51a91954d"
SWML: dict[str, Any] = {"version": "1.0.0", "sections": {"main": [{"answer": {}}]}}
TTS = [{"type": "tts", "params": {"text": "Press 1 for sales, 2 to leave."}}]
RECORDINGS = RECORDING_URL.split("{id}")[0]


@attrs.frozen
class Loop:
    mock: CallingMock
    client: RestClient
    router: EventRouter
    url: str

    def dial(self) -> Call:
        return self.client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)


def assert_deliveries_match_the_vendor(mock: CallingMock) -> None:
    for delivery in mock.deliveries:
        assert vendor_events.errors(delivery.payload) == [], delivery.payload


@pytest.fixture
def mock() -> Iterator[CallingMock]:
    mock = CallingMock(PROJECT, signing_key=KEY, time_scale=0.01)
    yield mock
    assert_deliveries_match_the_vendor(mock)


@pytest.fixture
def space(mock: CallingMock) -> Iterator[MockServer[CallingMock]]:
    with mock.serve() as server:
        yield server


@pytest.fixture
def loop(mock: CallingMock, space: MockServer[CallingMock]) -> Iterator[Loop]:
    with serving() as web:
        url = f"http://127.0.0.1:{web.server_port}/events"
        with (
            RestClient(mock.project, mock.token, space.url, status_url=url) as client,
            client.events(signing_key=KEY) as router,
        ):
            web.set_app(router.wsgi_app())
            yield Loop(mock, client, router, url)


# -- sync: the WSGI app under wsgiref --------------------------------------------------------------------------


def test_a_collect_waits_for_the_digits_the_caller_pressed(loop: Loop) -> None:
    call = loop.dial()
    loop.mock.press(call.id, "1234#")  # scripted before the collect: the next collect takes it
    pin = call.collect(digits={"max": 6, "terminators": "#"})
    result = pin.wait(timeout=5).params.result
    assert isinstance(result, models.CollectDigitResult)
    assert (result.params.digits, result.params.terminator) == ("1234", "#")
    menu = call.collect(digits={"max": 1})
    loop.mock.press(call.id, "7")  # pressed while the collect listens
    assert menu.wait(timeout=5).params.result.params.digits == "7"  # type: ignore[union-attr]
    assert call.wait_for("answered", timeout=5).params.call_state == "answered"


def test_a_collect_waits_for_what_the_caller_said(loop: Loop) -> None:
    call = loop.dial()
    loop.mock.say(call.id, "sales please", confidence=83.2)
    spoken = call.collect(speech={"hints": ["sales"]}, partial_results=True)
    event = spoken.wait(timeout=5)
    assert isinstance(event.params.result, models.CollectSpeechResult)
    assert (event.params.result.params.text, event.params.result.params.confidence) == ("sales please", 83.2)
    assert event.params.final is True
    assert [e.params.final for e in spoken.events] == [False, True]  # a partial, then the final result


def test_a_detect_waits_for_the_verdict(loop: Loop) -> None:
    call = loop.dial()
    loop.mock.detect(call.id, "MACHINE", beep=True)  # before the detect: its default verdict comes in 45 ms here
    detector = call.detect(detect={"type": "machine", "params": {}})
    verdict = detector.wait(timeout=5).params.detect
    assert (verdict.type_, verdict.params.event, verdict.params.beep) == ("machine", "MACHINE", True)
    unscripted = call.detect(detect={"type": "machine", "params": {"initial_timeout": 2}})
    assert unscripted.wait(timeout=5).params.detect.params.event == "HUMAN"  # the default, after 2 s scaled


def test_a_play_finishes_and_a_stopped_recording_gives_its_url(loop: Loop) -> None:
    call = loop.dial()
    greeting = call.play(play=TTS)
    assert greeting.wait(timeout=5).params.state == "finished"
    assert [event.params.state for event in greeting.events] == ["playing", "finished"]
    memo = call.record(record={"audio": {"format": "wav", "direction": "both"}})
    memo.stop()
    finished = memo.wait(timeout=5).params
    assert finished.state == "finished"
    assert isinstance(finished.url, str)
    assert finished.url.startswith(RECORDINGS)
    assert finished.record.audio.format_ == "wav"  # type: ignore[union-attr]
    call.end(reason="hangup")
    assert call.wait_ended(timeout=5).params.end_reason == "hangup"


def test_handlers_run_and_send_the_next_command(loop: Loop) -> None:
    done = threading.Event()
    branch: list[str] = []

    @loop.router.on(webhooks.CollectEvent)
    def on_menu(event: webhooks.CollectEvent, call: Call) -> None:
        digits = event.params.result.params.digits  # type: ignore[union-attr]
        branch.append(digits)
        call.play(play=[{"type": "tts", "params": {"text": "Goodbye."}}], control_id="goodbye")

    @loop.router.on(webhooks.PlayEvent)
    def on_play(event: webhooks.PlayEvent, call: Call) -> None:
        if event.params.control_id == "goodbye" and event.params.state == "finished":
            call.end(reason="hangup")
            done.set()

    call = loop.dial()
    loop.mock.press(call.id, "2")
    call.collect(digits={"max": 1})
    assert done.wait(5)
    assert call.wait_ended(timeout=5).params.end_reason == "hangup"
    assert branch == ["2"]
    loop.mock.assert_sent("calling.play", call_id=call.id, control_id="goodbye")
    assert loop.mock.call(call.id).status == "ended"


def test_a_router_with_the_wrong_key_refuses_and_nothing_changes(
    mock: CallingMock, space: MockServer[CallingMock]
) -> None:
    with serving() as web:
        url = f"http://127.0.0.1:{web.server_port}/events"
        with (
            RestClient(mock.project, mock.token, space.url, status_url=url) as client,
            client.events(signing_key="not-the-mocks-key") as router,
        ):
            web.set_app(router.wsgi_app())
            call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
            play = call.play(play=TTS)
            refused = mock.wait_for_deliveries(5)  # created, ringing, answered, playing, finished
            with pytest.raises(WaitTimeoutError):
                play.wait(timeout=0.2)
    assert [(delivery.status, delivery.error) for delivery in refused] == [(403, "answered 403")] * 5
    assert (play.events, play.done, play.state, call.events) == ([], False, None, [])
    assert call.state == call.status == "answered"  # what the play's answer said: no event was taken


def test_events_that_arrive_before_the_commands_answer_still_reach_the_handle(loop: Loop) -> None:
    call = loop.dial()
    loop.mock.delay_next(1.0, command="calling.play")  # the answer waits; the events go out at once
    play = call.play(play=TTS)
    sent = [d for d in loop.mock.deliveries if d.payload.get("event_type") == "calling.call.play"]
    assert [(d.payload["params"]["state"], d.status) for d in sent] == [("playing", 200), ("finished", 200)]
    assert play.done  # recorded before the handle existed, and found by it
    assert play.wait(timeout=0).params.state == "finished"


def test_a_duplicate_delivery_is_dispatched_once(loop: Loop) -> None:
    handled: list[str] = []
    loop.router.on(webhooks.CollectEvent)(lambda event, call: handled.append(event.params.control_id))
    call = loop.dial()
    loop.mock.press(call.id, "5")
    menu = call.collect(digits={"max": 1})
    menu.wait(timeout=5)
    delivered = loop.mock.wait_for_deliveries(4)  # created, ringing, answered, the digit
    (original,) = [d for d in delivered if d.kind == "collectStatusCallback"]
    before = len(loop.mock.deliveries)
    loop.mock.deliver(loop.url, original.payload)
    loop.mock.deliver(loop.url, original.payload)
    repeats = loop.mock.wait_for_deliveries(before + 2)[before:]
    assert [(d.status, d.body) for d in repeats] == [(200, original.body)] * 2  # acknowledged, same bytes
    eventually(lambda: len(handled) >= 1, "the handler")
    assert handled == [menu.control_id]
    assert len(menu.events) == 1


def test_a_wait_that_gets_no_outcome_times_out(loop: Loop) -> None:
    call = loop.dial()
    menu = call.collect(digits={"max": 1})  # its no-input timer waits for start_input_timers
    with pytest.raises(WaitTimeoutError, match=r"nothing within 0\.2 s"):
        menu.wait(timeout=0.2)


def test_a_call_that_ends_during_a_collects_wait_raises_call_ended(loop: Loop) -> None:
    loop.client._event_store.end_grace = 0.2
    call = loop.dial()
    menu = call.collect(digits={"max": 1})
    hangup = threading.Timer(0.1, loop.mock.hangup, (call.id,), {"reason": "hangup"})
    hangup.start()
    try:
        with pytest.raises(CallEndedError) as raised:
            menu.wait(timeout=5)
    finally:
        hangup.join(5)
    assert raised.value.event.params.end_reason == "hangup"
    assert raised.value.event.params.end_source == "outbound"  # the far end of a dialed call hung up


def test_a_recording_the_hangup_stops_still_gives_its_url_to_the_waiting_handle(loop: Loop) -> None:
    loop.client._event_store.end_grace = 2.0  # the URL comes well within it
    call = loop.dial()
    memo = call.record(record={"audio": {"format": "mp3"}})
    hangup = threading.Timer(0.1, loop.mock.hangup, (call.id,), {"reason": "hangup"})
    hangup.start()  # while the handle waits
    try:
        finished = memo.wait(timeout=5).params
    finally:
        hangup.join(5)
    assert (finished.state, str(finished.url).startswith(RECORDINGS)) == ("finished", True)
    assert call.wait_ended(timeout=5).params.call_state == "ended"
    assert loop.mock.call(call.id).operation(memo.control_id).ending.by == "call"  # type: ignore[union-attr]


# -- async: the ASGI app under uvicorn -------------------------------------------------------------------------


@asynccontextmanager
async def asgi_loop(
    mock: CallingMock, space: MockServer[CallingMock]
) -> AsyncIterator[tuple[AsyncRestClient, AsyncEventRouter]]:
    """An async client of the served mock, whose router's ASGI app uvicorn serves on loopback."""
    import uvicorn

    config = uvicorn.Config(None, host="127.0.0.1", port=0, log_level="error", lifespan="on")  # type: ignore[arg-type]
    sockets = [config.bind_socket()]
    url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}/events"
    async with AsyncRestClient(mock.project, mock.token, space.url, status_url=url) as client:
        router: AsyncEventRouter = client.events(signing_key=KEY)
        config.app, config.loaded = router.asgi_app(), False
        server = uvicorn.Server(config)
        serving_task = asyncio.create_task(server.serve(sockets=sockets))
        try:
            while not server.started:
                await asyncio.sleep(0.01)
            yield client, router
        finally:
            server.should_exit = True
            await serving_task


def test_async_an_ivr_awaits_the_collect_and_branches(mock: CallingMock, space: MockServer[CallingMock]) -> None:
    async def main() -> list[str]:
        said: list[str] = []
        async with asgi_loop(mock, space) as (client, _):
            call = await client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
            mock.press(call.id, "2")
            menu = await call.play(play=TTS)
            await menu.wait(timeout=5)
            choice = await call.collect(digits={"max": 1}, start_input_timers=True)
            digits = (await choice.wait(timeout=5)).params.result.params.digits  # type: ignore[union-attr]
            said.append(digits)
            if digits == "2":
                goodbye = await call.play(play=[{"type": "tts", "params": {"text": "Goodbye."}}])
                said.append((await goodbye.wait(timeout=5)).params.state)
            await call.end(reason="hangup")
            said.append(str((await call.wait_ended(timeout=5)).params.end_reason))
        return said

    assert asyncio.run(main()) == ["2", "finished", "hangup"]


def test_async_handlers_run_on_the_loop_and_send_the_next_command(
    mock: CallingMock, space: MockServer[CallingMock]
) -> None:
    async def main() -> tuple[str, str]:
        async with asgi_loop(mock, space) as (client, router):

            @router.on(webhooks.DetectEvent)
            async def on_verdict(event: webhooks.DetectEvent, call: AsyncCall) -> None:
                if event.params.detect.params.event == "HUMAN":
                    await call.record(record={"audio": {"format": "mp3"}}, control_id="memo")

            call = await client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
            mock.detect(call.id, "HUMAN")
            await call.detect(detect={"type": "machine", "params": {}})
            for _ in range(500):  # the handler starts the recording
                if "memo" in mock.call(call.id).operations:
                    break
                await asyncio.sleep(0.01)
            mock.finish(call.id, "memo")  # the caller is done speaking
            recording = await AsyncRecordOperation(call, "memo").wait(timeout=5)
            mock.hangup(call.id, "busy")
            ended = await call.wait_ended(timeout=5)
            return str(recording.params.url), str(ended.params.end_reason)

    url, reason = asyncio.run(main())
    assert url.startswith(RECORDINGS)
    assert reason == "busy"


def test_async_a_hangup_during_a_wait_raises_call_ended(mock: CallingMock, space: MockServer[CallingMock]) -> None:
    async def main() -> str:
        async with asgi_loop(mock, space) as (client, _):
            client._event_store.end_grace = 0.2
            call = await client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
            menu = await call.collect(speech={})
            asyncio.get_running_loop().call_later(0.1, mock.hangup, call.id)
            with pytest.raises(CallEndedError) as raised:
                await menu.wait(timeout=5)
            return str(raised.value.event.params.call_state)

    assert asyncio.run(main()) == "ended"


# -- the command line ------------------------------------------------------------------------------------------


def test_the_mock_command_line_sends_the_status_events_too() -> None:
    from tests.support.mock import cli

    with serving() as web, cli("--quiet", "--signing-key", KEY, "--time-scale", "0.01") as (_, space_url):
        url = f"http://127.0.0.1:{web.server_port}/events"
        with (
            RestClient("test-project", "test-token", space_url, status_url=url) as client,
            client.events(signing_key=KEY) as router,
        ):
            web.set_app(router.wsgi_app())
            call = client.calling.dial(from_="+15550100001", to="+15550100002", swml=SWML)
            assert call.play(play=TTS).wait(timeout=5).params.state == "finished"
            menu = call.collect(digits={"max": 1}, start_input_timers=True)  # 4 s of the call: 40 ms
            assert menu.wait(timeout=5).params.result.type_ == "no_input"
            call.end()
            assert call.wait_ended(timeout=5).params.call_state == "ended"
