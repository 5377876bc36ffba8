# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collect_digit_result_params import CollectDigitResultParams


T = TypeVar("T", bound="CollectDigitResult")


@_attrs_define
class CollectDigitResult:
    """Keys the caller pressed."""

    type_: Literal["digit"]
    """ Always `digit`. """
    params: CollectDigitResultParams
    """ The keys pressed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collect_digit_result_params import CollectDigitResultParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["digit"], d.pop("type"))
        if type_ != "digit":
            raise ValueError(f"type must match const 'digit', got '{type_}'")

        params = CollectDigitResultParams.from_dict(d.pop("params"))

        collect_digit_result = cls(
            type_=type_,
            params=params,
        )

        collect_digit_result.additional_properties = d
        return collect_digit_result

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
