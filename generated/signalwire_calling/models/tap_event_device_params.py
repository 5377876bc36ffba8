# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TapEventDeviceParams")


@_attrs_define
class TapEventDeviceParams:
    """The endpoint's settings; which fields are there depends on its type."""

    addr: str | Unset = UNSET
    """ RTP: the IP address audio is sent to. """
    port: int | Unset = UNSET
    """ RTP: the port audio is sent to. """
    uri: str | Unset = UNSET
    """ WebSocket: the URI audio is sent to. """
    codec: str | Unset = UNSET
    """ The codec, such as `PCMU`, `PCMA` or `OPUS`; absent when it is the call's own. """
    ptime: int | Unset = UNSET
    """ RTP: milliseconds of audio per packet. """
    rate: int | Unset = UNSET
    """ WebSocket: the sample rate, in Hz. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr = self.addr

        port = self.port

        uri = self.uri

        codec = self.codec

        ptime = self.ptime

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addr is not UNSET:
            field_dict["addr"] = addr
        if port is not UNSET:
            field_dict["port"] = port
        if uri is not UNSET:
            field_dict["uri"] = uri
        if codec is not UNSET:
            field_dict["codec"] = codec
        if ptime is not UNSET:
            field_dict["ptime"] = ptime
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr = d.pop("addr", UNSET)

        port = d.pop("port", UNSET)

        uri = d.pop("uri", UNSET)

        codec = d.pop("codec", UNSET)

        ptime = d.pop("ptime", UNSET)

        rate = d.pop("rate", UNSET)

        tap_event_device_params = cls(
            addr=addr,
            port=port,
            uri=uri,
            codec=codec,
            ptime=ptime,
            rate=rate,
        )

        tap_event_device_params.additional_properties = d
        return tap_event_device_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
