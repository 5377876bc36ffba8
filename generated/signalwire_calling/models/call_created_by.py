# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallCreatedBy = Literal["connect", "dial", "receive"]

CALL_CREATED_BY_VALUES: set[CallCreatedBy] = {
    "connect",
    "dial",
    "receive",
}


def check_call_created_by(value: str) -> CallCreatedBy:
    if value in CALL_CREATED_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_CREATED_BY_VALUES!r}")
