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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_details import ChargeDetails


T = TypeVar("T", bound="CallLeg")


@_attrs_define
class CallLeg:
    """State of a standard call leg (PSTN, SIP or WebRTC) as returned by a command. Only `id` and `type` are certain; every
    other field may be missing (`UNSET`) or null, and fields SignalWire adds later are kept.

    """

    id: UUID
    """ Unique ID of the call on SignalWire; pass it as `id` in later commands to control this call. """
    type_: CallLegType | str
    """ Network the leg runs on: PSTN, SIP or WebRTC. Distinguishes this shape from `FabricDeviceLeg`. Open: a value
    added by SignalWire later arrives as a plain string. """
    from_: None | str | Unset = UNSET
    """ Number or address the call comes from. """
    to: None | str | Unset = UNSET
    """ Number or address the call goes to. """
    direction: CallDirection | None | str | Unset = UNSET
    """ Direction of the leg relative to SignalWire. Open: a value added by SignalWire later arrives as a plain
    string. """
    source: CallSource | None | str | Unset = UNSET
    """ How the call record originated; `realtime_api` for calls handled through this API. Open: a value added by
    SignalWire later arrives as a plain string. """
    url: None | str | Unset = UNSET
    """ URL associated with the call, such as the SWML handler it was given; null when there is none. """
    charge: float | None | Unset = UNSET
    """ Total charged for the call so far; `charge_details` breaks it down. """
    created_at: None | str | Unset = UNSET
    """ When the call was created, as an ISO 8601 date-time. """
    charge_details: list[ChargeDetails] | None | Unset = UNSET
    """ Itemised breakdown of `charge`, one entry per billed item. """
    status: CallResponseStatus | None | str | Unset = UNSET
    """ Current lifecycle state of the call; null when SignalWire has none to report. Open: a value added by
    SignalWire later arrives as a plain string. """
    duration: int | None | Unset = UNSET
    """ How long the call has lasted, in seconds; null until known. """
    duration_ms: int | None | Unset = UNSET
    """ How long the call has lasted, in milliseconds; null until known. """
    billing_ms: int | None | Unset = UNSET
    """ Billable length of the call in milliseconds; null until known. """
    parent_id: None | Unset | UUID = UNSET
    """ ID of the call this leg was created from, when it is a child leg; otherwise null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        charge: float | None | Unset
        if isinstance(self.charge, Unset):
            charge = UNSET
        else:
            charge = self.charge

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        charge_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.charge_details, Unset):
            charge_details = UNSET
        elif isinstance(self.charge_details, list):
            charge_details = []
            for charge_details_type_0_item_data in self.charge_details:
                charge_details_type_0_item = charge_details_type_0_item_data.to_dict()
                charge_details.append(charge_details_type_0_item)

        else:
            charge_details = self.charge_details

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        billing_ms: int | None | Unset
        if isinstance(self.billing_ms, Unset):
            billing_ms = UNSET
        else:
            billing_ms = self.billing_ms

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if direction is not UNSET:
            field_dict["direction"] = direction
        if source is not UNSET:
            field_dict["source"] = source
        if url is not UNSET:
            field_dict["url"] = url
        if charge is not UNSET:
            field_dict["charge"] = charge
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if charge_details is not UNSET:
            field_dict["charge_details"] = charge_details
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if billing_ms is not UNSET:
            field_dict["billing_ms"] = billing_ms
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_details import ChargeDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_direction(data: object) -> CallDirection | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_call_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallDirection | None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_source(data: object) -> CallSource | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_call_source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallSource | None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_charge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        charge = _parse_charge(d.pop("charge", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_charge_details(data: object) -> list[ChargeDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                charge_details_type_0 = []
                _charge_details_type_0 = data
                for charge_details_type_0_item_data in _charge_details_type_0:
                    charge_details_type_0_item = ChargeDetails.from_dict(charge_details_type_0_item_data)

                    charge_details_type_0.append(charge_details_type_0_item)

                return charge_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChargeDetails] | None | Unset, data)

        charge_details = _parse_charge_details(d.pop("charge_details", UNSET))

        def _parse_status(data: object) -> CallResponseStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_call_response_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallResponseStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_billing_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        billing_ms = _parse_billing_ms(d.pop("billing_ms", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        call_leg = cls(
            id=id,
            type_=type_,
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
