# Generated from spec/ by generator/; do not edit.
from typing import Literal

RecordPauseBehavior = Literal["silence", "skip"]

RECORD_PAUSE_BEHAVIOR_VALUES: set[RecordPauseBehavior] = {
    "silence",
    "skip",
}


def check_record_pause_behavior(value: str) -> RecordPauseBehavior:
    if value in RECORD_PAUSE_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_PAUSE_BEHAVIOR_VALUES!r}")
