# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferSipParams")


@_attrs_define
class ReferSipParams:
    """SIP target of a REFER."""

    to: str
    """ `sip:` URI the call is referred to. """
    from_: str | Unset = UNSET
    """ From address to use for the REFER, as a `sip:` URI. """
    username: str | Unset = UNSET
    """ Username for SIP authentication, if the target requires it. """
    password: str | Unset = UNSET
    """ Password for SIP authentication, if the target requires it. """

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        from_ = self.from_

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        from_ = d.pop("from", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        refer_sip_params = cls(
            to=to,
            from_=from_,
            username=username,
            password=password,
        )

        return refer_sip_params
