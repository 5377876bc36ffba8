"""The Python annotation of a request field, shared by the method and handle signatures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.spec_refs import REF_PREFIX


class Annotator:
    """Annotations for request fields: for objects, both the attrs model and the TypedDict are accepted.

    Names are qualified as the emitted modules import them: `models.X`, `typed_dicts.X`, `swml.Document`, `Literal`,
    `Sequence`, `Mapping`, `Any`, `UUID`.
    """

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas

    def __call__(self, node: Mapping[str, Any]) -> str:
        return " | ".join(dict.fromkeys(self.parts(node)))

    def parts(self, node: Mapping[str, Any]) -> list[str]:
        if "$ref" in node:
            name = node["$ref"].removeprefix(REF_PREFIX)
            target = self.schemas[name]
            if "enum" in target:
                return [f"models.{name}"]
            if "anyOf" in target or "oneOf" in target:
                return self.parts(target)
            if "x-signalwire-swml" in target:  # inline SWML: the typed builder's document too
                return ["swml.Document", f"models.{name}", f"typed_dicts.{name}"]
            return [f"models.{name}", f"typed_dicts.{name}"]
        if "const" in node:
            return [f"Literal[{node['const']!r}]"]
        if "enum" in node:
            return [f"Literal[{', '.join(repr(v) for v in node['enum'])}]"]
        for key in ("anyOf", "oneOf"):
            if key in node:
                return [part for option in node[key] for part in self.parts(option)]
        kind = node.get("type")
        if kind == "string":
            return ["str | UUID"] if node.get("format") == "uuid" else ["str"]
        if kind in ("integer", "number", "boolean"):
            return [{"integer": "int", "number": "float", "boolean": "bool"}[kind]]
        if kind == "array":
            return [f"Sequence[{self(node.get('items', {}))}]"]
        if kind == "object":
            extra = node.get("additionalProperties", True)
            value = self(extra) if isinstance(extra, dict) and extra else "Any"
            return [f"Mapping[str, {value}]"]
        return ["Any"]
