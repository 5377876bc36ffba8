"""Every Python example of the READMEs runs as written, against the bundled mock as the user's space.

Each ```python block is preceded by `<!-- readme-test: NAME -->`, and `CHECKS[NAME]` says what running it
must have done; a block that cannot run says so with `<!-- readme-test: skip: <reason> -->`. A block with
neither fails `test_every_python_block_is_run_or_excluded_with_a_reason`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from signalwire_calling.testing import CallingMock, MockServer

ROOT = Path(__file__).resolve().parents[2]
READMES = [ROOT / "README.md", ROOT / "generated" / "README.md"]
MARKER = re.compile(r"<!-- readme-test: (?P<name>[\w-]+)(?::\s*(?P<reason>.*?))? -->")
BLOCK = re.compile(r"^```python\n(?P<code>.*?)^```", re.S | re.M)


class Block:
    def __init__(self, path: Path, text: str, match: re.Match[str]) -> None:
        self.where = f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}"
        self.code = match.group("code")
        before = text[: match.start()].rstrip().rsplit("\n", 1)[-1]
        marker = MARKER.fullmatch(before.strip())
        self.name = marker.group("name") if marker else None
        self.reason = marker.group("reason") if marker else None


def blocks() -> list[Block]:
    found = []
    for path in READMES:
        text = path.read_text(encoding="utf-8")
        found += [Block(path, text, match) for match in BLOCK.finditer(text)]
    return found


def block(name: str) -> Block:
    (found,) = [b for b in blocks() if b.name == name]
    return found


Check = Callable[[CallingMock, str], None]


def check_quickstart(mock: CallingMock, out: str) -> None:
    assert mock.commands == ["dial", "calling.play", "calling.collect", "calling.play.stop", "calling.end"]
    assert mock.last_call is not None
    assert mock.last_call.status == "ended"
    play = mock.sent("calling.play")[0]
    assert play.params["play"] == [{"type": "tts", "params": {"text": "Hello from Python"}}]
    assert mock.sent("calling.play.stop")[0].control_id == play.control_id  # the handle's own control_id
    call_id, status, greeting, menu = out.split()
    assert (call_id, status, greeting, menu) == (mock.last_call.id, "ending", play.control_id, "menu")


def check_async(mock: CallingMock, out: str) -> None:
    assert mock.commands == ["dial", "calling.record", "calling.record.stop", "calling.end"]
    record, stop = mock.sent("calling.record")[0], mock.sent("calling.record.stop")[0]
    assert stop.control_id == record.control_id


def check_options(mock: CallingMock, out: str) -> None:
    assert mock.commands == ["dial", "calling.end"]


def check_extra_params(mock: CallingMock, out: str) -> None:
    sent = mock.assert_sent("calling.play", control_id="x")
    assert sent.extra_params == {"new_option": True}
    assert sent.status == 200


def check_mock(mock: CallingMock, out: str) -> None:
    assert mock.commands == []  # the example makes its own mock
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+\n", out)


def check_mock_events(mock: CallingMock, out: str) -> None:
    assert mock.commands == []  # the example makes its own mock
    digits, url = out.splitlines()
    assert digits == "1234"
    assert re.fullmatch(r"https://example\.signalwire\.com/api/v1/recordings/[0-9a-f-]{36}/download", url)


def check_aiohttp(mock: CallingMock, out: str) -> None:
    assert sorted(mock.commands) == ["calling.end"] * 3 + ["dial"] * 3


def check_raw(mock: CallingMock, out: str) -> None:
    assert mock.commands == ["dial", "calling.play"]
    status, content_type, request_id, same = out.split()
    assert (status, content_type, same) == ("200", "application/json", "True")
    assert request_id == mock.last.request_id


def check_logging(mock: CallingMock, out: str) -> None:
    logger = logging.getLogger("signalwire_calling")
    try:
        assert logger.getEffectiveLevel() == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)


def check_package(mock: CallingMock, out: str) -> None:
    assert mock.commands == ["dial", "calling.end"]


def check_swml(mock: CallingMock, out: str) -> None:
    from tests.support import vendor_swml

    assert mock.commands == ["dial", "calling.transfer"]
    menu, goodbye = mock.sent("dial")[0].params["swml"], mock.sent("calling.transfer")[0].params["dest"]
    assert vendor_swml.accepts(menu)
    assert vendor_swml.accepts(goodbye)
    assert [next(iter(instruction)) for instruction in menu["sections"]["main"]] == [
        "answer",
        "prompt",
        "switch",
        "hangup",
    ]
    assert list(menu["sections"]) == ["main", "sales", "support"]


CHECKS: dict[str, Check] = {
    "quickstart": check_quickstart,
    "async": check_async,
    "options": check_options,
    "extra_params": check_extra_params,
    "mock": check_mock,
    "mock-events": check_mock_events,
    "package": check_package,
    "aiohttp": check_aiohttp,
    "raw": check_raw,
    "logging": check_logging,
    "swml": check_swml,
}
LENIENT = {"extra_params"}  # run against a mock in lenient mode (README: "Sending a field the spec does not know")


def test_every_python_block_is_run_or_excluded_with_a_reason() -> None:
    found = blocks()
    assert len(found) >= len(CHECKS)
    unmarked = [b.where for b in found if b.name is None]
    assert not unmarked, f"README python blocks without a readme-test marker: {unmarked}"
    skipped = [b for b in found if b.name == "skip"]
    assert all(b.reason for b in skipped), "a skipped block must give its reason"
    names = [b.name for b in found if b.name != "skip"]
    assert sorted(names) == sorted(CHECKS), "each marker names one check in CHECKS, and each check one block"


@pytest.fixture
def space(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    mock = CallingMock(lenient=request.node.callspec.params["name"] in LENIENT)
    with mock.serve() as server:
        monkeypatch.setenv("SIGNALWIRE_PROJECT_ID", mock.project)
        monkeypatch.setenv("SIGNALWIRE_API_TOKEN", mock.token)
        monkeypatch.setenv("SIGNALWIRE_SPACE", server.url.removeprefix("http://"))  # 127.0.0.1:<port>
        yield server


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_the_example_runs_as_written(name: str, space: MockServer) -> None:
    example = block(name)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example.code, example.where, "exec"), {"__name__": "__main__"})  # noqa: S102
    CHECKS[name](space.mock, out.getvalue())
