"""The shapes of nested params, in words: which models (and TypedDicts) an array's items or an object take.

Shared by the method docstrings (`calling.py`, so `help()` shows them) and the command index (`readme.py`).
A shape names its model and its fields, required ones marked `*`, a `const` with its value, and one more level
of nesting for fields that are objects themselves; deeper models are named only (`help(models.X)` has them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.spec_refs import REF_PREFIX

__all__ = ["shapes"]

_DEPTH = 2
"""Levels of models whose fields are listed; below that a model is only named."""


def shapes(node: Mapping[str, Any], schemas: Mapping[str, Any]) -> str:
    """`Items: …` or `Shape: …` for a field that holds models, else "" (scalars, enums, free-form values)."""
    if node.get("type") == "array":
        found = _models(node.get("items", {}), schemas)
        return f"Items: {_one_of(found, schemas, _DEPTH)}." if found else ""
    found = _models(node, schemas)
    return f"Shape: {_one_of(found, schemas, _DEPTH)}." if found else ""


def _models(node: Mapping[str, Any], schemas: Mapping[str, Any]) -> list[str]:
    """The object models `node` accepts (through `$ref`s and unions), in the spec's order."""
    if "$ref" in node:
        name = node["$ref"].removeprefix(REF_PREFIX)
        target = schemas[name]
        if "oneOf" in target or "anyOf" in target:
            return _models(target, schemas)
        return [name] if target.get("type") == "object" and target.get("properties") else []
    options = node.get("oneOf") or node.get("anyOf") or []
    return list(dict.fromkeys(name for option in options for name in _models(option, schemas)))


def _one_of(names: list[str], schemas: Mapping[str, Any], depth: int) -> str:
    described = [_model(name, schemas, depth) for name in names]
    return described[0] if len(described) == 1 else "one of " + "; ".join(described)


def _model(name: str, schemas: Mapping[str, Any], depth: int) -> str:
    if depth <= 0:
        return f"`{name}`"
    schema = schemas[name]
    required = set(schema.get("required", ()))
    fields = [_field(key, prop, key in required, schemas, depth) for key, prop in schema["properties"].items()]
    return f"`{name}` {{{', '.join(fields)}}}"


def _field(key: str, prop: Mapping[str, Any], required: bool, schemas: Mapping[str, Any], depth: int) -> str:
    text = f"`{key}`" + ("*" if required else "")
    if "const" in prop:
        return f"{text}={prop['const']!r}"
    inner = prop.get("items", {}) if prop.get("type") == "array" else prop
    nested = _models(inner, schemas)
    if not nested:
        return text
    shown = _one_of(nested, schemas, depth - 1)
    return f"{text}: [{shown}]" if prop.get("type") == "array" else f"{text}: {shown}"
