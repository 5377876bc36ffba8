# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sidecar_summarize_options import SidecarSummarizeOptions


T = TypeVar("T", bound="SidecarSummarizeAction")


@_attrs_define
class SidecarSummarizeAction:
    """Turns `calling.ai_sidecar` into a one-off summary request: the conversation so far is summarised and sent to a
    webhook, and no sidecar is attached.

    """

    summarize: SidecarSummarizeOptions
    """ Options for a one-off sidecar summary. """

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
        from ..models.sidecar_summarize_options import SidecarSummarizeOptions  # noqa: PLC0415

        d = dict(src_dict)
        summarize = SidecarSummarizeOptions.from_dict(d.pop("summarize"))

        sidecar_summarize_action = cls(
            summarize=summarize,
        )

        return sidecar_summarize_action
