# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_device_params import EventDeviceParams


T = TypeVar("T", bound="EventDevice")


@_attrs_define
class EventDevice:
    """The device at the far end of a call: `phone`, `sip` or `webrtc` (empty early on)."""

    type_: str | Unset = UNSET
    """ `phone`, `sip` or `webrtc`. """
    params: EventDeviceParams | Unset = UNSET
    """ The device's addresses; which fields are there depends on its type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_device_params import EventDeviceParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _params = d.pop("params", UNSET)
        params: EventDeviceParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = EventDeviceParams.from_dict(_params)

        event_device = cls(
            type_=type_,
            params=params,
        )

        event_device.additional_properties = d
        return event_device

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
