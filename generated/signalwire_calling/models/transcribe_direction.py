# Generated from spec/ by generator/; do not edit.
from typing import Literal

TranscribeDirection = Literal["local-caller", "remote-caller"]

TRANSCRIBE_DIRECTION_VALUES: set[TranscribeDirection] = {
    "local-caller",
    "remote-caller",
}


def check_transcribe_direction(value: str) -> TranscribeDirection:
    if value in TRANSCRIBE_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIBE_DIRECTION_VALUES!r}")
