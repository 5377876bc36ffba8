# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sidecar_function_parameters_properties import SidecarFunctionParametersProperties


T = TypeVar("T", bound="SidecarFunctionParameters")


@_attrs_define
class SidecarFunctionParameters:
    """JSON-Schema-style definition of a sidecar function's arguments. An argument may only use `type`, `description`,
    `enum` and `default` (plus `items`, `properties` and `required` for arrays and objects); express other rules such as
    patterns or ranges in the description and enforce them in your webhook.

    """

    properties: SidecarFunctionParametersProperties
    """ Argument definitions keyed by argument name. """
    type_: Literal["object"] = "object"
    """ Container type of the arguments, which are always passed as one object. """
    required: list[str] | Unset = UNSET
    """ Names of the arguments the model must always supply. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sidecar_function_parameters_properties import SidecarFunctionParametersProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["object"], d.pop("type"))
        if type_ != "object":
            raise ValueError(f"type must match const 'object', got '{type_}'")

        properties = SidecarFunctionParametersProperties.from_dict(d.pop("properties"))

        required = cast(list[str], d.pop("required", UNSET))

        sidecar_function_parameters = cls(
            type_=type_,
            properties=properties,
            required=required,
        )

        return sidecar_function_parameters
