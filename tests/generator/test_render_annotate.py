"""generator/render/annotate.py: the annotation of a request field in the emitted signatures."""

from __future__ import annotations

from typing import Any

import pytest

from generator.render.annotate import Annotator
from tests.support.generator import fixture_spec


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize(
    ("node", "annotation"),
    [
        ({"type": "string"}, "str"),
        ({"type": "string", "format": "uuid"}, "str | UUID"),
        ({"type": "integer"}, "int"),
        ({"type": "number"}, "float"),
        ({"type": "boolean"}, "bool"),
        ({"const": "x"}, "Literal['x']"),
        ({"enum": ["a", "b"]}, "Literal['a', 'b']"),
        (ref("HangupReason"), "models.HangupReason"),  # an enum: its Literal alias, no TypedDict
        (ref("Swml"), "models.Swml | typed_dicts.Swml"),  # an object: the model or a plain dict
        ({"type": "array", "items": ref("PlayItem")}, "Sequence[models.PlayItem | typed_dicts.PlayItem]"),
        ({"type": "object"}, "Mapping[str, Any]"),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, "Mapping[str, int]"),
        ({"anyOf": [{"type": "string"}, {"type": "object"}]}, "str | Mapping[str, Any]"),
        ({"oneOf": [{"type": "string"}, {"type": "string", "minLength": 1}]}, "str"),  # repeats dropped
        (
            ref("CallResponse"),  # a union schema: its members
            "models.CallLeg | typed_dicts.CallLeg | models.DeviceLeg | typed_dicts.DeviceLeg",
        ),
        ({}, "Any"),
    ],
)
def test_annotation(node: dict[str, Any], annotation: str) -> None:
    assert Annotator(fixture_spec().schemas)(node) == annotation
