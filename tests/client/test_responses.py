"""What the client makes of SignalWire's answers: call legs, typed status errors, broken answers, transport failures."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import httpx
import pytest

import signalwire_calling
import signalwire_calling.types
from signalwire_calling import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SignalWireError,
    UnprocessableEntityError,
    models,
)
from tests.conftest import CALL_ID, Capture, call_leg
from tests.support.vendor_contract import RESPONSE_SCHEMAS, errors

REQUEST_ID = "req-7f3a9c"


def assert_kept_without_credentials(kept: httpx.Request, sent: httpx.Request) -> None:
    """An error keeps the request it was about, with the Authorization header redacted."""
    assert (kept.method, kept.url, kept.content) == (sent.method, sent.url, sent.content)
    assert sent.headers["Authorization"].startswith("Basic ")
    assert kept.headers["Authorization"] == "[redacted]"
    assert {k: v for k, v in kept.headers.items() if k != "authorization"} == {
        k: v for k, v in sent.headers.items() if k != "authorization"
    }


PARENT_ID = "0e9c80d7-a149-4917-892d-420043709f45"


def fabric_leg(**overrides: Any) -> dict[str, Any]:
    leg = call_leg(type="fabric_subscriber_device_leg", status=None)
    for key in ("duration", "duration_ms", "billing_ms", "parent_id"):
        del leg[key]
    leg.update(overrides)
    return leg


def send(client: signalwire_calling.RestClient) -> signalwire_calling.CallResponse:
    # calling.end is idempotent: with max_retries=0 it is still sent exactly once.
    return client.calling.end(CALL_ID, reason="hangup")


# 200 answers.


def test_default_answer_of_the_capture_is_a_vendor_call_leg() -> None:
    assert errors(call_leg(), "Calling.CallLeg") == []
    assert errors(call_leg(), RESPONSE_SCHEMAS[200]) == []
    assert errors(fabric_leg(), "Calling.FabricDeviceLeg") == []


def test_call_leg(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(
        httpx.Response(
            200, json=call_leg(status="answered", duration=12, parent_id="0e9c80d7-a149-4917-892d-420043709f45")
        )
    )

    leg = send(client)

    assert isinstance(leg, models.CallLeg)
    assert leg.id == UUID(CALL_ID)
    assert leg.from_ == "+15551234567"
    assert leg.to == "+15557654321"
    assert leg.status == "answered"
    assert leg.duration == 12
    assert leg.type_ == "relay_pstn_call"
    assert leg.parent_id == UUID(PARENT_ID)
    assert [(item.description, item.charge) for item in leg.charge_details] == [("Outbound Voice", 0.004)]
    assert leg.additional_properties == {}


def test_fabric_device_leg(client: signalwire_calling.RestClient, capture: Capture) -> None:
    body = fabric_leg()
    assert errors(body, RESPONSE_SCHEMAS[200]) == []
    capture.reply(httpx.Response(200, json=body))

    leg = send(client)

    assert isinstance(leg, models.FabricDeviceLeg)
    assert leg.type_ == "fabric_subscriber_device_leg"
    assert leg.status is None
    assert leg.id == UUID(CALL_ID)


def test_unknown_response_fields_are_kept(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(200, json=call_leg(answered_by="human", labels={"a": [1, 2]})))

    leg = send(client)

    assert isinstance(leg, models.CallLeg)
    assert leg.additional_properties == {"answered_by": "human", "labels": {"a": [1, 2]}}
    assert leg.to_dict()["answered_by"] == "human"


@pytest.mark.parametrize("status", [200, 201, 202])
def test_any_2xx_with_a_call_leg_succeeds(status: int, client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(status, json=call_leg()))
    assert isinstance(send(client), models.CallLeg)


@pytest.mark.anyio
async def test_async_call_leg(async_client: signalwire_calling.AsyncRestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(200, json=fabric_leg()))
    leg = await async_client.calling.end(CALL_ID)
    assert isinstance(leg, models.FabricDeviceLeg)


# Error statuses.

ITEM = {
    "type": "validation_error",
    "code": "missing_required_parameter",
    "message": "url must be a valid http or https url",
    "attribute": "url",
    "url": "https://signalwire.com/docs/apis/error-codes",
}

STATUS_CASES: dict[int, tuple[type[APIStatusError], Any]] = {
    400: (BadRequestError, {"error": "Bad Request"}),
    401: (AuthenticationError, {"error": "Unauthorized"}),
    403: (PermissionDeniedError, {"error": "Forbidden"}),
    404: (NotFoundError, {"error": "Not Found"}),
    422: (UnprocessableEntityError, {"errors": [ITEM]}),
    429: (RateLimitError, {"error": "Too Many Requests"}),
    500: (InternalServerError, {"error": "Internal Server Error"}),
    502: (InternalServerError, {"error": "Bad Gateway"}),
    503: (InternalServerError, {"error": "Service Unavailable"}),
}


@pytest.mark.parametrize("status", list(STATUS_CASES))
def test_error_status_raises_its_class(status: int, client: signalwire_calling.RestClient, capture: Capture) -> None:
    cls, body = STATUS_CASES[status]
    if status in RESPONSE_SCHEMAS:
        assert errors(body, RESPONSE_SCHEMAS[status]) == []
    capture.reply(httpx.Response(status, json=body, headers={"X-Request-Id": REQUEST_ID}))

    with pytest.raises(cls) as caught:
        send(client)

    exc = caught.value
    assert isinstance(exc, APIStatusError)
    assert isinstance(exc, APIError)
    assert isinstance(exc, SignalWireError)
    assert exc.status_code == status
    assert exc.body == body
    assert exc.request_id == REQUEST_ID
    assert exc.response.status_code == status
    assert_kept_without_credentials(exc.request, capture.requests[0])
    assert str(status) in str(exc)
    assert len(capture.requests) == 1


def test_error_classes_are_distinct() -> None:
    classes = [cls for cls, _ in STATUS_CASES.values()]
    assert len(set(classes)) == 7
    for cls in set(classes):
        assert issubclass(cls, APIStatusError)
        assert not issubclass(cls, ValueError)


def test_422_lists_the_errors(client: signalwire_calling.RestClient, capture: Capture) -> None:
    second = {**ITEM, "attribute": None, "code": "invalid_parameter", "message": "to is not a number"}
    body = {"errors": [ITEM, second]}
    assert errors(body, RESPONSE_SCHEMAS[422]) == []
    capture.reply(httpx.Response(422, json=body))

    with pytest.raises(UnprocessableEntityError) as caught:
        send(client)

    items = caught.value.errors
    assert all(isinstance(item, models.ApiErrorItem) for item in items)
    assert [(item.attribute, item.message, item.code) for item in items] == [
        ("url", "url must be a valid http or https url", "missing_required_parameter"),
        (None, "to is not a number", "invalid_parameter"),
    ]
    assert "url must be a valid http or https url" in str(caught.value)


def test_422_with_malformed_items_keeps_the_good_ones(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(422, json={"errors": [{"bad": 1}, "text", ITEM]}))

    with pytest.raises(UnprocessableEntityError) as caught:
        send(client)

    assert [item.code for item in caught.value.errors] == ["missing_required_parameter"]
    assert not str(caught.value).endswith(":")


def test_error_without_request_id(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(404, json={"error": "Not Found"}))
    with pytest.raises(NotFoundError) as caught:
        send(client)
    assert caught.value.request_id is None


def test_non_json_error_body_is_kept_as_text(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(502, text="<html>Bad gateway</html>", headers={"X-Request-Id": REQUEST_ID}))

    with pytest.raises(InternalServerError) as caught:
        send(client)

    assert caught.value.body == "<html>Bad gateway</html>"
    assert caught.value.status_code == 502
    assert caught.value.request_id == REQUEST_ID


def test_unlisted_status_is_a_plain_status_error(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(418, json={"error": "I'm a teapot"}))
    with pytest.raises(APIStatusError) as caught:
        send(client)
    assert type(caught.value) is APIStatusError
    assert caught.value.status_code == 418


def test_409_is_a_conflict_error(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(409, json={"error": "Conflict"}))
    with pytest.raises(signalwire_calling.ConflictError) as caught:
        client.calling.play(CALL_ID, control_id="p", play=[{"type": "silence", "params": {"duration": 1}}])
    assert caught.value.status_code == 409
    assert isinstance(caught.value, APIStatusError)
    assert caught.value.attempts == 1  # play may start something: a 409 is not retried


@pytest.mark.anyio
async def test_async_error_status(async_client: signalwire_calling.AsyncRestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(401, json={"error": "Unauthorized"}, headers={"X-Request-Id": REQUEST_ID}))
    with pytest.raises(AuthenticationError) as caught:
        await async_client.calling.end(CALL_ID)
    assert caught.value.request_id == REQUEST_ID
    assert caught.value.body == {"error": "Unauthorized"}


# 2xx answers that are not a call leg.

BROKEN_ANSWERS: dict[str, httpx.Response] = {
    "html": httpx.Response(200, text="<html>ok</html>"),
    "empty": httpx.Response(200),
    "204": httpx.Response(204),
    "not utf-8": httpx.Response(200, content=b"\xff\xfe\x00"),
    "truncated json": httpx.Response(200, content=json.dumps(call_leg()).encode()[:-5]),
    "list": httpx.Response(200, json=[call_leg()]),
    "string": httpx.Response(200, json="ok"),
    "null": httpx.Response(200, content=b"null"),
    "empty object": httpx.Response(200, json={}),
    "only an id": httpx.Response(200, json={"id": CALL_ID}),
    "no type": httpx.Response(200, json={k: v for k, v in call_leg().items() if k != "type"}),
    "id with a trailing newline": httpx.Response(200, json=call_leg(id=CALL_ID + "\n")),
    "id null": httpx.Response(200, json=call_leg(id=None)),
    "deeply nested": httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000),
    "deeply nested extra field": httpx.Response(
        200, content=json.dumps(call_leg())[:-1].encode() + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    ),
    "id not a uuid": httpx.Response(200, json=call_leg(id="call-42")),
    "parent id not a uuid": httpx.Response(200, json=call_leg(parent_id="call-41")),
    "wrong type": httpx.Response(200, json=call_leg(charge="0.1")),
    "wrong nested type": httpx.Response(200, json=call_leg(charge_details=[{"description": "x"}])),
    "charge details not a list": httpx.Response(200, json=call_leg(charge_details={"description": "x", "charge": 1})),
    "fabric leg with a status": httpx.Response(200, json=fabric_leg(status="answered")),
}


@pytest.mark.parametrize("name", list(BROKEN_ANSWERS))
def test_2xx_that_is_not_a_call_leg_raises_validation_error(
    name: str, client: signalwire_calling.RestClient, capture: Capture
) -> None:
    capture.reply(BROKEN_ANSWERS[name])

    with pytest.raises(APIResponseValidationError) as caught:
        send(client)

    exc = caught.value
    assert isinstance(exc, APIError)
    assert isinstance(exc, SignalWireError)
    assert exc.status_code == BROKEN_ANSWERS[name].status_code
    assert_kept_without_credentials(exc.request, capture.requests[0])
    try:
        expected_body = json.loads(BROKEN_ANSWERS[name].content)
    except (ValueError, RecursionError):
        expected_body = BROKEN_ANSWERS[name].content.decode(errors="replace")
    assert exc.body == expected_body


@pytest.mark.parametrize("kind", ["leg", "fabric"])
def test_a_leg_needs_only_its_id_and_type(kind: str, client: signalwire_calling.RestClient, capture: Capture) -> None:
    tag = "relay_sip_call" if kind == "leg" else "fabric_subscriber_device_leg"
    capture.reply(httpx.Response(200, json={"id": CALL_ID, "type": tag, "added_later": {"x": 1}}))
    leg = send(client)
    assert leg.id == UUID(CALL_ID)
    assert type(leg) is (models.CallLeg if kind == "leg" else models.FabricDeviceLeg)
    assert leg.from_ is signalwire_calling.types.UNSET
    assert leg["added_later"] == {"x": 1}


@pytest.mark.parametrize("field", [k for k in call_leg() if k not in ("id", "type")])
def test_every_other_field_may_be_missing_or_null(
    field: str, client: signalwire_calling.RestClient, capture: Capture
) -> None:
    capture.reply(
        httpx.Response(200, json={k: v for k, v in call_leg().items() if k != field}),
        httpx.Response(200, json=call_leg(**{field: None})),
    )
    missing, null = send(client), send(client)
    assert getattr(missing, field.replace("from", "from_")) is signalwire_calling.types.UNSET
    assert getattr(null, field.replace("from", "from_")) is None


def test_validation_error_keeps_the_parsed_body(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(200, json={"id": CALL_ID}, headers={"X-Request-Id": REQUEST_ID}))
    with pytest.raises(APIResponseValidationError) as caught:
        send(client)
    assert caught.value.body == {"id": CALL_ID}
    assert caught.value.request_id == REQUEST_ID
    assert "type: is required" in str(caught.value)


def test_validation_error_names_every_problem_of_the_answer(
    client: signalwire_calling.RestClient, capture: Capture
) -> None:
    leg = {"id": CALL_ID, "type": "phone", "status": 7, "from": 5, "direction": 1}
    capture.reply(httpx.Response(200, json=leg))
    with pytest.raises(APIResponseValidationError) as caught:
        send(client)
    assert [(issue.path, issue.message) for issue in caught.value.issues] == [
        (field, "expected a string or null") for field in ("status", "from", "direction")
    ]
    assert str(caught.value).endswith(
        "answer is not a call leg: 3 problems: status: expected a string or null; "
        "from: expected a string or null; direction: expected a string or null"
    )


def test_validation_error_keeps_the_text_of_non_json(client: signalwire_calling.RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(200, text="<html>ok</html>"))
    with pytest.raises(APIResponseValidationError) as caught:
        send(client)
    assert caught.value.body == "<html>ok</html>"


# Transport failures.

FAILURES: dict[str, tuple[type[APIConnectionError], Any]] = {
    "connect error": (APIConnectionError, httpx.ConnectError),
    "read error": (APIConnectionError, httpx.ReadError),
    "write error": (APIConnectionError, httpx.WriteError),
    "remote protocol error": (APIConnectionError, httpx.RemoteProtocolError),
    "proxy error": (APIConnectionError, httpx.ProxyError),
    "connect timeout": (APITimeoutError, httpx.ConnectTimeout),
    "read timeout": (APITimeoutError, httpx.ReadTimeout),
    "write timeout": (APITimeoutError, httpx.WriteTimeout),
    "pool timeout": (APITimeoutError, httpx.PoolTimeout),
}


@pytest.mark.parametrize("name", list(FAILURES))
def test_transport_failure(name: str, client: signalwire_calling.RestClient, capture: Capture) -> None:
    expected, httpx_error = FAILURES[name]
    failure = httpx_error("boom")
    capture.reply(failure)

    with pytest.raises(expected) as caught:
        send(client)

    exc = caught.value
    assert type(exc) is expected
    assert isinstance(exc, APIError)
    assert isinstance(exc, SignalWireError)
    assert not isinstance(exc, APIStatusError)
    assert exc.__cause__ is failure
    assert_kept_without_credentials(exc.request, capture.requests[0])


@pytest.mark.anyio
@pytest.mark.parametrize("name", ["connect error", "read timeout"])
async def test_async_transport_failure(
    name: str, async_client: signalwire_calling.AsyncRestClient, capture: Capture
) -> None:
    expected, httpx_error = FAILURES[name]
    capture.reply(httpx_error("boom"))
    with pytest.raises(expected) as caught:
        await async_client.calling.end(CALL_ID)
    assert type(caught.value) is expected


@pytest.mark.parametrize(
    "error",
    [
        httpx.DecodingError("broken gzip"),
        httpx.TooManyRedirects("redirect loop"),
    ],
)
def test_other_httpx_request_errors_are_connection_errors_and_not_retried(
    make_client: Any, capture: Capture, error: httpx.RequestError
) -> None:
    capture.reply(error)
    with pytest.raises(APIConnectionError) as caught:
        make_client(max_retries=2).calling.play_stop(CALL_ID, control_id="p")
    assert type(error).__name__ in str(caught.value)
    assert len(capture.requests) == 1


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            {"attribute": "url", "message": "url must be a valid http or https url"},
            f"422 Unprocessable Entity: url must be a valid http or https url (calling.play.stop on call {CALL_ID})",
        ),
        (
            {"attribute": "id", "message": "is invalid"},
            f"422 Unprocessable Entity: id: is invalid (calling.play.stop on call {CALL_ID})",
        ),
        (
            {"attribute": "to", "message": "is too long"},
            f"422 Unprocessable Entity: to: is too long (calling.play.stop on call {CALL_ID})",
        ),
    ],
)
def test_422_messages_name_the_attribute_once(
    client: signalwire_calling.RestClient, capture: Capture, item: dict[str, str], message: str
) -> None:
    body = {"errors": [{"type": "validation_error", "code": "invalid_parameter", "url": "https://x", **item}]}
    capture.reply(httpx.Response(422, json=body))
    with pytest.raises(UnprocessableEntityError) as caught:
        client.calling.play_stop(CALL_ID, control_id="p")
    assert str(caught.value) == message


def test_a_body_that_repeats_the_reason_phrase_is_not_repeated(
    client: signalwire_calling.RestClient, capture: Capture
) -> None:
    capture.reply(httpx.Response(404, json={"error": "Not Found"}))
    with pytest.raises(NotFoundError) as caught:
        client.calling.end(CALL_ID)
    assert (
        str(caught.value) == f"404 Not Found (calling.end on call {CALL_ID}: the call is unknown or has already ended)"
    )


@pytest.mark.parametrize(
    ("status", "hint"),
    [
        (401, "check the project ID, the API token and the space host"),
        (404, "the call is unknown or has already ended"),
        (500, "SignalWire had a problem"),
    ],
)
def test_status_errors_name_the_command_the_call_and_the_likely_cause(
    client: signalwire_calling.RestClient, capture: Capture, status: int, hint: str
) -> None:
    capture.reply(httpx.Response(status, json={}))
    with pytest.raises(APIStatusError) as caught:
        client.calling.play_stop(CALL_ID, control_id="p")
    assert "calling.play.stop" in str(caught.value)
    assert CALL_ID in str(caught.value)
    assert hint in str(caught.value)


def test_values_added_to_response_enums_later_come_through_as_strings(
    client: signalwire_calling.RestClient, capture: Capture
) -> None:
    newer = {**call_leg(), "status": "transferring", "direction": "sideways", "type": "relay_rcs_call", "source": "x"}
    capture.reply(httpx.Response(200, json=newer))
    leg = client.calling.end(CALL_ID)
    assert isinstance(leg, models.CallLeg)
    assert (leg.status, leg.direction, leg.type_, leg.source) == ("transferring", "sideways", "relay_rcs_call", "x")
