"""How spec/calling.yaml's schemas name each other: `$ref`s, what they reach, and the error of a broken spec."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REF_PREFIX = "#/components/schemas/"


class SpecError(ValueError):
    """The spec breaks a rule the generated code relies on."""


def schema_name(ref: str, schemas: Mapping[str, Any]) -> str:
    """The schema a `$ref` names; `SpecError` when it names none."""
    name = ref.removeprefix(REF_PREFIX)
    if name not in schemas:
        raise SpecError(f"{ref!r} names no schema in components/schemas")
    return name


def reachable(schemas: Mapping[str, Any], roots: set[str]) -> set[str]:
    """`roots` and every schema they reference, transitively."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending.extend(schema_name(ref, schemas) for ref in references(schemas[name]))
    return found


def references(node: Any) -> list[str]:
    """Every `$ref` in a node of the document, in order."""
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in references(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in references(item)]
    return []
