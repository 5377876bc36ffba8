"""SignalWire's published webhook payloads (tests/vendor/signalwire-calling-webhooks.yaml), as the oracle.

The extract has no whole-payload examples, only one example per property: `example()` assembles a payload from
them, following `$ref`s, so every property the vendor documents (optional ones included) is exercised.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema

from tests.support.vendor import fixture, read_yaml
from tests.support.vendor import validator as validator_of

PATH, SHARED_COPY = fixture("signalwire-calling-webhooks.yaml")
URN = "urn:signalwire:calling-webhooks"
PREFIX = "#/components/schemas/"

# The vendor's object schemas -> the models of our spec that describe the same thing.
MODELS = {
    "Webhooks.AI.AICallInfo": "AiCallInfo",
    "Webhooks.AI.AISidecarCallbackPayload": "AiSidecarCallbackPayload",
    "Webhooks.AI.AISidecarChannelData": "AiSidecarChannelData",
    "Webhooks.AI.AISidecarEvent": "AiSidecarEvent",
    "Webhooks.Calling.InboundCallContext": "InboundCall",
    "Webhooks.Calling.InboundCallHeader": "InboundCallHeader",
    "Webhooks.Calling.InboundCallParent": "InboundCallParent",
    "Webhooks.Calling.InboundCallPeer": "InboundCallPeer",
    "Webhooks.Calling.InboundCallSipData": "InboundCallSipData",
    "Webhooks.Calling.InboundCallWebhookPayload": "InboundCallWebhookPayload",
    "Webhooks.Calling.StreamStatusCallbackPayload": "StreamEvent",
    "Webhooks.Calling.TranscribeStatusCallbackPayload": "TranscriptEvent",
}


@cache
def document() -> dict[str, Any]:
    return read_yaml(PATH)


def payload_schemas() -> dict[str, str]:
    """Each webhook -> the name of its payload schema."""
    found: dict[str, str] = {}
    for name, item in document()["webhooks"].items():
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        found[name] = ref.removeprefix(PREFIX)
    return found


def _target(node: dict[str, Any]) -> dict[str, Any] | None:
    ref = node.get("$ref") or next((part["$ref"] for part in node.get("allOf", []) if "$ref" in part), None)
    return document()["components"]["schemas"][ref.removeprefix(PREFIX)] if ref else None


def instance(node: dict[str, Any], *, optional: bool = True) -> Any:
    """A value for `node` built from the vendor's examples; `optional=False` leaves optional properties out."""
    if "examples" in node:
        return node["examples"][0]
    target = _target(node)
    if target is not None:
        return instance(target, optional=optional)
    if node.get("type") == "object":
        required = set(node.get("required", []))
        return {
            name: instance(prop, optional=optional)
            for name, prop in node.get("properties", {}).items()
            if optional or name in required
        }
    if "enum" in node:
        return node["enum"][0]
    raise AssertionError(f"no example for {node}")


def example(schema_name: str, *, optional: bool = True) -> dict[str, Any]:
    value = instance(document()["components"]["schemas"][schema_name], optional=optional)
    assert isinstance(value, dict)
    return value


@cache
def validator(schema_name: str) -> jsonschema.Draft202012Validator:
    return validator_of(document(), URN, f"{PREFIX}{schema_name}")


def errors(schema_name: str, payload: Any) -> list[str]:
    """What the vendor's schema finds wrong with `payload` (empty: it is a valid payload)."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema_name).iter_errors(payload)]
