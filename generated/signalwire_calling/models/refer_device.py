# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.refer_sip_params import ReferSipParams


T = TypeVar("T", bound="ReferDevice")


@_attrs_define
class ReferDevice:
    """Target of a SIP REFER. SIP is the only device type."""

    params: ReferSipParams
    """ SIP target of a REFER. """
    type_: Literal["sip"] = "sip"
    """ Device type; `sip` is the only option. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refer_sip_params import ReferSipParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["sip"], d.pop("type"))
        if type_ != "sip":
            raise ValueError(f"type must match const 'sip', got '{type_}'")

        params = ReferSipParams.from_dict(d.pop("params"))

        refer_device = cls(
            type_=type_,
            params=params,
        )

        return refer_device
