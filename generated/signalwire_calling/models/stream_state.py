# Generated from spec/ by generator/; do not edit.
from typing import Literal

StreamState = Literal["finished", "streaming"]

STREAM_STATE_VALUES: set[StreamState] = {
    "finished",
    "streaming",
}


def check_stream_state(value: str) -> StreamState:
    if value in STREAM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_STATE_VALUES!r}")
