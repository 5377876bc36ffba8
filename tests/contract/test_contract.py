"""Each of the vendor's 42 request examples, sent through the façade, comes out as exactly that body."""

from __future__ import annotations

import base64
import inspect
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import openapi_spec_validator
import pytest
import referencing
import referencing.jsonschema
import yaml

import signalwire_calling
from signalwire_calling import models
from signalwire_calling._spec import COMMANDS
from signalwire_calling._validation import validate
from tests.conftest import BASIC, PROJECT, TOKEN, URL, Capture, facade_call
from tests.support.vendor_contract import examples

SPEC = Path(__file__).resolve().parents[2] / "spec" / "calling.yaml"
EXAMPLES = examples()
COMMAND_NAMES = sorted(EXAMPLES)


def assert_request_is(request: Any, example: dict[str, Any]) -> None:
    assert request.method == "POST"
    assert str(request.url) == URL
    assert request.headers["Authorization"] == BASIC
    scheme, _, encoded = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == f"{PROJECT}:{TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    body = json.loads(request.content)
    assert body == example
    assert list(body) == list(example)  # command, id, params (the order of keys inside params carries no meaning)


def test_the_mapping_covers_every_command() -> None:
    assert set(EXAMPLES) == set(COMMANDS)


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_sync_request_matches_vendor_example(
    command: str, client: signalwire_calling.RestClient, capture: Capture
) -> None:
    example = EXAMPLES[command]
    method, args, kwargs = facade_call(example)

    result = getattr(client.calling, method)(*args, **kwargs)
    if method == "dial":  # dial answers a handle on the new call
        assert isinstance(result, signalwire_calling.Call)
        result = result.leg

    assert isinstance(result, models.CallLeg)
    assert len(capture.requests) == 1
    assert_request_is(capture.requests[0], example)


@pytest.mark.anyio
@pytest.mark.parametrize("command", COMMAND_NAMES)
async def test_async_request_matches_vendor_example(
    command: str, async_client: signalwire_calling.AsyncRestClient, capture: Capture
) -> None:
    example = EXAMPLES[command]
    method, args, kwargs = facade_call(example)

    pending = getattr(async_client.calling, method)(*args, **kwargs)
    assert inspect.isawaitable(pending)
    assert capture.requests == []  # nothing is sent before the await
    result = await pending
    if method == "dial":
        assert isinstance(result, signalwire_calling.AsyncCall)
        result = result.leg

    assert isinstance(result, models.CallLeg)
    assert len(capture.requests) == 1
    assert_request_is(capture.requests[0], example)


@cache
def _spec() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def _spec_validator(schema_name: str) -> jsonschema.Draft202012Validator:
    urn = "urn:signalwire-calling:spec"
    resource = referencing.Resource.from_contents(_spec(), referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resource(urn, resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"{urn}#/components/schemas/{schema_name}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_our_spec_accepts_the_example(command: str) -> None:
    example = EXAMPLES[command]
    problems = [error.message for error in _spec_validator("CallRequest").iter_errors(example)]
    assert problems == []
    # The runtime checker built from the same spec agrees.
    assert validate(example, "CallRequest") == []


def test_our_spec_rejects_what_the_vendor_rejects() -> None:
    """The spec validator above is not vacuous: a body with an unknown param fails it."""
    body = {**EXAMPLES["calling.play.stop"], "params": {"control_id": "x", "nope": 1}}
    assert list(_spec_validator("CallRequest").iter_errors(body))
    assert validate(body, "CallRequest")


def test_spec_is_a_valid_openapi_document() -> None:
    spec = _spec()
    assert spec["openapi"].startswith("3.1")
    openapi_spec_validator.validate(spec)


def test_discriminator_mapping_names_one_schema_per_example() -> None:
    mapping = _spec()["components"]["schemas"]["CallRequest"]["discriminator"]["mapping"]
    assert set(mapping) == set(EXAMPLES)
    for command, ref in mapping.items():
        assert ref == f"#/components/schemas/{COMMANDS[command].request_schema}"
