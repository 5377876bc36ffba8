"""`CallingMock`: the calls, the one request handler of both run modes, and the parts it is made of.

It owns the store of calls and its lock, and composes the rest: `handle` reads a request (`_http`), lets a
scripted fault (`_faults`) or else the rules (`_rules`) answer it, adds what the changes cause on the calls'
media (`_media`: scripted input taken, operations ending by themselves on timers, `_timers`), turns the changes
into webhooks (`_payloads`, `_status_events`) queued for the delivery thread (`_deliveries`), journals it
(`_journal`) and encodes the reply. Its other methods are the test's controls over those parts; a timer that runs
out goes the same way as a request, from the changes on.

The modules import one way only (tests/testing/test_layout.py fails on a cycle, type-level imports included):
`_records`, the data, and `_timers` import none of them; `_http`, `_status_events` and `_deliveries` import
`_records`; `_media` imports `_records` and `_timers`; `_payloads` imports `_status_events`; `_rules` and
`_journal` import `_http`; `_faults` imports `_rules`; this module imports them all, and the run modes `_server`
and `_transport`, which import `_records` alone and take any `Handler`.

Where a change goes: a new rule, or a new state of a call, in `_rules` (reporting what it changed as a
`Change`), or in `_media` for what the far end does and what ends by itself; a new webhook as a payload builder
and a reaction in `_payloads` (`_status_events` for a status event); a new control for tests here, as a thin
method over those.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Self

from . import _faults, _media, _rules
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
    Operation,
    RecordedRequest,
    Reply,
)
from ._timers import TimerKey, Timers

if TYPE_CHECKING:
    from .._client import AsyncRestClient, RestClient
    from ._server import MockServer
    from ._transport import AsyncMockTransport, MockTransport

__all__ = ["CallingMock"]

_P = ParamSpec("_P")


class CallingMock(_faults.FaultControls):
    """A mock of `POST /api/calling/calls` with calls, operations, a journal and scripted faults.

    Args:
        project: The project ID it accepts; defaults to `DEFAULT_PROJECT` (the CLI reads the environment).
        token: The API token it accepts; defaults to `DEFAULT_TOKEN`.
        auto_answer: Answer every dialed call right after the `dial` answer (which says `queued`).
            False: calls stay `queued` until `answer()` or `set_status()`.
        latency: Seconds every answer waits (keep it tiny in tests).
        signing_key: Send SignalWire's webhooks, signed with this key, to the URLs the commands give (the
            SWML fetch of `dial`/`update` `url`, every command's status events to its `status_url`, sidecar
            `url`); see `deliveries`. None (the default): no webhook is sent.
        delivery_timeout: Seconds a webhook delivery may take before it is journaled as failed.
        lenient: Accept fields of `params` that the spec does not know (still checking every known one), and
            record them in the journal (`RecordedRequest.extra_params`): to test `extra_params` of the client.
            Strict by default: an unknown field is a 422.
        auto_finish: Let operations end by themselves: a play after `play_duration`, a recording after
            `record_duration` (or its `max_length`), a collect with no input after its `initial_timeout`, a
            detector with its default verdict (see `_media`). None (the default): when the mock sends webhooks
            (a `signing_key`); without them operations stay active until a command, the test or the call's end
            finishes them.
        play_duration: Seconds a play lasts; 0 (the default): it finishes as it starts.
        record_duration: Seconds the caller speaks into a recording before it ends; None (the default): until
            it is stopped, the call ends or its `max_length` is reached.
        time_scale: Real seconds per second of the call, for every duration and timeout above and in the
            commands (`initial_timeout`, `digit_timeout`, detector timeouts, `max_length`): 0.01 makes a
            4-second timeout 40 ms.

    The settings are attributes of the same names, read at each command. Thread-safe: the server's threads, the
    timer thread and the test's thread may use it at once.
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
        auto_finish: bool | None = None,
        play_duration: float = 0.0,
        record_duration: float | None = None,
        time_scale: float = 1.0,
    ) -> None:
        self.project = DEFAULT_PROJECT if project is None else project
        self.token = DEFAULT_TOKEN if token is None else token
        self.auto_answer = auto_answer
        self.latency = latency
        self.lenient = lenient
        self.auto_finish, self.play_duration, self.record_duration = auto_finish, play_duration, record_duration
        self.time_scale = time_scale
        _media.Timing(False, play_duration, record_duration, time_scale)  # checks them
        self.transcript_text: str | None = DEFAULT_TRANSCRIPT
        """The text of every transcript; None makes transcriptions fail (`calling.transcript.failed`)."""
        self.space_id = space_id(self.project)
        self._lock = threading.RLock()
        self._calls: dict[str, Call] = {}
        self._journal = Journal()
        self._faults = _faults.FaultQueue()
        self._notifier = Notifier()
        self._deliveries = Deliveries(signing_key, delivery_timeout, on_swml=self._keep_swml)
        self._timers = Timers(self._fire)

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
                self._run(outcome.changes)
                outcome = _faults.after_handling(fault, outcome)
            recorded = record(request, outcome, authorized=authorized, extra_params=unchecked)
            self._journal.append(recorded)
        return reply(outcome, recorded, delay=self.latency + (fault.delay if fault else 0.0))

    def _run(self, changes: Iterable[Change]) -> None:
        """Under the lock: what `changes` cause on the media, the webhooks SignalWire sends for it all (with a
        signing key only), and the timers they arm or cancel."""
        done, plans = _media.follow(changes, self._timing())
        if self._deliveries.signing_key:
            sender = Sender(self.project, self.space_id, self.transcript_text, self.time_scale)
            for outgoing in self._notifier.webhooks(done, sender):
                self._deliveries.send(outgoing)
        self._timers.apply(plans)

    def _timing(self) -> _media.Timing:
        auto = bool(self.signing_key) if self.auto_finish is None else self.auto_finish
        return _media.Timing(auto, self.play_duration, self.record_duration, self.time_scale)

    def _fire(self, key: TimerKey, token: int) -> None:
        """A timer ran out (on the timer thread): what it does, unless it was cancelled meanwhile."""
        with self._lock:
            call = self._calls.get(key[0]) if self._timers.claim(key, token) else None
            if call is not None:
                self._run(_media.fire(call, key[1], key[2]))

    def _keep_swml(self, call_id: str, swml: str) -> None:
        with self._lock:
            call = self._calls.get(call_id)
            if call is not None:
                call.swml = swml

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
        return self._change(call_id, _rules.set_status, status)

    def answer(self, call_id: object) -> Call:
        """The far end answers (a call of a mock with `auto_answer=False`): `answered`, and its state event."""
        return self.set_status(call_id, "answered")

    def hangup(self, call_id: object, reason: str = "hangup", *, source: str | None = None) -> Call:
        """The far end hangs up: the call is `ended` (`ending`, `ended` events with `end_reason` `reason`,
        `end_source` `source`, by default the far end's direction); later commands on it get 404."""
        return self._change(call_id, _rules.hangup, reason, source)

    def press(self, call_id: object, keys: str) -> Call:
        """The caller presses `keys` (`"1234#"`): for the call's live collect, else the next one (see `_media`)."""
        return self._change(call_id, _media.press, keys)

    def say(self, call_id: object, text: str, *, confidence: float = _media.DEFAULT_CONFIDENCE) -> Call:
        """The caller says `text`: a speech result for the live collect, else the next one."""
        return self._change(call_id, _media.say, text, confidence)

    def detect(self, call_id: object, event: str, *, beep: bool = False) -> Call:
        """The call's live detector of `event`'s type (else the next) hears `event`: `MACHINE` (`beep` too),
        `HUMAN`, `UNKNOWN`, a fax's `CED`/`CNG`, a key, `finished` or `error`; it reports it and finishes."""
        return self._change(call_id, _media.detect, event, beep)

    def outcome(self, call_id: object, kind: str, outcome: str) -> Call:
        """The call's live `kind` operation (else its next) ends with `outcome`: a play `error`, a record
        `no_input` or `error`, a collect `no_input`, `no_match` or `error`, a refer `busy`, `noAnswer`, …"""
        return self._change(call_id, _media.outcome, kind, outcome)

    def _change(
        self, call_id: object, rule: Callable[Concatenate[Call, _P], Iterable[Change]], *args: _P.args, **kw: _P.kwargs
    ) -> Call:
        """`rule(call, *args)` on the call with this id, under the lock, and what its changes cause."""
        with self._lock:
            call = self.call(call_id)
            self._run(rule(call, *args, **kw))
            return call

    def add_operation(self, call_id: object, kind: str, control_id: str) -> Operation:
        """An operation the REST API cannot start (an `ai` agent, a fax: started by SWML), now tracked."""
        _rules.check_kind(kind)
        with self._lock:
            return _rules.track(self.call(call_id), kind, control_id)

    def finish(self, call_id: object, control_id: str, outcome: str = "finished") -> Operation:
        """An operation ends by itself (the audio played out), with `outcome` (a play's `error`, a record's
        `no_input`, …): its status event says so."""
        return self._change(call_id, _rules.finish, control_id, outcome).operation(control_id)

    def reset(self) -> None:
        """Forget every call, request, pending fault and timer."""
        with self._lock:
            self._calls.clear()
            self._journal.clear()
            self._faults.clear()
            self._notifier.clear()
            self._deliveries.clear()
            self._timers.clear()

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
        """Every webhook sent so far whose attempt is over, oldest first (the latest 100,000: `MAX_JOURNALED`)."""
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
