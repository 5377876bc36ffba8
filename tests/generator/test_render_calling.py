"""generator/render/calling.py: `Calling`/`AsyncCalling`, run against a recording sender."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from typing import Any

import pytest

from generator.render import calling, spec_module
from signalwire_calling._event_store import EventStore
from tests.support.generator import fixture_spec, run_module

CALL_ID = uuid.UUID("6a4b7a3e-2b1d-4c8e-9f10-0123456789ab")
KEYWORD_ONLY = inspect.Parameter.KEYWORD_ONLY


class Leg:
    id = CALL_ID


@pytest.fixture(scope="module")
def rendered() -> dict[str, Any]:
    """The fixture's `_calling` module, its methods sending the fixture's `CommandInfo`s."""
    spec = fixture_spec()
    namespace = run_module(calling.render(spec), "_fixture_calling")
    namespace["COMMANDS"] = run_module(spec_module.render(spec), "_fixture_spec")["COMMANDS"]
    return namespace


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, object, dict[str, Any]]] = []

    def __call__(self, info: Any, call_id: object, params: dict[str, Any]) -> Leg:
        self.sent.append((info.name, call_id, params))
        return Leg()


def test_a_method_sends_its_command_the_call_id_and_every_param_by_wire_name(rendered: dict[str, Any]) -> None:
    send = Recorder()
    leg = rendered["Calling"](send, send, EventStore()).play(CALL_ID, control_id="c1", play=[{"url": "a.wav"}])
    assert isinstance(leg, Leg)
    assert send.sent == [
        ("calling.play", CALL_ID, {"control_id": "c1", "play": [{"url": "a.wav"}], "volume": None, "prompt": None})
    ]


def test_dial_sends_no_call_id_and_from_goes_as_from(rendered: dict[str, Any]) -> None:
    send = Recorder()
    raw = rendered["Calling"](send, send, EventStore()).with_raw_response
    leg = raw.dial(from_="+15550001", to="+15550002", url="https://example.com/swml")
    assert isinstance(leg, Leg)  # the raw view answers what the sender does, not a handle
    assert send.sent == [
        (
            "dial",
            None,
            {"from": "+15550001", "to": "+15550002", "url": "https://example.com/swml", "timeout": None, "swml": None},
        )
    ]


def test_signatures_take_the_call_id_then_keyword_only_params_required_first(rendered: dict[str, Any]) -> None:
    play = inspect.signature(rendered["Calling"].play)
    assert list(play.parameters) == ["self", "call_id", "control_id", "play", "volume", "prompt"]
    assert play.parameters["call_id"].annotation == "str | UUID"
    assert [p.kind for p in list(play.parameters.values())[2:]] == [KEYWORD_ONLY] * 4
    assert play.parameters["control_id"].default is inspect.Parameter.empty
    assert play.parameters["volume"].default is None
    assert play.parameters["play"].annotation == "Sequence[models.PlayItem | typed_dicts.PlayItem]"
    assert play.parameters["prompt"].annotation == "str | Mapping[str, Any] | None"
    assert play.return_annotation == "CallResponse"
    dial = inspect.signature(rendered["Calling"].dial)
    assert list(dial.parameters) == ["self", "from_", "to", "url", "timeout", "swml"]
    assert dial.return_annotation == "Call"
    assert list(inspect.signature(rendered["Calling"].update).parameters) == ["self", "call_id", "status", "url"]


def test_a_missing_required_param_is_a_type_error(rendered: dict[str, Any]) -> None:
    send = Recorder()
    with pytest.raises(TypeError, match="control_id"):
        rendered["Calling"](send, send, EventStore()).play(CALL_ID, play=[])
    assert send.sent == []


def test_docstrings_say_what_each_param_is_and_whether_it_is_retried(rendered: dict[str, Any]) -> None:
    dial = inspect.getdoc(rendered["Calling"].dial) or ""
    assert dial.startswith("Place a new outbound call.\n\nSends `dial` (never retried once it may have reached")
    assert "    from_: Required. Calling address. Sent as `from`.\n" in dial
    assert "    timeout: Seconds to ring. Server default: `30`.\n" in dial
    assert "    swml: An inline SWML document. Shape: `Swml` {`sections`*}.\n" in dial  # from the referenced schema
    assert "`*` marks a required field." in dial
    assert "A handle on the new call" in dial
    end = inspect.getdoc(rendered["Calling"].end) or ""
    assert end.startswith("Hang up the call.\n\nThe reason is recorded.\n\nSends `calling.end` (safe to retry).")
    assert "    call_id: The call to act on (its UUID).\n" in end
    assert "The call leg the command acted on." in end


def test_async_methods_await_the_sender(rendered: dict[str, Any]) -> None:
    sent: list[tuple[str, object, dict[str, Any]]] = []

    async def send(info: Any, call_id: object, params: dict[str, Any]) -> Leg:
        sent.append((info.name, call_id, params))
        return Leg()

    client = rendered["AsyncCalling"](send, send, EventStore())
    assert inspect.iscoroutinefunction(client.end)
    assert isinstance(asyncio.run(client.end(CALL_ID, reason="busy")), Leg)
    assert sent == [("calling.end", CALL_ID, {"reason": "busy"})]
    assert rendered["__all__"] == ["AsyncCalling", "AsyncCallingWithRawResponse", "Calling", "CallingWithRawResponse"]
