"""Which failures the client retries, for which commands, how many times, and how long it waits.

Every client retries without backoff (tests/conftest.py gives the client classes `NO_BACKOFF`), unless a test
gives its client a policy of its own; waits the sync client asks for are recorded by a fake `time.sleep`. The
decisions themselves, as pure functions: tests/client/test_retry_policy.py.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import signalwire_calling
import signalwire_calling._client
from signalwire_calling import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    models,
)
from signalwire_calling._retry import LEAST_WAIT, RetryPolicy
from tests.conftest import CALL_ID, HOST, PROJECT, TOKEN, Capture, call_leg

MakeClient = Callable[..., signalwire_calling.RestClient]


def play_stop(client: Any) -> Any:
    return client.calling.play_stop(CALL_ID, control_id="play-1")


def play(client: Any) -> Any:
    return client.calling.play(CALL_ID, control_id="play-1", play=[{"type": "tts", "params": {"text": "Hello"}}])


def dial(client: Any) -> Any:
    return client.calling.dial(from_="+15551234567", to="+15557654321", url="https://example.com/swml").leg


def update(client: Any) -> Any:
    return client.calling.update(CALL_ID, url="https://example.com/swml")


NON_IDEMPOTENT = {"play": play, "dial": dial, "update": update}
ANY_COMMAND = {"play_stop": play_stop, **NON_IDEMPOTENT}


def ok() -> httpx.Response:
    return httpx.Response(200, json=call_leg())


def unavailable(**headers: str) -> httpx.Response:
    return httpx.Response(503, json={"error": "Service Unavailable"}, headers=headers)


def too_many(retry_after: str | None = "0") -> httpx.Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx.Response(429, json={"error": "Too Many Requests"}, headers=headers)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every wait the sync client asks for, instead of waiting."""
    recorded: list[float] = []
    monkeypatch.setattr(signalwire_calling._client.time, "sleep", recorded.append)
    return recorded


def test_the_commands_used_here_have_the_expected_idempotency() -> None:
    from signalwire_calling._spec import COMMANDS_BY_METHOD

    assert COMMANDS_BY_METHOD["play_stop"].idempotent is True
    assert COMMANDS_BY_METHOD["end"].idempotent is True
    for method in NON_IDEMPOTENT:
        assert COMMANDS_BY_METHOD[method].idempotent is False


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408, 409])
def test_idempotent_command_is_retried_after_a_server_error(
    status: int, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(httpx.Response(status, json={"error": "x"}), ok())

    leg = play_stop(make_client(max_retries=2))

    assert isinstance(leg, models.CallLeg)
    assert len(capture.requests) == 2
    assert capture.bodies[0] == capture.bodies[1]
    assert sleeps == [LEAST_WAIT]


def test_idempotent_command_gives_up_after_max_retries(make_client: MakeClient, capture: Capture) -> None:
    capture.reply(unavailable(), unavailable(), unavailable(), unavailable(), ok())

    with pytest.raises(InternalServerError):
        play_stop(make_client(max_retries=3))

    assert len(capture.requests) == 4


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status: int, make_client: MakeClient, capture: Capture) -> None:
    capture.reply(httpx.Response(status, json={"error": "x"}), ok())

    with pytest.raises(signalwire_calling.APIStatusError):
        play_stop(make_client(max_retries=2))

    assert len(capture.requests) == 1


@pytest.mark.parametrize("command", list(NON_IDEMPOTENT))
@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (unavailable, InternalServerError),
        (lambda: httpx.Response(500, json={"error": "Internal Server Error"}), InternalServerError),
        (lambda: httpx.ReadTimeout("read timed out"), APITimeoutError),
        (lambda: httpx.WriteTimeout("write timed out"), APITimeoutError),
        (lambda: httpx.RemoteProtocolError("server disconnected"), APIConnectionError),
        (lambda: httpx.ReadError("connection reset"), APIConnectionError),
    ],
    ids=["503", "500", "read-timeout", "write-timeout", "remote-protocol-error", "read-error"],
)
def test_non_idempotent_command_is_sent_once_after_an_unclear_failure(
    command: str, failure: Callable[[], Any], raised: type[Exception], make_client: MakeClient, capture: Capture
) -> None:
    capture.reply(failure(), ok())

    with pytest.raises(raised):
        NON_IDEMPOTENT[command](make_client(max_retries=5))

    assert len(capture.requests) == 1


@pytest.mark.parametrize(
    "failure",
    [lambda: httpx.ReadTimeout("read timed out"), lambda: httpx.RemoteProtocolError("server disconnected")],
    ids=["read-timeout", "remote-protocol-error"],
)
def test_idempotent_command_is_retried_after_an_unclear_failure(
    failure: Callable[[], Any], make_client: MakeClient, capture: Capture
) -> None:
    capture.reply(failure(), ok())
    assert isinstance(play_stop(make_client(max_retries=1)), models.CallLeg)
    assert len(capture.requests) == 2


@pytest.mark.parametrize("command", list(ANY_COMMAND))
def test_429_with_retry_after_is_retried_for_any_command(
    command: str, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many("0"), ok())

    leg = ANY_COMMAND[command](make_client(max_retries=2))

    assert isinstance(leg, models.CallLeg)
    assert len(capture.requests) == 2
    assert capture.bodies[0] == capture.bodies[1]
    assert sleeps == [LEAST_WAIT]


def test_429_without_retry_after_is_retried_with_backoff(
    make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many(None), ok())
    assert isinstance(dial(make_client(max_retries=1)), models.CallLeg)
    assert len(capture.requests) == 2
    assert sleeps == [LEAST_WAIT]  # the patched backoff


def test_retry_after_is_waited_for(make_client: MakeClient, capture: Capture, sleeps: list[float]) -> None:
    capture.reply(too_many("7"), too_many("0.5"), ok())
    assert isinstance(play(make_client(max_retries=2)), models.CallLeg)
    assert sleeps == [7.0, 0.5]


@pytest.mark.parametrize("command", list(ANY_COMMAND))
def test_connect_error_is_retried_for_any_command(
    command: str, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(httpx.ConnectError("connection refused"), httpx.ConnectTimeout("connect timed out"), ok())

    leg = ANY_COMMAND[command](make_client(max_retries=2))

    assert isinstance(leg, models.CallLeg)
    assert len(capture.requests) == 3
    assert sleeps == [LEAST_WAIT, LEAST_WAIT]


def test_connect_error_gives_up_after_max_retries(make_client: MakeClient, capture: Capture) -> None:
    capture.reply(*(httpx.ConnectError("connection refused") for _ in range(3)), ok())

    with pytest.raises(APIConnectionError) as caught:
        dial(make_client(max_retries=2))

    assert type(caught.value) is APIConnectionError
    assert len(capture.requests) == 3


@pytest.mark.parametrize(
    "failure",
    [
        unavailable,
        lambda: too_many("0"),
        lambda: httpx.ConnectError("connection refused"),
        lambda: httpx.ReadTimeout("read timed out"),
    ],
    ids=["503", "429", "connect-error", "read-timeout"],
)
def test_max_retries_zero_means_one_attempt(
    failure: Callable[[], Any], make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(failure(), ok())

    with pytest.raises(signalwire_calling.APIError):
        play_stop(make_client(max_retries=0))

    assert len(capture.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize(("deadline", "retry_after"), [(60.0, "61"), (60.0, "3600"), (60.0, "60"), (5.0, "6")])
def test_a_retry_after_past_the_deadline_is_not_waited_for(
    deadline: float, retry_after: str, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many(retry_after), ok())
    with pytest.raises(RateLimitError) as caught:
        play_stop(make_client(max_retries=2, deadline=deadline))
    assert sleeps == []
    assert caught.value.response.headers["Retry-After"] == retry_after
    assert caught.value.retry_after == float(retry_after)
    assert caught.value.attempts == 1
    assert "longer than what was left of the deadline" in str(caught.value)


def test_a_retry_after_within_the_deadline_is_waited_for(
    make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many("60"), ok())
    play_stop(make_client(max_retries=1, deadline=90))
    assert sleeps == [60.0]


def test_the_final_error_says_how_many_attempts_were_made(
    make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many("0"), too_many("0"), too_many("0"))
    with pytest.raises(RateLimitError) as caught:
        play_stop(make_client(max_retries=2))
    assert caught.value.attempts == 3
    assert caught.value.retry_after is None
    assert str(caught.value).endswith("gave up after 3 attempts")


def test_negative_retry_after_means_now(make_client: MakeClient, capture: Capture, sleeps: list[float]) -> None:
    capture.reply(too_many("-5"), ok())
    play_stop(make_client(max_retries=1))
    assert sleeps == [LEAST_WAIT]


def test_retry_after_as_http_date_in_the_past_means_now(
    make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many("Wed, 21 Oct 2015 07:28:00 GMT"), ok())
    play_stop(make_client(max_retries=1))
    assert sleeps == [LEAST_WAIT]


def test_retry_after_as_http_date_in_the_future_is_waited_for(
    make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    now = 1_700_000_000.0
    client = make_client(max_retries=1)
    client._retry_policy = RetryPolicy(clock=lambda: now)
    capture.reply(too_many(email.utils.formatdate(now + 30, usegmt=True)), ok())
    play(client)
    assert sleeps == [30.0]


@pytest.mark.parametrize("retry_after_seconds", [61, 3600])
def test_retry_after_as_http_date_beyond_60_seconds_is_not_waited_for(
    retry_after_seconds: int, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    now = 1_700_000_000.0
    client = make_client(max_retries=1)
    client._retry_policy = RetryPolicy(clock=lambda: now)
    capture.reply(too_many(email.utils.formatdate(now + retry_after_seconds, usegmt=True)), ok())
    with pytest.raises(RateLimitError) as caught:
        play(client)
    assert caught.value.retry_after == float(retry_after_seconds)
    assert sleeps == []
    assert len(capture.requests) == 1


@pytest.mark.parametrize("retry_after", ["soon", "", "Wed, 99 Foo 2015 99:99:99 GMT", "1 hour"])
def test_unparseable_retry_after_falls_back_to_backoff(
    retry_after: str, make_client: MakeClient, capture: Capture, sleeps: list[float]
) -> None:
    capture.reply(too_many(retry_after), ok())
    assert isinstance(play_stop(make_client(max_retries=1)), models.CallLeg)
    assert len(capture.requests) == 2
    assert sleeps == [LEAST_WAIT]


def test_default_client_retries_twice(capture: Capture) -> None:
    assert signalwire_calling.DEFAULT_MAX_RETRIES == 2
    capture.reply(unavailable(), unavailable(), unavailable(), ok())

    with httpx.Client(transport=capture.transport) as http, pytest.raises(InternalServerError):
        play_stop(signalwire_calling.RestClient(PROJECT, TOKEN, HOST, http_client=http))

    assert len(capture.requests) == 3


def test_the_client_waits_its_policy_s_backoff(make_client: MakeClient, capture: Capture, sleeps: list[float]) -> None:
    client = make_client(max_retries=3)
    client._retry_policy = RetryPolicy(jitter=lambda low, high: high)  # no jitter: the schedule itself
    capture.reply(unavailable(), httpx.ConnectError("refused"), too_many(None), ok())
    play_stop(client)
    assert sleeps == [0.5, 1.0, 2.0]


def test_with_options_keeps_the_policy(make_client: MakeClient, capture: Capture, sleeps: list[float]) -> None:
    client = make_client()
    client._retry_policy = RetryPolicy(jitter=lambda low, high: low)
    capture.reply(unavailable(), ok())
    play_stop(client.with_options(max_retries=1))
    assert sleeps == [0.375]


# Async.


@pytest.mark.anyio
async def test_async_idempotent_command_is_retried_after_503(
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient], capture: Capture
) -> None:
    capture.reply(unavailable(), ok())
    leg = await play_stop(make_async_client(max_retries=2))
    assert isinstance(leg, models.CallLeg)
    assert len(capture.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure",
    [unavailable, lambda: httpx.ReadTimeout("read timed out"), lambda: httpx.RemoteProtocolError("disconnected")],
    ids=["503", "read-timeout", "remote-protocol-error"],
)
async def test_async_non_idempotent_command_is_sent_once(
    failure: Callable[[], Any],
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient],
    capture: Capture,
) -> None:
    capture.reply(failure(), ok())
    with pytest.raises(signalwire_calling.APIError):
        await play(make_async_client(max_retries=5))
    assert len(capture.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure", [lambda: too_many("0"), lambda: httpx.ConnectError("refused")], ids=["429", "connect-error"]
)
async def test_async_not_processed_failures_are_retried_for_dial(
    failure: Callable[[], Any],
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient],
    capture: Capture,
) -> None:
    capture.reply(failure(), ok())
    leg = (
        await make_async_client(max_retries=1).calling.dial(
            from_="+15551234567", to="+15557654321", url="https://example.com/swml"
        )
    ).leg
    assert isinstance(leg, models.CallLeg)
    assert len(capture.requests) == 2


@pytest.mark.anyio
async def test_async_retry_after_above_60_seconds_is_not_waited_for(
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient], capture: Capture
) -> None:
    capture.reply(too_many("600"), ok())
    with pytest.raises(RateLimitError):
        await play_stop(make_async_client(max_retries=3))
    assert len(capture.requests) == 1


@pytest.mark.anyio
async def test_async_max_retries_zero_means_one_attempt(
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient], capture: Capture
) -> None:
    capture.reply(unavailable(), ok())
    with pytest.raises(InternalServerError):
        await play_stop(make_async_client(max_retries=0))
    assert len(capture.requests) == 1
