# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tap_event_state import TapEventState, check_tap_event_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tap_event_device import TapEventDevice
    from ..models.tap_event_media import TapEventMedia


T = TypeVar("T", bound="TapEventParams")


@_attrs_define
class TapEventParams:
    """The tap a tap event is about."""

    control_id: str
    """ The `control_id` given to `calling.tap`: which operation of the call the event is about. """
    state: str | TapEventState
    """ Where the tap is. Open: a value added by SignalWire later arrives as a plain string. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    tap: TapEventMedia | Unset = UNSET
    """ The media a tap copies. """
    device: TapEventDevice | Unset = UNSET
    """ The endpoint receiving tapped audio: `rtp` (an address and port) or `ws` (a WebSocket URI). """
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

        tap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tap, Unset):
            tap = self.tap.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

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
        if tap is not UNSET:
            field_dict["tap"] = tap
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tap_event_device import TapEventDevice  # noqa: PLC0415
        from ..models.tap_event_media import TapEventMedia  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        def _parse_state(data: object) -> str | TapEventState:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_tap_event_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TapEventState, data)

        state = _parse_state(d.pop("state"))

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        tag = d.pop("tag", UNSET)

        _tap = d.pop("tap", UNSET)
        tap: TapEventMedia | Unset
        if isinstance(_tap, Unset):
            tap = UNSET
        else:
            tap = TapEventMedia.from_dict(_tap)

        _device = d.pop("device", UNSET)
        device: TapEventDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = TapEventDevice.from_dict(_device)

        tap_event_params = cls(
            control_id=control_id,
            state=state,
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
            tap=tap,
            device=device,
        )

        tap_event_params.additional_properties = d
        return tap_event_params

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
