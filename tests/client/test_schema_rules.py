"""`_schema_rules`, the primitives both validators share: the supported keywords and formats, the UUID form,
patterns read as JSON Schema reads them, and a module the generator can load by its path."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from signalwire_calling import _schema_rules
from signalwire_calling._conformance import conforms
from signalwire_calling._schema_rules import (
    SUPPORTED_FORMATS,
    SUPPORTED_KEYWORDS,
    UNSUPPORTED_KEYWORDS,
    UUID,
    compile_pattern,
)
from signalwire_calling._spec import SCHEMAS
from signalwire_calling._validation import explain

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
PATH = Path(_schema_rules.__file__)


def both(value: Any, schema: str) -> tuple[bool, bool]:
    """(the compiled check's answer, whether the explaining validator found nothing)."""
    return conforms(value, schema), explain(value, schema) == []


def keywords_and_formats(node: Any) -> tuple[set[str], set[str]]:
    """Every keyword and string format used in a validation schema, nested schemas included."""
    keywords: set[str] = set()
    formats: set[str] = set()
    pending = [node]
    while pending:
        schema = pending.pop()
        if not isinstance(schema, dict):
            continue
        keywords.update(schema)
        if "format" in schema:
            formats.add(schema["format"])
        pending.extend(schema.get("properties", {}).values())
        pending.extend([schema.get("items"), schema.get("additionalProperties")])
        pending.extend(schema.get("anyOf", []) + schema.get("oneOf", []))
    return keywords, formats


def test_the_spec_uses_only_what_the_validators_support() -> None:
    keywords: set[str] = set()
    formats: set[str] = set()
    for schema in SCHEMAS.values():
        more_keywords, more_formats = keywords_and_formats(schema)
        keywords |= more_keywords
        formats |= more_formats
    assert keywords <= SUPPORTED_KEYWORDS
    assert formats <= SUPPORTED_FORMATS
    assert {"type", "properties", "format", "pattern", "oneOf", "anyOf"} <= keywords  # the walk reached them


def test_no_keyword_is_both_supported_and_unsupported() -> None:
    assert not SUPPORTED_KEYWORDS & UNSUPPORTED_KEYWORDS


@pytest.mark.parametrize(
    "call_id",
    [CALL_ID + "\n", "\n" + CALL_ID, CALL_ID + " ", CALL_ID.replace("-", ""), CALL_ID[:-1], CALL_ID + "0"],
)
def test_both_validators_refuse_what_is_not_exactly_a_uuid(call_id: str) -> None:
    assert UUID.fullmatch(call_id) is None
    assert both({"id": call_id, "command": "calling.end", "params": {}}, "EndRequest") == (False, False)


def test_both_validators_take_a_uuid_in_either_case() -> None:
    for call_id in (CALL_ID, CALL_ID.upper()):
        assert both({"id": call_id, "command": "calling.end", "params": {}}, "EndRequest") == (True, True)


def test_a_pattern_ending_in_dollar_does_not_take_a_final_newline() -> None:
    pattern = SCHEMAS["TranslationFilter"]["anyOf"][1]["pattern"]
    assert pattern.endswith("$")
    assert both("prompt:be polite", "TranslationFilter") == (True, True)
    assert both("prompt:be polite\n", "TranslationFilter") == (False, False)


@pytest.mark.parametrize(
    ("pattern", "accepted", "refused"),
    [
        ("^a$", ["a"], ["a\n", "ab"]),
        ("^a$|^b$", ["a", "b"], ["a\n", "b\n"]),
        (r"^[$]+$", ["$$"], ["$\n"]),  # in a character class `$` is the character itself
        (r"^a\$$", ["a$"], ["a", "a$\n"]),  # so it is after a backslash
        (r"^a\\$", ["a\\"], ["a\\\n"]),  # an escaped backslash does not escape the `$` after it
        ("a", ["a", "xa\n"], ["b"]),  # no anchor: found anywhere, as JSON Schema's `pattern` is
    ],
)
def test_patterns_are_read_as_json_schema_reads_them(pattern: str, accepted: list[str], refused: list[str]) -> None:
    compiled = compile_pattern(pattern)
    assert [text for text in accepted if compiled.search(text) is None] == []
    assert [text for text in refused if compiled.search(text) is not None] == []


def test_the_module_loads_by_its_path_and_imports_only_the_standard_library() -> None:
    tree = ast.parse(PATH.read_text(encoding="utf-8"))
    imported = [
        alias.name if isinstance(node, ast.Import) else node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in (node.names if isinstance(node, ast.Import) else [node.names[0]])
    ]
    relative = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level]
    assert relative == []
    assert [name for name in imported if name.split(".")[0] not in {*sys.stdlib_module_names, "__future__"}] == []

    spec = importlib.util.spec_from_file_location("schema_rules_by_path", PATH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SUPPORTED_KEYWORDS == SUPPORTED_KEYWORDS
    assert module.UNSUPPORTED_KEYWORDS == UNSUPPORTED_KEYWORDS
    assert module.SUPPORTED_FORMATS == SUPPORTED_FORMATS == {"uuid", "uri"}
