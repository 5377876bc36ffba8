"""The status events the mock POSTs to a command's `status_url`: one payload builder and one reaction each.

What is sent, for which change (each only when the command gave a `status_url`):

- `calling.call.state` (`dial`'s `status_url`, or a later `update`'s): each state the call goes through that its
  `status_events` list (default `["ended"]`; `ending` goes out with `ended`): `created` and `ringing` at the dial,
  `answered` then (or at `answer()`), `ending` and `ended` when it ends, with `end_reason` and `end_source`;
- `calling.call.play`: `playing` at the start, `paused`/`playing` at pause/resume, `finished` or `error` at the end;
- `calling.call.record`: `recording`, `paused`/`recording`, and at the end `finished` with `url`, `duration` (in
  the call's seconds: real ones divided by `Sender.time_scale`), `size`, `recording_id`, `start_time`/`end_time`
  (epoch seconds, `duration` apart), or `no_input`, or `error`;
- `calling.call.collect`: the progress `_media` reports (`start_of_input`, partial and continuous results) and the
  result that ends it (digits, speech, `no_input`, `no_match`, `error`, `finished` for a stop); nothing when the
  call's end ends it, as the caller is gone;
- `calling.call.detect`: the verdict, then `finished` (only `finished` for a stop or the call's end);
- `calling.call.tap`, `calling.call.stream`: `tapping`/`streaming`, then `finished`;
- `calling.call.refer`: `inProgress`, then its outcome (`success`, or a failure scripted with `outcome()`);
- `calling.transcript.completed` (text `Sender.transcript_text`) or `.failed` when a transcription ends.

A recording's `url` is made up: `RECORDING_URL` with its `recording_id`; nothing is served there.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, Final

from ..webhooks import WebhookKind
from ._records import (
    Call,
    CallStateChanged,
    Change,
    Ending,
    Operation,
    OperationEnded,
    OperationProgressed,
    OperationStarted,
    OperationUpdated,
    Outgoing,
    ReferProgressed,
    Sender,
)

__all__ = [
    "RECORDING_URL",
    "STATUS_REACTIONS",
    "call_state",
    "collect_status",
    "detect_status",
    "node_id",
    "play_status",
    "record_status",
    "refer_status",
    "stream_status",
    "tap_status",
    "transcript",
]

RECORDING_URL: Final = "https://example.signalwire.com/api/v1/recordings/{id}/download"
"""Where a recording is said to be (a made-up URL in the shape of SignalWire's)."""
_BYTES_PER_SECOND: Final = {"mp3": 2_000, "wav": 16_000, "mp4": 4_000}
"""How big a second of recording is said to be, by format (mono; stereo doubles it)."""
_REASONS: Final = {"completed": "hangup", "ended": "hangup", "canceled": "cancel", "failed": "error"}
"""`end_reason` for the statuses `update` and `set_status` end a call with."""
_NOTIFY_CODES: Final = {"success": "200", "busy": "486", "noAnswer": "480", "cancel": "487", "error": "500"}


def node_id(call_id: str, what: str) -> str:
    """A stable made-up ID (node, segment, …) for a call."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{what}:{call_id}"))


def _event(event_type: str, sender: Sender, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_type": event_type,
        "event_channel": f"swml:{sender.space_id}",
        "timestamp": time.time(),
        "project_id": sender.project_id,
        "space_id": sender.space_id,
        "params": params,
    }


def _address(call: Call, operation: Operation | None = None, *, segment: bool = True) -> dict[str, Any]:
    address = {"call_id": call.id, "node_id": node_id(call.id, "node")}
    if segment:
        address["segment_id"] = node_id(call.id, "segment")
    if operation is not None:
        address["control_id"] = operation.control_id
    return address


def _ms(moment: datetime | None) -> int:
    return 0 if moment is None else int(moment.timestamp() * 1000)


def _ending(operation: Operation) -> Ending:
    return operation.ending or Ending("command")


# -- payloads --------------------------------------------------------------------------------------------------


def call_state(call: Call, state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.state` event: the call reached `state`."""
    kind = {"relay_sip_call": "sip", "relay_webrtc_call": "webrtc"}.get(call.type, "phone")
    ends = {"from_number": call.from_, "to_number": call.to} if kind == "phone" else {"from": call.from_, "to": call.to}
    params = {
        **_address(call),
        "call_state": state,
        "direction": "inbound" if call.direction == "inbound" else "outbound",
        "device": {"type": kind, "params": ends},
        "start_time": _ms(call.created_at),
        "answer_time": _ms(call.answered_at) if state in ("answered", "ending", "ended") else 0,
        "end_time": _ms(call.ended_at) if state == "ended" else 0,
    }
    if call.params:
        params["created_by"] = "dial"
    if state in ("ending", "ended"):
        reason = call.end_reason or "hangup"
        params.update(end_reason=_REASONS.get(reason, reason), end_source=call.end_source or "none")
    return _event("calling.call.state", sender, params)


def play_status(call: Call, operation: Operation, state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.play` event: `playing`, `paused`, `finished` or `error`."""
    return _event("calling.call.play", sender, {**_address(call, operation, segment=False), "state": state})


def record_status(call: Call, operation: Operation, state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.record` event; `finished` carries the file (`url`, `duration`, `size`, times)."""
    audio = operation.params.get("record", {}).get("audio", {})
    settings = {"format": audio.get("format", "mp3"), "stereo": audio.get("stereo", False)}
    settings["direction"] = audio.get("direction", "speak")
    params: dict[str, Any] = {**_address(call, operation), "state": state}
    if state == "finished" and operation.ended_at is not None:
        recording_id = node_id(f"{call.id}/{operation.control_id}/{operation.started_at.isoformat()}", "recording")
        elapsed = max(0.0, (operation.ended_at - operation.started_at).total_seconds())
        duration = round(elapsed / sender.time_scale, 3)  # in the call's seconds
        rate = _BYTES_PER_SECOND.get(settings["format"], 2_000) * (2 if settings["stereo"] else 1)
        end_time = operation.ended_at.timestamp()
        params.update(
            url=RECORDING_URL.format(id=recording_id),
            duration=duration,
            size=int(duration * rate),
            recording_id=recording_id,
            start_time=end_time - duration,
            end_time=end_time,
        )
    if state == "paused":
        params["pause_behavior"] = operation.params.get("behavior", "skip")
    params["record"] = {"audio": settings}
    return _event("calling.call.record", sender, params)


def collect_status(call: Call, operation: Operation, params: Mapping[str, Any], sender: Sender) -> dict[str, Any]:
    """A `calling.call.collect` event with `params` (`result`, and `state`/`final` where they apply)."""
    return _event("calling.call.collect", sender, {**_address(call, operation, segment=False), **params})


def collect_result(operation: Operation) -> dict[str, Any]:
    """The params of the event that reports how a collect ended."""
    ending = _ending(operation)
    outcome = "finished" if ending.by == "command" else ending.outcome
    result: dict[str, Any] = {"type": outcome, "params": dict(ending.params)} if ending.params else {"type": outcome}
    params: dict[str, Any] = {"result": result}
    if operation.params.get("continuous"):
        params["state"] = "error" if outcome == "error" else "finished"
    if operation.params.get("partial_results"):
        params["final"] = True
    return params


def detect_status(call: Call, operation: Operation, event: str, sender: Sender, beep: bool = False) -> dict[str, Any]:
    """A `calling.call.detect` event: the detector (the detect's `type`) reports `event`."""
    detect = operation.params.get("detect", {})
    result: dict[str, Any] = {"event": event, "beep": True} if beep else {"event": event}
    params = {**_address(call, operation), "detect": {"type": detect.get("type", "machine"), "params": result}}
    return _event("calling.call.detect", sender, params)


def tap_status(call: Call, operation: Operation, state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.tap` event, `tapping` or `finished`, with the tap and device as the command gave them."""
    tap = operation.params.get("tap", {})
    media = {"type": tap.get("type", "audio"), "params": dict(tap.get("params", {}))}
    params = {**_address(call, operation), "state": state, "tap": media, "device": operation.params.get("device", {})}
    return _event("calling.call.tap", sender, params)


def stream_status(call: Call, operation: Operation, state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.stream` event: `streaming` or `finished`."""
    params = {**_address(call, operation), "state": state, "url": operation.params.get("url", "")}
    if "name" in operation.params:
        params["name"] = operation.params["name"]
    return _event("calling.call.stream", sender, params)


def refer_status(call: Call, params: Mapping[str, Any], state: str, sender: Sender) -> dict[str, Any]:
    """A `calling.call.refer` event: `inProgress` (the REFER was accepted, 202), or its outcome (the NOTIFY's)."""
    event: dict[str, Any] = {**_address(call), "state": state, "sip_refer_to": params["device"]["params"]["to"]}
    event["sip_refer_response_code"] = "202"
    if state in _NOTIFY_CODES:
        event["sip_notify_response_code"] = _NOTIFY_CODES[state]
    return _event("calling.call.refer", sender, event)


def transcript(call: Call, operation: Operation, sender: Sender) -> dict[str, Any]:
    """The transcript of an ended transcription: completed with `sender.transcript_text`, or failed without."""
    text = sender.transcript_text
    params: dict[str, Any] = {
        "id": node_id(f"{call.id}/{operation.control_id}/{len(operation.effects)}", "transcript"),
        "call_id": call.id,
        "segment_id": node_id(call.id, "segment"),
    }
    if text:
        params["text"] = text
    event = _event("calling.transcript.failed" if text is None else "calling.transcript.completed", sender, params)
    del event["event_channel"]  # a transcript's envelope has none
    return event


# -- reactions -------------------------------------------------------------------------------------------------

Lifecycle = Callable[[Call, Operation, str, Sender], dict[str, Any]]
_LIFECYCLES: Final[dict[str, tuple[WebhookKind, Lifecycle, str, str]]] = {
    "play": ("playStatusCallback", play_status, "playing", "playing"),
    "record": ("recordStatusCallback", record_status, "recording", "recording"),
    "tap": ("tapStatusCallback", tap_status, "tapping", "tapping"),
    "stream": ("streamStatusCallback", stream_status, "streaming", "streaming"),
}
"""Kinds whose events carry a `state`: (webhook, builder, the state at the start, the state on resuming)."""


def lifecycle_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    """play, record, tap and stream: their state at the start, at pause and resume, and at the end."""
    match change:
        case OperationStarted(call, operation) | OperationUpdated(call, operation) | OperationEnded(call, operation):
            pass
        case _:
            return
    url = operation.params.get("status_url")
    if operation.kind not in _LIFECYCLES or not isinstance(url, str):
        return
    kind, build, started, resumed = _LIFECYCLES[operation.kind]
    if isinstance(change, OperationStarted):
        state = started
    elif isinstance(change, OperationEnded):
        outcome = _ending(operation).outcome
        state = outcome if operation.kind in ("play", "record") else "finished"
    elif change.effect in ("pause", "resume"):
        state = "paused" if change.effect == "pause" else resumed
    else:
        return
    yield Outgoing(url, kind, build(call, operation, state, sender), call.id)


def collect_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case OperationProgressed(call, Operation(kind="collect", params={"status_url": str(url)}) as op, params):
            yield Outgoing(url, "collectStatusCallback", collect_status(call, op, params, sender), call.id)
        case OperationEnded(call, Operation(kind="collect", params={"status_url": str(url)}) as op):
            if _ending(op).by != "call":  # the caller is gone: no result comes
                payload = collect_status(call, op, collect_result(op), sender)
                yield Outgoing(url, "collectStatusCallback", payload, call.id)


def detect_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case OperationEnded(call, Operation(kind="detect", params={"status_url": str(url)}) as operation):
            ending = _ending(operation)
            if ending.by not in ("command", "call") and ending.outcome != "finished":
                beep = bool(ending.params.get("beep"))
                payload = detect_status(call, operation, ending.outcome, sender, beep)
                yield Outgoing(url, "detectStatusCallback", payload, call.id)
            if ending.outcome != "error":
                payload = detect_status(call, operation, "finished", sender)
                yield Outgoing(url, "detectStatusCallback", payload, call.id)


def call_state_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case CallStateChanged(call, state) if call.status_url and (
            state in call.status_events or (state == "ending" and "ended" in call.status_events)
        ):
            yield Outgoing(call.status_url, "callStateCallback", call_state(call, state, sender), call.id)


def refer_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case ReferProgressed(call, {"status_url": str(url)} as params, state):
            yield Outgoing(url, "referStatusCallback", refer_status(call, params, state, sender), call.id)


def transcription_events(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case OperationEnded(call, Operation(kind="transcribe", params={"status_url": str(url)}) as operation):
            yield Outgoing(url, "transcribeStatusCallback", transcript(call, operation, sender), call.id)


STATUS_REACTIONS: Final = (
    call_state_events,
    lifecycle_events,
    collect_events,
    detect_events,
    refer_events,
    transcription_events,
)
"""What SignalWire POSTs to `status_url`s for one change (usually nothing)."""
