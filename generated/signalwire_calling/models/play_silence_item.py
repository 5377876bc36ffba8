# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.play_silence_params import PlaySilenceParams


T = TypeVar("T", bound="PlaySilenceItem")


@_attrs_define
class PlaySilenceItem:
    """Plays silence, e.g. as a pause between other items."""

    params: PlaySilenceParams
    """ Silence settings. """
    type_: Literal["silence"] = "silence"
    """ Discriminator choosing silence. """

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
        from ..models.play_silence_params import PlaySilenceParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["silence"], d.pop("type"))
        if type_ != "silence":
            raise ValueError(f"type must match const 'silence', got '{type_}'")

        params = PlaySilenceParams.from_dict(d.pop("params"))

        play_silence_item = cls(
            type_=type_,
            params=params,
        )

        return play_silence_item
