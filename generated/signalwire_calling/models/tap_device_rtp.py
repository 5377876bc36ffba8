# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_rtp_params import TapRtpParams


T = TypeVar("T", bound="TapDeviceRtp")


@_attrs_define
class TapDeviceRtp:
    """Sends tapped audio as an RTP stream to a UDP address."""

    params: TapRtpParams
    """ RTP receiver for tapped audio. """
    type_: Literal["rtp"] = "rtp"
    """ Discriminator choosing an RTP target. """

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
        from ..models.tap_rtp_params import TapRtpParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["rtp"], d.pop("type"))
        if type_ != "rtp":
            raise ValueError(f"type must match const 'rtp', got '{type_}'")

        params = TapRtpParams.from_dict(d.pop("params"))

        tap_device_rtp = cls(
            type_=type_,
            params=params,
        )

        return tap_device_rtp
