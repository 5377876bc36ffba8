"""The mock's rules (see the docstring of signalwire_calling.testing), through the real façade in both run modes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from signalwire_calling import (
    AsyncRestClient,
    AuthenticationError,
    NotFoundError,
    RestClient,
    UnprocessableEntityError,
)
from signalwire_calling.testing import DEFAULT_PROJECT, DEFAULT_TOKEN, CallingMock
from tests.support.mock import dial, tts

PATH = "/api/calling/calls"


def post(mock: CallingMock, body: Any, *, auth: tuple[str, str] | None = None, method: str = "POST") -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    with httpx.Client(transport=mock.transport(), base_url="http://127.0.0.1") as http:
        return http.request(method, PATH, content=content, auth=auth or (mock.project, mock.token))


def error_items(error: UnprocessableEntityError) -> list[tuple[str | None, str]]:
    return [(item.attribute, item.code) for item in error.errors]


# -- authentication ------------------------------------------------------------------------------------------


def test_the_default_credentials_are_documented_constants() -> None:
    mock = CallingMock()
    assert (mock.project, mock.token) == (DEFAULT_PROJECT, DEFAULT_TOKEN) == ("test-project", "test-token")


@pytest.mark.parametrize("mode", ["transport", "server"])
def test_wrong_credentials_get_401_and_change_nothing(mode: str) -> None:
    mock = CallingMock(project="P", token="T")
    if mode == "transport":
        http = httpx.Client(transport=mock.transport())
        with (
            RestClient("P", "wrong", "http://127.0.0.1", http_client=http) as c,
            pytest.raises(AuthenticationError) as caught,
        ):
            dial(c)
    else:
        with (
            mock.serve() as server,
            RestClient("else", "T", server.url) as c,
            pytest.raises(AuthenticationError) as caught,
        ):
            dial(c)
    assert caught.value.body == {"error": "Unauthorized"}
    assert caught.value.response.headers["www-authenticate"].startswith("Basic")
    assert mock.calls == {}
    assert mock.last.status == 401
    assert not mock.last.authorized


def test_missing_or_malformed_authorization_gets_401() -> None:
    mock = CallingMock()
    body = {"command": "dial", "params": {"from": "+1", "url": "https://x"}}
    with httpx.Client(transport=mock.transport(), base_url="http://127.0.0.1") as http:
        assert http.post(PATH, json=body).status_code == 401
        for value in ("Bearer abc", "Basic !!!", "Basic dGVzdC1wcm9qZWN0"):  # the last has no colon
            assert http.post(PATH, json=body, headers={"Authorization": value}).status_code == 401
    assert mock.calls == {}


def test_the_journal_redacts_the_authorization_value_and_keeps_the_project(calling_mock: CallingMock) -> None:
    post(calling_mock, {"command": "dial", "params": {"from": "+1", "url": "https://x"}})
    recorded = calling_mock.last
    assert recorded.headers["authorization"] == "<redacted>"
    assert DEFAULT_TOKEN not in repr(recorded)
    assert recorded.project == DEFAULT_PROJECT
    assert recorded.authorized


# -- paths, methods, bodies ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_other_methods_get_404(calling_mock: CallingMock, method: str) -> None:
    response = post(calling_mock, {}, method=method)
    assert (response.status_code, response.json()) == (404, {"error": "Not Found"})


def test_other_paths_get_404_even_without_credentials(calling_mock: CallingMock) -> None:
    with httpx.Client(transport=calling_mock.transport(), base_url="http://127.0.0.1") as http:
        response = http.post("/api/calling/calls/1", json={})
    assert (response.status_code, response.json()) == (404, {"error": "Not Found"})


@pytest.mark.parametrize("body", [b"", b"{", b"[1, 2]", b'"dial"', b"null", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_gets_400(calling_mock: CallingMock, body: bytes) -> None:
    response = post(calling_mock, body)
    assert (response.status_code, response.json()) == (400, {"error": "Bad Request"})


# -- 422: what the spec rejects ------------------------------------------------------------------------------


def test_an_unknown_command_gets_422_naming_command(calling_mock: CallingMock) -> None:
    response = post(calling_mock, {"command": "calling.teleport", "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})
    assert response.status_code == 422
    (item,) = response.json()["errors"]
    assert item["attribute"] == "command"
    assert item["code"] == "invalid_parameter"
    assert item["type"] == "validation_error"
    assert item["message"].startswith("command 'calling.teleport' is not one of")
    assert item["url"].startswith("https://")


def test_each_issue_becomes_an_error_item_whose_attribute_drops_params(calling_mock: CallingMock) -> None:
    call = calling_mock.add_call()
    body = {"command": "calling.play", "id": call.id, "params": {"volume": 99, "play": [{"type": "tts"}]}}
    response = post(calling_mock, body)
    assert response.status_code == 422
    items = {(item["attribute"], item["code"]) for item in response.json()["errors"]}
    assert items == {
        ("control_id", "missing_required_parameter"),
        ("play[0].params", "missing_required_parameter"),
        ("volume", "invalid_parameter"),
    }
    assert "volume 99 is greater than the maximum 40" in [item["message"] for item in response.json()["errors"]]
    assert call.operations == {}


def test_a_request_the_client_would_refuse_is_refused_by_the_mock_too(client: RestClient) -> None:
    # extra_params skips the client's own check, so the mock's check is what answers.
    loose = client.with_options(extra_params={"colour": "blue"})
    with pytest.raises(UnprocessableEntityError) as caught:
        dial(loose)
    assert error_items(caught.value) == [("colour", "invalid_parameter")]


# -- calls ---------------------------------------------------------------------------------------------------


def test_dial_answers_queued_then_the_call_is_answered(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client, to="sip:alice@example.com")
    assert leg.status == "queued"
    assert leg.type_ == "relay_sip_call"
    assert leg.direction == "outbound-api"
    assert leg.url == "https://example.com/swml"
    call = calling_mock.calls[str(leg.id)]
    assert call is calling_mock.last_call
    assert call.status == "answered"
    assert call.params["to"] == "sip:alice@example.com"
    assert client.calling.denoise(leg.id).status == "answered"


@pytest.mark.parametrize(
    ("to", "kind"), [("+15550100002", "relay_pstn_call"), ("verto:bob@x", "relay_webrtc_call"), ("", "relay_pstn_call")]
)
def test_the_leg_type_follows_the_destination(client: RestClient, to: str, kind: str) -> None:
    assert dial(client, to=to).type_ == kind


def test_each_dial_creates_a_new_call(calling_mock: CallingMock, client: RestClient) -> None:
    ids = {dial(client).id for _ in range(3)}
    assert len(ids) == 3
    assert set(calling_mock.calls) == {str(i) for i in ids}


def test_without_auto_answer_a_call_takes_only_update_and_end(client: RestClient, calling_mock: CallingMock) -> None:
    calling_mock.auto_answer = False
    leg = dial(client)
    assert calling_mock.call(leg.id).status == "queued"
    with pytest.raises(UnprocessableEntityError) as caught:
        client.calling.play(leg.id, control_id="p", play=tts())
    assert error_items(caught.value) == [("id", "invalid_parameter")]
    assert "queued, not answered" in caught.value.errors[0].message
    assert client.calling.update(leg.id, url="https://example.com/other").url == "https://example.com/other"
    calling_mock.set_status(leg.id, "ringing")
    assert client.calling.denoise_stop(leg.id) if False else True
    calling_mock.answer(leg.id)
    assert client.calling.play(leg.id, control_id="p", play=tts()).status == "answered"


def test_commands_on_an_unknown_call_get_404(client: RestClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.calling.play("3fa85f64-5717-4562-b3fc-2c963f66afa6", control_id="p", play=tts())
    assert caught.value.body == {"error": "Not Found"}


def test_end_answers_ending_and_then_the_call_is_gone(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="p", play=tts())
    ended = client.calling.end(leg.id, reason="busy")
    assert ended.status == "ending"
    assert ended.duration is not None
    assert ended.duration_ms is not None
    assert ended.billing_ms == ended.duration_ms
    call = calling_mock.call(leg.id)
    assert (call.status, call.end_reason, call.operations["p"].state) == ("ended", "busy", "finished")
    for command in (lambda: client.calling.end(leg.id), lambda: client.calling.update(leg.id, url="https://x")):
        with pytest.raises(NotFoundError):
            command()


def test_hangup_by_the_far_end_ends_the_call(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    calling_mock.hangup(leg.id, reason="busy")
    with pytest.raises(NotFoundError):
        client.calling.denoise(leg.id)
    with pytest.raises(ValueError, match="already ended"):
        calling_mock.answer(leg.id)


@pytest.mark.parametrize("status", ["failed", "canceled", "completed"])
def test_every_ended_status_makes_commands_404(calling_mock: CallingMock, client: RestClient, status: str) -> None:
    leg = dial(client)
    calling_mock.set_status(leg.id, status)
    with pytest.raises(NotFoundError):
        client.calling.end(leg.id)


def test_update_acts_on_params_id(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    other = dial(client)
    answer = client.calling.update(leg.id, swml={"sections": {"main": []}}, fallback_url="https://f")
    assert str(answer.id) == str(leg.id)
    assert calling_mock.last.call_id == str(leg.id)
    assert calling_mock.call(other.id).status == "answered"


def test_update_completed_ends_an_answered_call(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    assert client.calling.update(leg.id, url="https://x", status="completed").status == "ending"
    assert calling_mock.call(leg.id).status == "ended"


def test_update_canceled_cancels_only_a_call_not_yet_answered(calling_mock: CallingMock, client: RestClient) -> None:
    answered = dial(client)
    assert client.calling.update(answered.id, url="https://x", status="canceled").status == "answered"
    calling_mock.auto_answer = False
    queued = dial(client)
    assert client.calling.update(queued.id, url="https://x", status="canceled").status == "canceled"
    assert calling_mock.call(queued.id).status == "canceled"


def test_an_inbound_call_added_by_the_test_takes_commands(calling_mock: CallingMock, client: RestClient) -> None:
    call = calling_mock.add_call(from_="+15550100009", to="sip:desk@example.com")
    leg = client.calling.transfer(call.id, dest="sip:other@example.com")
    assert (leg.direction, leg.type_, leg.from_) == ("inbound", "relay_sip_call", "+15550100009")


def test_set_status_rejects_statuses_the_spec_does_not_know(calling_mock: CallingMock) -> None:
    call = calling_mock.add_call()
    with pytest.raises(ValueError, match="status must be one of"):
        calling_mock.set_status(call.id, "on-hold")
    with pytest.raises(KeyError):
        calling_mock.set_status("3fa85f64-5717-4562-b3fc-2c963f66afa6", "ended")


def test_call_ids_match_whatever_their_case(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    assert client.calling.denoise(str(leg.id).upper()).status == "answered"


# -- operations ----------------------------------------------------------------------------------------------


def test_an_operation_lives_through_pause_resume_volume_stop(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="music", play=tts(), volume=2)
    operation = calling_mock.call(leg.id).operation("music")
    assert (operation.kind, operation.state, operation.params["volume"]) == ("play", "active", 2)
    client.calling.play_pause(leg.id, control_id="music")
    assert operation.state == "paused"
    client.calling.play_pause(leg.id, control_id="music")  # idempotent: accepted again
    client.calling.play_volume(leg.id, control_id="music", volume=-3)
    client.calling.play_resume(leg.id, control_id="music")
    client.calling.play_resume(leg.id, control_id="music")
    assert (operation.state, operation.params["volume"]) == ("active", -3)
    client.calling.play_stop(leg.id, control_id="music")
    client.calling.play_stop(leg.id, control_id="music")  # idempotent: a retried stop is not an error
    assert operation.state == "finished"
    assert operation.effects == ["start", "pause", "pause", "update", "resume", "resume", "stop"]


@pytest.mark.parametrize(
    "act",
    [
        lambda c, i: c.calling.play_pause(i, control_id="music"),
        lambda c, i: c.calling.play_resume(i, control_id="music"),
        lambda c, i: c.calling.play_volume(i, control_id="music", volume=1),
    ],
)
def test_a_finished_operation_cannot_be_paused_resumed_or_updated(
    calling_mock: CallingMock, client: RestClient, act: Any
) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="music", play=tts())
    calling_mock.finish(leg.id, "music")  # the audio played out
    with pytest.raises(UnprocessableEntityError) as caught:
        act(client, leg.id)
    assert error_items(caught.value) == [("control_id", "invalid_parameter")]
    assert "has finished" in caught.value.errors[0].message


def test_an_unknown_control_id_gets_422(client: RestClient) -> None:
    leg = dial(client)
    with pytest.raises(UnprocessableEntityError) as caught:
        client.calling.record_stop(leg.id, control_id="nothing")
    assert error_items(caught.value) == [("control_id", "invalid_parameter")]
    assert caught.value.errors[0].message == "control_id 'nothing' names no record of this call"


def test_a_control_id_of_another_kind_is_unknown_to_this_kind(client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="x", play=tts())
    with pytest.raises(UnprocessableEntityError):
        client.calling.record_stop(leg.id, control_id="x")


def test_control_ids_are_per_call(client: RestClient) -> None:
    first, second = dial(client), dial(client)
    client.calling.play(first.id, control_id="x", play=tts())
    client.calling.play(second.id, control_id="x", play=tts())
    with pytest.raises(UnprocessableEntityError):
        client.calling.collect_stop(second.id, control_id="y")


def test_a_live_control_id_cannot_start_another_operation(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="x", play=tts())
    with pytest.raises(UnprocessableEntityError) as caught:
        client.calling.record(leg.id, control_id="x", record={"audio": {}})
    assert caught.value.errors[0].message == "control_id 'x' is already in use by an active play"
    client.calling.play_stop(leg.id, control_id="x")
    client.calling.record(leg.id, control_id="x", record={"audio": {}})  # a finished one's id may be reused
    assert calling_mock.call(leg.id).operation("x").kind == "record"


@pytest.mark.parametrize(
    ("start", "act"),
    [
        (lambda c, i: c.calling.collect(i, control_id="k", digits={"max": 2}), "collect_start_input_timers"),
        (lambda c, i: c.calling.detect(i, control_id="k", detect={"type": "fax"}), "detect_stop"),
        (lambda c, i: c.calling.tap(i, control_id="k", tap={"type": "audio", "params": {"direction": "both"}},
                                    device={"type": "ws", "params": {"uri": "wss://x"}}), "tap_stop"),
        (lambda c, i: c.calling.stream(i, control_id="k", url="wss://x"), "stream_stop"),
        (lambda c, i: c.calling.transcribe(i, control_id="k"), "transcribe_stop"),
        (lambda c, i: c.calling.record(i, control_id="k", record={"audio": {}}), "record_pause"),
    ],
)  # fmt: skip
def test_every_startable_kind_is_tracked(calling_mock: CallingMock, client: RestClient, start: Any, act: str) -> None:
    leg = dial(client)
    start(client, leg.id)
    getattr(client.calling, act)(leg.id, control_id="k")
    operation = calling_mock.call(leg.id).operation("k")
    assert operation.effects[-1] == {"stop": "stop", "pause": "pause"}.get(act.rsplit("_", 1)[-1], "update")
    with pytest.raises(UnprocessableEntityError):
        getattr(client.calling, act)(leg.id, control_id="other")


@pytest.mark.parametrize("method", ["ai_stop", "send_fax_stop", "receive_fax_stop"])
def test_operations_started_by_swml_are_accepted_with_any_control_id(client: RestClient, method: str) -> None:
    leg = dial(client)
    assert getattr(client.calling, method)(leg.id, control_id="never-seen").status == "answered"


def test_an_swml_operation_a_test_tracks_is_stopped(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    agent = calling_mock.add_operation(leg.id, "ai", "agent")
    other = calling_mock.add_operation(leg.id, "ai", "other")
    fax = calling_mock.add_operation(leg.id, "send_fax", "fax")
    client.calling.send_fax_stop(leg.id, control_id="fax")
    assert (fax.state, agent.state) == ("finished", "active")
    client.calling.ai_stop(leg.id)  # no control id: every live ai operation
    assert (agent.state, other.state) == ("finished", "finished")
    with pytest.raises(ValueError, match="kind must be one of"):
        calling_mock.add_operation(leg.id, "juggle", "j")


def test_operations_need_an_answered_call(calling_mock: CallingMock, client: RestClient) -> None:
    calling_mock.auto_answer = False
    leg = dial(client)
    with pytest.raises(UnprocessableEntityError):
        client.calling.play_stop(leg.id, control_id="x")


# -- async, both modes ---------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_async_client_follows_the_same_rules(
    calling_mock: CallingMock, async_client: AsyncRestClient
) -> None:
    leg = await async_client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    await async_client.calling.record(leg.id, control_id="memo", record={"audio": {"format": "wav"}})
    with pytest.raises(UnprocessableEntityError):
        await async_client.calling.record(leg.id, control_id="memo", record={"audio": {}})
    await async_client.calling.record_stop(leg.id, control_id="memo")
    assert (await async_client.calling.end(leg.id)).status == "ending"
    with pytest.raises(NotFoundError):
        await async_client.calling.end(leg.id)
    assert calling_mock.call(leg.id).operation("memo").effects == ["start", "stop"]
