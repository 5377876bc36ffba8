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
    """Options for `calling.play`. Items in `play` are played one after another; `language`, `voice` and `gender` here are
    fallbacks for text-to-speech items that do not set their own.

    """

    control_id: str
    """ Your identifier for this playback, unique among playbacks active on the call; used to pause, resume, stop it
    or change its volume. """
    play: list[PlayAudioItem | PlayRingtoneItem | PlaySilenceItem | PlayTtsItem]
    """ Media to play, in order: audio files, text-to-speech, silence and ringtones. """
    volume: float | Unset = 0.0
    """ Gain in decibels, from -40 (quieter) to +40 (louder); 0 plays the media at its own level. """
    direction: PlayDirection | Unset = UNSET
    """ Which side of the call's audio is meant. `listen` is what the call's party hears, `speak` is what the party
    sends (their voice), and `both` is the two together. Playback with `listen` is heard by the party, while `speak`
    injects the media into their outgoing audio so the other end hears it; recording and tapping use the same values
    to choose which audio to capture. """
    loop: int | Unset = 1
    """ How many times the whole `play` list is played; `0` repeats it until the playback is stopped. """
    language: str | Unset = "en-US"
    """ BCP-47 language for text-to-speech items that set none themselves. """
    voice: str | Unset = UNSET
    """ Voice for text-to-speech items that set none themselves; when neither is set the voice is picked by
    `gender`. """
    gender: TtsGender | Unset = UNSET
    """ Voice gender used to choose a text-to-speech voice when no specific voice is named. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook notified whenever the playback changes state: `playing`, `paused`, `finished` or `error`.
    """

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
