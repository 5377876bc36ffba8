# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_event_state import RecordEventState, check_record_event_state
from ..models.record_pause_behavior import RecordPauseBehavior, check_record_pause_behavior
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_event_settings import RecordEventSettings


T = TypeVar("T", bound="RecordEventParams")


@_attrs_define
class RecordEventParams:
    """The recording a record event is about. Some vendor pages put `url`, `duration`, `size` and `format` inside `record`
    instead; both forms parse.

    """

    control_id: str
    """ The `control_id` given to `calling.record`: which operation of the call the event is about. """
    state: RecordEventState | str
    """ Where the recording is. Open: a value added by SignalWire later arrives as a plain string. """
    call_id: str | Unset = UNSET
    """ ID of the call the event is about (a UUID). """
    node_id: str | Unset = UNSET
    """ ID of the SignalWire node handling the call. """
    segment_id: str | Unset = UNSET
    """ ID of the call segment the event belongs to (a UUID). """
    tag: str | Unset = UNSET
    """ The call's tag, when one was set. """
    url: str | Unset = UNSET
    """ Where to download the recording; present once it has `finished`. """
    duration: float | Unset = UNSET
    """ Length of the recording, in seconds; present once it is over. """
    size: int | Unset = UNSET
    """ Size of the file, in bytes; present once it is over. """
    recording_id: str | Unset = UNSET
    """ ID of the recording (a UUID). """
    start_time: float | Unset = UNSET
    """ When recording started, in seconds since the Unix epoch; present once it is over. """
    end_time: float | Unset = UNSET
    """ When recording ended, in seconds since the Unix epoch; present once it is over. """
    first_frame_time: float | Unset = UNSET
    """ When the first audio was captured, in seconds since the Unix epoch. """
    pause_behavior: RecordPauseBehavior | str | Unset = UNSET
    """ While `paused`: whether the pause is kept as silence or skipped. Open: a value added by SignalWire later
    arrives as a plain string. """
    record: RecordEventSettings | Unset = UNSET
    """ The settings of a recording, as a record event reports them (older payloads also put the file's `url`,
    `duration`, `size` and `format` here). """
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

        url = self.url

        duration = self.duration

        size = self.size

        recording_id = self.recording_id

        start_time = self.start_time

        end_time = self.end_time

        first_frame_time = self.first_frame_time

        pause_behavior: str | Unset
        if isinstance(self.pause_behavior, Unset):
            pause_behavior = UNSET
        elif isinstance(self.pause_behavior, str):
            pause_behavior = self.pause_behavior
        else:
            pause_behavior = self.pause_behavior

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

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
        if url is not UNSET:
            field_dict["url"] = url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if size is not UNSET:
            field_dict["size"] = size
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if first_frame_time is not UNSET:
            field_dict["first_frame_time"] = first_frame_time
        if pause_behavior is not UNSET:
            field_dict["pause_behavior"] = pause_behavior
        if record is not UNSET:
            field_dict["record"] = record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_event_settings import RecordEventSettings  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        def _parse_state(data: object) -> RecordEventState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_0 = check_record_event_state(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordEventState | str, data)

        state = _parse_state(d.pop("state"))

        call_id = d.pop("call_id", UNSET)

        node_id = d.pop("node_id", UNSET)

        segment_id = d.pop("segment_id", UNSET)

        tag = d.pop("tag", UNSET)

        url = d.pop("url", UNSET)

        duration = d.pop("duration", UNSET)

        size = d.pop("size", UNSET)

        recording_id = d.pop("recording_id", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        first_frame_time = d.pop("first_frame_time", UNSET)

        def _parse_pause_behavior(data: object) -> RecordPauseBehavior | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pause_behavior_type_0 = check_record_pause_behavior(data)

                return pause_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordPauseBehavior | str | Unset, data)

        pause_behavior = _parse_pause_behavior(d.pop("pause_behavior", UNSET))

        _record = d.pop("record", UNSET)
        record: RecordEventSettings | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = RecordEventSettings.from_dict(_record)

        record_event_params = cls(
            control_id=control_id,
            state=state,
            call_id=call_id,
            node_id=node_id,
            segment_id=segment_id,
            tag=tag,
            url=url,
            duration=duration,
            size=size,
            recording_id=recording_id,
            start_time=start_time,
            end_time=end_time,
            first_frame_time=first_frame_time,
            pause_behavior=pause_behavior,
            record=record,
        )

        record_event_params.additional_properties = d
        return record_event_params

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
