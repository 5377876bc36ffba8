"""generator/swml_model.py and the SWML renderers, on a small SWML spec (fixture_swml.yaml)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import model, swml_model
from generator.render import schemas_module, swml_module, swml_schemas, swml_types
from tests.support.generator import document, run_module

SWML = yaml.safe_load(Path(__file__).with_name("fixture_swml.yaml").read_text(encoding="utf-8"))


def spec_with_swml() -> model.Spec:
    calling = document()
    calling["components"]["schemas"]["Swml"] = {"type": "object", "x-signalwire-swml": "fixture_swml.yaml"}
    return model.build(calling, swml_model.build(SWML))


def test_the_model_reads_one_method_per_option_of_swml_method() -> None:
    swml = swml_model.build(SWML)
    methods = {method.name: method for method in swml.methods}
    assert list(methods) == ["answer", "play", "label", "sleep", "return", "connect"]
    assert methods["return"].function == "return_"
    assert [(p.keyword, p.required) for p in methods["play"].params] == [
        ("url", False),
        ("volume", False),
        ("urls", False),
    ]
    assert methods["play"].params[1].deprecated
    assert [(p.keyword, p.required) for p in methods["connect"].params] == [
        ("from_", False), ("to", True), ("headers", False), ("meta", False),
    ]  # fmt: skip
    assert methods["label"].params == ()
    assert methods["label"].forms == ({"type": "string"},)
    assert [p.keyword for p in methods["sleep"].params] == ["duration"]
    assert methods["sleep"].forms == ({"type": "integer"},)
    assert not methods["sleep"].params[0].required  # the value may be a plain integer instead
    assert methods["answer"].description == "Answer the call."


def test_the_validation_tables_are_named_under_swml() -> None:
    tables = swml_model.build(SWML).validation_schemas
    assert list(tables)[:3] == ["swml.SWMLObject", "swml.Section", "swml.SWMLMethod"]
    assert tables["swml.SWMLObject"]["properties"]["sections"] == {"$ref": "swml.Section"}
    assert tables["swml.Answer"]["properties"]["answer"]["properties"]["max_duration"] == {
        "anyOf": [{"type": "integer"}, {"$ref": "swml.SWMLVar"}],
        "minimum": 1,
    }
    assert "deprecated" not in tables["swml.PlayOne"]["properties"]["volume"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["$defs"].pop("SWMLMethod"), "SWMLMethod must be the anyOf"),
        (lambda d: d["$defs"]["Label"]["properties"].update(extra={"type": "string"}), "exactly one required"),
        (lambda d: d["$defs"]["Play"]["properties"]["play"]["oneOf"].append({"$ref": "#/$defs/Nope"}), "names no"),
        (lambda d: d["$defs"]["PlayOne"].update(unevaluatedProperties=False), "does not implement"),
    ],
)
def test_a_broken_swml_spec_is_refused(change: Any, problem: str) -> None:
    broken = yaml.safe_load(yaml.safe_dump(SWML))
    change(broken)
    with pytest.raises(swml_model.SwmlSpecError, match=problem):
        swml_model.build(broken)


def test_the_calling_spec_checks_inline_swml_as_the_swml_document() -> None:
    spec = spec_with_swml()
    assert spec.swml_schema == "Swml"
    assert spec.validation_schemas["Swml"] == {"$ref": "swml.SWMLObject"}
    with pytest.raises(model.SpecError, match="x-signalwire-swml"):
        model.build(document(), swml_model.build(SWML))  # a SWML spec nothing points at


def test_the_tables_render_as_literals_and_load_lazily() -> None:
    spec = spec_with_swml()
    swml_tables = run_module(swml_schemas.render(spec), "_fixture_swml_schemas")["SCHEMAS"]
    assert swml_tables == spec.swml.validation_schemas if spec.swml else False
    source = schemas_module.render(spec)
    assert "SchemaTable(" in source
    assert "'swml.': '._swml_schemas'" in source


def test_the_types_module_declares_a_typed_dict_per_object(scratch_package: Any) -> None:
    namespace = run_module(swml_types.render(spec_with_swml()), "swml_types", scratch_package.__name__)
    # Annotations stay strings at run time (the types refer to each other); type checkers read them.
    annotations = {name: namespace[name].__annotations__ for name in ("AnswerParams", "ConnectParams")}
    assert {k: getattr(v, "__forward_arg__", v) for k, v in annotations["AnswerParams"].items()} == {
        "max_duration": "NotRequired[int | SWMLVar]"
    }
    connect = {k: getattr(v, "__forward_arg__", v) for k, v in annotations["ConnectParams"].items()}
    assert connect["to"] == "str"  # `from` is a keyword: the functional form
    assert connect["headers"] == "NotRequired[Sequence[ConnectParamsHeadersItem]]"
    assert connect["meta"] == "NotRequired[Mapping[str, Any]]"
    assert namespace["SWMLMethod"] == "Answer | Play | Label | Sleep | Return | Connect"
    assert namespace["SWMLVar"] == "str"


def test_the_functions_take_params_as_keywords_and_values_positionally() -> None:
    source = swml_module.render(spec_with_swml())
    namespace = run_module(source, "_fixture_swml")
    play, sleep, label, return_ = (namespace[name] for name in ("play", "sleep", "label", "return_"))
    assert play(url="say:Hi") == {"play": {"url": "say:Hi"}}
    assert play(urls=["a", "b"], url=None) == {"play": {"urls": ["a", "b"]}}
    assert sleep(5) == {"sleep": 5}
    assert sleep(duration=5) == {"sleep": {"duration": 5}}
    assert label("top") == {"label": "top"}
    assert return_(None) == {"return": None}
    assert namespace["connect"](from_="+1", to="+2") == {"connect": {"from": "+1", "to": "+2"}}
    signature = inspect.signature(namespace["connect"])
    assert [p.kind for p in signature.parameters.values()] == [inspect.Parameter.KEYWORD_ONLY] * 4
    assert signature.parameters["to"].default is inspect.Parameter.empty
    assert "Deprecated." in (play.__doc__ or "")
    assert "max_duration: Longest call, in seconds." in (namespace["answer"].__doc__ or "")
    assert "-> swml_types.Connect:" in source
