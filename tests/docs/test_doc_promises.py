"""What the docs promise is what the code does: each case here was a wrong promise found by a newcomer's trial."""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import pytest

from signalwire_calling import ConfigurationError, InvalidRequestError
from signalwire_calling.cli import main
from signalwire_calling.testing import CallingMock

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text(encoding="utf-8"))
INDEX = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")


def words(text: str) -> str:
    return " ".join(text.split())


def test_update_is_documented_as_needing_url_or_swml(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["update", "--help"]) == 0
    with CallingMock().client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        shown = {
            "method": words(client.calling.update.__doc__ or ""),
            "handle": words(type(call).update.__doc__ or ""),
            "cli help": words(capsys.readouterr().out),
            "index": next(line for line in INDEX.splitlines() if line.startswith("| `update(")),
        }
    for where, text in shown.items():
        assert "end it through `status`" not in text, where
        assert "`url`" in text, where
        assert "`swml`" in text, where
        assert "one of the two is required" in text, where
    assert "use `calling.end`" in shown["method"]


def test_update_with_only_status_is_refused_as_the_docs_say() -> None:
    with CallingMock().client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
        with pytest.raises(InvalidRequestError, match="url"):
            client.calling.update(call.id, status="completed")
        client.calling.update(call.id, status="completed", url="https://example.com/swml")


def test_the_missing_aiohttp_hint_names_commands_that_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import signalwire_calling._aiohttp
    from signalwire_calling import DefaultAioHttpClient

    monkeypatch.setattr(signalwire_calling._aiohttp, "_INSTALLED", False)
    with pytest.raises(ConfigurationError) as caught:
        DefaultAioHttpClient()
    commands = re.findall(r"pip install '([^']+)'", str(caught.value))
    (extra_requirement,) = PYPROJECT["project"]["optional-dependencies"]["aiohttp"]
    assert commands == [extra_requirement, "./generated[aiohttp]", "signalwire-calling[aiohttp]"]
    assert (ROOT / "generated" / "pyproject.toml").is_file()  # ./generated is installable from a clone's root
    assert PYPROJECT["project"]["name"] == "signalwire-calling"


def test_the_package_readme_names_every_dependency_and_extra() -> None:
    first = INDEX.split("\n\n")[1]
    project = PYPROJECT["project"]
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["aiohttp"]]:
        name, versions = re.fullmatch(r"([A-Za-z0-9._-]+)(.*)", requirement).groups()  # type: ignore[union-attr]
        assert f"{name} ({versions})" in first, requirement
    assert f"Python {project['requires-python'].removeprefix('>=')}+" in first
    assert "the `aiohttp` extra adds aiohttp" in first


def test_an_unknown_keyword_is_a_type_error_as_the_readme_says() -> None:
    readme = words((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "| `TypeError` (Python's own) | an unknown keyword argument of a method" in readme
    with CallingMock().client() as client, pytest.raises(TypeError, match="unexpected keyword argument 'ply'"):
        client.calling.play("3fa85f64-5717-4562-b3fc-2c963f66afa6", control_id="x", ply=[])  # type: ignore[call-arg]


def test_the_readme_lists_the_cli_exit_statuses_main_answers() -> None:
    from signalwire_calling import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| (\d) \| (.+) \|$", readme, flags=re.MULTILINE))
    assert set(table) == {"0", "1", "2", "3"}
    assert (cli.EXIT_OK, cli.EXIT_API_ERROR, cli.EXIT_USAGE, cli.EXIT_UNWRITTEN) == (0, 1, 2, 3)
    assert "nothing was sent" in table["2"]
    assert "sent and answered" in table["3"]
    assert main(["--help"], stdout=io.StringIO()) == 0


def test_nested_param_shapes_are_in_help_and_in_the_index() -> None:
    with CallingMock().client() as client:
        doc = words(client.calling.play.__doc__ or "")
        record_doc = words(client.calling.record.__doc__ or "")
    assert "Items: one of `PlayAudioItem`" in doc
    assert "`PlayTtsItem` {`type`*='tts', `params`*: `PlayTtsParams` {`text`*, `language`, `gender`, `voice`}}" in doc
    assert "dicts of the TypedDicts of the same names in `signalwire_calling.typed_dicts`" in doc
    assert "Shape: `RecordConfig` {`audio`*: `RecordAudioParams` {`beep`, `format`," in record_doc
    section = INDEX.partition("## Nested params")[2]
    assert "| `play` | `play` | Items: one of `PlayAudioItem`" in section
    assert (
        "| `collect` | `digits` | Shape: `CollectDigitsParams` {`max`*, `terminators`, `digit_timeout`}. |" in section
    )
    from signalwire_calling import models, typed_dicts

    for name in re.findall(r"`([A-Z][A-Za-z]+)` \{", section):  # every model named there exists, in both forms
        assert hasattr(models, name), name
        assert hasattr(typed_dicts, name), name
