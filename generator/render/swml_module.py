"""`swml.py`: `signalwire_calling.swml`, one typed function per SWML method plus the hand-written `Document`.

Each function takes the method's params as keywords (a union's variants merged; the check sorts out which
combination is valid), or, for a method whose value is not an object of params (`label`, `cond`, `set`,
`return`, ...), that value positionally, and answers the `{<method>: ...}` dict. Imported on first use, not
with the package.
"""

from __future__ import annotations

import textwrap

from generator import swml_model
from generator.model import Spec
from generator.render.common import HEADER
from generator.render.swml_annotate import SwmlTypes, camel

PATH = "signalwire_calling/swml.py"
TYPES = "swml_types."


def render(spec: Spec) -> str:
    if spec.swml is None:
        return f'"""SWML: this spec has no SWML spec. {HEADER}"""\n'
    types = SwmlTypes(spec.swml)
    functions = "\n\n".join(_function(method, types) for method in spec.swml.methods)
    names = sorted(["Document", "InvalidSWMLError", "check", "issues", *(m.function for m in spec.swml.methods)])
    exported = ", ".join(repr(name) for name in names)
    return f'''"""Typed SWML: one function per SWML method, and `Document` to put them in sections. {HEADER}

    from signalwire_calling import swml

    doc = swml.Document().main(
        swml.answer(),
        swml.prompt(play="say:Press 1 for sales, 2 for support.", max_digits=1),
        swml.switch(variable="prompt_value", case={{"1": [swml.transfer(dest="sales")]}}, default=[swml.hangup()]),
    )
    client.calling.dial(from_="+15551230000", to="+15557654321", swml=doc)   # checked with the request
    body = doc.to_json()                                                     # a webhook's answer, checked

Each function answers the plain `{{<method>: <params>}}` dict (a TypedDict of `swml_types`); a param left as
None is not written. mypy rejects a method or param that SWML does not have; `check` (and `Document.check`,
`to_json`, and every request that carries SWML) rejects what types cannot say: a missing required param, a
value out of range or not in an enum, params of two variants mixed, naming the path
(`sections.main[1].prompt.max_digits`). Plain dicts of the same shape work everywhere a function's result does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast

from ._swml import Document, InvalidSWMLError, check, issues
from ._swml import method as _method

if TYPE_CHECKING:
    from . import swml_types

__all__ = [{exported}]


{functions}
'''


def _function(method: swml_model.Method, types: SwmlTypes) -> str:
    value_type = types.names[method.schema]
    object_name = _object_name(method, types)
    arguments: list[str] = []
    if method.forms and any(param.keyword == "value" for param in method.params):
        raise ValueError(f"SWML method {method.name}: a param named `value` clashes with its positional value")
    if method.forms:
        form = " | ".join(
            dict.fromkeys(types.annotation(schema, f"{value_type}Value", TYPES) for schema in method.forms)
        )
        arguments.append(f"value: {form} | None = None, /" if method.params else f"value: {form}, /")
    if method.params:
        arguments.append("*")
        for param in method.params:
            annotation = types.annotation(param.schema, object_name + camel(param.name), TYPES)
            arguments.append(
                f"{param.keyword}: {annotation}" if param.required else f"{param.keyword}: {annotation} | None = None"
            )
    signature = ", ".join(arguments)
    if method.takes_object:
        params = ", ".join(f"{param.name!r}: {param.keyword}" for param in method.params)
        call = (
            f"_method({method.name!r}, {{{params}}}, value)"
            if method.forms
            else f"_method({method.name!r}, {{{params}}})"
        )
    else:
        call = f"_method({method.name!r}, None, value)"
    doc = _docstring(method)
    return f"""def {method.function}({signature}) -> swml_types.{value_type}:
    {doc}
    return _cast("swml_types.{value_type}", {call})
"""


def _object_name(method: swml_model.Method, types: SwmlTypes) -> str:
    """The name the value object's own properties are named under (its TypedDict's name)."""
    target = method.value
    if "$ref" in target:
        return types.names[target["$ref"].removeprefix(swml_model.DEFS_PREFIX)]
    return f"{types.names[method.schema]}Params"


def _docstring(method: swml_model.Method) -> str:
    summary = method.description or f"The `{method.name}` method."
    key = f'"{method.name}"'
    lines = [*textwrap.wrap(summary, width=112), "", f"Answers `{{{key}: {{...}}}}`."]
    if method.forms:
        lines[-1] = f"Answers `{{{key}: value}}`" + (
            f", or `{{{key}: {{...}}}}` with the named params." if method.params else "."
        )
    described = [param for param in method.params if param.description or param.deprecated]
    if described:
        lines += ["", "Args:"]
        for param in described:
            text = ("Deprecated. " if param.deprecated else "") + param.description
            if param.required:
                text = "Required. " + text
            wrapped = textwrap.wrap(
                f"{param.keyword}: {text}", width=108, initial_indent="    ", subsequent_indent="        "
            )
            lines += wrapped
    body = "\n".join(f"    {line}" if line else "" for line in lines).lstrip()
    escaped = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{escaped}\n    """'
