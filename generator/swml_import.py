"""Carry the facts of SignalWire's SWML JSON Schema into spec/swml.yaml, keeping our own descriptions.

    python generator/swml_import.py tests/vendor/swml-calling-schema.json   # rewrite spec/swml.yaml
    python generator/swml_import.py VENDOR --check                          # fail if the facts differ

A maintainer's tool, not a step of `make generate` (which reads spec/swml.yaml only). The vendor file is
TypeSpec output under a licence that lets facts carry over but not prose, so `facts` keeps names, types, enums,
ranges, patterns, defaults, required fields and `deprecated`, and drops every `title`, `description` and
`examples`. It also translates the TypeSpec idioms into the keywords our validators implement
(`signalwire_calling._schema_rules.SUPPORTED_KEYWORDS`):

- `unevaluatedProperties` -> `additionalProperties`, with `{not: {}}` -> `false` and a schema that admits
  everything (`{}`, `{anyOf: [{}, {}]}`) left out. The two keywords mean the same on an object with no
  `$ref`/`anyOf`/`oneOf`/`allOf` beside them, which `facts` checks for every object it translates.
- A `$ref` to the document itself by its `$id` (`SWMLObject.json`, which is dropped) becomes `#`.
- `not` appears only as `{not: {}}` ("nothing else is allowed") under `unevaluatedProperties`; anywhere else the
  import fails, as it does for any keyword the validators do not implement.

The descriptions of spec/swml.yaml (ours) are kept where the same place still exists in the new facts, and the
places of methods and their params that have none are listed, for a person to write.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "swml.yaml"

HEADER = """\
# SWML for calls, as this project describes it: the source of `signalwire_calling.swml` and of the checks
# of inline SWML (`dial`/`update` `swml`, `dial` `to_script`, `transfer` `dest`, and webhook answers).
#
# - A JSON Schema (2020-12) document whose root is the SWML document; `$defs` holds every named part, with
#   the SWML methods as the `anyOf` of `SWMLMethod` (one `$def` per method: `{<method>: <its params>}`).
# - Facts (names, types, enums, ranges, patterns, defaults, required fields, `deprecated`) are those of
#   SignalWire's published schema (tests/vendor/swml-calling-schema.json), carried over by
#   `generator/swml_import.py`, which also turns TypeSpec's `unevaluatedProperties` into the
#   `additionalProperties` our validators implement. Descriptions are our own words; where there is none, the
#   name says enough or we had nothing useful to add.
# - To follow a new vendor schema: `python generator/swml_import.py <vendor file>` (it keeps the descriptions
#   below), write descriptions for what it lists as new, then `make generate` and `make test`.
"""

DROPPED = frozenset({"title", "description", "examples", "$id"})
"""Annotations that are the vendor's prose or tooling, not facts."""
APPLICATORS = frozenset({"$ref", "anyOf", "oneOf", "allOf"})


class TranslationError(ValueError):
    """The vendor schema uses something this translation does not know how to carry over faithfully."""


def facts(node: Any, where: str = "#", root_id: str | None = None) -> Any:
    """The vendor schema `node` with its prose dropped and its TypeSpec idioms translated (see the module doc)."""
    if root_id is None and isinstance(node, dict) and where == "#":
        root_id = node.get("$id", "")
    if isinstance(node, list):
        return [facts(item, f"{where}/{index}", root_id) for index, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    if "not" in node:
        raise TranslationError(f"{where}: `not` outside `unevaluatedProperties: {{not: {{}}}}` has no translation")
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in DROPPED:
            continue
        if key in ("properties", "$defs"):
            kept[key] = {name: facts(item, f"{where}/{key}/{name}", root_id) for name, item in value.items()}
        elif key == "$ref":
            kept[key] = "#" if value == root_id else value
        elif key in ("enum", "const", "default", "required"):
            kept[key] = value
        elif key == "unevaluatedProperties":
            if APPLICATORS.intersection(node):
                raise TranslationError(f"{where}: unevaluatedProperties beside {sorted(APPLICATORS & set(node))}")
            extra = _extra(value, f"{where}/{key}", root_id)
            if extra is not None:
                kept["additionalProperties"] = extra
        else:
            kept[key] = facts(value, f"{where}/{key}", root_id)
    return kept


def _extra(value: Any, where: str, root_id: str | None) -> Any:
    """The `additionalProperties` for an `unevaluatedProperties` value; None when it admits everything."""
    if value == {"not": {}}:
        return False
    if value == {} or value == {"anyOf": [{}, {}]}:
        return None
    return facts(value, where, root_id)


def descriptions(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """Every `(pointer, description)` in our spec, so that an import can put each back in its place."""
    if isinstance(node, dict):
        if isinstance(node.get("description"), str):
            yield where, node["description"]
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, item in value.items():
                    yield from descriptions(item, f"{where}/{key}/{name}")
            elif isinstance(value, (dict, list)) and key not in ("enum", "const", "default", "examples"):
                yield from descriptions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from descriptions(item, f"{where}/{index}")


def with_descriptions(node: Any, found: Mapping[str, str], where: str = "#") -> Any:
    """`node` with the description of each pointer in `found` put first in its place."""
    if isinstance(node, list):
        return [with_descriptions(item, found, f"{where}/{index}") for index, item in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {"description": found[where]} if where in found else {}
    for key, value in node.items():
        if key in ("properties", "$defs"):
            out[key] = {name: with_descriptions(item, found, f"{where}/{key}/{name}") for name, item in value.items()}
        elif key in ("enum", "const", "default"):
            out[key] = value
        else:
            out[key] = with_descriptions(value, found, f"{where}/{key}")
    return out


def undescribed(spec: Mapping[str, Any]) -> list[str]:
    """The methods, and the params of their value objects (through `$ref`s and unions), with no description of ours."""
    defs = spec["$defs"]
    missing: list[str] = []
    for option in defs["SWMLMethod"]["anyOf"]:
        name = option["$ref"].rsplit("/", 1)[-1]
        ((method, value),) = defs[name]["properties"].items()
        pointer = f"#/$defs/{name}/properties/{method}"
        if "description" not in value:
            missing.append(pointer)
        for where, shape in _objects(defs, value, pointer):
            missing.extend(
                f"{where}/properties/{param}"
                for param, schema in shape.get("properties", {}).items()
                if "description" not in schema and f"{where}/properties/{param}" not in missing
            )
    return missing


def _objects(defs: Mapping[str, Any], node: Mapping[str, Any], where: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The object schemas a method's value may be, with their pointers: itself, its `$ref`, its union's options."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        yield from _objects(defs, defs[name], f"#/$defs/{name}")
    for key in ("anyOf", "oneOf"):
        for index, option in enumerate(node.get(key, ())):
            yield from _objects(defs, option, f"{where}/{key}/{index}")
    if "properties" in node:
        yield where, node


def without_descriptions(node: Any) -> Any:
    """Our spec with our words taken out: what `facts` of the vendor schema must equal."""
    if isinstance(node, list):
        return [without_descriptions(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs"):
            out[key] = {name: without_descriptions(item) for name, item in value.items()}
        elif key != "description":
            out[key] = value if key in ("enum", "const", "default") else without_descriptions(value)
    return out


def dump(spec: Mapping[str, Any]) -> str:
    body = str(yaml.safe_dump(dict(spec), sort_keys=False, allow_unicode=True, width=110, default_flow_style=False))
    return HEADER + "\n" + body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendor", type=Path, help="SignalWire's SWMLObject.json")
    parser.add_argument("--check", action="store_true", help="fail if spec/swml.yaml holds other facts")
    args = parser.parse_args()
    vendor = json.loads(args.vendor.read_text(encoding="utf-8"))
    current = yaml.safe_load(SPEC.read_text(encoding="utf-8")) if SPEC.exists() else {}
    new = facts(vendor)
    if args.check:
        if without_descriptions(current) != new:
            print(f"{SPEC.relative_to(ROOT)} does not hold the facts of {args.vendor}", file=sys.stderr)
            return 1
        return 0
    merged = with_descriptions(new, dict(descriptions(current)))
    SPEC.write_text(dump(merged), encoding="utf-8")
    for pointer in undescribed(merged):
        print(f"no description: {pointer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
