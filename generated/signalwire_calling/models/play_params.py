from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.play_direction import PlayDirection, check_play_direction
from ..models.tts_gender import TtsGender, check_tts_gender
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.play_audio_item import PlayAudioItem
    from ..models.play_ringtone_item import PlayRingtoneItem
    from ..models.play_silence_item import PlaySilenceItem
    from ..models.play_tts_item import PlayTtsItem


T = TypeVar("T", bound="PlayParams")


@_attrs_define
class PlayParams:
    control_id: str
    play: list[PlayAudioItem | PlayRingtoneItem | PlaySilenceItem | PlayTtsItem]
    volume: float | Unset = 0.0
    direction: PlayDirection | Unset = UNSET
    loop: int | Unset = 1
    language: str | Unset = "en-US"
    voice: str | Unset = UNSET
    gender: TtsGender | Unset = UNSET
    status_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.play_audio_item import PlayAudioItem  # noqa: PLC0415
        from ..models.play_silence_item import PlaySilenceItem  # noqa: PLC0415
        from ..models.play_tts_item import PlayTtsItem  # noqa: PLC0415

        control_id = self.control_id

        play = []
        for play_item_data in self.play:
            play_item: dict[str, Any]
            if isinstance(play_item_data, PlayAudioItem):
                play_item = play_item_data.to_dict()
            elif isinstance(play_item_data, PlayTtsItem):
                play_item = play_item_data.to_dict()
            elif isinstance(play_item_data, PlaySilenceItem):
                play_item = play_item_data.to_dict()
            else:
                play_item = play_item_data.to_dict()

            play.append(play_item)

        volume = self.volume

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        loop = self.loop

        language = self.language

        voice = self.voice

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "play": play,
            }
        )
        if volume is not UNSET:
            field_dict["volume"] = volume
        if direction is not UNSET:
            field_dict["direction"] = direction
        if loop is not UNSET:
            field_dict["loop"] = loop
        if language is not UNSET:
            field_dict["language"] = language
        if voice is not UNSET:
            field_dict["voice"] = voice
        if gender is not UNSET:
            field_dict["gender"] = gender
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.play_audio_item import PlayAudioItem  # noqa: PLC0415
        from ..models.play_ringtone_item import PlayRingtoneItem  # noqa: PLC0415
        from ..models.play_silence_item import PlaySilenceItem  # noqa: PLC0415
        from ..models.play_tts_item import PlayTtsItem  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        play = []
        _play = d.pop("play")
        for play_item_data in _play:

            def _parse_play_item(data: object) -> PlayAudioItem | PlayRingtoneItem | PlaySilenceItem | PlayTtsItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    play_item_type_0 = PlayAudioItem.from_dict(data)

                    return play_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    play_item_type_1 = PlayTtsItem.from_dict(data)

                    return play_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    play_item_type_2 = PlaySilenceItem.from_dict(data)

                    return play_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                play_item_type_3 = PlayRingtoneItem.from_dict(data)

                return play_item_type_3

            play_item = _parse_play_item(play_item_data)

            play.append(play_item)

        volume = d.pop("volume", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PlayDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_play_direction(_direction)

        loop = d.pop("loop", UNSET)

        language = d.pop("language", UNSET)

        voice = d.pop("voice", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: TtsGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_tts_gender(_gender)

        status_url = d.pop("status_url", UNSET)

        play_params = cls(
            control_id=control_id,
            play=play,
            volume=volume,
            direction=direction,
            loop=loop,
            language=language,
            voice=voice,
            gender=gender,
            status_url=status_url,
        )

        return play_params
