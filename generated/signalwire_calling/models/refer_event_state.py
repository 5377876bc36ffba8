# Generated from spec/ by generator/; do not edit.
from typing import Literal

ReferEventState = Literal["busy", "cancel", "error", "inProgress", "noAnswer", "success"]

REFER_EVENT_STATE_VALUES: set[ReferEventState] = {
    "busy",
    "cancel",
    "error",
    "inProgress",
    "noAnswer",
    "success",
}


def check_refer_event_state(value: str) -> ReferEventState:
    if value in REFER_EVENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REFER_EVENT_STATE_VALUES!r}")
