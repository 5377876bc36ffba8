# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiSidecarChannelData")


@_attrs_define
class AiSidecarChannelData:
    """Who is on the call a sidecar event comes from; each field is there when the call has it."""

    call_id: str | Unset = UNSET
    """ ID of the call the sidecar follows. """
    caller_id_name: str | Unset = UNSET
    """ Name of the caller. """
    caller_id_number: str | Unset = UNSET
    """ Number of the caller. """
    destination_number: str | Unset = UNSET
    """ Number the caller dialed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        caller_id_name = self.caller_id_name

        caller_id_number = self.caller_id_number

        destination_number = self.destination_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller_id_name is not UNSET:
            field_dict["caller_id_name"] = caller_id_name
        if caller_id_number is not UNSET:
            field_dict["caller_id_number"] = caller_id_number
        if destination_number is not UNSET:
            field_dict["destination_number"] = destination_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id", UNSET)

        caller_id_name = d.pop("caller_id_name", UNSET)

        caller_id_number = d.pop("caller_id_number", UNSET)

        destination_number = d.pop("destination_number", UNSET)

        ai_sidecar_channel_data = cls(
            call_id=call_id,
            caller_id_name=caller_id_name,
            caller_id_number=caller_id_number,
            destination_number=destination_number,
        )

        ai_sidecar_channel_data.additional_properties = d
        return ai_sidecar_channel_data

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
