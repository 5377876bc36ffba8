from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AiSidecarAskParams")


@_attrs_define
class AiSidecarAskParams:
    """Options for `calling.ai_sidecar.ask`."""

    text: str
    """ The question to put to the sidecar. """

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

        ai_sidecar_ask_params = cls(
            text=text,
        )

        return ai_sidecar_ask_params
