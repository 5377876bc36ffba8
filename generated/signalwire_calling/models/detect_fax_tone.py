# Generated from spec/ by generator/; do not edit.
from typing import Literal

DetectFaxTone = Literal["CED", "ced", "CNG", "cng"]

DETECT_FAX_TONE_VALUES: set[DetectFaxTone] = {
    "CED",
    "ced",
    "CNG",
    "cng",
}


def check_detect_fax_tone(value: str) -> DetectFaxTone:
    if value in DETECT_FAX_TONE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETECT_FAX_TONE_VALUES!r}")
