# Generated from spec/ by generator/; do not edit.
from typing import Literal

RecordFormat = Literal["mp3", "mp4", "wav"]

RECORD_FORMAT_VALUES: set[RecordFormat] = {
    "mp3",
    "mp4",
    "wav",
}


def check_record_format(value: str) -> RecordFormat:
    if value in RECORD_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECORD_FORMAT_VALUES!r}")
