from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.http_method import HttpMethod, check_http_method
from ..models.stream_track import StreamTrack, check_stream_track
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stream_params_custom_parameters import StreamParamsCustomParameters


T = TypeVar("T", bound="StreamParams")


@_attrs_define
class StreamParams:
    """Options for `calling.stream`."""

    control_id: str
    """ Your identifier for this stream, unique among streams active on the call; used to stop it. """
    url: str
    """ Secure WebSocket URL (`wss://`) that receives the audio; plain `ws://` is refused. """
    name: str | Unset = UNSET
    """ Optional label that identifies the stream to the receiving endpoint. """
    codec: str | Unset = UNSET
    """ Audio codec to request, such as `PCMU`, `PCMA` or `OPUS`. Free-form; what works depends on the endpoint. """
    track: StreamTrack | Unset = UNSET
    """ Audio to stream: `inbound_track` is audio arriving from the call's party, `outbound_track` is audio sent to
    them, `both_tracks` is both. """
    authorization_bearer_token: str | Unset = UNSET
    """ Token that the WebSocket connection request carries in an `Authorization: Bearer <token>` header. """
    custom_parameters: StreamParamsCustomParameters | Unset = UNSET
    """ Arbitrary JSON handed to the endpoint as metadata when the connection opens. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives stream lifecycle events. """
    status_url_method: HttpMethod | Unset = UNSET
    """ HTTP method SignalWire uses when it calls your URL. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        url = self.url

        name = self.name

        codec = self.codec

        track: str | Unset = UNSET
        if not isinstance(self.track, Unset):
            track = self.track

        authorization_bearer_token = self.authorization_bearer_token

        custom_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_parameters, Unset):
            custom_parameters = self.custom_parameters.to_dict()

        status_url = self.status_url

        status_url_method: str | Unset = UNSET
        if not isinstance(self.status_url_method, Unset):
            status_url_method = self.status_url_method

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if codec is not UNSET:
            field_dict["codec"] = codec
        if track is not UNSET:
            field_dict["track"] = track
        if authorization_bearer_token is not UNSET:
            field_dict["authorization_bearer_token"] = authorization_bearer_token
        if custom_parameters is not UNSET:
            field_dict["custom_parameters"] = custom_parameters
        if status_url is not UNSET:
            field_dict["status_url"] = status_url
        if status_url_method is not UNSET:
            field_dict["status_url_method"] = status_url_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stream_params_custom_parameters import StreamParamsCustomParameters  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        url = d.pop("url")

        name = d.pop("name", UNSET)

        codec = d.pop("codec", UNSET)

        _track = d.pop("track", UNSET)
        track: StreamTrack | Unset
        if isinstance(_track, Unset):
            track = UNSET
        else:
            track = check_stream_track(_track)

        authorization_bearer_token = d.pop("authorization_bearer_token", UNSET)

        _custom_parameters = d.pop("custom_parameters", UNSET)
        custom_parameters: StreamParamsCustomParameters | Unset
        if isinstance(_custom_parameters, Unset):
            custom_parameters = UNSET
        else:
            custom_parameters = StreamParamsCustomParameters.from_dict(_custom_parameters)

        status_url = d.pop("status_url", UNSET)

        _status_url_method = d.pop("status_url_method", UNSET)
        status_url_method: HttpMethod | Unset
        if isinstance(_status_url_method, Unset):
            status_url_method = UNSET
        else:
            status_url_method = check_http_method(_status_url_method)

        stream_params = cls(
            control_id=control_id,
            url=url,
            name=name,
            codec=codec,
            track=track,
            authorization_bearer_token=authorization_bearer_token,
            custom_parameters=custom_parameters,
            status_url=status_url,
            status_url_method=status_url_method,
        )

        return stream_params
