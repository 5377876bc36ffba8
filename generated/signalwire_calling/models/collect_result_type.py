# Generated from spec/ by generator/; do not edit.
from typing import Literal

CollectResultType = Literal["error", "finished", "no_input", "no_match", "start_of_input"]

COLLECT_RESULT_TYPE_VALUES: set[CollectResultType] = {
    "error",
    "finished",
    "no_input",
    "no_match",
    "start_of_input",
}


def check_collect_result_type(value: str) -> CollectResultType:
    if value in COLLECT_RESULT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECT_RESULT_TYPE_VALUES!r}")
