"""generator/render/handles.py: `Call` and the operation handles, run against a recording `calling`."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from typing import Any

import pytest

from generator.render import handles
from signalwire_calling._event_store import EventStore
from tests.support.generator import fixture_spec, run_module

CALL_ID = uuid.UUID("6a4b7a3e-2b1d-4c8e-9f10-0123456789ab")


@pytest.fixture(scope="module")
def rendered() -> dict[str, Any]:
    return run_module(handles.render(fixture_spec()), "_fixture_handles")


class Calling:
    """Stands for `client.calling`: records each method called and answers a fresh leg."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self._event_store = EventStore()  # what the handles read status events from

    def __getattr__(self, method: str) -> Any:
        def send(*args: Any, **kwargs: Any) -> object:
            self.sent.append((method, args, kwargs))
            return object()

        return send


def test_the_handles_exported() -> None:
    names = run_module(handles.render(fixture_spec()), "_fixture_handles")["__all__"]
    assert names == ["AsyncCall", "AsyncPlayOperation", "Call", "PlayOperation"]


def test_a_call_has_every_command_with_a_call_id_and_fills_it_in(rendered: dict[str, Any]) -> None:
    calling = Calling()
    call = rendered["Call"](calling, str(CALL_ID))
    assert not hasattr(call, "dial")
    leg = call.update(status="completed")
    assert call.leg is leg
    call.end()
    assert calling.sent == [
        ("update", (CALL_ID,), {"status": "completed", "url": None}),
        ("end", (CALL_ID,), {"reason": None}),
    ]


def test_an_operation_start_makes_a_control_id_and_answers_the_operation(rendered: dict[str, Any]) -> None:
    calling = Calling()
    call = rendered["Call"](calling, CALL_ID)
    play = call.play(play=[{"url": "a.wav"}])
    assert type(play) is rendered["PlayOperation"]
    assert play.kind == "play"
    assert uuid.UUID(play.control_id)
    assert call.play(play=[], control_id="mine").control_id == "mine"
    assert calling.sent[0] == (
        "play",
        (CALL_ID,),
        {"control_id": play.control_id, "play": [{"url": "a.wav"}], "volume": None, "prompt": None},
    )
    stop = play.stop()
    assert calling.sent[-1] == ("play_stop", (CALL_ID,), {"control_id": play.control_id})
    assert play.leg is stop
    assert call.leg is stop


def test_handle_signatures_drop_the_call_id_and_take_control_id_from_the_operation(rendered: dict[str, Any]) -> None:
    play = inspect.signature(rendered["Call"].play)
    assert list(play.parameters) == ["self", "play", "control_id", "volume", "prompt"]  # control_id now optional
    assert play.parameters["control_id"].default is None
    assert play.return_annotation == "PlayOperation"
    assert list(inspect.signature(rendered["Call"].play_stop).parameters) == ["self", "control_id"]
    assert list(inspect.signature(rendered["PlayOperation"].stop).parameters) == ["self"]
    assert (inspect.getdoc(rendered["PlayOperation"].stop) or "").startswith("Send `calling.play.stop`.")


def test_async_handles_await_the_calling(rendered: dict[str, Any]) -> None:
    sent: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    class AsyncCalling:
        _event_store = EventStore()

        async def play(self, *args: Any, **kwargs: Any) -> object:
            sent.append(("play", args, kwargs))
            return object()

        async def play_stop(self, *args: Any, **kwargs: Any) -> object:
            sent.append(("play_stop", args, kwargs))
            return object()

    async def flow() -> Any:
        call = rendered["AsyncCall"](AsyncCalling(), CALL_ID)
        play = await call.play(play=[], control_id="c1")
        await play.stop()
        return play

    assert type(asyncio.run(flow())) is rendered["AsyncPlayOperation"]
    assert [(method, kwargs["control_id"]) for method, _, kwargs in sent] == [("play", "c1"), ("play_stop", "c1")]
