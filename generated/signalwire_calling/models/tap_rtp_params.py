# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tap_codec import TapCodec, check_tap_codec
from ..models.tap_ptime import TapPtime, check_tap_ptime
from ..types import UNSET, Unset

T = TypeVar("T", bound="TapRtpParams")


@_attrs_define
class TapRtpParams:
    """RTP receiver for tapped audio."""

    addr: str
    """ Public IPv4 address of the receiver; private and reserved ranges are refused. """
    port: int
    """ UDP port on the receiver. """
    codec: TapCodec | Unset = UNSET
    """ Codec for tapped audio: G.711 `PCMU` or `PCMA`, or `OPUS`. Accepted in upper or lower case. """
    ptime: TapPtime | Unset = UNSET
    """ RTP packet time in milliseconds: a multiple of 10 from 10 to 120. """

    def to_dict(self) -> dict[str, Any]:
        addr = self.addr

        port = self.port

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec

        ptime: int | Unset = UNSET
        if not isinstance(self.ptime, Unset):
            ptime = self.ptime

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addr": addr,
                "port": port,
            }
        )
        if codec is not UNSET:
            field_dict["codec"] = codec
        if ptime is not UNSET:
            field_dict["ptime"] = ptime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addr = d.pop("addr")

        port = d.pop("port")

        _codec = d.pop("codec", UNSET)
        codec: TapCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = check_tap_codec(_codec)

        _ptime = d.pop("ptime", UNSET)
        ptime: TapPtime | Unset
        if isinstance(_ptime, Unset):
            ptime = UNSET
        else:
            ptime = check_tap_ptime(_ptime)

        tap_rtp_params = cls(
            addr=addr,
            port=port,
            codec=codec,
            ptime=ptime,
        )

        return tap_rtp_params
