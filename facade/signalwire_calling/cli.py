"""`signalwire-calling` (also `python -m signalwire_calling`): send one Calling command from a shell.

    signalwire-calling end <call-id>
    signalwire-calling play <call-id> --control-id x --play '[{"type":"tts","params":{"text":"Hi"}}]'
    signalwire-calling dial --from +15551230000 --to +15557654321 --url https://example.com/swml

One subcommand per command of the spec (`_cli_table.py`, generated), one option per param: arrays and
objects as JSON, scalars by type, enums as choices. The answer (the call leg) is printed as JSON on stdout.
Settings: `--project`/`--token`/`--space`, else `SIGNALWIRE_PROJECT_ID`/`SIGNALWIRE_API_TOKEN`/`SIGNALWIRE_SPACE`.
Exit status: 0 success, 2 bad input (usage, arguments the spec rejects, settings), 1 API or transport error.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TextIO

from ._cli_model import Option, Subcommand
from ._cli_table import SUBCOMMANDS
from ._config import TOKEN_VARIABLE

__all__ = ["main"]

PROG = "signalwire-calling"


class _UsageError(Exception):
    """An argparse error: reported by `main` (with secrets masked) as exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.format_usage()}{self.prog}: error: {message}")


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {exc}") from None


def _text_or_json(text: str) -> Any:
    return _json(text) if text.lstrip()[:1] in ("[", "{") else text


_READERS: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "json": _json,
    "text_or_json": _text_or_json,
}
_HINTS = {"json": " (JSON)", "text_or_json": " (text, or JSON when it starts with [ or {)"}


def _add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    flag = "--" + option.wire_name.replace("_", "-")
    text = (option.help + _HINTS.get(option.kind, "")).replace("%", "%%")
    common: dict[str, Any] = {"dest": f"param:{option.keyword}", "help": text, "required": option.required}
    if option.kind == "bool":
        parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=None, **common)
        return
    if option.choices:
        parser.add_argument(flag, choices=option.choices, **common)
        return
    metavar = "JSON" if option.kind == "json" else option.wire_name.upper()
    parser.add_argument(flag, type=_READERS[option.kind], metavar=metavar, **common)


def build_parser() -> argparse.ArgumentParser:
    """The parser of `signalwire-calling`: global settings, then one subcommand per command."""
    parser = _Parser(
        prog=PROG,
        description=(__doc__ or "").partition("\n\n")[2].replace("%", "%%"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--project", help="project ID (default: $SIGNALWIRE_PROJECT_ID)")
    parser.add_argument("--token", help="API token (default: $SIGNALWIRE_API_TOKEN; prefer it: argv is visible)")
    parser.add_argument("--space", help="space host, e.g. example.signalwire.com (default: $SIGNALWIRE_SPACE)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    for command in SUBCOMMANDS:
        name = command.method.replace("_", "-")
        aliases = [command.wire_name] if command.wire_name != name else []
        sub = commands.add_parser(
            name,
            aliases=aliases,
            help=command.summary.replace("%", "%%"),
            description=f"{command.description} Sends `{command.wire_name}`.".replace("%", "%%"),
        )
        sub.set_defaults(spec_command=command)
        if command.takes_call_id:
            sub.add_argument("call_id", metavar="CALL_ID", help="the call to act on (its UUID)")
        for option in command.options:
            _add_option(sub, option)
    return parser


def _send(args: argparse.Namespace) -> Any:
    """Send the command; answer the call leg as a JSON-ready dict."""
    from ._client import RestClient

    command: Subcommand = args.spec_command
    params = {
        key.removeprefix("param:"): value
        for key, value in vars(args).items()
        if key.startswith("param:") and value is not None
    }
    positional = [args.call_id] if command.takes_call_id else []
    with RestClient(args.project, args.token, args.space) as client:
        method = getattr(client.calling.with_raw_response, command.method)
        return method(*positional, **params).parse().to_dict()


def _token_arguments(arguments: list[str]) -> list[str]:
    """Values given to `--token`, to be masked in anything printed."""
    found = [value for flag, value in itertools.pairwise(arguments) if flag == "--token"]
    return found + [argument.removeprefix("--token=") for argument in arguments if argument.startswith("--token=")]


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI; answers the exit status (0 success, 2 bad input, 1 API or transport error)."""
    from ._exceptions import ConfigurationError, InvalidRequestError, SignalWireError

    out, err = stdout or sys.stdout, stderr or sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    secrets = [os.environ.get(TOKEN_VARIABLE) or "", *_token_arguments(arguments)]

    def fail(status: int, message: str) -> int:
        for secret in secrets:
            message = message.replace(secret, "***") if len(secret) >= 4 else message
        print(message, file=err)
        return status

    try:
        args = build_parser().parse_args(arguments)
    except _UsageError as exc:
        return fail(2, str(exc).rstrip())
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    try:
        leg = _send(args)
    except (InvalidRequestError, ConfigurationError) as exc:
        return fail(2, f"{PROG}: error: {exc}")
    except SignalWireError as exc:
        body = getattr(exc, "body", None)
        detail = "" if body is None else "\n" + (json.dumps(body) if not isinstance(body, str) else body)
        return fail(1, f"{PROG}: {args.spec_command.wire_name}: {exc}{detail}")
    print(json.dumps(leg, indent=2, ensure_ascii=False), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
