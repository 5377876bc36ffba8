"""The Python types of spec/swml.yaml: one name per `$def` and per inline object, and each schema's annotation.

`SwmlTypes(swml)` names everything once (a `$def` keeps its name in CamelCase; an inline object with params is
named after where it sits: `GotoParams` for the value of `goto`, `AIParamsFoo` for property `foo` of `AIParams`)
and answers `annotation(node)` for any schema of the spec, so the TypedDicts of `swml_types.py` and the
signatures of `swml.py` agree. What a schema leaves open stays open (`Any`, `Mapping[str, Any]`); a SWML
variable (`SWMLVar`, a `%{...}` string) is a `str`.
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator import swml_model

BUILTIN_NAMES = frozenset(
    {"str", "int", "float", "bool", "None", "Any", "Sequence", "Mapping", "Literal", "NotRequired", "TypedDict"}
)


@dataclass(frozen=True)
class Field:
    name: str
    annotation: str
    required: bool
    description: str
    deprecated: bool


@dataclass(frozen=True)
class Declaration:
    """One type of `swml_types.py`: a TypedDict (`fields` is not None) or a type alias (`alias`)."""

    name: str
    description: str
    fields: tuple[Field, ...] | None = None
    alias: str = ""


def camel(name: str) -> str:
    """`play_url` -> `PlayUrl`, `SWAIG` -> `SWAIG`, `speakingRate` -> `SpeakingRate`."""
    parts = [part for part in name.replace("-", "_").split("_") if part]
    return "".join(part[0].upper() + part[1:] for part in parts) or "Value"


class SwmlTypes:
    """The names and annotations of every type of a SWML spec (see the module docstring)."""

    def __init__(self, swml: swml_model.SwmlSpec) -> None:
        self.swml = swml
        defs = {swml_model.ROOT: swml.root, **swml.defs}
        self.names: dict[str, str] = {}
        """`$def` (and `SWMLObject`, the document) -> its type's name."""
        self._inline: dict[int, str] = {}
        """`id()` of an inline object schema -> its TypedDict's name (the spec's nodes live as long as this)."""
        for name in defs:
            self.names[name] = self._unique(name if name.isidentifier() and name[0].isupper() else camel(name))
        self._method_values = {id(m.value): f"{self.names[m.schema]}Params" for m in swml.methods}
        """A method's value object is named `<Method>Params` (`GotoParams`), wherever it is met first."""
        self._declared: dict[str, Declaration] = {}
        self._pending: list[tuple[str, Mapping[str, Any]]] = [(self.names[n], s) for n, s in defs.items()]
        while self._pending:
            name, schema = self._pending.pop(0)
            self._declare(name, schema)

    # -- naming --------------------------------------------------------------------------------------------------

    def _unique(self, wanted: str) -> str:
        taken = {*self.names.values(), *self._inline.values()}
        name, number = wanted, 2
        while name in taken or name in BUILTIN_NAMES or keyword.iskeyword(name):
            name, number = f"{wanted}{number}", number + 1
        return name

    def declarations(self) -> list[Declaration]:
        """Every type, `$def`s first in spec order, then the inline objects in the order they were met."""
        return list(self._declared.values())

    # -- annotations ---------------------------------------------------------------------------------------------

    def annotation(self, node: Any, hint: str = "Value", prefix: str = "") -> str:
        """The Python annotation of schema `node`; names of this spec's types get `prefix` (e.g. `swml_types.`)."""
        return " | ".join(dict.fromkeys(self._parts(node, hint, prefix)))

    def _parts(self, node: Any, hint: str, prefix: str) -> list[str]:
        if not isinstance(node, Mapping) or not node:
            return ["Any"]
        if "$ref" in node:
            target = "#" if node["$ref"] == "#" else node["$ref"].removeprefix(swml_model.DEFS_PREFIX)
            return [prefix + self.names[swml_model.ROOT if target == "#" else target]]
        if "const" in node:
            return [f"Literal[{node['const']!r}]"]
        if "enum" in node:
            return [f"Literal[{', '.join(repr(value) for value in node['enum'])}]"]
        for key in ("anyOf", "oneOf"):
            if key in node:
                numbered = sum(1 for option in node[key] if self._is_typed(option)) > 1
                parts = [
                    part
                    for index, option in enumerate(node[key])
                    for part in self._parts(option, f"{hint}{index + 1}" if numbered else hint, prefix)
                ]
                return ["Any"] if "Any" in parts else parts
        kind = node.get("type")
        if isinstance(kind, list):
            return [part for one in kind for part in self._parts({**node, "type": one}, hint, prefix)]
        if kind in ("string", "integer", "number", "boolean", "null"):
            return [{"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}[kind]]
        if kind == "array":
            return [f"Sequence[{self.annotation(node.get('items'), hint + 'Item', prefix)}]"]
        if kind == "object" or "properties" in node:
            if self._is_typed(node):
                return [prefix + self._inline_name(node, hint)]
            extra = node.get("additionalProperties", True)
            value = self.annotation(extra, hint + "Value", prefix) if isinstance(extra, Mapping) and extra else "Any"
            return [f"Mapping[str, {value}]"]
        return ["Any"]

    @staticmethod
    def _is_typed(node: Any) -> bool:
        """An object whose keys are known: it gets a TypedDict."""
        return (
            isinstance(node, Mapping)
            and "$ref" not in node
            and node.get("type", "object") == "object"
            and (bool(node.get("properties")) or node.get("additionalProperties") is False)
        )

    def _inline_name(self, node: Mapping[str, Any], hint: str) -> str:
        found = self._inline.get(id(node))
        if found is None:
            found = self._unique(self._method_values.get(id(node), hint))
            self._inline[id(node)] = found
            self._pending.append((found, node))
        return found

    # -- declarations --------------------------------------------------------------------------------------------

    def _declare(self, name: str, schema: Mapping[str, Any]) -> None:
        if name in self._declared:
            return
        description = " ".join(str(schema.get("description", "")).split())
        if self._is_typed(schema):
            self._inline.setdefault(id(schema), name)
            required = set(schema.get("required", ()))
            fields = tuple(
                Field(
                    name=key,
                    annotation=self.annotation(prop, self._method_values.get(id(prop), name + camel(key))),
                    required=key in required,
                    description=" ".join(str(prop.get("description", "")).split()),
                    deprecated=bool(prop.get("deprecated")),
                )
                for key, prop in schema.get("properties", {}).items()
            )
            self._declared[name] = Declaration(name, description, fields=fields)
        else:
            self._declared[name] = Declaration(name, description, alias=self.annotation(schema, name))
