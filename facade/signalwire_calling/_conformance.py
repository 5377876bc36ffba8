"""A yes/no check of JSON values against the spec's schemas, compiled once per schema into closures.

`validate()` in `_validation` explains what is wrong; this only answers whether anything is, about ten times
faster, so a request or answer that conforms (nearly all of them) is never walked keyword by keyword. The two
must agree on every value: both take their primitives (type tests, the UUID form, number bounds, patterns)
from `_schema_rules`, and tests/client/test_conformance.py checks that they agree.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any

from . import _spec
from ._schema_rules import TYPE_TESTS, UUID, Check, beside_applicators, bounds_check, compile_pattern, numeric_check

_compiled: dict[str, Check] = {}
"""The finished checks by schema name: read without a lock, written only under `_lock` with complete checks."""
_building: dict[str, Check] = {}
"""The checks of the compilation under way (the thread holding `_lock` alone reads and writes it)."""
_lock = threading.Lock()
"""Held while compiling: threads sending their first commands at once compile each schema once, one at a time."""


def conforms(value: Any, schema_name: str) -> bool:
    """True when `value` matches the named schema of the spec."""
    check = _compiled.get(schema_name)
    if check is None:
        check = _compile_and_publish(schema_name)
    return check(value)


def _compile_and_publish(name: str) -> Check:
    """Compile the named schema (and every schema it refers to), then publish them all at once.

    Another thread never sees a check before the compilation is finished: a stand-in for a recursive reference
    only answers once the check it stands for is in place.
    """
    with _lock:
        check = _compiled.get(name)
        if check is None:
            try:
                check = _named(name)
                _compiled.update(_building)
            finally:
                _building.clear()
    return check


def _named(name: str) -> Check:
    check = _compiled.get(name) or _building.get(name)
    if check is None:
        # A recursive schema refers to itself: its references get a stand-in that forwards to the finished check.
        finished: list[Check] = []
        _building[name] = lambda value: finished[0](value)
        check = _building[name] = _compile(_spec.SCHEMAS[name])
        finished.append(check)
    return check


def _after_fork_in_child() -> None:
    """A fork taken while another thread was compiling leaves the lock held and the work half done: start afresh."""
    global _lock
    _lock = threading.Lock()
    _building.clear()


if hasattr(os, "register_at_fork"):  # not on Windows
    os.register_at_fork(after_in_child=_after_fork_in_child)


def _compile(schema: Mapping[str, Any]) -> Check:
    if "$ref" in schema or "oneOf" in schema or "anyOf" in schema:
        # A recursive reference gets the stand-in, resolved at call time.
        core = _named(schema["$ref"]) if "$ref" in schema else _union(schema)
        rest = beside_applicators(schema)
        if rest is None:
            return core
        beside = _compile(rest)
        return lambda value: core(value) and beside(value)
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if kinds == ["string"] and _string(schema) is None and ("const" in schema) != ("enum" in schema):
        return _string_value(schema)
    check = _typed(kinds[0], schema) if kinds is not None and len(kinds) == 1 else _untyped(schema, kinds)
    if "const" in schema:
        const, inner = schema["const"], check
        check = lambda value: inner(value) and value == const  # noqa: E731
    if "enum" in schema:
        options, before = list(schema["enum"]), check
        check = lambda value: before(value) and value in options  # noqa: E731
    return check


def _string_value(schema: Mapping[str, Any]) -> Check:
    """A string that must be one given value (`const`) or one of several (`enum`): one closure, no chain."""
    if "const" in schema:
        const = schema["const"]
        return lambda value: isinstance(value, str) and value == const
    options = list(schema["enum"])
    if all(isinstance(option, str) for option in options):
        strings = frozenset(options)
        return lambda value: isinstance(value, str) and value in strings
    return lambda value: isinstance(value, str) and value in options


def _typed(kind: str, schema: Mapping[str, Any]) -> Check:
    """A schema of one JSON type: the type test and that type's keywords in one closure."""
    if kind == "string":
        string = _string(schema)
        if string is None:
            return TYPE_TESTS["string"]
        return lambda value: isinstance(value, str) and string(value)
    if kind in ("integer", "number"):
        return numeric_check(schema, integral=kind == "integer")
    if kind == "object":
        return _object(schema, typed=True)
    if kind == "array":
        array = _array(schema)
        return lambda value: isinstance(value, (list, tuple)) and array(value)
    return TYPE_TESTS[kind]  # boolean, null


def _untyped(schema: Mapping[str, Any], kinds: list[str] | None) -> Check:
    """No type, or several: check the keywords that apply to the value's own type."""
    type_ok = _type_check(kinds) if kinds else None
    string, number = _string(schema) or (lambda value: True), bounds_check(schema)
    array, obj = _array(schema), _object(schema)

    def check(value: Any) -> bool:
        if type_ok is not None and not type_ok(value):
            return False
        if isinstance(value, str):
            return string(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return number(value)
        if isinstance(value, (list, tuple)):
            return array(value)
        if isinstance(value, Mapping):
            return obj(value)
        return True

    return check


def _type_check(kinds: list[str]) -> Check:
    checks = [TYPE_TESTS[kind] for kind in kinds]
    return lambda value: any(check(value) for check in checks)


def _string(schema: Mapping[str, Any]) -> Check | None:
    """The string keywords, or None when there are none."""
    low, high = schema.get("minLength"), schema.get("maxLength")
    pattern = compile_pattern(schema["pattern"]) if "pattern" in schema else None
    uuid = schema.get("format") == "uuid"
    if low is None and high is None and pattern is None and not uuid:
        return None
    if low is None and high is None and pattern is None:
        return lambda value: UUID.fullmatch(value) is not None

    def check(value: str) -> bool:
        return (
            (low is None or len(value) >= low)
            and (high is None or len(value) <= high)
            and (pattern is None or pattern.search(value) is not None)
            and (not uuid or UUID.fullmatch(value) is not None)
        )

    return check


def _array(schema: Mapping[str, Any]) -> Check:
    low, high = schema.get("minItems"), schema.get("maxItems")
    items = _compile(schema["items"]) if schema.get("items") else None

    def check(value: list[Any] | tuple[Any, ...]) -> bool:
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            return False
        return items is None or all(items(item) for item in value)

    return check


def _object(schema: Mapping[str, Any], *, typed: bool = False) -> Check:
    """The object keywords; with `typed`, also the test that the value is an object."""
    properties = {name: _compile(prop) for name, prop in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    least, most = schema.get("minProperties"), schema.get("maxProperties")
    extra = schema.get("additionalProperties", True)
    extra_check = _compile(extra) if isinstance(extra, Mapping) else None
    closed = extra is False

    def check(value: Any) -> bool:
        if typed and type(value) is not dict and not isinstance(value, Mapping):
            return False
        for name in required:
            if name not in value:
                return False
        if (least is not None and len(value) < least) or (most is not None and len(value) > most):
            return False
        for name, item in value.items():
            prop = properties.get(name)  # only str keys are in properties
            if prop is not None:
                if not prop(item):
                    return False
            elif not isinstance(name, str) or closed or (extra_check is not None and not extra_check(item)):
                return False
        return True

    return check


def _union(schema: Mapping[str, Any]) -> Check:
    discriminator = schema.get("discriminator")
    if discriminator is not None:
        tag: str = discriminator["propertyName"]
        targets = {key: _compile({"$ref": target}) for key, target in discriminator["mapping"].items()}

        def tagged(value: Any) -> bool:
            if not isinstance(value, Mapping):
                return False
            chosen = value.get(tag, None)
            target = targets.get(chosen) if isinstance(chosen, str) else None
            return target is not None and target(value)

        return tagged
    if "anyOf" in schema:
        return _any_of(schema["anyOf"])
    options = [_compile(option) for option in schema["oneOf"]]
    return lambda value: sum(1 for option in options if option(value)) == 1


def _any_of(schemas: list[Mapping[str, Any]]) -> Check:
    """The options' checks joined by `or`, the cheapest first; options another one already covers are left out.

    `{"type": "string"}` covers every option that only admits strings (an enum of known values next to any
    string, as the spec writes open enums), so such a union is one type test.
    """
    plain = {option["type"] for option in schemas if set(option) == {"type"} and isinstance(option["type"], str)}
    kept = [option for option in schemas if set(option) == {"type"} or _admits_only(option) not in plain]
    ordered = sorted(kept, key=lambda option: set(option) != {"type"})  # plain type tests first
    checks = [_compile(option) for option in ordered]
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) or second(value)
    return lambda value: any(check(value) for check in checks)


def _admits_only(schema: Mapping[str, Any]) -> str | None:
    """The one JSON type a schema admits, when it names exactly one (through `$ref`s); else None."""
    seen: set[str] = set()
    while "$ref" in schema and schema["$ref"] not in seen:
        seen.add(schema["$ref"])
        schema = _spec.SCHEMAS[schema["$ref"]]
    kind = schema.get("type")
    if isinstance(kind, list) and len(kind) == 1:
        kind = kind[0]
    return kind if isinstance(kind, str) and "$ref" not in schema else None
