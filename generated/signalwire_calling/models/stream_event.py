# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_event_type import StreamEventType, check_stream_event_type

if TYPE_CHECKING:
    from ..models.stream_event_params import StreamEventParams


T = TypeVar("T", bound="StreamEvent")


@_attrs_define
class StreamEvent:
    """What SignalWire POSTs to a stream's `status_url` when the stream starts or ends. Like every webhook payload here,
    fields this spec does not list are kept, not refused.

    """

    event_type: str | StreamEventType
    """ `calling.call.stream` for every stream status callback. Open: a value added by SignalWire later arrives as a
    plain string. """
    event_channel: str
    """ The channel the event went out on, such as `swml:<space id>`. """
    timestamp: float
    """ When the event was sent, in seconds since the Unix epoch (with a fraction). """
    project_id: str
    """ Your project's ID (a UUID). """
    space_id: str
    """ Your space's ID (a UUID). """
    params: StreamEventParams
    """ The stream a stream status callback is about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str
        if isinstance(self.event_type, str):
            event_type = self.event_type
        else:
            event_type = self.event_type

        event_channel = self.event_channel

        timestamp = self.timestamp

        project_id = self.project_id

        space_id = self.space_id

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "event_channel": event_channel,
                "timestamp": timestamp,
                "project_id": project_id,
                "space_id": space_id,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_event_params import StreamEventParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event_type(data: object) -> str | StreamEventType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_type_0 = check_stream_event_type(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StreamEventType, data)

        event_type = _parse_event_type(d.pop("event_type"))

        event_channel = d.pop("event_channel")

        timestamp = d.pop("timestamp")

        project_id = d.pop("project_id")

        space_id = d.pop("space_id")

        params = StreamEventParams.from_dict(d.pop("params"))

        stream_event = cls(
            event_type=event_type,
            event_channel=event_channel,
            timestamp=timestamp,
            project_id=project_id,
            space_id=space_id,
            params=params,
        )

        stream_event.additional_properties = d
        return stream_event

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
