"""The README's complete Python examples run as written, against the bundled mock as the user's space."""

from __future__ import annotations

import asyncio
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from signalwire_calling.testing import CallingMock, MockServer

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def block(marker: str) -> str:
    found = [code for code in BLOCKS if marker in code]
    assert len(found) == 1, f"expected one README example containing {marker!r}"
    return found[0]


@pytest.fixture
def space(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    mock = CallingMock()
    with mock.serve() as server:
        monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", mock.project)
        monkeypatch.setenv("SIGNALWIRE_API_TOKEN", mock.token)
        monkeypatch.setenv("SIGNALWIRE_SPACE", server.url)
        yield server


def test_quickstart(space: MockServer) -> None:
    exec(block("with RestClient() as client"), {})  # noqa: S102
    assert space.mock.commands == ["dial", "calling.play", "calling.collect", "calling.end"]
    assert space.mock.last_call is not None
    assert space.mock.last_call.status == "ended"


def test_async_quickstart(space: MockServer) -> None:
    body = textwrap.indent(block("async with AsyncRestClient() as client"), "    ")
    namespace: dict[str, object] = {}
    exec(f"async def main():\n{body}", namespace)  # noqa: S102
    asyncio.run(namespace["main"]())  # type: ignore[arg-type]
    assert space.mock.commands == ["dial", "calling.end"]


def test_mock_example() -> None:
    namespace: dict[str, object] = {}
    exec(block("from signalwire_calling.testing import CallingMock"), namespace)  # noqa: S102
    mock = namespace["mock"]
    assert isinstance(mock, CallingMock)
    assert mock.commands == ["dial", "calling.play"]
