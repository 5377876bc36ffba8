# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectDigitResultParams")


@_attrs_define
class CollectDigitResultParams:
    """The keys pressed."""

    digits: str
    """ The keys, in order, without the terminator (e.g. `1234`). """
    terminator: str | Unset = UNSET
    """ The terminator key that ended the input (e.g. `#`); empty when none was pressed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digits = self.digits

        terminator = self.terminator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "digits": digits,
            }
        )
        if terminator is not UNSET:
            field_dict["terminator"] = terminator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digits = d.pop("digits")

        terminator = d.pop("terminator", UNSET)

        collect_digit_result_params = cls(
            digits=digits,
            terminator=terminator,
        )

        collect_digit_result_params.additional_properties = d
        return collect_digit_result_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
