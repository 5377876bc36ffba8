"""The examples run as users run them: `make demo` (call_flow.py --mock), and the same script pointed at a
"real space" that is the mock's command line on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.mock import DEADLINE, cli, free_port

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
FLOW = [
    "-> dial from=+15550100001 to=+15550100002",
    "<- call {id} queued",
    '-> calling.play control_id=greeting tts="Hello! Please enter your four digit PIN."',
    "<- call {id} answered",
    "<- greeting finished",
    "-> calling.collect control_id=pin digits.max=4 terminators=# initial_timeout=10 start_input_timers=true",
    "<- call {id} answered",
    "<- pin: {pin}",
    "-> calling.record control_id=memo format=mp3 direction=both",
    "<- call {id} answered",
    "-> calling.record.stop control_id=memo",
    "<- call {id} answered",
    "<- memo: finished, https://example.signalwire.com/api/v1/recordings/{recording}/download",
    "-> calling.end reason=hangup",
    "<- call {id} ending",
]
"""What `make demo` prints between the mock's lines; without status events the `<- greeting`, `<- pin` and
`<- memo` lines are left out."""
WITH_EVENTS = ("<- greeting", "<- pin", "<- memo")


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


def space(url: str, project: str = "P", token: str = "T", **more: str) -> dict[str, str]:  # noqa: S107 - the mock's
    """The environment of a script run against the space at `url` (the mock's command line), plus `more`."""
    environment = {"SIGNALWIRE_PROJECT_ID": project, "SIGNALWIRE_API_TOKEN": token, "SIGNALWIRE_SPACE": url}
    return {**environment, "DEMO_FROM": "+15550100001", "DEMO_TO": "+15550100002", "DEMO_WAIT": "0", **more}


def check_flow(lines: list[str], *, pin: str | None) -> None:
    """`lines` are `FLOW` for this call, with the caller's `pin` and a recording (None: without status events)."""
    call_id = re.fullmatch(rf"<- call ({UUID}) queued", lines[1])
    assert call_id, lines
    expected = [line for line in FLOW if pin is not None or not line.startswith(WITH_EVENTS)]
    recording = next((re.search(rf"recordings/({UUID})/", line) for line in lines if line.startswith("<- memo")), "")
    shown = recording.group(1) if isinstance(recording, re.Match) else ""
    assert lines == [line.format(id=call_id.group(1), pin=pin, recording=shown) for line in expected]


def test_the_demo_runs_the_call_flow_against_the_bundled_mock_and_prints_what_its_events_said() -> None:
    result = run("call_flow.py", "--mock")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"mock: serving the Calling API on http://127\.0\.0\.1:\d+", lines[0])
    assert re.fullmatch(r"mock: status events go to the router on http://127\.0\.0\.1:\d+/events", lines[1])
    check_flow(lines[2:-3], pin="the caller pressed 1234")
    assert lines[-3:] == [
        "mock: 6 requests handled; the call is ended",
        "mock: 10 status events delivered, 10 accepted",  # 3 call states, 2 of the play, 1 collect, 2 record, 2 ends
        "mock: stopped",
    ]


def test_the_make_demo_target_runs_that_command() -> None:
    makefile = (EXAMPLES.parent / "Makefile").read_text()
    assert "$(BIN)/python examples/call_flow.py --mock" in makefile


def test_the_same_flow_runs_unchanged_against_a_space_given_by_the_environment() -> None:
    with cli("--project", "P", "--token", "T", "--quiet") as (_, url):
        result = run(
            "call_flow.py",
            env=space(url),
        )
    assert result.returncode == 0, result.stderr
    check_flow(result.stdout.splitlines(), pin=None)


def test_the_flow_against_a_space_ends_the_call_when_a_step_fails() -> None:
    with cli("--project", "P", "--token", "T", "--no-auto-answer", "--quiet") as (_, url):
        result = run(
            "call_flow.py",
            env=space(url),
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
            env=space(url, "test-project", "test-token", DEMO_TO="+15550100002,sip:desk@example.com"),
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("<- call ") == 6


def test_the_same_flow_against_a_space_gets_its_status_events_at_demo_status_url() -> None:
    """The mock's command line as the space, sending its status events to the router the script serves at
    DEMO_STATUS_PORT: no caller is scripted there, so the PIN collect ends with no input (4 s of the call)."""
    port = free_port()
    with cli("--project", "P", "--token", "T", "--quiet", "--signing-key", "K", "--time-scale", "0.01") as (_, url):
        result = run(
            "call_flow.py",
            env=space(
                url,
                SIGNALWIRE_SIGNING_KEY="K",
                DEMO_STATUS_URL=f"http://127.0.0.1:{port}/events",
                DEMO_STATUS_PORT=str(port),
            ),
        )
    assert result.returncode == 0, result.stderr
    check_flow(result.stdout.splitlines(), pin="no_input")


@pytest.mark.parametrize(
    ("script", "press"), [("ivr.py", "1"), ("ivr.py", "2"), ("ivr_async.py", "1"), ("ivr_async.py", "2")]
)
def test_the_ivr_examples_branch_on_the_key_the_mocked_caller_presses(script: str, press: str) -> None:
    result = run(script, "--mock", "--press", press)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"mock: the Calling API on http://127\.0\.0\.1:\d+, status events to \S+/events", lines[0])
    recorded = [rf"<- recording finished: https://example\.signalwire\.com/api/v1/recordings/{UUID}/download"]
    expected = [
        r"-> dial \+15550100002",
        "<- answered",
        "<- menu played",
        f"<- caller pressed {press}",
        *(recorded if press == "1" else []),
        "<- goodbye played",
        "<- call ended: hangup",
    ]
    assert len(lines) == len(expected) + 2, lines
    for line, pattern in zip(lines[1:-1], expected, strict=True):
        assert re.fullmatch(pattern, line), (line, pattern)
    requests, events = (7, 14) if press == "1" else (5, 10)
    assert lines[-1] == f"mock: {requests} requests handled, {events} status events delivered"
