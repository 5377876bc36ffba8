# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_state import StreamState, check_stream_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventParams")


@_attrs_define
class StreamEventParams:
    """The stream a stream status callback is about."""

    call_id: str
    """ ID of the streamed call (a UUID). """
    node_id: str
    """ ID of the node the call is on (a UUID). """
    segment_id: str
    """ ID of the streamed call segment (a UUID). """
    control_id: str
    """ The `control_id` given to `calling.stream`. """
    state: str | StreamState
    """ Where the stream is. Open: a value added by SignalWire later arrives as a plain string. """
    url: str
    """ The WebSocket URL receiving the audio. """
    tag: str | Unset = UNSET
    """ The call's tag; only when one was set. """
    name: str | Unset = UNSET
    """ The stream's `name`; only when one was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        node_id = self.node_id

        segment_id = self.segment_id

        control_id = self.control_id

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        url = self.url

        tag = self.tag

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "node_id": node_id,
                "segment_id": segment_id,
                "control_id": control_id,
                "state": state,
                "url": url,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        node_id = d.pop("node_id")

        segment_id = d.pop("segment_id")

        control_id = d.pop("control_id")

        def _parse_state(data: object) -> str | StreamState:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_stream_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StreamState, data)

        state = _parse_state(d.pop("state"))

        url = d.pop("url")

        tag = d.pop("tag", UNSET)

        name = d.pop("name", UNSET)

        stream_event_params = cls(
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            control_id=control_id,
            state=state,
            url=url,
            tag=tag,
            name=name,
        )

        stream_event_params.additional_properties = d
        return stream_event_params

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
