# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sidecar_function_parameters import SidecarFunctionParameters


T = TypeVar("T", bound="SidecarSwaigFunction")


@_attrs_define
class SidecarSwaigFunction:
    """A function the sidecar's model can call; SignalWire runs it by calling your webhook with the arguments."""

    function: str
    """ Name the model uses to call the function. """
    description: str | Unset = UNSET
    """ Tells the model what the function is for; the model relies on it to decide when to call the function. """
    purpose: str | Unset = UNSET
    """ Fallback text for the model when `description` is absent. """
    parameters: SidecarFunctionParameters | Unset = UNSET
    """ JSON-Schema-style definition of a sidecar function's arguments. An argument may only use `type`,
    `description`, `enum` and `default` (plus `items`, `properties` and `required` for arrays and objects); express
    other rules such as patterns or ranges in the description and enforce them in your webhook. """
    web_hook_url: str | Unset = UNSET
    """ Webhook for this function, overriding `defaults.web_hook_url`. Basic-auth credentials may be embedded as
    `https://user:pass@host/...`. """
    web_hook_auth_user: str | Unset = UNSET
    """ Username for Basic auth on this function's webhook, in place of the default. """
    web_hook_auth_password: str | Unset = UNSET
    """ Password for Basic auth on this function's webhook, in place of the default. """

    def to_dict(self) -> dict[str, Any]:
        function = self.function

        description = self.description

        purpose = self.purpose

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        web_hook_url = self.web_hook_url

        web_hook_auth_user = self.web_hook_auth_user

        web_hook_auth_password = self.web_hook_auth_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "function": function,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if web_hook_url is not UNSET:
            field_dict["web_hook_url"] = web_hook_url
        if web_hook_auth_user is not UNSET:
            field_dict["web_hook_auth_user"] = web_hook_auth_user
        if web_hook_auth_password is not UNSET:
            field_dict["web_hook_auth_password"] = web_hook_auth_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sidecar_function_parameters import SidecarFunctionParameters  # noqa: PLC0415

        d = dict(src_dict)
        function = d.pop("function")

        description = d.pop("description", UNSET)

        purpose = d.pop("purpose", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: SidecarFunctionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = SidecarFunctionParameters.from_dict(_parameters)

        web_hook_url = d.pop("web_hook_url", UNSET)

        web_hook_auth_user = d.pop("web_hook_auth_user", UNSET)

        web_hook_auth_password = d.pop("web_hook_auth_password", UNSET)

        sidecar_swaig_function = cls(
            function=function,
            description=description,
            purpose=purpose,
            parameters=parameters,
            web_hook_url=web_hook_url,
            web_hook_auth_user=web_hook_auth_user,
            web_hook_auth_password=web_hook_auth_password,
        )

        return sidecar_swaig_function
