# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.live_translate_summarize_options import LiveTranslateSummarizeOptions


T = TypeVar("T", bound="LiveTranslateSummarizeAction")


@_attrs_define
class LiveTranslateSummarizeAction:
    """Requests an AI summary of a running live translation."""

    summarize: LiveTranslateSummarizeOptions
    """ Options for summarising the translated conversation on demand. """

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
        from ..models.live_translate_summarize_options import LiveTranslateSummarizeOptions  # noqa: PLC0415

        d = dict(src_dict)
        summarize = LiveTranslateSummarizeOptions.from_dict(d.pop("summarize"))

        live_translate_summarize_action = cls(
            summarize=summarize,
        )

        return live_translate_summarize_action
