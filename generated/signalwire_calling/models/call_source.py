# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallSource = Literal["realtime_api"]

CALL_SOURCE_VALUES: set[CallSource] = {
    "realtime_api",
}


def check_call_source(value: str) -> CallSource:
    if value in CALL_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_SOURCE_VALUES!r}")
