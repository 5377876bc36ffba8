from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.play_direction import PlayDirection, check_play_direction
from ..models.record_format import RecordFormat, check_record_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordAudioParams")


@_attrs_define
class RecordAudioParams:
    beep: bool | Unset = False
    format_: RecordFormat | Unset = UNSET
    stereo: bool | Unset = False
    direction: PlayDirection | Unset = UNSET
    initial_timeout: float | Unset = 4.0
    end_silence_timeout: float | Unset = 0.5
    max_length: int | Unset = 0
    terminators: str | Unset = "#"
    input_sensitivity: float | Unset = 44.0

    def to_dict(self) -> dict[str, Any]:
        beep = self.beep

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        stereo = self.stereo

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        initial_timeout = self.initial_timeout

        end_silence_timeout = self.end_silence_timeout

        max_length = self.max_length

        terminators = self.terminators

        input_sensitivity = self.input_sensitivity

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if beep is not UNSET:
            field_dict["beep"] = beep
        if format_ is not UNSET:
            field_dict["format"] = format_
        if stereo is not UNSET:
            field_dict["stereo"] = stereo
        if direction is not UNSET:
            field_dict["direction"] = direction
        if initial_timeout is not UNSET:
            field_dict["initial_timeout"] = initial_timeout
        if end_silence_timeout is not UNSET:
            field_dict["end_silence_timeout"] = end_silence_timeout
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if terminators is not UNSET:
            field_dict["terminators"] = terminators
        if input_sensitivity is not UNSET:
            field_dict["input_sensitivity"] = input_sensitivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beep = d.pop("beep", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: RecordFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_record_format(_format_)

        stereo = d.pop("stereo", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PlayDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_play_direction(_direction)

        initial_timeout = d.pop("initial_timeout", UNSET)

        end_silence_timeout = d.pop("end_silence_timeout", UNSET)

        max_length = d.pop("max_length", UNSET)

        terminators = d.pop("terminators", UNSET)

        input_sensitivity = d.pop("input_sensitivity", UNSET)

        record_audio_params = cls(
            beep=beep,
            format_=format_,
            stereo=stereo,
            direction=direction,
            initial_timeout=initial_timeout,
            end_silence_timeout=end_silence_timeout,
            max_length=max_length,
            terminators=terminators,
            input_sensitivity=input_sensitivity,
        )

        return record_audio_params
