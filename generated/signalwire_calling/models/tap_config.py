# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_audio_params import TapAudioParams


T = TypeVar("T", bound="TapConfig")


@_attrs_define
class TapConfig:
    """What to tap. Audio is the only kind."""

    params: TapAudioParams
    """ Audio tap settings. """
    type_: Literal["audio"] = "audio"
    """ Kind of media to tap; `audio` is the only option. """

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
        from ..models.tap_audio_params import TapAudioParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        params = TapAudioParams.from_dict(d.pop("params"))

        tap_config = cls(
            type_=type_,
            params=params,
        )

        return tap_config
