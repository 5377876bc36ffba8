# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SidecarPermissions")


@_attrs_define
class SidecarPermissions:
    """What the sidecar's SWAIG tools are allowed to do. Each permission is granted unless turned off here."""

    swaig_allow_swml: bool | Unset = True
    """ Allow tools to execute SWML against the call. """
    swaig_allow_settings: bool | Unset = True
    """ Let tools modify sidecar settings such as the model in use. """
    swaig_set_global_data: bool | Unset = True
    """ Let tools write to the sidecar's `global_data`. """

    def to_dict(self) -> dict[str, Any]:
        swaig_allow_swml = self.swaig_allow_swml

        swaig_allow_settings = self.swaig_allow_settings

        swaig_set_global_data = self.swaig_set_global_data

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if swaig_allow_swml is not UNSET:
            field_dict["swaig_allow_swml"] = swaig_allow_swml
        if swaig_allow_settings is not UNSET:
            field_dict["swaig_allow_settings"] = swaig_allow_settings
        if swaig_set_global_data is not UNSET:
            field_dict["swaig_set_global_data"] = swaig_set_global_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        swaig_allow_swml = d.pop("swaig_allow_swml", UNSET)

        swaig_allow_settings = d.pop("swaig_allow_settings", UNSET)

        swaig_set_global_data = d.pop("swaig_set_global_data", UNSET)

        sidecar_permissions = cls(
            swaig_allow_swml=swaig_allow_swml,
            swaig_allow_settings=swaig_allow_settings,
            swaig_set_global_data=swaig_set_global_data,
        )

        return sidecar_permissions
