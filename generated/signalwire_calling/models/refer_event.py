# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refer_event_params import ReferEventParams


T = TypeVar("T", bound="ReferEvent")


@_attrs_define
class ReferEvent:
    """What SignalWire POSTs to a SIP REFER's `status_url` as the transfer progresses. Like every webhook payload here,
    fields this spec does not list are kept, not refused.

    """

    event_type: str
    """ What the event reports, e.g. `calling.call.play`; it decides the shape of `params`. """
    params: ReferEventParams
    """ The SIP REFER a refer event is about. """
    event_channel: str | Unset = UNSET
    """ The channel the event went out on, such as `swml:<uuid>`. """
    timestamp: float | Unset = UNSET
    """ When the event was sent, in seconds since the Unix epoch (with a fraction). """
    project_id: str | Unset = UNSET
    """ Your project's ID (a UUID). """
    space_id: str | Unset = UNSET
    """ Your space's ID (a UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        params = self.params.to_dict()

        event_channel = self.event_channel

        timestamp = self.timestamp

        project_id = self.project_id

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "params": params,
            }
        )
        if event_channel is not UNSET:
            field_dict["event_channel"] = event_channel
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if space_id is not UNSET:
            field_dict["space_id"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refer_event_params import ReferEventParams  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type")

        params = ReferEventParams.from_dict(d.pop("params"))

        event_channel = d.pop("event_channel", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        project_id = d.pop("project_id", UNSET)

        space_id = d.pop("space_id", UNSET)

        refer_event = cls(
            event_type=event_type,
            params=params,
            event_channel=event_channel,
            timestamp=timestamp,
            project_id=project_id,
            space_id=space_id,
        )

        refer_event.additional_properties = d
        return refer_event

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
