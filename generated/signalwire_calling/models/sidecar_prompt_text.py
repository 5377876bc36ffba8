# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SidecarPromptText")


@_attrs_define
class SidecarPromptText:
    """Sidecar prompt given as text."""

    text: str
    """ Prompt text, given as one string. """

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        sidecar_prompt_text = cls(
            text=text,
        )

        return sidecar_prompt_text
