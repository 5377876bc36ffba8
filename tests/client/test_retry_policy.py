"""The retry decisions of `_retry`, as pure functions: no client, no transport, no patched module.

How the client acts on them (sending again, waiting, the errors it raises): tests/client/test_retries.py.
"""

from __future__ import annotations

import email.utils
import random
from typing import Any

import httpx
import pytest

from signalwire_calling._retry import (
    LEAST_WAIT,
    NOT_SENT,
    RETRIED_STATUSES,
    RETRY_ANY_COMMAND,
    RETRY_IDEMPOTENT,
    RetryPolicy,
    StatusVerdict,
    parse_retry_after,
)

NOW = 1_700_000_000.0
HIGH = RetryPolicy(jitter=lambda low, high: high)
"""The schedule without jitter: 0.5, 1, 2, 4, 8, 8, … seconds."""
NOT_SENT_ERRORS = [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect"), httpx.PoolTimeout("pool")]
UNCLEAR_ERRORS = [
    httpx.ReadTimeout("read"),
    httpx.WriteTimeout("write"),
    httpx.ReadError("reset"),
    httpx.WriteError("broken pipe"),
    httpx.RemoteProtocolError("server disconnected"),
]


def after_error(error: Exception, **overrides: Any) -> float | None:
    arguments: dict[str, Any] = {"attempts": 1, "max_retries": 2, "idempotent": False, "left": 60.0, **overrides}
    return HIGH.delay_after_error(error, **arguments)


def after_status(status: int, retry_after: str | None = None, **overrides: Any) -> StatusVerdict:
    arguments: dict[str, Any] = {"attempts": 1, "max_retries": 2, "idempotent": False, "left": 60.0, **overrides}
    return RetryPolicy(jitter=lambda low, high: high, clock=lambda: NOW).delay_after_status(
        status, retry_after, **arguments
    )


# --- Retry-After -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        ("0.5", 0.5),
        ("0", 0.0),
        ("-5", 0.0),  # a negative delay means now
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # a moment past means now
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
def test_retry_after_in_seconds_or_as_an_http_date(header: str, seconds: float) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


@pytest.mark.parametrize("header", [None, "soon", "", "Wed, 99 Foo 2015 99:99:99 GMT", "1 hour"])
def test_no_or_an_unreadable_retry_after_is_none(header: str | None) -> None:
    assert parse_retry_after(header, now=NOW) is None


# --- backoff -----------------------------------------------------------------------------------------------


def test_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    assert [HIGH.backoff(retry) for retry in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_takes_up_to_a_quarter_off() -> None:
    drawn: list[tuple[float, float]] = []

    def lowest(low: float, high: float) -> float:
        drawn.append((low, high))
        return low

    assert RetryPolicy(jitter=lowest).backoff(0) == 0.375
    assert drawn == [(0.75, 1.0)]


def test_a_seeded_jitter_gives_the_same_schedule_within_its_bounds() -> None:
    first = [RetryPolicy(jitter=random.Random(13).uniform).backoff(retry) for retry in range(5)]
    again = [RetryPolicy(jitter=random.Random(13).uniform).backoff(retry) for retry in range(5)]
    assert first == again
    for retry, delay in enumerate(first):
        assert 0.75 * HIGH.backoff(retry) <= delay <= HIGH.backoff(retry)


def test_the_schedule_is_configurable() -> None:
    policy = RetryPolicy(first_backoff=0.1, max_backoff=0.3, jitter=lambda low, high: high)
    assert [policy.backoff(retry) for retry in range(4)] == [0.1, 0.2, 0.3, 0.3]


# --- after a transport error -------------------------------------------------------------------------------


@pytest.mark.parametrize("error", NOT_SENT_ERRORS, ids=lambda error: type(error).__name__)
@pytest.mark.parametrize("idempotent", [False, True])
def test_an_error_before_sending_is_retried_for_any_command(error: Exception, idempotent: bool) -> None:
    assert isinstance(error, NOT_SENT)
    assert after_error(error, idempotent=idempotent) == 0.5


@pytest.mark.parametrize("error", UNCLEAR_ERRORS, ids=lambda error: type(error).__name__)
def test_an_unclear_error_is_retried_only_for_an_idempotent_command(error: Exception) -> None:
    assert not isinstance(error, NOT_SENT)
    assert after_error(error, idempotent=True) == 0.5
    assert after_error(error, idempotent=False) is None


@pytest.mark.parametrize(
    "error",
    [httpx.TooManyRedirects("loop"), httpx.DecodingError("bad gzip")],
    ids=lambda error: type(error).__name__,
)
def test_an_error_that_sending_again_cannot_fix_is_not_retried(error: Exception) -> None:
    assert after_error(error, idempotent=True) is None


def test_the_backoff_grows_with_the_attempts_made() -> None:
    refused = httpx.ConnectError("refused")
    assert [after_error(refused, attempts=n, max_retries=9) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 4.0]


@pytest.mark.parametrize(("attempts", "max_retries"), [(1, 0), (3, 2), (4, 2)])
def test_no_retry_once_max_retries_are_spent(attempts: int, max_retries: int) -> None:
    assert after_error(httpx.ConnectError("refused"), attempts=attempts, max_retries=max_retries) is None


def test_no_retry_whose_wait_reaches_the_deadline() -> None:
    refused = httpx.ConnectError("refused")
    assert after_error(refused, left=0.51) == 0.5
    assert after_error(refused, left=0.5) is None
    assert after_error(refused, left=0.1) is None


def test_a_zero_backoff_still_waits_the_least_wait() -> None:
    policy = RetryPolicy(first_backoff=0.0)
    arguments: dict[str, Any] = {"attempts": 1, "max_retries": 1, "idempotent": False}
    assert policy.delay_after_error(httpx.ConnectError("refused"), left=1.0, **arguments) == LEAST_WAIT
    assert policy.delay_after_error(httpx.ConnectError("refused"), left=LEAST_WAIT, **arguments) is None


# --- after an answer ---------------------------------------------------------------------------------------


def test_the_retried_statuses() -> None:
    assert {429} == RETRY_ANY_COMMAND
    assert {408, 409, 500, 502, 503, 504} == RETRY_IDEMPOTENT
    assert RETRIED_STATUSES == RETRY_ANY_COMMAND | RETRY_IDEMPOTENT


@pytest.mark.parametrize("idempotent", [False, True])
def test_429_is_retried_for_any_command(idempotent: bool) -> None:
    assert after_status(429, idempotent=idempotent) == StatusVerdict(0.5)


@pytest.mark.parametrize("status", sorted(RETRY_IDEMPOTENT))
def test_a_server_error_is_retried_only_for_an_idempotent_command(status: int) -> None:
    assert after_status(status, idempotent=True) == StatusVerdict(0.5)
    assert after_status(status, "1", idempotent=False) == StatusVerdict(None)


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 422, 501, 505])
def test_other_statuses_are_kept(status: int) -> None:
    assert after_status(status, "1", idempotent=True) == StatusVerdict(None)


def test_retry_after_replaces_the_backoff() -> None:
    assert after_status(429, "7") == StatusVerdict(7.0)
    assert after_status(429, email.utils.formatdate(NOW + 30, usegmt=True)) == StatusVerdict(30.0)
    assert after_status(429, "0") == StatusVerdict(LEAST_WAIT)
    assert after_status(429, "soon", attempts=2) == StatusVerdict(1.0)  # unreadable: the backoff


@pytest.mark.parametrize("header", ["60", "61", "3600"])
def test_a_retry_after_reaching_the_deadline_is_not_waited_for_and_is_reported(header: str) -> None:
    assert after_status(429, header, left=60.0) == StatusVerdict(None, retry_after=float(header))


def test_a_backoff_reaching_the_deadline_gives_up_without_a_retry_after() -> None:
    assert after_status(503, idempotent=True, left=0.5) == StatusVerdict(None)


def test_spent_retries_keep_the_answer_whatever_its_retry_after() -> None:
    assert after_status(429, "3600", attempts=3, max_retries=2) == StatusVerdict(None)
    assert after_status(429, "1", attempts=1, max_retries=0) == StatusVerdict(None)
