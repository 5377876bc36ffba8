"""The examples run as users run them: `make demo` (call_flow.py --mock), and the same script pointed at a
"real space" that is the mock's command line on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.testing._support import DEADLINE, cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
FLOW = [
    "-> dial from=+15550100001 to=+15550100002",
    "<- call {id} queued",
    '-> calling.play control_id=greeting tts="Hello! Please enter your four digit PIN."',
    "<- call {id} answered",
    "-> calling.collect control_id=pin digits.max=4 terminators=#",
    "<- call {id} answered",
    "-> calling.record control_id=memo format=mp3 direction=both",
    "<- call {id} answered",
    "-> calling.record.stop control_id=memo",
    "<- call {id} answered",
    "-> calling.end reason=hangup",
    "<- call {id} ending",
]


def run(script: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("SIGNALWIRE_", "DEMO_"))}
    environment.update(env or {})
    return subprocess.run(  # noqa: S603 - our own examples, with fixed arguments
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        env=environment,
        check=False,
    )


def check_flow(lines: list[str]) -> None:
    call_id = re.fullmatch(rf"<- call ({UUID}) queued", lines[1])
    assert call_id, lines
    assert lines == [line.format(id=call_id.group(1)) for line in FLOW]


def test_the_demo_runs_the_call_flow_against_the_bundled_mock() -> None:
    result = run("call_flow.py", "--mock")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"mock: serving the Calling API on http://127\.0\.0\.1:\d+", lines[0])
    check_flow(lines[1:-2])
    assert lines[-2:] == ["mock: 6 requests handled; the call is ended", "mock: stopped"]


def test_the_make_demo_target_runs_that_command() -> None:
    makefile = (EXAMPLES.parent / "Makefile").read_text()
    assert "$(BIN)/python examples/call_flow.py --mock" in makefile


def test_the_same_flow_runs_unchanged_against_a_space_given_by_the_environment() -> None:
    with cli("--project", "P", "--token", "T", "--quiet") as (_, url):
        result = run(
            "call_flow.py",
            env={
                "SIGNALWIRE_PROJECT_ID": "P",
                "SIGNALWIRE_API_TOKEN": "T",
                "SIGNALWIRE_SPACE": url,
                "DEMO_FROM": "+15550100001",
                "DEMO_TO": "+15550100002",
                "DEMO_WAIT": "0",
            },
        )
    assert result.returncode == 0, result.stderr
    check_flow(result.stdout.splitlines())


def test_the_flow_against_a_space_ends_the_call_when_a_step_fails() -> None:
    with cli("--project", "P", "--token", "T", "--no-auto-answer", "--quiet") as (_, url):
        result = run(
            "call_flow.py",
            env={
                "SIGNALWIRE_PROJECT_ID": "P",
                "SIGNALWIRE_API_TOKEN": "T",
                "SIGNALWIRE_SPACE": url,
                "DEMO_FROM": "+15550100001",
                "DEMO_TO": "+15550100002",
                "DEMO_WAIT": "0",
            },
        )
    assert result.returncode == 1
    assert "error: 422 Unprocessable Entity: id names a call that is queued, not answered" in result.stderr


def test_without_credentials_or_numbers_the_demo_says_what_to_set() -> None:
    result = run("call_flow.py")
    assert result.returncode == 2
    assert "DEMO_FROM" in result.stderr
    assert "--mock" in result.stderr
    result = run("call_flow.py", env={"DEMO_FROM": "+15550100001", "DEMO_TO": "+15550100002"})
    assert result.returncode == 2
    assert "SIGNALWIRE_PROJECT_ID" in result.stderr
    assert "--mock" in result.stderr


def test_the_async_example_rings_two_calls_at_once_against_the_bundled_mock() -> None:
    result = run("call_flow_async.py", "--mock")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == "-> dial from=+15550100001 to=+15550100002 and +15550100003 (at once)"
    legs = [line for line in lines if line.startswith("<- call ")]
    assert len(legs) == 6
    assert len({line.split()[2] for line in legs}) == 2
    assert sorted(line.split()[3] for line in legs) == ["answered"] * 2 + ["ending"] * 2 + ["queued"] * 2
    assert lines[-2:] == ["mock: 6 requests handled", "mock: stopped"]


def test_the_async_example_runs_against_a_space_given_by_the_environment() -> None:
    with cli("--quiet") as (_, url):
        result = run(
            "call_flow_async.py",
            env={
                "SIGNALWIRE_PROJECT_ID": "test-project",
                "SIGNALWIRE_API_TOKEN": "test-token",
                "SIGNALWIRE_SPACE": url,
                "DEMO_FROM": "+15550100001",
                "DEMO_TO": "+15550100002,sip:desk@example.com",
                "DEMO_WAIT": "0",
            },
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("<- call ") == 6
