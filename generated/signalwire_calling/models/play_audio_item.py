# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_audio_params import PlayAudioParams


T = TypeVar("T", bound="PlayAudioItem")


@_attrs_define
class PlayAudioItem:
    """Plays a recorded audio file that SignalWire downloads from a URL."""

    params: PlayAudioParams
    """ Audio file to play. """
    type_: Literal["audio"] = "audio"
    """ Discriminator choosing audio-file playback. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.play_audio_params import PlayAudioParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        params = PlayAudioParams.from_dict(d.pop("params"))

        play_audio_item = cls(
            type_=type_,
            params=params,
        )

        return play_audio_item
