# Generated from spec/ by generator/; do not edit.
from typing import Literal

OutboundCallCodec = Literal[
    "G722",
    "G729",
    "H264",
    "OPUS",
    "OPUS@16000H@20I",
    "OPUS@24000H@20I",
    "OPUS@48000H@20I",
    "OPUS@8000H@20I",
    "PCMA",
    "PCMU",
    "VP8",
]

OUTBOUND_CALL_CODEC_VALUES: set[OutboundCallCodec] = {
    "G722",
    "G729",
    "H264",
    "OPUS",
    "OPUS@16000H@20I",
    "OPUS@24000H@20I",
    "OPUS@48000H@20I",
    "OPUS@8000H@20I",
    "PCMA",
    "PCMU",
    "VP8",
}


def check_outbound_call_codec(value: str) -> OutboundCallCodec:
    if value in OUTBOUND_CALL_CODEC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTBOUND_CALL_CODEC_VALUES!r}")
