# Generated from spec/ by generator/; do not edit.
from typing import Literal

InboundCallType = Literal["phone", "sip", "webrtc"]

INBOUND_CALL_TYPE_VALUES: set[InboundCallType] = {
    "phone",
    "sip",
    "webrtc",
}


def check_inbound_call_type(value: str) -> InboundCallType:
    if value in INBOUND_CALL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INBOUND_CALL_TYPE_VALUES!r}")
