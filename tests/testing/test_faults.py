"""Scripted faults, and what the real client makes of them, in both run modes (sync and async).

No test measures time: latencies are a few milliseconds, or exceed the client's timeout by far.
"""

from __future__ import annotations

import httpx
import pytest

from signalwire_calling import (
    APIConnectionError,
    APITimeoutError,
    AsyncRestClient,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RestClient,
)
from signalwire_calling.testing import CallingMock, Fault
from tests.support.mock import dial, tts


def test_a_scripted_status_is_answered_without_handling_the_request(
    calling_mock: CallingMock, client: RestClient
) -> None:
    calling_mock.fail_next(503)
    with pytest.raises(InternalServerError) as caught:
        dial(client)  # not idempotent: a 503 is not retried
    assert caught.value.status_code == 503
    assert caught.value.body == {"error": "Service Unavailable"}
    assert calling_mock.calls == {}
    assert [(r.status, r.fault) for r in calling_mock.requests] == [(503, "status")]


def test_an_idempotent_command_is_retried_through_scripted_503s(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.play(leg.id, control_id="p", play=tts())
    calling_mock.fail_next(503, times=2)
    assert client.calling.play_stop(leg.id, control_id="p").status == "answered"
    assert [r.status for r in calling_mock.sent("calling.play.stop")] == [503, 503, 200]
    assert calling_mock.pending_faults == 0


def test_429_with_retry_after_0_is_retried_even_for_dial(calling_mock: CallingMock, client: RestClient) -> None:
    calling_mock.fail_next(429, retry_after=0)
    leg = dial(client)
    first, second = calling_mock.requests
    assert (first.status, first.answer, second.status) == (429, {"error": "Too Many Requests"}, 200)
    assert list(calling_mock.calls) == [str(leg.id)]


def test_429_beyond_the_retries_reaches_the_caller_with_its_headers(
    calling_mock: CallingMock, client: RestClient
) -> None:
    calling_mock.fail_next(429, times=3, retry_after="0", headers={"X-RateLimit-Remaining": "0"})
    with pytest.raises(RateLimitError) as caught:
        dial(client)
    assert caught.value.response.headers["retry-after"] == "0"
    assert caught.value.response.headers["x-ratelimit-remaining"] == "0"
    assert len(calling_mock.requests) == 3  # the first try and max_retries=2


def test_a_scripted_body_and_status_are_answered_as_given(calling_mock: CallingMock, client: RestClient) -> None:
    calling_mock.fail_next(500, body={"error": "Internal Server Error"})
    calling_mock.fail_next(502, body=b"<html>bad gateway</html>")
    single = client.with_options(max_retries=0)
    with pytest.raises(InternalServerError) as first:
        dial(single)
    with pytest.raises(InternalServerError) as second:
        dial(single)
    assert first.value.body == {"error": "Internal Server Error"}
    assert second.value.body == "<html>bad gateway</html>"


def test_a_fault_for_one_command_lets_the_others_pass(calling_mock: CallingMock, client: RestClient) -> None:
    calling_mock.fail_next(500, command="calling.play")
    leg = dial(client)
    with pytest.raises(InternalServerError):
        client.calling.play(leg.id, control_id="p", play=tts())
    assert calling_mock.call(leg.id).operations == {}
    client.calling.play(leg.id, control_id="p", play=tts())
    assert calling_mock.call(leg.id).operation("p").state == "active"


def test_faults_apply_in_the_order_they_were_scripted(calling_mock: CallingMock) -> None:
    calling_mock.script(Fault(status=500), times=1)
    calling_mock.fail_next(404)
    assert calling_mock.pending_faults == 2
    with calling_mock.client(max_retries=0) as client:
        for status in (500, 404):
            with pytest.raises(Exception, match=str(status)):
                dial(client)
    calling_mock.fail_next(500, times=5)
    calling_mock.clear_faults()
    assert calling_mock.pending_faults == 0


def test_bad_fault_scripts_are_refused(calling_mock: CallingMock) -> None:
    with pytest.raises(ValueError, match="times"):
        calling_mock.fail_next(500, times=0)
    with pytest.raises(ValueError, match="when must be one of"):
        calling_mock.drop_next("sometime")  # type: ignore[arg-type]


def test_a_drop_after_read_is_not_retried_for_a_command_that_is_not_idempotent(
    calling_mock: CallingMock, client: RestClient
) -> None:
    calling_mock.drop_next("after_read")
    with pytest.raises(APIConnectionError):
        dial(client)
    (recorded,) = calling_mock.requests  # sent once: a second dial would ring twice
    assert (recorded.command, recorded.status, recorded.fault) == ("dial", None, "drop_after_read")
    assert len(calling_mock.calls) == 1  # the dial happened; only its answer was lost


def test_a_drop_after_read_is_retried_for_an_idempotent_command(calling_mock: CallingMock, client: RestClient) -> None:
    leg = dial(client)
    client.calling.record(leg.id, control_id="r", record={"audio": {}})
    calling_mock.drop_next("after_read")
    assert client.calling.record_stop(leg.id, control_id="r").status == "answered"
    assert [r.fault for r in calling_mock.sent("calling.record.stop")] == ["drop_after_read", None]
    assert calling_mock.call(leg.id).operation("r").effects == ["start", "stop"]


def test_a_drop_before_read_in_process_is_a_connect_error_that_any_command_may_retry(calling_mock: CallingMock) -> None:
    calling_mock.drop_next("before_read")
    with calling_mock.client() as client:
        leg = dial(client)
    assert [(r.status, r.fault) for r in calling_mock.requests] == [(None, "drop_before_read"), (200, None)]
    assert list(calling_mock.calls) == [str(leg.id)]  # the dropped request was not handled


def test_a_drop_before_read_in_process_raises_httpx_connect_error(calling_mock: CallingMock) -> None:
    calling_mock.drop_next("before_read")
    calling_mock.drop_next("after_read")
    with httpx.Client(transport=calling_mock.transport(), base_url="http://127.0.0.1") as http:
        with pytest.raises(httpx.ConnectError):
            http.post("/api/calling/calls", json={})
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/api/calling/calls", json={})


def test_a_drop_before_read_over_http_resets_the_connection_and_handles_nothing(calling_mock: CallingMock) -> None:
    calling_mock.drop_next("before_read")
    with calling_mock.serve() as server:
        with httpx.Client(base_url=server.url) as http, pytest.raises(httpx.TransportError) as caught:
            http.post("/api/calling/calls", json={})
        assert not isinstance(caught.value, httpx.ConnectError)  # connected: the client cannot know more
        with server.client() as client:
            calling_mock.drop_next("before_read")
            with pytest.raises(APIConnectionError):
                dial(client)  # so a dial is not retried
            leg = dial(client)
            calling_mock.drop_next("before_read")
            assert client.calling.denoise(leg.id).status == "answered"  # an idempotent command is
    assert len(calling_mock.calls) == 1


def test_a_drop_after_read_over_http_closes_without_an_answer(calling_mock: CallingMock) -> None:
    calling_mock.drop_next("after_read")
    with calling_mock.serve() as server, httpx.Client(base_url=server.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/api/calling/calls", json={})
        assert http.post("/api/calling/calls", json={}).status_code == 401  # the next request is served


def test_a_small_delay_answers_normally(calling_mock: CallingMock, client: RestClient) -> None:
    calling_mock.delay_next(0.001)
    calling_mock.latency = 0.001
    dial(client)
    dial(client)
    assert [r.fault for r in calling_mock.requests] == ["delay", None]


def test_a_delay_beyond_the_client_timeout_times_out(calling_mock: CallingMock, mode: str) -> None:
    calling_mock.delay_next(0.05 if mode == "transport" else 0.5)
    if mode == "transport":
        with calling_mock.client(timeout=0.01) as client, pytest.raises(APITimeoutError):
            dial(client)
    else:
        with calling_mock.serve() as server, server.client(timeout=0.05) as client, pytest.raises(APITimeoutError):
            dial(client)
    assert len(calling_mock.requests) == 1  # a dial that timed out is not sent again
    assert len(calling_mock.calls) == 1  # the mock handled it: the caller just never heard back


def test_in_process_a_delayed_drop_before_read_is_a_connect_timeout(calling_mock: CallingMock) -> None:
    calling_mock.script(Fault(drop="before_read", delay=0.05))
    timeout = httpx.Timeout(1.0, connect=0.01)
    with httpx.Client(transport=calling_mock.transport(), timeout=timeout) as http, pytest.raises(httpx.ConnectTimeout):
        http.post("http://127.0.0.1/api/calling/calls", json={})


# -- async -----------------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_retries_follow_the_same_faults(calling_mock: CallingMock, async_client: AsyncRestClient) -> None:
    calling_mock.fail_next(429, retry_after=0)
    leg = await async_client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    calling_mock.drop_next("after_read")
    with pytest.raises(APIConnectionError):
        await async_client.calling.play(leg.id, control_id="p", play=tts())
    calling_mock.drop_next("after_read")
    await async_client.calling.play_stop(leg.id, control_id="p")
    assert [r.fault for r in calling_mock.requests] == ["status", None, "drop_after_read", "drop_after_read", None]


@pytest.mark.anyio
async def test_async_in_process_drop_before_read_is_retried_and_delays_time_out(
    calling_mock: CallingMock, anyio_backend: str
) -> None:
    calling_mock.drop_next("before_read")
    calling_mock.delay_next(0.001)
    async with calling_mock.async_client() as client:
        leg = await client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    assert [r.fault for r in calling_mock.requests] == ["drop_before_read", "delay"]
    calling_mock.delay_next(0.05)
    async with calling_mock.async_client(timeout=0.01) as client:
        with pytest.raises(APITimeoutError):
            await client.calling.play(leg.id, control_id="p", play=tts())
        calling_mock.delay_next(0.05)
        with pytest.raises(NotFoundError):  # end is retried after the timeout, but the first try had ended it
            await client.calling.end(leg.id)
    assert [r.status for r in calling_mock.sent("calling.end")] == [200, 404]
