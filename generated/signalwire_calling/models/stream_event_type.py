# Generated from spec/ by generator/; do not edit.
from typing import Literal

StreamEventType = Literal["calling.call.stream"]

STREAM_EVENT_TYPE_VALUES: set[StreamEventType] = {
    "calling.call.stream",
}


def check_stream_event_type(value: str) -> StreamEventType:
    if value in STREAM_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_EVENT_TYPE_VALUES!r}")
