# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_sidecar_event_type import AiSidecarEventType, check_ai_sidecar_event_type

if TYPE_CHECKING:
    from ..models.ai_sidecar_channel_data import AiSidecarChannelData


T = TypeVar("T", bound="AiSidecarEvent")


@_attrs_define
class AiSidecarEvent:
    """One sidecar event. The four fields below come with every event; `type` decides the rest (for example `insight.raw`
    or `final.summary`), which arrive as additional properties.

    """

    type_: AiSidecarEventType | str
    """ What happened. Open: a type added by SignalWire later arrives as a plain string. """
    ts: int
    """ When the event was produced, in microseconds since the Unix epoch. """
    tick_id: int
    """ The evaluation round that produced the event; events of one round share it. """
    channel_data: AiSidecarChannelData
    """ Who is on the call a sidecar event comes from; each field is there when the call has it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        ts = self.ts

        tick_id = self.tick_id

        channel_data = self.channel_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "ts": ts,
                "tick_id": tick_id,
                "channel_data": channel_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_sidecar_channel_data import AiSidecarChannelData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> AiSidecarEventType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_ai_sidecar_event_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AiSidecarEventType | str, data)

        type_ = _parse_type_(d.pop("type"))

        ts = d.pop("ts")

        tick_id = d.pop("tick_id")

        channel_data = AiSidecarChannelData.from_dict(d.pop("channel_data"))

        ai_sidecar_event = cls(
            type_=type_,
            ts=ts,
            tick_id=tick_id,
            channel_data=channel_data,
        )

        ai_sidecar_event.additional_properties = d
        return ai_sidecar_event

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
