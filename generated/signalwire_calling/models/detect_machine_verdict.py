# Generated from spec/ by generator/; do not edit.
from typing import Literal

DetectMachineVerdict = Literal["error", "finished", "HUMAN", "MACHINE", "NOT_READY", "READY", "UNKNOWN"]

DETECT_MACHINE_VERDICT_VALUES: set[DetectMachineVerdict] = {
    "error",
    "finished",
    "HUMAN",
    "MACHINE",
    "NOT_READY",
    "READY",
    "UNKNOWN",
}


def check_detect_machine_verdict(value: str) -> DetectMachineVerdict:
    if value in DETECT_MACHINE_VERDICT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DETECT_MACHINE_VERDICT_VALUES!r}")
