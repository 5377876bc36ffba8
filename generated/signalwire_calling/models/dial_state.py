# Generated from spec/ by generator/; do not edit.
from typing import Literal

DialState = Literal["answered", "dialing", "failed"]

DIAL_STATE_VALUES: set[DialState] = {
    "answered",
    "dialing",
    "failed",
}


def check_dial_state(value: str) -> DialState:
    if value in DIAL_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIAL_STATE_VALUES!r}")
