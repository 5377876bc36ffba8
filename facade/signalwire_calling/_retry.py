"""When a command is sent again, and after how long: pure decisions (no I/O, no logging; jitter and clock injected).

A command is never sent twice if a repeat could start something twice:

- any command may be sent again when the request certainly did not reach SignalWire (`NOT_SENT`: connection
  refused, connect timeout, no free connection in the pool) or when SignalWire answered 429
  (`RETRY_ANY_COMMAND`: not processed);
- only an idempotent command (`x-signalwire-idempotent` in the spec) after 408, 409, 5xx
  (`RETRY_IDEMPOTENT`), a read timeout or a dropped connection.

The wait is the server's `Retry-After` (seconds or an HTTP-date) when it sent one, else exponential backoff
with jitter, and never less than `LEAST_WAIT`; a retry that would end past the deadline is not made. The
client asks `RetryPolicy` and does the logging, sleeping and raising itself.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Final, NamedTuple

import httpx

__all__ = [
    "LEAST_WAIT",
    "NOT_SENT",
    "RETRIED_STATUSES",
    "RETRY_ANY_COMMAND",
    "RETRY_IDEMPOTENT",
    "RetryPolicy",
    "StatusVerdict",
    "parse_retry_after",
]

NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport errors after which the request certainly did not reach SignalWire: any command may be sent again."""
RETRY_ANY_COMMAND: Final = frozenset({429})
"""Statuses retried for any command: 429 means the request was not processed."""
RETRY_IDEMPOTENT: Final = frozenset({408, 409, 500, 502, 503, 504})
"""Statuses retried only for commands that are safe to repeat: the command may have been carried out."""
RETRIED_STATUSES: Final = RETRY_ANY_COMMAND | RETRY_IDEMPOTENT
"""Every status that may be retried: any other answer is kept without asking `RetryPolicy`."""
LEAST_WAIT: Final = 0.001
"""The least wait before sending again, even after `Retry-After: 0`: one turn of the event loop's I/O, so that a
connection the server closed right after answering is seen closed (aiohttp's pool does not probe its idle
connections, as httpcore's does) instead of being used for the retry and failing after the request was sent."""


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP-date); None when absent or unreadable.

    `now` is the wall-clock time (`time.time()`) an HTTP-date is measured from. A moment in the past, or a
    negative number, means now: 0.
    """
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # only for an HTTP-date Retry-After; costly to import with the package

    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # unreadable: back off as if there were none
    return max(0.0, moment.timestamp() - now)


class StatusVerdict(NamedTuple):
    """What to do after an answer whose status may be retried."""

    delay: float | None
    """Seconds to wait before sending again; None: keep this answer (read it, then parse or raise)."""
    retry_after: float | None = None
    """The server's `Retry-After` in seconds when it is why the answer is kept: longer than the time left."""


_KEEP: Final = StatusVerdict(None)


class RetryPolicy:
    """The backoff schedule and the retry decisions, with their sources of randomness and time injectable.

    Args:
        first_backoff: Seconds before the first retry when the server gave no `Retry-After`; doubled for each
            further retry, up to `max_backoff`.
        max_backoff: The longest backoff.
        jitter: `(low, high) -> factor` the backoff is multiplied by, drawn from [0.75, 1.0]: `random.uniform`
            by default; a seeded `random.Random(...).uniform`, or a constant function, in tests.
        clock: The wall-clock time an HTTP-date `Retry-After` is measured from: `time.time` by default.
    """

    __slots__ = ("clock", "first_backoff", "jitter", "max_backoff")

    def __init__(
        self,
        *,
        first_backoff: float = 0.5,
        max_backoff: float = 8.0,
        jitter: Callable[[float, float], float] = random.uniform,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.jitter = jitter
        self.clock = clock

    def __repr__(self) -> str:
        return f"RetryPolicy(first_backoff={self.first_backoff!r}, max_backoff={self.max_backoff!r})"

    def backoff(self, retry: int) -> float:
        """Seconds before retry number `retry` (0 for the first) when the server gave no `Retry-After`."""
        return min(self.first_backoff * 2.0**retry, self.max_backoff) * self.jitter(0.75, 1.0)

    def delay_after_error(
        self, error: Exception, *, attempts: int, max_retries: int, idempotent: bool, left: float
    ) -> float | None:
        """The wait before sending again after the transport error `error`; None to give up.

        Args:
            error: What the attempt raised (an `httpx.RequestError`).
            attempts: How many times the command has been tried so far, this attempt included.
            max_retries: The client's `max_retries`.
            idempotent: Whether the command is safe to repeat.
            left: Seconds left before the command's deadline.
        """
        # A redirect loop or an undecodable body (not transport errors) will not go away by sending again.
        if attempts > max_retries or not isinstance(error, httpx.TransportError):
            return None
        if not (idempotent or isinstance(error, NOT_SENT)):
            return None  # the request may have been carried out
        delay = max(self.backoff(attempts - 1), LEAST_WAIT)
        return delay if delay < left else None

    def delay_after_status(
        self, status: int, retry_after: str | None, *, attempts: int, max_retries: int, idempotent: bool, left: float
    ) -> StatusVerdict:
        """Whether to send again after an answer with `status` and the `Retry-After` header `retry_after`.

        The other arguments are those of `delay_after_error`.
        """
        if attempts > max_retries:
            return _KEEP
        if status not in RETRY_ANY_COMMAND and not (idempotent and status in RETRY_IDEMPOTENT):
            return _KEEP
        wait = parse_retry_after(retry_after, now=self.clock())
        if wait is not None and wait >= left:
            return StatusVerdict(None, retry_after=wait)  # not worth waiting for: the deadline would pass first
        delay = max(self.backoff(attempts - 1) if wait is None else wait, LEAST_WAIT)
        return StatusVerdict(delay) if delay < left else _KEEP
