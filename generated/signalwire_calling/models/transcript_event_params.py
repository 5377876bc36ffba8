# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptEventParams")


@_attrs_define
class TranscriptEventParams:
    """The transcript a transcription status callback is about."""

    id: str
    """ ID of the transcript (a UUID). """
    call_id: str
    """ ID of the transcribed call (a UUID). """
    segment_id: str
    """ ID of the transcribed call leg (a UUID). """
    text: str | Unset = UNSET
    """ The transcript; absent when there is no text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        segment_id = self.segment_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "segment_id": segment_id,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        segment_id = d.pop("segment_id")

        text = d.pop("text", UNSET)

        transcript_event_params = cls(
            id=id,
            call_id=call_id,
            segment_id=segment_id,
            text=text,
        )

        transcript_event_params.additional_properties = d
        return transcript_event_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
