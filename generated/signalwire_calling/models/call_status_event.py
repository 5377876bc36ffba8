# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallStatusEvent = Literal["answered", "created", "ended", "ringing"]

CALL_STATUS_EVENT_VALUES: set[CallStatusEvent] = {
    "answered",
    "created",
    "ended",
    "ringing",
}


def check_call_status_event(value: str) -> CallStatusEvent:
    if value in CALL_STATUS_EVENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATUS_EVENT_VALUES!r}")
