# Generated from spec/ by generator/; do not edit.
from typing import Literal

CallLegType = Literal["relay_pstn_call", "relay_sip_call", "relay_webrtc_call"]

CALL_LEG_TYPE_VALUES: set[CallLegType] = {
    "relay_pstn_call",
    "relay_sip_call",
    "relay_webrtc_call",
}


def check_call_leg_type(value: str) -> CallLegType:
    if value in CALL_LEG_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_LEG_TYPE_VALUES!r}")
