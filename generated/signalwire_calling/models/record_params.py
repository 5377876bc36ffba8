from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_config import RecordConfig


T = TypeVar("T", bound="RecordParams")


@_attrs_define
class RecordParams:
    """Options for `calling.record`."""

    control_id: str
    """ Your identifier for this recording, unique among recordings active on the call; used to pause, resume or
    stop it. """
    record: RecordConfig
    """ What to record. Audio is the only kind today, configured under `audio`. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook for recording events; the `finished` event carries the URL of the completed recording. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        record = self.record.to_dict()

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "record": record,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_config import RecordConfig  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        record = RecordConfig.from_dict(d.pop("record"))

        status_url = d.pop("status_url", UNSET)

        record_params = cls(
            control_id=control_id,
            record=record,
            status_url=status_url,
        )

        return record_params
