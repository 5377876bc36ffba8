"""The compiled yes/no check (`_conformance`) and the explaining validator agree on every value.

`validate()` answers from the compiled check and only walks the schema tables when it says no, so a value
the compiled check wrongly accepted would be sent unchecked. Values are drawn near each schema (right and
wrong types, bounds, enum members and strangers, missing and extra keys) and from arbitrary JSON.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signalwire_calling._conformance import conforms
from signalwire_calling._spec import COMMANDS, SCHEMAS
from signalwire_calling._validation import explain, validate
from tests.support.vendor_contract import examples

JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.just("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`good` nine times in ten, so that deep values are reached with their parents intact."""
    return st.integers(0, 9).flatmap(lambda n: bad if n == 9 else good)


def near(node: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that mostly fit `node`, sometimes by a little, sometimes not at all."""
    if depth > 6:
        return ANY_JSON
    if "$ref" in node:
        return st.deferred(lambda: near(SCHEMAS[node["$ref"]], depth + 1))
    wrong = ANY_JSON
    options = node.get("oneOf") or node.get("anyOf")
    if options:
        return mostly(st.one_of(*(near(option, depth + 1) for option in options)), wrong)
    if "const" in node:
        return mostly(st.just(node["const"]), wrong)
    if "enum" in node:
        return mostly(st.sampled_from(node["enum"]), wrong)
    kind = node.get("type")
    if isinstance(kind, list):
        return st.one_of(*(near({**node, "type": k}, depth + 1) for k in kind))
    if kind == "string":
        sizes = [node.get("minLength", 0), node.get("maxLength", 12)]
        text = st.text(min_size=max(0, min(sizes) - 1), max_size=max(sizes) + 1)
        if node.get("format") == "uuid":
            return mostly(st.uuids().map(str), st.just("3FA85F64-5717-4562-B3FC-2C963F66AFA6") | text)
        if "pattern" in node:
            return mostly(st.from_regex(node["pattern"], fullmatch=True), text)
        return mostly(text, JSON_SCALARS)
    if kind in ("integer", "number"):
        edges = [node.get(key) for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")]
        points = [v + d for v in edges if v is not None for d in (-1, -0.5, 0, 0.5, 1)]
        numbers = st.sampled_from([*points, 2.0, math.inf]) | st.integers(-1000, 1000) | st.floats(-1e3, 1e3)
        return mostly(numbers, wrong)
    if kind == "array":
        items = near(node["items"], depth + 1) if node.get("items") else ANY_JSON
        return mostly(st.lists(items, max_size=node.get("maxItems", 3) + 1), wrong)
    if kind == "object" or "properties" in node:
        properties = {name: near(prop, depth + 1) for name, prop in node.get("properties", {}).items()}
        required = [name for name in node.get("required", ()) if name in properties]
        shaped = st.fixed_dictionaries(
            {name: properties[name] for name in required},
            optional={name: s for name, s in properties.items() if name not in required},
        )
        extra = st.fixed_dictionaries({}, optional={"zz_extra": ANY_JSON})
        return mostly(st.tuples(shaped, mostly(st.just({}), extra)).map(lambda pair: pair[0] | pair[1]), wrong)
    return ANY_JSON


def agree(value: Any, schema: str) -> None:
    assert conforms(value, schema) == (explain(value, schema) == []), (schema, value)


SCHEMA_NAMES = sorted(
    {info.request_schema for info in COMMANDS.values()} | {"CallRequest", "CallLeg", "FabricDeviceLeg"}
)


@pytest.mark.parametrize("schema", SCHEMA_NAMES)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_compiled_check_agrees_with_the_explaining_validator(schema: str, data: st.DataObject) -> None:
    agree(data.draw(near({"$ref": schema}), label="value"), schema)


@pytest.mark.parametrize("command", sorted(examples()))
def test_both_accept_every_vendor_example(command: str) -> None:
    example = examples()[command]
    assert conforms(example, "CallRequest")
    assert conforms(example, COMMANDS[command].request_schema)
    assert validate(example, "CallRequest") == []


@given(value=ANY_JSON)
@settings(max_examples=200, deadline=None)
def test_agreement_on_arbitrary_json(value: Any) -> None:
    agree(value, "CallRequest")
    agree(value, "CallLeg")


SWML_SCHEMAS = ["swml.SWMLObject", "swml.Play", "swml.Prompt", "swml.Connect", "swml.AI", "swml.Sleep", "swml.DataMap"]


@pytest.mark.parametrize("schema", SWML_SCHEMAS)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_two_agree_on_swml_too(schema: str, data: st.DataObject) -> None:
    agree(data.draw(near({"$ref": schema}), label="value"), schema)


@pytest.mark.parametrize(
    ("schema", "accepted", "refused"),
    [
        # Keywords beside `$ref`, `anyOf` or `oneOf` apply as well (JSON Schema 2020-12), as SWML's schema uses them.
        ({"anyOf": [{"type": "integer"}, {"type": "string"}], "minimum": 1}, [1, 5, "x", 0.0 + 2], [0, -3]),
        ({"anyOf": [{"type": "string"}, {"type": "array"}], "maxItems": 1}, ["abc", [], [1]], [[1, 2]]),
        ({"$ref": "test.Object", "minProperties": 1}, [{"a": 1}], [{}]),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}], "pattern": "^a"}, ["ab", 3], ["ba"]),
        ({"type": "object", "minProperties": 2}, [{"a": 1, "b": 2}], [{"a": 1}, {}]),
    ],
)
def test_keywords_beside_applicators_and_min_properties(
    monkeypatch: pytest.MonkeyPatch, schema: dict[str, Any], accepted: list[Any], refused: list[Any]
) -> None:
    name = f"test.{sorted(schema)}.{schema!r}"
    monkeypatch.setitem(SCHEMAS, "test.Object", {"type": "object"})
    monkeypatch.setitem(SCHEMAS, name, schema)
    for value in accepted:
        assert conforms(value, name), value
        assert explain(value, name) == [], value
    for value in refused:
        assert not conforms(value, name), value
        assert explain(value, name) != [], value
