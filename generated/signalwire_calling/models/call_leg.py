# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction import CallDirection, check_call_direction
from ..models.call_leg_type import CallLegType, check_call_leg_type
from ..models.call_response_status import CallResponseStatus, check_call_response_status
from ..models.call_source import CallSource, check_call_source

if TYPE_CHECKING:
    from ..models.charge_details import ChargeDetails


T = TypeVar("T", bound="CallLeg")


@_attrs_define
class CallLeg:
    """State of a standard call leg (PSTN, SIP or WebRTC) as returned by a command."""

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
    status: CallResponseStatus | None | str
    """ Current lifecycle state of the call; null when SignalWire has none to report. Open: a value added by
    SignalWire later arrives as a plain string. """
    duration: int | None
    """ How long the call has lasted, in seconds; null until known. """
    duration_ms: int | None
    """ How long the call has lasted, in milliseconds; null until known. """
    billing_ms: int | None
    """ Billable length of the call in milliseconds; null until known. """
    type_: CallLegType | str
    """ Network the leg runs on: PSTN, SIP or WebRTC. Distinguishes this shape from `FabricDeviceLeg`. Open: a value
    added by SignalWire later arrives as a plain string. """
    parent_id: None | UUID
    """ ID of the call this leg was created from, when it is a child leg; otherwise null. """
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

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        duration: int | None
        duration = self.duration

        duration_ms: int | None
        duration_ms = self.duration_ms

        billing_ms: int | None
        billing_ms = self.billing_ms

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

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
                "duration": duration,
                "duration_ms": duration_ms,
                "billing_ms": billing_ms,
                "type": type_,
                "parent_id": parent_id,
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

        def _parse_status(data: object) -> CallResponseStatus | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_call_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallResponseStatus | None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_duration(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration = _parse_duration(d.pop("duration"))

        def _parse_duration_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms"))

        def _parse_billing_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        billing_ms = _parse_billing_ms(d.pop("billing_ms"))

        def _parse_type_(data: object) -> CallLegType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_call_leg_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallLegType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        call_leg = cls(
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
            duration=duration,
            duration_ms=duration_ms,
            billing_ms=billing_ms,
            type_=type_,
            parent_id=parent_id,
        )

        call_leg.additional_properties = d
        return call_leg

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
