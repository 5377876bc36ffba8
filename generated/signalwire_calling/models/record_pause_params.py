from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.record_pause_behavior import RecordPauseBehavior, check_record_pause_behavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordPauseParams")


@_attrs_define
class RecordPauseParams:
    """Options for `calling.record.pause`."""

    control_id: str
    """ `control_id` of the recording to pause, as given when it was started. """
    behavior: RecordPauseBehavior | Unset = UNSET
    """ How a paused stretch appears in the recording file: `skip` leaves it out, `silence` fills it with silence so
    the timeline stays intact. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        behavior: str | Unset = UNSET
        if not isinstance(self.behavior, Unset):
            behavior = self.behavior

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
            }
        )
        if behavior is not UNSET:
            field_dict["behavior"] = behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id")

        _behavior = d.pop("behavior", UNSET)
        behavior: RecordPauseBehavior | Unset
        if isinstance(_behavior, Unset):
            behavior = UNSET
        else:
            behavior = check_record_pause_behavior(_behavior)

        record_pause_params = cls(
            control_id=control_id,
            behavior=behavior,
        )

        return record_pause_params
