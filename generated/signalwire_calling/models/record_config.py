# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.record_audio_params import RecordAudioParams


T = TypeVar("T", bound="RecordConfig")


@_attrs_define
class RecordConfig:
    """What to record. Audio is the only kind today, configured under `audio`."""

    audio: RecordAudioParams
    """ Settings for an audio recording. """

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio": audio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_audio_params import RecordAudioParams  # noqa: PLC0415

        d = dict(src_dict)
        audio = RecordAudioParams.from_dict(d.pop("audio"))

        record_config = cls(
            audio=audio,
        )

        return record_config
