"""SignalWire's SWML JSON Schema (tests/vendor/swml-calling-schema.json), as the oracle of the SWML tests.

Documents are judged with `jsonschema.Draft202012Validator` on the vendor file itself, never on spec/swml.yaml:
a test that agrees with it proves our check says what SignalWire publishes. `examples()` assembles the vendor's
property-level `examples` into objects of their schema (with the first example of each required sibling), so
each example is judged in its place.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, NamedTuple

import jsonschema
import referencing

from tests.support.vendor import fixture

PATH, SHARED_COPY = fixture("swml-calling-schema.json")


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator(target: str) -> jsonschema.Draft202012Validator:
    """A validator of the vendor document (`#`) or of one of its `$defs`, the document itself left whole."""
    document = copy.deepcopy(schema())
    if target == "#":
        return jsonschema.Draft202012Validator(document)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(
        document["$id"], referencing.Resource.from_contents(document)
    )
    wrapper = {"$schema": document["$schema"], "$ref": document["$id"] + target}
    return jsonschema.Draft202012Validator(wrapper, registry=registry)


def accepts(value: Any, target: str = "#") -> bool:
    """Whether the vendor schema accepts `value` as a whole document (`#`) or as `#/$defs/<name>`."""
    return _validator(target).is_valid(value)


def methods() -> dict[str, str]:
    """SWML method name -> its `$def` (`play` -> `Play`), in the vendor's order."""
    defs = schema()["$defs"]
    found: dict[str, str] = {}
    for option in defs["SWMLMethod"]["anyOf"]:
        name = option["$ref"].rsplit("/", 1)[-1]
        (method,) = defs[name]["properties"]
        found[method] = name
    return found


class Example(NamedTuple):
    """One vendor example in its place: `value` is an object of the schema at `target` holding it."""

    target: str
    """`#/$defs/<name>` the value is judged against."""
    where: str
    """The pointer of the example's property, for messages."""
    value: Any


def examples() -> Iterator[Example]:
    """Every property-level example of the vendor schema, put in an object of its `$def` (see module doc).

    An example of a property of an inline object (`Play.play.url`) is wrapped out to its `$def` through the
    property path, so `{play: {url: <example>}}` is judged against `#/$defs/Play`.
    """
    for name, definition in schema()["$defs"].items():
        yield from _examples_in(definition, f"#/$defs/{name}", f"#/$defs/{name}", [])


def _examples_in(node: Any, target: str, where: str, path: list[str]) -> Iterator[Example]:
    if not isinstance(node, Mapping):
        return
    properties: Mapping[str, Any] = node.get("properties", {})
    for prop, sub in properties.items():
        for example in sub.get("examples", []):
            value = {**_required(node), prop: example}
            yield Example(target, f"{where}/properties/{prop}", _wrap(path, value))
        if sub.get("type") == "object":
            yield from _examples_in(sub, target, f"{where}/properties/{prop}", [*path, prop])
    for key in ("anyOf", "oneOf"):
        for index, option in enumerate(node.get(key, [])):
            if isinstance(option, Mapping) and "properties" in option:
                yield from _examples_in(option, target, f"{where}/{key}/{index}", path)


def _required(node: Mapping[str, Any]) -> dict[str, Any]:
    """A value for each required property: its first example, else the smallest value its schema suggests."""
    properties = node.get("properties", {})
    found = {}
    for name in node.get("required", []):
        prop = properties.get(name, {})
        value = prop["examples"][0] if prop.get("examples") else _minimal(prop, depth=0)
        if value is not _NONE:
            found[name] = value
    return found


_NONE: Any = object()


def _minimal(node: Any, depth: int) -> Any:
    """A simple value of `node` (following `$ref`s and the first option of a union), or `_NONE` when none is
    obvious; the oracle judges the result like any other."""
    if not isinstance(node, Mapping) or depth > 8:
        return _NONE
    if "$ref" in node:
        target = node["$ref"]
        return _minimal(
            schema() if target == "SWMLObject.json" else schema()["$defs"][target.rsplit("/", 1)[-1]], depth + 1
        )
    for key in ("examples",):
        if node.get(key):
            return node[key][0]
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return node["enum"][0]
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            return _minimal(node[key][0], depth + 1)
    kind = node.get("type")
    if kind == "object":
        return _required(node) if depth < 8 else {}
    simple = {"string": "x", "boolean": True, "array": [], "null": None}
    if kind in simple:
        return simple[kind]
    if kind in ("integer", "number"):
        return node.get("minimum", 1)
    return _NONE


def _wrap(path: list[str], value: Any) -> Any:
    for prop in reversed(path):
        value = {prop: value}
    return value
