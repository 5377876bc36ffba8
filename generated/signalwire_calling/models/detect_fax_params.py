# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.detect_fax_tone import DetectFaxTone, check_detect_fax_tone
from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectFaxParams")


@_attrs_define
class DetectFaxParams:
    """Settings for the fax tone detector."""

    tone: DetectFaxTone | Unset = UNSET
    """ Fax tone to detect: `CNG` is the calling tone of a machine that is sending a fax, `CED` the answer tone of a
    machine ready to receive one. Accepted in upper or lower case. """

    def to_dict(self) -> dict[str, Any]:
        tone: str | Unset = UNSET
        if not isinstance(self.tone, Unset):
            tone = self.tone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tone is not UNSET:
            field_dict["tone"] = tone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tone = d.pop("tone", UNSET)
        tone: DetectFaxTone | Unset
        if isinstance(_tone, Unset):
            tone = UNSET
        else:
            tone = check_detect_fax_tone(_tone)

        detect_fax_params = cls(
            tone=tone,
        )

        return detect_fax_params
