# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detect_digit_verdict import DetectDigitVerdict, check_detect_digit_verdict

T = TypeVar("T", bound="DetectDigitResultParams")


@_attrs_define
class DetectDigitResultParams:
    """The digit detector's result."""

    event: DetectDigitVerdict | str
    """ What was detected. Open: a value added by SignalWire later arrives as a plain string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_event(data: object) -> DetectDigitVerdict | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = check_detect_digit_verdict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DetectDigitVerdict | str, data)

        event = _parse_event(d.pop("event"))

        detect_digit_result_params = cls(
            event=event,
        )

        detect_digit_result_params.additional_properties = d
        return detect_digit_result_params

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
