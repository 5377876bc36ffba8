from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscribeParams")


@_attrs_define
class TranscribeParams:
    """Options for `calling.transcribe`."""

    control_id: str
    """ Your identifier for this transcription; used to stop it. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that is called when the transcription is complete. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id")

        status_url = d.pop("status_url", UNSET)

        transcribe_params = cls(
            control_id=control_id,
            status_url=status_url,
        )

        return transcribe_params
