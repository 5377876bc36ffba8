"""`signalwire-calling` (also `python -m signalwire_calling`): send one Calling command from a shell.

    signalwire-calling end <call-id>
    signalwire-calling play <call-id> --control-id x --play '[{"type":"tts","params":{"text":"Hi"}}]'
    signalwire-calling dial --from +15551230000 --to +15557654321 --url https://example.com/swml

One subcommand per command of the spec (`_cli_table.py`, generated), one option per param: arrays and
objects as JSON (at most 100 levels deep), scalars by type, enums as choices. The answer (the call leg) is
printed as JSON on stdout. Settings: `--project`/`--token`/`--space`, else `SIGNALWIRE_PROJECT_ID`/
`SIGNALWIRE_API_TOKEN`/`SIGNALWIRE_SPACE`. Options are spelled out in full (no abbreviations).
Exit status: 0 success; 1 API or transport error (the command may have been carried out); 2 bad input
(usage, arguments the spec rejects, settings; nothing was sent); 3 the command was sent and answered, but
the answer could not be written to stdout (do not simply run it again: a `dial` would place a second call).
The API token, its Basic form and the Authorization value are masked in everything printed.
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, NoReturn, TextIO

from ._cli_model import Option, Subcommand
from ._cli_table import SUBCOMMANDS
from ._config import PROJECT_VARIABLE, SPACE_VARIABLE, TOKEN_VARIABLE
from ._nesting import deeper_than

if TYPE_CHECKING:
    from ._exceptions import InvalidRequestError

__all__ = ["EXIT_API_ERROR", "EXIT_OK", "EXIT_UNWRITTEN", "EXIT_USAGE", "MAX_JSON_DEPTH", "main"]

PROG = "signalwire-calling"

EXIT_OK: Final = 0
EXIT_API_ERROR: Final = 1
"""An API or transport error: the command may or may not have been carried out."""
EXIT_USAGE: Final = 2
"""Bad input: nothing was sent."""
EXIT_UNWRITTEN: Final = 3
"""The command was sent and answered, but the answer could not be written to stdout."""

MAX_JSON_DEPTH: Final = 100
"""How deeply a JSON option may nest (arrays and objects); deeper is a usage error."""

_MASK = "***"


class _UsageError(Exception):
    """An argparse error: reported by `main` (with secrets masked) as exit status 2."""


class _Parser(argparse.ArgumentParser):
    def __init__(self, **kwargs: Any) -> None:
        # An abbreviation (`--tok`) would take a secret under a name the masking cannot know for sure.
        super().__init__(allow_abbrev=False, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.format_usage()}{self.prog}: error: {message}")


def _json(text: str) -> Any:
    too_deep = f"nested more than {MAX_JSON_DEPTH} levels deep"
    try:
        value = json.loads(text)
    except RecursionError:
        raise argparse.ArgumentTypeError(too_deep) from None
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {exc}") from None
    if deeper_than(value, MAX_JSON_DEPTH):
        raise argparse.ArgumentTypeError(too_deep)
    return value


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


def _setting(value: str | None, *, variable: str, flag: str, what: str) -> str:
    """`value`, else the environment variable; a usage error naming both when neither is set (empty is unset)."""
    resolved = value if value is not None else os.environ.get(variable)
    if not resolved:
        raise _UsageError(f"{PROG}: error: no {what} given: pass {flag} or set {variable}")
    return resolved


def _send(args: argparse.Namespace, project: str, token: str, space: str) -> Any:
    """Send the command; answer the call leg as a JSON-ready dict."""
    from ._client import RestClient

    command: Subcommand = args.spec_command
    params = {
        key.removeprefix("param:"): value
        for key, value in vars(args).items()
        if key.startswith("param:") and value is not None
    }
    positional = [args.call_id] if command.takes_call_id else []
    with RestClient(project, token, space) as client:
        method = getattr(client.calling.with_raw_response, command.method)
        return method(*positional, **params).parse().to_dict()


def _flag_values(arguments: list[str], accepts: Callable[[str], bool]) -> list[str]:
    """The values given to the flags `accepts` (as `--flag value` or `--flag=value`)."""
    found = [value for flag, value in itertools.pairwise(arguments) if accepts(flag)]
    for argument in arguments:
        flag, equals, value = argument.partition("=")
        if equals and accepts(flag):
            found.append(value)
    return found


def _token_like(flag: str) -> bool:
    """`--token`, or what argparse would once have taken for it (`--t`, `--to`, `--tok`, `--toke`)."""
    return len(flag) >= 3 and "--token".startswith(flag)


def _secret_forms(projects: Iterable[str], tokens: Iterable[str]) -> list[str]:
    """Every form in which a token may come back to be printed, longest first.

    The token itself and as it reads inside a JSON string, and the Basic credentials `base64(project:token)`
    (with and without padding, standard and URL-safe): an `Authorization` value a server echoes is masked too.
    """
    forms: set[str] = set()
    for token in filter(None, tokens):
        forms.update({token, json.dumps(token)[1:-1], json.dumps(token, ensure_ascii=False)[1:-1]})
        for project in {*projects, ""}:
            raw = f"{project}:{token}".encode()
            for encoded in (base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()):
                forms.update({encoded, encoded.rstrip("=")})
    return sorted(forms, key=len, reverse=True)


class _Masker:
    """Replaces every secret form in text (and in the strings of a JSON value) with `***`."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms

    def text(self, text: str) -> str:
        for form in self.forms:
            text = text.replace(form, _MASK)
        return text

    def value(self, value: Any) -> Any:
        """`value` with every string (keys too) masked; JSON shapes kept, so the output stays valid JSON."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {self.value(key): self.value(item) for key, item in value.items()}
        return value


def _error_line(command: Subcommand, error: Exception) -> str:
    """`signalwire-calling: <command>: <message>`, the command named once (most messages start with it)."""
    message = str(error)
    named = message == command.wire_name or message.startswith((f"{command.wire_name}:", f"{command.wire_name} "))
    return f"{PROG}: {message}" if named else f"{PROG}: {command.wire_name}: {message}"


def _invalid_request_lines(error: InvalidRequestError) -> str:
    """An `InvalidRequestError` for a terminal: one line per issue, root causes first, as the error orders them."""
    issues = error.issues
    if len(issues) <= 1:
        return f"{PROG}: error: {error}"
    lines = [f"{PROG}: error: {error.command}: {len(issues)} problems:"]
    lines += [f"  {issue.path}: {issue.message}" for issue in issues[: error.MAX_SHOWN]]
    if len(issues) > error.MAX_SHOWN:
        lines.append(f"  and {len(issues) - error.MAX_SHOWN} more")
    return "\n".join(lines)


def _write(out: TextIO | None, text: str) -> bool:
    """Write `text` and a newline to `out`; False when it cannot be written (closed, broken pipe, no stdout)."""
    if out is None:
        return False
    try:
        out.write(text + "\n")
        out.flush()
    except (OSError, ValueError):  # BrokenPipeError, a full disk; ValueError: the file is closed
        if out is sys.stdout:
            _silence_stdout()
        return False
    return True


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null, so that the interpreter's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the CLI; answers the exit status (`EXIT_OK`, `EXIT_API_ERROR`, `EXIT_USAGE` or `EXIT_UNWRITTEN`)."""
    from ._exceptions import ConfigurationError, InvalidRequestError, SignalWireError

    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    projects = [os.environ.get(PROJECT_VARIABLE) or "", *_flag_values(arguments, lambda flag: flag == "--project")]
    # Until the arguments are parsed, anything given to a flag that looks like --token counts as a token.
    masker = _Masker(
        _secret_forms(projects, [os.environ.get(TOKEN_VARIABLE) or "", *_flag_values(arguments, _token_like)])
    )

    def fail(status: int, message: str) -> int:
        _write(err, masker.text(message))
        return status

    try:
        args = build_parser().parse_args(arguments)
    except _UsageError as exc:
        return fail(EXIT_USAGE, str(exc).rstrip())
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    command: Subcommand = args.spec_command
    try:
        project = _setting(args.project, variable=PROJECT_VARIABLE, flag="--project", what="project ID")
        token = _setting(args.token, variable=TOKEN_VARIABLE, flag="--token", what="API token")
        masker = _Masker(_secret_forms([project], [token, os.environ.get(TOKEN_VARIABLE) or ""]))
        space = _setting(args.space, variable=SPACE_VARIABLE, flag="--space", what="space host")
    except _UsageError as exc:
        return fail(EXIT_USAGE, str(exc))
    try:
        leg = _send(args, project, token, space)
    except InvalidRequestError as exc:
        return fail(EXIT_USAGE, _invalid_request_lines(exc))
    except ConfigurationError as exc:
        return fail(EXIT_USAGE, f"{PROG}: error: {exc}")
    except SignalWireError as exc:
        body = getattr(exc, "body", None)
        detail = "" if body is None else "\n" + (json.dumps(body) if not isinstance(body, str) else body)
        return fail(EXIT_API_ERROR, _error_line(command, exc) + detail)
    try:
        text = json.dumps(masker.value(leg), indent=2, ensure_ascii=False)
    except RecursionError:
        return fail(
            EXIT_UNWRITTEN, f"{PROG}: {command.wire_name} was sent and answered; the answer is too deep to print"
        )
    if not _write(out, text):
        return fail(
            EXIT_UNWRITTEN,
            f"{PROG}: {command.wire_name} was sent and answered, but the answer could not be written to stdout"
            " (do not simply run it again)",
        )
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
