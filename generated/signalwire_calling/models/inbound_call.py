# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_call_dial_winner import InboundCallDialWinner, check_inbound_call_dial_winner
from ..models.inbound_call_direction import InboundCallDirection, check_inbound_call_direction
from ..models.inbound_call_type import InboundCallType, check_inbound_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound_call_header import InboundCallHeader
    from ..models.inbound_call_parent import InboundCallParent
    from ..models.inbound_call_peer import InboundCallPeer
    from ..models.inbound_call_sip_data import InboundCallSipData


T = TypeVar("T", bound="InboundCall")


@_attrs_define
class InboundCall:
    """The call whose SWML SignalWire is fetching."""

    call_id: str
    """ ID of the call. """
    node_id: str
    """ ID of the SignalWire node handling the call. """
    segment_id: str
    """ ID of the call's current segment. """
    call_state: str
    """ State of the call at the time of the fetch, such as `created`. """
    direction: InboundCallDirection | str
    """ Whether SignalWire received the call or placed it. Open: a value added by SignalWire later arrives as a
    plain string. """
    type_: InboundCallType | str
    """ Kind of call. Open: a value added by SignalWire later arrives as a plain string. """
    from_: str
    """ Number or URI the call comes from. """
    to: str
    """ Number or URI the call goes to. """
    headers: list[InboundCallHeader]
    """ Headers that came with the call. """
    project_id: str
    """ ID of the project the call belongs to (a UUID). """
    space_id: str
    """ ID of the space the call belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The tag given to the call when it was created, if any. """
    from_number: str | Unset = UNSET
    """ Phone number the call comes from; only for phone calls (SIP and WebRTC calls use `from`). """
    to_number: str | Unset = UNSET
    """ Phone number the call goes to; only for phone calls (SIP and WebRTC calls use `to`). """
    dial_winner: InboundCallDialWinner | str | Unset = UNSET
    """ The string `"true"` when this call is the one that answered a parallel dial; absent otherwise. Open: another
    value added by SignalWire later arrives as a plain string. """
    parent: InboundCallParent | Unset = UNSET
    """ The call that created a call, such as the leg that ran a `connect` or a transfer. """
    peer: InboundCallPeer | Unset = UNSET
    """ The call a call is bridged to. """
    sip_data: InboundCallSipData | Unset = UNSET
    """ SIP details of a SIP call (`type` `sip`), taken from its request URI and its From, To and Contact headers.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        node_id = self.node_id

        segment_id = self.segment_id

        call_state = self.call_state

        direction: str
        if isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        from_ = self.from_

        to = self.to

        headers = []
        for headers_item_data in self.headers:
            headers_item = headers_item_data.to_dict()
            headers.append(headers_item)

        project_id = self.project_id

        space_id = self.space_id

        tag = self.tag

        from_number = self.from_number

        to_number = self.to_number

        dial_winner: str | Unset
        if isinstance(self.dial_winner, Unset):
            dial_winner = UNSET
        elif isinstance(self.dial_winner, str):
            dial_winner = self.dial_winner
        else:
            dial_winner = self.dial_winner

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        sip_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip_data, Unset):
            sip_data = self.sip_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "node_id": node_id,
                "segment_id": segment_id,
                "call_state": call_state,
                "direction": direction,
                "type": type_,
                "from": from_,
                "to": to,
                "headers": headers,
                "project_id": project_id,
                "space_id": space_id,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if to_number is not UNSET:
            field_dict["to_number"] = to_number
        if dial_winner is not UNSET:
            field_dict["dial_winner"] = dial_winner
        if parent is not UNSET:
            field_dict["parent"] = parent
        if peer is not UNSET:
            field_dict["peer"] = peer
        if sip_data is not UNSET:
            field_dict["sip_data"] = sip_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_call_header import InboundCallHeader  # noqa: PLC0415
        from ..models.inbound_call_parent import InboundCallParent  # noqa: PLC0415
        from ..models.inbound_call_peer import InboundCallPeer  # noqa: PLC0415
        from ..models.inbound_call_sip_data import InboundCallSipData  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        node_id = d.pop("node_id")

        segment_id = d.pop("segment_id")

        call_state = d.pop("call_state")

        def _parse_direction(data: object) -> InboundCallDirection | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_inbound_call_direction(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundCallDirection | str, data)

        direction = _parse_direction(d.pop("direction"))

        def _parse_type_(data: object) -> InboundCallType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_inbound_call_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundCallType | str, data)

        type_ = _parse_type_(d.pop("type"))

        from_ = d.pop("from")

        to = d.pop("to")

        headers = []
        _headers = d.pop("headers")
        for headers_item_data in _headers:
            headers_item = InboundCallHeader.from_dict(headers_item_data)

            headers.append(headers_item)

        project_id = d.pop("project_id")

        space_id = d.pop("space_id")

        tag = d.pop("tag", UNSET)

        from_number = d.pop("from_number", UNSET)

        to_number = d.pop("to_number", UNSET)

        def _parse_dial_winner(data: object) -> InboundCallDialWinner | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dial_winner_type_0 = check_inbound_call_dial_winner(data)

                return dial_winner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InboundCallDialWinner | str | Unset, data)

        dial_winner = _parse_dial_winner(d.pop("dial_winner", UNSET))

        _parent = d.pop("parent", UNSET)
        parent: InboundCallParent | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = InboundCallParent.from_dict(_parent)

        _peer = d.pop("peer", UNSET)
        peer: InboundCallPeer | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = InboundCallPeer.from_dict(_peer)

        _sip_data = d.pop("sip_data", UNSET)
        sip_data: InboundCallSipData | Unset
        if isinstance(_sip_data, Unset):
            sip_data = UNSET
        else:
            sip_data = InboundCallSipData.from_dict(_sip_data)

        inbound_call = cls(
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            call_state=call_state,
            direction=direction,
            type_=type_,
            from_=from_,
            to=to,
            headers=headers,
            project_id=project_id,
            space_id=space_id,
            tag=tag,
            from_number=from_number,
            to_number=to_number,
            dial_winner=dial_winner,
            parent=parent,
            peer=peer,
            sip_data=sip_data,
        )

        inbound_call.additional_properties = d
        return inbound_call

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
