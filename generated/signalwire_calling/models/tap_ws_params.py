# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tap_codec import TapCodec, check_tap_codec
from ..types import UNSET, Unset

T = TypeVar("T", bound="TapWsParams")


@_attrs_define
class TapWsParams:
    """WebSocket receiver for tapped audio."""

    uri: str
    """ `ws://` or `wss://` URI of the server that receives the audio. """
    codec: TapCodec | Unset = UNSET
    """ Codec for tapped audio: G.711 `PCMU` or `PCMA`, or `OPUS`. Accepted in upper or lower case. """

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uri": uri,
            }
        )
        if codec is not UNSET:
            field_dict["codec"] = codec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uri = d.pop("uri")

        _codec = d.pop("codec", UNSET)
        codec: TapCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = check_tap_codec(_codec)

        tap_ws_params = cls(
            uri=uri,
            codec=codec,
        )

        return tap_ws_params
