# Generated from spec/ by generator/; do not edit.
from typing import Literal

TapPtime = Literal[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]

TAP_PTIME_VALUES: set[TapPtime] = {
    10,
    20,
    30,
    40,
    50,
    60,
    70,
    80,
    90,
    100,
    110,
    120,
}


def check_tap_ptime(value: int) -> TapPtime:
    if value in TAP_PTIME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAP_PTIME_VALUES!r}")
