"""Call and operation handles: what the spec's `x-signalwire-operation` facts give, sync and async, on the mock."""

from __future__ import annotations

import inspect
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

import signalwire_calling
from signalwire_calling import (
    APIResponse,
    AsyncCall,
    AsyncCalling,
    AsyncPlayOperation,
    Call,
    Calling,
    InvalidRequestError,
    NotFoundError,
    PlayOperation,
    RecordOperation,
    models,
)
from signalwire_calling import _handles as handles
from signalwire_calling.testing import CallingMock

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "calling.yaml").read_text(encoding="utf-8"))
REQUESTS = {name: schema for name, schema in SPEC["components"]["schemas"].items() if "x-signalwire-method" in schema}
CALL_METHODS = sorted(s["x-signalwire-method"] for s in REQUESTS.values() if s["x-signalwire-method"] != "dial")
OPERATIONS: dict[str, dict[str, str]] = {}
"""kind -> effect -> method, straight from the spec."""
for request in REQUESTS.values():
    if "x-signalwire-operation" in request:
        fact = request["x-signalwire-operation"]
        OPERATIONS.setdefault(fact["kind"], {})[fact["effect"]] = request["x-signalwire-method"]
TTS = [{"type": "tts", "params": {"text": "Hi"}}]


# What the hand-written bases add to the generated command methods: the waits on status events.
CALL_WAITS = {"wait_for", "wait_ended"}
OPERATION_WAITS = {"wait"}


def operation_class(kind: str, prefix: str = "") -> Any:
    return getattr(handles, prefix + "".join(part.capitalize() for part in kind.split("_")) + "Operation")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def mock() -> CallingMock:
    return CallingMock()


def dial(mock: CallingMock) -> Call:
    return mock.client().calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")


# -- what the spec gives ------------------------------------------------------------------------------------------


def test_the_spec_has_operations_to_build_handles_from() -> None:
    assert {kind for kind, effects in OPERATIONS.items() if "start" in effects} == {
        "play", "record", "collect", "detect", "tap", "stream", "transcribe"
    }  # fmt: skip
    assert set(OPERATIONS) >= {"ai", "send_fax", "receive_fax"}


@pytest.mark.parametrize("call_class", [Call, AsyncCall])
def test_a_call_has_one_method_per_call_command(call_class: type[Any]) -> None:
    methods = {name for name, _ in inspect.getmembers(call_class, inspect.isfunction) if not name.startswith("_")}
    assert methods == set(CALL_METHODS) | CALL_WAITS


@pytest.mark.parametrize("method", CALL_METHODS)
@pytest.mark.parametrize(("call_class", "calling"), [(Call, Calling), (AsyncCall, AsyncCalling)])
def test_call_methods_have_the_command_signature_minus_the_call_id(
    method: str, call_class: type[Any], calling: type[Any]
) -> None:
    handle = inspect.signature(getattr(call_class, method)).parameters
    command = dict(inspect.signature(getattr(calling, method)).parameters)
    del command["call_id"]
    starts = OPERATIONS.get(method, {}).get("start") == method
    if starts:  # the handle makes the control_id when none is given
        assert command["control_id"].default is inspect.Parameter.empty
        assert handle["control_id"].default is None
        command["control_id"] = handle["control_id"]
    assert set(handle) == set(command)
    assert {name: (p.kind, p.annotation) for name, p in handle.items() if name != "control_id" or not starts} == {
        name: (p.kind, p.annotation) for name, p in command.items() if name != "control_id" or not starts
    }
    assert inspect.iscoroutinefunction(getattr(call_class, method)) is (call_class is AsyncCall)
    returns = inspect.signature(getattr(call_class, method)).return_annotation
    kind = next((k for k, effects in OPERATIONS.items() if effects.get("start") == method), None)
    expected = operation_class(kind, "Async" if call_class is AsyncCall else "").__name__ if kind else "CallResponse"
    assert returns == expected


@pytest.mark.parametrize("kind", sorted(OPERATIONS))
@pytest.mark.parametrize("prefix", ["", "Async"])
def test_each_operation_handle_has_exactly_the_sub_commands_of_its_kind(kind: str, prefix: str) -> None:
    cls = operation_class(kind, prefix)
    expected = {method.removeprefix(kind + "_") for effect, method in OPERATIONS[kind].items() if effect != "start"}
    methods = {name for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}
    assert methods == expected | OPERATION_WAITS
    assert cls.kind == kind
    for name in methods:
        function = getattr(cls, name)
        assert inspect.iscoroutinefunction(function) is (prefix == "Async")
        assert "control_id" not in inspect.signature(function).parameters  # the handle's own


def test_record_handle_and_collect_handle_sub_commands() -> None:
    assert {"pause", "resume", "stop"} <= set(dir(RecordOperation))
    assert {"stop", "start_input_timers"} <= set(dir(handles.CollectOperation))
    assert {"pause", "resume", "stop", "volume"} <= set(dir(PlayOperation))


# -- sync, against the mock ---------------------------------------------------------------------------------------


def test_dial_answers_a_call_handle_with_the_leg(mock: CallingMock) -> None:
    call = dial(mock)
    assert isinstance(call, Call)
    assert isinstance(call.id, uuid.UUID)
    assert isinstance(call.leg, models.CallLeg)
    assert call.leg.id == call.id
    assert call.leg.to == "+15550100002"
    assert call.status == "queued"
    assert set(mock.calls) == {str(call.id)}
    assert repr(call) == f"Call(id='{call.id}', state='queued')"  # no event yet: the status of the answer


def test_raw_dial_still_answers_the_http_response(mock: CallingMock) -> None:
    raw = mock.client().calling.with_raw_response.dial(from_="+15550100001", to="+1555010002", url="https://e.com/s")
    assert isinstance(raw, APIResponse)
    leg = raw.parse()
    assert isinstance(leg, models.CallLeg)
    assert str(leg.id) in mock.calls


def test_commands_through_the_handle_carry_its_id_and_update_its_leg(mock: CallingMock) -> None:
    call = dial(mock)
    leg = call.denoise()
    assert isinstance(leg, models.CallLeg)
    assert call.leg is leg
    assert call.status == "answered"
    call.update(url="https://example.com/next")
    assert mock.requests[-1].data["params"] == {"id": str(call.id), "url": "https://example.com/next"}
    call.end(reason="busy")
    assert mock.requests[-1].data == {"command": "calling.end", "id": str(call.id), "params": {"reason": "busy"}}
    assert call.status == "ending"
    assert mock.calls[str(call.id)].ended


def test_an_operation_start_makes_its_own_control_id(mock: CallingMock) -> None:
    call = dial(mock)
    playback = call.play(play=TTS, volume=2.0)
    assert isinstance(playback, PlayOperation)
    assert uuid.UUID(playback.control_id).version == 4
    assert playback.call is call
    assert playback.leg is call.leg is not None
    mock.assert_sent("calling.play", control_id=playback.control_id, volume=2.0)
    assert mock.calls[str(call.id)].operations[playback.control_id].state == "active"
    assert call.play(play=TTS).control_id != playback.control_id


def test_an_operation_start_keeps_a_given_control_id(mock: CallingMock) -> None:
    recording = dial(mock).record(control_id="memo", record={"audio": {"format": "mp3"}})
    assert isinstance(recording, RecordOperation)
    assert recording.control_id == "memo"
    mock.assert_sent("calling.record", control_id="memo")


def test_operation_sub_commands_name_the_operation(mock: CallingMock) -> None:
    call = dial(mock)
    playback = call.play(play=TTS)
    operation = mock.calls[str(call.id)].operations[playback.control_id]
    playback.pause()
    assert operation.state == "paused"
    playback.resume()
    assert operation.state == "active"
    leg = playback.volume(volume=-3.5)
    assert playback.leg is leg
    assert call.leg is leg
    playback.stop()
    assert operation.state == "finished"
    sent = [(r.command, r.data["id"], r.control_id) for r in mock.requests[2:]]
    assert sent == [
        (command, str(call.id), playback.control_id)
        for command in ["calling.play.pause", "calling.play.resume", "calling.play.volume", "calling.play.stop"]
    ]
    assert mock.requests[-2].params["volume"] == -3.5


def test_collect_and_record_handles(mock: CallingMock) -> None:
    call = dial(mock)
    menu = call.collect(digits={"max": 1}, start_input_timers=False)
    menu.start_input_timers()
    menu.stop()
    recording = call.record(record={"audio": {}})
    recording.pause(behavior="silence")
    recording.resume()
    recording.stop()
    assert mock.commands[1:] == [
        "calling.collect",
        "calling.collect.start_input_timers",
        "calling.collect.stop",
        "calling.record",
        "calling.record.pause",
        "calling.record.resume",
        "calling.record.stop",
    ]
    mock.assert_sent("calling.record.pause", control_id=recording.control_id, behavior="silence")


def test_a_handle_for_an_existing_call_sends_nothing_until_used(mock: CallingMock) -> None:
    call_id = dial(mock).id
    client = mock.client()
    call = client.calling.call(str(call_id))
    assert mock.commands == ["dial"]
    assert call.id == call_id
    assert call.leg is None
    assert call.status is None
    PlayOperation(call, "from-elsewhere")  # a handle on a running operation: no I/O either
    assert mock.commands == ["dial"]
    call.end()
    assert call.status == "ending"


def test_a_handle_needs_a_uuid(mock: CallingMock) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        mock.client().calling.call("not-a-call")
    assert caught.value.field == "call_id"
    assert mock.requests == []


def test_bad_input_through_a_handle_fails_before_sending(mock: CallingMock) -> None:
    call = dial(mock)
    with pytest.raises(InvalidRequestError) as caught:
        call.play(play=[{"type": "tts"}])
    assert caught.value.command == "calling.play"
    with pytest.raises(InvalidRequestError):
        call.play(play=TTS).volume(volume=99)
    assert mock.commands == ["dial", "calling.play"]


def test_errors_reach_the_caller(mock: CallingMock) -> None:
    call = dial(mock)
    playback = call.play(play=TTS)
    mock.hangup(call.id)
    with pytest.raises(NotFoundError):
        playback.stop()


def test_handles_come_from_the_client_they_were_made_by(mock: CallingMock) -> None:
    client = mock.client()
    quiet = client.with_options(max_retries=0)
    call = quiet.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    mock.fail_next(503)
    with pytest.raises(signalwire_calling.InternalServerError):
        call.play_stop(control_id="x")  # max_retries=0 is kept: no retry of the 503
    assert mock.commands.count("calling.play.stop") == 1


# -- async --------------------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_handles(mock: CallingMock) -> None:
    async with mock.async_client() as client:
        call = await client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        assert isinstance(call, AsyncCall)
        assert isinstance(call.leg, models.CallLeg)
        playback = await call.play(play=TTS)
        assert isinstance(playback, AsyncPlayOperation)
        pending = playback.pause()
        assert inspect.iscoroutine(pending)
        await pending
        await playback.resume()
        await playback.volume(volume=1.0)
        await playback.stop()
        menu = await call.collect(control_id="menu", speech={})
        await menu.stop()
        await call.end()
        assert call.status == "ending"
        same = client.calling.call(call.id)
        assert isinstance(same, AsyncCall)
        assert same.leg is None
    assert mock.commands == [
        "dial",
        "calling.play",
        "calling.play.pause",
        "calling.play.resume",
        "calling.play.volume",
        "calling.play.stop",
        "calling.collect",
        "calling.collect.stop",
        "calling.end",
    ]
    assert all(r.control_id == playback.control_id for r in mock.requests[1:6])


# -- import cost ----------------------------------------------------------------------------------------------------


def test_handles_load_with_the_first_dial_not_with_the_package() -> None:
    code = (
        "import sys, signalwire_calling\n"
        "assert 'signalwire_calling._handles' not in sys.modules\n"
        "assert 'signalwire_calling.cli' not in sys.modules\n"
        "from signalwire_calling.testing import CallingMock\n"
        "CallingMock().client().calling.dial(from_='+15550100001', to='+15550100002', url='https://e.com/s')\n"
        "assert 'signalwire_calling._handles' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr
