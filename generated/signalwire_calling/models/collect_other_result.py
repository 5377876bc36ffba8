# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collect_result_type import CollectResultType, check_collect_result_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collect_other_result_params import CollectOtherResultParams


T = TypeVar("T", bound="CollectOtherResult")


@_attrs_define
class CollectOtherResult:
    """A result without collected input: the caller gave nothing in time (`no_input`), gave something no rule matched
    (`no_match`), started speaking or pressing (`start_of_input`), or the collect ended (`finished`) or failed
    (`error`).

    """

    type_: CollectResultType | str
    """ What happened. Open: a value added by SignalWire later arrives as a plain string. """
    params: CollectOtherResultParams | Unset = UNSET
    """ Details, when SignalWire sends any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
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
        from ..models.collect_other_result_params import CollectOtherResultParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> CollectResultType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_collect_result_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectResultType | str, data)

        type_ = _parse_type_(d.pop("type"))

        _params = d.pop("params", UNSET)
        params: CollectOtherResultParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = CollectOtherResultParams.from_dict(_params)

        collect_other_result = cls(
            type_=type_,
            params=params,
        )

        collect_other_result.additional_properties = d
        return collect_other_result

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
