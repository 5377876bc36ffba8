"""`signalwire-calling`, the command line: generated from the spec, run against the mock over HTTP."""

from __future__ import annotations

import base64
import http.server
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from signalwire_calling.cli import build_parser, main
from signalwire_calling.testing import CallingMock, MockServer

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "calling.yaml").read_text(encoding="utf-8"))
SCHEMAS = SPEC["components"]["schemas"]
REQUESTS = {schema["x-signalwire-method"]: schema for schema in SCHEMAS.values() if "x-signalwire-method" in schema}
TTS = '[{"type":"tts","params":{"text":"Hi"}}]'
TOKEN = "cli-test-token-0123456789"


def spec_fields(method: str) -> set[str]:
    params = REQUESTS[method]["properties"]["params"]
    variants = [SCHEMAS[ref["$ref"].rsplit("/", 1)[1]] for ref in params.get("oneOf", [params])]
    return {name for variant in variants for name in variant.get("properties", {})} - {"id"}


class Run:
    """One in-process run of `main`: exit status and what it wrote."""

    def __init__(self, *argv: str) -> None:
        out, err = io.StringIO(), io.StringIO()
        self.status = main(list(argv), stdout=out, stderr=err)
        self.stdout, self.stderr = out.getvalue(), err.getvalue()

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def space(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    mock = CallingMock(token=TOKEN)
    with mock.serve() as server:
        monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", mock.project)
        monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
        monkeypatch.setenv("SIGNALWIRE_SPACE", server.url)
        yield server


def dial(space: MockServer) -> str:
    run = Run("dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://example.com/swml")
    assert run.status == 0, run.stderr
    call_id: str = run.json()["id"]
    return call_id


# -- generated from the spec ----------------------------------------------------------------------------------


def subcommands() -> dict[str, Any]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return dict(action.choices)  # type: ignore[arg-type]


def test_one_subcommand_per_command_by_method_and_wire_name() -> None:
    found = subcommands()
    for method, request in REQUESTS.items():
        wire = request["properties"]["command"].get("const")
        assert method.replace("_", "-") in found, method
        if wire is not None:
            assert found[wire] is found[method.replace("_", "-")]
    assert found["end"] is found["calling.end"]
    assert len({id(parser) for parser in found.values()}) == len(REQUESTS) == 42


@pytest.mark.parametrize("method", sorted(REQUESTS))
def test_options_are_the_commands_params(method: str) -> None:
    parser = subcommands()[method.replace("_", "-")]
    flags = {a.option_strings[0] for a in parser._actions if a.option_strings and a.dest != "help"}
    assert {flag.removeprefix("--").replace("-", "_") for flag in flags} == spec_fields(method)
    positional = [a.dest for a in parser._actions if not a.option_strings]
    assert positional == ([] if method == "dial" else ["call_id"])


@pytest.mark.parametrize("method", sorted(REQUESTS))
def test_help_per_command_has_the_spec_description(method: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert Run(method.replace("_", "-"), "--help").status == 0
    shown = " ".join(capsys.readouterr().out.split())
    description = " ".join(REQUESTS[method]["description"].split())
    assert description.partition(". ")[0] in shown
    for name in spec_fields(method):
        assert f"--{name.replace('_', '-')}" in shown


def test_enums_are_choices_and_required_params_required(capsys: pytest.CaptureFixture[str]) -> None:
    Run("end", "--help")
    assert "{hangup,cancel,busy,noAnswer,decline,error}" in capsys.readouterr().out
    run = Run("play", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--control-id", "x")
    assert run.status == 2
    assert "the following arguments are required: --play" in run.stderr


# -- against the mock over HTTP -------------------------------------------------------------------------------


def test_dial_then_commands_print_the_leg_as_json(space: MockServer) -> None:
    call_id = dial(space)
    assert space.mock.calls[call_id].params["url"] == "https://example.com/swml"
    run = Run("play", call_id, "--control-id", "x", "--play", TTS, "--volume", "-2.5", "--direction", "both")
    assert run.status == 0, run.stderr
    assert run.stderr == ""
    leg = run.json()
    assert leg["id"] == call_id
    assert leg["status"] == "answered"
    assert leg["from"] == "+15550100001"
    space.mock.assert_sent("calling.play", control_id="x", play=json.loads(TTS), volume=-2.5, direction="both")
    assert Run("calling.play.pause", call_id, "--control-id", "x").status == 0
    assert Run("play-stop", call_id, "--control-id", "x").status == 0
    assert space.mock.calls[call_id].operations["x"].state == "finished"
    end = Run("end", call_id, "--reason", "busy")
    assert end.status == 0
    assert end.json()["status"] == "ending"
    assert space.mock.commands == ["dial", "calling.play", "calling.play.pause", "calling.play.stop", "calling.end"]


def test_scalars_booleans_and_text_or_json(space: MockServer) -> None:
    call_id = dial(space)
    args = ["collect", call_id, "--control-id", "c", "--digits", '{"max": 4}', "--no-continuous", "--initial-timeout"]
    assert Run(*args, "5").status == 0
    space.mock.assert_sent("calling.collect", digits={"max": 4}, continuous=False, initial_timeout=5.0)
    dial_args = ["dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://e.com/s"]
    assert Run(*dial_args, "--codecs", "PCMU,OPUS", "--timeout", "30").status == 0
    space.mock.assert_sent("dial", codecs="PCMU,OPUS", timeout=30)
    assert Run(*dial_args, "--codecs", '["PCMU", "OPUS"]').status == 0
    space.mock.assert_sent("dial", codecs=["PCMU", "OPUS"])


def test_update_puts_the_call_id_in_params(space: MockServer) -> None:
    call_id = dial(space)
    assert Run("update", call_id, "--url", "https://example.com/next").status == 0
    assert space.mock.requests[-1].data == {
        "command": "update",
        "params": {"id": call_id, "url": "https://example.com/next"},
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["plya", "3fa85f64-5717-4562-b3fc-2c963f66afa6"],  # no such command
        ["end"],  # no call id
        ["end", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--reason", "bored"],  # not a choice
        ["play", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--control-id", "x", "--play", "[{"],  # not JSON
        ["play-volume", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--control-id", "x", "--volume", "loud"],
        ["end", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--colour", "red"],  # unknown option
    ],
)
def test_usage_errors_exit_2_before_sending(space: MockServer, argv: list[str]) -> None:
    run = Run(*argv)
    assert run.status == 2
    assert run.stdout == ""
    assert "error:" in run.stderr
    assert space.mock.requests == []


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["play", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--control-id", "x", "--play", '[{"type":"tts"}]'], "play"),
        (["play-volume", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--control-id", "x", "--volume", "99"], "volume"),
        (["end", "not-a-uuid"], "id"),
        (["dial", "--from", "+15550100001", "--to", "+15550100002"], "params"),  # neither url nor swml
    ],
)
def test_arguments_the_spec_rejects_exit_2_before_sending(space: MockServer, argv: list[str], field: str) -> None:
    run = Run(*argv)
    assert run.status == 2
    assert run.stderr.startswith("signalwire-calling: error: ")
    assert field in run.stderr
    assert space.mock.requests == []


def test_missing_settings_exit_2_and_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_SPACE", raising=False)
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "p")
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    run = Run("end", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert run.status == 2
    assert "SIGNALWIRE_SPACE" in run.stderr
    assert TOKEN not in run.stderr


def test_api_errors_exit_1_with_status_and_body(space: MockServer) -> None:
    run = Run("end", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert run.status == 1
    assert run.stdout == ""
    assert "calling.end: 404" in run.stderr
    call_id = dial(space)
    run = Run("record-stop", call_id, "--control-id", "nope")
    assert run.status == 1
    first, second = run.stderr.splitlines()
    assert "422 Unprocessable Entity" in first
    assert json.loads(second)["errors"][0]["attribute"] == "control_id"


def test_transport_errors_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a port nothing listens on once this closes
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", "p")
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", TOKEN)
    monkeypatch.setenv("SIGNALWIRE_SPACE", f"127.0.0.1:{port}")
    run = Run("end", "3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert run.status == 1
    assert "Connection error" in run.stderr


def test_settings_as_options_and_the_token_never_printed(space: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIGNALWIRE_API_TOKEN")
    settings = ["--project", space.mock.project, "--token", TOKEN, "--space", space.url]
    runs = [
        Run(*settings, "dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://e.com/s"),
        Run("--project", space.mock.project, "--token", "wrong-token-value", "--space", space.url, "end", "x" * 36),
        Run(*settings, "end", "3fa85f64-5717-4562-b3fc-2c963f66afa6", TOKEN),  # a token where none belongs
        Run("--token=" + TOKEN, "--space", space.url, "--project", "p", "end", "3fa85f64-5717-4562-b3fc-2c963f66afa6"),
    ]
    assert [run.status for run in runs] == [0, 2, 2, 1]
    for run in runs:
        assert TOKEN not in run.stdout + run.stderr
        assert "wrong-token-value" not in run.stdout + run.stderr
    assert "unrecognized arguments: ***" in runs[2].stderr
    assert "401" in runs[3].stderr


# -- as installed -----------------------------------------------------------------------------------------------


def installed_script() -> str:
    found = shutil.which("signalwire-calling", path=str(Path(sys.executable).parent))
    assert found, "the console script signalwire-calling is not installed (make install)"
    return found


@pytest.mark.parametrize("entry", ["console script", "python -m"])
def test_the_installed_command_against_the_mock_server(space: MockServer, entry: str) -> None:
    command = [installed_script()] if entry == "console script" else [sys.executable, "-m", "signalwire_calling"]
    env = {**os.environ, "SIGNALWIRE_SPACE": space.url.removeprefix("http://")}  # host:port, no scheme
    args = ["dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://example.com/swml"]
    result = subprocess.run([*command, *args], capture_output=True, text=True, env=env, check=False, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    call_id = json.loads(result.stdout)["id"]
    args = ["play", call_id, "--control-id", "x", "--play", TTS]
    result = subprocess.run([*command, *args], capture_output=True, text=True, env=env, check=False, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "answered"
    result = subprocess.run([*command, "end"], capture_output=True, text=True, env=env, check=False, timeout=60)  # noqa: S603
    assert result.returncode == 2
    assert TOKEN not in result.stdout + result.stderr
    assert space.mock.commands == ["dial", "calling.play"]


# -- hardening: secrets, abbreviations, deep JSON, messages, a closed stdout --------------------------------------

CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


class _Echo(http.server.BaseHTTPRequestHandler):
    """A misbehaving server: it answers the credentials it received, raw and decoded, in its body."""

    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        authorization = self.headers.get("Authorization", "")
        decoded = base64.b64decode(authorization.removeprefix("Basic ")).decode()
        if body["command"] == "calling.end":  # a call leg that carries them
            status, answer = 200, {"id": CALL_ID, "type": "relay_pstn_call", "echo": [authorization, decoded]}
        else:
            status, answer = 401, {"error": "Unauthorized", "authorization": authorization, "decoded": decoded}
        content = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def echo_space(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    for name in ("SIGNALWIRE_PROJECT_ID", "SIGNALWIRE_API_TOKEN", "SIGNALWIRE_SPACE"):
        monkeypatch.delenv(name, raising=False)
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def secret_forms(project: str, token: str) -> list[str]:
    basic = base64.b64encode(f"{project}:{token}".encode()).decode()
    return [token, basic, f"Basic {basic}", f"{project}:{token}"]


@pytest.mark.parametrize("token", [TOKEN, "k", "k9", "k9Z", 'quo"te\\slash'])
def test_a_401_echoing_the_credentials_prints_none_of_them(echo_space: str, token: str) -> None:
    settings = ["--project", "echo-project", "--token", token, "--space", echo_space]
    run = Run(*settings, "dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://e.com/s")
    assert run.status == 1
    assert "401 Unauthorized" in run.stderr
    assert '"authorization": "Basic ***"' in run.stderr  # the body is still shown, masked
    for form in secret_forms("echo-project", token):
        assert form not in run.stdout + run.stderr


@pytest.mark.parametrize("token", [TOKEN, "k9"])
def test_a_leg_echoing_the_credentials_is_printed_masked_and_still_json(
    echo_space: str, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGNALWIRE_API_TOKEN", token)
    run = Run("--project", "echo-project", "--space", echo_space, "end", CALL_ID)
    assert run.status == 0, run.stderr
    leg = run.json()
    assert leg["id"] == CALL_ID
    assert leg["echo"] == ["Basic ***", "echo-project:***"]
    for form in secret_forms("echo-project", token):
        assert form not in run.stdout + run.stderr


@pytest.mark.parametrize("flag", ["--tok", "--toke", "--t", "--to"])
@pytest.mark.parametrize("joined", [False, True])
def test_an_abbreviated_token_flag_is_refused_and_its_value_masked(space: MockServer, flag: str, joined: bool) -> None:
    secret = "abbreviated-secret-42"
    given = [f"{flag}={secret}"] if joined else [flag, secret]
    run = Run(*given, "end", CALL_ID)
    assert run.status == 2
    assert "error:" in run.stderr
    assert secret not in run.stdout + run.stderr
    assert space.mock.requests == []


def test_an_abbreviated_option_of_a_command_is_refused(space: MockServer) -> None:
    run = Run("end", CALL_ID, "--reas", "busy")  # argparse would take it for --reason
    assert run.status == 2
    assert "unrecognized arguments: --reas busy" in run.stderr
    assert TOKEN not in run.stdout + run.stderr
    assert space.mock.requests == []


@pytest.mark.parametrize("depth", [101, 100_000])
def test_json_nested_too_deeply_is_a_usage_error(space: MockServer, depth: int) -> None:
    run = Run("play", CALL_ID, "--control-id", "x", "--play", "[" * depth + "]" * depth)
    assert run.status == 2
    assert "argument --play: nested more than 100 levels deep" in run.stderr
    assert "Traceback" not in run.stderr
    assert TOKEN not in run.stdout + run.stderr
    assert space.mock.requests == []


def test_json_nested_100_levels_reaches_the_spec_check(space: MockServer) -> None:
    # SWML's `set` takes any JSON: the document, sections, main and the instruction, then 96 objects: 100 levels.
    nested = '{"a":' * 95 + "{}" + "}" * 95
    document = '{"sections":{"main":[{"set":' + nested + "}]}}"
    run = Run("dial", "--from", "+15550100001", "--to", "+15550100002", "--swml", document)
    assert run.status == 0, run.stderr
    assert TOKEN not in run.stdout + run.stderr
    assert space.mock.commands == ["dial"]


def test_an_error_names_the_command_once(space: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    not_found = Run("end", CALL_ID)
    assert not_found.stderr.startswith("signalwire-calling: calling.end: 404 Not Found (calling.end on call ")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("SIGNALWIRE_SPACE", f"127.0.0.1:{port}")
    refused = Run("dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://e.com/s")
    assert refused.status == 1
    assert refused.stderr.startswith("signalwire-calling: dial: Connection error (ConnectError)")
    assert "dial: dial:" not in refused.stderr
    ended = Run("end", CALL_ID)
    assert ended.stderr.startswith(f"signalwire-calling: calling.end on call {CALL_ID}: Connection error")
    for run in (not_found, refused, ended):
        assert TOKEN not in run.stdout + run.stderr


@pytest.mark.parametrize(
    ("variable", "flag"),
    [("SIGNALWIRE_PROJECT_ID", "--project"), ("SIGNALWIRE_API_TOKEN", "--token"), ("SIGNALWIRE_SPACE", "--space")],
)
def test_a_missing_setting_names_the_option_and_the_variable(
    space: MockServer, monkeypatch: pytest.MonkeyPatch, variable: str, flag: str
) -> None:
    monkeypatch.setenv(variable, "")  # empty counts as not set
    run = Run("end", CALL_ID)
    assert run.status == 2
    assert run.stderr.startswith("signalwire-calling: error: no ")
    assert f": pass {flag} or set {variable}\n" in run.stderr
    assert "=" not in run.stderr
    assert TOKEN not in run.stderr
    assert space.mock.requests == []


def test_every_issue_is_shown_one_per_line_root_causes_first(space: MockServer) -> None:
    run = Run("play", CALL_ID, "--control-id", "x", "--play", '[{"type":"tts","params":{"txt":"Hi"}}]')
    assert run.status == 2
    assert run.stderr.splitlines() == [
        "signalwire-calling: error: calling.play: 2 problems:",
        "  params.play[0].params.txt: is not a known field (did you mean 'text'?)",
        "  params.play[0].params.text: is required",
    ]
    assert TOKEN not in run.stdout + run.stderr
    assert space.mock.requests == []


@pytest.mark.parametrize("how", ["broken pipe", "closed descriptor"])
def test_a_dial_whose_answer_cannot_be_written_exits_3_not_1(space: MockServer, how: str) -> None:
    """Exit 1 says the command may have failed; a script retrying on it would place a second call."""
    env = {**os.environ, "SIGNALWIRE_SPACE": space.url}
    args = [installed_script(), "dial", "--from", "+15550100001", "--to", "+15550100002", "--url", "https://e.com/s"]
    if how == "closed descriptor":
        args = ["/bin/sh", "-c", 'exec "$@" >&-', "sh", *args]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:  # noqa: S603
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()  # nobody reads the answer
        stderr = process.stderr.read()
        status = process.wait(timeout=60)
    assert status == 3, stderr
    assert stderr == (
        "signalwire-calling: dial was sent and answered, but the answer could not be written to stdout"
        " (do not simply run it again)\n"
    )
    assert space.mock.commands == ["dial"]
    assert TOKEN not in stderr
