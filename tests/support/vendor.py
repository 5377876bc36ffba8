"""What the four vendor oracles share: where each file is (in tests/vendor/, and the shared reference copy it is
checked against), reading it, and a JSON Schema 2020-12 validator for a schema inside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml

FIXTURES = Path(__file__).resolve().parents[1] / "vendor"
SHARED_REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"


def fixture(name: str) -> tuple[Path, Path]:
    """The vendor file in tests/vendor/, and the shared reference copy it must be byte-identical to."""
    return FIXTURES / name, SHARED_REFERENCE / name


def read_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


def validator(document: dict[str, Any], urn: str, pointer: str) -> jsonschema.Draft202012Validator:
    """A validator for the schema at `pointer` (`#/components/schemas/X`) of `document`, registered as `urn`."""
    resource = referencing.Resource.from_contents(document, referencing.jsonschema.DRAFT202012)
    registry = referencing.Registry().with_resource(urn, resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"{urn}{pointer}"}, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
