"""SWML as the renderers see it: spec/swml.yaml read once into plain, checked data classes.

spec/swml.yaml is a JSON Schema (2020-12) document: its root is the SWML document, its `$defs` the named
parts, and `SWMLMethod` the `anyOf` of one `$def` per method, each an object of one required property (the
method's name) whose value is the method's params. `build` turns that into one `Method` per SWML method, with
its keyword params (the properties of its value, merged over the variants of a union) and the other forms its
value may take (`label: "start"`, `sleep: 500`), and into the validation tables (names prefixed `swml.`).
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DEFS_PREFIX = "#/$defs/"
TABLE_PREFIX = "swml."
"""Names of SWML schemas in the validation tables: `swml.Play`, beside the Calling API's `PlaySomething`."""
ROOT = "SWMLObject"
"""The validation-table name (after the prefix) of the whole document: the spec's root schema."""
METHODS = "SWMLMethod"


class SwmlSpecError(ValueError):
    """spec/swml.yaml breaks a rule the generated code relies on."""


@dataclass(frozen=True)
class Param:
    """One keyword param of a SWML method: a property of its value object (of any variant)."""

    name: str
    """As in SWML, e.g. `from`."""
    keyword: str
    """The function's keyword for it, e.g. `from_`."""
    schema: Mapping[str, Any]
    """Its JSON Schema as written (`$ref`s unresolved)."""
    required: bool
    """Required in every variant, and the value has no other form."""
    description: str
    deprecated: bool


@dataclass(frozen=True)
class Method:
    """One SWML method: `{<name>: <value>}` in a section."""

    name: str
    """As in SWML, e.g. `play`, `return`."""
    function: str
    """The Python function, e.g. `play`, `return_`."""
    schema: str
    """Its `$def`, e.g. `Play`: the whole `{play: ...}` object."""
    value: Mapping[str, Any]
    """The schema of its value, as written."""
    params: tuple[Param, ...]
    """Keyword params: the properties of its value object(s), in spec order; empty when it has none."""
    forms: tuple[Mapping[str, Any], ...]
    """The schemas of the other shapes its value may take (a string, a number, a list, any object)."""
    description: str

    @property
    def takes_object(self) -> bool:
        """The value can be an object of named params (even of none, as for `answer`)."""
        return bool(self.params) or not self.forms


@dataclass(frozen=True)
class SwmlSpec:
    """Everything the SWML renderers read."""

    root: Mapping[str, Any]
    """The document schema, without `$defs`."""
    defs: Mapping[str, Any]
    """`$defs` as written."""
    methods: tuple[Method, ...]
    """In the order of `SWMLMethod`."""
    validation_schemas: Mapping[str, Any]
    """`swml.<name>` -> each schema cut to the validation keywords (`swml.SWMLObject`: the document)."""


def load(path: Path) -> SwmlSpec:
    with path.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return build(document)


def build(document: Mapping[str, Any]) -> SwmlSpec:
    from generator.model import validation_schema
    from generator.spec_refs import SpecError

    defs: Mapping[str, Any] = document.get("$defs", {})
    if METHODS not in defs or "anyOf" not in defs[METHODS]:
        raise SwmlSpecError(f"$defs/{METHODS} must be the anyOf of the SWML methods")
    for ref in _references(document):
        _def_name(ref, defs)
    root = {key: value for key, value in document.items() if key not in ("$defs", "$schema")}
    methods = tuple(_method(_def_name(option.get("$ref", ""), defs), defs) for option in defs[METHODS]["anyOf"])
    names = [method.function for method in methods]
    if len(set(names)) != len(names):
        raise SwmlSpecError(
            f"two SWML methods have one function name: {sorted(n for n in names if names.count(n) > 1)}"
        )
    try:
        tables = {
            TABLE_PREFIX + name: _renamed(validation_schema(schema)) for name, schema in {ROOT: root, **defs}.items()
        }
    except SpecError as exc:
        raise SwmlSpecError(str(exc)) from exc
    return SwmlSpec(root=root, defs=defs, methods=methods, validation_schemas=tables)


def function_name(method: str) -> str:
    """The Python function of a SWML method: a Python keyword gets a trailing `_` (`return` -> `return_`)."""
    return method + "_" if keyword.iskeyword(method) else method


def _def_name(ref: str, defs: Mapping[str, Any]) -> str:
    if ref == "#":
        return ROOT
    name = ref.removeprefix(DEFS_PREFIX)
    if not ref.startswith(DEFS_PREFIX) or name not in defs:
        raise SwmlSpecError(f"{ref!r} names no schema in $defs")
    return name


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def _method(name: str, defs: Mapping[str, Any]) -> Method:
    schema = defs[name]
    properties = schema.get("properties", {})
    if schema.get("type") != "object" or len(properties) != 1 or schema.get("required") != list(properties):
        raise SwmlSpecError(f"$defs/{name}: a SWML method is an object of exactly one required property")
    ((method, value),) = properties.items()
    objects, forms = _shapes(value, defs)
    required = set.intersection(*(set(shape.get("required", ())) for shape in objects)) if objects else set()
    found: dict[str, Param] = {}
    for shape in objects:
        for param, prop in shape.get("properties", {}).items():
            if param not in found:
                found[param] = Param(
                    name=param,
                    keyword=function_name(param),
                    schema=prop,
                    required=param in required and not forms,
                    description=_one_line(prop.get("description")),
                    deprecated=bool(prop.get("deprecated")),
                )
    return Method(
        name=method,
        function=function_name(method),
        schema=name,
        value=value,
        params=tuple(found.values()),
        forms=tuple(forms),
        description=_one_line(value.get("description")),
    )


def _shapes(
    node: Mapping[str, Any], defs: Mapping[str, Any]
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """(the object schemas with named params, the other schemas) a method's value may be, through refs and unions."""
    target = node
    while "$ref" in target:
        target = defs[_def_name(target["$ref"], defs)]
    options = target.get("anyOf") or target.get("oneOf")
    if options is not None:
        objects: list[Mapping[str, Any]] = []
        forms: list[Mapping[str, Any]] = []
        for option in options:
            more_objects, more_forms = _shapes(option, defs)
            objects += more_objects
            forms += more_forms
        return objects, forms
    if target.get("type") == "object" and (target.get("properties") or target.get("additionalProperties") is False):
        return [target], []
    return [], [node]


def _renamed(node: Any) -> Any:
    """A validation schema with `#/$defs/X` references as table names (`swml.X`)."""
    if isinstance(node, list):
        return [_renamed(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: TABLE_PREFIX + (ROOT if value == "#" else value.removeprefix(DEFS_PREFIX))
        if key == "$ref"
        else _renamed(value)
        for key, value in node.items()
    }


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for key, value in node.items():
            if key not in ("enum", "const", "default"):
                yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)
