"""generator/render/event_table.py: `_event_table.py`, each event type with its model and rules, as the runtime
reads them (`_event_info.is_terminal`)."""

from __future__ import annotations

from typing import Any

from generator.render import event_table
from signalwire_calling._event_info import EventInfo, is_terminal
from tests.support.generator import fixture_spec, run_module


def rendered() -> dict[str, Any]:
    return run_module(event_table.render(fixture_spec()), "_fixture_event_table")


def test_each_event_type_gets_its_model_webhook_and_rules() -> None:
    events = rendered()["EVENTS"]
    assert set(events) == {"calling.call.play", "calling.call.state"}
    play = events["calling.call.play"]
    assert isinstance(play, EventInfo)
    assert (play.model, play.webhook, play.operations, play.call_state) == (
        "PlayedEvent",
        "playCallback",
        ("play",),
        None,
    )
    assert events["calling.call.state"].call_state == ("params", "call_state")
    assert events["calling.call.state"].ended == frozenset({"ended"})
    assert rendered()["GENERIC_EVENT"] == "AnyEvent"


def test_the_rendered_rules_decide_as_the_spec_says() -> None:
    play = rendered()["EVENTS"]["calling.call.play"]
    assert is_terminal(play, {"params": {"state": "finished"}})
    assert is_terminal(play, {"params": {"state": "error"}})
    assert not is_terminal(play, {"params": {"state": "playing"}})
    assert not is_terminal(play, {"params": {"state": "finished", "final": False}})  # the progress rule first
    assert is_terminal(play, {"params": {"state": "finished", "final": 0}})  # 0 is not false
    assert not is_terminal(rendered()["EVENTS"]["calling.call.state"], {"params": {"call_state": "ended"}})


def test_the_output_does_not_depend_on_set_order() -> None:
    first = event_table.render(fixture_spec())
    assert "frozenset({'error', 'finished'})" in first
    assert all(event_table.render(fixture_spec()) == first for _ in range(3))
