# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_transcribe_summarize_options import LiveTranscribeSummarizeOptions


T = TypeVar("T", bound="LiveTranscribeSummarizeAction")


@_attrs_define
class LiveTranscribeSummarizeAction:
    """Requests an AI summary of a running live transcription."""

    summarize: LiveTranscribeSummarizeOptions
    """ Options for an on-demand summary of a live transcription. """

    def to_dict(self) -> dict[str, Any]:
        summarize = self.summarize.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "summarize": summarize,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_transcribe_summarize_options import LiveTranscribeSummarizeOptions  # noqa: PLC0415

        d = dict(src_dict)
        summarize = LiveTranscribeSummarizeOptions.from_dict(d.pop("summarize"))

        live_transcribe_summarize_action = cls(
            summarize=summarize,
        )

        return live_transcribe_summarize_action
