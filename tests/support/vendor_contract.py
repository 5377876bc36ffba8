"""The vendor's published contract, as the oracle of the contract tests.

Bodies are checked with `jsonschema` (Draft 2020-12) against the vendor document itself, never against our
own spec: a test that passes here proves the bytes match what SignalWire publishes.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import jsonschema

from tests.support.vendor import fixture, read_yaml
from tests.support.vendor import validator as validator_of

PATH, SHARED_COPY = fixture("signalwire-calling-openapi.yaml")
URN = "urn:signalwire:calling"


@cache
def document() -> dict[str, Any]:
    return read_yaml(PATH)


@cache
def _validator(schema_name: str) -> jsonschema.Draft202012Validator:
    return validator_of(document(), URN, f"#/components/schemas/{schema_name}")


def errors(instance: Any, schema_name: str) -> list[str]:
    """Messages of every way `instance` breaks the named vendor schema; empty when it conforms."""
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(schema_name).iter_errors(instance)
    ]


def assert_valid_request(body: bytes | dict[str, Any]) -> None:
    instance = json.loads(body) if isinstance(body, (bytes, str)) else body
    problems = errors(instance, "Calling.CallRequest")
    assert not problems, f"request body breaks the vendor contract: {problems[:3]}"


def examples() -> dict[str, dict[str, Any]]:
    """The 42 request examples, keyed by command, as deep copies."""
    content = document()["paths"]["/api/calling/calls"]["post"]["requestBody"]["content"]["application/json"]
    return {name: copy.deepcopy(example["value"]) for name, example in content["examples"].items()}


RESPONSE_SCHEMAS = {
    200: "Calling.CallResponse",
    400: "Types.StatusCodes.StatusCode400",
    401: "Types.StatusCodes.StatusCode401",
    404: "Types.StatusCodes.StatusCode404",
    422: "Calling.CallCreate422Error",
    500: "Types.StatusCodes.StatusCode500",
}
"""The vendor's schema for each answer status it documents."""
