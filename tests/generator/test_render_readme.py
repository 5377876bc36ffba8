"""generator/render/readme.py: the package README's command index."""

from __future__ import annotations

from generator.render import readme
from generator.render.common import HEADER
from tests.support.generator import fixture_spec


def test_one_row_per_command_with_call_id_retry_and_summary() -> None:
    text = readme.render(fixture_spec())
    assert text.startswith(f"<!-- {HEADER} -->\n# signalwire-calling\n")
    assert "\n5 commands. " in text
    commands, _, nested = text.partition("## Nested params")
    rows = [line for line in commands.splitlines() if line.startswith("| `")]
    assert rows == [
        "| `dial(...)` | `dial` | no | Place a new outbound call. |",
        "| `update(call_id, ...)` | `update` | no | Change a call in progress. |",
        "| `play(call_id, ...)` | `calling.play` | no | Play audio. |",
        "| `play_stop(call_id, ...)` | `calling.play.stop` | yes | Send `calling.play.stop`. |",
        "| `end(call_id, ...)` | `calling.end` | yes | Hang up the call. |",
    ]
    assert [line for line in nested.splitlines() if line.startswith("| `")] == [
        "| `dial` | `swml` | Shape: `Swml` {`sections`*}. |",
        "| `play` | `play` | Items: `PlayItem` {`url`*}. |",
    ]


def test_the_requirements_come_from_the_pyproject() -> None:
    pyproject = {
        "project": {
            "requires-python": ">=3.12",
            "dependencies": ["httpx>=0.27,<1", "attrs", "tomli>=2; python_version < '3.11'"],
            "optional-dependencies": {"zeta": ["zlib-ng"], "aiohttp": ["aiohttp[speedups]>=3.10"]},
        }
    }
    assert readme.requirements_sentence(pyproject) == (
        "Python 3.12+; depends on httpx (>=0.27,<1), attrs and tomli (>=2, when python_version < '3.11');"
        " the `aiohttp` extra adds aiohttp (>=3.10); the `zeta` extra adds zlib-ng."
    )
    only = {"project": {"requires-python": ">=3.11", "dependencies": ["httpx"]}}
    assert readme.requirements_sentence(only) == "Python 3.11+; depends on httpx."


def test_the_package_readme_states_the_real_pyproject() -> None:
    text = readme.render(fixture_spec())
    assert "sniffio (>=1.3)" in text
    assert "typing-extensions (>=4.13)" in text
