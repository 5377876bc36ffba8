# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_ringtone_params import PlayRingtoneParams


T = TypeVar("T", bound="PlayRingtoneItem")


@_attrs_define
class PlayRingtoneItem:
    """Plays a ringback tone (the sound a caller hears while a phone rings) in a chosen country's cadence."""

    params: PlayRingtoneParams
    """ Ringtone settings. """
    type_: Literal["ringtone"] = "ringtone"
    """ Discriminator choosing ringtone playback. """

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
        from ..models.play_ringtone_params import PlayRingtoneParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["ringtone"], d.pop("type"))
        if type_ != "ringtone":
            raise ValueError(f"type must match const 'ringtone', got '{type_}'")

        params = PlayRingtoneParams.from_dict(d.pop("params"))

        play_ringtone_item = cls(
            type_=type_,
            params=params,
        )

        return play_ringtone_item
