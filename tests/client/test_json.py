"""`_json.loads` gives exactly what `json.loads` gives for a body: the same value, or the same error."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalwire_calling._json import loads

VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


def outcome(read: Any, body: bytes) -> tuple[str, object]:
    try:
        return "value", read(body)
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__, str(exc)


@settings(max_examples=500)
@given(
    value=VALUES,
    before=st.sampled_from(["", " ", "\n\t", "\ufeff"]),
    after=st.sampled_from(["", " ", "\r\n", "x", "]", "{}"]),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32", "utf-8-sig"]),
)
def test_the_same_value_or_error_as_json_loads(value: object, before: str, after: str, encoding: str) -> None:
    text = before + json.dumps(value) + after
    body = text.encode(encoding)
    assert outcome(loads, body) == outcome(json.loads, body)
    assert outcome(loads, text) == outcome(json.loads, text)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"{",
        b'{"a": 1,}',
        b"\xff\xfe{",
        b'{"a": "\xc3"}',  # not UTF-8
        b'"\\ud800"',  # a lone surrogate, escaped: a str json.loads makes too
        b"NaN",
        b"[1] [2]",
        b"[" * 100_000 + b"]" * 100_000,  # deeper than the C scanner goes: RecursionError, as json.loads
    ],
)
def test_bodies_that_are_not_plain_json(body: bytes) -> None:
    assert outcome(loads, body) == outcome(json.loads, body)
