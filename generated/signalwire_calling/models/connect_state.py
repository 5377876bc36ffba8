# Generated from spec/ by generator/; do not edit.
from typing import Literal

ConnectState = Literal["connected", "connecting", "disconnected", "failed"]

CONNECT_STATE_VALUES: set[ConnectState] = {
    "connected",
    "connecting",
    "disconnected",
    "failed",
}


def check_connect_state(value: str) -> ConnectState:
    if value in CONNECT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONNECT_STATE_VALUES!r}")
