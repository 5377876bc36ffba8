# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.collect_speech_engine import CollectSpeechEngine, check_collect_speech_engine
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectSpeechParams")


@_attrs_define
class CollectSpeechParams:
    """Speech recognition settings for `calling.collect`."""

    end_silence_timeout: float | Unset = UNSET
    """ Seconds of silence after the caller stops talking before the utterance is treated as complete; must be
    positive. """
    speech_timeout: float | Unset = UNSET
    """ Upper limit, in seconds, on waiting for the caller's speech; must be positive. """
    language: str | Unset = UNSET
    """ Recognition language as a BCP-47 tag such as `en-US`, or `engine:tag` (e.g. `Deepgram:en-US`) to force a
    particular engine. SignalWire's default recognition language applies when omitted. """
    hints: list[str] | Unset = UNSET
    """ Words or phrases the recognizer should favour. """
    model: str | Unset = UNSET
    """ Engine-specific recognition model, such as Deepgram `nova-3`. Not checked here; the selected engine
    validates it. """
    engine: CollectSpeechEngine | Unset = UNSET
    """ Speech recognizer for `calling.collect`: `Google`, `Google.V2` or `Deepgram`. The values are case-sensitive
    and capitalised, unlike `SpeechEngine`. """

    def to_dict(self) -> dict[str, Any]:
        end_silence_timeout = self.end_silence_timeout

        speech_timeout = self.speech_timeout

        language = self.language

        hints: list[str] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints

        model = self.model

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if end_silence_timeout is not UNSET:
            field_dict["end_silence_timeout"] = end_silence_timeout
        if speech_timeout is not UNSET:
            field_dict["speech_timeout"] = speech_timeout
        if language is not UNSET:
            field_dict["language"] = language
        if hints is not UNSET:
            field_dict["hints"] = hints
        if model is not UNSET:
            field_dict["model"] = model
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_silence_timeout = d.pop("end_silence_timeout", UNSET)

        speech_timeout = d.pop("speech_timeout", UNSET)

        language = d.pop("language", UNSET)

        hints = cast(list[str], d.pop("hints", UNSET))

        model = d.pop("model", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: CollectSpeechEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_collect_speech_engine(_engine)

        collect_speech_params = cls(
            end_silence_timeout=end_silence_timeout,
            speech_timeout=speech_timeout,
            language=language,
            hints=hints,
            model=model,
            engine=engine,
        )

        return collect_speech_params
