# Generated from spec/ by generator/; do not edit.
from typing import Literal

TranscribeStatusEventType = Literal["calling.transcript.completed", "calling.transcript.failed"]

TRANSCRIBE_STATUS_EVENT_TYPE_VALUES: set[TranscribeStatusEventType] = {
    "calling.transcript.completed",
    "calling.transcript.failed",
}


def check_transcribe_status_event_type(value: str) -> TranscribeStatusEventType:
    if value in TRANSCRIBE_STATUS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIBE_STATUS_EVENT_TYPE_VALUES!r}")
