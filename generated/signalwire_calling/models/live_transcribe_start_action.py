# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_transcribe_start_options import LiveTranscribeStartOptions


T = TypeVar("T", bound="LiveTranscribeStartAction")


@_attrs_define
class LiveTranscribeStartAction:
    """Starts a live transcription session."""

    start: LiveTranscribeStartOptions
    """ Settings for a live transcription session. """

    def to_dict(self) -> dict[str, Any]:
        start = self.start.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_transcribe_start_options import LiveTranscribeStartOptions  # noqa: PLC0415

        d = dict(src_dict)
        start = LiveTranscribeStartOptions.from_dict(d.pop("start"))

        live_transcribe_start_action = cls(
            start=start,
        )

        return live_transcribe_start_action
