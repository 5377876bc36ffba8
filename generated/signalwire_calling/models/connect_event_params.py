# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_state import ConnectState, check_connect_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connect_peer import ConnectPeer


T = TypeVar("T", bound="ConnectEventParams")


@_attrs_define
class ConnectEventParams:
    """The connect a connect event is about."""

    connect_state: ConnectState | str
    """ Where the bridge is. Open: a value added by SignalWire later arrives as a plain string. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    failed_reason: str | Unset = UNSET
    """ Why it failed, when it did (e.g. `no_answer`). """
    peer: ConnectPeer | Unset = UNSET
    """ The call reached. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connect_state: str
        if isinstance(self.connect_state, str):
            connect_state = self.connect_state
        else:
            connect_state = self.connect_state

        call_id = self.call_id

        node_id = self.node_id

        segment_id = self.segment_id

        tag = self.tag

        failed_reason = self.failed_reason

        peer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peer, Unset):
            peer = self.peer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connect_state": connect_state,
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
        if failed_reason is not UNSET:
            field_dict["failed_reason"] = failed_reason
        if peer is not UNSET:
            field_dict["peer"] = peer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connect_peer import ConnectPeer  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_connect_state(data: object) -> ConnectState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connect_state_type_0 = check_connect_state(data)

                return connect_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectState | str, data)

        connect_state = _parse_connect_state(d.pop("connect_state"))

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        tag = d.pop("tag", UNSET)

        failed_reason = d.pop("failed_reason", UNSET)

        _peer = d.pop("peer", UNSET)
        peer: ConnectPeer | Unset
        if isinstance(_peer, Unset):
            peer = UNSET
        else:
            peer = ConnectPeer.from_dict(_peer)

        connect_event_params = cls(
            connect_state=connect_state,
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
            failed_reason=failed_reason,
            peer=peer,
        )

        connect_event_params.additional_properties = d
        return connect_event_params

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
