"""Receive SignalWire's webhooks: check their signature, read their payload.

    from signalwire_calling import webhooks

    event = webhooks.unwrap(url=MY_CONFIGURED_URL, raw_body=body, headers=request_headers)
    if isinstance(event, webhooks.CollectEvent):
        ...  # the digits or speech a caller gave to a collect

The signature check (`verify_signature`) recomputes SignalWire's HMAC of `url + raw_body` with the project's
signing key and compares it, in constant time, to `X-Signalwire-SHA256-Signature` (hex HMAC-SHA256) when the
request has it, else to `X-Signalwire-Signature` (hex HMAC-SHA1). `url` must be the URL exactly as configured at
SignalWire, query string included: not one rebuilt from the incoming request, which a proxy or tunnel may have
rewritten. The key defaults to the `SIGNALWIRE_SIGNING_KEY` environment variable.

`parse` answers the payload's model (`signalwire_calling.models`): a status event by its `event_type` (`PlayEvent`,
`CollectEvent`, `RecordEvent`, …; one this package does not know yet as a `GenericEvent`), the two other payloads
by their shape (see `kind_of`). The models keep fields they do not list and accept enum values they do not know
yet, as plain strings. To have events update your call and operation handles and run your handlers, use an
`EventRouter` (`client.events(...)`), which does all of this.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from typing import Any, Final, Protocol

from ._config import setting, text_argument, utf8_encodable
from ._event_table import EVENTS
from ._exceptions import ConfigurationError, WebhookPayloadError, WebhookVerificationError
from ._json import loads
from .models import (
    AiSidecarCallbackPayload,
    CallStateEvent,
    CollectEvent,
    ConnectEvent,
    DenoiseEvent,
    DetectEvent,
    DialEvent,
    FaxEvent,
    GenericEvent,
    InboundCallWebhookPayload,
    PlayEvent,
    RecordEvent,
    ReferEvent,
    StreamEvent,
    TapEvent,
    TranscribeEvent,
    TranscriptEvent,
)
from .webhook_models import WEBHOOK_MODELS, WebhookKind, WebhookPayload

__all__ = [
    "SHA1_HEADER",
    "SHA256_HEADER",
    "SIGNING_KEY_VARIABLE",
    "WEBHOOK_MODELS",
    "AiSidecarCallbackPayload",
    "CallStateEvent",
    "CollectEvent",
    "ConnectEvent",
    "DenoiseEvent",
    "DetectEvent",
    "DialEvent",
    "FaxEvent",
    "GenericEvent",
    "InboundCallWebhookPayload",
    "PlayEvent",
    "RecordEvent",
    "ReferEvent",
    "StreamEvent",
    "StreamStatusCallbackPayload",
    "TapEvent",
    "TranscribeEvent",
    "TranscribeStatusCallbackPayload",
    "TranscriptEvent",
    "WebhookKind",
    "WebhookPayload",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "kind_of",
    "parse",
    "parse_decoded",
    "sign",
    "unwrap",
    "verify_signature",
]

SHA1_HEADER: Final = "X-Signalwire-Signature"
"""Hex HMAC-SHA1 of `url + raw_body`; on every signed request."""
SHA256_HEADER: Final = "X-Signalwire-SHA256-Signature"
"""Hex HMAC-SHA256 of `url + raw_body`; on requests for a call's SWML."""
SIGNING_KEY_VARIABLE: Final = "SIGNALWIRE_SIGNING_KEY"

StreamStatusCallbackPayload = StreamEvent
"""The name SignalWire's contract gives `StreamEvent` (kept for code written against it)."""
TranscribeStatusCallbackPayload = TranscriptEvent
"""The name SignalWire's contract gives `TranscriptEvent` (kept for code written against it)."""


class SupportsItems(Protocol):
    """Headers as any mapping-like object: a dict, `httpx.Headers`, Flask/Django/Starlette headers, a WSGI environ."""

    def items(self) -> Iterable[tuple[str, Any]]: ...


def body_bytes(raw_body: object) -> bytes:
    """The body as the bytes it was received as: `bytes`-like as given, a `str` encoded as UTF-8.

    Raises `WebhookPayloadError` for anything else (a body already decoded from JSON, say), or a `str` UTF-8 cannot
    encode: neither can be the bytes SignalWire signed.
    """
    if isinstance(raw_body, bytes):
        return raw_body
    if isinstance(raw_body, (bytearray, memoryview)):
        return bytes(raw_body)
    if isinstance(raw_body, str):
        if not utf8_encodable(raw_body):
            raise WebhookPayloadError("raw_body has a lone surrogate: pass the body as received, as bytes")
        return raw_body.encode()
    kind = type(raw_body).__name__
    raise WebhookPayloadError(f"raw_body must be the body as received (bytes or str), not a {kind}")


def sign(*, signing_key: str, url: str, raw_body: bytes | str, sha256: bool = True) -> dict[str, str]:
    """The signature headers SignalWire would send for this request (for tests of your handler).

    `sha256=False` leaves out `X-Signalwire-SHA256-Signature`, as on status callbacks.

    Raises:
        ConfigurationError: `signing_key` or `url` is not a str (or has a character UTF-8 cannot encode).
        WebhookPayloadError: `raw_body` is not bytes or str.
    """
    signed = text_argument(url, name="url").encode() + body_bytes(raw_body)
    key = text_argument(signing_key, name="signing_key").encode()
    headers = {SHA1_HEADER: hmac.new(key, signed, "sha1").hexdigest()}
    if sha256:
        headers[SHA256_HEADER] = hmac.new(key, signed, "sha256").hexdigest()
    return headers


def _header_values(headers: SupportsItems) -> dict[str, str]:
    """Header values by lower-case, dash-separated name; a WSGI environ's `HTTP_X_...` keys count as headers."""
    found: dict[str, str] = {}
    for name, value in headers.items():
        if isinstance(name, str) and isinstance(value, str):
            key = name.lower().replace("_", "-")
            found[key.removeprefix("http-") if name.startswith("HTTP_") else key] = value
    return found


# How a signature header is spelled in the places it is usually looked up: as sent, lower-cased (httpx, ASGI, many
# frameworks) and as a WSGI environ key. Anything else is found by `_header_values`.
_SPELLINGS: Final = tuple(
    (algorithm, (header, header.lower(), "HTTP_" + header.upper().replace("-", "_")))
    for header, algorithm in ((SHA256_HEADER, "sha256"), (SHA1_HEADER, "sha1"))
)


def _signature(headers: SupportsItems) -> tuple[str, str] | None:
    """(the signature sent, its algorithm): SHA-256 when both headers are there; None when neither is."""
    if isinstance(headers, dict):
        for algorithm, spellings in _SPELLINGS:
            for spelling in spellings:
                value = headers.get(spelling)
                if isinstance(value, str):
                    return value, algorithm
    values = _header_values(headers)
    for header, algorithm in ((SHA256_HEADER, "sha256"), (SHA1_HEADER, "sha1")):
        given = values.get(header.lower())
        if given is not None:
            return given, algorithm
    return None


def _same(expected: str, given: str) -> bool:
    """Constant-time comparison of two hex digests as text (a digest with other than ASCII in it never matches)."""
    try:
        return hmac.compare_digest(expected, given)
    except TypeError:
        return False


def check_signature(key: bytes, url: bytes, body: bytes, headers: SupportsItems) -> str:
    """`verify_signature` on bytes prepared once (a router's key and URL): answers the matching hex digest."""
    try:
        found = _signature(headers)
    except AttributeError:
        kind = type(headers).__name__
        raise ConfigurationError(
            f"headers must be the request's headers (a mapping, or a WSGI environ), not {kind}"
        ) from None
    if found is None:
        raise WebhookVerificationError(f"the request has no {SHA1_HEADER} or {SHA256_HEADER} header: it is not signed")
    given, algorithm = found
    expected = hmac.new(key, url + body, algorithm).hexdigest()
    if not (_same(expected, given) or _same(expected, given.strip().lower())):
        header = SHA256_HEADER if algorithm == "sha256" else SHA1_HEADER
        raise WebhookVerificationError(
            f"{header} does not match: check the signing key, and that url is exactly the URL configured "
            "at SignalWire (scheme, host, path and query string) and raw_body the body as received"
        )
    return expected


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
        ConfigurationError: No signing key given or set in the environment; `signing_key` or `url` not a str;
            `headers` not a mapping.
        WebhookPayloadError: `raw_body` is not bytes or str.
    """
    key = setting(signing_key, variable=SIGNING_KEY_VARIABLE, name="signing_key")
    check_signature(key.encode(), text_argument(url, name="url").encode(), body_bytes(raw_body), headers)


def kind_of(payload: Mapping[str, Any]) -> WebhookKind:
    """Which webhook a decoded payload belongs to.

    The rule: `sidecar_event` -> `aiSidecarCallback`; else an `event_type` names the status event (its webhook in
    the spec, such as `playStatusCallback`, or `genericEvent` for an event type the spec does not know); else a
    `call` object -> `inboundCallWebhook`.

    Raises:
        WebhookPayloadError: The payload matches none of them.
    """
    if "sidecar_event" in payload:
        return "aiSidecarCallback"
    event_type = payload.get("event_type")
    if isinstance(event_type, str):
        info = EVENTS.get(event_type)
        return info.webhook if info is not None else "genericEvent"  # type: ignore[return-value]
    if event_type is None and isinstance(payload.get("call"), Mapping):
        return "inboundCallWebhook"
    shown = f"event_type {event_type!r}" if event_type is not None else f"fields {sorted(map(str, payload))[:8]}"
    raise WebhookPayloadError(f"not a Calling webhook payload this package knows ({shown})")


def parse(raw_body: bytes | str) -> WebhookPayload:
    """The payload's model: a status event by its `event_type` (`PlayEvent`, `CollectEvent`, …, or `GenericEvent`
    for an event type this package does not know), `InboundCallWebhookPayload` or `AiSidecarCallbackPayload`.

    Does not check the signature: use `unwrap`, or `verify_signature` first.

    Raises:
        WebhookPayloadError: The body is not a JSON object, matches no webhook, or lacks a required field.
    """
    # body_bytes takes a memoryview, and names what else was passed in its error
    body = raw_body if isinstance(raw_body, (bytes, bytearray, str)) else body_bytes(raw_body)
    try:
        data = loads(body)
    except RecursionError:
        raise WebhookPayloadError("the webhook body nests too deeply to be read") from None
    except ValueError as exc:  # UnicodeDecodeError is one
        raise WebhookPayloadError(f"the webhook body is not JSON: {exc}") from None
    return parse_decoded(data)


def parse_decoded(data: Any) -> WebhookPayload:
    """`parse` for a body already decoded from JSON."""
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"the webhook body is JSON but not an object (a {type(data).__name__})")
    model = WEBHOOK_MODELS[kind_of(data)]
    try:
        return model.from_dict(data)
    except KeyError as exc:
        raise WebhookPayloadError(f"{model.__name__}: a required field is missing: {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:
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
