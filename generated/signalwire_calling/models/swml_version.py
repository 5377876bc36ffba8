# Generated from spec/ by generator/; do not edit.
from typing import Literal

SwmlVersion = Literal["1.0.0"]

SWML_VERSION_VALUES: set[SwmlVersion] = {
    "1.0.0",
}


def check_swml_version(value: str) -> SwmlVersion:
    if value in SWML_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SWML_VERSION_VALUES!r}")
