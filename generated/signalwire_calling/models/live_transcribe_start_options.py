# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.speech_engine import SpeechEngine, check_speech_engine
from ..models.transcribe_direction import TranscribeDirection, check_transcribe_direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTranscribeStartOptions")


@_attrs_define
class LiveTranscribeStartOptions:
    """Settings for a live transcription session."""

    lang: str
    """ Language being spoken, as a tag such as `en-US` or `es-ES`. """
    direction: list[TranscribeDirection]
    """ Call legs whose speech is transcribed. """
    webhook: str | Unset = UNSET
    """ Where transcription events are sent. """
    live_events: bool | Unset = UNSET
    """ Send transcription events in real time, as each utterance is recognised, instead of only at the end. """
    ai_summary: bool | Unset = UNSET
    """ Produce an AI summary of the conversation when the transcription ends. """
    ai_summary_prompt: str | Unset = UNSET
    """ Instructions for the end-of-session summary when `ai_summary` is on. """
    speech_engine: SpeechEngine | Unset = UNSET
    """ Speech recognizer for live transcription, live translation and sidecars: `deepgram` or `google`, in lower
    case. """
    speech_timeout: int | Unset = 60000
    """ Speech recognition timeout in milliseconds: how long the recognizer may wait before finalising what it has
    heard. """
    vad_silence_ms: int | Unset = UNSET
    """ Milliseconds of silence that voice activity detection treats as the end of an utterance. When omitted it
    depends on the engine: 300 for Deepgram, 500 for Google. """
    vad_thresh: int | Unset = 400
    """ Sensitivity threshold for voice activity detection. SignalWire documents a range of 0-1800, which this
    schema does not enforce. """
    debug_level: int | Unset = 0
    """ Logging verbosity for the session, from 0 (off) to 2. """

    def to_dict(self) -> dict[str, Any]:
        lang = self.lang

        direction = []
        for direction_item_data in self.direction:
            direction_item: str = direction_item_data
            direction.append(direction_item)

        webhook = self.webhook

        live_events = self.live_events

        ai_summary = self.ai_summary

        ai_summary_prompt = self.ai_summary_prompt

        speech_engine: str | Unset = UNSET
        if not isinstance(self.speech_engine, Unset):
            speech_engine = self.speech_engine

        speech_timeout = self.speech_timeout

        vad_silence_ms = self.vad_silence_ms

        vad_thresh = self.vad_thresh

        debug_level = self.debug_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lang": lang,
                "direction": direction,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if live_events is not UNSET:
            field_dict["live_events"] = live_events
        if ai_summary is not UNSET:
            field_dict["ai_summary"] = ai_summary
        if ai_summary_prompt is not UNSET:
            field_dict["ai_summary_prompt"] = ai_summary_prompt
        if speech_engine is not UNSET:
            field_dict["speech_engine"] = speech_engine
        if speech_timeout is not UNSET:
            field_dict["speech_timeout"] = speech_timeout
        if vad_silence_ms is not UNSET:
            field_dict["vad_silence_ms"] = vad_silence_ms
        if vad_thresh is not UNSET:
            field_dict["vad_thresh"] = vad_thresh
        if debug_level is not UNSET:
            field_dict["debug_level"] = debug_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lang = d.pop("lang")

        direction = []
        _direction = d.pop("direction")
        for direction_item_data in _direction:
            direction_item = check_transcribe_direction(direction_item_data)

            direction.append(direction_item)

        webhook = d.pop("webhook", UNSET)

        live_events = d.pop("live_events", UNSET)

        ai_summary = d.pop("ai_summary", UNSET)

        ai_summary_prompt = d.pop("ai_summary_prompt", UNSET)

        _speech_engine = d.pop("speech_engine", UNSET)
        speech_engine: SpeechEngine | Unset
        if isinstance(_speech_engine, Unset):
            speech_engine = UNSET
        else:
            speech_engine = check_speech_engine(_speech_engine)

        speech_timeout = d.pop("speech_timeout", UNSET)

        vad_silence_ms = d.pop("vad_silence_ms", UNSET)

        vad_thresh = d.pop("vad_thresh", UNSET)

        debug_level = d.pop("debug_level", UNSET)

        live_transcribe_start_options = cls(
            lang=lang,
            direction=direction,
            webhook=webhook,
            live_events=live_events,
            ai_summary=ai_summary,
            ai_summary_prompt=ai_summary_prompt,
            speech_engine=speech_engine,
            speech_timeout=speech_timeout,
            vad_silence_ms=vad_silence_ms,
            vad_thresh=vad_thresh,
            debug_level=debug_level,
        )

        return live_transcribe_start_options
