"""The vendored contract and SWML schema are the ones SignalWire publishes, byte for byte; spec/swml.yaml holds
the SWML schema's facts in our words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import swml_import
from tests.support import vendor_contract, vendor_swml

ROOT = Path(__file__).resolve().parents[2]


def test_fixture_is_byte_identical_to_the_shared_reference() -> None:
    if not vendor_contract.SHARED_COPY.exists():
        pytest.skip(f"no shared reference copy at {vendor_contract.SHARED_COPY} to compare with")
    assert vendor_contract.PATH.read_bytes() == vendor_contract.SHARED_COPY.read_bytes()


def test_fixture_holds_one_example_per_command() -> None:
    examples = vendor_contract.examples()
    assert len(examples) == 42
    assert all(example["command"] == name for name, example in examples.items())


def test_the_swml_schema_is_byte_identical_to_the_shared_reference() -> None:
    if not vendor_swml.SHARED_COPY.exists():
        pytest.skip(f"no shared reference copy at {vendor_swml.SHARED_COPY} to compare with")
    assert vendor_swml.PATH.read_bytes() == vendor_swml.SHARED_COPY.read_bytes()


def test_spec_swml_holds_the_facts_of_the_vendor_schema() -> None:
    """spec/swml.yaml less our descriptions is the vendor schema less its prose, TypeSpec idioms translated."""
    spec = yaml.safe_load((ROOT / "spec" / "swml.yaml").read_text(encoding="utf-8"))
    assert swml_import.without_descriptions(spec) == swml_import.facts(vendor_swml.schema())


def test_spec_swml_describes_every_method_and_param_in_our_words() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "swml.yaml").read_text(encoding="utf-8"))
    assert swml_import.undescribed(spec) == []
    vendor = dict(swml_import.descriptions(vendor_swml.schema()))
    ours = dict(swml_import.descriptions(spec))
    copied = [where for where, text in ours.items() if len(text) > 40 and text == vendor.get(where)]
    assert copied == []  # the vendor's prose is CC BY-NC-SA: none of it is ours to ship


def test_the_translation_refuses_what_it_cannot_carry_over() -> None:
    with pytest.raises(swml_import.TranslationError, match="unevaluatedProperties beside"):
        swml_import.facts({"anyOf": [{"type": "object"}], "unevaluatedProperties": {"not": {}}})
    with pytest.raises(swml_import.TranslationError, match="`not`"):
        swml_import.facts({"type": "object", "properties": {"a": {"not": {"type": "string"}}}})
    translated = swml_import.facts(
        {"$id": "Doc.json", "title": "t", "type": "object", "description": "prose", "examples": [{}],
         "properties": {"self": {"$ref": "Doc.json"}, "any": {"type": "object", "unevaluatedProperties": {}}},
         "unevaluatedProperties": {"not": {}}}
    )  # fmt: skip
    assert translated == {
        "type": "object",
        "properties": {"self": {"$ref": "#"}, "any": {"type": "object"}},
        "additionalProperties": False,
    }
