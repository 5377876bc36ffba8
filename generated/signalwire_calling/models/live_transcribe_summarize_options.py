# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTranscribeSummarizeOptions")


@_attrs_define
class LiveTranscribeSummarizeOptions:
    """Options for an on-demand summary of a live transcription."""

    webhook: str | Unset = UNSET
    """ URL that receives the summary. """
    prompt: str | Unset = UNSET
    """ Instructions telling the AI how to summarise the conversation. """

    def to_dict(self) -> dict[str, Any]:
        webhook = self.webhook

        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook = d.pop("webhook", UNSET)

        prompt = d.pop("prompt", UNSET)

        live_transcribe_summarize_options = cls(
            webhook=webhook,
            prompt=prompt,
        )

        return live_transcribe_summarize_options
