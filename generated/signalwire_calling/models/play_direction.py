# Generated from spec/ by generator/; do not edit.
from typing import Literal

PlayDirection = Literal["both", "listen", "speak"]

PLAY_DIRECTION_VALUES: set[PlayDirection] = {
    "both",
    "listen",
    "speak",
}


def check_play_direction(value: str) -> PlayDirection:
    if value in PLAY_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAY_DIRECTION_VALUES!r}")
