"""The payload model of each webhook in the spec's `webhooks:`. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from typing import Final, TypeAlias

from .models.ai_sidecar_callback_payload import AiSidecarCallbackPayload
from .models.inbound_call_webhook_payload import InboundCallWebhookPayload
from .models.stream_status_callback_payload import StreamStatusCallbackPayload
from .models.transcribe_status_callback_payload import TranscribeStatusCallbackPayload

WebhookPayload: TypeAlias = (
    AiSidecarCallbackPayload | InboundCallWebhookPayload | StreamStatusCallbackPayload | TranscribeStatusCallbackPayload
)
"""Any payload SignalWire POSTs to your server for the Calling API."""

WEBHOOK_MODELS: Final[dict[str, type[WebhookPayload]]] = {
    "inboundCallWebhook": InboundCallWebhookPayload,
    "streamStatusCallback": StreamStatusCallbackPayload,
    "transcribeStatusCallback": TranscribeStatusCallbackPayload,
    "aiSidecarCallback": AiSidecarCallbackPayload,
}
"""The model of each webhook's payload, by the webhook's name in the spec."""

__all__ = ["WEBHOOK_MODELS", "WebhookPayload"]
