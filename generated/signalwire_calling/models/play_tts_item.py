# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_tts_params import PlayTtsParams


T = TypeVar("T", bound="PlayTtsItem")


@_attrs_define
class PlayTtsItem:
    """Speaks text with text-to-speech. Its own `language`, `voice` and `gender` take precedence over those set on the play
    request.

    """

    params: PlayTtsParams
    """ Text-to-speech settings for one play item. """
    type_: Literal["tts"] = "tts"
    """ Discriminator choosing text-to-speech. """

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
        from ..models.play_tts_params import PlayTtsParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["tts"], d.pop("type"))
        if type_ != "tts":
            raise ValueError(f"type must match const 'tts', got '{type_}'")

        params = PlayTtsParams.from_dict(d.pop("params"))

        play_tts_item = cls(
            type_=type_,
            params=params,
        )

        return play_tts_item
