# Generated from spec/ by generator/; do not edit.
from typing import Literal

StreamStatusEventType = Literal["calling.call.stream"]

STREAM_STATUS_EVENT_TYPE_VALUES: set[StreamStatusEventType] = {
    "calling.call.stream",
}


def check_stream_status_event_type(value: str) -> StreamStatusEventType:
    if value in STREAM_STATUS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STREAM_STATUS_EVENT_TYPE_VALUES!r}")
