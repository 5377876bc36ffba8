# Generated from spec/ by generator/; do not edit.
from typing import Literal

CollectEventState = Literal["collecting", "error", "finished"]

COLLECT_EVENT_STATE_VALUES: set[CollectEventState] = {
    "collecting",
    "error",
    "finished",
}


def check_collect_event_state(value: str) -> CollectEventState:
    if value in COLLECT_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECT_EVENT_STATE_VALUES!r}")
