"""The pytest plugin the package registers through the `pytest11` entry point."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from signalwire_calling import AsyncRestClient, RestClient
from signalwire_calling.testing import CallingMock, MockServer
from tests.support.mock import dial, tts

DEADLINE = 120.0


def test_the_plugin_is_registered_through_the_pytest11_entry_point() -> None:
    registered = {point.name: point.value for point in entry_points(group="pytest11")}
    assert registered.get("signalwire_calling") == "signalwire_calling.testing.pytest_plugin"


def test_the_client_fixture_talks_to_the_mock_fixture(calling_mock: CallingMock, calling_client: RestClient) -> None:
    leg = dial(calling_client)
    calling_client.calling.play(leg.id, control_id="hi", play=tts())
    calling_mock.assert_sent("calling.play", call_id=leg.id, control_id="hi")
    assert calling_mock.call(leg.id).operation("hi").state == "active"


def test_the_server_fixture_serves_the_mock_fixture(calling_mock: CallingMock, calling_server: MockServer) -> None:
    assert calling_server.mock is calling_mock
    with calling_server.client() as client:
        dial(client)
    assert calling_mock.commands == ["dial"]


@pytest.mark.anyio
async def test_the_async_client_fixture_talks_to_the_mock_fixture(
    calling_mock: CallingMock, async_calling_client: AsyncRestClient
) -> None:
    leg = await async_calling_client.calling.dial(from_="+15550100001", to="+15550100002", url="https://x")
    await async_calling_client.calling.end(leg.id)
    assert calling_mock.call(leg.id).status == "ended"


def test_importing_the_plugin_loads_nothing_of_the_mock() -> None:
    code = (
        "import sys, signalwire_calling.testing.pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.startswith('signalwire_calling.testing.') or m == 'http.server'))"
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=DEADLINE, check=True
    )
    assert result.stdout.strip() == "['signalwire_calling.testing.pytest_plugin']"


def test_a_foreign_test_suite_gets_the_fixtures_without_configuration(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\nfilterwarnings = error\n")
    (tmp_path / "test_app.py").write_text(
        textwrap.dedent(
            """
            def greet(client, call_id):
                client.calling.play(call_id, control_id="greeting", play=[{"type": "tts", "params": {"text": "Hi"}}])

            def test_greets(calling_mock, calling_client):
                call = calling_mock.add_call()
                greet(calling_client, call.id)
                calling_mock.assert_sent("calling.play", call_id=call.id, control_id="greeting")

            def test_served(calling_server):
                with calling_server.client() as client:
                    client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com")

            def test_unrelated():
                assert True
            """
        )
    )
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
