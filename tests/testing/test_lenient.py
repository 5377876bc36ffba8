"""Lenient mode: fields the spec does not know are accepted and journaled; the known ones are still checked."""

from __future__ import annotations

import base64
import json

import pytest

from signalwire_calling import InvalidRequestError, RestClient, UnprocessableEntityError
from signalwire_calling.testing import CallingMock
from tests.support.mock import cli, dial, tts


def test_strict_by_default() -> None:
    mock = CallingMock()
    client = mock.client()
    leg = dial(client)
    with pytest.raises(UnprocessableEntityError) as caught:
        client.with_options(extra_params={"new_option": True}).calling.end(leg.id)
    assert caught.value.errors[0].attribute == "new_option"
    assert mock.requests[-1].extra_params == {}


def test_unknown_fields_are_accepted_and_recorded() -> None:
    mock = CallingMock(lenient=True)
    client = mock.client()
    leg = dial(client)
    extra = client.with_options(extra_params={"new_option": True, "beta": {"level": 2}})
    answer = extra.calling.play(leg.id, control_id="x", play=tts())
    assert answer.status == "answered"
    sent = mock.assert_sent("calling.play", control_id="x", new_option=True)
    assert sent.extra_params == {"new_option": True, "beta": {"level": 2}}
    assert sent.data["params"]["beta"] == {"level": 2}  # the journal keeps the body as sent
    assert mock.calls[str(leg.id)].operations["x"].state == "active"  # and the command took effect
    extra.calling.update(leg.id, url="https://example.com/next")
    assert mock.requests[-1].extra_params == {"new_option": True, "beta": {"level": 2}}  # params.id is known
    assert mock.requests[0].extra_params == {}


def test_known_fields_are_still_checked() -> None:
    mock = CallingMock(lenient=True)
    client = mock.client()
    leg = dial(client)
    extra = client.with_options(extra_params={"new_option": True}, max_retries=0)
    body = {"command": "calling.play.volume", "id": str(leg.id), "params": {"control_id": "x", "volume": 99, "new": 1}}
    reply = mock.handle("POST", "/api/calling/calls", {"authorization": _basic(mock)}, _json(body))
    assert reply.status == 422
    assert b'"attribute":"volume"' in reply.body.replace(b" ", b"")
    with pytest.raises(InvalidRequestError):  # the client checks before sending, as always
        extra.calling.play(leg.id, control_id="x", play=[{"type": "tts"}])


def test_the_command_line_takes_lenient() -> None:
    with cli("--lenient", "--quiet") as (_, url), RestClient("test-project", "test-token", url) as client:
        leg = dial(client)
        assert client.with_options(extra_params={"new_option": 1}).calling.denoise(leg.id).status == "answered"


def _basic(mock: CallingMock) -> str:
    return "Basic " + base64.b64encode(f"{mock.project}:{mock.token}".encode()).decode()


def _json(body: object) -> bytes:
    return json.dumps(body).encode()
