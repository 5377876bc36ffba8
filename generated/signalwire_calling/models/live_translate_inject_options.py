# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.transcribe_direction import TranscribeDirection, check_transcribe_direction

T = TypeVar("T", bound="LiveTranslateInjectOptions")


@_attrs_define
class LiveTranslateInjectOptions:
    """A message to be translated and spoken into the call."""

    message: str
    """ Text to translate and then speak. """
    direction: TranscribeDirection
    """ A party of the call as seen from SignalWire: `remote-caller` is the party at the far end of the leg (by
    default treated as the customer), `local-caller` the party on the SignalWire side, such as an agent the call is
    connected to. """

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        direction: str = self.direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        direction = check_transcribe_direction(d.pop("direction"))

        live_translate_inject_options = cls(
            message=message,
            direction=direction,
        )

        return live_translate_inject_options
