# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.play_ringtone_name import PlayRingtoneName, check_play_ringtone_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayRingtoneParams")


@_attrs_define
class PlayRingtoneParams:
    """Ringtone settings."""

    name: PlayRingtoneName
    """ Ringtone to play. A two-letter country code (such as `us`, `uk` or `de`) selects that country's ringing
    cadence; `bong` is a tone not tied to a country. """
    duration: float | Unset = UNSET
    """ How long to play the ringtone, in seconds. Without it the ringtone continues until the playback is stopped.
    """

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        duration = self.duration

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = check_play_ringtone_name(d.pop("name"))

        duration = d.pop("duration", UNSET)

        play_ringtone_params = cls(
            name=name,
            duration=duration,
        )

        return play_ringtone_params
