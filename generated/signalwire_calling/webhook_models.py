"""The payload model of each webhook in the spec's `webhooks:`. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

from .models.ai_sidecar_callback_payload import AiSidecarCallbackPayload
from .models.call_state_event import CallStateEvent
from .models.collect_event import CollectEvent
from .models.connect_event import ConnectEvent
from .models.denoise_event import DenoiseEvent
from .models.detect_event import DetectEvent
from .models.dial_event import DialEvent
from .models.fax_event import FaxEvent
from .models.generic_event import GenericEvent
from .models.inbound_call_webhook_payload import InboundCallWebhookPayload
from .models.play_event import PlayEvent
from .models.record_event import RecordEvent
from .models.refer_event import ReferEvent
from .models.stream_event import StreamEvent
from .models.tap_event import TapEvent
from .models.transcribe_event import TranscribeEvent
from .models.transcript_event import TranscriptEvent

WebhookPayload: TypeAlias = (
    AiSidecarCallbackPayload
    | CallStateEvent
    | CollectEvent
    | ConnectEvent
    | DenoiseEvent
    | DetectEvent
    | DialEvent
    | FaxEvent
    | GenericEvent
    | InboundCallWebhookPayload
    | PlayEvent
    | RecordEvent
    | ReferEvent
    | StreamEvent
    | TapEvent
    | TranscribeEvent
    | TranscriptEvent
)
"""Any payload SignalWire POSTs to your server for the Calling API."""

WebhookKind: TypeAlias = Literal[
    "inboundCallWebhook",
    "streamStatusCallback",
    "transcribeStatusCallback",
    "aiSidecarCallback",
    "playStatusCallback",
    "collectStatusCallback",
    "recordStatusCallback",
    "detectStatusCallback",
    "tapStatusCallback",
    "referStatusCallback",
    "callStateCallback",
    "connectStatusCallback",
    "faxStatusCallback",
    "denoiseStatusCallback",
    "transcribeLifecycleCallback",
    "dialStatusCallback",
    "genericEvent",
]
"""The webhooks of the spec by their name there; `genericEvent`: an event whose `event_type` none of them describes."""

WEBHOOK_MODELS: Final[dict[str, type[WebhookPayload]]] = {
    "inboundCallWebhook": InboundCallWebhookPayload,
    "streamStatusCallback": StreamEvent,
    "transcribeStatusCallback": TranscriptEvent,
    "aiSidecarCallback": AiSidecarCallbackPayload,
    "playStatusCallback": PlayEvent,
    "collectStatusCallback": CollectEvent,
    "recordStatusCallback": RecordEvent,
    "detectStatusCallback": DetectEvent,
    "tapStatusCallback": TapEvent,
    "referStatusCallback": ReferEvent,
    "callStateCallback": CallStateEvent,
    "connectStatusCallback": ConnectEvent,
    "faxStatusCallback": FaxEvent,
    "denoiseStatusCallback": DenoiseEvent,
    "transcribeLifecycleCallback": TranscribeEvent,
    "dialStatusCallback": DialEvent,
    "genericEvent": GenericEvent,
}
"""The model of each webhook's payload, by the webhook's name in the spec."""

__all__ = ["WEBHOOK_MODELS", "WebhookKind", "WebhookPayload"]
