# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectDigitParams")


@_attrs_define
class DetectDigitParams:
    """Settings for the DTMF digit detector."""

    digits: str | Unset = UNSET
    """ Keys that count as a match, drawn from `0`-`9`, `A`-`D` (any case), `*` and `#`; an empty string matches any
    key. """

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if digits is not UNSET:
            field_dict["digits"] = digits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digits = d.pop("digits", UNSET)

        detect_digit_params = cls(
            digits=digits,
        )

        return detect_digit_params
