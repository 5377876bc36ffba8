# Generated from spec/ by generator/; do not edit.
from typing import Literal

TranscribeEventState = Literal["finished", "transcribing"]

TRANSCRIBE_EVENT_STATE_VALUES: set[TranscribeEventState] = {
    "finished",
    "transcribing",
}


def check_transcribe_event_state(value: str) -> TranscribeEventState:
    if value in TRANSCRIBE_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIBE_EVENT_STATE_VALUES!r}")
