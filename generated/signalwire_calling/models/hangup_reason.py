# Generated from spec/ by generator/; do not edit.
from typing import Literal

HangupReason = Literal["busy", "cancel", "decline", "error", "hangup", "noAnswer"]

HANGUP_REASON_VALUES: set[HangupReason] = {
    "busy",
    "cancel",
    "decline",
    "error",
    "hangup",
    "noAnswer",
}


def check_hangup_reason(value: str) -> HangupReason:
    if value in HANGUP_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HANGUP_REASON_VALUES!r}")
