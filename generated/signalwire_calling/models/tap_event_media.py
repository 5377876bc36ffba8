# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tap_event_media_params import TapEventMediaParams


T = TypeVar("T", bound="TapEventMedia")


@_attrs_define
class TapEventMedia:
    """The media a tap copies."""

    type_: str | Unset = UNSET
    """ `audio`. """
    params: TapEventMediaParams | Unset = UNSET
    """ Which audio is tapped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tap_event_media_params import TapEventMediaParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _params = d.pop("params", UNSET)
        params: TapEventMediaParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = TapEventMediaParams.from_dict(_params)

        tap_event_media = cls(
            type_=type_,
            params=params,
        )

        tap_event_media.additional_properties = d
        return tap_event_media

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
