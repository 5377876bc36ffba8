"""What the mock sends, and where: SignalWire's webhooks for the changes of calls (`Notifier`), and their payloads.

With a signing key, `CallingMock` sends what SignalWire sends:

- `dial` or `update` with `url`: an `inboundCallWebhook` payload (the fetch of the call's SWML), signed with both
  headers; the handler's answer is kept as the call's `swml` when it answers 2xx;
- every command with a `status_url`: its status events (`_status_events` says which, when);
- `calling.ai_sidecar` with `url`: an `aiSidecarCallback` of type `start`, and `stop` when the sidecar is
  stopped or the call ends.

Each of these is one reaction: a function from a `Change` (see `_records`) and the `Sender` to the `Outgoing`
webhooks it makes, listed in `REACTIONS`. A new kind of webhook is a payload builder and a reaction here or, for a
status event, in `_status_events` (and, for a new kind of change, the rule that reports it, in `_rules` or
`_media`). How they are signed and sent is `_deliveries`.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Final

from ..webhooks import kind_of
from ._records import DEFAULT_TRANSCRIPT, Call, CallEnded, Change, CommandAccepted, Outgoing, Sender
from ._status_events import STATUS_REACTIONS, node_id

__all__ = [
    "DEFAULT_TRANSCRIPT",
    "REACTIONS",
    "Notifier",
    "Reaction",
    "Sender",
    "custom",
    "inbound_call",
    "sidecar_event",
    "space_id",
]

_LEG_TYPES: Final = {"relay_pstn_call": "phone", "relay_sip_call": "sip", "relay_webrtc_call": "webrtc"}


def space_id(project_id: str) -> str:
    """The made-up space ID of a project (stable, so that a test can expect it)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"space:{project_id}"))


# -- payloads --------------------------------------------------------------------------------------------------


def inbound_call(call: Call, command: str, sender: Sender) -> dict[str, Any]:
    """The SWML fetch of `call`'s `url`, after `command` (`dial`, `update`) set it."""
    kind = _LEG_TYPES.get(call.type, "phone")
    context: dict[str, Any] = {
        "call_id": call.id,
        "node_id": node_id(call.id, "node"),
        "segment_id": node_id(call.id, "segment"),
        "call_state": "created" if command == "dial" else call.status,
        "direction": "inbound" if call.direction == "inbound" else "outbound",
        "type": kind,
        "from": call.from_,
        "to": call.to,
    }
    if kind == "phone":
        context.update(from_number=call.from_, to_number=call.to)
    context.update(headers=[], project_id=sender.project_id, space_id=sender.space_id)
    envs = call.params.get("custom_variables")
    return {"call": context, "vars": {}, "envs": dict(envs) if isinstance(envs, dict) else {}, "params": {}}


def sidecar_event(call: Call, event: str, sender: Sender) -> dict[str, Any]:
    """An AI sidecar event of type `event` (`start`, `stop`)."""
    info = {"project_id": sender.project_id, "space_id": sender.space_id, "call_id": call.id}
    info.update(content_type="text/json", content_disposition="post_data", conversation_type="voice")
    channel = {"call_id": call.id, "caller_id_number": call.from_, "destination_number": call.to}
    sidecar = {"type": event, "ts": time.time_ns() // 1000, "tick_id": 0, "channel_data": channel}
    return {"call_info": info, "sidecar_event": sidecar}


def custom(url: str, payload: Mapping[str, Any], *, sha256: bool | None = None) -> Outgoing:
    """A payload a test wrote (`CallingMock.deliver`), copied; its kind told by its shape (`webhooks.kind_of`)."""
    detached = json.loads(json.dumps(payload))  # later changes to `payload` do not reach the journal
    kind = kind_of(detached)
    return Outgoing(url, kind, detached, None, sha256=kind == "inboundCallWebhook" if sha256 is None else sha256)


# -- reactions -------------------------------------------------------------------------------------------------

Reaction = Callable[[Change, Sender], Iterable[Outgoing]]
"""What SignalWire sends for one change (usually nothing)."""


def swml_fetch(change: Change, sender: Sender) -> Iterator[Outgoing]:
    match change:
        case CommandAccepted(call, "dial" | "update" as command, {"url": str(url)}) if not call.ended:
            yield Outgoing(url, "inboundCallWebhook", inbound_call(call, command, sender), call.id, sha256=True)


class SidecarEvents:
    """The reaction to AI sidecars: `start` to the `url` of `calling.ai_sidecar`, and `stop` to the same URL
    when it is stopped or its call ends (so it remembers the URL of each call's live sidecar)."""

    def __init__(self) -> None:
        self._urls: dict[str, str] = {}

    def __call__(self, change: Change, sender: Sender) -> Iterator[Outgoing]:
        match change:
            case CommandAccepted(call, "calling.ai_sidecar", {"url": str(url)}):
                self._urls[call.id] = url
                yield Outgoing(url, "aiSidecarCallback", sidecar_event(call, "start", sender), call.id)
            case CommandAccepted(call, "calling.ai_sidecar.stop") | CallEnded(call) if call.id in self._urls:
                url = self._urls.pop(call.id)
                yield Outgoing(url, "aiSidecarCallback", sidecar_event(call, "stop", sender), call.id)

    def clear(self) -> None:
        self._urls.clear()


REACTIONS: Final[tuple[Reaction, ...]] = (swml_fetch, *STATUS_REACTIONS)
"""The reactions that remember nothing; `Notifier` adds the sidecar's."""


class Notifier:
    """The webhooks SignalWire sends for a sequence of changes, in order: for each change, each reaction's."""

    def __init__(self) -> None:
        self._sidecars = SidecarEvents()
        self.reactions: tuple[Reaction, ...] = (*REACTIONS, self._sidecars)

    def webhooks(self, changes: Iterable[Change], sender: Sender) -> list[Outgoing]:
        return [outgoing for change in changes for react in self.reactions for outgoing in react(change, sender)]

    def clear(self) -> None:
        """Forget every live sidecar."""
        self._sidecars.clear()
