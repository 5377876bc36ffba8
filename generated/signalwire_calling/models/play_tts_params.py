# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tts_gender import TtsGender, check_tts_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayTtsParams")


@_attrs_define
class PlayTtsParams:
    """Text-to-speech settings for one play item."""

    text: str
    """ Text to speak. """
    language: str | Unset = UNSET
    """ BCP-47 language tag; falls back to the request's `language`, then to `en-US`. """
    gender: TtsGender | Unset = UNSET
    """ Voice gender used to choose a text-to-speech voice when no specific voice is named. """
    voice: str | Unset = UNSET
    """ Provider-specific voice name (no special characters other than `.` and `-`); falls back to the request's
    `voice`, then to a voice chosen by `gender`. """

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        language = self.language

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        voice = self.voice

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        language = d.pop("language", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: TtsGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_tts_gender(_gender)

        voice = d.pop("voice", UNSET)

        play_tts_params = cls(
            text=text,
            language=language,
            gender=gender,
            voice=voice,
        )

        return play_tts_params
