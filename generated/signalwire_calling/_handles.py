"""Call and operation handles: `call = client.calling.dial(...)`, `call.play(...).stop()`. Generated from spec/ by generator/; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._calling import AsyncCalling, Calling
from ._handle_base import AsyncCallHandle, AsyncOperationHandle, CallHandle, OperationHandle, new_control_id

if TYPE_CHECKING:
    from . import models, swml, typed_dicts
    from ._spec import CallResponse

__all__ = [
    "AiOperation",
    "AsyncAiOperation",
    "AsyncCall",
    "AsyncCollectOperation",
    "AsyncDetectOperation",
    "AsyncPlayOperation",
    "AsyncReceiveFaxOperation",
    "AsyncRecordOperation",
    "AsyncSendFaxOperation",
    "AsyncStreamOperation",
    "AsyncTapOperation",
    "AsyncTranscribeOperation",
    "Call",
    "CollectOperation",
    "DetectOperation",
    "PlayOperation",
    "ReceiveFaxOperation",
    "RecordOperation",
    "SendFaxOperation",
    "StreamOperation",
    "TapOperation",
    "TranscribeOperation",
]


class Call(CallHandle[Calling]):
    """A handle on one call of a `RestClient`: its commands without repeating the call id.

    Returned by `client.calling.dial(...)`; `client.calling.call(call_id)` builds one for an existing call
    without sending anything. `.id` is the call's UUID; `.leg` the leg of the latest answer (None before
    any), which every command updates. Commands that start an operation (play, record, …) make their own
    `control_id` when none is given and return a handle on the operation.
    """

    def update(
        self,
        *,
        fallback_url: str | None = None,
        status: models.UpdateCallStatus | None = None,
        status_url: str | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> CallResponse:
        """Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`.

        Sends `update` to this call (params as for `Calling.update`); returns
        the leg.
        """
        return self._update(
            self._calling.update(
                self.id, fallback_url=fallback_url, status=status, status_url=status_url, url=url, swml=swml
            )
        )

    def end(self, *, reason: models.HangupReason | None = None) -> CallResponse:
        """Hang up an active call.

        Sends `calling.end` to this call (params as for `Calling.end`); returns
        the leg.
        """
        return self._update(self._calling.end(self.id, reason=reason))

    def disconnect(self) -> CallResponse:
        """Break the connection between this call and the call it is bridged to, leaving both legs up.

        Sends `calling.disconnect` to this call (params as for `Calling.disconnect`); returns
        the leg.
        """
        return self._update(self._calling.disconnect(self.id))

    def ai_hold(self, *, timeout: str | None = None, prompt: str | None = None) -> CallResponse:
        """Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.

        Sends `calling.ai_hold` to this call (params as for `Calling.ai_hold`); returns
        the leg.
        """
        return self._update(self._calling.ai_hold(self.id, timeout=timeout, prompt=prompt))

    def ai_unhold(self) -> CallResponse:
        """Take the caller of an AI agent session off hold and let the conversation continue.

        Sends `calling.ai_unhold` to this call (params as for `Calling.ai_unhold`); returns
        the leg.
        """
        return self._update(self._calling.ai_unhold(self.id))

    def ai_message(
        self,
        *,
        role: models.AiMessageRole | None = None,
        message_text: str | None = None,
        reset: models.AiMessageReset | typed_dicts.AiMessageReset | None = None,
        global_data: Mapping[str, Any] | None = None,
    ) -> CallResponse:
        """Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.

        Sends `calling.ai_message` to this call (params as for `Calling.ai_message`); returns
        the leg.
        """
        return self._update(
            self._calling.ai_message(
                self.id, role=role, message_text=message_text, reset=reset, global_data=global_data
            )
        )

    def ai_stop(self, *, control_id: str | None = None) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` to this call (params as for `Calling.ai_stop`); returns
        the leg.
        """
        return self._update(self._calling.ai_stop(self.id, control_id=control_id))

    def ai_sidecar(
        self,
        *,
        lang: str,
        prompt: str
        | models.SidecarPromptText
        | typed_dicts.SidecarPromptText
        | models.SidecarPromptPom
        | typed_dicts.SidecarPromptPom
        | models.SidecarPromptFile
        | typed_dicts.SidecarPromptFile
        | None = None,
        model: models.SidecarModel | str | None = None,
        direction: Sequence[models.TranscribeDirection] | None = None,
        customer_role: models.TranscribeDirection | None = None,
        url: str | None = None,
        SWAIG: models.SidecarSwaig | typed_dicts.SidecarSwaig | None = None,
        permissions: models.SidecarPermissions | typed_dicts.SidecarPermissions | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str] | None = None,
        params: models.SidecarSettings | typed_dicts.SidecarSettings | None = None,
        action: models.SidecarSummarizeAction | typed_dicts.SidecarSummarizeAction | None = None,
    ) -> CallResponse:
        """Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook.

        Sends `calling.ai_sidecar` to this call (params as for `Calling.ai_sidecar`); returns
        the leg.
        """
        return self._update(
            self._calling.ai_sidecar(
                self.id,
                prompt=prompt,
                lang=lang,
                model=model,
                direction=direction,
                customer_role=customer_role,
                url=url,
                SWAIG=SWAIG,
                permissions=permissions,
                global_data=global_data,
                hints=hints,
                params=params,
                action=action,
            )
        )

    def ai_sidecar_poke(self, *, text: str) -> CallResponse:
        """Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.

        Sends `calling.ai_sidecar.poke` to this call (params as for `Calling.ai_sidecar_poke`); returns
        the leg.
        """
        return self._update(self._calling.ai_sidecar_poke(self.id, text=text))

    def ai_sidecar_ask(self, *, text: str) -> CallResponse:
        """Put a single question to the call's AI sidecar; the conversation itself is not affected.

        Sends `calling.ai_sidecar.ask` to this call (params as for `Calling.ai_sidecar_ask`); returns
        the leg.
        """
        return self._update(self._calling.ai_sidecar_ask(self.id, text=text))

    def ai_sidecar_stop(self) -> CallResponse:
        """Stop the call's AI sidecar and detach it from the call.

        Sends `calling.ai_sidecar.stop` to this call (params as for `Calling.ai_sidecar_stop`); returns
        the leg.
        """
        return self._update(self._calling.ai_sidecar_stop(self.id))

    def ai_sidecar_status(self) -> CallResponse:
        """Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size).

        Sends `calling.ai_sidecar.status` to this call (params as for `Calling.ai_sidecar_status`); returns
        the leg.
        """
        return self._update(self._calling.ai_sidecar_status(self.id))

    def play(
        self,
        *,
        play: Sequence[
            models.PlayAudioItem
            | typed_dicts.PlayAudioItem
            | models.PlayTtsItem
            | typed_dicts.PlayTtsItem
            | models.PlaySilenceItem
            | typed_dicts.PlaySilenceItem
            | models.PlayRingtoneItem
            | typed_dicts.PlayRingtoneItem
        ],
        control_id: str | None = None,
        volume: float | None = None,
        direction: models.PlayDirection | None = None,
        loop: int | None = None,
        language: str | None = None,
        voice: str | None = None,
        gender: models.TtsGender | None = None,
        status_url: str | None = None,
    ) -> PlayOperation:
        """Start playing audio, speech, silence or a ringtone on a call.

        Sends `calling.play` to this call (params as for `Calling.play`);
        `control_id` defaults to a new UUID. Returns a `PlayOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return PlayOperation(
            self,
            control_id,
            self._update(
                self._calling.play(
                    self.id,
                    control_id=control_id,
                    play=play,
                    volume=volume,
                    direction=direction,
                    loop=loop,
                    language=language,
                    voice=voice,
                    gender=gender,
                    status_url=status_url,
                )
            ),
        )

    def play_pause(self, *, control_id: str) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` to this call (params as for `Calling.play_pause`); returns
        the leg.
        """
        return self._update(self._calling.play_pause(self.id, control_id=control_id))

    def play_resume(self, *, control_id: str) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` to this call (params as for `Calling.play_resume`); returns
        the leg.
        """
        return self._update(self._calling.play_resume(self.id, control_id=control_id))

    def play_stop(self, *, control_id: str) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` to this call (params as for `Calling.play_stop`); returns
        the leg.
        """
        return self._update(self._calling.play_stop(self.id, control_id=control_id))

    def play_volume(self, *, control_id: str, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` to this call (params as for `Calling.play_volume`); returns
        the leg.
        """
        return self._update(self._calling.play_volume(self.id, control_id=control_id, volume=volume))

    def record(
        self,
        *,
        record: models.RecordConfig | typed_dicts.RecordConfig,
        control_id: str | None = None,
        status_url: str | None = None,
    ) -> RecordOperation:
        """Begin capturing a call's audio to a file.

        Sends `calling.record` to this call (params as for `Calling.record`);
        `control_id` defaults to a new UUID. Returns a `RecordOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return RecordOperation(
            self,
            control_id,
            self._update(self._calling.record(self.id, control_id=control_id, record=record, status_url=status_url)),
        )

    def record_pause(self, *, control_id: str, behavior: models.RecordPauseBehavior | None = None) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` to this call (params as for `Calling.record_pause`); returns
        the leg.
        """
        return self._update(self._calling.record_pause(self.id, control_id=control_id, behavior=behavior))

    def record_resume(self, *, control_id: str) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` to this call (params as for `Calling.record_resume`); returns
        the leg.
        """
        return self._update(self._calling.record_resume(self.id, control_id=control_id))

    def record_stop(self, *, control_id: str) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` to this call (params as for `Calling.record_stop`); returns
        the leg.
        """
        return self._update(self._calling.record_stop(self.id, control_id=control_id))

    def collect(
        self,
        *,
        control_id: str | None = None,
        initial_timeout: float | None = None,
        digits: models.CollectDigitsParams | typed_dicts.CollectDigitsParams | None = None,
        speech: models.CollectSpeechParams | typed_dicts.CollectSpeechParams | None = None,
        continuous: bool | None = None,
        partial_results: bool | None = None,
        send_start_of_input: bool | None = None,
        start_input_timers: bool | None = None,
        status_url: str | None = None,
    ) -> CollectOperation:
        """Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.

        Sends `calling.collect` to this call (params as for `Calling.collect`);
        `control_id` defaults to a new UUID. Returns a `CollectOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return CollectOperation(
            self,
            control_id,
            self._update(
                self._calling.collect(
                    self.id,
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
            ),
        )

    def collect_stop(self, *, control_id: str) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` to this call (params as for `Calling.collect_stop`); returns
        the leg.
        """
        return self._update(self._calling.collect_stop(self.id, control_id=control_id))

    def collect_start_input_timers(self, *, control_id: str) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` to this call (params as for `Calling.collect_start_input_timers`); returns
        the leg.
        """
        return self._update(self._calling.collect_start_input_timers(self.id, control_id=control_id))

    def detect(
        self,
        *,
        detect: models.DetectMachineConfig
        | typed_dicts.DetectMachineConfig
        | models.DetectFaxConfig
        | typed_dicts.DetectFaxConfig
        | models.DetectDigitConfig
        | typed_dicts.DetectDigitConfig,
        control_id: str | None = None,
        timeout: float | None = None,
        status_url: str | None = None,
    ) -> DetectOperation:
        """Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits.

        Sends `calling.detect` to this call (params as for `Calling.detect`);
        `control_id` defaults to a new UUID. Returns a `DetectOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return DetectOperation(
            self,
            control_id,
            self._update(
                self._calling.detect(
                    self.id, control_id=control_id, detect=detect, timeout=timeout, status_url=status_url
                )
            ),
        )

    def detect_stop(self, *, control_id: str) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` to this call (params as for `Calling.detect_stop`); returns
        the leg.
        """
        return self._update(self._calling.detect_stop(self.id, control_id=control_id))

    def tap(
        self,
        *,
        tap: models.TapConfig | typed_dicts.TapConfig,
        device: models.TapDeviceRtp | typed_dicts.TapDeviceRtp | models.TapDeviceWs | typed_dicts.TapDeviceWs,
        control_id: str | None = None,
        status_url: str | None = None,
    ) -> TapOperation:
        """Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call.

        Sends `calling.tap` to this call (params as for `Calling.tap`);
        `control_id` defaults to a new UUID. Returns a `TapOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return TapOperation(
            self,
            control_id,
            self._update(
                self._calling.tap(self.id, control_id=control_id, tap=tap, device=device, status_url=status_url)
            ),
        )

    def tap_stop(self, *, control_id: str) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` to this call (params as for `Calling.tap_stop`); returns
        the leg.
        """
        return self._update(self._calling.tap_stop(self.id, control_id=control_id))

    def transcribe(self, *, control_id: str | None = None, status_url: str | None = None) -> TranscribeOperation:
        """Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped.

        Sends `calling.transcribe` to this call (params as for `Calling.transcribe`);
        `control_id` defaults to a new UUID. Returns a `TranscribeOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return TranscribeOperation(
            self,
            control_id,
            self._update(self._calling.transcribe(self.id, control_id=control_id, status_url=status_url)),
        )

    def transcribe_stop(self, *, control_id: str) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` to this call (params as for `Calling.transcribe_stop`); returns
        the leg.
        """
        return self._update(self._calling.transcribe_stop(self.id, control_id=control_id))

    def stream(
        self,
        *,
        url: str,
        control_id: str | None = None,
        name: str | None = None,
        codec: str | None = None,
        track: models.StreamTrack | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        status_url: str | None = None,
        status_url_method: models.HttpMethod | None = None,
    ) -> StreamOperation:
        """Stream a call's audio in real time to your WebSocket server.

        Sends `calling.stream` to this call (params as for `Calling.stream`);
        `control_id` defaults to a new UUID. Returns a `StreamOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return StreamOperation(
            self,
            control_id,
            self._update(
                self._calling.stream(
                    self.id,
                    control_id=control_id,
                    url=url,
                    name=name,
                    codec=codec,
                    track=track,
                    authorization_bearer_token=authorization_bearer_token,
                    custom_parameters=custom_parameters,
                    status_url=status_url,
                    status_url_method=status_url_method,
                )
            ),
        )

    def stream_stop(self, *, control_id: str) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` to this call (params as for `Calling.stream_stop`); returns
        the leg.
        """
        return self._update(self._calling.stream_stop(self.id, control_id=control_id))

    def denoise(self) -> CallResponse:
        """Turn on noise reduction for the call's audio.

        Sends `calling.denoise` to this call (params as for `Calling.denoise`); returns
        the leg.
        """
        return self._update(self._calling.denoise(self.id))

    def denoise_stop(self) -> CallResponse:
        """Turn off noise reduction on the call.

        Sends `calling.denoise.stop` to this call (params as for `Calling.denoise_stop`); returns
        the leg.
        """
        return self._update(self._calling.denoise_stop(self.id))

    def live_transcribe(
        self,
        *,
        action: models.LiveTranscribeStartAction
        | typed_dicts.LiveTranscribeStartAction
        | models.LiveTranscribeSummarizeAction
        | typed_dicts.LiveTranscribeSummarizeAction
        | Literal["stop"],
    ) -> CallResponse:
        """Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.

        Sends `calling.live_transcribe` to this call (params as for `Calling.live_transcribe`); returns
        the leg.
        """
        return self._update(self._calling.live_transcribe(self.id, action=action))

    def live_translate(
        self,
        *,
        action: models.LiveTranslateStartAction
        | typed_dicts.LiveTranslateStartAction
        | models.LiveTranslateSummarizeAction
        | typed_dicts.LiveTranslateSummarizeAction
        | models.LiveTranslateInjectAction
        | typed_dicts.LiveTranslateInjectAction
        | Literal["stop"],
        status_url: str | None = None,
    ) -> CallResponse:
        """Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.

        Sends `calling.live_translate` to this call (params as for `Calling.live_translate`); returns
        the leg.
        """
        return self._update(self._calling.live_translate(self.id, action=action, status_url=status_url))

    def transfer(self, *, dest: str | swml.Document | models.Swml | typed_dicts.Swml) -> CallResponse:
        """Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.

        Sends `calling.transfer` to this call (params as for `Calling.transfer`); returns
        the leg.
        """
        return self._update(self._calling.transfer(self.id, dest=dest))

    def send_fax_stop(self, *, control_id: str) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` to this call (params as for `Calling.send_fax_stop`); returns
        the leg.
        """
        return self._update(self._calling.send_fax_stop(self.id, control_id=control_id))

    def receive_fax_stop(self, *, control_id: str) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` to this call (params as for `Calling.receive_fax_stop`); returns
        the leg.
        """
        return self._update(self._calling.receive_fax_stop(self.id, control_id=control_id))

    def refer(
        self, *, device: models.ReferDevice | typed_dicts.ReferDevice, status_url: str | None = None
    ) -> CallResponse:
        """Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.

        Sends `calling.refer` to this call (params as for `Calling.refer`); returns
        the leg.
        """
        return self._update(self._calling.refer(self.id, device=device, status_url=status_url))

    def user_event(self, *, event: Mapping[str, Any]) -> CallResponse:
        """Fire a custom event carrying your own JSON data on the call.

        Sends `calling.user_event` to this call (params as for `Calling.user_event`); returns
        the leg.
        """
        return self._update(self._calling.user_event(self.id, event=event))


class AiOperation(OperationHandle["Call", "models.GenericEvent"]):
    """One `ai` operation on a call, named by its `control_id` (SWML starts these).

    `AiOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "ai"

    def stop(self) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.ai_stop(self.call.id, control_id=self.control_id))


class CollectOperation(OperationHandle["Call", "models.CollectEvent"]):
    """One `collect` operation on a call, named by its `control_id` (`Call.collect(...)` returns one).

    `CollectOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "collect"

    def stop(self) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.collect_stop(self.call.id, control_id=self.control_id))

    def start_input_timers(self) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` for this operation; returns the leg.
        """
        return self._update(self.call._calling.collect_start_input_timers(self.call.id, control_id=self.control_id))


class DetectOperation(OperationHandle["Call", "models.DetectEvent"]):
    """One `detect` operation on a call, named by its `control_id` (`Call.detect(...)` returns one).

    `DetectOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "detect"

    def stop(self) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.detect_stop(self.call.id, control_id=self.control_id))


class PlayOperation(OperationHandle["Call", "models.PlayEvent"]):
    """One `play` operation on a call, named by its `control_id` (`Call.play(...)` returns one).

    `PlayOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "play"

    def pause(self) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` for this operation; returns the leg.
        """
        return self._update(self.call._calling.play_pause(self.call.id, control_id=self.control_id))

    def resume(self) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` for this operation; returns the leg.
        """
        return self._update(self.call._calling.play_resume(self.call.id, control_id=self.control_id))

    def stop(self) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.play_stop(self.call.id, control_id=self.control_id))

    def volume(self, *, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` for this operation; returns the leg.
        """
        return self._update(self.call._calling.play_volume(self.call.id, control_id=self.control_id, volume=volume))


class ReceiveFaxOperation(OperationHandle["Call", "models.FaxEvent"]):
    """One `receive_fax` operation on a call, named by its `control_id` (SWML starts these).

    `ReceiveFaxOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "receive_fax"

    def stop(self) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.receive_fax_stop(self.call.id, control_id=self.control_id))


class RecordOperation(OperationHandle["Call", "models.RecordEvent"]):
    """One `record` operation on a call, named by its `control_id` (`Call.record(...)` returns one).

    `RecordOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "record"

    def pause(self, *, behavior: models.RecordPauseBehavior | None = None) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` for this operation; returns the leg.
        """
        return self._update(
            self.call._calling.record_pause(self.call.id, control_id=self.control_id, behavior=behavior)
        )

    def resume(self) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` for this operation; returns the leg.
        """
        return self._update(self.call._calling.record_resume(self.call.id, control_id=self.control_id))

    def stop(self) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.record_stop(self.call.id, control_id=self.control_id))


class SendFaxOperation(OperationHandle["Call", "models.FaxEvent"]):
    """One `send_fax` operation on a call, named by its `control_id` (SWML starts these).

    `SendFaxOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "send_fax"

    def stop(self) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.send_fax_stop(self.call.id, control_id=self.control_id))


class StreamOperation(OperationHandle["Call", "models.StreamEvent"]):
    """One `stream` operation on a call, named by its `control_id` (`Call.stream(...)` returns one).

    `StreamOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "stream"

    def stop(self) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.stream_stop(self.call.id, control_id=self.control_id))


class TapOperation(OperationHandle["Call", "models.TapEvent"]):
    """One `tap` operation on a call, named by its `control_id` (`Call.tap(...)` returns one).

    `TapOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "tap"

    def stop(self) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.tap_stop(self.call.id, control_id=self.control_id))


class TranscribeOperation(OperationHandle["Call", "models.TranscriptEvent"]):
    """One `transcribe` operation on a call, named by its `control_id` (`Call.transcribe(...)` returns one).

    `TranscribeOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "transcribe"

    def stop(self) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` for this operation; returns the leg.
        """
        return self._update(self.call._calling.transcribe_stop(self.call.id, control_id=self.control_id))


class AsyncCall(AsyncCallHandle[AsyncCalling]):
    """A handle on one call of a `AsyncRestClient`: its commands without repeating the call id.

    Returned by `client.calling.dial(...)`; `client.calling.call(call_id)` builds one for an existing call
    without sending anything. `.id` is the call's UUID; `.leg` the leg of the latest answer (None before
    any), which every command updates. Commands that start an operation (play, record, …) make their own
    `control_id` when none is given and return a handle on the operation.
    """

    async def update(
        self,
        *,
        fallback_url: str | None = None,
        status: models.UpdateCallStatus | None = None,
        status_url: str | None = None,
        url: str | None = None,
        swml: swml.Document | models.Swml | typed_dicts.Swml | None = None,
    ) -> CallResponse:
        """Redirect a call in progress to new SWML, served from `url` or given inline as `swml`: one of the two is required, even with `status`.

        Sends `update` to this call (params as for `AsyncCalling.update`); returns
        the leg.
        """
        return self._update(
            await self._calling.update(
                self.id, fallback_url=fallback_url, status=status, status_url=status_url, url=url, swml=swml
            )
        )

    async def end(self, *, reason: models.HangupReason | None = None) -> CallResponse:
        """Hang up an active call.

        Sends `calling.end` to this call (params as for `AsyncCalling.end`); returns
        the leg.
        """
        return self._update(await self._calling.end(self.id, reason=reason))

    async def disconnect(self) -> CallResponse:
        """Break the connection between this call and the call it is bridged to, leaving both legs up.

        Sends `calling.disconnect` to this call (params as for `AsyncCalling.disconnect`); returns
        the leg.
        """
        return self._update(await self._calling.disconnect(self.id))

    async def ai_hold(self, *, timeout: str | None = None, prompt: str | None = None) -> CallResponse:
        """Put the caller in an active AI agent session on hold, pausing the conversation until `calling.ai_unhold` is sent or the hold `timeout` runs out.

        Sends `calling.ai_hold` to this call (params as for `AsyncCalling.ai_hold`); returns
        the leg.
        """
        return self._update(await self._calling.ai_hold(self.id, timeout=timeout, prompt=prompt))

    async def ai_unhold(self) -> CallResponse:
        """Take the caller of an AI agent session off hold and let the conversation continue.

        Sends `calling.ai_unhold` to this call (params as for `AsyncCalling.ai_unhold`); returns
        the leg.
        """
        return self._update(await self._calling.ai_unhold(self.id))

    async def ai_message(
        self,
        *,
        role: models.AiMessageRole | None = None,
        message_text: str | None = None,
        reset: models.AiMessageReset | typed_dicts.AiMessageReset | None = None,
        global_data: Mapping[str, Any] | None = None,
    ) -> CallResponse:
        """Inject a message into a running AI agent conversation, for example to change the agent's instructions mid-call, add context, or reset the conversation.

        Sends `calling.ai_message` to this call (params as for `AsyncCalling.ai_message`); returns
        the leg.
        """
        return self._update(
            await self._calling.ai_message(
                self.id, role=role, message_text=message_text, reset=reset, global_data=global_data
            )
        )

    async def ai_stop(self, *, control_id: str | None = None) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` to this call (params as for `AsyncCalling.ai_stop`); returns
        the leg.
        """
        return self._update(await self._calling.ai_stop(self.id, control_id=control_id))

    async def ai_sidecar(
        self,
        *,
        lang: str,
        prompt: str
        | models.SidecarPromptText
        | typed_dicts.SidecarPromptText
        | models.SidecarPromptPom
        | typed_dicts.SidecarPromptPom
        | models.SidecarPromptFile
        | typed_dicts.SidecarPromptFile
        | None = None,
        model: models.SidecarModel | str | None = None,
        direction: Sequence[models.TranscribeDirection] | None = None,
        customer_role: models.TranscribeDirection | None = None,
        url: str | None = None,
        SWAIG: models.SidecarSwaig | typed_dicts.SidecarSwaig | None = None,
        permissions: models.SidecarPermissions | typed_dicts.SidecarPermissions | None = None,
        global_data: Mapping[str, Any] | None = None,
        hints: Sequence[str] | None = None,
        params: models.SidecarSettings | typed_dicts.SidecarSettings | None = None,
        action: models.SidecarSummarizeAction | typed_dicts.SidecarSummarizeAction | None = None,
    ) -> CallResponse:
        """Attach an AI sidecar to an answered call: a silent observer that follows the conversation and sends advice for the human agent to your webhook.

        Sends `calling.ai_sidecar` to this call (params as for `AsyncCalling.ai_sidecar`); returns
        the leg.
        """
        return self._update(
            await self._calling.ai_sidecar(
                self.id,
                prompt=prompt,
                lang=lang,
                model=model,
                direction=direction,
                customer_role=customer_role,
                url=url,
                SWAIG=SWAIG,
                permissions=permissions,
                global_data=global_data,
                hints=hints,
                params=params,
                action=action,
            )
        )

    async def ai_sidecar_poke(self, *, text: str) -> CallResponse:
        """Send a message to the call's AI sidecar and make it respond right away instead of waiting for the customer's next turn.

        Sends `calling.ai_sidecar.poke` to this call (params as for `AsyncCalling.ai_sidecar_poke`); returns
        the leg.
        """
        return self._update(await self._calling.ai_sidecar_poke(self.id, text=text))

    async def ai_sidecar_ask(self, *, text: str) -> CallResponse:
        """Put a single question to the call's AI sidecar; the conversation itself is not affected.

        Sends `calling.ai_sidecar.ask` to this call (params as for `AsyncCalling.ai_sidecar_ask`); returns
        the leg.
        """
        return self._update(await self._calling.ai_sidecar_ask(self.id, text=text))

    async def ai_sidecar_stop(self) -> CallResponse:
        """Stop the call's AI sidecar and detach it from the call.

        Sends `calling.ai_sidecar.stop` to this call (params as for `AsyncCalling.ai_sidecar_stop`); returns
        the leg.
        """
        return self._update(await self._calling.ai_sidecar_stop(self.id))

    async def ai_sidecar_status(self) -> CallResponse:
        """Read the sidecar's activity counters (whether it is `running`; counts of `ticks`, `insights`, `skips`, `tools` and `errors`; token usage; history size).

        Sends `calling.ai_sidecar.status` to this call (params as for `AsyncCalling.ai_sidecar_status`); returns
        the leg.
        """
        return self._update(await self._calling.ai_sidecar_status(self.id))

    async def play(
        self,
        *,
        play: Sequence[
            models.PlayAudioItem
            | typed_dicts.PlayAudioItem
            | models.PlayTtsItem
            | typed_dicts.PlayTtsItem
            | models.PlaySilenceItem
            | typed_dicts.PlaySilenceItem
            | models.PlayRingtoneItem
            | typed_dicts.PlayRingtoneItem
        ],
        control_id: str | None = None,
        volume: float | None = None,
        direction: models.PlayDirection | None = None,
        loop: int | None = None,
        language: str | None = None,
        voice: str | None = None,
        gender: models.TtsGender | None = None,
        status_url: str | None = None,
    ) -> AsyncPlayOperation:
        """Start playing audio, speech, silence or a ringtone on a call.

        Sends `calling.play` to this call (params as for `AsyncCalling.play`);
        `control_id` defaults to a new UUID. Returns a `AsyncPlayOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncPlayOperation(
            self,
            control_id,
            self._update(
                await self._calling.play(
                    self.id,
                    control_id=control_id,
                    play=play,
                    volume=volume,
                    direction=direction,
                    loop=loop,
                    language=language,
                    voice=voice,
                    gender=gender,
                    status_url=status_url,
                )
            ),
        )

    async def play_pause(self, *, control_id: str) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` to this call (params as for `AsyncCalling.play_pause`); returns
        the leg.
        """
        return self._update(await self._calling.play_pause(self.id, control_id=control_id))

    async def play_resume(self, *, control_id: str) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` to this call (params as for `AsyncCalling.play_resume`); returns
        the leg.
        """
        return self._update(await self._calling.play_resume(self.id, control_id=control_id))

    async def play_stop(self, *, control_id: str) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` to this call (params as for `AsyncCalling.play_stop`); returns
        the leg.
        """
        return self._update(await self._calling.play_stop(self.id, control_id=control_id))

    async def play_volume(self, *, control_id: str, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` to this call (params as for `AsyncCalling.play_volume`); returns
        the leg.
        """
        return self._update(await self._calling.play_volume(self.id, control_id=control_id, volume=volume))

    async def record(
        self,
        *,
        record: models.RecordConfig | typed_dicts.RecordConfig,
        control_id: str | None = None,
        status_url: str | None = None,
    ) -> AsyncRecordOperation:
        """Begin capturing a call's audio to a file.

        Sends `calling.record` to this call (params as for `AsyncCalling.record`);
        `control_id` defaults to a new UUID. Returns a `AsyncRecordOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncRecordOperation(
            self,
            control_id,
            self._update(
                await self._calling.record(self.id, control_id=control_id, record=record, status_url=status_url)
            ),
        )

    async def record_pause(
        self, *, control_id: str, behavior: models.RecordPauseBehavior | None = None
    ) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` to this call (params as for `AsyncCalling.record_pause`); returns
        the leg.
        """
        return self._update(await self._calling.record_pause(self.id, control_id=control_id, behavior=behavior))

    async def record_resume(self, *, control_id: str) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` to this call (params as for `AsyncCalling.record_resume`); returns
        the leg.
        """
        return self._update(await self._calling.record_resume(self.id, control_id=control_id))

    async def record_stop(self, *, control_id: str) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` to this call (params as for `AsyncCalling.record_stop`); returns
        the leg.
        """
        return self._update(await self._calling.record_stop(self.id, control_id=control_id))

    async def collect(
        self,
        *,
        control_id: str | None = None,
        initial_timeout: float | None = None,
        digits: models.CollectDigitsParams | typed_dicts.CollectDigitsParams | None = None,
        speech: models.CollectSpeechParams | typed_dicts.CollectSpeechParams | None = None,
        continuous: bool | None = None,
        partial_results: bool | None = None,
        send_start_of_input: bool | None = None,
        start_input_timers: bool | None = None,
        status_url: str | None = None,
    ) -> AsyncCollectOperation:
        """Wait for the caller to press keys, speak, or either, and report what was entered to `status_url`.

        Sends `calling.collect` to this call (params as for `AsyncCalling.collect`);
        `control_id` defaults to a new UUID. Returns a `AsyncCollectOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncCollectOperation(
            self,
            control_id,
            self._update(
                await self._calling.collect(
                    self.id,
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
            ),
        )

    async def collect_stop(self, *, control_id: str) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` to this call (params as for `AsyncCalling.collect_stop`); returns
        the leg.
        """
        return self._update(await self._calling.collect_stop(self.id, control_id=control_id))

    async def collect_start_input_timers(self, *, control_id: str) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` to this call (params as for `AsyncCalling.collect_start_input_timers`); returns
        the leg.
        """
        return self._update(await self._calling.collect_start_input_timers(self.id, control_id=control_id))

    async def detect(
        self,
        *,
        detect: models.DetectMachineConfig
        | typed_dicts.DetectMachineConfig
        | models.DetectFaxConfig
        | typed_dicts.DetectFaxConfig
        | models.DetectDigitConfig
        | typed_dicts.DetectDigitConfig,
        control_id: str | None = None,
        timeout: float | None = None,
        status_url: str | None = None,
    ) -> AsyncDetectOperation:
        """Start a detector on an active call to recognise an answering machine, a fax tone or DTMF digits.

        Sends `calling.detect` to this call (params as for `AsyncCalling.detect`);
        `control_id` defaults to a new UUID. Returns a `AsyncDetectOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncDetectOperation(
            self,
            control_id,
            self._update(
                await self._calling.detect(
                    self.id, control_id=control_id, detect=detect, timeout=timeout, status_url=status_url
                )
            ),
        )

    async def detect_stop(self, *, control_id: str) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` to this call (params as for `AsyncCalling.detect_stop`); returns
        the leg.
        """
        return self._update(await self._calling.detect_stop(self.id, control_id=control_id))

    async def tap(
        self,
        *,
        tap: models.TapConfig | typed_dicts.TapConfig,
        device: models.TapDeviceRtp | typed_dicts.TapDeviceRtp | models.TapDeviceWs | typed_dicts.TapDeviceWs,
        control_id: str | None = None,
        status_url: str | None = None,
    ) -> AsyncTapOperation:
        """Copy a call's audio in real time to an external RTP receiver or WebSocket server, without affecting the call.

        Sends `calling.tap` to this call (params as for `AsyncCalling.tap`);
        `control_id` defaults to a new UUID. Returns a `AsyncTapOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncTapOperation(
            self,
            control_id,
            self._update(
                await self._calling.tap(self.id, control_id=control_id, tap=tap, device=device, status_url=status_url)
            ),
        )

    async def tap_stop(self, *, control_id: str) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` to this call (params as for `AsyncCalling.tap_stop`); returns
        the leg.
        """
        return self._update(await self._calling.tap_stop(self.id, control_id=control_id))

    async def transcribe(
        self, *, control_id: str | None = None, status_url: str | None = None
    ) -> AsyncTranscribeOperation:
        """Transcribe the whole call in the background; the transcript is complete when the call ends or the transcription is stopped.

        Sends `calling.transcribe` to this call (params as for `AsyncCalling.transcribe`);
        `control_id` defaults to a new UUID. Returns a `AsyncTranscribeOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncTranscribeOperation(
            self,
            control_id,
            self._update(await self._calling.transcribe(self.id, control_id=control_id, status_url=status_url)),
        )

    async def transcribe_stop(self, *, control_id: str) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` to this call (params as for `AsyncCalling.transcribe_stop`); returns
        the leg.
        """
        return self._update(await self._calling.transcribe_stop(self.id, control_id=control_id))

    async def stream(
        self,
        *,
        url: str,
        control_id: str | None = None,
        name: str | None = None,
        codec: str | None = None,
        track: models.StreamTrack | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        status_url: str | None = None,
        status_url_method: models.HttpMethod | None = None,
    ) -> AsyncStreamOperation:
        """Stream a call's audio in real time to your WebSocket server.

        Sends `calling.stream` to this call (params as for `AsyncCalling.stream`);
        `control_id` defaults to a new UUID. Returns a `AsyncStreamOperation` handle on the operation it
        starts.
        """
        control_id = new_control_id() if control_id is None else control_id
        return AsyncStreamOperation(
            self,
            control_id,
            self._update(
                await self._calling.stream(
                    self.id,
                    control_id=control_id,
                    url=url,
                    name=name,
                    codec=codec,
                    track=track,
                    authorization_bearer_token=authorization_bearer_token,
                    custom_parameters=custom_parameters,
                    status_url=status_url,
                    status_url_method=status_url_method,
                )
            ),
        )

    async def stream_stop(self, *, control_id: str) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` to this call (params as for `AsyncCalling.stream_stop`); returns
        the leg.
        """
        return self._update(await self._calling.stream_stop(self.id, control_id=control_id))

    async def denoise(self) -> CallResponse:
        """Turn on noise reduction for the call's audio.

        Sends `calling.denoise` to this call (params as for `AsyncCalling.denoise`); returns
        the leg.
        """
        return self._update(await self._calling.denoise(self.id))

    async def denoise_stop(self) -> CallResponse:
        """Turn off noise reduction on the call.

        Sends `calling.denoise.stop` to this call (params as for `AsyncCalling.denoise_stop`); returns
        the leg.
        """
        return self._update(await self._calling.denoise_stop(self.id))

    async def live_transcribe(
        self,
        *,
        action: models.LiveTranscribeStartAction
        | typed_dicts.LiveTranscribeStartAction
        | models.LiveTranscribeSummarizeAction
        | typed_dicts.LiveTranscribeSummarizeAction
        | Literal["stop"],
    ) -> CallResponse:
        """Control real-time transcription of a call: start a session, request an AI summary of the conversation so far, or stop it.

        Sends `calling.live_transcribe` to this call (params as for `AsyncCalling.live_transcribe`); returns
        the leg.
        """
        return self._update(await self._calling.live_transcribe(self.id, action=action))

    async def live_translate(
        self,
        *,
        action: models.LiveTranslateStartAction
        | typed_dicts.LiveTranslateStartAction
        | models.LiveTranslateSummarizeAction
        | typed_dicts.LiveTranslateSummarizeAction
        | models.LiveTranslateInjectAction
        | typed_dicts.LiveTranslateInjectAction
        | Literal["stop"],
        status_url: str | None = None,
    ) -> CallResponse:
        """Control real-time speech translation between the parties of a call: start or stop it, request a summary, or inject a message to be translated and spoken.

        Sends `calling.live_translate` to this call (params as for `AsyncCalling.live_translate`); returns
        the leg.
        """
        return self._update(await self._calling.live_translate(self.id, action=action, status_url=status_url))

    async def transfer(self, *, dest: str | swml.Document | models.Swml | typed_dicts.Swml) -> CallResponse:
        """Hand an active call over to a new destination (phone number, SIP URI, or SWML by URL or inline), which controls the call from then on.

        Sends `calling.transfer` to this call (params as for `AsyncCalling.transfer`); returns
        the leg.
        """
        return self._update(await self._calling.transfer(self.id, dest=dest))

    async def send_fax_stop(self, *, control_id: str) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` to this call (params as for `AsyncCalling.send_fax_stop`); returns
        the leg.
        """
        return self._update(await self._calling.send_fax_stop(self.id, control_id=control_id))

    async def receive_fax_stop(self, *, control_id: str) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` to this call (params as for `AsyncCalling.receive_fax_stop`); returns
        the leg.
        """
        return self._update(await self._calling.receive_fax_stop(self.id, control_id=control_id))

    async def refer(
        self, *, device: models.ReferDevice | typed_dicts.ReferDevice, status_url: str | None = None
    ) -> CallResponse:
        """Transfer a SIP call with a SIP REFER, asking the SIP endpoint on the other side to connect to a new SIP target.

        Sends `calling.refer` to this call (params as for `AsyncCalling.refer`); returns
        the leg.
        """
        return self._update(await self._calling.refer(self.id, device=device, status_url=status_url))

    async def user_event(self, *, event: Mapping[str, Any]) -> CallResponse:
        """Fire a custom event carrying your own JSON data on the call.

        Sends `calling.user_event` to this call (params as for `AsyncCalling.user_event`); returns
        the leg.
        """
        return self._update(await self._calling.user_event(self.id, event=event))


class AsyncAiOperation(AsyncOperationHandle["AsyncCall", "models.GenericEvent"]):
    """One `ai` operation on a call, named by its `control_id` (SWML starts these).

    `AsyncAiOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "ai"

    async def stop(self) -> CallResponse:
        """End the AI agent session that is running on the call.

        Sends `calling.ai.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.ai_stop(self.call.id, control_id=self.control_id))


class AsyncCollectOperation(AsyncOperationHandle["AsyncCall", "models.CollectEvent"]):
    """One `collect` operation on a call, named by its `control_id` (`AsyncCall.collect(...)` returns one).

    `AsyncCollectOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "collect"

    async def stop(self) -> CallResponse:
        """Stop an input collection that is in progress.

        Sends `calling.collect.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.collect_stop(self.call.id, control_id=self.control_id))

    async def start_input_timers(self) -> CallResponse:
        """Start the input timers of a collection that was begun with `start_input_timers` set to false, for example once a prompt has finished playing.

        Sends `calling.collect.start_input_timers` for this operation; returns the leg.
        """
        return self._update(
            await self.call._calling.collect_start_input_timers(self.call.id, control_id=self.control_id)
        )


class AsyncDetectOperation(AsyncOperationHandle["AsyncCall", "models.DetectEvent"]):
    """One `detect` operation on a call, named by its `control_id` (`AsyncCall.detect(...)` returns one).

    `AsyncDetectOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "detect"

    async def stop(self) -> CallResponse:
        """Stop a detector that is running on the call.

        Sends `calling.detect.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.detect_stop(self.call.id, control_id=self.control_id))


class AsyncPlayOperation(AsyncOperationHandle["AsyncCall", "models.PlayEvent"]):
    """One `play` operation on a call, named by its `control_id` (`AsyncCall.play(...)` returns one).

    `AsyncPlayOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "play"

    async def pause(self) -> CallResponse:
        """Pause a playback on the call; continue it with `calling.play.resume`.

        Sends `calling.play.pause` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.play_pause(self.call.id, control_id=self.control_id))

    async def resume(self) -> CallResponse:
        """Continue a paused playback from where it stopped.

        Sends `calling.play.resume` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.play_resume(self.call.id, control_id=self.control_id))

    async def stop(self) -> CallResponse:
        """Stop a playback on the call.

        Sends `calling.play.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.play_stop(self.call.id, control_id=self.control_id))

    async def volume(self, *, volume: float) -> CallResponse:
        """Change the volume of a playback while it is running.

        Sends `calling.play.volume` for this operation; returns the leg.
        """
        return self._update(
            await self.call._calling.play_volume(self.call.id, control_id=self.control_id, volume=volume)
        )


class AsyncReceiveFaxOperation(AsyncOperationHandle["AsyncCall", "models.FaxEvent"]):
    """One `receive_fax` operation on a call, named by its `control_id` (SWML starts these).

    `AsyncReceiveFaxOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "receive_fax"

    async def stop(self) -> CallResponse:
        """Stop receiving a fax on the call.

        Sends `calling.receive_fax.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.receive_fax_stop(self.call.id, control_id=self.control_id))


class AsyncRecordOperation(AsyncOperationHandle["AsyncCall", "models.RecordEvent"]):
    """One `record` operation on a call, named by its `control_id` (`AsyncCall.record(...)` returns one).

    `AsyncRecordOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "record"

    async def pause(self, *, behavior: models.RecordPauseBehavior | None = None) -> CallResponse:
        """Pause a recording; continue it with `calling.record.resume`.

        Sends `calling.record.pause` for this operation; returns the leg.
        """
        return self._update(
            await self.call._calling.record_pause(self.call.id, control_id=self.control_id, behavior=behavior)
        )

    async def resume(self) -> CallResponse:
        """Continue a paused recording.

        Sends `calling.record.resume` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.record_resume(self.call.id, control_id=self.control_id))

    async def stop(self) -> CallResponse:
        """Stop a recording and finalise the file.

        Sends `calling.record.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.record_stop(self.call.id, control_id=self.control_id))


class AsyncSendFaxOperation(AsyncOperationHandle["AsyncCall", "models.FaxEvent"]):
    """One `send_fax` operation on a call, named by its `control_id` (SWML starts these).

    `AsyncSendFaxOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "send_fax"

    async def stop(self) -> CallResponse:
        """Stop sending a fax on the call.

        Sends `calling.send_fax.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.send_fax_stop(self.call.id, control_id=self.control_id))


class AsyncStreamOperation(AsyncOperationHandle["AsyncCall", "models.StreamEvent"]):
    """One `stream` operation on a call, named by its `control_id` (`AsyncCall.stream(...)` returns one).

    `AsyncStreamOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "stream"

    async def stop(self) -> CallResponse:
        """Stop an audio stream.

        Sends `calling.stream.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.stream_stop(self.call.id, control_id=self.control_id))


class AsyncTapOperation(AsyncOperationHandle["AsyncCall", "models.TapEvent"]):
    """One `tap` operation on a call, named by its `control_id` (`AsyncCall.tap(...)` returns one).

    `AsyncTapOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "tap"

    async def stop(self) -> CallResponse:
        """Stop a running tap.

        Sends `calling.tap.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.tap_stop(self.call.id, control_id=self.control_id))


class AsyncTranscribeOperation(AsyncOperationHandle["AsyncCall", "models.TranscriptEvent"]):
    """One `transcribe` operation on a call, named by its `control_id` (`AsyncCall.transcribe(...)` returns one).

    `AsyncTranscribeOperation(call, control_id)` builds one for an operation already running.
    """

    kind = "transcribe"

    async def stop(self) -> CallResponse:
        """Stop a background transcription before the call ends.

        Sends `calling.transcribe.stop` for this operation; returns the leg.
        """
        return self._update(await self.call._calling.transcribe_stop(self.call.id, control_id=self.control_id))
