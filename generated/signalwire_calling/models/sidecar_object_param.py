# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sidecar_object_param_properties import SidecarObjectParamProperties


T = TypeVar("T", bound="SidecarObjectParam")


@_attrs_define
class SidecarObjectParam:
    """A function argument that is an object with named fields."""

    type_: Literal["object"] = "object"
    """ Marks the argument as an object. """
    description: str | Unset = UNSET
    """ Tells the model what the argument means and what to put in it. """
    properties: SidecarObjectParamProperties | Unset = UNSET
    """ Definitions of the object's fields, keyed by field name. """
    required: list[str] | Unset = UNSET
    """ Fields of the object the model must always supply. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sidecar_object_param_properties import SidecarObjectParamProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["object"], d.pop("type"))
        if type_ != "object":
            raise ValueError(f"type must match const 'object', got '{type_}'")

        description = d.pop("description", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: SidecarObjectParamProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SidecarObjectParamProperties.from_dict(_properties)

        required = cast(list[str], d.pop("required", UNSET))

        sidecar_object_param = cls(
            type_=type_,
            description=description,
            properties=properties,
            required=required,
        )

        return sidecar_object_param
