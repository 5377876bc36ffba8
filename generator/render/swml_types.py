"""`swml_types.py`: a TypedDict for every object of spec/swml.yaml with known keys, a type alias for the rest.

The functions of `swml.py` are annotated with these (imported only by type checkers); users annotate plain
SWML dicts with them (`def menu() -> swml_types.SWMLMethod: ...`). Annotations are strings throughout (the
types refer to each other, recursively), so importing the module builds the classes without evaluating them.
"""

from __future__ import annotations

import keyword

from generator.model import Spec
from generator.render.common import HEADER
from generator.render.swml_annotate import BUILTIN_NAMES, Declaration, Field, SwmlTypes

PATH = "signalwire_calling/swml_types.py"


def render(spec: Spec) -> str:
    if spec.swml is None:
        return f'"""SWML types: this spec has no SWML spec. {HEADER}"""\n'
    types = SwmlTypes(spec.swml)
    declarations = types.declarations()
    taken = BUILTIN_NAMES | {declaration.name for declaration in declarations}
    body = "\n\n".join(_declaration(declaration, taken) for declaration in declarations)
    exported = ", ".join(repr(declaration.name) for declaration in sorted(declarations, key=lambda d: d.name))
    return f'''"""The types of SWML (spec/swml.yaml), a TypedDict per object with known keys. {HEADER}

Other schemas are type aliases. `SWMLObject` is a whole document, `SWMLMethod` any one instruction; `SWMLVar`
(a `%{{...}}` or `${{...}}` string) stands where a value may come from a variable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, NotRequired, TypeAlias

from typing_extensions import TypedDict

__all__ = [{exported}]


{body}
'''


def _declaration(declaration: Declaration, taken: frozenset[str] | set[str]) -> str:
    doc = _docstring(declaration.description)
    if declaration.fields is None:
        text = f"{declaration.name}: TypeAlias = {declaration.alias!r}"
        return text + (f"\n{doc}" if doc else "")
    fields = declaration.fields
    if all(_class_key(field.name, taken) for field in fields):
        lines = [f"class {declaration.name}(TypedDict):"] + ([f"    {doc}"] if doc else [] if fields else ["    pass"])
        for field in fields:
            lines.append(f"    {field.name}: {_field_type(field)}")
            text = _field_doc(field)
            if text:
                lines.append(f"    {_docstring(text)}")
        return "\n".join(lines) + "\n"
    items = ", ".join(f"{field.name!r}: {_field_type(field)!r}" for field in fields)
    text = f"{declaration.name} = TypedDict({declaration.name!r}, {{{items}}})"
    return text + (f"\n{doc}" if doc else "")


def _class_key(name: str, taken: frozenset[str] | set[str]) -> bool:
    """A key that can be a class-body field: an identifier, not a keyword, not the name of a type in use."""
    return name.isidentifier() and not keyword.iskeyword(name) and name not in taken


def _field_type(field: Field) -> str:
    return field.annotation if field.required else f"NotRequired[{field.annotation}]"


def _field_doc(field: Field) -> str:
    if field.deprecated:
        return f"Deprecated. {field.description}".strip()
    return field.description


def _docstring(text: str) -> str:
    if not text:
        return ""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{escaped}"""'
