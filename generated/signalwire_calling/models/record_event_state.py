# Generated from spec/ by generator/; do not edit.
from typing import Literal

RecordEventState = Literal["error", "finished", "no_input", "paused", "recording"]

RECORD_EVENT_STATE_VALUES: set[RecordEventState] = {
    "error",
    "finished",
    "no_input",
    "paused",
    "recording",
}


def check_record_event_state(value: str) -> RecordEventState:
    if value in RECORD_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_EVENT_STATE_VALUES!r}")
