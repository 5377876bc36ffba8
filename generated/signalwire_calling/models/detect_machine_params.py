# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DetectMachineParams")


@_attrs_define
class DetectMachineParams:
    """Tuning for answering-machine detection, which decides whether a person or a machine picked up. Times are in seconds."""

    initial_timeout: float | Unset = 4.5
    """ Seconds to wait for the answering party to start speaking. """
    end_silence_timeout: float | Unset = 1.0
    """ Seconds of silence after the voice stops before the result is settled. """
    machine_ready_timeout: float | Unset = UNSET
    """ Seconds to wait for a machine's greeting to be over (the machine ready to record); `end_silence_timeout` is
    used when omitted. """
    machine_voice_threshold: float | Unset = 1.25
    """ Length of uninterrupted speech, in seconds, beyond which the speaker is judged to be a machine rather than a
    person. """
    machine_words_threshold: int | Unset = 6
    """ Number of words in the greeting beyond which the speaker is judged to be a machine. """
    detect_interruptions: bool | Unset = False
    """ Also report when the caller speaks over a machine's greeting. """
    detect_message_end: bool | Unset = True
    """ Report when a machine's greeting has finished, e.g. so a voicemail can be left at the right moment. """

    def to_dict(self) -> dict[str, Any]:
        initial_timeout = self.initial_timeout

        end_silence_timeout = self.end_silence_timeout

        machine_ready_timeout = self.machine_ready_timeout

        machine_voice_threshold = self.machine_voice_threshold

        machine_words_threshold = self.machine_words_threshold

        detect_interruptions = self.detect_interruptions

        detect_message_end = self.detect_message_end

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if initial_timeout is not UNSET:
            field_dict["initial_timeout"] = initial_timeout
        if end_silence_timeout is not UNSET:
            field_dict["end_silence_timeout"] = end_silence_timeout
        if machine_ready_timeout is not UNSET:
            field_dict["machine_ready_timeout"] = machine_ready_timeout
        if machine_voice_threshold is not UNSET:
            field_dict["machine_voice_threshold"] = machine_voice_threshold
        if machine_words_threshold is not UNSET:
            field_dict["machine_words_threshold"] = machine_words_threshold
        if detect_interruptions is not UNSET:
            field_dict["detect_interruptions"] = detect_interruptions
        if detect_message_end is not UNSET:
            field_dict["detect_message_end"] = detect_message_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        initial_timeout = d.pop("initial_timeout", UNSET)

        end_silence_timeout = d.pop("end_silence_timeout", UNSET)

        machine_ready_timeout = d.pop("machine_ready_timeout", UNSET)

        machine_voice_threshold = d.pop("machine_voice_threshold", UNSET)

        machine_words_threshold = d.pop("machine_words_threshold", UNSET)

        detect_interruptions = d.pop("detect_interruptions", UNSET)

        detect_message_end = d.pop("detect_message_end", UNSET)

        detect_machine_params = cls(
            initial_timeout=initial_timeout,
            end_silence_timeout=end_silence_timeout,
            machine_ready_timeout=machine_ready_timeout,
            machine_voice_threshold=machine_voice_threshold,
            machine_words_threshold=machine_words_threshold,
            detect_interruptions=detect_interruptions,
            detect_message_end=detect_message_end,
        )

        return detect_machine_params
