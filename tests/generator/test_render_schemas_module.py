"""generator/render/schemas_module.py: `_schemas.py`, the validation tables."""

from __future__ import annotations

from generator.render import schemas_module
from tests.support.generator import fixture_spec, run_module


def test_the_validation_schemas_as_a_literal() -> None:
    spec = fixture_spec()
    schemas = run_module(schemas_module.render(spec), "_fixture_schemas")["SCHEMAS"]
    assert schemas == spec.validation_schemas
    assert list(schemas) == list(spec.validation_schemas)  # spec order, not sorted
    assert schemas["UpdateParams"]["properties"]["id"] == {"type": "string", "format": "uuid"}
    assert schemas["PlayParams"]["properties"]["play"]["items"] == {"$ref": "PlayItem"}
    assert "StatusPayload" not in schemas
