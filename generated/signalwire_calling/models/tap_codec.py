# Generated from spec/ by generator/; do not edit.
from typing import Literal

TapCodec = Literal["OPUS", "opus", "PCMA", "pcma", "pcmu", "PCMU"]

TAP_CODEC_VALUES: set[TapCodec] = {
    "OPUS",
    "opus",
    "PCMA",
    "pcma",
    "pcmu",
    "PCMU",
}


def check_tap_codec(value: str) -> TapCodec:
    if value in TAP_CODEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAP_CODEC_VALUES!r}")
