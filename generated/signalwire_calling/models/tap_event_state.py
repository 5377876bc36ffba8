# Generated from spec/ by generator/; do not edit.
from typing import Literal

TapEventState = Literal["finished", "tapping"]

TAP_EVENT_STATE_VALUES: set[TapEventState] = {
    "finished",
    "tapping",
}


def check_tap_event_state(value: str) -> TapEventState:
    if value in TAP_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAP_EVENT_STATE_VALUES!r}")
