"""`client.calling.<command>(...)`: one typed method per Calling command. Generated from spec/calling.yaml by generator/emit.py; do not edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, Literal, TypeVar
from uuid import UUID

from . import models, typed_dicts
from ._command import Sender, command

_R = TypeVar("_R")


class Calling(Generic[_R]):
    """The Calling commands. Reach it as `client.calling`; on `AsyncRestClient` every method is awaitable.

    Params are keyword-only and named as on the wire (`from_` for `from`). Nested objects accept the
    attrs models in `signalwire_calling.models` or plain dicts shaped like `signalwire_calling.typed_dicts`.
    An argument left as `None` is not sent.
    """

    def __init__(self, send: Sender[_R]) -> None:
        self._send = send

    @command("dial")
    def dial(
        self,
        *,
        from_: str,
        to: str | None = None,
        username: str | None = None,
        password: str | None = None,
        to_script: str | models.Swml | typed_dicts.Swml | None = None,
        caller_id: str | None = None,
        fallback_url: str | None = None,
        status_url: str | None = None,
        status_events: Sequence[models.CallStatusEvent] | None = None,
        url_method: models.HttpMethod | None = None,
        codecs: Sequence[models.OutboundCallCodec] | str | None = None,
        timeout: int | None = None,
        max_price_per_minute: float | None = None,
        send_digits: str | None = None,
        region: str | Sequence[str] | None = None,
        custom_variables: Mapping[str, str] | None = None,
        url: str | None = None,
        swml: models.Swml | typed_dicts.Swml | None = None,
    ) -> _R:
        """Send `dial`.

        Sends `dial` (never retried once sent).

        Args:
            from_: Required.  Sent as `from`.
            to:
            username:
            password:
            to_script:
            caller_id:
            fallback_url:
            status_url:
            status_events: Server default: `['ended']`.
            url_method: Server default: `'POST'`.
            codecs:
            timeout:
            max_price_per_minute:
            send_digits:
            region:
            custom_variables:
            url:
            swml:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("update")
    def update(
        self,
        call_id: str | UUID,
        /,
        *,
        fallback_url: str | None = None,
        status: models.UpdateCallStatus | None = None,
        status_url: str | None = None,
        url: str | None = None,
        swml: models.Swml | typed_dicts.Swml | None = None,
    ) -> _R:
        """Send `update`.

        Sends `update` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            fallback_url:
            status:
            status_url:
            url:
            swml:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.end")
    def end(self, call_id: str | UUID, /, *, reason: models.HangupReason | None = None) -> _R:
        """Send `calling.end`.

        Sends `calling.end` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            reason:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.disconnect")
    def disconnect(self, call_id: str | UUID, /) -> _R:
        """Send `calling.disconnect`.

        Sends `calling.disconnect` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_hold")
    def ai_hold(self, call_id: str | UUID, /, *, timeout: str | None = None, prompt: str | None = None) -> _R:
        """Send `calling.ai_hold`.

        Sends `calling.ai_hold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            timeout:
            prompt:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_unhold")
    def ai_unhold(self, call_id: str | UUID, /) -> _R:
        """Send `calling.ai_unhold`.

        Sends `calling.ai_unhold` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_message")
    def ai_message(
        self,
        call_id: str | UUID,
        /,
        *,
        role: models.AiMessageRole | None = None,
        message_text: str | None = None,
        reset: models.AiMessageReset | typed_dicts.AiMessageReset | None = None,
        global_data: Mapping[str, Any] | None = None,
    ) -> _R:
        """Send `calling.ai_message`.

        Sends `calling.ai_message` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            role:
            message_text:
            reset:
            global_data:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai.stop")
    def ai_stop(self, call_id: str | UUID, /, *, control_id: str | None = None) -> _R:
        """Send `calling.ai.stop`.

        Sends `calling.ai.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_sidecar")
    def ai_sidecar(
        self,
        call_id: str | UUID,
        /,
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
    ) -> _R:
        """Send `calling.ai_sidecar`.

        Sends `calling.ai_sidecar` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            prompt:
            lang: Required.
            model: Server default: `'gpt-4o-mini'`.
            direction: Server default: `['remote-caller', 'local-caller']`.
            customer_role: Server default: `'remote-caller'`.
            url:
            SWAIG:
            permissions:
            global_data:
            hints:
            params:
            action:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_sidecar.poke")
    def ai_sidecar_poke(self, call_id: str | UUID, /, *, text: str) -> _R:
        """Send `calling.ai_sidecar.poke`.

        Sends `calling.ai_sidecar.poke` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            text: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_sidecar.ask")
    def ai_sidecar_ask(self, call_id: str | UUID, /, *, text: str) -> _R:
        """Send `calling.ai_sidecar.ask`.

        Sends `calling.ai_sidecar.ask` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            text: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_sidecar.stop")
    def ai_sidecar_stop(self, call_id: str | UUID, /) -> _R:
        """Send `calling.ai_sidecar.stop`.

        Sends `calling.ai_sidecar.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.ai_sidecar.status")
    def ai_sidecar_status(self, call_id: str | UUID, /) -> _R:
        """Send `calling.ai_sidecar.status`.

        Sends `calling.ai_sidecar.status` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.play")
    def play(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
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
        volume: float | None = None,
        direction: models.PlayDirection | None = None,
        loop: int | None = None,
        language: str | None = None,
        voice: str | None = None,
        gender: models.TtsGender | None = None,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.play`.

        Sends `calling.play` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            play: Required.
            volume: Server default: `0`.
            direction: Server default: `'listen'`.
            loop: Server default: `1`.
            language: Server default: `'en-US'`.
            voice:
            gender: Server default: `'female'`.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.play.pause")
    def play_pause(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.play.pause`.

        Sends `calling.play.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.play.resume")
    def play_resume(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.play.resume`.

        Sends `calling.play.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.play.stop")
    def play_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.play.stop`.

        Sends `calling.play.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.play.volume")
    def play_volume(self, call_id: str | UUID, /, *, control_id: str, volume: float) -> _R:
        """Send `calling.play.volume`.

        Sends `calling.play.volume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            volume: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.record")
    def record(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
        record: models.RecordConfig | typed_dicts.RecordConfig,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.record`.

        Sends `calling.record` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            record: Required.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.record.pause")
    def record_pause(
        self, call_id: str | UUID, /, *, control_id: str, behavior: models.RecordPauseBehavior | None = None
    ) -> _R:
        """Send `calling.record.pause`.

        Sends `calling.record.pause` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            behavior: Server default: `'skip'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.record.resume")
    def record_resume(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.record.resume`.

        Sends `calling.record.resume` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.record.stop")
    def record_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.record.stop`.

        Sends `calling.record.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.collect")
    def collect(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
        initial_timeout: float | None = None,
        digits: models.CollectDigitsParams | typed_dicts.CollectDigitsParams | None = None,
        speech: models.CollectSpeechParams | typed_dicts.CollectSpeechParams | None = None,
        continuous: bool | None = None,
        partial_results: bool | None = None,
        send_start_of_input: bool | None = None,
        start_input_timers: bool | None = None,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.collect`.

        Sends `calling.collect` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            initial_timeout:
            digits:
            speech:
            continuous: Server default: `False`.
            partial_results: Server default: `False`.
            send_start_of_input: Server default: `False`.
            start_input_timers: Server default: `False`.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.collect.stop")
    def collect_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.collect.stop`.

        Sends `calling.collect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.collect.start_input_timers")
    def collect_start_input_timers(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.collect.start_input_timers`.

        Sends `calling.collect.start_input_timers` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.detect")
    def detect(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
        detect: models.DetectMachineConfig
        | typed_dicts.DetectMachineConfig
        | models.DetectFaxConfig
        | typed_dicts.DetectFaxConfig
        | models.DetectDigitConfig
        | typed_dicts.DetectDigitConfig,
        timeout: float | None = None,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.detect`.

        Sends `calling.detect` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            detect: Required.
            timeout: Server default: `30`.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.detect.stop")
    def detect_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.detect.stop`.

        Sends `calling.detect.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.tap")
    def tap(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
        tap: models.TapConfig | typed_dicts.TapConfig,
        device: models.TapDeviceRtp | typed_dicts.TapDeviceRtp | models.TapDeviceWs | typed_dicts.TapDeviceWs,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.tap`.

        Sends `calling.tap` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            tap: Required.
            device: Required.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.tap.stop")
    def tap_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.tap.stop`.

        Sends `calling.tap.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.transcribe")
    def transcribe(self, call_id: str | UUID, /, *, control_id: str, status_url: str | None = None) -> _R:
        """Send `calling.transcribe`.

        Sends `calling.transcribe` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.transcribe.stop")
    def transcribe_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.transcribe.stop`.

        Sends `calling.transcribe.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.stream")
    def stream(
        self,
        call_id: str | UUID,
        /,
        *,
        control_id: str,
        url: str,
        name: str | None = None,
        codec: str | None = None,
        track: models.StreamTrack | None = None,
        authorization_bearer_token: str | None = None,
        custom_parameters: Mapping[str, Any] | None = None,
        status_url: str | None = None,
        status_url_method: models.HttpMethod | None = None,
    ) -> _R:
        """Send `calling.stream`.

        Sends `calling.stream` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.
            url: Required.
            name:
            codec:
            track: Server default: `'inbound_track'`.
            authorization_bearer_token:
            custom_parameters:
            status_url:
            status_url_method: Server default: `'POST'`.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.stream.stop")
    def stream_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.stream.stop`.

        Sends `calling.stream.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.denoise")
    def denoise(self, call_id: str | UUID, /) -> _R:
        """Send `calling.denoise`.

        Sends `calling.denoise` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.denoise.stop")
    def denoise_stop(self, call_id: str | UUID, /) -> _R:
        """Send `calling.denoise.stop`.

        Sends `calling.denoise.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.live_transcribe")
    def live_transcribe(
        self,
        call_id: str | UUID,
        /,
        *,
        action: models.LiveTranscribeStartAction
        | typed_dicts.LiveTranscribeStartAction
        | models.LiveTranscribeSummarizeAction
        | typed_dicts.LiveTranscribeSummarizeAction
        | Literal["stop"],
    ) -> _R:
        """Send `calling.live_transcribe`.

        Sends `calling.live_transcribe` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            action: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.live_translate")
    def live_translate(
        self,
        call_id: str | UUID,
        /,
        *,
        action: models.LiveTranslateStartAction
        | typed_dicts.LiveTranslateStartAction
        | models.LiveTranslateSummarizeAction
        | typed_dicts.LiveTranslateSummarizeAction
        | models.LiveTranslateInjectAction
        | typed_dicts.LiveTranslateInjectAction
        | Literal["stop"],
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.live_translate`.

        Sends `calling.live_translate` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            action: Required.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.transfer")
    def transfer(self, call_id: str | UUID, /, *, dest: str | models.Swml | typed_dicts.Swml) -> _R:
        """Send `calling.transfer`.

        Sends `calling.transfer` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            dest: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.send_fax.stop")
    def send_fax_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.send_fax.stop`.

        Sends `calling.send_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.receive_fax.stop")
    def receive_fax_stop(self, call_id: str | UUID, /, *, control_id: str) -> _R:
        """Send `calling.receive_fax.stop`.

        Sends `calling.receive_fax.stop` (safe to retry).

        Args:
            call_id: The call to act on (its UUID).
            control_id: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.refer")
    def refer(
        self,
        call_id: str | UUID,
        /,
        *,
        device: models.ReferDevice | typed_dicts.ReferDevice,
        status_url: str | None = None,
    ) -> _R:
        """Send `calling.refer`.

        Sends `calling.refer` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            device: Required.
            status_url:

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command

    @command("calling.user_event")
    def user_event(self, call_id: str | UUID, /, *, event: Mapping[str, Any]) -> _R:
        """Send `calling.user_event`.

        Sends `calling.user_event` (never retried once sent).

        Args:
            call_id: The call to act on (its UUID).
            event: Required.

        Returns:
            The call leg the command acted on.

        Raises:
            InvalidRequestError: The arguments do not match the spec; nothing was sent.
            APIStatusError: SignalWire answered with an error status (a subclass per status).
            APIConnectionError: The request could not be completed.
        """
        raise NotImplementedError  # replaced by @command
