"""Arguments that do not match the spec raise `InvalidRequestError` before anything is sent."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import signalwire_calling
from signalwire_calling import InvalidRequestError, SignalWireError, models
from tests.conftest import CALL_ID, Capture

SWML = {"version": "1.0.0", "sections": {"main": [{"answer": {}}]}}
TAP = {"type": "audio", "params": {"direction": "both"}}


def rtp(port: Any) -> dict[str, Any]:
    return {"type": "rtp", "params": {"addr": "198.51.100.42", "port": port}}


Case = tuple[str, str, Callable[[Any], Any], tuple[str, ...]]
"""(wire command, field path in the error, the call, words the message must contain besides the field)."""

CASES: dict[str, Case] = {
    "wrong type top level": (
        "calling.play.volume",
        "params.volume",
        lambda calling: calling.play_volume(CALL_ID, control_id="play-1", volume="loud"),
        ("number", "'loud'"),
    ),
    "wrong type nested": (
        "calling.play",
        "params.play[0].params.text",
        lambda calling: calling.play(CALL_ID, control_id="play-1", play=[{"type": "tts", "params": {"text": 5}}]),
        ("string",),
    ),
    "wrong type of a list": (
        "calling.play",
        "params.play",
        lambda calling: calling.play(CALL_ID, control_id="play-1", play={"type": "tts", "params": {"text": "hi"}}),
        ("array",),
    ),
    "value outside enum": (
        "calling.end",
        "params.reason",
        lambda calling: calling.end(CALL_ID, reason="bored"),
        ("'bored'", "hangup"),
    ),
    "nested value outside enum": (
        "calling.tap",
        "params.tap.params.direction",
        lambda calling: calling.tap(
            CALL_ID, control_id="tap-1", tap={"type": "audio", "params": {"direction": "sideways"}}, device=rtp(5060)
        ),
        ("'sideways'",),
    ),
    "play volume above range": (
        "calling.play.volume",
        "params.volume",
        lambda calling: calling.play_volume(CALL_ID, control_id="play-1", volume=41),
        ("41", "40"),
    ),
    "tap port below range": (
        "calling.tap",
        "params.device.params.port",
        lambda calling: calling.tap(CALL_ID, control_id="tap-1", tap=TAP, device=rtp(0)),
        ("0", "minimum"),
    ),
    "dial timeout above range": (
        "dial",
        "params.timeout",
        lambda calling: calling.dial(
            from_="+15551234567", to="+15557654321", url="https://example.com/swml", timeout=601
        ),
        ("601", "600"),
    ),
    "call id not a uuid": (
        "calling.play.stop",
        "id",
        lambda calling: calling.play_stop("call-42", control_id="play-1"),
        ("'call-42'", "UUID"),
    ),
    "update call id not a uuid": (
        "update",
        "params.id",
        lambda calling: calling.update("call-42", url="https://example.com/swml"),
        ("'call-42'", "UUID"),
    ),
    "dial with neither url nor swml": (
        "dial",
        "params",
        lambda calling: calling.dial(from_="+15551234567", to="+15557654321"),
        ("url", "swml"),
    ),
    "dial with both url and swml": (
        "dial",
        "params",
        lambda calling: calling.dial(
            from_="+15551234567", to="+15557654321", url="https://example.com/swml", swml=SWML
        ),
        ("url", "swml"),
    ),
    "update with neither url nor swml": (
        "update",
        "params",
        lambda calling: calling.update(CALL_ID, status_url="https://example.com/status"),
        ("url", "swml"),
    ),
    "unknown discriminator": (
        "calling.play",
        "params.play[0].type",
        lambda calling: calling.play(CALL_ID, control_id="play-1", play=[{"type": "video"}]),
        ("'video'", "tts"),
    ),
    "attrs model with a wrong value": (
        "calling.play",
        "params.play[0].params.text",
        lambda calling: calling.play(
            CALL_ID, control_id="play-1", play=[models.PlayTtsItem(params=models.PlayTtsParams(text=5))]
        ),
        ("string",),
    ),
}


def check(error: pytest.ExceptionInfo[InvalidRequestError], case: Case) -> None:
    command, field, _, words = case
    exc = error.value
    assert isinstance(exc, ValueError)
    assert isinstance(exc, SignalWireError)
    assert exc.command == command
    assert exc.field == field
    message = str(exc)
    assert command in message
    assert field in message
    for word in words:
        assert word in message


@pytest.mark.parametrize("name", list(CASES))
def test_sync_bad_input_raises_before_sending(
    name: str, client: signalwire_calling.RestClient, capture: Capture
) -> None:
    case = CASES[name]
    with pytest.raises(InvalidRequestError) as error:
        case[2](client.calling)
    check(error, case)
    assert capture.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize("name", list(CASES))
async def test_async_bad_input_raises_before_sending(
    name: str, async_client: signalwire_calling.AsyncRestClient, capture: Capture
) -> None:
    case = CASES[name]
    with pytest.raises(InvalidRequestError) as error:
        await case[2](async_client.calling)
    check(error, case)
    assert capture.requests == []


# Calls that do not fit a method's signature fail as in any Python function: TypeError naming the method and
# the argument, raised by Python before the method runs, so nothing can be sent.

SIGNATURE_CASES: dict[str, tuple[Callable[[Any], Any], tuple[str, ...]]] = {
    "missing required param": (lambda calling: calling.play_stop(CALL_ID), ("play_stop", "control_id")),
    "missing required dial from": (
        lambda calling: calling.dial(to="+15557654321", url="https://example.com/swml"),
        ("dial", "from_"),
    ),
    "missing call id": (lambda calling: calling.play_stop(control_id="play-1"), ("play_stop", "call_id")),
    "unknown keyword": (lambda calling: calling.play_stop(CALL_ID, control_id="play-1", bogus=1), ("bogus",)),
    "wire name instead of keyword": (
        lambda calling: calling.dial(**{"from": "+15551234567", "to": "+15557654321", "url": "https://e.com/s"}),
        ("dial", "from"),
    ),
    "extra positional argument": (lambda calling: calling.play_stop(CALL_ID, "play-1"), ("play_stop", "positional")),
    "positional argument to dial": (
        lambda calling: calling.dial("+15551234567", to="+15557654321", url="https://example.com/swml"),
        ("dial", "positional"),
    ),
}


@pytest.mark.parametrize("name", list(SIGNATURE_CASES))
@pytest.mark.parametrize("client_fixture", ["client", "async_client"])
def test_a_call_outside_the_signature_is_a_type_error(
    name: str, client_fixture: str, request: pytest.FixtureRequest, capture: Capture
) -> None:
    call, words = SIGNATURE_CASES[name]
    calling = request.getfixturevalue(client_fixture).calling
    with pytest.raises(TypeError) as error:
        call(calling)  # on the async client, not awaited: Python checks the arguments when the coroutine is made
    for word in words:
        assert word in str(error.value)
    assert capture.requests == []


def test_call_id_may_be_given_by_keyword(client: signalwire_calling.RestClient, capture: Capture) -> None:
    client.calling.end(call_id=CALL_ID, reason="hangup")
    client.calling.update(call_id=CALL_ID, url="https://example.com/swml")
    assert capture.bodies == [
        {"command": "calling.end", "id": CALL_ID, "params": {"reason": "hangup"}},
        {"command": "update", "params": {"id": CALL_ID, "url": "https://example.com/swml"}},
    ]


def test_error_for_several_problems_names_every_one(client: signalwire_calling.RestClient, capture: Capture) -> None:
    with pytest.raises(InvalidRequestError) as error:
        client.calling.tap(CALL_ID, control_id="tap-1", tap={"type": "audio", "params": {}}, device=rtp(0))
    assert error.value.field.startswith("params.")
    assert str(error.value) == (
        "calling.tap: 2 problems: params.tap.params.direction: is required;"
        " params.device.params.port: 0 is less than the minimum 1"
    )
    assert capture.requests == []


def test_an_unknown_field_comes_before_the_required_field_it_misspells(
    client: signalwire_calling.RestClient, capture: Capture
) -> None:
    with pytest.raises(InvalidRequestError) as error:
        client.calling.play(CALL_ID, control_id="p", play=[{"type": "tts", "params": {"txt": "Hi"}}])
    assert [(issue.path, issue.kind) for issue in error.value.issues] == [
        ("params.play[0].params.txt", "unexpected"),
        ("params.play[0].params.text", "required"),
    ]
    assert (error.value.field, error.value.reason) == (
        "params.play[0].params.txt",
        "is not a known field (did you mean 'text'?)",
    )
    assert str(error.value) == (
        "calling.play: 2 problems: params.play[0].params.txt: is not a known field (did you mean 'text'?);"
        " params.play[0].params.text: is required"
    )
    assert capture.requests == []


def test_the_message_lists_at_most_max_shown_issues(client: signalwire_calling.RestClient, capture: Capture) -> None:
    bad = [{"type": "tts", "params": {"text": "Hi", "colour": "red"}}] * 25
    with pytest.raises(InvalidRequestError) as error:
        client.calling.play(CALL_ID, control_id="p", play=bad)
    assert len(error.value.issues) == 25
    message = str(error.value)
    assert message.startswith("calling.play: 25 problems: params.play[0].params.colour: is not a known field;")
    assert message.count("is not a known field") == InvalidRequestError.MAX_SHOWN == 20
    assert message.endswith("; and 5 more (see .issues)")
    assert capture.requests == []


def test_good_input_after_bad_input_is_sent(client: signalwire_calling.RestClient, capture: Capture) -> None:
    """A rejected call leaves the client usable."""
    with pytest.raises(InvalidRequestError):
        client.calling.play_volume(CALL_ID, control_id="play-1", volume=41)
    client.calling.play_volume(CALL_ID, control_id="play-1", volume=40)
    assert capture.bodies == [
        {"command": "calling.play.volume", "id": CALL_ID, "params": {"control_id": "play-1", "volume": 40}}
    ]


# Attrs models and plain dicts are interchangeable.

MODEL_AND_DICT: dict[str, tuple[str, tuple[Any, ...], dict[str, Any], dict[str, Any]]] = {
    "play tts": (
        "play",
        (CALL_ID,),
        {"control_id": "play-1", "play": [models.PlayTtsItem(type_="tts", params=models.PlayTtsParams(text="hi"))]},
        {"control_id": "play-1", "play": [{"type": "tts", "params": {"text": "hi"}}]},
    ),
    "play tts without type_": (
        "play",
        (CALL_ID,),
        {
            "control_id": "play-1",
            "play": [models.PlayTtsItem(params=models.PlayTtsParams(text="hi", voice="Polly.Joanna"))],
        },
        {"control_id": "play-1", "play": [{"type": "tts", "params": {"text": "hi", "voice": "Polly.Joanna"}}]},
    ),
    "tap with nested models": (
        "tap",
        (CALL_ID,),
        {
            "control_id": "tap-1",
            "tap": models.TapConfig(params=models.TapAudioParams(direction="both")),
            "device": models.TapDeviceRtp(params=models.TapRtpParams(addr="198.51.100.42", port=5060)),
        },
        {"control_id": "tap-1", "tap": TAP, "device": rtp(5060)},
    ),
}


@pytest.mark.parametrize("name", list(MODEL_AND_DICT))
def test_attrs_models_give_the_same_body_as_dicts(
    name: str, client: signalwire_calling.RestClient, capture: Capture
) -> None:
    method, args, with_models, with_dicts = MODEL_AND_DICT[name]
    assert any(attrs.has(type(value)) or isinstance(value, list) for value in with_models.values())

    getattr(client.calling, method)(*args, **with_models)
    getattr(client.calling, method)(*args, **with_dicts)

    first, second = capture.bodies
    assert first == second
    assert first["params"] == with_dicts


def test_uuid_objects_and_tuples_are_accepted(client: signalwire_calling.RestClient, capture: Capture) -> None:
    client.calling.play(uuid.UUID(CALL_ID), control_id="play-1", play=({"type": "tts", "params": {"text": "hi"}},))
    body = json.loads(capture.requests[0].content)
    assert body["id"] == CALL_ID
    assert body["params"]["play"] == [{"type": "tts", "params": {"text": "hi"}}]


def test_none_keywords_are_not_sent(client: signalwire_calling.RestClient, capture: Capture) -> None:
    client.calling.end(CALL_ID, reason=None)
    assert capture.bodies == [{"command": "calling.end", "id": CALL_ID, "params": {}}]


def test_integral_floats_are_integers_as_in_json_schema(
    client: signalwire_calling.RestClient, capture: Capture
) -> None:
    client.calling.play(CALL_ID, control_id="p", play=[], loop=2.0)
    assert json.loads(capture.requests[0].content)["params"]["loop"] == 2
    with pytest.raises(InvalidRequestError, match=r"params\.loop"):
        client.calling.play(CALL_ID, control_id="p", play=[], loop=2.5)
    assert len(capture.requests) == 1


@pytest.mark.parametrize(
    "call_id",
    [
        uuid.UUID(CALL_ID).hex,  # no hyphens
        "{" + CALL_ID + "}",
        "urn:uuid:" + CALL_ID,
        CALL_ID + "\n",  # a `$`-anchored regex accepted it: `$` also matches before a final newline
        " " + CALL_ID,
    ],
)
def test_call_ids_take_the_hyphenated_form_the_contract_accepts(
    client: signalwire_calling.RestClient, capture: Capture, call_id: str
) -> None:
    with pytest.raises(InvalidRequestError, match="8-4-4-4-12") as caught:
        client.calling.end(call_id)
    assert caught.value.field == "id"
    assert capture.requests == []


@pytest.mark.parametrize("volume", [float("nan"), float("inf"), float("-inf")])
def test_numbers_json_cannot_carry_are_rejected(
    client: signalwire_calling.RestClient, capture: Capture, volume: float
) -> None:
    with pytest.raises(InvalidRequestError, match="NaN or infinity") as caught:
        client.calling.play_volume(CALL_ID, control_id="p", volume=volume)
    assert caught.value.field == "params.volume"
    assert capture.requests == []


def test_the_value_of_a_secret_field_is_not_repeated(client: signalwire_calling.RestClient, capture: Capture) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        client.calling.dial(from_="+15551230000", to="+15557654321", url="https://e.com/x", password=12345678)  # type: ignore[arg-type]
    assert caught.value.field == "params.password"
    assert "12345678" not in str(caught.value)
    assert capture.requests == []


def test_any_sequence_is_sent_as_a_json_array(client: signalwire_calling.RestClient, capture: Capture) -> None:
    from collections import deque

    client.calling.play(CALL_ID, control_id="p", play=deque([{"type": "silence", "params": {"duration": 1}}]))
    assert capture.bodies[0]["params"]["play"] == [{"type": "silence", "params": {"duration": 1}}]
