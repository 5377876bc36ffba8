"""The status-event facts (tests/vendor/signalwire-calling-status-events.yaml), as the oracle of the event tests.

Each `*Event` schema there carries `examples` (whole bodies as SignalWire's sources show them), `x-confidence` and
`x-status-url-commands`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema

from tests.support.vendor import fixture, read_yaml
from tests.support.vendor import validator as validator_of

PATH, SHARED_COPY = fixture("signalwire-calling-status-events.yaml")
URN = "urn:signalwire:calling-status-events"


@cache
def document() -> dict[str, Any]:
    return read_yaml(PATH)


def examples() -> list[tuple[str, dict[str, Any]]]:
    """(schema name, example body) for every whole-body example in the extract, in document order."""
    found = []
    for name, schema in document()["components"]["schemas"].items():
        for index, example in enumerate(schema.get("examples", [])):
            if isinstance(example, dict) and "event_type" in example:
                found.append((f"{name}[{index}]", example))
    return found


def event_types() -> set[str]:
    """Every `event_type` of the union `CallingStatusCallback`."""
    mapping = document()["components"]["schemas"]["CallingStatusCallback"]["discriminator"]["mapping"]
    return set(mapping)


@cache
def validator(schema_name: str = "CallingStatusCallback") -> jsonschema.Draft202012Validator:
    return validator_of(document(), URN, f"#/components/schemas/{schema_name}")


def errors(payload: Any, schema_name: str = "CallingStatusCallback") -> list[str]:
    """What the vendor's schema (by default the union of every status event) finds wrong with `payload`."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema_name).iter_errors(payload)]
