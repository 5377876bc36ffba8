# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SidecarBooleanParam")


@_attrs_define
class SidecarBooleanParam:
    """A true/false function argument."""

    type_: Literal["boolean"] = "boolean"
    """ Marks the argument as a boolean. """
    description: str | Unset = UNSET
    """ Tells the model what the argument means and what to put in it. """
    default: bool | Unset = UNSET
    """ Value used when the model leaves the argument out. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        default = self.default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["boolean"], d.pop("type"))
        if type_ != "boolean":
            raise ValueError(f"type must match const 'boolean', got '{type_}'")

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        sidecar_boolean_param = cls(
            type_=type_,
            description=description,
            default=default,
        )

        return sidecar_boolean_param
