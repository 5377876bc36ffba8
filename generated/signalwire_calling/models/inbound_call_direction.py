# Generated from spec/ by generator/; do not edit.
from typing import Literal

InboundCallDirection = Literal["inbound", "outbound"]

INBOUND_CALL_DIRECTION_VALUES: set[InboundCallDirection] = {
    "inbound",
    "outbound",
}


def check_inbound_call_direction(value: str) -> InboundCallDirection:
    if value in INBOUND_CALL_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INBOUND_CALL_DIRECTION_VALUES!r}")
