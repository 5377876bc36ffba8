"""The mock against the vendor's contract: it takes each of the 42 documented requests and every answer it
gives is what the vendor documents for its status."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from signalwire_calling import AsyncRestClient, RestClient
from signalwire_calling._spec import COMMANDS
from signalwire_calling.testing import CallingMock
from tests.support.mock import assert_vendor_answer, facade_arguments, send
from tests.support.vendor_contract import examples

EXAMPLES = examples()
PATH = "/api/calling/calls"


def test_the_vendor_documents_every_command_of_the_spec() -> None:
    assert set(EXAMPLES) == set(COMMANDS)


def prepared(mock: CallingMock, command: str) -> dict[str, Any]:
    """The vendor's example for `command`, aimed at a live call of `mock` (with its operation started)."""
    body = EXAMPLES[command]
    if command == "dial":
        return body
    call = mock.add_call()
    if COMMANDS[command].call_id == "params":
        body["params"]["id"] = call.id
    else:
        body["id"] = call.id
    operation = COMMANDS[command].operation
    if operation is not None and operation[1] != "start" and f"calling.{operation[0]}" in EXAMPLES:
        starter = EXAMPLES[f"calling.{operation[0]}"]
        assert starter["params"]["control_id"] == body["params"]["control_id"]
        starter["id"] = call.id
        status, answer = raw(mock, starter)
        assert status == 200, answer
    return body


def raw(mock: CallingMock, body: dict[str, Any]) -> tuple[int, Any]:
    with httpx.Client(transport=mock.transport(), base_url="http://127.0.0.1") as http:
        response = http.post(PATH, content=json.dumps(body).encode(), auth=(mock.project, mock.token))
    return response.status_code, response.json()


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_each_vendor_example_through_the_facade(calling_mock: CallingMock, client: RestClient, command: str) -> None:
    body = prepared(calling_mock, command)
    answer = send(client, body)
    sent = calling_mock.last
    assert sent.status == 200
    assert sent.data == body  # the façade sent exactly the vendor's example
    assert_vendor_answer(200, sent.answer)
    assert str(answer.id) == (sent.call_id or calling_mock.last_call.id)


@pytest.mark.parametrize("command", sorted(EXAMPLES))
def test_each_vendor_example_as_raw_bytes(calling_mock: CallingMock, command: str) -> None:
    body = prepared(calling_mock, command)
    status, answer = raw(calling_mock, body)
    assert status == 200, answer
    assert_vendor_answer(200, answer)


@pytest.mark.parametrize("command", ["dial", "calling.play", "calling.record.stop", "update", "calling.end"])
def test_vendor_examples_over_http_as_raw_bytes(calling_mock: CallingMock, command: str) -> None:
    body = prepared(calling_mock, command)
    with calling_mock.serve() as server, httpx.Client(base_url=server.url) as http:
        response = http.post(PATH, content=json.dumps(body).encode(), auth=(calling_mock.project, calling_mock.token))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert_vendor_answer(200, response.json())


@pytest.mark.anyio
@pytest.mark.parametrize("command", ["dial", "calling.play.volume", "calling.collect.start_input_timers", "update"])
async def test_vendor_examples_through_the_async_facade(
    calling_mock: CallingMock, async_client: AsyncRestClient, command: str
) -> None:
    body = prepared(calling_mock, command)
    method, args, keywords = facade_arguments(body)
    await getattr(async_client.calling, method)(*args, **keywords)
    assert calling_mock.last.data == body
    assert calling_mock.last.status == 200


ERRORS: list[tuple[str, dict[str, Any], str, dict[str, str] | None]] = [
    ("POST", {"command": "calling.end", "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "params": {}}, PATH, None),
    ("POST", {"command": "dial", "params": {}}, PATH, None),
    ("POST", {"command": "calling.nope", "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "params": {}}, PATH, None),
    ("POST", {"command": "dial", "params": {"from": "+1", "url": "https://x"}}, "/api/calling/call", None),
    ("GET", {}, PATH, None),
    ("POST", {"command": "dial", "params": {"from": "+1", "url": "https://x"}}, PATH, {"authorization": "Basic eDp5"}),
]


@pytest.mark.parametrize(("method", "body", "path", "headers"), ERRORS)
def test_every_error_answer_matches_the_vendor_error_schemas(
    calling_mock: CallingMock, mode: str, method: str, body: dict[str, Any], path: str, headers: dict[str, str] | None
) -> None:
    content = json.dumps(body).encode()
    auth = None if headers else (calling_mock.project, calling_mock.token)
    if mode == "transport":
        with httpx.Client(transport=calling_mock.transport(), base_url="http://127.0.0.1") as http:
            response = http.request(method, path, content=content, auth=auth, headers=headers)
    else:
        with calling_mock.serve() as server, httpx.Client(base_url=server.url) as http:
            response = http.request(method, path, content=content, auth=auth, headers=headers)
    assert response.status_code in (401, 404, 422)
    assert_vendor_answer(response.status_code, response.json())


def test_a_body_that_is_not_json_gets_the_vendor_400(calling_mock: CallingMock) -> None:
    with httpx.Client(transport=calling_mock.transport(), base_url="http://127.0.0.1") as http:
        response = http.post(PATH, content=b"{not json", auth=(calling_mock.project, calling_mock.token))
    assert response.status_code == 400
    assert_vendor_answer(400, response.json())
    assert response.json() == {"error": "Bad Request"}
