from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PlayPauseParams")


@_attrs_define
class PlayPauseParams:
    """Options for `calling.play.pause`."""

    control_id: str
    """ `control_id` of the playback to pause, as given when it was started. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id")

        play_pause_params = cls(
            control_id=control_id,
        )

        return play_pause_params
