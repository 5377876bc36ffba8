"""`_cli_table.py`: per command, its subcommand names, help text and one option per param, for the
hand-written `signalwire_calling.cli`; the records (`Subcommand`, `Option`) are hand-written in `_cli_model`.

An option's kind says how the CLI reads the text it is given: a scalar by type, an enum as choices, JSON
for arrays and objects, and `text_or_json` for a field that is either a string or structured.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.model import Command, Spec
from generator.render.common import HEADER
from generator.spec_refs import REF_PREFIX

PATH = "signalwire_calling/_cli_table.py"


def option_kind(node: Mapping[str, Any], schemas: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
    """How the CLI reads a field: `str`, `int`, `float`, `bool`, `json` or `text_or_json`, and its choices."""
    if "$ref" in node:
        return option_kind(schemas[node["$ref"].removeprefix(REF_PREFIX)], schemas)
    values = [node["const"]] if "const" in node else node.get("enum")
    if values is not None:
        if all(isinstance(value, str) for value in values):
            return "str", tuple(values)
        return "json", ()
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        found = [option_kind(option, schemas) for option in options]
        kinds = {kind for kind, _ in found}
        if kinds == {"str"}:
            choices = tuple(dict.fromkeys(c for _, cs in found for c in cs))
            return "str", choices if all(cs for _, cs in found) else ()
        if len(kinds) == 1:
            return kinds.pop(), ()
        return ("text_or_json" if kinds == {"str", "json"} else "json"), ()
    kind = node.get("type")
    scalars = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
    return scalars.get(kind, "json") if isinstance(kind, str) else "json", ()


def _entry(c: Command, schemas: Mapping[str, Any]) -> str:
    options = []
    for field in c.fields:
        kind, choices = option_kind(field.schema, schemas)
        text = field.description
        if field.has_default:
            text += f" Server default: {json.dumps(field.default)}."
        options.append(
            f"Option({field.name!r}, {field.keyword!r}, {kind!r}, {field.required!r}, {choices!r}, {text!r})"
        )
    listed = "".join(f"\n            {option}," for option in options)
    return (
        f"    Subcommand(\n        {c.method!r}, {c.wire_name!r}, {c.takes_call_id!r},\n        {c.summary!r},\n"
        f"        {c.description!r},\n        ({listed}{chr(10) + '        ' if options else ''}),\n    ),"
    )


def render(spec: Spec) -> str:
    entries = "\n".join(_entry(c, spec.schemas) for c in spec.commands)
    return f'''"""The `signalwire-calling` CLI: one subcommand per command, one option per param. {HEADER}"""

from __future__ import annotations

from typing import Final

from ._cli_model import Option, Subcommand

# fmt: off
SUBCOMMANDS: Final[tuple[Subcommand, ...]] = (
{entries}
)
# fmt: on
'''
