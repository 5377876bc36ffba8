# Generated from spec/ by generator/; do not edit.
from typing import Literal

PlayEventState = Literal["error", "finished", "paused", "playing"]

PLAY_EVENT_STATE_VALUES: set[PlayEventState] = {
    "error",
    "finished",
    "paused",
    "playing",
}


def check_play_event_state(value: str) -> PlayEventState:
    if value in PLAY_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAY_EVENT_STATE_VALUES!r}")
