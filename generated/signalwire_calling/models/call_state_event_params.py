# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_created_by import CallCreatedBy, check_call_created_by
from ..models.call_end_source import CallEndSource, check_call_end_source
from ..models.call_state import CallState, check_call_state
from ..models.call_state_direction import CallStateDirection, check_call_state_direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_state_event_params_sip_data import CallStateEventParamsSipData
    from ..models.call_state_parent import CallStateParent
    from ..models.call_state_peer import CallStatePeer
    from ..models.event_device import EventDevice


T = TypeVar("T", bound="CallStateEventParams")


@_attrs_define
class CallStateEventParams:
    """The call a call-state event is about. Times are in milliseconds since the Unix epoch, 0 until known."""

    call_id: str
    """ ID of the call the event is about (a UUID). """
    call_state: CallState | str
    """ The state the call has reached. Open: a value added by SignalWire later arrives as a plain string. """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: list[str] | str | Unset = UNSET
    """ The call's tag, when one was set (one source shows a list of tags). """
    direction: CallStateDirection | str | Unset = UNSET
    """ Whether the call came in or went out. Open: a value added by SignalWire later arrives as a plain string. """
    device: EventDevice | Unset = UNSET
    """ The device at the far end of a call: `phone`, `sip` or `webrtc` (empty early on). """
    parent: CallStateParent | Unset = UNSET
    """ The call that created this one. """
    peer: CallStatePeer | Unset = UNSET
    """ The call this one is bridged to. """
    start_time: int | Unset = UNSET
    """ When the call started, in milliseconds since the Unix epoch; 0 until known. """
    answer_time: int | Unset = UNSET
    """ When the call was answered, in milliseconds since the Unix epoch; 0 until known. """
    end_time: int | Unset = UNSET
    """ When the call ended, in milliseconds since the Unix epoch; 0 until known. """
    end_reason: None | str | Unset = UNSET
    """ Why the call ended, once it has (null before). Sources spell it differently (`noAnswer` or `no_answer`,
    `decline` or `declined`, `maxDuration` or `max_duration`, `notFound` or `not_found`), so it is kept as sent. """
    end_source: CallEndSource | str | Unset = UNSET
    """ Which side ended the call. Open: a value added by SignalWire later arrives as a plain string. """
    dial_winner: str | Unset = UNSET
    """ `true` (a string) on the leg that won a dial to several destinations. """
    sip_data: CallStateEventParamsSipData | Unset = UNSET
    """ SIP details (SIP calls only), keys starting with `sip_`. """
    audio_in_mos: float | Unset = UNSET
    """ Estimated quality of the audio received (mean opinion score). """
    created_by: CallCreatedBy | str | Unset = UNSET
    """ What created the call. Open: a value added by SignalWire later arrives as a plain string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        call_state: str
        if isinstance(self.call_state, str):
            call_state = self.call_state
        else:
            call_state = self.call_state

        node_id = self.node_id

        segment_id = self.segment_id

        tag: list[str] | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, list):
            tag = self.tag

        else:
            tag = self.tag

        direction: str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        start_time = self.start_time

        answer_time = self.answer_time

        end_time = self.end_time

        end_reason: None | str | Unset
        if isinstance(self.end_reason, Unset):
            end_reason = UNSET
        else:
            end_reason = self.end_reason

        end_source: str | Unset
        if isinstance(self.end_source, Unset):
            end_source = UNSET
        elif isinstance(self.end_source, str):
            end_source = self.end_source
        else:
            end_source = self.end_source

        dial_winner = self.dial_winner

        sip_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_data, Unset):
            sip_data = self.sip_data.to_dict()

        audio_in_mos = self.audio_in_mos

        created_by: str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, str):
            created_by = self.created_by
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "call_state": call_state,
            }
        )
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if direction is not UNSET:
            field_dict["direction"] = direction
        if device is not UNSET:
            field_dict["device"] = device
        if parent is not UNSET:
            field_dict["parent"] = parent
        if peer is not UNSET:
            field_dict["peer"] = peer
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if answer_time is not UNSET:
            field_dict["answer_time"] = answer_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if end_source is not UNSET:
            field_dict["end_source"] = end_source
        if dial_winner is not UNSET:
            field_dict["dial_winner"] = dial_winner
        if sip_data is not UNSET:
            field_dict["sip_data"] = sip_data
        if audio_in_mos is not UNSET:
            field_dict["audio_in_mos"] = audio_in_mos
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_state_event_params_sip_data import CallStateEventParamsSipData  # noqa: PLC0415
        from ..models.call_state_parent import CallStateParent  # noqa: PLC0415
        from ..models.call_state_peer import CallStatePeer  # noqa: PLC0415
        from ..models.event_device import EventDevice  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        def _parse_call_state(data: object) -> CallState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_state_type_0 = check_call_state(data)

                return call_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallState | str, data)

        call_state = _parse_call_state(d.pop("call_state"))

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        def _parse_tag(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_type_1 = cast(list[str], data)

                return tag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_direction(data: object) -> CallStateDirection | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_call_state_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallStateDirection | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        _device = d.pop("device", UNSET)
        device: EventDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = EventDevice.from_dict(_device)

        _parent = d.pop("parent", UNSET)
        parent: CallStateParent | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = CallStateParent.from_dict(_parent)

        _peer = d.pop("peer", UNSET)
        peer: CallStatePeer | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = CallStatePeer.from_dict(_peer)

        start_time = d.pop("start_time", UNSET)

        answer_time = d.pop("answer_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        def _parse_end_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_reason = _parse_end_reason(d.pop("end_reason", UNSET))

        def _parse_end_source(data: object) -> CallEndSource | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_source_type_0 = check_call_end_source(data)

                return end_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallEndSource | str | Unset, data)

        end_source = _parse_end_source(d.pop("end_source", UNSET))

        dial_winner = d.pop("dial_winner", UNSET)

        _sip_data = d.pop("sip_data", UNSET)
        sip_data: CallStateEventParamsSipData | Unset
        if isinstance(_sip_data, Unset):
            sip_data = UNSET
        else:
            sip_data = CallStateEventParamsSipData.from_dict(_sip_data)

        audio_in_mos = d.pop("audio_in_mos", UNSET)

        def _parse_created_by(data: object) -> CallCreatedBy | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_type_0 = check_call_created_by(data)

                return created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallCreatedBy | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        call_state_event_params = cls(
            call_id=call_id,
            call_state=call_state,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
            direction=direction,
            device=device,
            parent=parent,
            peer=peer,
            start_time=start_time,
            answer_time=answer_time,
            end_time=end_time,
            end_reason=end_reason,
            end_source=end_source,
            dial_winner=dial_winner,
            sip_data=sip_data,
            audio_in_mos=audio_in_mos,
            created_by=created_by,
        )

        call_state_event_params.additional_properties = d
        return call_state_event_params

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
