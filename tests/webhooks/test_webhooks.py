"""`signalwire_calling.webhooks`: signatures checked against vectors computed here, payloads parsed leniently."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from signalwire_calling import ConfigurationError, SignalWireError, webhooks
from signalwire_calling.models import StreamEvent
from signalwire_calling.webhooks import (
    AiSidecarCallbackPayload,
    InboundCallWebhookPayload,
    TranscriptEvent,
    WebhookPayloadError,
    WebhookVerificationError,
)

KEY = "PSK_test_key_123"
URL = "https://example.com/swml?a=1&b=two"
BODY = b'{"call":{"call_id":"x"}}'
# Computed with `printf '%s' "$URL$BODY" | openssl dgst -sha256 -hmac "$KEY"` (and -sha1), not with Python.
OPENSSL_SHA256 = "0a8024ffdcc837fc7c69d495abbca80c502e371d752994322b39d569d007ac3d"
OPENSSL_SHA1 = "c0dd57ff49ecd641cc6c8db4049e4836d7e310ba"


def hexmac(algorithm: str, key: str = KEY, url: str = URL, body: bytes = BODY) -> str:
    return hmac.new(key.encode(), url.encode() + body, getattr(hashlib, algorithm)).hexdigest()


SHA1 = {"X-Signalwire-Signature": hexmac("sha1")}
SHA256 = {"X-Signalwire-SHA256-Signature": hexmac("sha256")}


def verify(headers: Any, *, url: str = URL, body: bytes | str = BODY, key: str | None = KEY) -> None:
    webhooks.verify_signature(signing_key=key, url=url, raw_body=body, headers=headers)


def test_the_vectors_computed_here_are_the_ones_openssl_gives() -> None:
    assert hexmac("sha256") == OPENSSL_SHA256
    assert hexmac("sha1") == OPENSSL_SHA1


@pytest.mark.parametrize("headers", [SHA1, SHA256, {**SHA1, **SHA256}], ids=["sha1", "sha256", "both"])
def test_a_correct_signature_passes(headers: dict[str, str]) -> None:
    verify(headers)
    verify(headers, body=BODY.decode())  # the body as str: the same bytes in UTF-8


@pytest.mark.parametrize(
    "headers",
    [
        {"x-signalwire-sha256-signature": OPENSSL_SHA256},
        {"X-SIGNALWIRE-SIGNATURE": OPENSSL_SHA1.upper()},
        httpx.Headers({"X-Signalwire-SHA256-Signature": OPENSSL_SHA256}),
        {"HTTP_X_SIGNALWIRE_SHA256_SIGNATURE": OPENSSL_SHA256, "wsgi.input": object(), "CONTENT_LENGTH": "24"},
    ],
    ids=["lower-case", "upper-case", "httpx.Headers", "wsgi-environ"],
)
def test_headers_are_found_in_any_case_and_in_a_wsgi_environ(headers: Any) -> None:
    verify(headers)


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("http://example.com/swml?a=1&b=two", BODY),  # scheme rewritten by a proxy
        ("https://example.com/swml", BODY),  # query string dropped
        ("https://example.com/swml?b=two&a=1", BODY),  # query reordered
        ("https://example.com:443/swml?a=1&b=two", BODY),  # explicit port
        (URL, BODY.replace(b"x", b"y")),  # body changed
        (URL, BODY + b"\n"),  # body re-serialized
    ],
)
@pytest.mark.parametrize("headers", [SHA1, SHA256], ids=["sha1", "sha256"])
def test_a_tampered_url_or_body_is_rejected(url: str, body: bytes, headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError, match="does not match"):
        verify(headers, url=url, body=body)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Signalwire-Signature": hexmac("sha1")[:-1] + "0"},
        {"X-Signalwire-SHA256-Signature": hexmac("sha256")[::-1]},
        {"X-Signalwire-Signature": hexmac("sha1", key="other")},
        {"X-Signalwire-Signature": ""},
        {"X-Signalwire-Signature": "é"},
        {"X-Signalwire-SHA256-Signature": hexmac("sha1")},  # a SHA-1 digest in the SHA-256 header
    ],
)
def test_a_tampered_header_is_rejected(headers: dict[str, str]) -> None:
    with pytest.raises(WebhookVerificationError):
        verify(headers)


def test_sha256_is_preferred_when_present() -> None:
    wrong256 = {"X-Signalwire-SHA256-Signature": "0" * 64}
    with pytest.raises(WebhookVerificationError, match="SHA256"):
        verify({**SHA1, **wrong256})  # a correct SHA-1 does not rescue a wrong SHA-256
    verify({"X-Signalwire-Signature": "0" * 40, **SHA256})  # only the SHA-256 one is checked


def test_a_request_without_a_signature_is_rejected() -> None:
    with pytest.raises(WebhookVerificationError, match="no X-Signalwire-Signature"):
        verify({"Content-Type": "application/json"})


def test_the_error_is_a_signalwire_error_and_never_shows_the_key_or_digests() -> None:
    with pytest.raises(WebhookVerificationError) as caught:
        verify({"X-Signalwire-Signature": "0" * 40})
    assert isinstance(caught.value, SignalWireError)
    shown = str(caught.value) + repr(caught.value)
    assert KEY not in shown
    assert hexmac("sha1") not in shown


def test_the_key_defaults_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", KEY)
    verify(SHA256, key=None)
    monkeypatch.setenv("SIGNALWIRE_SIGNING_KEY", "another key")
    with pytest.raises(WebhookVerificationError):
        verify(SHA256, key=None)
    verify(SHA256, key=KEY)  # an explicit key wins


def test_no_key_at_all_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_SIGNING_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="signing_key= or set SIGNALWIRE_SIGNING_KEY"):
        verify(SHA256, key=None)


def test_sign_gives_what_signalwire_sends() -> None:
    assert webhooks.sign(signing_key=KEY, url=URL, raw_body=BODY) == {
        "X-Signalwire-Signature": OPENSSL_SHA1,
        "X-Signalwire-SHA256-Signature": OPENSSL_SHA256,
    }
    assert webhooks.sign(signing_key=KEY, url=URL, raw_body=BODY, sha256=False) == {
        "X-Signalwire-Signature": OPENSSL_SHA1
    }


# -- parse -------------------------------------------------------------------------------------------------------

STREAM = {
    "event_type": "calling.call.stream",
    "event_channel": "swml:space",
    "timestamp": 1777565701.5623918,
    "project_id": "p",
    "space_id": "s",
    "params": {"call_id": "c", "node_id": "n", "segment_id": "g", "control_id": "k", "state": "streaming", "url": "u"},
}


def body_of(payload: Any) -> bytes:
    return json.dumps(payload).encode()


def test_unknown_fields_are_kept_and_round_trip() -> None:
    payload = {**STREAM, "new_top": {"x": [1]}, "params": {**STREAM["params"], "new_inner": True}}
    event = webhooks.parse(body_of(payload))
    assert isinstance(event, StreamEvent)
    assert event["new_top"] == {"x": [1]}
    assert event.params["new_inner"] is True
    assert event.to_dict() == payload


@pytest.mark.parametrize(
    ("payload", "read"),
    [
        ({**STREAM, "params": {**STREAM["params"], "state": "paused"}}, lambda e: e.params.state),
        (
            {
                "event_type": "calling.transcript.partial",
                "timestamp": 1.0,
                "project_id": "p",
                "space_id": "s",
                "params": {"id": "i", "call_id": "c", "segment_id": "g"},
            },
            lambda e: e.event_type,
        ),
        (
            {
                "call_info": {"call_id": "c", "content_type": "t", "content_disposition": "d", "conversation_type": ""},
                "sidecar_event": {"type": "brand_new", "ts": 1, "tick_id": 2, "channel_data": {}},
            },
            lambda e: e.sidecar_event.type_,
        ),
    ],
    ids=["stream-state", "transcript-event", "sidecar-type"],
)
def test_enum_values_this_package_does_not_know_parse_as_strings(payload: dict[str, Any], read: Any) -> None:
    event = webhooks.parse(body_of(payload))
    assert read(event) in ("paused", "calling.transcript.partial", "brand_new")
    assert event.to_dict() == payload


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not an object"),
        (b'{"event_type": 7, "params": {}}', "event_type 7"),
        (b'{"hello": "world"}', "not a Calling webhook payload"),
        (body_of({k: v for k, v in STREAM.items() if k != "params"}), "missing: 'params'"),
        (body_of({**STREAM, "params": "streaming"}), "StreamEvent"),
    ],
    ids=["syntax", "bytes", "array", "event-type-not-text", "no-shape", "missing-field", "wrong-type"],
)
def test_a_body_that_is_no_payload_is_a_package_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookPayloadError, match=message) as caught:
        webhooks.parse(body)
    assert isinstance(caught.value, SignalWireError)


def test_kind_of_tells_the_four_apart() -> None:
    assert webhooks.kind_of({"call": {}, "vars": {}}) == "inboundCallWebhook"
    assert webhooks.kind_of({"event_type": "calling.call.stream"}) == "streamStatusCallback"
    assert webhooks.kind_of({"event_type": "calling.transcript.failed"}) == "transcribeStatusCallback"
    assert webhooks.kind_of({"sidecar_event": {}, "call_info": {}}) == "aiSidecarCallback"


def test_unwrap_verifies_before_parsing() -> None:
    body = body_of(STREAM)
    headers = {"X-Signalwire-Signature": hexmac("sha1", body=body)}
    event = webhooks.unwrap(signing_key=KEY, url=URL, raw_body=body, headers=headers)
    assert isinstance(event, StreamEvent)
    with pytest.raises(WebhookVerificationError):  # a forged body is never parsed, even a malformed one
        webhooks.unwrap(signing_key=KEY, url=URL, raw_body=b"{not json", headers=headers)


def test_the_payload_models_are_exported_by_the_webhooks_module() -> None:
    from signalwire_calling import models

    assert webhooks.InboundCallWebhookPayload is models.InboundCallWebhookPayload
    assert {InboundCallWebhookPayload, StreamEvent} <= set(webhooks.WEBHOOK_MODELS.values())
    assert TranscriptEvent in webhooks.WEBHOOK_MODELS.values()
    assert AiSidecarCallbackPayload in webhooks.WEBHOOK_MODELS.values()


def test_importing_the_package_loads_no_webhook_code() -> None:
    script = (
        "import sys, signalwire_calling\n"
        "loaded = [m for m in sys.modules if m.startswith('signalwire_calling.') and "
        "('webhook' in m or 'inbound_call' in m or 'stream_status' in m or 'sidecar_event' in m)]\n"
        "print(loaded)\n"
    )
    argv = [sys.executable, "-c", script]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout  # noqa: S603 - our own script
    assert out.strip() == "[]"


def test_the_webhooks_module_is_an_attribute_of_the_package_loaded_on_first_use() -> None:
    script = (
        "import sys, signalwire_calling\n"
        "before = 'signalwire_calling.webhooks' in sys.modules\n"
        "print(before, signalwire_calling.webhooks.__name__, signalwire_calling.WebhookVerificationError.__name__)\n"
    )
    argv = [sys.executable, "-c", script]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout  # noqa: S603 - our own script
    assert out.split() == ["False", "signalwire_calling.webhooks", "WebhookVerificationError"]
