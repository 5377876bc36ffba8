# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SidecarNumberParam")


@_attrs_define
class SidecarNumberParam:
    """A numeric function argument that may have a fractional part."""

    type_: Literal["number"] = "number"
    """ Marks the argument as a number. """
    description: str | Unset = UNSET
    """ Tells the model what the argument means and what to put in it. """
    enum: list[float] | Unset = UNSET
    """ The only values the model may choose from. """
    default: float | Unset = UNSET
    """ Value used when the model leaves the argument out. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        enum: list[float] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        default = self.default

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["number"], d.pop("type"))
        if type_ != "number":
            raise ValueError(f"type must match const 'number', got '{type_}'")

        description = d.pop("description", UNSET)

        enum = cast(list[float], d.pop("enum", UNSET))

        default = d.pop("default", UNSET)

        sidecar_number_param = cls(
            type_=type_,
            description=description,
            enum=enum,
            default=default,
        )

        return sidecar_number_param
