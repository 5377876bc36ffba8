# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tap_ws_params import TapWsParams


T = TypeVar("T", bound="TapDeviceWs")


@_attrs_define
class TapDeviceWs:
    """Sends tapped audio over a WebSocket connection."""

    params: TapWsParams
    """ WebSocket receiver for tapped audio. """
    type_: Literal["ws"] = "ws"
    """ Discriminator choosing a WebSocket target. """

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
        from ..models.tap_ws_params import TapWsParams  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["ws"], d.pop("type"))
        if type_ != "ws":
            raise ValueError(f"type must match const 'ws', got '{type_}'")

        params = TapWsParams.from_dict(d.pop("params"))

        tap_device_ws = cls(
            type_=type_,
            params=params,
        )

        return tap_device_ws
