# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SidecarSwaigDefaults")


@_attrs_define
class SidecarSwaigDefaults:
    """Webhook settings shared by all sidecar SWAIG functions unless a function overrides them."""

    web_hook_url: str | Unset = UNSET
    """ Webhook serving every function that lacks its own `web_hook_url`. Basic-auth credentials may be embedded as
    `https://user:pass@host/...`. """
    web_hook_auth_user: str | Unset = UNSET
    """ Username for Basic auth on function webhooks, unless a function sets its own. """
    web_hook_auth_password: str | Unset = UNSET
    """ Password for Basic auth on function webhooks, unless a function sets its own. """

    def to_dict(self) -> dict[str, Any]:
        web_hook_url = self.web_hook_url

        web_hook_auth_user = self.web_hook_auth_user

        web_hook_auth_password = self.web_hook_auth_password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if web_hook_url is not UNSET:
            field_dict["web_hook_url"] = web_hook_url
        if web_hook_auth_user is not UNSET:
            field_dict["web_hook_auth_user"] = web_hook_auth_user
        if web_hook_auth_password is not UNSET:
            field_dict["web_hook_auth_password"] = web_hook_auth_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        web_hook_url = d.pop("web_hook_url", UNSET)

        web_hook_auth_user = d.pop("web_hook_auth_user", UNSET)

        web_hook_auth_password = d.pop("web_hook_auth_password", UNSET)

        sidecar_swaig_defaults = cls(
            web_hook_url=web_hook_url,
            web_hook_auth_user=web_hook_auth_user,
            web_hook_auth_password=web_hook_auth_password,
        )

        return sidecar_swaig_defaults
