"""A mock of the SignalWire Calling API (`POST /api/calling/calls`) for tests, demos and local development.

It needs nothing beyond the package's own dependencies (the standard library, httpx, attrs): no extra to install.

    from signalwire_calling import RestClient
    from signalwire_calling.testing import CallingMock

    mock = CallingMock()                       # accepts DEFAULT_PROJECT / DEFAULT_TOKEN
    client = mock.client()                     # a RestClient answered in process (mock.async_client(): async)
    call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    client.calling.play(call.id, control_id="hello", play=[{"type": "tts", "params": {"text": "Hi"}}])
    mock.assert_sent("calling.play", control_id="hello")
    assert mock.calls[call.id].operations["hello"].state == "active"   # a key may be the UUID or its string

    with mock.serve() as server:               # the same mock over real HTTP on 127.0.0.1
        with RestClient(mock.project, mock.token, server.url) as client:   # or: server.client()
            client.calling.end(call.id)

From a shell: `python -m signalwire_calling.testing --port 0` (or `signalwire-calling-mock`) prints
`http://127.0.0.1:<port>` as its first line and serves until SIGINT/SIGTERM. `--project`/`--token` set the
credentials, else `SIGNALWIRE_PROJECT_ID`/`SIGNALWIRE_API_TOKEN`, else `test-project`/`test-token`.
(`CallingMock()` in Python does not read the environment.) With pytest, the fixtures `calling_mock`,
`calling_client`, `async_calling_client` and `calling_server` are ready (plugin
`signalwire_calling.testing.pytest_plugin`, registered through the `pytest11` entry point).

Both run modes share one handler, `CallingMock.handle(method, target, headers, body) -> Reply`.

Rules, in the order they are applied to each request:

1. A scripted fault, if one is pending for the request, applies first (`fail_next`, `drop_next`, `delay_next`;
   `latency` delays every answer). A scripted status answers without handling anything; its default body is
   the vendor's error body for that status. `drop_next("before_read")` handles nothing: in process the client
   gets `httpx.ConnectError` (the request never left, so any command may be retried); over HTTP the socket is
   reset, which a client cannot tell from a later drop. `drop_next("after_read")` handles the request (a call
   is dialed, an operation started), then loses the answer: `httpx.RemoteProtocolError` in process, a closed
   socket over HTTP. A delay longer than the client's timeout raises `httpx.ReadTimeout` in process.
2. Any path but `/api/calling/calls`, or any method but POST: 404 `{"error": "Not Found"}` (the vendor documents
   no 405).
3. Basic credentials other than the configured project and token: 401 `{"error": "Unauthorized"}`.
4. A body that is not a JSON object, or that nests arrays and objects more than 512 levels deep: 400
   `{"error": "Bad Request"}` (the Content-Type is not checked).
5. A body that breaks the package's spec (`CallRequest`, an unknown `command` included): 422 with one
   item per issue: `{"type": "validation_error", "code": "missing_required_parameter" (for a missing field)
   or "invalid_parameter", "attribute": ..., "message": "<attribute> <reason>", "url": ...}`. `attribute` is
   the path of the offending value in the request body without its leading `params.`: `volume`,
   `play[0].params.url`, `command`, `id`. In lenient mode (`CallingMock(lenient=True)`, `--lenient`) fields
   of `params` the spec does not know are accepted unchecked and listed in `RecordedRequest.extra_params`;
   every known field is checked as usual.
6. `dial` creates a call with a new id and answers its leg with status `queued`; with `auto_answer` (the
   default) the call is `answered` right after, else it stays `queued` until `answer()` or `set_status()`.
   The leg's `type` follows `to`: `sip:`/`sips:` -> relay_sip_call, `verto:`/`webrtc:` -> relay_webrtc_call,
   else relay_pstn_call. `charge` is 0; `duration`, `duration_ms` and `billing_ms` are null until the call ends.
7. Every other command acts on the call named by `id` (`params.id` for `update`). An unknown call, or one whose
   status is `ended`, `failed`, `canceled` or `completed`: 404 `{"error": "Not Found"}`.
8. `update` and `calling.end` act on a call in any live status; every other command needs an `answered` call,
   else 422 with attribute `id`.
9. `calling.end` ends the call: the answer says `ending`, the call is `ended` at once (its operations
   finish). `update` sets the call's `url`; with `status: completed` it ends the call the same way; with
   `status: canceled` it cancels a call that is not answered yet (status `canceled`) and is ignored on an
   answered one.
10. Operations (the spec's `x-signalwire-operation`): a start command (play, record, collect, detect, tap,
    stream, transcribe) tracks an operation under its `control_id`, `active`. A control id already used by a
    live (active or paused) operation of the call, of any kind: 422 with attribute `control_id`; a finished
    one's id may be reused. A command acting on an operation (pause, resume, stop, volume, start_input_timers)
    must name a tracked operation of its kind, else 422 with attribute `control_id`. `stop` finishes it and,
    like `pause` on a paused one or `resume` on an active one, is accepted again (they are idempotent);
    `pause`, `resume` and updates of a finished operation: 422 with attribute `control_id`. Kinds no REST
    command starts (`ai`, `send_fax`, `receive_fax`: SWML starts them) are accepted with any control id, since
    the mock cannot know them; a test may track one with `add_operation()`, which a stop then finishes
    (`calling.ai.stop` without `control_id` stops every live `ai` operation).
11. The other commands (denoise, transfer, ai_hold, user_event, ...) change nothing and answer the call's leg.

12. Webhooks, with `CallingMock(signing_key=...)` only: `dial`/`update` with `url` POST a signed SWML fetch
    there (the answer becomes the call's `swml` if it is valid SWML; a JSON answer SWML's schema rejects is a
    failed delivery naming the path, see `_swml_answers`), every command with a `status_url` its status events, and
    `ai_sidecar` with `url` its `start`/`stop` events; from a background thread, in order, journaled in
    `deliveries` (`wait_for_deliveries()`), a failing handler recorded there, never raised (see `_payloads` and
    `_status_events` for what is sent when, `_deliveries` for how; at most 10,000 wait to be sent, the journal
    keeps the latest 100,000). Status events carry only
    `X-Signalwire-Signature` (HMAC-SHA1), as SignalWire's do. Which events, for what (a `RestClient(status_url=...)`
    puts the URL on every command that takes one):
    - `calling.call.state` to `dial`'s `status_url` (or a later `update`'s), for the states in its
      `status_events` (default `["ended"]`; `ending` goes out with `ended`): `created` and `ringing` at the
      dial, `answered` then (with `auto_answer=False`, at `answer()`), `ending` and `ended` when the call ends
      (`calling.end`, `update` with a status, `hangup()`, `set_status()`), with `end_reason` (the `reason`;
      `hangup` for `update` completed, `cancel` for canceled) and `end_source` (`none` for a command, the far
      end's direction for `hangup()`, or its `source=`); times in epoch milliseconds, 0 until known;
    - play: `playing`, `paused`/`playing` at pause/resume, then `finished` (or `error`);
    - record: `recording`, `paused`/`recording`, then `finished` with `url` (made up:
      `https://example.signalwire.com/api/v1/recordings/<recording_id>/download`), `duration` (in the call's
      seconds, see 14), `size`, `recording_id`, `start_time`/`end_time` (epoch seconds) and `record.audio`, or
      `no_input` or `error`;
    - collect: `start_of_input` (with `send_start_of_input`), partial results (`final` false) with
      `partial_results`, results with `state: collecting` when `continuous`, then its result: `digit`
      (`digits` without the terminator, `terminator`), `speech` (`text`, `confidence`), `no_input`,
      `no_match`, `error`, or `finished` for a stop; nothing when the call's end ends it;
    - detect: the verdict (`detect.type` is the detect's), then `finished`; only `finished` for a stop or the
      call's end; tap and stream: `tapping`/`streaming`, then `finished`; refer: `inProgress`, then `success` or
      the scripted failure; transcribe: `calling.transcript.completed` (or `failed`) when it ends.
    An operation's end (a stop, the call's end, a test's `finish()`) is reported like any other.
13. The far end, scripted by the test (each method takes the call's id): `press(call_id, "1234#")` gives keys
    to the call's live collect (digits up to a terminator of `digits.terminators`, or `digits.max` of them; the
    rest wait for the next collect; entry that stops short ends after `digits.digit_timeout`, 5 s by default),
    or, with none live, a key that is a terminator of a live recording (`#` by default) ends it;
    `say(call_id, text, confidence=90.0)` gives speech; `detect(call_id, "MACHINE", beep=True)` (or `HUMAN`,
    `UNKNOWN`, `CED`, `CNG`, a key, `finished`, `error`) is what the live detector of that type hears: it reports
    it and finishes; `outcome(call_id, kind, outcome)` ends the live `play` (`error`), `record` (`no_input`,
    `error`), `collect` (`no_input`, `no_match`, `error`) with that outcome, or scripts the next `refer`'s
    (`busy`, `noAnswer`, `cancel`, `error`); `finish(call_id, control_id, outcome="finished")` ends one
    operation by its id; `hangup(call_id, reason="hangup", source=None)` ends the call. What finds no live
    operation to take it waits, in order, for the next one started on the call (at most 1,000 items a call):
    a test scripts the caller up front, then runs the code under test. Input of a kind a collect does not take
    (speech to a digits-only one) ends it with `no_match`.
14. Operations that end by themselves, with `auto_finish` (on by default when there is a signing key; off, the
    operations stay active until a command, the test or the call's end finishes them, as without webhooks):
    a play after `play_duration` (0 s by default: it finishes as it starts), a recording after
    `record_duration` (none by default: until stopped) or its `max_length`, a collect with no input after its
    `initial_timeout` (4 s without one; the clock starts with the collect when it has
    `start_input_timers: true`, else at `calling.collect.start_input_timers`, as the contract documents), a
    detector with nothing scripted with its default verdict (machine: `HUMAN` after its `initial_timeout`, 4.5 s
    by default; fax and digit: `finished` after the detect's `timeout`, 30 s by default). Every such duration is
    in the call's seconds: real seconds are that times `time_scale` (1.0; 0.01 for fast tests). Timers run on one
    background thread, are cancelled when their operation or call ends and by `reset()`, pause with their
    operation, wait at most an hour each, and at most 10,000 wait at once.

Every answer is JSON that the vendor's contract accepts: a `Calling.CallLeg` for 200, its error bodies
otherwise; the only exception is a body a test scripts itself (`script(Fault(body=...))`,
`fail_next(body=...)`). Every request is journaled (`requests`, `last`, `sent()`, `assert_sent()`,
`assert_not_sent()`), with the `Authorization` value redacted; of a request that is not authenticated only
the first 1 KiB of its body (decoded only when that is all of it) and 4 KiB of its headers are kept. Tests
drive calls with `answer()`, `set_status()`, `hangup()`, `add_call()`, `add_operation()`, `finish()` and the
far end's `press()`, `say()`, `detect()` and `outcome()`, and read them in `calls` (`Call.status`,
`Call.states`, `Call.operations`, `Operation.ending`; a call id there may be a `uuid.UUID`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import CallingMock
    from ._records import (
        DEFAULT_PROJECT,
        DEFAULT_TOKEN,
        Call,
        Delivery,
        Fault,
        Operation,
        RecordedRequest,
        Reply,
    )
    from ._server import MockServer
    from ._transport import AsyncMockTransport, MockTransport

__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_TOKEN",
    "AsyncMockTransport",
    "Call",
    "CallingMock",
    "Delivery",
    "Fault",
    "MockServer",
    "MockTransport",
    "Operation",
    "RecordedRequest",
    "Reply",
]

_HOMES = {
    "CallingMock": "_mock",
    "MockServer": "_server",
    "MockTransport": "_transport",
    "AsyncMockTransport": "_transport",
}
"""Where each name lives; the others are records (`_records`)."""


def __getattr__(name: str) -> Any:
    # Imported on first use, so that loading the pytest plugin costs nothing more than this module.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{_HOMES.get(name, '_records')}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
