# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sidecar_array_param import SidecarArrayParam
    from ..models.sidecar_boolean_param import SidecarBooleanParam
    from ..models.sidecar_integer_param import SidecarIntegerParam
    from ..models.sidecar_number_param import SidecarNumberParam
    from ..models.sidecar_object_param import SidecarObjectParam
    from ..models.sidecar_string_param import SidecarStringParam


T = TypeVar("T", bound="SidecarFunctionParametersProperties")


@_attrs_define
class SidecarFunctionParametersProperties:
    """Argument definitions keyed by argument name."""

    additional_properties: dict[
        str,
        SidecarArrayParam
        | SidecarBooleanParam
        | SidecarIntegerParam
        | SidecarNumberParam
        | SidecarObjectParam
        | SidecarStringParam,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sidecar_array_param import SidecarArrayParam  # noqa: PLC0415
        from ..models.sidecar_boolean_param import SidecarBooleanParam  # noqa: PLC0415
        from ..models.sidecar_integer_param import SidecarIntegerParam  # noqa: PLC0415
        from ..models.sidecar_number_param import SidecarNumberParam  # noqa: PLC0415
        from ..models.sidecar_string_param import SidecarStringParam  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, SidecarStringParam):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SidecarIntegerParam):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SidecarNumberParam):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SidecarBooleanParam):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SidecarArrayParam):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sidecar_array_param import SidecarArrayParam  # noqa: PLC0415
        from ..models.sidecar_boolean_param import SidecarBooleanParam  # noqa: PLC0415
        from ..models.sidecar_integer_param import SidecarIntegerParam  # noqa: PLC0415
        from ..models.sidecar_number_param import SidecarNumberParam  # noqa: PLC0415
        from ..models.sidecar_object_param import SidecarObjectParam  # noqa: PLC0415
        from ..models.sidecar_string_param import SidecarStringParam  # noqa: PLC0415

        d = dict(src_dict)
        sidecar_function_parameters_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
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

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        sidecar_function_parameters_properties.additional_properties = additional_properties
        return sidecar_function_parameters_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        SidecarArrayParam
        | SidecarBooleanParam
        | SidecarIntegerParam
        | SidecarNumberParam
        | SidecarObjectParam
        | SidecarStringParam
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: SidecarArrayParam
        | SidecarBooleanParam
        | SidecarIntegerParam
        | SidecarNumberParam
        | SidecarObjectParam
        | SidecarStringParam,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
