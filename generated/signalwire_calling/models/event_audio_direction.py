# Generated from spec/ by generator/; do not edit.
from typing import Literal

EventAudioDirection = Literal["both", "listen", "speak"]

EVENT_AUDIO_DIRECTION_VALUES: set[EventAudioDirection] = {
    "both",
    "listen",
    "speak",
}


def check_event_audio_direction(value: str) -> EventAudioDirection:
    if value in EVENT_AUDIO_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_AUDIO_DIRECTION_VALUES!r}")
