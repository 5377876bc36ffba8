# Generated from spec/ by generator/; do not edit.
from typing import Literal

DetectFaxVerdict = Literal["CED", "CNG", "error", "finished"]

DETECT_FAX_VERDICT_VALUES: set[DetectFaxVerdict] = {
    "CED",
    "CNG",
    "error",
    "finished",
}


def check_detect_fax_verdict(value: str) -> DetectFaxVerdict:
    if value in DETECT_FAX_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETECT_FAX_VERDICT_VALUES!r}")
