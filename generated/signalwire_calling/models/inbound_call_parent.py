# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_call_type import InboundCallType, check_inbound_call_type

T = TypeVar("T", bound="InboundCallParent")


@_attrs_define
class InboundCallParent:
    """The call that created a call, such as the leg that ran a `connect` or a transfer."""

    device_type: InboundCallType | str
    """ Kind of the parent call. Open: a value added by SignalWire later arrives as a plain string. """
    call_id: str
    """ ID of the parent call. """
    node_id: str
    """ ID of the node handling the parent call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_type: str
        if isinstance(self.device_type, str):
            device_type = self.device_type
        else:
            device_type = self.device_type

        call_id = self.call_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_type": device_type,
                "call_id": call_id,
                "node_id": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_device_type(data: object) -> InboundCallType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_type_type_0 = check_inbound_call_type(data)

                return device_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundCallType | str, data)

        device_type = _parse_device_type(d.pop("device_type"))

        call_id = d.pop("call_id")

        node_id = d.pop("node_id")

        inbound_call_parent = cls(
            device_type=device_type,
            call_id=call_id,
            node_id=node_id,
        )

        inbound_call_parent.additional_properties = d
        return inbound_call_parent

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
