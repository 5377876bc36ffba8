# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallResponseStatus = Literal[
    "answered", "canceled", "completed", "created", "ended", "ending", "failed", "initiated", "queued", "ringing"
]

CALL_RESPONSE_STATUS_VALUES: set[CallResponseStatus] = {
    "answered",
    "canceled",
    "completed",
    "created",
    "ended",
    "ending",
    "failed",
    "initiated",
    "queued",
    "ringing",
}


def check_call_response_status(value: str) -> CallResponseStatus:
    if value in CALL_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_RESPONSE_STATUS_VALUES!r}")
