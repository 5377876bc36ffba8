"""The journal and the assertion helpers tests use to check what their code sent."""

from __future__ import annotations

import uuid

import pytest

from signalwire_calling import NotFoundError, RestClient, models
from signalwire_calling.testing import CallingMock
from tests.support.mock import dial, tts


def test_an_empty_mock_says_so() -> None:
    mock = CallingMock()
    assert mock.requests == []
    assert mock.commands == []
    with pytest.raises(LookupError):
        _ = mock.last
    with pytest.raises(LookupError):
        _ = mock.last_call
    assert "calls=0" in repr(mock)


def test_every_request_is_journaled_with_its_command_call_params_and_answer(
    calling_mock: CallingMock, client: RestClient
) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="hello", play=tts("Hi"), volume=3)
    client.calling.update(leg.id, url="https://example.com/next")
    dialed, played, updated = calling_mock.requests
    assert calling_mock.commands == ["dial", "calling.play", "update"]
    assert (dialed.call_id, dialed.params["from"], dialed.answer["id"]) == (None, "+15550100001", str(leg.id))
    assert (played.call_id, played.control_id, played.params["volume"]) == (str(leg.id), "hello", 3)
    assert played.data == {"command": "calling.play", "id": str(leg.id), "params": dict(played.params)}
    assert updated.call_id == str(leg.id)  # from params.id
    assert calling_mock.last is updated
    assert (played.method, played.path, played.status) == ("POST", "/api/calling/calls", 200)
    assert played.headers["content-type"] == "application/json"
    assert played.body.startswith(b'{"command":"calling.play"')


def test_the_request_id_of_the_answer_is_journaled(calling_mock: CallingMock, client: RestClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.calling.end(uuid.uuid4())
    assert caught.value.request_id == calling_mock.last.request_id


def test_assert_sent_matches_command_call_and_params(calling_mock: CallingMock, client: RestClient) -> None:
    first, second = dial(client), dial(client, to="sip:bob@example.com")
    client.calling.play(first.id, control_id="a", play=tts())
    client.calling.play(second.id, control_id="b", play=tts("Bye"))
    found = calling_mock.assert_sent("calling.play", control_id="b")
    assert found.call_id == str(second.id)
    calling_mock.assert_sent("calling.play", call_id=first.id, control_id="a")  # a UUID matches its string
    calling_mock.assert_sent("calling.play", play=tts("Bye"))  # whole JSON values compare
    calling_mock.assert_sent("calling.play", times=2)
    calling_mock.assert_sent("dial", from_="+15550100001", to="sip:bob@example.com")  # from_ means "from"
    calling_mock.assert_not_sent("calling.play", control_id="c")
    calling_mock.assert_not_sent("calling.end")
    assert calling_mock.sent() == calling_mock.requests
    assert len(calling_mock.sent(call_id=second.id)) == 1


def test_params_given_as_models_compare_as_their_json(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.collect(leg.id, control_id="pin", digits={"max": 4, "terminators": "#"})
    calling_mock.assert_sent("calling.collect", digits=models.CollectDigitsParams(max_=4, terminators="#"))


def test_assert_sent_explains_what_was_sent_instead(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="a", play=tts())
    with pytest.raises(AssertionError, match=r"expected calling.play \{\"control_id\": \"b\"\}.*found 0.*dial.*'a'"):
        calling_mock.assert_sent("calling.play", control_id="b")
    with pytest.raises(AssertionError, match="sent 2 time"):
        calling_mock.assert_sent("calling.play", times=2)
    with pytest.raises(AssertionError, match=r"expected no calling\.play"):
        calling_mock.assert_not_sent("calling.play")


def test_requests_that_were_refused_are_journaled_too(calling_mock: CallingMock, client: RestClient) -> None:
    with pytest.raises(NotFoundError):
        client.calling.denoise(uuid.uuid4())
    assert calling_mock.last.status == 404
    assert calling_mock.last.answer == {"error": "Not Found"}
    calling_mock.assert_sent("calling.denoise")


def test_reset_forgets_calls_requests_and_faults(calling_mock: CallingMock, client: RestClient) -> None:
    dial(client)
    calling_mock.fail_next(500)
    calling_mock.reset()
    assert (calling_mock.calls, calling_mock.requests, calling_mock.pending_faults) == ({}, [], 0)
