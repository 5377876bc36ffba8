"""The status-event facts (tests/vendor/signalwire-calling-status-events.yaml), as the oracle of the event tests.

Each `*Event` schema there carries `examples` (whole bodies as SignalWire's sources show them), `x-confidence` and
`x-status-url-commands`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml

PATH = Path(__file__).parent / "vendor" / "signalwire-calling-status-events.yaml"
SHARED_COPY = Path(__file__).resolve().parents[2] / "shared" / "reference" / "signalwire-calling-status-events.yaml"
URN = "urn:signalwire:calling-status-events"


@cache
def document() -> dict[str, Any]:
    with PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


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
    resource = referencing.Resource.from_contents(document(), referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resource(URN, resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"{URN}#/components/schemas/{schema_name}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def errors(payload: Any, schema_name: str = "CallingStatusCallback") -> list[str]:
    """What the vendor's schema (by default the union of every status event) finds wrong with `payload`."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema_name).iter_errors(payload)]
