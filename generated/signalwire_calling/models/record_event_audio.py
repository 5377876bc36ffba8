# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_audio_direction import EventAudioDirection, check_event_audio_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordEventAudio")


@_attrs_define
class RecordEventAudio:
    """The audio settings a recording used."""

    format_: str | Unset = UNSET
    """ File format, such as `mp3` or `wav`. """
    stereo: bool | Unset = UNSET
    """ Whether the two sides were recorded on separate channels. """
    direction: EventAudioDirection | str | Unset = UNSET
    """ Which audio was recorded. Open: a value added by SignalWire later arrives as a plain string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        stereo = self.stereo

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if stereo is not UNSET:
            field_dict["stereo"] = stereo
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = d.pop("format", UNSET)

        stereo = d.pop("stereo", UNSET)

        def _parse_direction(data: object) -> EventAudioDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_event_audio_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventAudioDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        record_event_audio = cls(
            format_=format_,
            stereo=stereo,
            direction=direction,
        )

        record_event_audio.additional_properties = d
        return record_event_audio

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
