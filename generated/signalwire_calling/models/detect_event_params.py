# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detect_digit_result import DetectDigitResult
    from ..models.detect_fax_result import DetectFaxResult
    from ..models.detect_machine_result import DetectMachineResult
    from ..models.detect_other_result import DetectOtherResult


T = TypeVar("T", bound="DetectEventParams")


@_attrs_define
class DetectEventParams:
    """The detector a detect event is about."""

    control_id: str
    """ The `control_id` given to `calling.detect`: which operation of the call the event is about. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    detect: DetectDigitResult | DetectFaxResult | DetectMachineResult | DetectOtherResult | Unset = UNSET
    """ What a detector found, told apart by `type`: `machine` (answering machine or person), `fax` (fax tones) or
    `digit` (a key), or a type added later. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.detect_digit_result import DetectDigitResult  # noqa: PLC0415
        from ..models.detect_fax_result import DetectFaxResult  # noqa: PLC0415
        from ..models.detect_machine_result import DetectMachineResult  # noqa: PLC0415

        control_id = self.control_id

        call_id = self.call_id

        node_id = self.node_id

        segment_id = self.segment_id

        tag = self.tag

        detect: dict[str, Any] | Unset
        if isinstance(self.detect, Unset):
            detect = UNSET
        elif isinstance(self.detect, DetectMachineResult):
            detect = self.detect.to_dict()
        elif isinstance(self.detect, DetectFaxResult):
            detect = self.detect.to_dict()
        elif isinstance(self.detect, DetectDigitResult):
            detect = self.detect.to_dict()
        else:
            detect = self.detect.to_dict()

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
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if detect is not UNSET:
            field_dict["detect"] = detect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.detect_digit_result import DetectDigitResult  # noqa: PLC0415
        from ..models.detect_fax_result import DetectFaxResult  # noqa: PLC0415
        from ..models.detect_machine_result import DetectMachineResult  # noqa: PLC0415
        from ..models.detect_other_result import DetectOtherResult  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        tag = d.pop("tag", UNSET)

        def _parse_detect(
            data: object,
        ) -> DetectDigitResult | DetectFaxResult | DetectMachineResult | DetectOtherResult | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_detect_result_type_0 = DetectMachineResult.from_dict(data)

                return componentsschemas_detect_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_detect_result_type_1 = DetectFaxResult.from_dict(data)

                return componentsschemas_detect_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_detect_result_type_2 = DetectDigitResult.from_dict(data)

                return componentsschemas_detect_result_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_detect_result_type_3 = DetectOtherResult.from_dict(data)

            return componentsschemas_detect_result_type_3

        detect = _parse_detect(d.pop("detect", UNSET))

        detect_event_params = cls(
            control_id=control_id,
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
            detect=detect,
        )

        detect_event_params.additional_properties = d
        return detect_event_params

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
