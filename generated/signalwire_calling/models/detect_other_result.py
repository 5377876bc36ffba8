# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_other_result_params import DetectOtherResultParams


T = TypeVar("T", bound="DetectOtherResult")


@_attrs_define
class DetectOtherResult:
    """A detector result of a type this spec does not know yet."""

    type_: str
    """ The detector's type. """
    params: DetectOtherResultParams | Unset = UNSET
    """ The result, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_other_result_params import DetectOtherResultParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        _params = d.pop("params", UNSET)
        params: DetectOtherResultParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DetectOtherResultParams.from_dict(_params)

        detect_other_result = cls(
            type_=type_,
            params=params,
        )

        detect_other_result.additional_properties = d
        return detect_other_result

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
