# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallStateDirection = Literal["inbound", "outbound"]

CALL_STATE_DIRECTION_VALUES: set[CallStateDirection] = {
    "inbound",
    "outbound",
}


def check_call_state_direction(value: str) -> CallStateDirection:
    if value in CALL_STATE_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_STATE_DIRECTION_VALUES!r}")
