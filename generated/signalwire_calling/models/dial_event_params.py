# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_end_source import CallEndSource, check_call_end_source
from ..models.dial_state import DialState, check_dial_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_state_event_params import CallStateEventParams


T = TypeVar("T", bound="DialEventParams")


@_attrs_define
class DialEventParams:
    """The dial a dial event is about."""

    dial_state: DialState | str
    """ Where the dial is. Open: a value added by SignalWire later arrives as a plain string. """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    tag: str | Unset = UNSET
    """ The dial's tag. """
    call: CallStateEventParams | Unset = UNSET
    """ The call a call-state event is about. Times are in milliseconds since the Unix epoch, 0 until known. """
    reason: str | Unset = UNSET
    """ Why the dial failed, when it did. """
    source: CallEndSource | str | Unset = UNSET
    """ Which side ended the dial, when it failed. Open: a value added by SignalWire later arrives as a plain
    string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dial_state: str
        if isinstance(self.dial_state, str):
            dial_state = self.dial_state
        else:
            dial_state = self.dial_state

        node_id = self.node_id

        tag = self.tag

        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        reason = self.reason

        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dial_state": dial_state,
            }
        )
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if call is not UNSET:
            field_dict["call"] = call
        if reason is not UNSET:
            field_dict["reason"] = reason
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_state_event_params import CallStateEventParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_dial_state(data: object) -> DialState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dial_state_type_0 = check_dial_state(data)

                return dial_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DialState | str, data)

        dial_state = _parse_dial_state(d.pop("dial_state"))

        node_id = d.pop("node_id", UNSET)

        tag = d.pop("tag", UNSET)

        _call = d.pop("call", UNSET)
        call: CallStateEventParams | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = CallStateEventParams.from_dict(_call)

        reason = d.pop("reason", UNSET)

        def _parse_source(data: object) -> CallEndSource | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_call_end_source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallEndSource | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        dial_event_params = cls(
            dial_state=dial_state,
            node_id=node_id,
            tag=tag,
            call=call,
            reason=reason,
            source=source,
        )

        dial_event_params.additional_properties = d
        return dial_event_params

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
