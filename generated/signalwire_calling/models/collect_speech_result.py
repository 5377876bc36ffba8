# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collect_speech_result_params import CollectSpeechResultParams


T = TypeVar("T", bound="CollectSpeechResult")


@_attrs_define
class CollectSpeechResult:
    """Words the caller said."""

    type_: Literal["speech"]
    """ Always `speech`. """
    params: CollectSpeechResultParams
    """ What was recognised. """
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
        from ..models.collect_speech_result_params import CollectSpeechResultParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["speech"], d.pop("type"))
        if type_ != "speech":
            raise ValueError(f"type must match const 'speech', got '{type_}'")

        params = CollectSpeechResultParams.from_dict(d.pop("params"))

        collect_speech_result = cls(
            type_=type_,
            params=params,
        )

        collect_speech_result.additional_properties = d
        return collect_speech_result

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
