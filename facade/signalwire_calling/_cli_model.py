"""The records of the generated CLI table (`_cli_table.SUBCOMMANDS`): a subcommand and its options.

`signalwire_calling.cli` builds its argparse parser from them: one subcommand per command of the spec, one
option per param.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

__all__ = ["Option", "OptionKind", "Subcommand"]

OptionKind = Literal["str", "int", "float", "bool", "json", "text_or_json"]


class Option(NamedTuple):
    """One param of a command as a command-line option."""

    wire_name: str
    keyword: str
    """The keyword of the `client.calling` method."""
    kind: OptionKind
    """How the value is read: a scalar, JSON (arrays, objects), or JSON when it starts with `[`/`{` else text."""
    required: bool
    choices: tuple[str, ...]
    help: str


class Subcommand(NamedTuple):
    """One command as a subcommand."""

    method: str
    wire_name: str
    takes_call_id: bool
    summary: str
    description: str
    options: tuple[Option, ...]
