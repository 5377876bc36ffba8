# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.play_event_state import PlayEventState, check_play_event_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlayEventParams")


@_attrs_define
class PlayEventParams:
    """The playback a play event is about."""

    control_id: str
    """ The `control_id` given to `calling.play`: which operation of the call the event is about. """
    state: PlayEventState | str
    """ Where the playback is. Open: a value added by SignalWire later arrives as a plain string. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        call_id = self.call_id

        node_id = self.node_id

        segment_id = self.segment_id

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_id": control_id,
                "state": state,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control_id = d.pop("control_id")

        def _parse_state(data: object) -> PlayEventState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_play_event_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PlayEventState | str, data)

        state = _parse_state(d.pop("state"))

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        tag = d.pop("tag", UNSET)

        play_event_params = cls(
            control_id=control_id,
            state=state,
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
        )

        play_event_params.additional_properties = d
        return play_event_params

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
