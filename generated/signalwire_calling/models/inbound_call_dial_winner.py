# Generated from spec/ by generator/; do not edit.
from typing import Literal

InboundCallDialWinner = Literal["true"]

INBOUND_CALL_DIAL_WINNER_VALUES: set[InboundCallDialWinner] = {
    "true",
}


def check_inbound_call_dial_winner(value: str) -> InboundCallDialWinner:
    if value in INBOUND_CALL_DIAL_WINNER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INBOUND_CALL_DIAL_WINNER_VALUES!r}")
