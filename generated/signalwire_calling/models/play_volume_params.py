from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PlayVolumeParams")


@_attrs_define
class PlayVolumeParams:
    """Options for `calling.play.volume`."""

    control_id: str
    """ `control_id` of the playback to adjust, as given when it was started. """
    volume: float
    """ New gain for the playback in decibels, from -40 to +40. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        volume = self.volume

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id")

        volume = d.pop("volume")

        play_volume_params = cls(
            control_id=control_id,
            volume=volume,
        )

        return play_volume_params
