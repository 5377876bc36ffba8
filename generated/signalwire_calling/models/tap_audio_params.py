# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.play_direction import PlayDirection, check_play_direction

T = TypeVar("T", bound="TapAudioParams")


@_attrs_define
class TapAudioParams:
    """Audio tap settings."""

    direction: PlayDirection
    """ Which side of the call's audio is meant. `listen` is what the call's party hears, `speak` is what the party
    sends (their voice), and `both` is the two together. Playback with `listen` is heard by the party, while `speak`
    injects the media into their outgoing audio so the other end hears it; recording and tapping use the same values
    to choose which audio to capture. """

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "direction": direction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_play_direction(d.pop("direction"))

        tap_audio_params = cls(
            direction=direction,
        )

        return tap_audio_params
