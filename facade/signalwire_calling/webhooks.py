"""Receive SignalWire's webhooks: check their signature, read their payload.

    from signalwire_calling import webhooks

    event = webhooks.unwrap(url=MY_CONFIGURED_URL, raw_body=body, headers=request_headers)
    if isinstance(event, webhooks.InboundCallWebhookPayload):
        ...  # answer with the call's SWML

The signature check (`verify_signature`) recomputes SignalWire's HMAC of `url + raw_body` with the project's
signing key and compares it, in constant time, to `X-Signalwire-SHA256-Signature` (hex HMAC-SHA256) when the
request has it, else to `X-Signalwire-Signature` (hex HMAC-SHA1). `url` must be the URL exactly as configured at
SignalWire, query string included: not one rebuilt from the incoming request, which a proxy or tunnel may have
rewritten. The key defaults to the `SIGNALWIRE_SIGNING_KEY` environment variable.

`parse` tells the four payloads apart by their shape (see `kind_of`) and answers the payload's model
(`signalwire_calling.models`); the models keep fields they do not list and accept enum values they do not
know yet, as plain strings.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, Protocol

from ._config import setting
from ._exceptions import WebhookPayloadError, WebhookVerificationError
from .models import (
    AiSidecarCallbackPayload,
    InboundCallWebhookPayload,
    StreamStatusCallbackPayload,
    TranscribeStatusCallbackPayload,
)
from .webhook_models import WEBHOOK_MODELS, WebhookPayload

__all__ = [
    "SHA1_HEADER",
    "SHA256_HEADER",
    "SIGNING_KEY_VARIABLE",
    "WEBHOOK_MODELS",
    "AiSidecarCallbackPayload",
    "InboundCallWebhookPayload",
    "StreamStatusCallbackPayload",
    "TranscribeStatusCallbackPayload",
    "WebhookKind",
    "WebhookPayload",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "kind_of",
    "parse",
    "sign",
    "unwrap",
    "verify_signature",
]

SHA1_HEADER: Final = "X-Signalwire-Signature"
"""Hex HMAC-SHA1 of `url + raw_body`; on every signed request."""
SHA256_HEADER: Final = "X-Signalwire-SHA256-Signature"
"""Hex HMAC-SHA256 of `url + raw_body`; on requests for a call's SWML."""
SIGNING_KEY_VARIABLE: Final = "SIGNALWIRE_SIGNING_KEY"

WebhookKind = Literal["inboundCallWebhook", "streamStatusCallback", "transcribeStatusCallback", "aiSidecarCallback"]
"""The webhooks of the spec, by their name there."""


class SupportsItems(Protocol):
    """Headers as any mapping-like object: a dict, `httpx.Headers`, Flask/Django/Starlette headers, a WSGI environ."""

    def items(self) -> Iterable[tuple[str, Any]]: ...


def _digest(key: str, url: str, raw_body: bytes | str, algorithm: str) -> str:
    body = raw_body.encode() if isinstance(raw_body, str) else raw_body
    return hmac.new(key.encode(), url.encode() + body, algorithm).hexdigest()


def sign(*, signing_key: str, url: str, raw_body: bytes | str, sha256: bool = True) -> dict[str, str]:
    """The signature headers SignalWire would send for this request (for tests of your handler).

    `sha256=False` leaves out `X-Signalwire-SHA256-Signature`, as on status callbacks.
    """
    headers = {SHA1_HEADER: _digest(signing_key, url, raw_body, "sha1")}
    if sha256:
        headers[SHA256_HEADER] = _digest(signing_key, url, raw_body, "sha256")
    return headers


def _header_values(headers: SupportsItems) -> dict[str, str]:
    """Header values by lower-case, dash-separated name; a WSGI environ's `HTTP_X_...` keys count as headers."""
    found: dict[str, str] = {}
    for name, value in headers.items():
        if isinstance(name, str) and isinstance(value, str):
            key = name.lower().replace("_", "-")
            found[key.removeprefix("http-") if name.startswith("HTTP_") else key] = value
    return found


def verify_signature(
    *, signing_key: str | None = None, url: str, raw_body: bytes | str, headers: SupportsItems
) -> None:
    """Check that a webhook request was signed by SignalWire with your signing key; answer nothing.

    Args:
        signing_key: The project's signing key; default: the `SIGNALWIRE_SIGNING_KEY` environment variable.
        url: The URL as configured at SignalWire (in `dial`, `update`, a `status_url`, a number's handler),
            query string included; not one rebuilt from the request, which proxies rewrite.
        raw_body: The request body exactly as received, before any JSON parsing.
        headers: The request's headers (any case), or a WSGI environ.

    Raises:
        WebhookVerificationError: Neither signature header is there, or the one checked does not match.
            With both headers, only the SHA-256 one is checked.
        ConfigurationError: No signing key given or set in the environment.
    """
    key = setting(signing_key, variable=SIGNING_KEY_VARIABLE, name="signing_key")
    values = _header_values(headers)
    for header, algorithm in ((SHA256_HEADER, "sha256"), (SHA1_HEADER, "sha1")):
        given = values.get(header.lower())
        if given is not None:
            expected = _digest(key, url, raw_body, algorithm)
            if not hmac.compare_digest(expected.encode(), given.strip().lower().encode()):
                raise WebhookVerificationError(
                    f"{header} does not match: check the signing key, and that url is exactly the URL configured "
                    "at SignalWire (scheme, host, path and query string) and raw_body the body as received"
                )
            return
    raise WebhookVerificationError(f"the request has no {SHA1_HEADER} or {SHA256_HEADER} header: it is not signed")


def kind_of(payload: Mapping[str, Any]) -> WebhookKind:
    """Which webhook a decoded payload belongs to.

    The rule: `sidecar_event` -> `aiSidecarCallback`; else `event_type` `calling.call.stream` ->
    `streamStatusCallback`, `calling.transcript.<anything>` -> `transcribeStatusCallback`; else a `call`
    object -> `inboundCallWebhook`.

    Raises:
        WebhookPayloadError: The payload matches none of them (an `event_type` this package does not know).
    """
    if "sidecar_event" in payload:
        return "aiSidecarCallback"
    event_type = payload.get("event_type")
    if event_type == "calling.call.stream":
        return "streamStatusCallback"
    if isinstance(event_type, str) and event_type.startswith("calling.transcript."):
        return "transcribeStatusCallback"
    if event_type is None and isinstance(payload.get("call"), Mapping):
        return "inboundCallWebhook"
    shown = f"event_type {event_type!r}" if event_type is not None else f"fields {sorted(payload)[:8]}"
    raise WebhookPayloadError(f"not a Calling webhook payload this package knows ({shown})")


def parse(raw_body: bytes | str) -> WebhookPayload:
    """The payload's model: `InboundCallWebhookPayload`, `StreamStatusCallbackPayload`,
    `TranscribeStatusCallbackPayload` or `AiSidecarCallbackPayload` (see `kind_of` for the rule).

    Does not check the signature: use `unwrap`, or `verify_signature` first.

    Raises:
        WebhookPayloadError: The body is not a JSON object, matches no webhook, or lacks a required field.
    """
    try:
        data = json.loads(raw_body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookPayloadError(f"the webhook body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the webhook body is JSON but not an object (a {type(data).__name__})")
    model = WEBHOOK_MODELS[kind_of(data)]
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise WebhookPayloadError(f"{model.__name__}: a required field is missing: {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise WebhookPayloadError(f"{model.__name__}: a field has the wrong type ({exc})") from None


def unwrap(
    *, signing_key: str | None = None, url: str, raw_body: bytes | str, headers: SupportsItems
) -> WebhookPayload:
    """`verify_signature` then `parse`: the payload's model, from a request known to come from SignalWire.

    Raises:
        WebhookVerificationError: The signature is missing or wrong (nothing is parsed).
        WebhookPayloadError: The body is not a payload of any webhook.
        ConfigurationError: No signing key given or set in the environment.
    """
    verify_signature(signing_key=signing_key, url=url, raw_body=raw_body, headers=headers)
    return parse(raw_body)
