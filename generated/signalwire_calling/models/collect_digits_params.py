# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectDigitsParams")


@_attrs_define
class CollectDigitsParams:
    """DTMF settings for `calling.collect`."""

    max_: int
    """ Largest number of digits to gather; collection ends once that many have been pressed. Must be positive. """
    terminators: str | Unset = UNSET
    """ Keys that end digit entry at once when pressed, such as `#`. Allowed: `0`-`9`, `A`-`D` (any case), `*` and
    `#`; an empty string disables terminators. """
    digit_timeout: float | Unset = UNSET
    """ Seconds allowed between two key presses before entry counts as finished; must be positive. SignalWire's
    default applies when omitted. """

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        terminators = self.terminators

        digit_timeout = self.digit_timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max": max_,
            }
        )
        if terminators is not UNSET:
            field_dict["terminators"] = terminators
        if digit_timeout is not UNSET:
            field_dict["digit_timeout"] = digit_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max")

        terminators = d.pop("terminators", UNSET)

        digit_timeout = d.pop("digit_timeout", UNSET)

        collect_digits_params = cls(
            max_=max_,
            terminators=terminators,
            digit_timeout=digit_timeout,
        )

        return collect_digits_params
