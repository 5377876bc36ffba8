"""The one rule between wire field names and method keywords (`signalwire_calling._names`)."""

from __future__ import annotations

import keyword

import pytest

from signalwire_calling._names import python_name, wire_name


@pytest.mark.parametrize(("wire", "python"), [("from", "from_"), ("class", "class_"), ("to", "to"), ("id", "id")])
def test_a_python_keyword_gets_a_trailing_underscore(wire: str, python: str) -> None:
    assert python_name(wire) == python
    assert wire_name(python) == wire


def test_wire_name_keeps_an_underscore_that_is_not_the_rule() -> None:
    assert wire_name("to_") == "to_"
    assert wire_name("_") == "_"


def test_every_keyword_round_trips() -> None:
    for word in keyword.kwlist:
        assert wire_name(python_name(word)) == word
