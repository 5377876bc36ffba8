# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallState = Literal["answered", "created", "ended", "ending", "ringing"]

CALL_STATE_VALUES: set[CallState] = {
    "answered",
    "created",
    "ended",
    "ending",
    "ringing",
}


def check_call_state(value: str) -> CallState:
    if value in CALL_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATE_VALUES!r}")
