# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.detect_fax_result_params import DetectFaxResultParams


T = TypeVar("T", bound="DetectFaxResult")


@_attrs_define
class DetectFaxResult:
    """A fax-tone detector's result."""

    type_: Literal["fax"]
    """ Always `fax`. """
    params: DetectFaxResultParams
    """ The fax detector's result. """
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
        from ..models.detect_fax_result_params import DetectFaxResultParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["fax"], d.pop("type"))
        if type_ != "fax":
            raise ValueError(f"type must match const 'fax', got '{type_}'")

        params = DetectFaxResultParams.from_dict(d.pop("params"))

        detect_fax_result = cls(
            type_=type_,
            params=params,
        )

        detect_fax_result.additional_properties = d
        return detect_fax_result

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
