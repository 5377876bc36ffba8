"""generator/render/readme.py: the package README's command index."""

from __future__ import annotations

from generator.render import readme
from generator.render.common import HEADER
from tests.generator._support import fixture_spec


def test_one_row_per_command_with_call_id_retry_and_summary() -> None:
    text = readme.render(fixture_spec())
    assert text.startswith(f"<!-- {HEADER} -->\n# signalwire-calling\n")
    assert "\n5 commands. " in text
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert rows == [
        "| `dial(...)` | `dial` | no | Place a new outbound call. |",
        "| `update(call_id, ...)` | `update` | no | Change a call in progress. |",
        "| `play(call_id, ...)` | `calling.play` | no | Play audio. |",
        "| `play_stop(call_id, ...)` | `calling.play.stop` | yes | Send `calling.play.stop`. |",
        "| `end(call_id, ...)` | `calling.end` | yes | Hang up the call. |",
    ]
