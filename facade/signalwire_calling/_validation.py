"""Check JSON values against the schemas of spec/calling.yaml (the tables in `_spec`).

A small JSON Schema subset: the keywords of `_schema_rules.SUPPORTED_KEYWORDS`, with that module's meaning of
each type, format and pattern (shared with the compiled check of `_conformance`, which answers first). Issues
carry the path of the offending value and a sentence a person can act on. The client checks every request
with it before sending; the mock server in `signalwire_calling.testing` checks what it receives with it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

from . import _spec
from ._conformance import conforms
from ._schema_rules import JSON_TYPE_NAMES, TYPE_TESTS, UUID, beside_applicators, compile_pattern, is_finite_number

Kind = Literal["required", "unexpected", "type", "value"]
"""What is wrong: a missing field, a field the schema does not know, a wrong JSON type, or a wrong value."""

# Values of these fields are never repeated in a message (they end up in logs).
_SECRET_FIELDS = frozenset({"password", "web_hook_auth_password", "authorization_bearer_token"})


class Issue(NamedTuple):
    """One way a value breaks a schema."""

    path: str
    """Where, e.g. `params.play[0].params.url`."""
    message: str
    """What is wrong, e.g. `50 is greater than the maximum 40`."""
    kind: Kind


def validate(value: Any, schema_name: str) -> list[Issue]:
    """Every issue of `value` against the named schema; empty when it conforms."""
    if conforms(value, schema_name):  # the compiled yes/no check: only a value that fails is walked here
        return []
    return explain(value, schema_name)


def explain(value: Any, schema_name: str) -> list[Issue]:
    """`validate` without the fast path: walks the schema tables for every value.

    Root causes come first: in each object, the fields the schema does not know (often a misspelling) before
    the issues of its known fields, and those before its missing required fields (often the one misspelt).
    """
    return _check(value, {"$ref": schema_name}, "")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _check(value: Any, schema: Mapping[str, Any], path: str) -> list[Issue]:
    if "$ref" in schema or "oneOf" in schema or "anyOf" in schema:
        if "$ref" in schema:
            issues = _check(value, _spec.SCHEMAS[schema["$ref"]], path)
        else:
            issues = _check_union(value, schema, path)
        rest = None if issues else beside_applicators(schema)
        return _check(value, rest, path) if rest else issues
    shown = path or "value"
    kinds = schema.get("type")
    if kinds is not None and not (
        TYPE_TESTS[kinds](value) if isinstance(kinds, str) else any(TYPE_TESTS[kind](value) for kind in kinds)
    ):
        expected = " or ".join(JSON_TYPE_NAMES[kind] for kind in ([kinds] if isinstance(kinds, str) else kinds))
        return [Issue(shown, f"expected {expected}, got {_describe(value, path)}", "type")]
    if "const" in schema and value != schema["const"]:
        return [Issue(shown, f"must be {schema['const']!r}, got {_show(value, path)}", "value")]
    if "enum" in schema and value not in schema["enum"]:
        options = ", ".join(repr(option) for option in schema["enum"])
        return [Issue(shown, f"{_show(value, path)} is not one of {options}", "value")]
    if isinstance(value, str):
        return _check_string(value, schema, shown)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _check_number(value, schema, shown)
    if isinstance(value, (list, tuple)):
        return _check_array(value, schema, path)
    if isinstance(value, Mapping):
        return _check_object(value, schema, path)
    return []


def _show(value: Any, path: str) -> str:
    """`repr(value)`, unless the field holds a secret."""
    return "(hidden)" if path.rsplit(".", 1)[-1] in _SECRET_FIELDS else repr(value)


def _describe(value: Any, path: str = "") -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {value!r}"
    if isinstance(value, (str, int, float)):
        return f"{type(value).__name__} {_show(value, path)}"
    return type(value).__name__


def _check_string(value: str, schema: Mapping[str, Any], path: str) -> list[Issue]:
    if "minLength" in schema and len(value) < schema["minLength"]:
        return [Issue(path, f"must be at least {schema['minLength']} character(s) long", "value")]
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        return [Issue(path, f"must be at most {schema['maxLength']} characters long", "value")]
    if "pattern" in schema and not compile_pattern(schema["pattern"]).search(value):
        return [Issue(path, f"{_show(value, path)} does not match {schema['pattern']!r}", "value")]
    if schema.get("format") == "uuid" and not UUID.fullmatch(value):
        return [Issue(path, f"{value!r} is not a UUID in its usual 8-4-4-4-12 form", "value")]
    return []


def _check_number(value: float, schema: Mapping[str, Any], path: str) -> list[Issue]:
    if not is_finite_number(value):
        return [Issue(path, f"{value!r} cannot be sent: JSON has no NaN or infinity", "value")]
    shown = _show(value, path)
    if "minimum" in schema and value < schema["minimum"]:
        return [Issue(path, f"{shown} is less than the minimum {schema['minimum']!r}", "value")]
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        return [Issue(path, f"{shown} must be greater than {schema['exclusiveMinimum']!r}", "value")]
    if "maximum" in schema and value > schema["maximum"]:
        return [Issue(path, f"{shown} is greater than the maximum {schema['maximum']!r}", "value")]
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        return [Issue(path, f"{shown} must be less than {schema['exclusiveMaximum']!r}", "value")]
    return []


def _check_array(value: list[Any] | tuple[Any, ...], schema: Mapping[str, Any], path: str) -> list[Issue]:
    shown = path or "value"
    if "minItems" in schema and len(value) < schema["minItems"]:
        return [Issue(shown, f"needs at least {schema['minItems']} item(s)", "value")]
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        return [Issue(shown, f"takes at most {schema['maxItems']} items", "value")]
    items = schema.get("items")
    if not items:
        return []
    return [issue for index, item in enumerate(value) for issue in _check(item, items, _join(path, index))]


def _check_object(value: Mapping[Any, Any], schema: Mapping[str, Any], path: str) -> list[Issue]:
    unknown: list[Issue] = []  # first: the likely root causes
    issues: list[Issue] = []
    properties: Mapping[str, Any] = schema.get("properties", {})
    if "minProperties" in schema and len(value) < schema["minProperties"]:
        least = schema["minProperties"]
        issues.append(Issue(path or "value", f"needs at least {least} {'entry' if least == 1 else 'entries'}", "value"))
    if "maxProperties" in schema and len(value) > schema["maxProperties"]:
        issues.append(Issue(path or "value", f"takes at most {schema['maxProperties']} entries", "value"))
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        if not isinstance(name, str):
            issues.append(Issue(path or "value", f"keys must be strings, got {_describe(name)}", "type"))
        elif name in properties:
            issues.extend(_check(item, properties[name], _join(path, name)))
        elif extra is False:
            unknown.append(Issue(_join(path, name), _unknown_field(name, properties, value), "unexpected"))
        elif isinstance(extra, Mapping):
            issues.extend(_check(item, extra, _join(path, name)))
    missing = [
        Issue(_join(path, name), "is required", "required") for name in schema.get("required", ()) if name not in value
    ]
    return unknown + issues + missing


def _unknown_field(name: str, properties: Mapping[str, Any], value: Mapping[Any, Any]) -> str:
    """`is not a known field`, naming the unset known field it most likely misspells."""
    unset = [known for known in properties if known not in value]
    close = difflib.get_close_matches(name, unset, n=1, cutoff=0.6)
    return f"is not a known field (did you mean {close[0]!r}?)" if close else "is not a known field"


def _check_union(value: Any, schema: Mapping[str, Any], path: str) -> list[Issue]:
    options: list[Mapping[str, Any]] = schema.get("oneOf") or schema["anyOf"]
    discriminator = schema.get("discriminator")
    if discriminator is not None:
        return _check_tagged(value, discriminator, path)
    results: list[list[Issue]] = []
    matches = 0
    for option in options:
        issues = _check(value, option, path)
        if not issues:
            if "anyOf" in schema:
                return []
            matches += 1
        results.append(issues)
    if matches > 1:
        return [Issue(path or "value", "matches more than one of the allowed shapes", "value")]
    return [] if matches else _keyed(value, results, options, path) or _closest(results, options, path)


def _keyed(value: Any, results: list[list[Issue]], options: list[Mapping[str, Any]], path: str) -> list[Issue]:
    """For a union of objects told apart by their required keys (as SWML's methods are): the issues of the one
    option whose keys the value has, or which keys would do; [] when the union is not of that kind."""
    if not isinstance(value, Mapping):
        return []
    keys = [_required_keys(option) for option in options]
    if not all(keys):
        return []
    present = [index for index, required in enumerate(keys) if set(required) & set(value)]
    if len(present) == 1:
        return results[present[0]]
    if present or not all(len(required) == 1 for required in keys):
        return []
    allowed = [required[0] for required in keys]
    listed = f"{', '.join(repr(key) for key in allowed[:6])}{', …' if len(allowed) > 6 else ''}"
    unknown = [key for key in value if isinstance(key, str)]
    if not unknown:
        return [Issue(path or "value", f"needs one of the {len(allowed)} allowed keys: {listed}", "required")]
    close = difflib.get_close_matches(unknown[0], allowed, n=1) if len(unknown) == 1 else []
    hint = f" (did you mean {close[0]!r}?)" if close else f"; expected one of the {len(allowed)}: {listed}"
    verb = "is not an allowed key" if len(unknown) == 1 else "are not allowed keys"
    shown = ", ".join(repr(key) for key in unknown)
    return [Issue(path or "value", f"{shown} {verb}{hint}", "unexpected")]


def _required_keys(option: Mapping[str, Any]) -> tuple[str, ...]:
    while "$ref" in option:
        option = _spec.SCHEMAS[option["$ref"]]
    return tuple(option.get("required", ())) if option.get("type") == "object" else ()


def _check_tagged(value: Any, discriminator: Mapping[str, Any], path: str) -> list[Issue]:
    tag = discriminator["propertyName"]
    mapping: Mapping[str, str] = discriminator["mapping"]
    options = ", ".join(repr(key) for key in mapping)
    if not isinstance(value, Mapping):
        return [Issue(path or "value", f"expected an object, got {_describe(value)}", "type")]
    if tag not in value:
        return [Issue(_join(path, tag), f"is required (one of {options})", "required")]
    target = mapping.get(value[tag]) if isinstance(value[tag], str) else None
    if target is None:
        return [Issue(_join(path, tag), f"{value[tag]!r} is not one of {options}", "value")]
    return _check(value, {"$ref": target}, path)


def _closest(results: list[list[Issue]], options: list[Mapping[str, Any]], path: str) -> list[Issue]:
    """Explain why no option of an untagged union fits, in terms of what the user can change."""
    shown = path or "value"
    if all(len(issues) == 1 for issues in results):
        firsts = [issues[0] for issues in results]
        kinds = {issue.kind for issue in firsts}
        names = ", ".join(repr(issue.path.rsplit(".", 1)[-1]) for issue in firsts)
        if kinds == {"required"}:
            return [Issue(shown, f"one of {names} is required", "required")]
        if kinds == {"unexpected"}:
            return [Issue(shown, f"{names} cannot be used together", "unexpected")]
        if kinds == {"type"} and len({issue.path for issue in firsts}) == 1:
            wanted = " or ".join(dict.fromkeys(_expected(option) for option in options))
            return [Issue(shown, f"expected {wanted}", "type")]
    return min(results, key=len)


def _expected(option: Mapping[str, Any]) -> str:
    if "$ref" in option:
        return _expected(_spec.SCHEMAS[option["$ref"]])
    if "const" in option:
        return repr(option["const"])
    kind = option.get("type")
    return JSON_TYPE_NAMES.get(kind, "a value") if isinstance(kind, str) else "a value"
