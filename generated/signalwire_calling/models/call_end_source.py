# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallEndSource = Literal["inbound", "none", "outbound"]

CALL_END_SOURCE_VALUES: set[CallEndSource] = {
    "inbound",
    "none",
    "outbound",
}


def check_call_end_source(value: str) -> CallEndSource:
    if value in CALL_END_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_END_SOURCE_VALUES!r}")
