"""`CallingMock`: the calls, the one request handler of both run modes, and the parts it is made of.

It owns the store of calls and its lock, and composes the rest: `handle` reads a request (`_http`), lets a
scripted fault (`_faults`) or else the rules (`_rules`) answer it, turns the changes into webhooks
(`_payloads`) queued for the delivery thread (`_deliveries`), journals it (`_journal`) and encodes the reply.
Its other methods are the test's controls over those parts.

The modules import one way only (tests/testing/test_layout.py fails on a cycle, type-level imports included):
`_records`, the data, imports none of them; `_http` (reading requests), `_payloads` and `_deliveries` import
`_records`; `_rules` and `_journal` import `_http`; `_faults` imports `_rules`; this module imports them all,
and the run modes `_server` and `_transport`, which import `_records` alone and take any `Handler`.

Where a change goes: a new rule, or a new state of a call, in `_rules` (reporting what it changed as a
`Change`); a new webhook as a payload builder and a reaction in `_payloads`; a new control for tests here, as a
thin method over those.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self, get_args

from . import _faults, _rules
from ._deliveries import DEFAULT_DELIVERY_TIMEOUT, Deliveries
from ._http import CallsById, canonical_id, parse, record, reply
from ._journal import Journal
from ._payloads import DEFAULT_TRANSCRIPT, Notifier, Sender, custom, space_id
from ._records import (
    DEFAULT_PROJECT,
    DEFAULT_TOKEN,
    Call,
    Change,
    Delivery,
    Drop,
    Fault,
    Operation,
    RecordedRequest,
    Reply,
)

if TYPE_CHECKING:
    from .._client import AsyncRestClient, RestClient
    from ._server import MockServer
    from ._transport import AsyncMockTransport, MockTransport

__all__ = ["CallingMock"]


class CallingMock:
    """A mock of `POST /api/calling/calls` with calls, operations, a journal and scripted faults.

    Args:
        project: The project ID it accepts; defaults to `DEFAULT_PROJECT` (the CLI reads the environment).
        token: The API token it accepts; defaults to `DEFAULT_TOKEN`.
        auto_answer: Answer every dialed call right after the `dial` answer (which says `queued`).
            False: calls stay `queued` until `answer()` or `set_status()`.
        latency: Seconds every answer waits (keep it tiny in tests).
        signing_key: Send SignalWire's webhooks, signed with this key, to the URLs the commands give (the
            SWML fetch of `dial`/`update` `url`, stream and transcription `status_url`, sidecar `url`); see
            `deliveries`. None (the default): no webhook is sent.
        delivery_timeout: Seconds a webhook delivery may take before it is journaled as failed.
        lenient: Accept fields of `params` that the spec does not know (still checking every known one), and
            record them in the journal (`RecordedRequest.extra_params`): to test `extra_params` of the client.
            Strict by default: an unknown field is a 422.

    Thread-safe: the server's threads and the test's thread may use it at once.
    """

    def __init__(
        self,
        project: str | None = None,
        token: str | None = None,
        *,
        auto_answer: bool = True,
        latency: float = 0.0,
        signing_key: str | None = None,
        delivery_timeout: float = DEFAULT_DELIVERY_TIMEOUT,
        lenient: bool = False,
    ) -> None:
        self.project = DEFAULT_PROJECT if project is None else project
        self.token = DEFAULT_TOKEN if token is None else token
        self.auto_answer = auto_answer
        self.latency = latency
        self.lenient = lenient
        self.transcript_text: str | None = DEFAULT_TRANSCRIPT
        """The text of every transcript; None makes transcriptions fail (`calling.transcript.failed`)."""
        self.space_id = space_id(self.project)
        self._lock = threading.RLock()
        self._calls: dict[str, Call] = {}
        self._journal = Journal()
        self._faults = _faults.FaultQueue()
        self._notifier = Notifier()
        self._deliveries = Deliveries(signing_key, delivery_timeout, on_swml=self._keep_swml)

    def __repr__(self) -> str:
        return f"CallingMock(project={self.project!r}, calls={len(self._calls)}, requests={len(self._journal)})"

    # -- the two run modes -------------------------------------------------------------------------------------

    def transport(self) -> MockTransport[Self]:
        """An `httpx.BaseTransport` that answers in process: `httpx.Client(transport=mock.transport())`."""
        from ._transport import MockTransport

        return MockTransport(self)

    def async_transport(self) -> AsyncMockTransport[Self]:
        """An `httpx.AsyncBaseTransport` that answers in process."""
        from ._transport import AsyncMockTransport

        return AsyncMockTransport(self)

    def client(self, **options: Any) -> RestClient:
        """A `RestClient` wired to this mock in process. `options`: `timeout`, `max_retries`."""
        import httpx

        from .._client import RestClient

        http_client = httpx.Client(transport=self.transport())
        return RestClient(self.project, self.token, "http://127.0.0.1", http_client=http_client, **options)

    def async_client(self, **options: Any) -> AsyncRestClient:
        """An `AsyncRestClient` wired to this mock in process."""
        import httpx

        from .._client import AsyncRestClient

        http_client = httpx.AsyncClient(transport=self.async_transport())
        return AsyncRestClient(self.project, self.token, "http://127.0.0.1", http_client=http_client, **options)

    def serve(self, port: int = 0, *, log: Any = None) -> MockServer[Self]:
        """Serve this mock over HTTP/1.1 on 127.0.0.1 from a background thread; `port=0` picks a free port.

        Use as a context manager, or call `close()`. `log`: a callable taking one line per request.
        """
        from ._server import MockServer

        return MockServer(self, port=port, log=log)

    # -- the handler -------------------------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> Reply:
        """Answer one request: the single implementation behind the server and the transports."""
        request = parse(method, target, headers, body)
        authorized = _rules.is_authorized(request, self.project, self.token)
        unchecked = _rules.unknown_params(request.command, request.params) if self.lenient else {}
        with self._lock:
            fault = self._faults.take(request.command)
            outcome = _faults.answer_instead(fault)
            if outcome is None:
                outcome = _rules.apply(
                    request, self._calls, authorized=authorized, auto_answer=self.auto_answer, unchecked=unchecked
                )
                self._notify(outcome.changes)
                outcome = _faults.after_handling(fault, outcome)
            recorded = record(request, outcome, authorized=authorized, extra_params=unchecked)
            self._journal.append(recorded)
        return reply(outcome, recorded, delay=self.latency + (fault.delay if fault else 0.0))

    def _notify(self, changes: Iterable[Change]) -> None:
        """Queue the webhooks SignalWire sends for `changes` (with a signing key only). Under the lock."""
        if not self._deliveries.signing_key:
            return
        sender = Sender(self.project, self.space_id, self.transcript_text)
        for outgoing in self._notifier.webhooks(changes, sender):
            self._deliveries.send(outgoing)

    def _keep_swml(self, call_id: str, swml: str) -> None:
        with self._lock:
            call = self._calls.get(call_id)
            if call is not None:
                call.swml = swml

    # -- scripted faults ---------------------------------------------------------------------------------------

    def script(self, fault: Fault, *, times: int = 1) -> None:
        """Apply `fault` to the next `times` requests (of `fault.command`, when set). Faults queue in order."""
        self._faults.script(fault, times=times)

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        retry_after: float | str | None = None,
        command: str | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next `times` requests with the error `status` (body: the vendor's error body unless given)."""
        if not 400 <= status <= 599:
            raise ValueError(f"fail_next takes an error status (400-599), not {status}; script() takes any Fault")
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
        self.script(Fault(status=status, body=body, headers=extra, command=command, delay=delay), times=times)

    def drop_next(self, when: Drop = "after_read", *, times: int = 1, command: str | None = None) -> None:
        """Drop the connection of the next `times` requests.

        `before_read`: the request is not handled (in process: `httpx.ConnectError`, so any command may be
        retried; over HTTP the socket is reset). `after_read`: it is handled, then the answer is lost (in
        process: `httpx.RemoteProtocolError`; over HTTP the socket is closed without an answer).
        """
        if when not in get_args(Drop):
            raise ValueError(f"when must be one of {get_args(Drop)}")
        self.script(Fault(drop=when, command=command), times=times)

    def delay_next(self, seconds: float, *, times: int = 1, command: str | None = None) -> None:
        """Answer the next `times` requests normally, after `seconds`."""
        self.script(Fault(delay=seconds, command=command), times=times)

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def pending_faults(self) -> int:
        """How many scripted fault uses are still waiting for a request."""
        return self._faults.pending

    # -- state, driven by tests --------------------------------------------------------------------------------

    @property
    def calls(self) -> dict[str, Call]:
        """Every call by id (ended ones included), oldest first; a key may be a `uuid.UUID`. The calls are live."""
        with self._lock:
            return CallsById(self._calls)

    @property
    def last_call(self) -> Call:
        """The call created last; LookupError when there is none."""
        with self._lock:
            if not self._calls:
                raise LookupError("the mock has no call yet")
            return next(reversed(self._calls.values()))

    def call(self, call_id: object) -> Call:
        """The call with this id; KeyError when there is none."""
        with self._lock:
            return self._calls[canonical_id(str(call_id)) or ""]

    def add_call(
        self,
        *,
        from_: str = "+15550100001",
        to: str = "+15550100002",
        status: str = "answered",
        direction: str = "inbound",
        call_type: str | None = None,
    ) -> Call:
        """A call the mock did not dial (an inbound call, say), ready to take commands."""
        call = _rules.new_call(from_=from_, to=to, status=status, direction=direction, call_type=call_type)
        with self._lock:
            self._calls[call.id] = call
        return call

    def set_status(self, call_id: object, status: str) -> Call:
        """Move a call to `status` (any `CallResponseStatus`); an ended status finishes its operations."""
        _rules.check_status(status)
        with self._lock:
            call = self.call(call_id)
            self._notify(_rules.set_status(call, status))
            return call

    def answer(self, call_id: object) -> Call:
        return self.set_status(call_id, "answered")

    def hangup(self, call_id: object, reason: str = "hangup") -> Call:
        """The far end hangs up: the call is `ended`; later commands on it get 404."""
        with self._lock:
            call = self.set_status(call_id, "ended")
            call.end_reason = reason
            return call

    def add_operation(self, call_id: object, kind: str, control_id: str) -> Operation:
        """An operation the REST API cannot start (an `ai` agent, a fax: started by SWML), now tracked."""
        _rules.check_kind(kind)
        with self._lock:
            return _rules.track(self.call(call_id), kind, control_id)

    def finish(self, call_id: object, control_id: str) -> Operation:
        """An operation ends by itself (the audio played out, the digits came in)."""
        with self._lock:
            call = self.call(call_id)
            self._notify(_rules.finish(call, control_id))
            return call.operation(control_id)

    def reset(self) -> None:
        """Forget every call, request and pending fault."""
        with self._lock:
            self._calls.clear()
            self._journal.clear()
            self._faults.clear()
            self._notifier.clear()
            self._deliveries.clear()

    # -- the journal -------------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first, faulted ones included."""
        return self._journal.requests

    @property
    def last(self) -> RecordedRequest:
        """The latest request; LookupError when there is none."""
        return self._journal.last

    @property
    def commands(self) -> list[str | None]:
        """The `command` of every request received, oldest first (None when a body had none)."""
        return [request.command for request in self.requests]

    def sent(self, command: str | None = None, *, call_id: object = None, **params: Any) -> list[RecordedRequest]:
        """Requests of `command` (any when None) to `call_id` whose params include `params`.

        Param names are the façade's keywords (`from_` matches `from`); values are compared as JSON.
        """
        return self._journal.sent(command, call_id=call_id, **params)

    def assert_sent(
        self, command: str, *, call_id: object = None, times: int | None = None, **params: Any
    ) -> RecordedRequest:
        """The latest matching request (see `sent`); AssertionError, listing what was sent, when none matches
        (or when `times` is given and the count differs)."""
        return self._journal.assert_sent(command, call_id=call_id, times=times, **params)

    def assert_not_sent(self, command: str, *, call_id: object = None, **params: Any) -> None:
        """AssertionError, listing what was sent, when a request matches (see `sent`)."""
        self._journal.assert_not_sent(command, call_id=call_id, **params)

    # -- webhooks ----------------------------------------------------------------------------------------------

    @property
    def signing_key(self) -> str | None:
        """Deliveries are signed with it; None (the default) sends no webhook at all."""
        return self._deliveries.signing_key

    @signing_key.setter
    def signing_key(self, value: str | None) -> None:
        self._deliveries.signing_key = value

    @property
    def delivery_timeout(self) -> float:
        """Seconds a webhook delivery may take before it is journaled as failed."""
        return self._deliveries.timeout

    @delivery_timeout.setter
    def delivery_timeout(self, value: float) -> None:
        self._deliveries.timeout = value

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook sent so far whose attempt is over, oldest first."""
        return self._deliveries.done

    def wait_for_deliveries(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """Block until at least `count` deliveries are over; answer them all.

        Raises:
            AssertionError: Fewer were over after `timeout` seconds (the message says what was sent).
        """
        return self._deliveries.wait(count, timeout=timeout)

    async def async_wait_for_deliveries(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """`wait_for_deliveries` without blocking the event loop (so a handler served on it can answer)."""
        return await self._deliveries.async_wait(count, timeout=timeout)

    def deliver(self, url: str, payload: Mapping[str, Any], *, sha256: bool | None = None) -> None:
        """Send any webhook payload (say, an AI sidecar `insight`) to `url`, signed, in the background.

        Its kind comes from its shape (`signalwire_calling.webhooks.kind_of`). `sha256`: add
        `X-Signalwire-SHA256-Signature`; by default only for an inbound call, as SignalWire does.
        """
        if not self.signing_key:
            raise ValueError("CallingMock(signing_key=...) is needed to send webhooks")
        self._deliveries.send(custom(url, payload, sha256=sha256))
