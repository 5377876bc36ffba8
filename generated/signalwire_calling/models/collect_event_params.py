# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collect_event_state import CollectEventState, check_collect_event_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collect_digit_result import CollectDigitResult
    from ..models.collect_other_result import CollectOtherResult
    from ..models.collect_speech_result import CollectSpeechResult


T = TypeVar("T", bound="CollectEventParams")


@_attrs_define
class CollectEventParams:
    """The collect a collect event is about."""

    control_id: str
    """ The `control_id` given to `calling.collect`: which operation of the call the event is about. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    result: CollectDigitResult | CollectOtherResult | CollectSpeechResult | Unset = UNSET
    """ The outcome of a collect, told apart by `type`: `digit` (keys pressed), `speech` (words recognised), or a
    marker without data (`no_input`, `no_match`, `start_of_input`, `finished`, `error`, or a type added later). """
    state: CollectEventState | str | Unset = UNSET
    """ Only for a `continuous` or `partial_results` collect: `collecting` while it goes on, then `finished` or
    `error`. Open: a value added by SignalWire later arrives as a plain string. """
    final: bool | Unset = UNSET
    """ Only with `partial_results`: false for a partial result, true once the utterance is complete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collect_digit_result import CollectDigitResult  # noqa: PLC0415
        from ..models.collect_speech_result import CollectSpeechResult  # noqa: PLC0415

        control_id = self.control_id

        call_id = self.call_id

        node_id = self.node_id

        result: dict[str, Any] | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, CollectDigitResult):
            result = self.result.to_dict()
        elif isinstance(self.result, CollectSpeechResult):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        final = self.final

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control_id": control_id,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if result is not UNSET:
            field_dict["result"] = result
        if state is not UNSET:
            field_dict["state"] = state
        if final is not UNSET:
            field_dict["final"] = final

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collect_digit_result import CollectDigitResult  # noqa: PLC0415
        from ..models.collect_other_result import CollectOtherResult  # noqa: PLC0415
        from ..models.collect_speech_result import CollectSpeechResult  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        def _parse_result(data: object) -> CollectDigitResult | CollectOtherResult | CollectSpeechResult | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_collect_result_type_0 = CollectDigitResult.from_dict(data)

                return componentsschemas_collect_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_collect_result_type_1 = CollectSpeechResult.from_dict(data)

                return componentsschemas_collect_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_collect_result_type_2 = CollectOtherResult.from_dict(data)

            return componentsschemas_collect_result_type_2

        result = _parse_result(d.pop("result", UNSET))

        def _parse_state(data: object) -> CollectEventState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_collect_event_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CollectEventState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        final = d.pop("final", UNSET)

        collect_event_params = cls(
            control_id=control_id,
            call_id=call_id,
            node_id=node_id,
            result=result,
            state=state,
            final=final,
        )

        collect_event_params.additional_properties = d
        return collect_event_params

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
