"""The webhook payloads of our spec and models against SignalWire's published ones (tests/vendor/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from signalwire_calling import models, webhooks
from signalwire_calling.webhook_models import WEBHOOK_MODELS
from tests.support import vendor_webhooks as vendor

SPEC = Path(__file__).resolve().parents[2] / "spec" / "calling.yaml"
REF = "#/components/schemas/"


def spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def test_fixture_is_byte_identical_to_the_shared_reference() -> None:
    if not vendor.SHARED_COPY.exists():
        pytest.skip(f"no shared reference copy at {vendor.SHARED_COPY} to compare with")
    assert vendor.PATH.read_bytes() == vendor.SHARED_COPY.read_bytes()


def test_the_spec_has_the_vendors_webhooks_and_the_generator_a_model_for_each() -> None:
    ours = spec()["webhooks"]
    assert list(ours)[: len(vendor.payload_schemas())] == list(vendor.payload_schemas())  # then the status events
    for name, payload in vendor.payload_schemas().items():
        ref = ours[name]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert ref.removeprefix(REF) == vendor.MODELS[payload]
        assert WEBHOOK_MODELS[name] is getattr(models, vendor.MODELS[payload])  # type: ignore[index]


def enum_values(node: dict[str, Any], schemas: dict[str, Any]) -> list[str] | None:
    """The enum a property allows: inline, by reference, or as the enum half of an open `anyOf`."""
    if "enum" in node:
        return list(node["enum"])
    for part in node.get("anyOf", []) + node.get("allOf", []) + ([node] if "$ref" in node else []):
        if "$ref" in part:
            found = enum_values(schemas[part["$ref"].removeprefix(REF)], schemas)
            if found is not None:
                return found
        elif "enum" in part:
            return list(part["enum"])
    return None


@pytest.mark.parametrize("theirs", sorted(vendor.MODELS))
def test_each_payload_schema_states_the_vendors_facts(theirs: str) -> None:
    """Same properties, same required ones, same enum values; descriptions are ours."""
    their_schemas, our_schemas = vendor.document()["components"]["schemas"], spec()["components"]["schemas"]
    their, our = their_schemas[theirs], our_schemas[vendor.MODELS[theirs]]
    nested = [(their, our)] + [
        (their["properties"][name], our_schemas[our["properties"][name]["$ref"].removeprefix(REF)])
        for name in ("params",)
        if name in their["properties"] and "properties" in their["properties"][name]
    ]
    for vendor_node, our_node in nested:
        assert list(our_node["properties"]) == list(vendor_node["properties"])
        assert our_node.get("required", []) == vendor_node.get("required", [])
        for name, prop in vendor_node["properties"].items():
            assert enum_values(our_node["properties"][name], our_schemas) == enum_values(prop, their_schemas), name


@pytest.mark.parametrize("optional", [True, False], ids=["every-field", "required-only"])
@pytest.mark.parametrize("webhook", list(vendor.payload_schemas()))
def test_every_example_payload_parses_to_its_model(webhook: str, optional: bool) -> None:
    payload = vendor.example(vendor.payload_schemas()[webhook], optional=optional)
    assert vendor.errors(vendor.payload_schemas()[webhook], payload) == []
    event = webhooks.parse(json.dumps(payload))
    assert type(event) is WEBHOOK_MODELS[webhook]
    assert webhooks.kind_of(payload) == webhook
    assert event.to_dict() == payload


@pytest.mark.parametrize("optional", [True, False], ids=["every-field", "required-only"])
@pytest.mark.parametrize("theirs", sorted(vendor.MODELS))
def test_every_generated_webhook_model_round_trips_the_vendors_examples(theirs: str, optional: bool) -> None:
    model = getattr(models, vendor.MODELS[theirs])
    example = vendor.example(theirs, optional=optional)
    parsed = model.from_dict(example)
    assert parsed.to_dict() == example
    assert parsed.additional_properties == {}  # every documented field has an attribute


def test_webhook_schemas_stay_out_of_the_request_validation_tables() -> None:
    from signalwire_calling._spec import SCHEMAS

    assert not set(SCHEMAS) & set(vendor.MODELS.values())
    assert "InboundCallType" not in SCHEMAS
    assert "CallLeg" in SCHEMAS
