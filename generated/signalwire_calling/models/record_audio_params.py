# Generated from spec/ by generator/; do not edit.
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
    """Settings for an audio recording."""

    beep: bool | Unset = False
    """ Play a beep on the call just before recording begins. """
    format_: RecordFormat | Unset = UNSET
    """ Recording file format: compressed `mp3`, uncompressed `wav`, or audio in an `mp4` container. """
    stereo: bool | Unset = False
    """ Record in stereo with each direction on its own channel, instead of mixing both into mono. """
    direction: PlayDirection | Unset = UNSET
    """ Which side of the call's audio is meant. `listen` is what the call's party hears, `speak` is what the party
    sends (their voice), and `both` is the two together. Playback with `listen` is heard by the party, while `speak`
    injects the media into their outgoing audio so the other end hears it; recording and tapping use the same values
    to choose which audio to capture. """
    initial_timeout: float | Unset = 4.0
    """ Seconds to wait for speech to begin before the recording stops. """
    end_silence_timeout: float | Unset = 0.5
    """ Once speech has started, this many seconds of silence stop the recording. """
    max_length: int | Unset = 0
    """ Longest allowed recording in seconds; `0` means no limit. """
    terminators: str | Unset = "#"
    """ DTMF keys that end the recording when pressed, from `0`-`9`, `A`-`D` (any case), `*` and `#`. """
    input_sensitivity: float | Unset = 44.0
    """ How sensitive voice detection is, from 0 to 100; it decides what counts as speech or silence for the
    timeouts. """

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
