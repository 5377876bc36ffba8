# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection, check_call_direction
from ..models.call_source import CallSource, check_call_source

if TYPE_CHECKING:
    from ..models.charge_details import ChargeDetails


T = TypeVar("T", bound="FabricDeviceLeg")


@_attrs_define
class FabricDeviceLeg:
    """State of a call leg to a device of a Fabric subscriber, as returned by a command. It has the core fields of
    `CallLeg` but no duration or billing data, and `status` is always null.

    """

    id: UUID
    """ Unique ID of the call on SignalWire; pass it as `id` in later commands to control this call. """
    from_: str
    """ Number or address the call comes from. """
    to: str
    """ Number or address the call goes to. """
    direction: CallDirection | str
    """ Direction of the leg relative to SignalWire. Open: a value added by SignalWire later arrives as a plain
    string. """
    source: CallSource | str
    """ How the call record originated; `realtime_api` for calls handled through this API. Open: a value added by
    SignalWire later arrives as a plain string. """
    url: None | str
    """ URL associated with the call, such as the SWML handler it was given; null when there is none. """
    charge: float
    """ Total charged for the call so far; `charge_details` breaks it down. """
    created_at: str
    """ When the call was created, as an ISO 8601 date-time. """
    charge_details: list[ChargeDetails]
    """ Itemised breakdown of `charge`, one entry per billed item. """
    status: None
    """ Always null: Fabric subscriber device legs do not report a status. """
    type_: Literal["fabric_subscriber_device_leg"] = "fabric_subscriber_device_leg"
    """ Marks a Fabric subscriber device leg; distinguishes this shape from `CallLeg`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        from_ = self.from_

        to = self.to

        direction: str
        if isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        source: str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        url: None | str
        url = self.url

        charge = self.charge

        created_at = self.created_at

        charge_details = []
        for charge_details_item_data in self.charge_details:
            charge_details_item = charge_details_item_data.to_dict()
            charge_details.append(charge_details_item)

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "to": to,
                "direction": direction,
                "source": source,
                "url": url,
                "charge": charge,
                "created_at": created_at,
                "charge_details": charge_details,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_details import ChargeDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        from_ = d.pop("from")

        to = d.pop("to")

        def _parse_direction(data: object) -> CallDirection | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_call_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | str, data)

        direction = _parse_direction(d.pop("direction"))

        def _parse_source(data: object) -> CallSource | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_call_source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallSource | str, data)

        source = _parse_source(d.pop("source"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        charge = d.pop("charge")

        created_at = d.pop("created_at")

        charge_details = []
        _charge_details = d.pop("charge_details")
        for charge_details_item_data in _charge_details:
            charge_details_item = ChargeDetails.from_dict(charge_details_item_data)

            charge_details.append(charge_details_item)

        status = d.pop("status")

        type_ = cast(Literal["fabric_subscriber_device_leg"], d.pop("type"))
        if type_ != "fabric_subscriber_device_leg":
            raise ValueError(f"type must match const 'fabric_subscriber_device_leg', got '{type_}'")

        fabric_device_leg = cls(
            id=id,
            from_=from_,
            to=to,
            direction=direction,
            source=source,
            url=url,
            charge=charge,
            created_at=created_at,
            charge_details=charge_details,
            status=status,
            type_=type_,
        )

        fabric_device_leg.additional_properties = d
        return fabric_device_leg

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
