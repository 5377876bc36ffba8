# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.speech_engine import SpeechEngine, check_speech_engine
from ..models.transcribe_direction import TranscribeDirection, check_transcribe_direction
from ..models.translation_filter_preset import TranslationFilterPreset, check_translation_filter_preset
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTranslateStartOptions")


@_attrs_define
class LiveTranslateStartOptions:
    """Settings for a live translation session between two languages."""

    from_lang: str
    """ Source language of the conversation, e.g. `en-US`. """
    to_lang: str
    """ Target language of the translation, e.g. `es-ES`. """
    direction: list[TranscribeDirection]
    """ Call legs whose speech is translated. """
    from_voice: str | Unset = UNSET
    """ Text-to-speech voice used for speech in the source language (`from_lang`). """
    to_voice: str | Unset = UNSET
    """ Text-to-speech voice used for speech in the target language (`to_lang`). """
    filter_from: str | TranslationFilterPreset | Unset = UNSET
    """ Filter that changes the tone of translated speech: one of the presets in `TranslationFilterPreset`, or your
    own instructions written as `prompt:` followed by the text (e.g. `prompt:Use formal business language`). """
    filter_to: str | TranslationFilterPreset | Unset = UNSET
    """ Filter that changes the tone of translated speech: one of the presets in `TranslationFilterPreset`, or your
    own instructions written as `prompt:` followed by the text (e.g. `prompt:Use formal business language`). """
    webhook: str | Unset = UNSET
    """ Where translation events are sent. """
    live_events: bool | Unset = UNSET
    """ Send translation events in real time, as each utterance is recognised, instead of only at the end. """
    ai_summary: bool | Unset = UNSET
    """ When translation ends, produce an AI summary of the conversation in each of the two languages. """
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
        from_lang = self.from_lang

        to_lang = self.to_lang

        direction = []
        for direction_item_data in self.direction:
            direction_item: str = direction_item_data
            direction.append(direction_item)

        from_voice = self.from_voice

        to_voice = self.to_voice

        filter_from: str | Unset
        if isinstance(self.filter_from, Unset):
            filter_from = UNSET
        elif isinstance(self.filter_from, str):
            filter_from = self.filter_from
        else:
            filter_from = self.filter_from

        filter_to: str | Unset
        if isinstance(self.filter_to, Unset):
            filter_to = UNSET
        elif isinstance(self.filter_to, str):
            filter_to = self.filter_to
        else:
            filter_to = self.filter_to

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
                "from_lang": from_lang,
                "to_lang": to_lang,
                "direction": direction,
            }
        )
        if from_voice is not UNSET:
            field_dict["from_voice"] = from_voice
        if to_voice is not UNSET:
            field_dict["to_voice"] = to_voice
        if filter_from is not UNSET:
            field_dict["filter_from"] = filter_from
        if filter_to is not UNSET:
            field_dict["filter_to"] = filter_to
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
        from_lang = d.pop("from_lang")

        to_lang = d.pop("to_lang")

        direction = []
        _direction = d.pop("direction")
        for direction_item_data in _direction:
            direction_item = check_transcribe_direction(direction_item_data)

            direction.append(direction_item)

        from_voice = d.pop("from_voice", UNSET)

        to_voice = d.pop("to_voice", UNSET)

        def _parse_filter_from(data: object) -> str | TranslationFilterPreset | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_translation_filter_type_0 = check_translation_filter_preset(data)

                return componentsschemas_translation_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TranslationFilterPreset | Unset, data)

        filter_from = _parse_filter_from(d.pop("filter_from", UNSET))

        def _parse_filter_to(data: object) -> str | TranslationFilterPreset | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_translation_filter_type_0 = check_translation_filter_preset(data)

                return componentsschemas_translation_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TranslationFilterPreset | Unset, data)

        filter_to = _parse_filter_to(d.pop("filter_to", UNSET))

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

        live_translate_start_options = cls(
            from_lang=from_lang,
            to_lang=to_lang,
            direction=direction,
            from_voice=from_voice,
            to_voice=to_voice,
            filter_from=filter_from,
            filter_to=filter_to,
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

        return live_translate_start_options
