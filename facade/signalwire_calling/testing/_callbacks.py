"""The mock's webhooks: signed POSTs to the user's handler, sent from a background thread and journaled.

With a signing key, `CallingMock` sends what SignalWire sends:

- `dial` or `update` with `url`: an `inboundCallWebhook` payload (the fetch of the call's SWML), signed with both
  headers; the handler's answer is kept as the call's `swml` when it answers 2xx;
- `calling.stream` with `status_url`: a `streamStatusCallback` with state `streaming`, and `finished` when the
  stream ends (`calling.stream.stop`, the call ending, `finish()`);
- `calling.transcribe` with `status_url`: when the transcription ends, a `transcribeStatusCallback`,
  `calling.transcript.completed` with `transcript_text`, or `calling.transcript.failed` if that is None;
- `calling.ai_sidecar` with `url`: an `aiSidecarCallback` of type `start`, and `stop` when the sidecar is
  stopped or the call ends.

Status and sidecar callbacks carry only `X-Signalwire-Signature` (HMAC-SHA1), as SignalWire's do. Every delivery
is a POST of JSON (a `status_url_method` of GET is not honoured), from one background thread in the order the
events happened (so a command's answer never waits for the handler, and an async test's event loop is never
blocked), with a bounded timeout and a cap on the answer read. A handler that fails, answers an error or cannot
be reached is journaled with the error; the command it came from has already been answered normally.
"""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit, urlunsplit

import attrs

from ..webhooks import WebhookKind, kind_of, sign

if TYPE_CHECKING:
    from ._mock import Call, Operation

__all__ = ["DEFAULT_DELIVERY_TIMEOUT", "DEFAULT_TRANSCRIPT", "MAX_ANSWER_BYTES", "Delivery", "WebhookDeliveries"]

DEFAULT_DELIVERY_TIMEOUT: Final = 5.0
"""Seconds a delivery may take, from connecting to the last byte of the answer, before it is given up."""
MAX_ANSWER_BYTES: Final = 1 << 20
"""At most this much of a handler's answer is read; a longer one is cut and the delivery marked failed."""
DEFAULT_TRANSCRIPT: Final = "Hello from the mock."
_LEG_TYPES: Final = {"relay_pstn_call": "phone", "relay_sip_call": "sip", "relay_webrtc_call": "webrtc"}
_IDLE_SECONDS: Final = 1.0
"""The delivery thread exits after this long with nothing to send (a later delivery starts a new one)."""


@attrs.frozen
class Delivery:
    """One webhook the mock sent, as the journal keeps it."""

    url: str
    """Where it went (a password in the URL shown as `<redacted>`)."""
    kind: WebhookKind
    payload: dict[str, Any]
    """The JSON sent, decoded."""
    body: bytes
    """The body exactly as sent (and signed)."""
    headers: dict[str, str]
    """The headers sent, signatures included."""
    call_id: str | None
    status: int | None
    """The handler's HTTP status; None when no answer came."""
    answer: str
    """The handler's answer body (for an inbound call: its SWML), at most `MAX_ANSWER_BYTES`."""
    error: str | None
    """Why the delivery failed (unreachable, timeout, an error status, an oversized answer); None if it worked."""

    @property
    def ok(self) -> bool:
        """The handler answered 2xx in time."""
        return self.error is None


@attrs.frozen
class _Job:
    url: str
    kind: WebhookKind
    payload: dict[str, Any]
    sha256: bool
    call_id: str | None


_Snapshot = dict[str, tuple["Operation", bool]]


def _shown(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:<redacted>@{host}"))


def _node_id(call_id: str, what: str) -> str:
    """A stable made-up ID (node, segment) for a call."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{what}:{call_id}"))


class WebhookDeliveries:
    """The webhook half of `CallingMock` (its base class): what it sends, and the journal of deliveries."""

    project: str
    _lock: threading.RLock
    _calls: dict[str, Call]

    def _init_webhooks(self, signing_key: str | None, delivery_timeout: float) -> None:
        self.signing_key = signing_key
        """Deliveries are signed with it; None (the default) sends no webhook at all."""
        self.delivery_timeout = delivery_timeout
        self.transcript_text: str | None = DEFAULT_TRANSCRIPT
        """The text of every transcript; None makes transcriptions fail (`calling.transcript.failed`)."""
        self.space_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"space:{self.project}"))
        self._wh_cond = threading.Condition()
        self._wh_queue: collections.deque[_Job] = collections.deque()
        self._wh_done: list[Delivery] = []
        self._wh_worker: threading.Thread | None = None
        self._wh_sidecars: dict[str, str] = {}

    # -- public API --------------------------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook sent so far whose attempt is over, oldest first."""
        with self._wh_cond:
            return list(self._wh_done)

    def wait_for_deliveries(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """Block until at least `count` deliveries are over; answer them all.

        Raises:
            AssertionError: Fewer were over after `timeout` seconds (the message says what was sent).
        """
        deadline = time.monotonic() + timeout
        with self._wh_cond:
            while len(self._wh_done) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    sent = ", ".join(f"{d.kind} -> {d.status or d.error}" for d in self._wh_done) or "none"
                    raise AssertionError(
                        f"expected {count} webhook deliveries within {timeout}s; "
                        f"{len(self._wh_done)} over ({sent}), {len(self._wh_queue)} queued"
                    )
                self._wh_cond.wait(remaining)
            return list(self._wh_done)

    async def async_wait_for_deliveries(self, count: int, *, timeout: float = 5.0) -> list[Delivery]:
        """`wait_for_deliveries` without blocking the event loop (so a handler served on it can answer)."""
        return await asyncio.to_thread(self.wait_for_deliveries, count, timeout=timeout)

    def deliver(self, url: str, payload: Mapping[str, Any], *, sha256: bool | None = None) -> None:
        """Send any webhook payload (say, an AI sidecar `insight`) to `url`, signed, in the background.

        Its kind comes from its shape (`signalwire_calling.webhooks.kind_of`). `sha256`: add
        `X-Signalwire-SHA256-Signature`; by default only for an inbound call, as SignalWire does.
        """
        if not self.signing_key:
            raise ValueError("CallingMock(signing_key=...) is needed to send webhooks")
        detached = json.loads(json.dumps(payload))  # later changes to `payload` do not reach the journal
        with self._lock:
            self._enqueue(url, kind_of(detached), detached, None, sha256=sha256)

    # -- hooks called by CallingMock, under its lock ----------------------------------------------------------

    def _snapshot(self, call: Call | None) -> _Snapshot:
        if call is None or not self.signing_key:
            return {}
        return {control_id: (op, op.live) for control_id, op in call.operations.items()}

    def _observe(
        self, call: Call | None, before: _Snapshot, command: str | None = None, params: Mapping[str, Any] | None = None
    ) -> None:
        """Queue the webhooks that a change of `call` (by `command`, or by a test) makes SignalWire send."""
        if call is None or not self.signing_key:
            return
        url = (params or {}).get("url")
        if command in ("dial", "update") and isinstance(url, str) and not call.ended:
            self._enqueue(url, "inboundCallWebhook", self._inbound(call, command), call.id)
        elif command == "calling.ai_sidecar" and isinstance(url, str):
            self._wh_sidecars[call.id] = url
            self._enqueue(url, "aiSidecarCallback", self._sidecar(call, "start"), call.id)
        sidecar = self._wh_sidecars.get(call.id)
        if sidecar is not None and (command == "calling.ai_sidecar.stop" or call.ended):
            del self._wh_sidecars[call.id]
            self._enqueue(sidecar, "aiSidecarCallback", self._sidecar(call, "stop"), call.id)
        for control_id, op in call.operations.items():
            status_url = op.params.get("status_url")
            if not isinstance(status_url, str) or op.kind not in ("stream", "transcribe"):
                continue
            previous, was_live = before.get(control_id, (None, False))
            started = previous is not op
            ended = not op.live and (was_live or started)
            if op.kind == "stream" and started:
                self._enqueue(status_url, "streamStatusCallback", self._stream(call, op, "streaming"), call.id)
            if op.kind == "stream" and ended:
                self._enqueue(status_url, "streamStatusCallback", self._stream(call, op, "finished"), call.id)
            if op.kind == "transcribe" and ended:
                self._enqueue(status_url, "transcribeStatusCallback", self._transcript(call, op), call.id)

    def _clear_deliveries(self) -> None:
        with self._wh_cond:
            self._wh_queue.clear()
            self._wh_done.clear()
            self._wh_sidecars.clear()

    # -- payloads ----------------------------------------------------------------------------------------------

    def _envelope(self) -> dict[str, Any]:
        return {"timestamp": time.time(), "project_id": self.project, "space_id": self.space_id}

    def _inbound(self, call: Call, command: str) -> dict[str, Any]:
        kind = _LEG_TYPES.get(call.type, "phone")
        context: dict[str, Any] = {
            "call_id": call.id,
            "node_id": _node_id(call.id, "node"),
            "segment_id": _node_id(call.id, "segment"),
            "call_state": "created" if command == "dial" else call.status,
            "direction": "inbound" if call.direction == "inbound" else "outbound",
            "type": kind,
            "from": call.from_,
            "to": call.to,
        }
        if kind == "phone":
            context.update(from_number=call.from_, to_number=call.to)
        context.update(headers=[], project_id=self.project, space_id=self.space_id)
        envs = call.params.get("custom_variables")
        return {"call": context, "vars": {}, "envs": dict(envs) if isinstance(envs, dict) else {}, "params": {}}

    def _stream(self, call: Call, op: Operation, state: str) -> dict[str, Any]:
        params: dict[str, Any] = {
            "call_id": call.id,
            "node_id": _node_id(call.id, "node"),
            "segment_id": _node_id(call.id, "segment"),
            "control_id": op.control_id,
            "state": state,
            "url": op.params.get("url", ""),
        }
        if "name" in op.params:
            params["name"] = op.params["name"]
        channel = {"event_channel": f"swml:{self.space_id}"}
        return {"event_type": "calling.call.stream", **channel, **self._envelope(), "params": params}

    def _transcript(self, call: Call, op: Operation) -> dict[str, Any]:
        text = self.transcript_text
        params: dict[str, Any] = {
            "id": _node_id(f"{call.id}/{op.control_id}/{len(op.effects)}", "transcript"),
            "call_id": call.id,
            "segment_id": _node_id(call.id, "segment"),
        }
        if text:
            params["text"] = text
        event_type = "calling.transcript.failed" if text is None else "calling.transcript.completed"
        return {"event_type": event_type, **self._envelope(), "params": params}

    def _sidecar(self, call: Call, event: str) -> dict[str, Any]:
        info = {"project_id": self.project, "space_id": self.space_id, "call_id": call.id}
        info.update(content_type="text/json", content_disposition="post_data", conversation_type="voice")
        channel = {"call_id": call.id, "caller_id_number": call.from_, "destination_number": call.to}
        sidecar_event = {"type": event, "ts": time.time_ns() // 1000, "tick_id": 0, "channel_data": channel}
        return {"call_info": info, "sidecar_event": sidecar_event}

    # -- the delivery thread -----------------------------------------------------------------------------------

    def _enqueue(
        self, url: str, kind: WebhookKind, payload: dict[str, Any], call_id: str | None, *, sha256: bool | None = None
    ) -> None:
        job = _Job(url, kind, payload, kind == "inboundCallWebhook" if sha256 is None else sha256, call_id)
        with self._wh_cond:
            self._wh_queue.append(job)
            if self._wh_worker is None:
                self._wh_worker = threading.Thread(target=self._deliver_all, name="calling-mock-webhooks", daemon=True)
                self._wh_worker.start()
            self._wh_cond.notify_all()

    def _deliver_all(self) -> None:
        import httpx

        with httpx.Client(timeout=self.delivery_timeout, follow_redirects=False, trust_env=False) as http:
            while True:
                with self._wh_cond:
                    if not self._wh_queue:
                        self._wh_cond.wait(_IDLE_SECONDS)
                    if not self._wh_queue:
                        self._wh_worker = None
                        return
                    job = self._wh_queue.popleft()
                delivery = self._send(http, job)
                if delivery.kind == "inboundCallWebhook" and delivery.ok and delivery.call_id is not None:
                    with self._lock:
                        call = self._calls.get(delivery.call_id)
                        if call is not None:
                            call.swml = delivery.answer
                with self._wh_cond:
                    self._wh_done.append(delivery)
                    self._wh_cond.notify_all()

    def _send(self, http: Any, job: _Job) -> Delivery:
        import httpx

        assert self.signing_key is not None
        body = json.dumps(job.payload, separators=(",", ":")).encode()
        headers = {"Content-Type": "application/json", "User-Agent": "signalwire-calling-mock"}
        headers.update(sign(signing_key=self.signing_key, url=job.url, raw_body=body, sha256=job.sha256))
        status: int | None = None
        answer, error = b"", None
        deadline = time.monotonic() + self.delivery_timeout  # httpx's timeouts bound each phase, not the sum
        try:
            with http.stream("POST", job.url, content=body, headers=headers) as response:
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
            error = f"no answer within {self.delivery_timeout}s"
        except (httpx.HTTPError, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        return Delivery(
            url=_shown(job.url),
            kind=job.kind,
            payload=job.payload,
            body=body,
            headers=headers,
            call_id=job.call_id,
            status=status,
            answer=answer.decode("utf-8", "replace"),
            error=error,
        )
