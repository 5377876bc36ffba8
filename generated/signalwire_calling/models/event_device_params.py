# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_call_header import InboundCallHeader


T = TypeVar("T", bound="EventDeviceParams")


@_attrs_define
class EventDeviceParams:
    """The device's addresses; which fields are there depends on its type."""

    from_number: str | Unset = UNSET
    """ Phone: the calling number. """
    to_number: str | Unset = UNSET
    """ Phone: the called number. """
    from_: str | Unset = UNSET
    """ SIP or WebRTC: the calling address. """
    from_name: str | Unset = UNSET
    """ SIP: the caller's display name. """
    to: str | Unset = UNSET
    """ SIP or WebRTC: the called address. """
    headers: list[InboundCallHeader] | Unset = UNSET
    """ SIP headers of the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_number = self.from_number

        to_number = self.to_number

        from_ = self.from_

        from_name = self.from_name

        to = self.to

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if to is not UNSET:
            field_dict["to"] = to
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_call_header import InboundCallHeader  # noqa: PLC0415

        d = dict(src_dict)
        from_number = d.pop("from_number", UNSET)

        to_number = d.pop("to_number", UNSET)

        from_ = d.pop("from", UNSET)

        from_name = d.pop("from_name", UNSET)

        to = d.pop("to", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[InboundCallHeader] | Unset = UNSET
        if _headers is not UNSET:
            headers = []
            for headers_item_data in _headers:
                headers_item = InboundCallHeader.from_dict(headers_item_data)

                headers.append(headers_item)

        event_device_params = cls(
            from_number=from_number,
            to_number=to_number,
            from_=from_,
            from_name=from_name,
            to=to,
            headers=headers,
        )

        event_device_params.additional_properties = d
        return event_device_params

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
