from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collect_digits_params import CollectDigitsParams
    from ..models.collect_speech_params import CollectSpeechParams


T = TypeVar("T", bound="CollectParams")


@_attrs_define
class CollectParams:
    """Options for `calling.collect`. Give `digits`, `speech`, or both; with neither SignalWire answers 400. Digit results
    arrive at `status_url` as `result.type: digit` events with the digits and terminator, speech results as
    `result.type: speech` events with text and confidence.

    """

    control_id: str
    """ Your identifier for this collection, unique among collections active on the call; used to stop it or start
    its timers later. """
    initial_timeout: float | Unset = UNSET
    """ Seconds to wait for the caller to start giving input before giving up; must be positive. SignalWire's no-
    input default applies when omitted. With `start_input_timers` false, this clock only starts on
    `calling.collect.start_input_timers`. """
    digits: CollectDigitsParams | Unset = UNSET
    """ DTMF settings for `calling.collect`. """
    speech: CollectSpeechParams | Unset = UNSET
    """ Speech recognition settings for `calling.collect`. """
    continuous: bool | Unset = False
    """ Restart collection after every result, until `calling.collect.stop` is sent; events then include a `state`
    field. """
    partial_results: bool | Unset = False
    """ Also send interim results while recognition is still running; each event's `final` flag separates interim
    from final results. """
    send_start_of_input: bool | Unset = False
    """ Send a `start_of_input` event to `status_url` the moment the caller starts giving input. """
    start_input_timers: bool | Unset = False
    """ Whether the `initial_timeout` clock starts right away. When false it waits for
    `calling.collect.start_input_timers`, e.g. so a prompt can finish first. """
    status_url: str | Unset = UNSET
    """ HTTP(S) webhook that receives the collected input and related events. """

    def to_dict(self) -> dict[str, Any]:
        control_id = self.control_id

        initial_timeout = self.initial_timeout

        digits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digits, Unset):
            digits = self.digits.to_dict()

        speech: dict[str, Any] | Unset = UNSET
        if not isinstance(self.speech, Unset):
            speech = self.speech.to_dict()

        continuous = self.continuous

        partial_results = self.partial_results

        send_start_of_input = self.send_start_of_input

        start_input_timers = self.start_input_timers

        status_url = self.status_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "control_id": control_id,
            }
        )
        if initial_timeout is not UNSET:
            field_dict["initial_timeout"] = initial_timeout
        if digits is not UNSET:
            field_dict["digits"] = digits
        if speech is not UNSET:
            field_dict["speech"] = speech
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if partial_results is not UNSET:
            field_dict["partial_results"] = partial_results
        if send_start_of_input is not UNSET:
            field_dict["send_start_of_input"] = send_start_of_input
        if start_input_timers is not UNSET:
            field_dict["start_input_timers"] = start_input_timers
        if status_url is not UNSET:
            field_dict["status_url"] = status_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collect_digits_params import CollectDigitsParams  # noqa: PLC0415
        from ..models.collect_speech_params import CollectSpeechParams  # noqa: PLC0415

        d = dict(src_dict)
        control_id = d.pop("control_id")

        initial_timeout = d.pop("initial_timeout", UNSET)

        _digits = d.pop("digits", UNSET)
        digits: CollectDigitsParams | Unset
        if isinstance(_digits, Unset):
            digits = UNSET
        else:
            digits = CollectDigitsParams.from_dict(_digits)

        _speech = d.pop("speech", UNSET)
        speech: CollectSpeechParams | Unset
        if isinstance(_speech, Unset):
            speech = UNSET
        else:
            speech = CollectSpeechParams.from_dict(_speech)

        continuous = d.pop("continuous", UNSET)

        partial_results = d.pop("partial_results", UNSET)

        send_start_of_input = d.pop("send_start_of_input", UNSET)

        start_input_timers = d.pop("start_input_timers", UNSET)

        status_url = d.pop("status_url", UNSET)

        collect_params = cls(
            control_id=control_id,
            initial_timeout=initial_timeout,
            digits=digits,
            speech=speech,
            continuous=continuous,
            partial_results=partial_results,
            send_start_of_input=send_start_of_input,
            start_input_timers=start_input_timers,
            status_url=status_url,
        )

        return collect_params
