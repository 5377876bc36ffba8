"""How the mock sends its webhooks: signed POSTs from one background thread, each attempt journaled.

Status and sidecar callbacks carry only `X-Signalwire-Signature` (HMAC-SHA1), as SignalWire's do; the SWML fetch
of an inbound call carries `X-Signalwire-SHA256-Signature` too. Every delivery is a POST of JSON (a
`status_url_method` of GET is not honoured), from one background thread in the order the webhooks were queued
(so a command's answer never waits for the handler, and an async test's event loop is never blocked), with a
bounded time for the whole exchange and a cap on the answer read. A handler that fails, answers an error or
cannot be reached is journaled with the error; the command it came from has already been answered normally.
At most `MAX_QUEUED` webhooks wait to be sent (one more is journaled as failed, unsent) and the journal keeps the
latest `MAX_JOURNALED` attempts. What is sent, and when, is `_payloads`.
"""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit, urlunsplit

from ..webhooks import sign
from ._records import Delivery, Outgoing
from ._swml_answers import checked_swml_answer

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_DELIVERY_TIMEOUT", "MAX_ANSWER_BYTES", "MAX_JOURNALED", "MAX_QUEUED", "Deliveries", "post"]

DEFAULT_DELIVERY_TIMEOUT: Final = 5.0
"""Seconds a delivery may take, from connecting to the last byte of the answer, before it is given up."""
MAX_ANSWER_BYTES: Final = 1 << 20
"""At most this much of a handler's answer is read; a longer one is cut and the delivery marked failed."""
MAX_QUEUED: Final = 10_000
"""Webhooks waiting to be sent at most (a slow handler and a busy mock); past that one is journaled as failed."""
MAX_JOURNALED: Final = 100_000
"""Attempts the journal keeps; past that the oldest are forgotten (`wait` still counts them)."""
_IDLE_SECONDS: Final = 1.0
"""The delivery thread exits after this long with nothing to send (a later delivery starts a new one)."""


class Deliveries:
    """A queue of webhooks, sent one at a time from a background thread, and the journal of their attempts.

    Args:
        signing_key: The key every delivery is signed with; None: nothing may be sent.
        timeout: Seconds one delivery may take in all.
        on_swml: Called with (call id, answer) when the SWML fetch of a call is answered 2xx, from the
            delivery thread.
    """

    def __init__(self, signing_key: str | None, timeout: float, *, on_swml: Callable[[str, str], object]) -> None:
        self.signing_key = signing_key
        self.timeout = timeout
        self._on_swml = on_swml
        self._cond = threading.Condition()
        self._queue: collections.deque[Outgoing] = collections.deque()
        self._sending = 0
        self._done: collections.deque[Delivery] = collections.deque(maxlen=MAX_JOURNALED)
        self._over = 0
        """Attempts over since the last `clear`, forgotten ones included."""
        self._worker: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Deliveries(done={len(self.done)}, pending={self.pending})"  # never the signing key

    @property
    def done(self) -> list[Delivery]:
        """Every attempt that is over, oldest first."""
        with self._cond:
            return list(self._done)

    @property
    def pending(self) -> int:
        """How many webhooks are queued or being sent."""
        with self._cond:
            return len(self._queue) + self._sending

    def send(self, outgoing: Outgoing) -> None:
        """Queue `outgoing`; the background thread (started if need be) signs and POSTs it."""
        if not self.signing_key:
            raise ValueError("CallingMock(signing_key=...) is needed to send webhooks")
        with self._cond:
            if len(self._queue) >= MAX_QUEUED:
                self._journal(_unsent(outgoing, f"not sent: {MAX_QUEUED} webhooks were waiting already"))
                return
            self._queue.append(outgoing)
            if self._worker is None:
                self._worker = threading.Thread(target=self._run, name="calling-mock-webhooks", daemon=True)
                self._worker.start()
            self._cond.notify_all()

    def wait(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """Block until at least `count` attempts are over; answer them all.

        Raises:
            AssertionError: Fewer were over after `timeout` seconds (the message says what was sent).
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._over < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    sent = ", ".join(f"{d.kind} -> {d.status or d.error}" for d in self._done) or "none"
                    raise AssertionError(
                        f"expected {count} webhook deliveries within {timeout}s; "
                        f"{self._over} over ({sent}), {len(self._queue)} queued"
                    )
                self._cond.wait(remaining)
            return list(self._done)

    async def async_wait(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """`wait` without blocking the event loop (so a handler served on it can answer)."""
        return await asyncio.to_thread(self.wait, count, timeout=timeout)

    def clear(self) -> None:
        """Forget the queued webhooks and the journal (one being sent is still journaled when it is over)."""
        with self._cond:
            self._queue.clear()
            self._done.clear()
            self._over = 0

    def _run(self) -> None:
        import httpx

        with httpx.Client(timeout=self.timeout, follow_redirects=False, trust_env=False) as http:
            while True:
                with self._cond:
                    if not self._queue:
                        self._cond.wait(_IDLE_SECONDS)
                    if not self._queue:
                        self._worker = None
                        return
                    outgoing = self._queue.popleft()
                    self._sending += 1
                    signing_key, timeout = self.signing_key, self.timeout
                assert signing_key is not None  # `send` queues nothing without one
                delivery = checked_swml_answer(post(http, outgoing, signing_key=signing_key, timeout=timeout))
                if delivery.kind == "inboundCallWebhook" and delivery.ok and delivery.call_id is not None:
                    self._on_swml(delivery.call_id, delivery.answer)
                with self._cond:
                    self._sending -= 1
                    self._journal(delivery)

    def _journal(self, delivery: Delivery) -> None:
        """Keep `delivery` in the journal and wake who waits. Under the condition's lock."""
        self._done.append(delivery)
        self._over += 1
        self._cond.notify_all()


def post(http: httpx.Client, outgoing: Outgoing, *, signing_key: str, timeout: float) -> Delivery:
    """Sign and POST `outgoing` over `http`, giving up after `timeout` seconds in all; never raises."""
    import httpx

    body = json.dumps(outgoing.payload, separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "User-Agent": "signalwire-calling-mock"}
    headers.update(sign(signing_key=signing_key, url=outgoing.url, raw_body=body, sha256=outgoing.sha256))
    status: int | None = None
    answer, error = b"", None
    deadline = time.monotonic() + timeout  # httpx's timeouts bound each phase, not the sum
    try:
        with http.stream("POST", outgoing.url, content=body, headers=headers) as response:
            status = response.status_code
            for chunk in response.iter_bytes():
                answer += chunk
                if len(answer) > MAX_ANSWER_BYTES:
                    answer, error = answer[:MAX_ANSWER_BYTES], f"answer longer than {MAX_ANSWER_BYTES} bytes"
                    break
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the answer took too long", request=response.request)
        if error is None and not 200 <= status < 300:
            error = f"answered {status}"
    except httpx.TimeoutException:
        error = f"no answer within {timeout}s"
    except (httpx.HTTPError, OSError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    return Delivery(
        url=_shown(outgoing.url),
        kind=outgoing.kind,
        payload=outgoing.payload,
        body=body,
        headers=headers,
        call_id=outgoing.call_id,
        status=status,
        answer=answer.decode("utf-8", "replace"),
        error=error,
    )


def _unsent(outgoing: Outgoing, error: str) -> Delivery:
    body = json.dumps(outgoing.payload, separators=(",", ":")).encode()
    return Delivery(_shown(outgoing.url), outgoing.kind, outgoing.payload, body, {}, outgoing.call_id, None, "", error)


def _shown(url: str) -> str:
    """`url` with its password, if any, replaced by `<redacted>`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:<redacted>@{host}"))
