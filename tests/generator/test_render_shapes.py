"""generator/render/shapes.py: the shapes of nested params, for the docstrings and the command index."""

from __future__ import annotations

from typing import Any

from generator.render.shapes import shapes

REF = "#/components/schemas/"
SCHEMAS: dict[str, Any] = {
    "Item": {"oneOf": [{"$ref": REF + "TtsItem"}, {"$ref": REF + "SilenceItem"}]},
    "TtsItem": {
        "type": "object",
        "required": ["type", "params"],
        "properties": {"type": {"type": "string", "const": "tts"}, "params": {"$ref": REF + "TtsParams"}},
    },
    "TtsParams": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string"}, "voice": {"type": "string"}, "deeper": {"$ref": REF + "Deep"}},
    },
    "Deep": {"type": "object", "properties": {"x": {"type": "string"}}},
    "SilenceItem": {"type": "object", "properties": {"duration": {"type": "number"}}},
    "Direction": {"type": "string", "enum": ["listen", "speak"]},
    "Free": {"type": "object", "additionalProperties": True},
}


def test_array_items_name_each_model_its_fields_and_one_more_level() -> None:
    assert shapes({"type": "array", "items": {"$ref": REF + "Item"}}, SCHEMAS) == (
        "Items: one of `TtsItem` {`type`*='tts', `params`*: `TtsParams` {`text`*, `voice`, `deeper`: `Deep`}};"
        " `SilenceItem` {`duration`}."
    )


def test_an_object_param_gets_its_shape() -> None:
    assert shapes({"$ref": REF + "SilenceItem"}, SCHEMAS) == "Shape: `SilenceItem` {`duration`}."


def test_scalars_enums_and_free_form_objects_have_no_shape() -> None:
    for node in ({"type": "string"}, {"$ref": REF + "Direction"}, {"$ref": REF + "Free"}, {"type": "array"}):
        assert shapes(node, SCHEMAS) == ""
