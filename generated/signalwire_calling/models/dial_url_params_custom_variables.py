from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DialUrlParamsCustomVariables")


@_attrs_define
class DialUrlParamsCustomVariables:
    """Up to 20 string key/value pairs attached to the call. The call's SWML sees them as `${envs.<key>}`, and they are
    sent in `envs` when SignalWire fetches SWML from a URL; they override account or project variables with exactly the
    same (case-sensitive) key. Keys may contain only letters, digits and underscores, and may begin neither with a digit
    nor with a reserved prefix (`signalwire_`, `sw_`, `rtc_`, `internal_`, compared without regard to case); values must
    be non-empty strings no longer than 1024 bytes.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dial_url_params_custom_variables = cls()

        dial_url_params_custom_variables.additional_properties = d
        return dial_url_params_custom_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
