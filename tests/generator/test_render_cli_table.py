"""generator/render/cli_table.py: `_cli_table.py`, a `Subcommand` per command and an `Option` per param."""

from __future__ import annotations

from typing import Any

import pytest

from generator.render import cli_table
from signalwire_calling._cli_model import Option, Subcommand
from tests.support.generator import fixture_spec, run_module


def subcommands() -> dict[str, Subcommand]:
    table = run_module(cli_table.render(fixture_spec()), "_fixture_cli_table")["SUBCOMMANDS"]
    return {subcommand.method: subcommand for subcommand in table}


def test_one_subcommand_per_command() -> None:
    found = subcommands()
    assert list(found) == ["dial", "update", "play", "play_stop", "end"]
    dial = found["dial"]
    assert (dial.wire_name, dial.takes_call_id, dial.summary) == ("dial", False, "Place a new outbound call.")
    end = found["end"]
    assert (end.wire_name, end.takes_call_id) == ("calling.end", True)
    assert end.description == "Hang up the call. The reason is recorded."


def test_one_option_per_param_read_by_its_type() -> None:
    dial = subcommands()["dial"]
    assert dial.options == (
        Option("from", "from_", "str", True, (), "Calling address."),
        Option("to", "to", "str", True, (), "Who to call."),
        Option("url", "url", "str", False, (), "Where SignalWire fetches the SWML."),
        Option("timeout", "timeout", "int", False, (), "Seconds to ring. Server default: 30."),
        Option("swml", "swml", "json", False, (), "An inline SWML document."),
    )
    play = {option.wire_name: option for option in subcommands()["play"].options}
    assert (play["play"].kind, play["volume"].kind, play["prompt"].kind) == ("json", "float", "text_or_json")
    assert subcommands()["end"].options[0].choices == ("hangup", "busy")


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


@pytest.mark.parametrize(
    ("node", "kind"),
    [
        ({"type": "string"}, ("str", ())),
        ({"type": "boolean"}, ("bool", ())),
        ({"const": "x"}, ("str", ("x",))),
        ({"enum": [1, 2]}, ("json", ())),
        (ref("UpdateStatus"), ("str", ("canceled", "completed"))),
        ({"anyOf": [{"enum": ["a"]}, {"enum": ["b", "a"]}]}, ("str", ("a", "b"))),
        ({"anyOf": [{"enum": ["a"]}, {"type": "string"}]}, ("str", ())),  # open: any string goes
        ({"anyOf": [{"type": "integer"}, {"type": "integer", "minimum": 3}]}, ("int", ())),
        ({"anyOf": [{"type": "string"}, {"type": "array"}]}, ("text_or_json", ())),
        ({"anyOf": [{"type": "integer"}, {"type": "string"}]}, ("json", ())),
        ({"type": ["string", "null"]}, ("json", ())),
        ({}, ("json", ())),
    ],
)
def test_option_kind(node: dict[str, Any], kind: tuple[str, tuple[str, ...]]) -> None:
    assert cli_table.option_kind(node, fixture_spec().schemas) == kind
