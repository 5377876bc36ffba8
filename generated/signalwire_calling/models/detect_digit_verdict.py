# Generated from spec/ by generator/; do not edit.
from typing import Literal

DetectDigitVerdict = Literal["#", "*", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "error", "finished"]

DETECT_DIGIT_VERDICT_VALUES: set[DetectDigitVerdict] = {
    "#",
    "*",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "error",
    "finished",
}


def check_detect_digit_verdict(value: str) -> DetectDigitVerdict:
    if value in DETECT_DIGIT_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETECT_DIGIT_VERDICT_VALUES!r}")
