# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_audio import RecordEventAudio


T = TypeVar("T", bound="RecordEventSettings")


@_attrs_define
class RecordEventSettings:
    """The settings of a recording, as a record event reports them (older payloads also put the file's `url`, `duration`,
    `size` and `format` here).

    """

    audio: RecordEventAudio | Unset = UNSET
    """ The audio settings a recording used. """
    url: str | Unset = UNSET
    """ Where to download the recording (the older, nested form). """
    duration: float | Unset = UNSET
    """ Length of the recording, in seconds (the older, nested form). """
    size: int | Unset = UNSET
    """ Size of the file, in bytes (the older, nested form). """
    format_: str | Unset = UNSET
    """ File format (the older, nested form). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        url = self.url

        duration = self.duration

        size = self.size

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if url is not UNSET:
            field_dict["url"] = url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_event_audio import RecordEventAudio  # noqa: PLC0415

        d = dict(src_dict)
        _audio = d.pop("audio", UNSET)
        audio: RecordEventAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RecordEventAudio.from_dict(_audio)

        url = d.pop("url", UNSET)

        duration = d.pop("duration", UNSET)

        size = d.pop("size", UNSET)

        format_ = d.pop("format", UNSET)

        record_event_settings = cls(
            audio=audio,
            url=url,
            duration=duration,
            size=size,
            format_=format_,
        )

        record_event_settings.additional_properties = d
        return record_event_settings

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
