# Generated from spec/ by generator/; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sidecar_model import SidecarModel, check_sidecar_model
from ..models.speech_engine import SpeechEngine, check_speech_engine
from ..types import UNSET, Unset

T = TypeVar("T", bound="SidecarSettings")


@_attrs_define
class SidecarSettings:
    """Tuning for an AI sidecar (its `params` field): evaluation timing, history size, summaries, speech recognition and
    debugging. Durations are in milliseconds.

    """

    idle_timeout_ms: int | Unset = 200
    """ How long, in milliseconds, the customer must stay quiet after speaking before the sidecar looks at the
    conversation again. Lower values make it react sooner. """
    min_interval_ms: int | Unset = 0
    """ Minimum milliseconds between two evaluations, which throttles the sidecar on busy calls; `0` means no
    throttling. """
    max_iters_per_tick: int | Unset = 5
    """ Cap on the tool calls the sidecar can make in a row during one evaluation; after that it must give its
    advice. """
    max_history_tokens: int | Unset = 8000
    """ Token budget for the conversation history the sidecar keeps; once exceeded, the oldest messages are dropped.
    """
    act_on_channel: bool | Unset = True
    """ Apply actions that tools return (for example a transfer or hangup) to the live call. When false those
    actions are only reported in callbacks. """
    final_summary: bool | Unset = False
    """ When the call ends, summarise the sidecar's own session and include it in the final callback. """
    ai_summary: bool | Unset = False
    """ At the end of the call, write a summary of what was said between the parties. `final_summary` is different:
    it reports on the sidecar's own activity. """
    ai_summary_prompt: str | Unset = UNSET
    """ Your own instructions for writing the end-of-call conversation summary. """
    summary_model: SidecarModel | str | Unset = "gpt-4o-mini"
    """ Model that writes the end-of-call conversation summary; set separately from the sidecar's `model`. Other
    model names are accepted as plain strings. """
    live_events: bool | Unset = False
    """ Post a callback for each recognised utterance. """
    verbose_utterances: bool | Unset = False
    """ Put full recognizer detail (word timings, alternatives) into utterance callbacks. This makes callbacks much
    larger, so enable it only when needed. """
    speech_engine: SpeechEngine | Unset = UNSET
    """ Speech recognizer for live transcription, live translation and sidecars: `deepgram` or `google`, in lower
    case. """
    speech_timeout: int | Unset = UNSET
    """ Milliseconds the recognizer waits before finalising speech; `0` uses the engine's own default. """
    vad_silence_ms: int | Unset = UNSET
    """ Milliseconds of silence that mark the end of speech; `0` uses the engine's own default. """
    vad_thresh: int | Unset = UNSET
    """ How readily the recognizer detects speech; `0` uses the engine's own default. """
    debug_level: int | Unset = 0
    """ Debug verbosity of the speech engine. """
    debug: bool | Unset = False
    """ Log the sidecar's activity in detail. """
    transcribe_prompt: str | Unset = UNSET
    """ Text handed to the speech recognizer to steer it towards terms you expect to hear (product names, company
    names and the like). Unrelated to the operator `prompt`. """

    def to_dict(self) -> dict[str, Any]:
        idle_timeout_ms = self.idle_timeout_ms

        min_interval_ms = self.min_interval_ms

        max_iters_per_tick = self.max_iters_per_tick

        max_history_tokens = self.max_history_tokens

        act_on_channel = self.act_on_channel

        final_summary = self.final_summary

        ai_summary = self.ai_summary

        ai_summary_prompt = self.ai_summary_prompt

        summary_model: str | Unset
        if isinstance(self.summary_model, Unset):
            summary_model = UNSET
        elif isinstance(self.summary_model, str):
            summary_model = self.summary_model
        else:
            summary_model = self.summary_model

        live_events = self.live_events

        verbose_utterances = self.verbose_utterances

        speech_engine: str | Unset = UNSET
        if not isinstance(self.speech_engine, Unset):
            speech_engine = self.speech_engine

        speech_timeout = self.speech_timeout

        vad_silence_ms = self.vad_silence_ms

        vad_thresh = self.vad_thresh

        debug_level = self.debug_level

        debug = self.debug

        transcribe_prompt = self.transcribe_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms
        if min_interval_ms is not UNSET:
            field_dict["min_interval_ms"] = min_interval_ms
        if max_iters_per_tick is not UNSET:
            field_dict["max_iters_per_tick"] = max_iters_per_tick
        if max_history_tokens is not UNSET:
            field_dict["max_history_tokens"] = max_history_tokens
        if act_on_channel is not UNSET:
            field_dict["act_on_channel"] = act_on_channel
        if final_summary is not UNSET:
            field_dict["final_summary"] = final_summary
        if ai_summary is not UNSET:
            field_dict["ai_summary"] = ai_summary
        if ai_summary_prompt is not UNSET:
            field_dict["ai_summary_prompt"] = ai_summary_prompt
        if summary_model is not UNSET:
            field_dict["summary_model"] = summary_model
        if live_events is not UNSET:
            field_dict["live_events"] = live_events
        if verbose_utterances is not UNSET:
            field_dict["verbose_utterances"] = verbose_utterances
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
        if debug is not UNSET:
            field_dict["debug"] = debug
        if transcribe_prompt is not UNSET:
            field_dict["transcribe_prompt"] = transcribe_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idle_timeout_ms = d.pop("idle_timeout_ms", UNSET)

        min_interval_ms = d.pop("min_interval_ms", UNSET)

        max_iters_per_tick = d.pop("max_iters_per_tick", UNSET)

        max_history_tokens = d.pop("max_history_tokens", UNSET)

        act_on_channel = d.pop("act_on_channel", UNSET)

        final_summary = d.pop("final_summary", UNSET)

        ai_summary = d.pop("ai_summary", UNSET)

        ai_summary_prompt = d.pop("ai_summary_prompt", UNSET)

        def _parse_summary_model(data: object) -> SidecarModel | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_model_type_0 = check_sidecar_model(data)

                return summary_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SidecarModel | str | Unset, data)

        summary_model = _parse_summary_model(d.pop("summary_model", UNSET))

        live_events = d.pop("live_events", UNSET)

        verbose_utterances = d.pop("verbose_utterances", UNSET)

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

        debug = d.pop("debug", UNSET)

        transcribe_prompt = d.pop("transcribe_prompt", UNSET)

        sidecar_settings = cls(
            idle_timeout_ms=idle_timeout_ms,
            min_interval_ms=min_interval_ms,
            max_iters_per_tick=max_iters_per_tick,
            max_history_tokens=max_history_tokens,
            act_on_channel=act_on_channel,
            final_summary=final_summary,
            ai_summary=ai_summary,
            ai_summary_prompt=ai_summary_prompt,
            summary_model=summary_model,
            live_events=live_events,
            verbose_utterances=verbose_utterances,
            speech_engine=speech_engine,
            speech_timeout=speech_timeout,
            vad_silence_ms=vad_silence_ms,
            vad_thresh=vad_thresh,
            debug_level=debug_level,
            debug=debug,
            transcribe_prompt=transcribe_prompt,
        )

        return sidecar_settings
