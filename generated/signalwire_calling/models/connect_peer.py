# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_device import EventDevice


T = TypeVar("T", bound="ConnectPeer")


@_attrs_define
class ConnectPeer:
    """The call reached."""

    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    call_id: str | Unset = UNSET
    """ ID of the peer call (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    queue_id: str | Unset = UNSET
    """ The queue the call came from, if any. """
    queue_name: str | Unset = UNSET
    """ That queue's name. """
    device: EventDevice | Unset = UNSET
    """ The device at the far end of a call: `phone`, `sip` or `webrtc` (empty early on). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        call_id = self.call_id

        tag = self.tag

        queue_id = self.queue_id

        queue_name = self.queue_name

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_device import EventDevice  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        call_id = d.pop("call_id", UNSET)

        tag = d.pop("tag", UNSET)

        queue_id = d.pop("queue_id", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        _device = d.pop("device", UNSET)
        device: EventDevice | Unset
        if isinstance(_device, Unset):
            device = UNSET
        else:
            device = EventDevice.from_dict(_device)

        connect_peer = cls(
            node_id=node_id,
            call_id=call_id,
            tag=tag,
            queue_id=queue_id,
            queue_name=queue_name,
            device=device,
        )

        connect_peer.additional_properties = d
        return connect_peer

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
