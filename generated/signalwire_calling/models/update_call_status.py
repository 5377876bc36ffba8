# Generated from spec/ by generator/; do not edit.
from typing import Literal

UpdateCallStatus = Literal["canceled", "completed"]

UPDATE_CALL_STATUS_VALUES: set[UpdateCallStatus] = {
    "canceled",
    "completed",
}


def check_update_call_status(value: str) -> UpdateCallStatus:
    if value in UPDATE_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CALL_STATUS_VALUES!r}")
