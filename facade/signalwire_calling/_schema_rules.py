"""The JSON Schema rules both validators apply: one home for what a keyword, a type or a format means.

`_validation` (which explains what is wrong) and `_conformance` (the compiled yes/no check) both build on
what is here, so the two cannot drift apart on a primitive: the keywords and formats supported, what counts
as each JSON type, the UUID form, the finite-number rule and how a spec `pattern` is read. For the compiled
check the rules come as ready closures or as factories run once per schema, never as an extra call per value.

Standard library only, and no imports from the package: generator/ can load this file by its path to reject
a spec that uses a keyword or format the validators do not implement.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Final

__all__ = [
    "APPLICATORS",
    "CHECKED_FORMATS",
    "DOCUMENTATION_FORMATS",
    "JSON_TYPE_NAMES",
    "SUPPORTED_FORMATS",
    "SUPPORTED_KEYWORDS",
    "TYPE_TESTS",
    "UNSUPPORTED_KEYWORDS",
    "UUID",
    "Check",
    "beside_applicators",
    "bounds_check",
    "compile_pattern",
    "is_finite_number",
    "numeric_check",
]

Check = Callable[[Any], bool]
"""A compiled yes/no test of one value."""

SUPPORTED_KEYWORDS: Final = frozenset(
    {
        "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
        "maxLength", "pattern", "format", "required", "properties", "additionalProperties", "items", "minItems",
        "maxItems", "minProperties", "maxProperties", "anyOf", "oneOf", "discriminator", "$ref",
    }
)  # fmt: skip
"""The keywords both validators implement: the validation tables keep these and drop the rest (descriptions,
examples, titles and other annotations). As in JSON Schema 2020-12, keywords beside `$ref`, `anyOf` or `oneOf`
apply too (`{"anyOf": [...], "minimum": 1}` is the union and the bound); `APPLICATORS` names those three."""

APPLICATORS: Final = frozenset({"$ref", "anyOf", "oneOf", "discriminator"})
"""The keywords that hand a value to other schemas (with `discriminator`, which only steers `oneOf`/`anyOf`): the
other keywords of the same schema are checked as well, by `beside_applicators`."""


def beside_applicators(schema: Mapping[str, Any]) -> dict[str, Any] | None:
    """The keywords of `schema` that apply beside its `$ref`/`anyOf`/`oneOf` as a schema of their own; None when
    there are none."""
    rest = {key: value for key, value in schema.items() if key not in APPLICATORS}
    return rest or None


UNSUPPORTED_KEYWORDS: Final = frozenset(
    {
        "allOf", "not", "if", "then", "else", "multipleOf", "uniqueItems", "patternProperties",
        "propertyNames", "dependentRequired", "dependentSchemas", "prefixItems", "contains", "minContains",
        "maxContains", "unevaluatedProperties", "unevaluatedItems",
    }
)  # fmt: skip
"""Keywords that constrain values but that neither validator implements: a spec using one would be checked
less than it says, so building the tables must fail instead (implement the keyword in both validators first)."""

CHECKED_FORMATS: Final = frozenset({"uuid"})
"""String formats the validators check (`uuid`: `UUID` below)."""
DOCUMENTATION_FORMATS: Final = frozenset({"uri"})
"""String formats accepted as documentation only, unchecked, as in SignalWire's own checks."""
SUPPORTED_FORMATS: Final = CHECKED_FORMATS | DOCUMENTATION_FORMATS
"""Every string format a spec may use; any other must fail the build."""

UUID: Final = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
"""The form JSON Schema's `uuid` format (and so SignalWire's contract) accepts: hyphenated, 8-4-4-4-12.

Use `UUID.fullmatch`: a `$`-anchored `match` would also accept the id followed by a newline."""

JSON_TYPE_NAMES: Final[Mapping[str, str]] = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}
"""Each JSON type as a message names it."""

TYPE_TESTS: Final[Mapping[str, Check]] = {
    "string": lambda value: isinstance(value, str),
    # As in JSON Schema, 5.0 is an integer; a bool is neither an integer nor a number.
    "integer": lambda value: (
        (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    ),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "object": lambda value: isinstance(value, Mapping),
    "array": lambda value: isinstance(value, (list, tuple)),
    "null": lambda value: value is None,
}
"""Whether a Python value is of a JSON type, by type name. `numeric_check` is the same number and integer
rule fused with the bounds, for the compiled check."""


def is_finite_number(value: float) -> bool:
    """False for NaN and the infinities, which JSON cannot carry (so no schema admits them)."""
    return not isinstance(value, float) or math.isfinite(value)


def bounds_check(schema: Mapping[str, Any]) -> Check:
    """A number's keywords (`minimum`, `maximum` and their exclusive forms) and `is_finite_number`, as one closure."""
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")

    def check(value: float) -> bool:
        return (
            (type(value) is int or math.isfinite(value))  # is_finite_number, inlined with the common case first
            and (low is None or value >= low)
            and (high is None or value <= high)
            and (above is None or value > above)
            and (below is None or value < below)
        )

    return check


def numeric_check(schema: Mapping[str, Any], *, integral: bool) -> Check:
    """A schema of type `integer` (`integral`) or `number`: `TYPE_TESTS`' rule and `bounds_check` in one closure."""
    bounds = bounds_check(schema)

    def check(value: Any) -> bool:
        kind = type(value)
        if kind is int:  # the common case first: an exact int is a number and an integer
            return bounds(value)
        if kind is bool or not (kind is float or isinstance(value, (int, float))):
            return False
        if integral and isinstance(value, float) and not value.is_integer():
            return False
        return isinstance(value, bool) is False and bounds(value)

    return check


@cache
def compile_pattern(expression: str) -> re.Pattern[str]:
    """A spec `pattern` as a Python regex with JSON Schema's meaning, for `search`.

    JSON Schema patterns are ECMA-262 regexes, where `$` (without the multiline flag) is the end of the string;
    in Python it also matches before a final newline, so `^prompt:.+$` would accept `"prompt:x\\n"`. Each `$`
    outside a character class becomes `\\Z`.
    """
    translated: list[str] = []
    escaped = in_class = False
    for char in expression:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        translated.append(char)
    return re.compile("".join(translated))
