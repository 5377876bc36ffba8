from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refer_device import ReferDevice


T = TypeVar("T", bound="ReferParams")


@_attrs_define
class ReferParams:
    """Options for `calling.refer`."""

    device: ReferDevice
    """ Target of a SIP REFER. SIP is the only device type. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives progress events for the REFER. """

    def to_dict(self) -> dict[str, Any]:
        device = self.device.to_dict()

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "device": device,
            }
        )
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refer_device import ReferDevice  # noqa: PLC0415

        d = dict(src_dict)
        device = ReferDevice.from_dict(d.pop("device"))

        status_url = d.pop("status_url", UNSET)

        refer_params = cls(
            device=device,
            status_url=status_url,
        )

        return refer_params
