# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sidecar_boolean_param import SidecarBooleanParam
    from ..models.sidecar_integer_param import SidecarIntegerParam
    from ..models.sidecar_number_param import SidecarNumberParam
    from ..models.sidecar_object_param import SidecarObjectParam
    from ..models.sidecar_string_param import SidecarStringParam


T = TypeVar("T", bound="SidecarArrayParam")


@_attrs_define
class SidecarArrayParam:
    """A function argument that is a list."""

    items: (
        SidecarArrayParam
        | SidecarBooleanParam
        | SidecarIntegerParam
        | SidecarNumberParam
        | SidecarObjectParam
        | SidecarStringParam
    )
    """ Definition of one function argument; its `type` (string, integer, number, boolean, array or object) decides
    which other fields apply. """
    type_: Literal["array"] = "array"
    """ Marks the argument as an array. """
    description: str | Unset = UNSET
    """ Tells the model what the argument means and what to put in it. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.sidecar_boolean_param import SidecarBooleanParam  # noqa: PLC0415
        from ..models.sidecar_integer_param import SidecarIntegerParam  # noqa: PLC0415
        from ..models.sidecar_number_param import SidecarNumberParam  # noqa: PLC0415
        from ..models.sidecar_string_param import SidecarStringParam  # noqa: PLC0415

        type_ = self.type_

        items: dict[str, Any]
        if isinstance(self.items, SidecarStringParam):
            items = self.items.to_dict()
        elif isinstance(self.items, SidecarIntegerParam):
            items = self.items.to_dict()
        elif isinstance(self.items, SidecarNumberParam):
            items = self.items.to_dict()
        elif isinstance(self.items, SidecarBooleanParam):
            items = self.items.to_dict()
        elif isinstance(self.items, SidecarArrayParam):
            items = self.items.to_dict()
        else:
            items = self.items.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "items": items,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sidecar_boolean_param import SidecarBooleanParam  # noqa: PLC0415
        from ..models.sidecar_integer_param import SidecarIntegerParam  # noqa: PLC0415
        from ..models.sidecar_number_param import SidecarNumberParam  # noqa: PLC0415
        from ..models.sidecar_object_param import SidecarObjectParam  # noqa: PLC0415
        from ..models.sidecar_string_param import SidecarStringParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["array"], d.pop("type"))
        if type_ != "array":
            raise ValueError(f"type must match const 'array', got '{type_}'")

        def _parse_items(
            data: object,
        ) -> (
            SidecarArrayParam
            | SidecarBooleanParam
            | SidecarIntegerParam
            | SidecarNumberParam
            | SidecarObjectParam
            | SidecarStringParam
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_param_property_type_0 = SidecarStringParam.from_dict(data)

                return componentsschemas_sidecar_param_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_param_property_type_1 = SidecarIntegerParam.from_dict(data)

                return componentsschemas_sidecar_param_property_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_param_property_type_2 = SidecarNumberParam.from_dict(data)

                return componentsschemas_sidecar_param_property_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_param_property_type_3 = SidecarBooleanParam.from_dict(data)

                return componentsschemas_sidecar_param_property_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sidecar_param_property_type_4 = SidecarArrayParam.from_dict(data)

                return componentsschemas_sidecar_param_property_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_sidecar_param_property_type_5 = SidecarObjectParam.from_dict(data)

            return componentsschemas_sidecar_param_property_type_5

        items = _parse_items(d.pop("items"))

        description = d.pop("description", UNSET)

        sidecar_array_param = cls(
            type_=type_,
            items=items,
            description=description,
        )

        return sidecar_array_param
